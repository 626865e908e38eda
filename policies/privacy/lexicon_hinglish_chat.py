"""Hinglish cues for an illness, party work and a union seat, told with Hindi's postpositions after the English
noun: "Pradeep ka dengue positive aaya", "hospital mein admit hai", "AAP ke liye campaign kar raha hai", "BJP ka
karyakarta hai", "CITU ki committee mein hain", "union ka member hai".

Senses that must stay quiet: a party or union as a subject of news ("BJP ki sarkar", "union ka strike notice"),
a deal's or a server's fever ("server ka load high hai") and the party "aap" (you), which is why the party names
keep their capitals and the illnesses are ones only people catch."""

from __future__ import annotations

from policies.privacy.lexicon_union_names import UNION_NAME

# illnesses caught and tested for ("ka dengue positive aaya", "ko typhoid ho gaya", "ki tabiyat kharab hai")
_ILLNESS = (
    r"(?:dengue|malaria|typhoid|chikungunya|covid|corona|jaundice|piliya|pneumonia|(?-i:TB)|viral fever|viral|"
    r"fever|bukhar|bukhaar|chicken ?pox|flu|cancer|diabetes|sugar ki bimari|asthma|migraine|fracture|heart attack|"
    r"stroke|paralysis|infection|food poisoning|hepatitis)"
)
_CAUGHT = (
    r"(?:(?:test |report |result )?positive|ho gaya|ho gayi|ho gya|ho gyi|hua|hui|hua hai|hui hai|hai|aaya|aya|"
    r"nikla|nikli|detect hua|detect hui|confirm hua|confirm hui|diagnose hua|diagnose hui)"
)
_WHOSE = r"(?:ka|ki|ko|ke|unka|unki|unko|usko|uska|uski|inko|inka|inki)"
HINGLISH_ILLNESS = (
    (r"\b" + _WHOSE + r" " + _ILLNESS + r" " + _CAUGHT + r"\b", "person"),
    # admitted to hospital ("hospital mein admit hai", "ICU mein bharti", "admit hai hospital mein")
    (
        r"\b(?:hospital|hospitalmein|aspatal|aspataal|(?-i:ICU)) (?:mein|me|main|mai) (?:admit|admitted|bharti|"
        r"bharati|bhartee)\b|\b(?:admit|bharti) (?:hai|hain|hua|hui|kiya|kiye|karaya|karwaya) (?:hospital|"
        r"(?-i:ICU)|aspatal)\b",
        "person",
    ),
    (r"\b(?:ki|unki|uski|inki|meri) (?:tabiyat|tabeeyat|tabiyet) (?:thodi |kaafi |bahut )?(?:kharab|bigad)", "person"),
)

# India's parties by the names a note uses; "AAP" only in capitals, as "aap" is "you"
_INDIAN_PARTY = (
    r"(?-i:AAP|BJP|Congress|TMC|BSP|CPI\(M\)|CPI-M|CPM|CPI|DMK|AIADMK|RJD|JDU|JD\(U\)|NCP|Shiv Sena|MNS|TDP|"
    r"YSRCP|BRS|Akali Dal|JMM|BJD|AIMIM|Samajwadi Party)"
)
HINGLISH_PARTY_WORK = (
    (
        r"\b" + _INDIAN_PARTY + r" (?:ke|ki|ka) (?:liye|liya|taraf se|side se|support mein|favour mein) "
        r"(?:\w+ ){0,2}?(?:campaign|prachar|canvass\w*|rally|rallies|volunteer\w*|door-to-door|chanda|booth)\b|\b"
        + _INDIAN_PARTY
        + r" (?:ka|ki|ke) (?:(?:active|purana|purani|pakka|pakki|local) )?(?:karyakarta|worker|member|sadasya|"
        r"supporter|neta|volunteer|sipahi|bhakt)\b|\b"
        + _INDIAN_PARTY
        + r" (?:join (?:kiya|kar liya|kar li|kari|ki|karega|karegi)|(?:mein|me) (?:shamil|join)|ko (?:hi )?vote "
        r"(?:deta|deti|dete|diya|di|karta|karti|kiya|dega|degi|karega|karegi))\b",
        "person",
    ),
)

# a union's committee or membership ("CITU ki local committee mein hain", "union ka member hai"); a credit
# union's committee is a bank's
_HINGLISH_UNION = r"(?:(?<!credit )(?<!European )union|" + UNION_NAME + r")"
HINGLISH_UNION_SEATS = (
    (
        r"\b" + _HINGLISH_UNION + r" (?:ki|ka|ke) (?:\w+ ){0,2}?(?:committee|member|sadasya|neta|leader|secretary|"
        r"president|adhyaksh|sachiv|pradhan|rep|representative|delegate)(?: (?:mein|me|main) (?:hai|hain|tha|the|"
        r"thi))?\b|\b"
        + _HINGLISH_UNION
        + r" (?:mein|me|main) (?:active )?(?:hai|hain|tha|the|thi|shamil)\b|\b"
        + _HINGLISH_UNION
        + r" join (?:kiya|kar liya|kar li|kari|ki)\b",
        "person",
    ),
)
