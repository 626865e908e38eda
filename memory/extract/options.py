"""Options offered side by side, each with its figure ("A) 5 seats $5,480, B) 10 seats $10,960, C) ..."), and the
one the note says to log ("log the middle option", "log option B", "book the cheapest one")."""

from __future__ import annotations

import re

from memory.extract.numbers import find_money

# an option's label opening its item: "A)", "(b)", "Option 2:", "1." at a line's start
_LABEL = re.compile(
    r"(?:(?<=\s)|^|(?<=[,;:]))\(?(?:option\s+)?([a-d]|[1-4])\)(?=\s)|\boption\s+([a-d]|[1-4])\s*[:=-]\s"
)
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
# the order to log one of them: "log the middle option", "so log option B", "put down the cheapest one"
_LOG_OPTION = re.compile(
    r"\b(?:log|book|use|enter|record|put down|go with)\s+(?:the\s+)?"
    r"(?:(middle|first|second|third|fourth|last|cheapest|smallest|lowest|biggest|largest|highest|top)"
    r"\s+(?:option|one|tier|package)|option\s+([a-d]|[1-4])\b)"
)


def option_to_log(text: str) -> float | None:
    """The figure of the option the note says to log, or None when it lists no options or picks none."""
    low = text.lower()
    pick = _LOG_OPTION.search(low)
    if pick is None:
        return None
    labels = list(_LABEL.finditer(low))
    figures: dict[str, float] = {}
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(low)
        end = min(end, *(i for i in (low.find(c, m.end()) for c in ".\n;") if i != -1), len(low))
        found = find_money(text[m.end() : end])
        if found:
            figures.setdefault(m.group(1) or m.group(2), found[-1].value)
    if len(figures) < 2:
        return None  # one figure is no choice between options
    if pick.group(2):
        return figures.get(pick.group(2))
    values = list(figures.values())  # in the order offered
    word = pick.group(1)
    if word in _ORDINALS:
        return values[_ORDINALS[word]] if _ORDINALS[word] < len(values) else None
    if word == "middle":
        return values[len(values) // 2] if len(values) % 2 else None
    if word == "last":
        return values[-1]
    return min(values) if word in ("cheapest", "smallest", "lowest") else max(values)
