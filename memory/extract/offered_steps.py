"""Next-step wording kept apart from ``next_step`` (at its size limit). Patterns run on lower-cased text.

- Our offer of a step asked as a question: "Shall I send the e-signature link?", "want me to set up the sandbox?",
  "would you like me to draft the order form?" (``OFFERED_STEP``): in a thread it is the step still open, even in
  our quoted mail when the reply names none of its own. Not "should I worry about ..." (no action of ours).
- A request to put someone on our paper or meeting: "please copy our IT admin on the onboarding plan", "could you
  cc Mia on the kickoff invite" (``COPY_REQUEST``).
- Access to our system asked for: "he wants sandbox access for two of his devs" (``ACCESS_ASK``).
- Our price asked to be kept: "Can you hold the price until then in writing?" (``HOLD_ASK``).
- The customer's decision to buy is no step: "we'll move ahead with GTX Pro, 2 seats" (``decision_only``); "we'll
  go ahead and send the PO" and "we'll move forward with a pilot" are."""

from __future__ import annotations

import re

_OUR_VERBS = (
    r"(?:send|share|set up|book|schedule|arrange|draft|prepare|put together|email|forward|resend|loop in|introduce|"
    r"organi[sz]e|spin up|run|do|get|start|kick off|pull together|write up)"
)
OFFERED_STEP = (
    r"(?:shall|should) i (?:go ahead and )?" + _OUR_VERBS + r"\b|"
    r"(?:do you |would you )?(?:want|like) me to (?:go ahead and )?" + _OUR_VERBS + r"\b"
)
COPY_REQUEST = (
    r"(?:please|pls|plz|kindly|could you|can you|would you)(?: also| please)? (?:copy|cc|include|loop in|add|keep) "
    r"[^.?!\n]{1,40}? (?:on|in|into) (?:the|our|your|any|all|this|that) "
)
# access to our system asked for: "before then he wants sandbox access for two of his devs", "she needs trial logins"
ACCESS_ASK = (
    r"(?:wants?|wanted|needs?|needed|asked for|asks for|would like|'d like|requested|requests) (?:some |a |an |the )?"
    r"(?:sandbox|trial|test|demo|pilot|poc|evaluation|eval)(?: environment| instance)? "
    r"(?:access|accounts?|logins?|licen[cs]es?|environment|instance|seats?)\b"
)
# our price asked to be kept: "can you hold the price until then in writing?", "will you honour the discount in Q1"
HOLD_ASK = (
    r"(?:could|can|would|will) (?:you|u) (?:please |pls )?(?:hold|honou?r|extend|keep|lock(?: in)?|guarantee) "
    r"(?:the|our|your|this|that|these|those|that) (?:\w+ )?(?:price|pricing|quote|offer|rate|discount|terms)\b"
)
# "move ahead with", "go forward with", "proceed with": the decision, unless a meeting or trial is what goes ahead,
# or another verb follows ("go ahead and send")
_DECISION = re.compile(r"\s+(?:(?:move|go) (?:ahead|forward)|proceed)(?: with\b|(?=\s*[.,;!\n]|$))")
_STEP_NOUN = re.compile(
    r"\b(?:call|demo|meeting|pilot|trial|poc|workshop|session|kick-?off|review|visit|presentation|onboarding|"
    r"training|sandbox|next step)s?\b"
)


def decision_only(low: str, end: int) -> bool:
    """Whether what follows an "I'll"/"we'll" ending at ``end`` is the decision to buy, with no step in its clause."""
    m = _DECISION.match(low, end)
    if m is None:
        return False
    clause = re.match(r"[^.;!?\n]*", low[m.end() :])
    return not _STEP_NOUN.search(clause.group(0) if clause else "")
