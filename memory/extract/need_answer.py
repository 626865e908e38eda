"""Our question about what the customer needs from us ("what do you need from us?"), and the reply to it on the
next line, which names the next step ("A formal RFP response by the 3rd.") unless it asks for nothing."""

from __future__ import annotations

import re

# a bare reply with nothing named in it, a speaker's label first: "Cosima: Perfect.", "Great, thanks."
ACKNOWLEDGED = re.compile(
    r"^\s*(?:[^:\n]{0,80}:\s*)?(?:(?:perfect|great|good|fine|ok|okay|sure|right|yes|yep|yeah|lovely|brilliant|"
    r"excellent|cool|super|thanks|thank you|cheers|got it|sounds good|understood|noted|agreed)\b[\s,.!—–-]*){1,3}$"
)

# our question for their next need, answered on the next line: "what do you need from us?", "anything you need
# from me before then?", "what would you like us to send?"
_ASKS_NEED = re.compile(
    r"\b(?:what|anything)(?: else)?(?: (?:do|would|will))? (?:you|they) (?:need|want|require|like)(?: us to| me to)?"
    r"(?: \w+)?(?: from (?:me|us|our side))?\b[^.!?\n]{0,30}\?"
    # ... asked as what we should bring: "anything I should send beforehand?", "what can we prepare for them?"
    r"|\b(?:what|anything)(?: else)? (?:(?:should|can|could|shall) (?:i|we)|(?:i|we) (?:should|can|could|ought to)) "
    r"(?:send|share|prepare|bring|get)\b[^.!?\n]{0,30}\?"
    # ... or as what would move them along: "what would help?", "what would help you decide?"
    r"|\bwhat (?:would|might|could|will) (?:help|make (?:this|it) easier)\b[^.!?\n]{0,30}\?"
)
# an answer that asks for nothing: "Nothing for now.", "No, we're fine."
# ... nor does the mail's sign-off after the question: "Best, Henrietta", "Kind regards"
_NOTHING_NEEDED = re.compile(
    r"^\s*(?:[^:\n]{0,80}:\s*)?(?:nothing|no\b|not (?:yet|really|now)|that's (?:all|it)|all good)"
    r"|^\s*(?:best|regards|kind regards|best regards|warm regards|all the best|cheers|sincerely|br|mfg|cordialement)"
    r"\b[ \t,.!]*(?:[\w.'’-]+[ \t]*){0,2}$"
)


def answer_to_ask(lows: list[str]) -> int | None:
    """The index of the reply to our last question about what they need from us, when it asks for something."""
    asked = [i for i, sentence in enumerate(lows) if _ASKS_NEED.search(sentence)]
    if not asked:
        return None
    j = asked[-1] + 1
    while j < len(lows) and ACKNOWLEDGED.match(lows[j]):
        j += 1
    return j if j < len(lows) and not _NOTHING_NEEDED.match(lows[j]) else None
