"""Same-sex partners in Swedish, Danish and Norwegian ("han och hans man Johan", "hon och hennes fru",
"hans mand", "hennes kone"): the possessive tells the owner's gender and the noun the partner's, so both
are known at once; and a Hinglish partner named with a pronoun owner ("woh apne boyfriend ke saath"), whose
gender :func:`.persons.same_sex_couple` reads from the last person named before it.

A partner brought along by a named owner, "sin" (the subject's own) telling whose: "Johan tar med sin sambo
Mikael", "Karin kommer med sin flickvän"; a word that tells no gender ("sambo", "partner", "kjæreste") needs the
partner's name, whose gender :func:`.persons.same_sex_couple` reads as it reads the owner's.

Senses that must stay quiet: "hans man på plats" (his man on site, a colleague) needs a name or "han och"
before it; "hennes man" (her husband) and "hans fru" (his wife) are not same-sex; a business partner ("sin partner Lars
från Acme") is placed at a firm."""

from __future__ import annotations

# the owner, perhaps with the firm they are from ("Johan från Hatfan"), then a few lowercase words of bringing or
# living with ("tar med", "bor ihop med", "och")
_OWNER = (
    r"\b(?P<owner>(?-i:[A-ZÅÄÖÆØ][a-zåäöæøé]+))(?: (?:från|på|hos|vid|fra) (?-i:[A-ZÅÄÖÆØ])[\w-]+)?,?"
    r"(?-i:(?: [a-zåäöæø]+){1,3}?) (?-i:sin|hans|hennes|hendes)"
)
# partner words that tell the partner's gender, and those that need the partner's name to
_GENDERED_REL = r"(?:pojkvän|flickvän|fästman|fästmö|make|maka|fru|hustru|man|mand|mann|kone)"
_NEUTRAL_REL = r"(?:sambo|samboer|särbo|partner|kæreste|kjæreste)"
# the gendered word, not a man or a wife placed at work ("sin man på plats"); the neutral one with its partner's
# name, not placed at a firm ("sin partner Lars från Acme")
_GENDERED_PARTNER = r"(?P<rel>" + _GENDERED_REL + r")\b(?! (?:på|från|hos|vid)\b)"
_NAMED_PARTNER = _NEUTRAL_REL + r" (?P<other>(?-i:[A-ZÅÄÖÆØ][a-zåäöæøé]+))\b(?!,? (?:från|på|hos|vid|fra)\b)"

NORDIC_COUPLES = (
    (
        r"\bhan och hans (?:man|make|mand|mann)\b|\bhon och hennes (?:fru|hustru)\b|"
        r"\bhans (?:make|mand|ektemann) (?-i:[A-ZÅÄÖ][a-zåäöø]+)\b|\bhans man (?-i:[A-ZÅÄÖ][a-zåäöø]+)\b"
        r"(?! (?:på|från|hos|vid)\b)|\bhennes (?:fru|hustru|kone) (?-i:[A-ZÅÄÖ][a-zåäöø]+)\b|\bhendes kone\b",
        "person",
    ),
    (
        r"\b(?:woh|wo|voh|vo|yeh|ye) (?:\w+ )?(?:apne|apni) (?P<rel>boyfriend|girlfriend|husband|wife)\b",
        "couple",
    ),
    (_OWNER + r" (?:" + _GENDERED_PARTNER + r"|" + _NAMED_PARTNER + r")", "couple"),
)
