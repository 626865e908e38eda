"""The deal halted in words the pause cues (cues_timeline.PAUSE) do not know, each a pause with no date of its own
unless the sentence gives one (timeline_slip):

- nobody able to say when it starts again: "Nobody can tell me when it will be reopened", "we don't know when the
  tender will resume" (the thing must be the deal or its tender: "nobody knows when the canteen reopens" is not),
  or when they can: "I cannot say when we can restart";
- the purchase orders themselves stopped: "purchasing has frozen PO creation until the new system is live", "no POs
  can be raised until go-live" (the money is not in doubt: a stop on raising orders is no budget cut);
- the purchase named among what a stop caught: "the GTX Pro purchase was one of the items parked";
- the spend that would pay for it stopped with no end date: "all non-essential spending is frozen until further
  notice".
"""

from __future__ import annotations

import re

from agents.insights.signals import negated

_THING = (
    r"(?:it|this|the (?:[\w-]+ ){0,2}?(?:event|tender|project|purchase|deal|order|process|sourcing|rfp|rfq"
    r"|procurement|signature|signing|evaluation|contract|requisition))"
)
# nobody able to say: "nobody can tell me", "I cannot say", "we don't know yet", "no idea"
_NOBODY_KNOWS = (
    r"\b(?:(?:nobody|no one|no-one|none of us)(?: here| internally)?(?: (?:can|could|is able to|will|seems able to))?"
    r" (?:tell|say|know|knows"
    r"|predict|guess)(?: (?:me|us|you|him|her))?"
    r"|(?:I|we|they|finance|procurement|purchasing)(?: still)? (?:can't|cannot|couldn't|don't|doesn't|do not|does not)"
    r" (?:yet )?(?:tell|say|know|predict)(?: (?:me|us|you|him|her))?"
    r"|(?:I'?m|I am|we'?re|we are) (?:not sure|unsure|uncertain)"
    r"|(?:no idea|no word|no clue|no indication|no visibility)(?: (?:yet|as yet))?(?: (?:on|of|about|as to))?)"
)
_UNKNOWN_RESUME = re.compile(
    _NOBODY_KNOWS + rf" when {_THING} (?:will|'ll|would|might|could|can|is going to|is likely to)? ?(?:be |get |go )?"
    r"(?:reopen(?:ed|s)?|resum(?:e|ed|es)|restart(?:ed|s)?|back on|un-?paused|unfrozen|reinstated|go ahead"
    r"|proceed|start(?:ed)? again|move again|moving again)\b",
    re.IGNORECASE,
)
# the same with the people as the subject, the deal understood: "I cannot say when we can restart", "we don't know
# when we'll be able to pick this up again" (what restarts is this work with us, so nothing else may follow the verb
# but the deal or us: "when we can restart the server" is not it)
_UNKNOWN_WE_RESUME = re.compile(
    _NOBODY_KNOWS + r" when (?:we|they|I)(?:'ll| will| can| could| might| would| are able to| will be able to"
    r"|'ll be able to)? (?:restart|resume|continue|start again|pick (?:this|it|things) (?:back )?up|come back to"
    r" (?:this|it|you)|get back to (?:this|it)|go ahead|proceed|re-?open)(?: (?:it|this|the (?:project|purchase|deal"
    r"|evaluation|talks|discussions?|order|process)|with (?:you|this|it|the (?:project|purchase|deal|evaluation))))?"
    r"(?: again)?(?=\s*(?:[,.;!?]|$))",
    re.IGNORECASE,
)
# the orders themselves stopped: "frozen PO creation", "blocked all new purchase orders", "purchase orders are frozen"
# (not a PO fixed in what it says: "we froze the PO at ten seats")
_ORDERS = r"(?:POs|purchase orders|(?:PO|purchase order|order) (?:creation|raising|issuing|issuance|processing))"
_PO_STOP = re.compile(
    r"\b(?:frozen|froze|freez(?:e|es|ing)|block(?:ed|s|ing)?|halt(?:ed|s|ing)?|stopp(?:ed|ing)|suspend(?:ed|s|ing)?"
    rf"|paused)(?: all| any)?(?: new)? {_ORDERS}\b"
    rf"|\b(?:all |any |new )*{_ORDERS} (?:is |are |has been |have been )?(?:frozen|blocked|halted|suspended|paused"
    r"|on hold)\b"
    r"|\bno (?:new )?(?:POs|purchase orders) (?:can|will|may) be (?:raised|issued|created|placed)\b",
    re.IGNORECASE,
)
_AMONG_STOPPED = re.compile(
    r"\b(?:purchase|order|deal|project|contract|signature|licen[cs]es?|renewal)\b[^.;]{0,20}?\b(?:was|is|were|are)"
    r" (?:one of|among) (?:the )?(?:[\w-]+ ){0,2}?(?:items?|things|projects|purchases|spends?|requests|orders"
    r"|investments)(?: (?:that|which) (?:were|got|have been|has been))? (?:parked|shelved|paused|deferred|postponed"
    r"|put on hold|on hold|frozen|stopped)\b",
    re.IGNORECASE,
)

# spend stopped with no end date: "the CFO has frozen all non-essential spending until further notice", "all new
# purchases are on hold until further notice" (a dated freeze is the date cues' to judge; what stops is spend that
# would pay for the deal, not payments already owed, travel or hiring; "the budget is frozen until further notice"
# is money in doubt, budget_concern alone)
_STOP = (r"(?:frozen|froze|freez(?:e|es|ing)|block(?:ed|s|ing)?|halt(?:ed|s|ing)?|stopp(?:ed|ing)|suspend(?:ed|s|ing)?"
         r"|paused|put on hold|on hold)")  # fmt: skip
_SPEND = (r"(?:spend(?:ing)?|expenditures?|expenses|purchas(?:es|ing)|investments?|new contracts"
          r"|new projects|orders)")  # fmt: skip
_SPEND_STOPPED = re.compile(
    rf"\b(?:{_STOP}|(?:a )?(?:spending |budget |purchasing )?freeze on)\b[^.;:]{{0,40}}?\b{_SPEND}\b[^.;:]{{0,40}}?"
    r"\buntil further notice\b"
    rf"|\b{_SPEND}\b[^.;:]{{0,30}}?\b(?:is|are|has been|have been|remains?|stays?) {_STOP}\b[^.;:]{{0,20}}?"
    r"\buntil further notice\b",
    re.IGNORECASE,
)
_NOT_THE_DEAL = re.compile(r"\b(?:payments?|travel|hiring|recruit\w*|hospitality|entertainment|overtime|bonus\w*"
                           r"|catering|headcount)\b", re.IGNORECASE)  # fmt: skip


def undated_halt(sentence: str) -> float:
    """The weight of a halt of this deal said as one of the forms above (0 when none)."""
    for pattern in (_UNKNOWN_RESUME, _UNKNOWN_WE_RESUME, _PO_STOP, _AMONG_STOPPED):
        m = pattern.search(sentence)
        if m and not negated(sentence, m.start()):  # the shared clause-bound check: "not that nobody knows when"
            return 0.8
    m = _SPEND_STOPPED.search(sentence)
    if m and not negated(sentence, m.start()) and not _NOT_THE_DEAL.search(m.group(0)):
        return 0.8
    return 0.0
