"""A figure asked of someone else and then "what's mine?": "Rocco wants everyone's 2017 won revenue for the team
sheet. what's mine?" asks the asker's own 2017 won revenue. The sentences before name the figure and its period;
whose it is, the last one says: the asker's, whoever the others named are."""

from __future__ import annotations

import re
from dataclasses import replace

from agents.offline.question import Question

# the last sentence asks only for the asker's own: "what's mine?", "and mine?", "how about me", "what are my numbers
# for it", "mine pls"
_MINE = re.compile(
    r"(?:^|[.!?]\s+)(?P<mine>(?:(?:so|and|ok|okay|well|but)\W+)?(?:what(?:'s| is| are|s| about| abt)|how about"
    r"|gimme|give me|and)?\s*(?:mine|me|my own|my one|my figure|my number)(?:\s+(?:pls|please|then))?\s*\??\s*)$",
    re.IGNORECASE,
)
_WHOSE = ("owner", "owners", "office", "exclude_owners")
_PEOPLE = ("rep", "manager", "office")  # a ranking of whose: the asker's own figure is their place in it


def mine_asked(text: str) -> str | None:
    """What ``text`` says before its closing "what's mine?" (the figure asked), or None when it doesn't close so."""
    found = _MINE.search(text.strip())
    if found is None:
        return None
    before = text.strip()[: found.start("mine")].strip()
    return before if len(before.split()) >= 3 else None


def as_mine(question: Question, text: str, before: str) -> Question | None:
    """``question`` (read from the sentences ``before``) as the asker's own figure; None when it is no figure. A
    ranking asked before ("which rep had the best Q3 win rate? and mine?") is answered too, then the asker's."""
    if question.style not in ("figure", "ranking") or not question.measures:
        return None
    scope = {k: v for k, v in question.scope.items() if k not in _WHOSE}
    if question.group_by not in (None, *_PEOPLE):  # "every rep's top 3 accts by won $. mine?": my top 3 accounts
        return replace(question, scope={**scope, "owner": "me"}, text=text)
    mine = replace(question, style="figure", group_by=None, top=None, scope={**scope, "owner": "me"}, text=text)
    if question.style == "ranking" and before.rstrip().endswith("?"):
        return Question("multi", text=text, parts=(question, mine))
    return mine
