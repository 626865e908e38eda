"""A close date the newest mail of a thread withdraws: "please remove the 15 September close date - there is no date
for now", "drop the signing date from the forecast, we have no date any more". The date said before (in that
sentence or in the quoted history) is no longer the deal's; only a date the newest mail gives elsewhere counts."""

from __future__ import annotations

import re
from datetime import date

from memory.extract.close_date import find_close_date
from memory.extract.text import lowered, quoted_history

# run on the lower-cased text: a close date struck out, or no date left for now
_WITHDRAWN = re.compile(
    r"\b(?:remove|drop|delete|take out|scrap|clear|withdraw|cancel|forget)(?: the| our| that)?[^.;!?\n]{0,30}?"
    r"\b(?:close|closing|signing|signature|decision|target) date"
    r"|\bthere(?:'s| is) no (?:close |closing |signing |signature |decision |target )?date(?: any ?more| for now|"
    r" at the moment| at this point)"
    r"|\bno (?:close |closing |signing |signature |decision )?date (?:for now|any ?more|at the moment)\b"
)


def withdrawn_close(text: str, now: date, stage: str | None, found: date | None) -> date | None:
    """``found`` (the close date read in ``text``), unless the newest mail withdraws the date: then only a date that
    mail gives outside the withdrawing sentence."""
    if found is None:
        return None
    end = quoted_history(text)
    low = lowered(text[:end])
    hit = _WITHDRAWN.search(low)
    if hit is None:
        return found
    start = max(low.rfind(".", 0, hit.start()), low.rfind("\n", 0, hit.start())) + 1
    stop = min((i for i in (low.find(".", hit.end()), low.find("\n", hit.end())) if i >= 0), default=end)
    newest = text[:start] + " " * (stop - start) + text[stop:end]
    return find_close_date(newest, now, stage)
