"""One risk reason asked about by name: "any stakeholder changes at Cancity?", "is Treequote's champion likely to
leave?", "are they talking to competitors?", "any budget worries on my deals?". Each is the deal_risk check narrowed
to that reason code; read as an account question it gave the account's won and lost counts, which say nothing about
who is leaving. Counting questions keep their reading ("how many deals did we lose to competitors?")."""

from __future__ import annotations

import re

# what follows a question word: "any", "is there", "are they", "has anyone", "did ... mention"
_PEOPLE = (
    r"(?:champions?|sponsors?|decision[- ]makers?|buyers?|contacts?|stakeholders?|economic buyers?|exec sponsors?)"
)
_STAKEHOLDER = re.compile(
    r" stakeholder (?:changes?|turnover|shake-?ups?|moves?) "
    rf"| {_PEOPLE}(?: (?:at|from|over at|on|in) [\w-]+(?: [\w-]+)?)?"
    r" (?:(?:is |are |might be |may be )?(?:likely |going |about |set |planning |thinking of )"
    r"(?:to )?(?:leave|leaving|quit|quitting|move on|moving on|go|step down)|(?:has |have )?(?:left|quit"
    r"|moved on|gone|changed|stepped down|been replaced|replaced)|leaving|still (?:there|around|in place|on board)) "
    r"| (?:new|different) (?:decision[- ]makers?|champions?|sponsors?|buyers?) "
    r"| (?:anyone|someone|somebody|anybody) (?:important |key )?(?:left|leaving|changed|replaced|moved on) "
    r"| (?:reorg|re-org|reorganisation|reorganization)s? "
)
_RIVALS = re.compile(
    r" (?:talking to|speaking to|looking at|evaluating|considering|comparing us (?:to|with)|shopping us"
    r" against) (?:any |other |some |a |the )?(?:competitors?|rivals?|other vendors?|alternatives?|competition) "
    r"| (?:competitors?|rivals?|competition|other vendors?) (?:come up|came up|mentioned|named|in play"
    r"|in the mix|involved|sniffing around|circling) "
    r"| any (?:competitors?|competition|rivals?) (?:on|at|in|for|there|around) "
    r"| who (?:else )?are they (?:evaluating|looking at|comparing us (?:to|with)) "
)
_BUDGET = re.compile(
    r" budget (?:concerns?|issues?|problems?|worries|worry|trouble|cuts?|freezes?|frozen|squeeze|pressure"
    r"|risk) | (?:worried|worries|concerns?|concerned) about (?:their |the )?budget "
)
_PRICE = re.compile(
    r" (?:pricing|price) (?:objections?|pushback|push-back|complaints?|concerns?|issues?) "
    r"| (?:push(?:ing|ed)? back|pushback|objected|objecting|complain(?:ed|ing)?) (?:on|about|at) (?:the |our )?"
    r"(?:price|pricing|cost) "
    r"| (?:think|thinks|say|said|find|found) (?:we're|we are|it's|it is|us|our price) too (?:expensive|pricey) "
)
_SLIP = re.compile(
    r" (?:timelines?|close dates?|signatures?|decisions?|deadlines?) (?:slipp?(?:ed|ing)|slips?|moved|pushed"
    r"|pushed (?:out|back)|delayed) | (?:timeline|schedule) slips? "
)
_QUIET = re.compile(
    r" (?:gone|going|go|went|gotten|got|getting) (?:quiet|dark|silent|cold) | ghost(?:ed|ing) us "
    r"| stopped (?:replying|responding|answering) "
)
_TONE = re.compile(
    r" (?:tone|mood|sentiment) (?:has |have )?(?:got |gotten |turned |gone )?(?:worse|sour|negative|dropped"
    r"|drop|changed|shifted|soured) "
    r"| (?:sound|sounding|seem|seeming|getting) (?:annoyed|frustrated|unhappy|upset|irritated|fed up|cold"
    r"|curt) "
)
_READINGS = (("stakeholder_change", _STAKEHOLDER), ("competitor_mentioned", _RIVALS), ("budget_concern", _BUDGET),
             ("pricing_objection", _PRICE), ("timeline_slip", _SLIP), ("gone_quiet", _QUIET),
             ("sentiment_drop", _TONE))  # fmt: skip
# a count or a ranking, not a check of open deals: "how many did we lose to competitors", "which rep lost most"
_COUNTED = re.compile(r" how (?:many|much) | (?:which|what) (?:rep|reps|product|office|sector) |^ (?:log|note)\b")
# a question, not a statement logged: it asks, or it opens on a question word
_ASKS = re.compile(
    r"\?|^\s*(?:r|any|anyone|anything|is|are|has|have|did|does|do|was|were|who|which|what|whats|what's|check|tell me"
    r"|show me|see if|can you|could you|pls|please|how's|hows)\b",
    re.IGNORECASE,
)


def asked_reason(t: str, text: str) -> str | None:
    """The risk reason code normalised ``t`` (of ``text``) asks about by name, or None."""
    if _COUNTED.search(t) or not (_ASKS.search(text) or _ASKS.search(t)):
        return None
    return next((code for code, pattern in _READINGS if pattern.search(t)), None)
