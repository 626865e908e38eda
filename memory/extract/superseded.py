"""A field written twice, the old value beside the new: "| Close (old) | 31 Aug |" and "| Close (new) | 29 Sep |",
"Value (previous): 40k" then "Value (current): 45k". The old row is dropped before the readers see it, so only the
new one is read. An "(old)" row with no new row for the same field stays: it is all the note says.
"""

from __future__ import annotations

import re

_OLD = frozenset("old previous prev original was before".split())
_ROW = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?([A-Za-z][A-Za-z /-]{0,30}?)[ \t]*"
    r"\((old|previous|prev|original|was|before|new|current|revised|updated|now)\)[ \t]*[|:][^\n]*$",
    re.M | re.I,
)


def drop_superseded_rows(text: str) -> str:
    """``text`` with each "(old)" field row blanked when a "(new)" row for the same field is there too."""
    if "(" not in text:
        return text
    rows = list(_ROW.finditer(text))
    newer = {m.group(1).strip().lower() for m in rows if m.group(2).lower() not in _OLD}
    for m in reversed(rows):
        if m.group(2).lower() in _OLD and m.group(1).strip().lower() in newer:
            text = text[: m.start()] + text[m.end() :]
    return text
