"""What a question leaves out by name rather than asks about: "besides Kan-code", "leave Carl out", "skip Natalya",
"Kan-code aside", "(so not Carl)", the asker ("leave me off the list"); and what it names only as a contrast ("as
opposed to Dustin's"), which neither scopes nor leaves out anything."""

from __future__ import annotations

import re

from agents.offline.entities import Mention
from agents.offline.set_aside import not_them_after as _not_them_after

_SCOPE_KEY = {"person": "exclude_owners", "account": "exclude_accounts", "product": "exclude_products",
              "sector": "exclude_sectors"}  # fmt: skip
# words that put what follows them out of the question: "besides Kan-code", "not counting the MG Special deals"
_LEAVE_OUT = ("besides", "except", "excluding", "exclude", "excl", "ignoring", "ignore", "minus", "without", "sans",
              "skip", "skipping")  # fmt: skip
_LEAVE_OUT_PAIRS = (("other", "than"), ("apart", "from"), ("aside", "from"), ("not", "counting"),
                    ("not", "including"), ("leave", "out"), ("leaving", "out"), ("except", "for"), ("take", "out"),
                    ("taking", "out"), ("leave", "aside"), ("set", "aside"), ("other", "then"),
                    ("so", "not"), ("but", "not"),
                    # what the deals counted were not: "how many of my wins this year were NOT GTX Basic?"
                    ("were", "not"), ("are", "not"), ("was", "not"), ("is", "not"))  # fmt: skip
_NOT_BEING = {"weren't", "werent", "aren't", "arent", "wasn't", "wasnt", "isn't", "isnt"}
_FILLER = {"the", "any", "all", "of", "our", "my", "those", "these", "a", "an", "its", "their"}
_PUT = {"leave", "leaving", "keep", "keeping", "take", "taking", "cut", "count", "counting"}  # "leave Carl out"


def excluded(tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """The mentions a question leaves out rather than asks about."""
    return [m for m in mentions if m.kind in _SCOPE_KEY and _left_out(tokens, m)]


# "(as opposed to Dustin's)", "all reps in the office, not just Celia's": named to say the scope is wider
_CONTRAST = (("opposed", "to"), ("rather", "than"), ("instead", "of"), ("unlike",), ("not", "just"), ("not", "only"))


def contrasted(tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """Mentions named only as a contrast, which neither scope nor leave out anything: "(as opposed to Dustin's)"."""
    return [m for m in mentions if any(tuple(tokens[max(0, m.start - len(c)) : m.start]) == c for c in _CONTRAST)]


# the asker set aside from what they ask: "top 3 reps by won rev - leave me off the list", "everyone but me"
_ME_LEFT_OUT = re.compile(
    r" (?:leave|leaving|keep|keeping|take|taking) (?:me|myself) (?:off|out)(?: of)?(?: (?:the|this|that) (?:list"
    r"|ranking|board|table|count))?(?= )"
    r"| (?:not counting|excluding|except|except for|minus|without|skip|skipping|ignore|ignoring|other than|besides"
    r"|but|apart from|aside from) (?:me|myself)(?= )"
)


# "who else is working deals there", "anyone else on my team": others than the asker, the question word kept
_ELSE = re.compile(r" (who|whos|who's|anyone|anybody|someone|somebody) else(?= )")


def without_me(t: str) -> tuple[str, bool]:
    """``t`` without the words that set the asker aside, and whether there were any."""
    if (other := _ELSE.search(t)) is not None:
        return t[: other.start()] + f" {other.group(1)}" + t[other.end() :], True
    found = _ME_LEFT_OUT.search(t)
    return (t, False) if found is None else (t[: found.start()] + " " + t[found.end() :], True)


def exclusions(left_out: list[Mention]) -> dict[str, list[str]]:
    scope: dict[str, list[str]] = {}
    for m in left_out:
        scope.setdefault(_SCOPE_KEY[m.kind], []).append(m.name)
    return scope


def _left_out(tokens: list[str], m: Mention) -> bool:
    before = tokens[max(0, m.start - 4) : m.start]
    while before and before[-1] in _FILLER:
        before = before[:-1]
    if before[-2:] in (["ones", "in"], ["ones", "from"], ["ones", "at"], ["accounts", "in"]):
        before = before[:-2]  # "accounts except the ones in retail": what the ones are, said by where they are
        while before and before[-1] in _FILLER:
            before = before[:-1]
    if before and (before[-1] in _LEAVE_OUT or before[-1] in _NOT_BEING):
        return True
    if len(before) >= 2 and tuple(before[-2:]) in _LEAVE_OUT_PAIRS:
        return True
    after = tokens[m.end : m.end + 3]
    if after[:1] == ["aside"] and after[1:2] != ["from"]:
        return True  # "Kan-code aside, which 4 accounts ..."
    put = tokens[max(0, m.start - 2) : m.start]
    return (bool(set(put) & _PUT) and "out" in after) or _not_them_after(tokens[m.end : m.end + 7])
