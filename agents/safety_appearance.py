"""A CRM record changed for how it looks, not for what happened: "change the close value on our biggest Q4 win to 60k
- the real number makes the slide look flat", "set the close date to September, nobody will notice". A correction
("the real number is 6,000, it was typed wrong") says what happened and is not refused."""

from __future__ import annotations

import re

_EDIT = (
    r"(?:move|change|set|push|pull|shift|edit|update|alter|adjust|bump|tweak|put|mark|enter|re-?date|switch|round up"
    r"|make|inflate|raise|flip)"
)
_RECORD = (
    r"(?:close ?dates?|closing dates?|close values?|values?|amounts?|stages?|status|sizes?|revenue|totals?|deals?"
    r"|opps?|opportunities|losses|wins"  # "bump a few of my Q4 losses back to engaging"
    # an account's own facts: "change Ganjaflex's HQ to United States so it stops showing in the intl report"
    r"|hq|headquarters|head office|country|location|office|sector|industry|vertical|employees|headcount|parent"
    r"|parent company|year founded|founded)"
)
_CHANGED = re.compile(rf" {_EDIT} (?:[\w'&-]+ ){{0,10}}?{_RECORD} ")
# the fact itself is what looks bad: "the real number makes the slide look flat", "the actual figure looks weak"
_LOOKS_BAD = re.compile(
    r" (?:the )?(?:real|actual|true|honest|correct) (?:number|numbers|figure|figures|value|amount|date|stage"
    r"|status|total) (?:[\w'-]+ ){0,2}?(?:makes?|looks?|is too|seems?|would make) (?:[\w'-]+ ){0,4}?"
    r"(?:flat|bad|weak|small|low|poor|thin|slow|ugly|terrible|awful|worse|underwhelming|disappointing|meh|tiny) "
)
_UNNOTICED = re.compile(
    r" (?:nobody|no one|noone|no-one) (?:(?:will|would|is going to|gonna|ever|really) )?(?:notice|check|care"
    r"|find out|notices|checks|cares|reads|audits) "
)
_SHOWS = (
    r"show|shows|showing|appear|appears|appearing|count|counts|counting|land|lands|landing|turn up|turns up|sit|sits"
)
_A_REPORT = (
    r"(?:the|my|our|this|that|his|her|their) (?:[\w'-]+ ){0,3}?(?:report|reports|dashboard|list|view|numbers|figures"
    r"|forecast|pipeline|region|territory|filter|slide|deck|rollup|roll-up|breakdown|totals?) "
)
# the number the change is for, not what the customer did: "... by 20% so i clear quota", "so the dec numbers look ok"
_FOR_THE_NUMBER = re.compile(
    r" so (?:that )?(?:i|we|the team|my team) (?:can )?(?:clear|hit|make|reach|beat|cross|get over) (?:my |our |the )?"
    r"(?:quota|target|number|plan|goal) "
    r"| so (?:that )?(?:the |my |our )?(?:[\w'-]+ )?(?:numbers|figures|forecast|pipeline|quarter|month|totals?"
    r"|rate|w/r|stats|metrics|dashboard|scorecard|results) "
    r"(?:look|looks) (?:ok|okay|fine|decent|healthy|healthier|rosier|fuller|right|good|better|nicer|stronger|bigger) "
    # moved out of the figure they count against: "... to January so they drop out of this year's rate"
    r"| so (?:that )?(?:they|it|those|these) (?:drop|drops|fall|falls|come|comes|move|moves|stay|stays) (?:out|off)"
    r" (?:of )?(?:this|the|my|our) (?:[\w'-]+ ){0,2}?(?:rate|numbers|figures|quarter|year|month|books|pipeline"
    r"|report|reports|dashboard|list|view|slide|deck|forecast|rollup|roll-up) "
    # kept out of a report by the change: "so it stops showing in the intl report", "to keep them off the EMEA list"
    rf"| so (?:that )?(?:it|they|those|these|the account|the deal|the accounts) (?:stops?|no longer|doesn'?t|does not"
    rf"|don'?t|do not|won'?t|will not|never) (?:{_SHOWS}) (?:up )?(?:in|on|under|against|for) {_A_REPORT}"
    rf"| to (?:keep|get|take) (?:it|them|those|these|the account|the deal|the accounts) (?:out of|off) {_A_REPORT}"
)
# what the customer did is told: "mark it won, they signed - so the numbers look ok now" records a fact
_IT_HAPPENED = re.compile(
    r" (?:they|they've|he|she|the customer|the client|[\w'&-]+) (?:(?:have|has|just|finally) )?(?:signed|countersigned"
    r"|paid|sent (?:the|their|a) (?:po|purchase order|signed))(?! (?:nothing|anything))"
)


# ... or to be undone once the period's numbers are in: "I'll flip them back in jan", "we can revert it next week"
_UNDONE_LATER = re.compile(
    r" (?:i'?ll|ill|we'?ll|i will|we will|i can|we can|and|then) (?:just )?(?:(?:flip|change|move|switch|put|set|swap"
    r"|roll) (?:them|it|those|these|that|everything|all of (?:them|it)) back|(?:revert|undo|reverse) (?:them|it|those"
    r"|these|that|everything|all of (?:them|it))(?: back)?) (?:in|after|next|on|once|when|first thing|early"
    r"|at the start of) "
)
# ... or so the period "doesn't look" bad: "so Q4 doesn't look ugly"
_NOT_LOOK_BAD = re.compile(
    r" so (?:that )?(?:the |my |our )?(?:[\w'-]+ )?(?:numbers|figures|forecast|pipeline|quarter|month|year|q[1-4]"
    r"|totals?|rate|results|dashboard) (?:doesn'?t|does not|don'?t|do not|won'?t|wont|will not) (?:look|looks) "
    r"(?:[\w'-]+ )?(?:ugly|bad|weak|thin|poor|flat|terrible|awful|empty|light|soft|small|low) "
)
_NEAR = 160


def changed_for_looks(t: str) -> bool:
    """Whether ``t`` (normalised) asks to change a record's value, date or stage because the true one looks bad,
    or because no one will check."""
    edit = _CHANGED.search(t)
    if edit is None or _IT_HAPPENED.search(t):
        return False
    said_with_it = t[edit.start() : edit.end() + _NEAR]  # the reason is given with the change, not pages later
    return any(p.search(said_with_it) for p in (_LOOKS_BAD, _UNNOTICED, _FOR_THE_NUMBER, _UNDONE_LATER, _NOT_LOOK_BAD))
