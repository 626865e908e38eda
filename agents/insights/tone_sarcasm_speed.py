"""Sarcasm about our speed: praise of how fast we were ("Really impressive turnaround.", "Lightning fast, as always.")
in a message that counts how long they waited for us ("after a month the answer is ...", "three weeks for a one-line
reply"), and the jab that what we sent was no real answer ("let me know when you have an actual position"). Read by
sentiment.py only when the wait is counted in the same message, so thanks for a quick reply stays sincere.
"""

from __future__ import annotations

import re

# weeks or months of it; days only when there were many (two days to turn a contract round is quick)
_SPAN = (r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few|a couple of|many|multiple)"
         r" (?:full |whole |long )?(?:weeks?|months?)|(?:five|six|seven|eight|nine|ten|eleven|twelve|[5-9]|\d\d"
         r"|several|many) (?:full |whole |long |working |business )?days)")  # fmt: skip
# the wait counted: "after a month", "it's been two weeks", "took you ten days", "three weeks for a one-line answer"
WAITED = re.compile(
    rf"\b(?:after|it's been|it has been|it took(?: (?:you|your [\w-]+|them))?|took (?:you|your [\w-]+|them)"
    rf"|(?:a|one) (?:full |whole )?(?:week|month) and) (?:almost |nearly |over |more than |well over )?{_SPAN}\b"
    rf"|\b{_SPAN} (?:for|to (?:get|produce|answer|reply|respond|send|come back))\b"
    rf"|\b(?:days|weeks|months) of (?:waiting|chasing|silence)\b",
    re.IGNORECASE,
)
# the speed praised as a headline of its own: "Really impressive turnaround.", "Amazing response time, guys." (or
# after a stop a lower-case writer's sentence splitting missed: "... one number. lightning fast, as always.")
SPEED_PRAISE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?:oh|well|wow|yes),? )?(?:(?:really|truly|very|most|so|such an?|what an?|an?|quite"
    r"|simply|absolutely) )?(?:impressive|amazing|fantastic|great|brilliant|stellar|remarkable|blistering"
    r"|lightning|record|speedy|rapid|swift|excellent|outstanding|world[- ]class|breathtaking|incredible|stunning"
    r"|superb|top[- ]notch)"
    r"(?: (?:turn-?around|response(?: time)?|reaction(?: time)?|speed|pace|service|reply|work))(?: times?)?"
    r"(?:,? (?:as (?:always|ever|usual)|really|truly|there|guys|team|everyone|folks))?[.!\u2026]*$"
    r"|(?:^|(?<=[.!?] ))(?:(?:oh|well|wow),? )?(?:lightning|blisteringly|breathtakingly|impressively|amazingly"
    r"|incredibly|wonderfully|truly) (?:fast|quick|speedy|swift|prompt|rapid)(?:,? (?:as (?:always|ever|usual)"
    r"|really|there|guys|team))?[.!\u2026]*$"
    r"|(?:^|(?<=[.!?] ))(?:(?:oh|well|wow),? )?(?:speedy|quick|prompt|fast|swift) as (?:ever|always|usual)[.!\u2026]*$"
    r"|\bin record time\b",
    re.IGNORECASE,
)
# what we sent called no real answer: "Let me know when you have an actual position.", "once you've got a real offer"
ACTUAL_JAB = re.compile(
    r"\b(?:when|once|if|whenever) (?:you|your (?:[\w-]+ )?(?:team|side|people|lawyers|legal|counsel))"
    r"(?:'ve| have| has| get| got| come up with| manage| reach)(?: got)? (?:an? )?(?:actual|real|proper|genuine"
    r"|concrete) (?:answer|position|proposal|decision|response|offer|reply|plan|date|view|stance)\b",
    re.IGNORECASE,
)


def slow_mocked(sentence: str, waited: bool) -> bool:
    """``sentence`` praises our speed, or calls our answer no real one, in a message that counted the wait."""
    return waited and (SPEED_PRAISE.search(sentence.strip()) is not None or ACTUAL_JAB.search(sentence) is not None)
