"""Lists that name the special categories themselves, as privacy and compliance talk does ("whether your
platform processes any special category data (health, biometrics, union membership etc.)", "never log
religion, politics or union membership"): a cue inside such a list names a kind of data, not anything
about the person who wrote or reads it (LABELS.md: a text is sensitive only about an identifiable person).

A list is two or more of the labels below, joined by commas, slashes, "and" or "or", that no one owns: "his
health, religion and union membership" are his.
"""

from __future__ import annotations

import re

_LABEL = (
    r"(?:(?:trade[- ])?union (?:membership|affiliation|status)|trade[- ]unions?|health(?: (?:data|information|info|"
    r"records|conditions?|status))?|medical (?:data|records|history|information|conditions?)|biometrics?(?: data| "
    r"information| identifiers)?|genetic (?:data|information|test results)|genetics|religion|religious (?:beliefs?|"
    r"views|affiliation)|(?:religious or )?philosophical beliefs?|beliefs|politics|political (?:opinions?|views|"
    r"affiliations?|beliefs|leanings)|ethnicity|ethnic (?:origin|background)|race|racial (?:or ethnic )?origin|"
    r"sexual orientation|sexuality|sex life|gender identity|criminal (?:records?|convictions?|offen[cs]es|history|"
    r"background)|convictions|disabilit(?:y|ies)(?: status)?|pregnancy|immigration status|age|gender|marital status)"
)
_JOIN = r"(?:\s*(?:,|/|;)\s*(?:and |or )?|\s+(?:and|or|and/or)\s+)"
_LIST = re.compile(r"\b" + _LABEL + r"(?:" + _JOIN + _LABEL + r")+\b(?:,? etc\.?|,? and so on)?", re.IGNORECASE)


# a list that is someone's ("his health, religion and union membership") is about that someone
_OWNED = re.compile(r"(?:\b(?:his|her|my|their)|\b(?-i:[A-Z][a-z]+)(?:'s|’s)) $", re.IGNORECASE)


def category_lists(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of category names in ``text`` that no one owns."""
    return [m.span() for m in _LIST.finditer(text) if not _OWNED.search(text, 0, m.start())]


def inside_a_list(lists: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the span ``start``-``end`` lies wholly within one of ``lists``."""
    return any(a <= start and end <= b for a, b in lists)
