"""A bound on each group's count said as how often: "accounts we lost deals at twice or more", "customers I've won
at least three times", "reps who lost more than once". Said of a group ranked or counted, it is the same bar as
"2 or more lost deals"; the verb says which deals are counted."""

from __future__ import annotations

import re

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
_HOW_OFTEN = (
    r"(?P<twice>twice or more|at least twice|two times or more|more than once|multiple times|several times"
    r"|repeatedly|(?:on )?more than one occasion)"
    rf"|(?P<least>at least|no fewer than) (?P<n>{_COUNT}) times"
    rf"|(?P<n2>{_COUNT})(?:\+| or more) times|(?P<n3>{_COUNT}) times or more"
    r"|more than (?P<over>twice|two times|(?:\d+|three|four|five) times)"
)
# the verb first, a few words between: "lose deals at twice or more", "won business from more than once"
_TIMES = re.compile(
    rf" (?P<verb>won|win|wins|winning|lost|lose|loses|losing|closed|close|closes) (?:[\w'-]+ ){{0,4}}?(?:{_HOW_OFTEN})"
    r"(?= )"
)
_VERB_METRIC = {"won": "won", "win": "won", "wins": "won", "winning": "won", "lost": "lost", "lose": "lost",
                "loses": "lost", "losing": "lost", "closed": "closed", "close": "closed",
                "closes": "closed"}  # fmt: skip


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word]


def times_bound(t: str) -> tuple[str | None, str]:
    """The bar said as how often ("lost>=2" for "lose deals at twice or more"), and ``t`` without its words."""
    found = _TIMES.search(t)
    if found is None:
        return None, t
    if found.group("twice"):
        bar = ">=2"
    elif over := found.group("over"):
        bar = f">{2 if over in ('twice', 'two times') else _number(over.split()[0])}"
    else:
        bar = f">={_number(found.group('n') or found.group('n2') or found.group('n3'))}"
    how_often = found.group(0)[len(found.group("verb")) + 2 :]
    return f"{_VERB_METRIC[found.group('verb')]}{bar}", t.replace(how_often, " ", 1)
