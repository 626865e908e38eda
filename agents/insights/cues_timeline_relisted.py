"""The deal's paper put down for a later sitting of the forum that decides it, for ``timeline_slip``: "it's now
listed for the 16 January cabinet", "our report has been rescheduled for the March board", "the business case was
re-tabled for the governors' spring meeting". Public bodies decide on papers, and a paper moved is the decision moved.

Told as a change ("now", "re-listed", "rescheduled", "instead"): "our paper is listed for the November board" is the
plan. The item is this deal's paper ("it", "our report", "the business case"), not other business; its date is
judged against the expected close like any other (signals_timeline.py), so a sitting inside the window is no slip."""

from __future__ import annotations

import re

_ITEM = (r"(?:it|this|ours|(?:our|your|the) (?:[\w-]+ )?(?:report|paper|item|proposal|business case|submission"
         r"|decision|request|contract|award|approval))")  # fmt: skip
_FORUM = (r"(?:meeting|sitting|session|agenda|board|committee|panel|cabinet|council|assembly|senate|governors"
          r"|trustees|executive)")  # fmt: skip
_PUT = (
    r"(?:(?:now|since) (?:re-?)?(?:listed|scheduled|tabled|slotted in|down|put down|booked|placed|on the agenda)"
    r"|re-?(?:listed|scheduled|tabled|booked)|(?:listed|scheduled|tabled|put down|slotted in) (?:instead|now))"
)
_TO_SITTING = (rf"(?: (?:for|on|to|at|into))? (?:the |their |its |a )?(?:agenda (?:for|of) (?:the |their )?)?"
               rf"(?:[\w'.-]+ ){{0,4}}?{_FORUM}\b")  # fmt: skip
_BE = r"(?:'s| is| has been| have been| was| were| got| will be| 's been)(?: now)?"
# or sent on to it: "our paper now goes to the September meeting", "... and will now go before the August cabinet"
_GOES = r"(?: will now go| now goes| now go| will now come| now comes) (?:to|before)"
RELISTED = re.compile(rf"\b{_ITEM}(?:{_BE} {_PUT}|{_GOES}){_TO_SITTING}", re.IGNORECASE)
# the item named in the clause before: "our report was pulled from the June agenda and is now listed for August"
_AND_RELISTED = re.compile(rf"\b(?:and|but)(?:{_BE} {_PUT}|{_GOES}){_TO_SITTING}", re.IGNORECASE)
_ITEM_BEFORE = re.compile(rf"\b{_ITEM}\b", re.IGNORECASE)


def relisted(sentence: str) -> bool:
    """The deal's paper now put down for a sitting of its forum (the date is judged by the caller)."""
    if RELISTED.search(sentence):
        return True
    m = _AND_RELISTED.search(sentence)
    return m is not None and _ITEM_BEFORE.search(sentence, 0, m.start()) is not None
