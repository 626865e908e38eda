"""Criminal-record cues for an arrest told by the night it cost rather than by its name (LABELS.md: arrests
count): a night or a weekend spent in a cell or in lockup ("spent saturday night in a cell", "two nights in the
lockup", "woke up in a holding cell"), being held overnight by the police or after a fight, being booked at the
station or into jail, and the charges after it dropped or pressed ("charges dropped monday", "the charges against
him were dismissed"). :mod:`.lexicon_prosecutions` and :mod:`.lexicon_custody` need "the night" or a police cell
named; notes name the night by its day and the cell bare.

Senses that must stay quiet: a cell of a spreadsheet, of a factory or of a battery ("the value in a cell of the
sheet", "spent the morning in the robot cell"), a delay that holds a parcel or a flight overnight, a booking that
is travel ("booked into the station hotel"), and charges that are a bank's or a supplier's ("the late charges
were dropped from the invoice")."""

from __future__ import annotations

from policies.privacy.lexicon_criminal import _CRIME

# a night, by its day or its count ("saturday night", "two nites", "the weekend", "a night")
_NIGHT = (
    r"(?:(?:the|a|one|two|three|last|that|this|\w+day) )?(?:whole |entire )?(?:night|nite|nights|nites|"
    r"weekend|evening)"
)
# a cell the police keep; a bare "cell" also needs the night, a spreadsheet's or a factory's never has one
_CELL = (
    r"(?:(?:a|the) (?:(?:police|holding|jail|county|city|station|detention|drunk) )?(?:cell|cells|tank)|"
    r"(?:the |a )?(?:lock-?up|slammer|clink|pokey|county jail|city jail|jail)|the cells)"
)
_NOT_A_GRID = (
    r"(?! (?:of|in|on) (?:the |a |this |that |my |our |your )?(?:[\w-]+ )?(?:spreadsheet|sheet|table|grid|"
    r"workbook|excel|column|row|tab|matrix|battery|plant|line|factory|lab)\b)(?! (?:culture|line|tower|phone|site)s?\b)"
)
# held overnight, and by whom or after what ("by the cops", "after a bar fight"); "held overnight" alone is a
# parcel's or a flight's too
_HELD = (
    r"\b(?:held|kept|detained|locked up|hauled in|picked up) (?:overnight|for the night|all night|over the weekend|"
    r"for (?:\w+ )?hours)(?= (?:by (?:the )?(?:cops|police|sheriff|feds)|after (?:a |the |some )?(?:[\w-]+ )?"
    r"(?:fight|brawl|scuffle|altercation|punch-?up|fracas|bust-?up|ruckus|arrest|raid|DUI|DWI)|on (?:a |an )?(?:\w+ )?"
    r"charges?|for (?:questioning|" + _CRIME + r")))"
)
_BOOKED = (
    r"\b(?:he|she|I|they|we|(?-i:[A-Z][a-z]+)) (?:was|were|got|gets|has been|had been|'s been|’s been|'d been) "
    r"booked (?:in )?(?:at|into|in) (?:the )?(?:(?:local |police |county |city |sheriff'?s? |downtown )?(?:station|"
    r"precinct|jail|lock-?up|custody)|(?:local |downtown )?(?:police|sheriff'?s?) (?:station|office))\b"
    r"(?! (?:hotel|inn|restaurant|caf[ée]|car park|parking|lounge|bar|taxi|shuttle)\b)|"
    r"\bbooked and (?:released|fingerprinted|printed|charged)\b|\bbooked (?:on|for) (?:an? |two |three )?(?:\w+ ){0,2}?"
    r"(?:charges?|" + _CRIME + r")\b"
)
# the charges after an arrest: against a person, or dropped after a fight in the same sentence
_CHARGES = (
    r"\bcharges? against (?:him|her|me)\b(?! (?:for|on) (?:the |his |her )?(?:card|"
    r"account|invoice|bill|statement)\b)|\b(?:fight|brawl|scuffle|altercation|punch-?up|fracas|bust-?up|arrest|"
    r"arrested|lockup|lock-up|jail|DUI|DWI)\b[^.!?\n]{0,80}?\bcharges? (?:were |was |got |have been |had been |"
    r"being )?(?:dropped|dismissed|withdrawn|pressed|filed|reduced)\b"
)

NIGHTS_HELD = (
    (
        # a night in a cell ("spent saturday night in a cell", "woke up in the drunk tank", "the weekend in lockup")
        r"\b(?:spent|spend|spends|spending|did|doing) " + _NIGHT + r" (?:\w+ )?in " + _CELL + r"\b" + _NOT_A_GRID
        + r"|\b(?:woke|wakes|waking|woken) up in " + _CELL + r"\b" + _NOT_A_GRID + r"|\b" + _NIGHT + r" in "
        r"(?:the )?(?:lock-?up|slammer|clink|pokey|drunk tank)\b",
        "person",
    ),
    (_HELD + r"|" + _BOOKED + r"|" + _CHARGES, "person"),
)  # fmt: skip
