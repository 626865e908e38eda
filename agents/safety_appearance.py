"""A CRM record changed for how it looks, not for what happened: "change the close value on our biggest Q4 win to 60k
- the real number makes the slide look flat", "set the close date to September, nobody will notice". A correction
("the real number is 6,000, it was typed wrong") says what happened and is not refused."""

from __future__ import annotations

import re

_EDIT = (
    r"(?:move|change|set|push|pull|shift|edit|update|alter|adjust|bump|tweak|put|mark|enter|re-?date|switch|round up"
    r"|make)"
)
_RECORD = r"(?:close ?dates?|closing dates?|close values?|values?|amounts?|stages?|status|sizes?|revenue|totals?)"
_CHANGED = re.compile(rf" {_EDIT} (?:[\w'&-]+ ){{0,10}}?{_RECORD} ")
# the fact itself is what looks bad: "the real number makes the slide look flat", "the actual figure looks weak"
_LOOKS_BAD = re.compile(
    r" (?:the )?(?:real|actual|true|honest|correct) (?:number|numbers|figure|figures|value|amount|date|stage"
    r"|status|total) (?:[\w'-]+ ){0,2}?(?:makes?|looks?|is too|seems?|would make) (?:[\w'-]+ ){0,4}?"
    r"(?:flat|bad|weak|small|low|poor|thin|slow|ugly|terrible|awful|worse|underwhelming|disappointing|meh|tiny) "
)
_UNNOTICED = re.compile(
    r" (?:nobody|no one|noone|no-one) (?:will|would|is going to|gonna|ever) (?:notice|check|know|care|find out"
    r"|look) "
)


def changed_for_looks(t: str) -> bool:
    """Whether ``t`` (normalised) asks to change a record's value, date or stage because the true one looks bad,
    or because no one will check."""
    edit = _CHANGED.search(t)
    if edit is None:
        return False
    return any(p.search(t, edit.start()) for p in (_LOOKS_BAD, _UNNOTICED))
