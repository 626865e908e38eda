"""A person typed in lower case in a note that otherwise has capitals, given a capitalised title straight after:
"jonas eriksen is VP Customer Experience btw", "fyi maria santos is the Head of IT". Chat notes are typed in a
hurry; the title written with capitals, after "is", says the two lower-case words before it are a person (a
title in brackets after them is read in ``people``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from memory.extract.lowercase import NOT_NAME
from memory.extract.roles import TITLE_CORE, heads_title
from memory.extract.sides import Sides

_TITLE_AFTER = re.compile(
    r"(?<![\w'’@#])([a-z]{2,}(?: [a-z]{2,}){1,2})(?:['’]s| is| was| has become| became"
    # after a comma only a two-word name with whose title it is: "jonas berg, their CFO", "ana ruiz, she's VP Sales"
    r"|(?P<comma>, (?:(?:he|she)(?:['’]s| is)|their|the|our)))(?: the| their| now)? "
    r"(?P<title>(?:[A-Z][\w&/.-]*)(?: (?:[A-Z][\w&/.-]*|of|and|&|for|the))*)"
)

# ... or a bare title between commas, as said aloud: "so kemal aydin, IT coordinator, confirmed", "ok ana ruiz, VP
# Sales, wants it by june"; the title opens on a capital (an acronym or a capitalised word), its case mixed after
_BARE_TITLE_AFTER = re.compile(
    r"(?<![\w'’@#])([a-z]{2,}(?: [a-z]{2,}){1,2}), "
    r"(?P<title>[A-Z][\w&/.-]*(?: (?:[A-Za-z][\w&/-]*|of|and|&|for|the)){0,3}?)(?=,[ \t]|\.(?:\s|$)|[ \t]*[;(])"
)
# ... or a lower-case title after "he's"/"she's", closed by a comma or a stop: "kofi mensah, he's ops lead, 20 seats"
_LOWER_TITLE_AFTER = re.compile(
    r"(?<![\w'’@#])([a-z]{2,}(?: [a-z]{2,}){1,2}), (?:he|she)(?:['’]s| is) (?:the |their |our )?"
    r"(?P<title>[a-z][\w&/-]*(?: (?:[a-z][\w&/-]*|of|and|&|for|the)){0,3}?)(?=,[ \t]|\.(?:\s|$)|[ \t]*[;(])"
)
# where a name given with its title after a comma stands: the note's start, or after a stop, colon or dash
_CLAUSE_START = re.compile(r"(?:^|[.:;!?(\n]|\s[-–—]|¤,)\s*$")  # or after the account heading: "acme, jo lee, ..."
# a chat's asides before a name: "fyi maria santos is ...", "btw tomas berg's the CFO"
_CHAT_WORDS = frozenset("fyi btw ps oh ok okay plus note update most more also just".split())
# "he most recently was", "his actual title is": a pronoun or a determiner before the words, no name
_PRONOUN_BEFORE = re.compile(
    r"\b(?:he|she|who|they|it|we|i|you|his|her|their|our|my|your|its|the|a|an|this|that)\s+$", re.IGNORECASE
)


def lower_named(
    masked: str, stop: Iterable[str], valid_role: Callable[[str], str | None], sides: Sides
) -> list[tuple[str, str]]:
    """``(Name, role)`` for each lower-case full name given a capitalised title after "is" or a comma."""
    if not any(link in masked for link in (" is ", "'s ", "’s ", ", ")):  # the cheap test first
        return []
    stop_words = set(stop) | NOT_NAME | _CHAT_WORDS
    found = []
    for m in [*_TITLE_AFTER.finditer(masked), *_bare_titles(masked)]:
        words = m.group(1).split()
        while len(words) > 2 and words[0] in stop_words:
            words = words[1:]  # "fyi maria santos": the name is the last words
        role = valid_role(m.group("title").rstrip("."))  # "jonas berg, their CFO. wants it by june": the stop ends it
        comma = m.re is not _TITLE_AFTER or m.group("comma")
        if comma and (len(words) != 2 or not _CLAUSE_START.search(masked[: m.start(1)])):
            continue  # "speed dial phones, their IT group": running prose, not a name opening a clause ("so" may)
        if len(words) < 2 or not role or any(w in stop_words or w.endswith("ly") for w in words):
            continue  # "he most recently was Managing Director": an adverb, no name
        start = m.start(1) + m.group(1).index(words[0])
        if _PRONOUN_BEFORE.search(masked, max(0, start - 12), start):
            continue
        if sides.not_customer(start, m.end(1), " ".join(words)):
            continue
        found.append((" ".join(w.capitalize() for w in words), role))
    return found


def _bare_titles(masked: str) -> list[re.Match[str]]:
    """Names given a bare title between commas, or a lower-case one after "he's", when the title is one whole (a
    title's word at either end: "IT coordinator", "VP ops"): "pricing, CFO wants a discount," names no one."""
    found = []
    for m in (m for pattern in (_BARE_TITLE_AFTER, _LOWER_TITLE_AFTER) for m in pattern.finditer(masked)):
        words = m.group("title").lower().split()
        if words[0] in TITLE_CORE or words[-1] in TITLE_CORE or heads_title(m.group("title")):
            found.append(m)
    return found
