"""A percentage off a list price said in a later sentence than the price: "List is fifty-four eight twenty for ten
seats. ... Fifteen percent off list I can do." The list figure less that percentage is the deal's value. Kept apart
from ``unit_terms`` and ``amount``. Patterns run on lower-cased text.

Only a cut given, not one asked for or refused ("we'd need fifteen percent off that", "can't do 15% off list"), and
only off a figure the note calls the list price, said up to three sentences before."""

from __future__ import annotations

import re

from memory.extract.numbers import Money, find_money, spelled_value
from memory.extract.text import lowered, sentences

_TENS = r"(?:twenty|thirty|forty|fifty)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_WORD_PERCENT = (
    _TENS + r"(?:[- ]" + _UNITS + r")?|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|" + _UNITS
)
_OFF_LIST = re.compile(
    r"(?<![\w.])(\d{1,2}(?:\.\d)?|" + _WORD_PERCENT + r")\s?(?:%|percent|per cent) off (?:the |our )?list\b"
)
# a cut asked for or refused: "we'd need 15% off list", "she wants twenty percent off list", "can't do 15% off"
_NOT_GIVEN = re.compile(
    r"(?:\b(?:no|not|without|asked for|asking for|wants?|wanted|need|needs|hoping for|pushing for|if)\b|n't\b)"
    r"[^.]{0,25}$"
)
_LIST = re.compile(r"\blist(?: price)?\b")


def list_discounts(text: str) -> list[Money]:
    """Each list figure less the percentage later given off it, placed where the percentage is said."""
    low = lowered(text)
    if "off list" not in low and "off the list" not in low and "off our list" not in low:
        return []  # the cheap test first
    parts = sentences(low)
    out = []
    for i, (offset, sentence) in enumerate(parts):
        for m in _OFF_LIST.finditer(sentence):
            if _NOT_GIVEN.search(sentence, max(0, m.start() - 30), m.start()):
                continue
            figure = _list_figure(text, parts, i)
            if figure is None:
                continue
            word = m.group(1)
            percent = float(word) if word[0].isdigit() else spelled_value(word.replace("-", " ").split())
            if 0 < percent < 100:
                at = offset + m.start()
                out.append(Money(figure.value * (1 - percent / 100), at, offset + m.end(), text[at : offset + m.end()]))
    return out


def _list_figure(text: str, parts: list[tuple[int, str]], i: int) -> Money | None:
    """The last figure in a sentence calling it the list price, among the three before sentence ``i``."""
    for offset, sentence in reversed(parts[max(0, i - 3) : i]):
        if _LIST.search(sentence):
            found = find_money(text[offset : offset + len(sentence)])
            if found:
                return found[-1]
    return None
