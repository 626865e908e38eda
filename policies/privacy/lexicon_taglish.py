"""Taglish cues (Tagalog with English words) for a faith, an illness and an enrolled fingerprint, told with
Tagalog's verbs and markers: "INC member pala siya", "may samba siya tuwing Huwebes", "nagsisimba every Sunday",
"may dengue si Joy", "na-ospital si Ben", "na-enroll na yung fingerprint ni Marco".

Senses that must stay quiet: samba the dance ("samba night sa Friday"), a church as a customer ("yung Iglesia
account"), a reader or a login ("yung fingerprint reader ni Marco", "fingerprint login ng app"): so worship needs
a verb or "may", and the fingerprint the marker "ni" of its person."""

from __future__ import annotations

# the faiths a Filipino colleague names ("INC", "Iglesia ni Cristo", "Katoliko", "Born Again", "Saksi ni Jehova")
_FAITH = (
    r"(?:(?-i:INC)|Iglesia ni Cristo|Katoliko|Katolika|Born[- ]Again|Saksi ni Jehova|Kristiyano|Protestante|"
    r"Muslim|Adventist|Mormon|Aglipayan|Iglesia Filipina Independiente)"
)
TAGLISH_FAITH = (
    (
        # a member of it, or it said of someone ("INC member pala siya", "Katoliko siya", "member ng Iglesia")
        r"\b" + _FAITH + r" (?:member|members|kapatid)\b|\b(?:member|miyembro|kaanib|kapatid) (?:ng|sa) "
        r"(?:(?-i:INC)|Iglesia ni Cristo|Iglesia)\b|\b" + _FAITH + r" (?:pala |daw |kasi |talaga |po )?(?:siya|sya|"
        r"sila|yan|yun)\b",
        "person",
    ),
    (
        # worship kept ("may samba siya", "nagsisimba", "sumasamba tuwing Linggo", "magsisimba sila")
        r"\b(?:may|merong|mayroong|yung|sa) (?:pagsamba|samba|simba)(?= (?:siya|sya|sila|ako|tuwing|every|ng|sa|"
        r"kasi|pa)\b)|\b(?:nagsisimba|magsisimba|nagsimba|magsimba|sumasamba|sumamba|nagsasamba|nagsisamba)\b",
        "person",
    ),
)
# illness and hospital ("may dengue si Joy", "may sakit siya", "na-ospital", "naka-confine sa hospital")
TAGLISH_HEALTH = (
    (
        r"\bmay (?:sakit|lagnat|trangkaso|dengue|covid|tipus|typhoid|pneumonia|ubo at sipon)\b|\b(?:nagkasakit|"
        r"nilalagnat|na-?ospital|naospital|isinugod sa (?:ospital|hospital)|nasa (?:ospital|hospital)|"
        r"na-?confine|naka-?confine|na-?admit sa (?:ospital|hospital))\b",
        "person",
    ),
)
# a person's fingerprint or face enrolled in a reader: the marker "ni"/"nina" names whose it is ("na-enroll na
# yung fingerprint ni Marco"), and the verb or a time clock near says it was taken for identification
_BIOMETRIC = (
    r"(?:fingerprints?|finger ?prints?|thumbprints?|thumbmarks?|biometrics?|face ?(?:ID|scan|template)|"
    r"mukha|iris|retina|voice ?print)"
)
_ENROLLED = r"(?:na-?enroll|in-?enroll|nag-?enroll|ma-?enroll|na-?register|ni-?register|mag-?register|na-?scan)"
TAGLISH_BIOMETRIC = (
    (
        r"\b"
        + _ENROLLED
        + r"(?: na| pa| daw)? (?:na |ang |yung |'yung |iyong |iyung )?(?:\w+ )?"
        + _BIOMETRIC
        + r"(?: (?:data|template|templates))? (?:ni|nina|ng) (?-i:[A-Z])|\b"
        + _BIOMETRIC
        + r"(?! (?:reader|scanner|lock|sensor|login|device|machine))(?: (?:data|template|templates))? (?:ni|nina) "
        r"(?-i:[A-Z])\w+(?=[^.!?\n]{0,60}\b(?:enroll|register|time ?clock|bundy|biometric))",
        "person",
    ),
)
