"""The deal moved on the agenda of the forum that decides it, for ``timeline_slip``: "the November board is full, so
anything non-urgent has been bumped to their January meeting", "the committee has pushed our proposal to its March
sitting", "the remaining papers, ours included, were carried over to the 12 October session".

The forum itself was not moved (``cues_timeline.FORUM_MOVED`` reads that); the item was, to a later sitting, and it
counts when the item moved is this deal or every item like it: "the pension review has been bumped to their
January meeting" is other business, and a person moved to the board is no item at all. Its date is judged against the
expected close like any other (a sitting inside the window is no slip).
"""

from __future__ import annotations

import re

from agents.insights.signals import negated

_MOVED = re.compile(
    r"\b(?:bump(?:s|ed|ing)?|mov(?:es|ed|ing)|push(?:es|ed|ing)|defer(?:s|red|ring)|carri(?:es|ed)|carry(?:ing)?"
    r"|held|roll(?:s|ed|ing)|shift(?:s|ed|ing)|kick(?:s|ed|ing)|punt(?:s|ed|ing)|slid|slipp?(?:s|ed|ing))"
    r"(?: (?:back|out|over|forward))? (?:[\w'-]+ ){0,3}?(?:to|until|till|into|onto|for)"
    r" (?:the |their |its |our |his |her |a |next )?(?:[\w'-]+ ){0,3}?(?:meeting|sitting|session|agenda|board"
    r"|committee|panel)\b",
    re.IGNORECASE,
)
# what was moved: the deal, or every item like it ("anything non-urgent", "the remaining papers, ours included")
_ITEM = re.compile(
    r"\b(?:anything|everything|all|every|items?|papers?|submissions?|ours|yours|it|this|(?:our|your|the) (?:[\w-]+ )?"
    r"(?:proposal|project|business case|request|deal|purchase|contract|order|decision|sign-?off|approval"
    r"|investment))\b",
    re.IGNORECASE,
)
# the clause the move is in: a comma does not end it ("the remaining papers, ours included, were carried over")
_CLAUSE_BREAK = re.compile(r"[;:()\u2014]|,? \b(?:so|and|but|while|whereas|because)\b", re.IGNORECASE)


def agenda_moved(sentence: str) -> bool:
    """This deal (or every item like it) moved to a later sitting of a forum, as its own clause tells it."""
    for m in _MOVED.finditer(sentence):
        if negated(sentence, m.start(), m.end()):
            continue  # "our proposal hasn't been bumped to the October session"
        clause = _CLAUSE_BREAK.split(sentence[: m.start()])[-1] + m.group(0)
        if _ITEM.search(clause):
            return True
    return False
