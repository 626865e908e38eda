"""Trade-union cues for one person's office in a union told in Polish, Turkish and Hinglish: "siedzi w zarządzie
zakładowej organizacji OPZZ", "jest przewodniczącą komisji zakładowej Solidarności", "Türk Metal sendikasının
işyeri temsilcisi", "sendika üyesi", "union ke general secretary hain". (Membership in Polish is in
:mod:`.lexicon_union_members_abroad`; German and Dutch offices in :mod:`.lexicon_union_offices_abroad`.)

Senses that must stay quiet: the unions as a body or a crowd ("działają silne związki zawodowe", "sendika
temsilcileriyle görüştük", "union ke leaders strike pe hain"), "związek" as a business relationship ("związek z
Sumace jest kluczowy"), meeting an officer rather than being one ("sendika temsilcisiyle görüştük", "union ke
secretary se baat karni hai"), and unions that are not a trade's ("European Union ke president")."""

from __future__ import annotations

from policies.privacy.lexicon_union_names import UNION_NAME

# a union's body at a workplace in Polish, named or not ("zakładowej organizacji OPZZ", "komisji zakładowej
# Solidarności", "organizacji związkowej")
_POLISH_BODY = (
    r"(?:(?:zakładowej |międzyzakładowej )?(?:organizacji|komisji)(?: zakładowej| związkowej| międzyzakładowej)?"
    r"(?: NSZZ)? (?:" + UNION_NAME + r"|związkowej|zakładowej)|związku zawodowego|związku " + UNION_NAME + r")"
)
_POLISH = (
    # sitting on its board or leading it ("siedzi w zarządzie ...", "jest przewodniczącą ...")
    r"\b(?:siedzi|zasiada|jest|był|była|został|została) (?:\w+ )?(?:w (?:zarządzie|prezydium|komisji rewizyjnej)|"
    r"przewodnicząc(?:ym|ą)|wiceprzewodnicząc(?:ym|ą)|sekretarzem|skarbnikiem|członkiem zarządu) "
    + _POLISH_BODY
    + r"\b|\bprzewodnicząc(?:y|a) "
    + _POLISH_BODY
    + r"\b"
)
# Turkish: the union's (named or not) rep or member, singular and not declined onward ("temsilcisiyle" is meeting
# one, "temsilcileri" several)
_TURKISH = (
    r"\bsendika(?:sının|nın|sı)? (?:işyeri |baş|şube )?(?:temsilcisi|başkanı|üyesi|yöneticisi)(?![a-zçğıöşü])|"
    r"\bsendikaya üye(?:dir|ymiş|di)?\b|\bsendikalı(?:dır|ymış)?\b(?! (?:işçiler|çalışanlar|personel))"
)
# Hinglish: an office in the union said with the verb of being ("union ke general secretary hain")
_OFFICE = (
    r"(?:general secretary|secretary|president|vice[- ]president|treasurer|leader|neta|pradhan|adhyaksh|"
    r"rep|representative|member|sadasya|office[- ]bearer)"
)
_HINGLISH = (
    r"(?<!European )(?<!Soviet )(?<!Student )(?<!Students' )(?<!Credit )(?<!Customs )\bunion (?:ke|ki|ka) "
    r"(?:\w+ )?" + _OFFICE + r" (?:hain|hai|the|thi|thhe|ban gaye|ban gayi|ban gaye hain|rahe hain|reh chuke)\b"
)

UNION_POSTS_ABROAD = ((_POLISH, "person"), (_TURKISH, "person"), (_HINGLISH, "person"))
