"""Mock self-blame: the customer blames themselves for something anyone would do, to say it is our fault ("Silly me
for reading the schedules.", "How naive of me to expect the price we were quoted."). Sarcasm wherever it stands;
blaming oneself for a real slip ("Silly me, I forgot the attachment") is sincere and not matched."""

from __future__ import annotations

import re

# what anyone is entitled to do: read what we sent, expect or trust what we said
_REASONABLE = (
    r"(?:read\w*|expect\w*|think\w*|believ\w*|trust\w*|assum\w*|ask\w*|check\w*|hop\w*|imagin\w*|suppos\w*"
    r"|tak\w+ (?:you|your [\w-]+|it) at (?:your|its|their) word|look\w* (?:at )?the (?:small print|schedules?|terms"
    r"|contract|invoice|details))"
)
MOCK_SELF_BLAME = re.compile(
    r"\b(?:silly|stupid|foolish|naive|na\u00efve|daft|gullible) (?:old )?(?:me|us)\b,? (?:for|to)\b (?:ever |even )?"
    + _REASONABLE
    + r"|\bhow (?:silly|stupid|foolish|naive|na\u00efve|daft|gullible) of (?:me|us) to (?:ever |even )?"
    + _REASONABLE
    + r"|\bmy (?:own )?(?:mistake|fault|bad),? (?:I (?:guess|suppose),? )?for (?:ever |even )?"
    + _REASONABLE
    + r"|\b(?:I|we) should have known better than to (?:trust|believe|expect|take)\b",
    re.IGNORECASE,
)

# our own admission of a slip handed back as the verdict, and nothing more: "Should have, yes.", "Yes, you ought to
# have.", "Indeed you should have." (not a plan: "Should have the figures Friday, yes.")
ECHOED_FAULT = re.compile(
    r"^(?:(?:yes|yeah|yep|indeed|well),? )?(?:you )?(?:should|ought to|could) have(?: done| said| told us| flagged it"
    r"| mentioned it| known)?(?:,? (?:yes|yeah|yep|indeed|quite|exactly|really))?[.!]*$"
    r"|^indeed,? you (?:should|ought to) have[.!]*$",
    re.IGNORECASE,
)

# praise of what we sold that holds only while it happens to work: "Wonderful product, really, when it's up.",
# "great tool when it works" (a hope for when it is ready is sincere: "it'll be a great tool when it's up")
PRAISE_WHILE_WORKING = re.compile(
    r"(?<!\bbe a )(?<!\bbe an )(?<!\bbe )\b(?:wonderful|great|lovely|brilliant|fantastic|excellent|amazing|superb"
    r"|marvell?ous|terrific|fabulous|perfect|nice|solid|beautiful|fine) (?:[\w-]+ )?(?:product|tool|system|platform"
    r"|software|app|service|dashboards?|solution|kit|feature|pilot)s?,?(?: (?:really|honestly|truly|mind you|to be"
    r" fair|of course),?)? (?:\u2014 |- )?(?:when|if|whenever|on the days) (?:it|they)(?:'s| is| are|'re)?"
    r" (?:actually |ever |even )?(?:up|works?|working|running|online|loads?|available|behaving|behaves)"
    r"(?=\s*(?:[.!\u2026]|$))",
    re.IGNORECASE,
)
