"""A spoken total with its "thousand" left out, read as thousands once the note has said figures in thousands
(kept apart from ``amount``, at its size limit): "twenty-two thousand plus the three K onboarding, so twenty-five
all in, log twenty-five"; and the figures of a haggle said the same way, "the list is fifty-three five thirty-six
... can you do fifty flat? ... I can get to fifty-one and a half" (51,500)."""

from __future__ import annotations

import re

from memory.extract.numbers import Money, find_money, spelled_value

_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SMALL_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_BARE = (
    r"(\d{1,3}(?:\.\d{1,2})?|" + _TENS_WORD + r"(?:[- ]" + _SMALL_WORD + r")?|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|" + _SMALL_WORD + r")"
)
_NO_SCALE_AFTER = (
    r"(?![\w.,]*\d)(?!\s*(?:[$€£%]|k\b|m\b|mil|thousand|grand|hundred|million|bn|per|percent))"
    # said alone, not counting something: "log twenty-five.", "so 25 all in", not "a total of four passes"
    r"(?=\s*(?:[.,;:!?)\n—–'’\"-]|$|"
    r"(?:all[- ]in|for (?:the|it|now|everything|your|our)|with|in total|then|now|and|so|if)\b))"
)
# its hundreds said after it: "fifty-one and a half", "fifty-one five" (51,500); or "flat"
_TAIL = r"(?:(\s+and\s+a\s+half|[ -]" + _SMALL_WORD + r")(?![\w-])|\s+flat\b)?"
_ALONE = _BARE + r"\b" + _TAIL + _NO_SCALE_AFTER
_SAID_TAIL = r"(\s+and\s+a\s+half|[ \t]" + _SMALL_WORD + r")(?![\w-])"  # the hundreds, said
_ELIDED = re.compile(
    r"\b(?:log|call it|assume|total(?: of)?|all[- ]in (?:at|for)|hold(?: at)?|"
    # a price offered or asked in a haggle: "can you do fifty flat?", "I can get to fifty-one and a half"
    r"(?:can|could) you do|(?:i|we) can do|get (?:you )?(?:down )?to|come down to|meet (?:you )?at|settle (?:at|on))\s+"
    + _ALONE
    + r"|(?<![\w.,])"
    + _ALONE
    + r"\s+all[- ]in\b"
    # the price after a discount, its hundreds said: "38,500 - well, thirty-six five after the discount" (36,500)
    + r"|(?<![\w.,])"
    + _BARE
    + r"\b"
    + _SAID_TAIL
    + r"(?=\s+(?:after|with|net of|less|minus) (?:the |our |a |that |his |her |their )?discount\b)"
    # ... or a figure taken back for one said so: "38,500 - well, thirty-six five", "forty-two, sorry, forty-one five"
    + r"|\b(?:well|sorry|actually|i mean|or rather|make (?:it|that)),?\s+"
    + _BARE
    + r"\b"
    + _SAID_TAIL
    + r"(?![\w.,]*\d)(?!\s*(?:[$€£%]|k\b|m\b|mil|thousand|grand|hundred|million|bn|per|percent|of\b|to\b))"
)  # run on the lower-cased text
# "assume 16.5 for your forecast"; a price kept: "we'll hold 47.5"
ELIDED_CUES = (
    "log",
    "call it",
    "assume",
    "total",
    "all in",
    "all-in",
    "hold",
    "you do",
    " can do",
    "get ",
    "come down",
    "meet ",
    "settle ",
    "discount",
    "well",
    "sorry",
    "actually",
    "i mean",
    "rather",
    "make ",
)


def elided_thousands(
    low: str, ranked: list[tuple[int, int, Money]], end: int, start: int
) -> list[tuple[int, int, Money]]:
    """The bare totals said with a cue ("log twenty-five", "25 all in") read as thousands, when that puts them
    beside the largest figure the note states (half to twice it): "log 12 seats" or "call it 3 weeks" is no
    money; ``low`` is the lower-cased text, read from ``start`` up to ``end`` (the quoted history)."""
    # with no figure of the deal's own, any the note states gives the scale: "Quorvia quoted 41k ... we'll hold 47.5"
    stated = max([r[2].value for r in ranked] or [m.value for m in find_money(low[:end])], default=0)
    if stated < 1000:
        return []
    out = []
    for m in _ELIDED.finditer(low, start, end):
        group = next(g for g in (1, 3, 5, 7) if m.group(g))
        word, tail = m.group(group), (m.group(group + 1) or "").replace("-", " ").split()
        n = float(word) if word[0].isdigit() else spelled_value(word.replace("-", " ").split())
        value = (n + (0.5 if "half" in tail else spelled_value(tail) / 10 if tail else 0)) * 1000
        if stated / 2 <= value <= stated * 2:
            at = m.start(group)
            out.append((2, at, Money(value, at, at + len(word), word)))
    return out
