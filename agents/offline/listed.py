"""Asks listed in one message, each a question of its own however terse: items numbered in a line ("1) team win
rate YTD 2) how many open deals"), counts one after another ("how many did we engage in November, how many did we
close that month"), and figures listed after a colon that says whose ("For Kami: win rate, # of open deals, and her
biggest win")."""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.entities import Gazetteer, find_mentions, tokens_of
from agents.offline.measures import measures_of

# items numbered in one line: "1) team win rate YTD 2) how many open deals", "(1) my Q3 wins (2) my pipeline"
NUMBERED = re.compile(r"(?:^|\s+)\(?[1-9]\)\s+|\s+[1-9]\.\s+(?=[a-z])", re.IGNORECASE)


# a lead that only asks for the items after it: "Hayden - ahead of Thursday please bring", "can you pull me"
_ASKS_FOR_ITEMS = re.compile(
    r"\b(?:bring|send|pull|get|give|prepare|have ready|share|need|want|gather|compile|collect|dig up|grab)"
    r"(?: (?:me|us|along|over|in))?\s*[:\-–—]?\s*$",
    re.IGNORECASE,
)


def lead_asks_for_items(lead: str) -> bool:
    """Whether the numbered list's ``lead`` only asks for the items it introduces."""
    return _ASKS_FOR_ITEMS.search(lead) is not None


_YOUR = re.compile(r"\byour\b", re.IGNORECASE)
# the colleague a note opens on: "Hayden - ahead of Thursday ...", "Hi Kami, ..."
_ADDRESSED = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:hi|hey|hello|dear)\s+)?(?P<who>[A-Z][\w'-]+)[ \t]*(?:[,:!]|\s[-–—])", re.MULTILINE
)


def addressed_items(lead: str, items: list[str], gazetteer: Gazetteer) -> list[str]:
    """The items a note addressed to a colleague asks of them, with their "your" made theirs ("Hayden - please
    bring (1) your won revenue": Hayden's won revenue), so a note forwarded by its addressee reads as theirs."""
    for found in _ADDRESSED.finditer(lead):  # a header line ("From: Celia Rouche") is no one addressed
        people = [m for m in find_mentions(gazetteer, tokens_of(found["who"])) if m.kind == "person"]
        if len(people) == 1:
            return [_YOUR.sub(f"{people[0].name}'s", item) for item in items]
    return items


def numbered_lead(text: str) -> str:
    """What comes before the first of two or more numbered items ("quick one before my 1:1 - "), "" if nothing."""
    found = list(NUMBERED.finditer(text))
    return text[: found[0].start()].strip() if len(found) >= 2 else ""


# a second count after a comma, in a clause that opened on one: "how many did my team engage in November, how many
# did we close that month"; not after a remark ("moses sent three deals to legal, how many did he win")
_ANOTHER_COUNT = re.compile(r",\s+(?=how many (?:did|do|does|have|has|had|were|are|was|is)\b)", re.IGNORECASE)


# a count asked after a figure named bare: "software sector - q4 won rev and how many deals still open there"
_FIGURE_THEN_COUNT = re.compile(r"\s+(?:and|&|plus)\s+(?=how many\b)", re.IGNORECASE)
_QUESTION_WORD = re.compile(r"\b(?:how|what|whats|what's|which|who|whose|where|when|did|do|does|is|are)\b", re.I)


def counts_in_a_row(clause: str) -> list[str]:
    """The counts asked one after another in a clause that opens on one, each a clause of its own; a count after a
    figure named with no question word is a clause of its own too."""
    if not re.match(r"(?:how many|how much)\b", clause, re.IGNORECASE):
        named, *count = _FIGURE_THEN_COUNT.split(clause, maxsplit=1)
        return [named, *count] if count and not _QUESTION_WORD.search(named) else [clause]
    return [c.strip() for c in _ANOTHER_COUNT.split(clause) if c.strip()]


# figures listed after a colon that says whose: "For Kami: win rate this year, # of open deals, and her biggest win"
_COLON_LIST = re.compile(r"^(?P<whose>[^:?]{2,40}):\s*(?P<items>[^:?]+?)\??\s*$")
_ASKED_ALREADY = re.compile(
    r"\s*(?:how|what|what's|whats|which|who|who's|where|when|is|are|was|were|did|do|does|has"
    r"|have|can|could)\b",
    re.IGNORECASE,
)
_ITEM_BREAK = re.compile(r",\s*(?:and\s+|plus\s+|\+\s*)?|\s+(?:and|plus)\s+(?=(?:her|his|their|the|# of|number of)\b)")


def listed_after_colon(text: str) -> list[str] | None:
    """The items of a list after "whose:" as questions of their own, each led by the words before the colon; None
    unless there are two or more, split by commas."""
    m = _COLON_LIST.match(text.strip())
    if m is None or "," not in m.group("items"):
        return None
    if _ASKED_ALREADY.match(m.group("items")):
        return None  # "Darcel and Gladys: how many deals did each win in October, and in November?": one question
    items = [i.strip() for i in _ITEM_BREAK.split(m.group("items")) if i.strip(" .,!-")]
    if len(items) < 2 or any(len(i.split()) > 12 or not _names_a_figure(i) for i in items):
        return None  # "MG Special: closed deals, won and lost together, for me?": one figure told three ways
    return [f"{m.group('whose').strip()}: {item}" for item in items]


def _names_a_figure(item: str) -> bool:
    """Whether a listed item names a figure or one deal of its own ("win rate this year", "her biggest win")."""
    t = lx.normalised(item)
    return bool(measures_of(t)) or re.search(r" (?:biggest|largest|smallest|oldest|newest|latest|best|worst|top)"
                                             r" ", t) is not None  # fmt: skip


# numbered items that are each only whose figure it is: "Q3 won revenue (1) for me (2) for Kami": the sides of one
# figure, read as "for me vs for Kami"
_FOR_WHOM = re.compile(r"^(?:for|of|by) [\w'-]+(?: [\w'-]+)?[\s,;.]*$", re.IGNORECASE)


def numbered_sides(text: str) -> str:
    """``text`` with numbered "for X" items after a lead joined by "vs"; ``text`` itself otherwise."""
    found = list(NUMBERED.finditer(text))
    if len(found) < 2 or not text[: found[0].start()].strip():
        return text
    items = [text[a.end() : b.start() if b else None].strip() for a, b in zip(found, [*found[1:], None], strict=True)]
    if not all(_FOR_WHOM.match(item) for item in items):
        return text
    return f"{text[: found[0].start()].strip()} " + " vs ".join(item.rstrip(" ,;.") for item in items)
