"""Which words of a capitalised run form a person's name (kept apart from ``people``, at its size limit): stop words
break a run, except a given name that is a stop word too ("Mark Dunne", "Sunday Adeleke") or a common word as the
surname of a name standing alone ("Gwenllian Price"); a run with a capitalised verb inside is a headline's."""

from __future__ import annotations

import re

from memory.extract.common_words import COMMON
from memory.extract.name_edges import SIGN_OFF_WORDS, common_surname, stands_alone

# a verb opening a question ("Is Kaspar on?", "Did Marta sign?"): no name's word; inside a run, a headline's
_AUXILIARIES = frozenset("Is Are Was Were Does Did".split())
# stop words that are also given names, kept when a surname follows
GIVEN_NAMES_TOO = frozenset(("Mark",))
# stop words that are also the middle of a name, kept between two name words: "Jae Won Park" (a CRM stage elsewhere)
_MIDDLE_NAMES_TOO = frozenset(("Won",))
# calendar words that are given names too: "Sunday Adeleke (COO)", "June Okafor"; not "May", which opens wishes
# and questions ("May God bless", "May I ask") far more often
# greetings that are never a given name, though a line may start "Hi Marta" with no comma
_GREETINGS = frozenset("hi hello hey dear".split())
_CALENDAR_NAMES = frozenset("Sunday April June August".split())
_DATE_PREPOSITION = re.compile(
    r"\b(?i:on|in|since|by|until|till|from|last|next|this|every|of|before|after|early|mid|late)\W*$"
)


def clean_runs(m: re.Match[str], stop: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of the runs of words in a capitalised match that are not stop words: the longest, and
    any other of two words or more ("VP Customer Success Nora Fields" -> "Nora Fields"; "Legal Jim Derrick
    Treasury Ray Bowen" -> both names). A lone word elsewhere in the match is a heading's, not a first name."""
    runs: list[tuple[int, int, int]] = []  # start, end, words
    words = list(re.finditer(r"\S+", m.group(0)))
    if any(w.group(0) in _AUXILIARIES for w in words[1:]):
        return []  # a verb capitalised inside the run is a headline's: "Some Math Is Missing"
    for k, w in enumerate(words):
        # "Mark" is an order ("Mark it Won") unless a surname follows: "Mark Dunne"
        given = w.group(0) in GIVEN_NAMES_TOO and k + 1 < len(words) and words[k + 1].group(0).lower() not in stop
        given = given or _calendar_given_name(m, words, k, stop)
        given = given or (
            w.group(0) in _MIDDLE_NAMES_TOO
            and 0 < k < len(words) - 1
            and words[k - 1].group(0).lower() not in stop
            and words[k + 1].group(0).lower() not in stop
        )
        # a common word as the surname of a name standing alone: "Gwenllian Price" signing a mail
        given = given or (
            k == 1
            and len(words) == 2
            and words[0].group(0).lower() not in stop
            and common_surname(m.string, m.start(), m.end(), w.group(0), COMMON)
        )
        # a common word as the given name of a name standing alone: "Selam Tesfaye <selam@...>", "May Lindqvist\nCFO"
        given = given or (
            k == 0
            and len(words) == 2
            and w.group(0).lower() not in SIGN_OFF_WORDS | _GREETINGS
            and words[1].group(0).isalpha()
            and words[1].group(0).lower() not in stop
            and stands_alone(m.string, m.start(), m.end())
        )
        opening = not (runs and runs[-1][2])  # a particle opens no name: "Directora de Operaciones"
        if (w.group(0).lower() in stop and not given) or (opening and w.group(0)[0].islower()):
            runs.append((0, 0, 0))  # a break
        elif runs and runs[-1][2]:
            runs[-1] = (runs[-1][0], m.start() + w.end(), runs[-1][2] + 1)
        else:
            runs.append((m.start() + w.start(), m.start() + w.end(), 1))
    longest = max(runs, key=lambda r: r[2], default=(0, 0, 0))
    return [(start, end) for start, end, n in runs if n >= 2 or (n and (start, end, n) == longest)]


def _calendar_given_name(m: re.Match[str], words: list[re.Match[str]], k: int, stop: frozenset[str] | set[str]) -> bool:
    """Whether a calendar word opens a two-word name ("Sunday Adeleke"), not a date before a name ("on Sunday
    Kiera Blackwood called", "since June Ola"): only the whole run, its surname no stop word, no date word before."""
    if words[k].group(0) not in _CALENDAR_NAMES or k != 0 or len(words) != 2:
        return False
    if words[1].group(0).lower() in stop or not words[1].group(0).isalpha():
        return False
    return not _DATE_PREPOSITION.search(m.string, max(0, m.start() - 12), m.start())


_MONTHS = frozenset("jan feb mar apr may jun june jul july aug sep sept oct nov dec".split())
# a day of the month after the word: "on Jan 12", "Sept 3rd", "by June 30,"; not a count ("Jan 12 seats")
_DAY_AFTER = re.compile(
    r"\.?[ \t]+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w:/-]|\.\d)"
    r"(?![ \t]+(?:seats?|users?|licen[cs]es?|units?|people|heads?|of)\b)"
)


def month_and_day(text: str, end: int, word: str) -> bool:
    """Whether ``word``, ending at ``end``, is a month written with its day ("webinar on Jan 12"): a date, no name."""
    return word.lower() in _MONTHS and _DAY_AFTER.match(text, end) is not None
