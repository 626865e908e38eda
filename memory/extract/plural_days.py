"""Days said in the plural, as a habit, which a note capitalises but are never a person: "our MD signs everything
on Tuesdays", "they close the books Fridays", "Mondays are board days". (Months are left out: "Mays" is a surname.)"""

from __future__ import annotations

_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

PLURAL_DAYS = frozenset(d + "s" for d in _DAYS)
