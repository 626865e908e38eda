"""What the extract class tests share: a note read with one of our own reps (Lena Ostrova) to leave out, and the
contacts it found as name -> role."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from memory.extract import DealUpdate, extract_update

OUR_REP = "Lena Ostrova"


def read_note(text: str, now: date, accounts: Sequence[str]) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(accounts), people_to_ignore=[OUR_REP])


def contact_roles(u: DealUpdate) -> dict[str, str | None]:
    return {str(c["name"]): c["role"] for c in u.contacts}
