"""Religion cues for a faith read off what a person does rather than named: a kosher or halal meal the person
asks for ("he asked our caterer for a kosher-certified lunch", "Aisha requested a halal meal"), a calendar or a
phone shut every week from Friday afternoon to Saturday night, which is the Sabbath ("his calendar is blocked
every Friday from 2pm until Saturday night", "she's offline Fridays from sundown to Saturday nightfall"), the
Hebrew blessing a letter is headed with ("writes 'B"H' at the top of every email", "BS"D on all his letters"),
and a rep's guess that someone "seems religious".

Senses that must stay quiet: a meal ordered for others or sold ("the caterer offers a kosher-certified lunch",
"he asked for halal options for the Jakarta delegates"), a one-off or a shorter block ("blocked from Friday 2pm
until Saturday noon", "the warehouse is closed every Friday until Saturday night"), a licence header ("BSD at the
top of every file"), a thing that looks religious ("the logo looks religious") and zeal for work ("seems religious
about his stand-up")."""

from __future__ import annotations

# a pronoun or a capitalised word that is no pronoun, article or department ("It seems religious" is a thing,
# "Procurement asked for a halal lunch" a team's order)
_WHO = (
    r"(?:\b(?:he|she)|\b(?!(?:It|This|That|These|Those|The|There|What|Which|Everyone|Everybody|Someone|Nobody|"
    r"Procurement|Finance|Legal|Marketing|Sales|Management|Purchasing|Facilities|Events|Catering|Reception|Team|"
    r"Client|Customer|Venue|Hotel|Office|Company|Board|Design|Logo)\b)(?-i:[A-Z][a-z]+))"
)

# a kosher or halal meal the person asks for, not one for a group ("for the delegates", "for everyone")
_MEAL_ASKED = (
    _WHO + r" (?:has |had |also |always |just )?(?:asked|asks|asking|requested|requests|needs|needed|wants|wanted|"
    r"ordered|orders|insisted on|insists on)(?: (?:\w+ ){0,3}?for)? (?:a |an |the |his |her |only )?(?:strictly )?"
    r"(?:kosher|halal)(?:[- ](?:certified|supervised|only))? (?:lunch|dinner|breakfast|meals?|plates?|sandwich|"
    r"menu|option|food|catering)\b(?! for (?:the |our |all |his |her |their )?(?:[\w-]+ ){0,2}?(?:team|group|"
    r"guests|delegates|delegation|visitors|attendees|everyone|all|event|conference|table|staff|board)\b)"
)
# the whole day from Friday to Saturday night, every week, and the person's (calendar, phone, "he is offline")
_WEEKLY_FRIDAY = (
    r"(?:every Friday|each Friday|Fridays|on Fridays|weekly on Fridays)(?: (?:from|after) (?:\d{1,2}(?::\d\d)? ?"
    r"(?:am|pm)?|noon|midday|lunch(?:time)?|sundown|sunset|dusk|(?:mid-?)?afternoon|evening))?"
)
_TO_SATURDAY = r" (?:until|till|til|to|through|-|–) Saturday (?:night|evening|sundown|sunset|nightfall|after dark)\b"
_WHOSE_TIME = (
    r"(?:\b(?:his|her|(?-i:[A-Z][a-z]+)['’]s) (?:calendar|diary|schedule|phone|inbox|availability|out-of-office)"
    r"(?: is| was| are| has been| gets| stays)? (?:\w+ )?(?:blocked|blocked out|closed|off|dark|shut|silent|"
    r"unavailable|busy)|" + _WHO + r"(?:'s| is| goes| stays| was| has been) (?:\w+ )?(?:offline|unreachable|"
    r"off-?grid|unavailable|off (?:email|the phone|line)))"
)
_SABBATH_BLOCK = _WHOSE_TIME + r" " + _WEEKLY_FRIDAY + _TO_SATURDAY
# the Hebrew headings (Baruch Hashem, B'siyata Dishmaya) with their gershayim, in quotes or at a letter's top
_BLESSING = r"(?-i:B\"H|BS\"D|B”H|BS”D|B״H|BS״D)|בס[\"״]ד|ב[\"״]ה"
_HEADED = (
    r"\b(?:writes|wrote|puts|put|heads|headed|starts|opens|begins|signs)\b[^.?!]{0,20}?[\"'‘“]?(?:" + _BLESSING + r")"
    r"[\"'’”]?[^.?!]{0,20}?\b(?:at the top of|on top of|atop|at the head of|on|above|before)\b"
)
# a guess about a person's faith; "observant" is as often "perceptive", so only the plain words
_SEEMS = (
    _WHO + r" (?:seems|seemed|looks|looked|appears|appeared|sounds|sounded|comes across as|came across as|"
    r"strikes me as) (?:to be )?(?:quite |very |pretty |fairly |deeply |rather |a bit |somewhat |really )?"
    r"(?:religious|devout|pious)\b(?! (?:about|when it comes|with|over|in his|in her)\b)"
)

SABBATH_SIGNS = ((_MEAL_ASKED, "person"), (_SABBATH_BLOCK, "person"), (_HEADED, "person"), (_SEEMS, "person"))
