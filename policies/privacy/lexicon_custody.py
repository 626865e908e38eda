"""Criminal-record cues told by a night held by the police or a trial a person goes on, rather than by a charge
named: a cell spent time in ("spent Saturday night in a police cell", "a night in the cells", "woke up in a
holding cell"), a release that leaves the case open ("released pending investigation", "released under
investigation", "on police bail"), and a trial someone goes on or stands ("my brother goes on trial on
Monday", "she stood trial last year", "her son's trial starts next week").

Senses that must stay quiet: a cell as a product or a spreadsheet's ("the police cell CCTV upgrade", "the
values in the cells"), a release that is a payment's or a build's ("funds were released pending investigation"),
and a trial that is a product's or a new hire's ("the dashboard goes on trial", "he's on trial with us for three
months", "his trial licence")."""

from __future__ import annotations

from policies.privacy.names import FEMALE, MALE

# a cell one is held in; "the cells" alone needs time spent in them (a spreadsheet has cells too)
_CELL = (
    r"(?:(?:a|the) (?:police|holding|jail|prison|custody) cell|(?:a|the) drunk tank|(?:a|the) custody suite|"
    r"(?:a|the) lock-?up)\b(?! (?:doors?|cameras?|CCTV|monitoring|upgrades?|project|contract|blocks?|design|"
    r"refurb\w*|equipment|sensors?|tender)\b)"
)
_TIME = r"(?:night|nights|hours?|day|days|weekend|evening|(?:\w+ )?(?:night|afternoon|morning)s?)"
# the one who goes on trial: a pronoun, a relative, or a known given name (a product "goes on trial" too)
_KIN = (
    r"(?:brother|sister|son|daughter|husband|wife|partner|father|dad|mother|mum|mom|uncle|aunt|cousin|nephew|"
    r"niece|boyfriend|girlfriend|fianc[ée]e?|stepson|stepdaughter|brother-in-law|sister-in-law|grandson)"
)
_GIVEN = r"(?-i:" + "|".join(sorted(sorted(MALE | FEMALE), key=len, reverse=True)) + r")"
_DEFENDANT = r"(?:he|she|I|(?:my|his|her|their|our) " + _KIN + r"|" + _GIVEN + r")"
# a trial that is a probation at work or a product's: "on trial with us", "on trial until March"
_NOT_A_TRIAL_RUN = (
    r"(?! (?:with|at|as|period|basis|licen[cs]es?|runs?|versions?|accounts?|subscriptions?|until|till|through|of|"
    r"for (?:a|the|one|two|three|four|six|\d+) (?:\w+ )?(?:days?|weeks?|months?))\b)"
)

CUSTODY = (
    (
        # time held in a cell ("spent Saturday night in a police cell", "a night in the cells")
        r"\b(?:in|into|inside|from|out of) " + _CELL + r"|\b" + _TIME + r" in the cells\b|\b(?:locked|thrown|held|"
        r"kept|put|banged) (?:up )?in the cells\b|\blocked up (?:overnight|for the night|by (?:the )?police)\b",
        "person",
    ),
    (
        # a release that leaves the case open; "pending investigation" alone is a payment's too, so a person or a
        # comma must come right before
        r"\breleased (?:on police bail|under (?:police )?investigation)\b|\bon police bail\b|\b(?:(?:he|she|I|they) "
        r"(?:was|were|got|has been|had been|'s been) |, )released pending (?:a |further )?(?:police )?"
        r"(?:investigation|enquiries|inquiries)\b|\binterviewed under caution\b|\bbailed (?:by (?:the )?police|"
        r"pending|until|to return)\b",
        "person",
    ),
    (
        # a trial someone goes on or stands ("my brother goes on trial", "she stood trial", "Tom's trial starts")
        r"\b"
        + _DEFENDANT
        + r" (?:\w+ )?(?:goes|go|went|gone|going|is|was|will be|'s|has been) on trial\b"
        + _NOT_A_TRIAL_RUN
        + r"|\b(?:stand|stands|stood|standing) trial\b|\b(?:faces|faced) (?:a )?(?:criminal |jury )?trial\b"
        + _NOT_A_TRIAL_RUN
        + r"(?! by (?:fire|combat|media)\b)|"
        # a relative's trial; a colleague's ("Maria's trial starts Monday") is as often a product trial, so a
        # name needs the court's words
        r"\b(?:my|his|her|their|our) " + _KIN + r"['’]s (?:criminal |jury |murder |fraud )?trial (?:starts|started|"
        r"begins|began|opens|opened|resumes|is set|date|verdict|judge|jury)\b|\b" + _GIVEN + r"['’]s (?:(?:criminal "
        r"|jury |murder |fraud )trial|trial (?:verdict|judge|jury))\b",
        "person",
    ),
)
