"""Health cues for a condition written as a clinical abbreviation in a contact note's list of facts: "R. Desai -
CTO - T1D, carries pump", "Ana (ops) - COPD; no site visits", "T2DM, lunch by 12". With no verb, the note's
row is whose it is (the person gate sees the name on the same line). (Abbreviations with a verb, "has MS",
"living with COPD", are in :mod:`.lexicon_health`.)

Senses that must stay quiet: the abbreviation as a market, a study or a charity's ("T1D research", "the T1D
Exchange", "COPD devices", "JDRF - T1D funder"): so the abbreviation stands alone as an item, set off by a dash,
comma, semicolon, bracket or line break on both sides."""

from __future__ import annotations

# abbreviations that stand for a condition in a clinician's or a note-taker's hand and for nothing else in
# business mail ("MS" is Microsoft's, "AF" an air force, "GAD" a name)
_CONDITION = r"(?-i:T1D|T2D|T1DM|T2DM|IDDM|NIDDM|COPD|CKD|PTSD)"
# an item of a list: set off before by a dash, a comma, a semicolon, a bracket, a colon or a line start, and after
# by the same or a line end
_ITEM_BEFORE = r"(?:^|(?<=[-–—,;:(|/])|(?<=[-–—,;:(|/] ))"
_ITEM_AFTER = r"(?=\s*(?:[,;)|/]|[-–—] |$))"

NOTE_SHORTHAND = ((_ITEM_BEFORE + _CONDITION + _ITEM_AFTER, "person"),)
