"""A rough figure that restates an exact one: "481,824 dollars, a touch under half a million", "just shy of 50k,
49,338 to be exact". The rough one is a gloss on the exact figure, not a correction of it, so it never wins."""

from __future__ import annotations

import re

from memory.extract.numbers import Money

# hedges that make a figure a rough size, said just before it
_HEDGE = re.compile(
    r"\b(?:a (?:touch|hair|tad|smidge|bit|little|shade|whisker)|just|slightly|fractionally|a fraction) "
    r"(?:under|over|below|above|shy of|north of|south of|less than|more than)\s+$"
    r"|\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|circa|ca\.|give or take|call it|"
    r"ballpark|shy of|north of|south of|close to|getting on for|the best part of)\s+$",
    re.IGNORECASE,
)
_NEAR = 0.1  # how close in value the exact figure must be for the rough one to be its restatement


def _exact(money: Money) -> bool:
    """A figure given to the unit, not rounded to a thousand: 481,824 but not 500,000 or 48k."""
    return money.value >= 100 and money.value % 1000 != 0


def demote_rough(text: str, ranked: list[tuple[int, int, Money]]) -> list[tuple[int, int, Money]]:
    """``ranked`` (tier, position in ``text``, figure) with each hedged round figure ranked below an exact figure
    of nearly the same value said in the note; other figures (and self-corrections to a new value) untouched."""
    exact = [m for _, _, m in ranked if _exact(m)]
    if not exact:
        return ranked
    out = []
    for tier, pos, money in ranked:
        hedged = not _exact(money) and _HEDGE.search(text, max(0, pos - 40), pos)
        if hedged and any(abs(e.value - money.value) <= _NEAR * money.value for e in exact):
            tier -= 1
        out.append((tier, pos, money))
    return out
