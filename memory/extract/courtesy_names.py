"""A Spanish or French courtesy title written with its full stop ("la Sra. Ortiz", "Mme. Girard") kept on the
surname it goes with, as the note writes it: the name reader stops at the full stop and finds the surname alone,
while the same title without a stop ("Sra Ortiz", "Mme Girard") is already kept. English titles with a stop
("Dear Mr. Neloms") are left as they are read: there the surname alone is the contact."""

from __future__ import annotations

import re

_TITLE = re.compile(r"(?<![\w.])(Sra|Srta|Sr|Dña|Mme|Mlle)\.\s+$")


def with_courtesy_titles(text: str, contacts: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    """``contacts`` with a lone surname given back the Spanish or French title written just before it."""
    if "." not in text:
        return contacts
    kept = []
    for person in contacts:
        name = person["name"] or ""
        if name and " " not in name:
            for m in re.finditer(r"(?<![\w.])" + re.escape(name) + r"\b", text):
                if title := _TITLE.search(text, max(0, m.start() - 8), m.start()):
                    person = {**person, "name": f"{title.group(1)}. {name}"}
                    break
        kept.append(person)
    return kept
