"""Which of two steps in a row is the next one, and steps said as under way or agreed, kept apart from
``next_step`` (at its size limit):

- a customer's mail that asks something of us and then says what they will do themselves ("Could you send me
  the contract? I will raise the purchase order this week."): our part, the ask, is the step; so too anyone's
  "Can you send the activation details? I'll set up the users myself.";
- a promise about a thing named just before ("Please send the order form. I will route it internally."): the
  sentence naming the thing goes with it;
- the writer's step under way with a near time ("I'm pushing their legal review along today"), and a meeting
  someone has agreed to ("he's happy to do a reference call"), or a debrief offered ("happy to give you feedback").
"""

from __future__ import annotations

import re

from memory.extract.sides import OUR_EMAIL_DOMAINS

# the thing asked for was named just before: "Please send it to me", "...likes the 1-pager. pls send asap"
# a labelled step that is only a verb and "it": "schedule it.", "book that in", "set it up asap"
BARE_PRONOUN_STEP = re.compile(
    r"[\s:,-]*(?:\w+ ){1,2}(?:it|that|this|them)(?: (?:up|in|over|asap|today|tomorrow|this week|next week)){0,2}[\s.!]*"
)
PRONOUN_OBJECT = re.compile(
    r"\b(?:send|share|forward|provide|confirm|sign|sending|sharing|forwarding) "  # "... sending it monday"
    r"(?:it|them|this|that|those|yours|ours|one)\b"
    # a promise about a thing named just before: "I'll have it to you Thursday", "I will route it internally"
    r"|\b(?:i'll|i will|we'll|we will) (?:have|get|set|put|draft|prepare|write|sort|turn|route|pass|circulate|"
    r"take|run|push|walk) (?:it|them|that|those)\b"
    r"|(?:^|\b(?:please|pls|plz|can you|could you|would you|kindly))\W*(?:send|share|forward)(?:ing)?"
    r"(?: (?:over|across|through|back))?(?: (?:asap|today|tomorrow|now|soon|please|pls|thanks|when you can))*[^\w]*$"
)

# the customer asking to be called back or mailed a paper, in a voicemail or a mail: "please call me back on 555-0143",
# "could you email me the updated DPA"; not a courtesy ("please call me if you have questions") nor a mail of news
# ("could you email me when it ships")
ASKED_CONTACT = (
    r"(?:please|pls|plz|(?:could|can|would) you(?: please)?) (?:call|ring|phone) (?:me|us|him|her) back\b|"
    r"(?:please|pls|plz|(?:could|can|would) you(?: please)?) (?:give|drop) (?:me|us) a (?:call|ring|line)\b|"
    r"(?:please|pls|plz|(?:could|can|would) you(?: please)?) (?:e-?mail|mail) (?:me|us|him|her) "
    r"(?:over )?(?:the|a|an|your|our|their|his|her|some)\b"
)
# the writer doing it themselves, closing the sentence: "I'll set up the users myself", "we'll load it ourselves"
_DOING_IT_MYSELF = re.compile(r"(?:i'll|i will|we'll|we will)\b[^.!?\n]{0,60}\b(?:myself|ourselves)\s*(?:[.!\n]|$)")
_PROMISE = re.compile(r"(?:i'll|i will|we'll|we will)\b")
# a request of us: "can you send", "could you please share", "please send"
_ASK_OF_US = re.compile(r"(?:could|can|would) you\b|(?:please|pls|plz) \w|send (?:us|me)\b|asks? (?:that )?(?:you|we)")
_FROM_LINE = re.compile(r"^[ \t>]*from:[^\n]*", re.MULTILINE)


def _customer_wrote(low: str, at: int) -> bool:
    """Whether the mail holding ``at`` was sent by someone outside our team (its "From:" line, the nearest above)."""
    lines = [m.group(0) for m in _FROM_LINE.finditer(low, 0, at)]
    return bool(lines) and "@" in lines[-1] and not any(d in lines[-1] for d in OUR_EMAIL_DOMAINS)


def ask_before_promise(low: str, hits: list[int], hit: int) -> int:
    """``hit`` (where the last committed action starts in the lower-cased ``low``), or the ask of us just before
    it (same sentence or the one before) when the promise at ``hit`` is the asker's own part (see above)."""
    if hit <= 0 or not (_DOING_IT_MYSELF.match(low, hit) or (_PROMISE.match(low, hit) and _customer_wrote(low, hit))):
        return hit
    asked = [h for h in hits if h < hit and _ASK_OF_US.match(low, h)]
    if asked and len(re.findall(r"[.!?]\s", low[asked[-1] : hit])) <= 1:
        return asked[-1]
    return hit


# the writer's own step in hand, with when: "I'm pushing their legal review along today", "we're chasing their
# procurement tomorrow"; not "I'm sending this from my phone", "I'm preparing for my leave tomorrow"
_UNDER_WAY = re.compile(
    r"\b(?:i'm|i am|we're|we are) (?:(?:also|now|already|personally) )?(?:pushing|chasing|nudging|sending|booking|"
    r"scheduling|setting up|drafting|preparing|following up|escalating|putting together|pulling together|arranging|"
    r"organi[sz]ing)\b(?! (?:this|it) from\b| for (?:my|our)\b)[^.;!?\n]{0,60}?"
    r"\b(?:today|tonight|tomorrow|this (?:week|morning|afternoon|evening)|(?:on )?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|"
    r"fri)day|first thing)\b"
)
# a meeting someone has agreed to take part in: "he's happy to do a reference call", "she agreed to a demo"
_AGREED_MEETING = re.compile(
    r"\b(?:(?:happy|willing|glad|keen|available) to (?:do|join|take|have|give|run|host|hop on|jump on)|"
    r"agreed to(?: (?:do|join|take|have|give|run|host))?) (?:a|an|the) (?:quick |short )?"
    r"(?:reference call|reference check|call|demo|meeting|walkthrough|walk-through|session|workshop|site visit)\b"
    # ... or a debrief offered, after a loss too: "I'd be happy to give you feedback", "glad to share our feedback"
    r"|\b(?:happy|willing|glad|keen) to (?:(?:give|share|offer|provide) (?:you |us )?(?:some |more |detailed |our )?"
    r"(?:feedback|debrief)|debrief)\b"
)


def step_in_hand(sentence: str) -> bool:
    """Whether ``sentence`` (lower case) says a step under way with its time, or a meeting someone agreed to."""
    return bool(_UNDER_WAY.search(sentence) or _AGREED_MEETING.search(sentence))
