"""Typos of the words a sales question turns on, put right before the message is read: "how many opps got
engagd last month" asks about engaged deals, "prospectng pipline by quater" about prospecting pipeline by quarter.

A word is corrected only when it is one keystroke from a domain word (a letter dropped, doubled, swapped or struck
wrong), is no English word itself (the bundled model's vocabulary), and is no name the store knows. Without the
vocabulary nothing is corrected: a real word could not be told from a typo."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from agents.offline.vocabulary import common_words

# the words that decide what is counted, over which stage, dates and groups; all long enough that one keystroke
# from them is rarely another word
DOMAIN_WORDS = ("engaged", "engaging", "engagement", "prospecting", "prospects", "opportunity", "opportunities",
                "revenue", "pipeline", "quarter", "quarterly", "customers", "customer", "accounts", "account",
                "products", "product", "offices", "sectors", "managers", "average", "forecast", "conversion",
                "biggest", "largest", "smallest", "highest", "lowest", "closed", "closing", "company", "everyone",
                "everybody", "employees",
                # the sectors accounts are grouped in: "entertaiment vs finance accounts"
                "entertainment", "telecommunications", "marketing", "employment", "software", "medical", "services",
                "technology", "finance")  # fmt: skip
_MIN_LENGTH = 5
_WORD = re.compile(rf"[A-Za-z]{{{_MIN_LENGTH},}}")


def _edits(word: str) -> Iterator[tuple[int, str]]:
    """One-keystroke slips of ``word``, the likelier first: a letter dropped, two letters swapped, a letter
    doubled. A letter struck wrong or added is left out: too often that spells another word ("slowest", "closes")
    the vocabulary happens to lack; so is a dropped final "s" or "d", which leaves the singular or the present."""
    for i in range(len(word)):
        if not (i == len(word) - 1 and word[i] in "sd"):
            yield 0, word[:i] + word[i + 1 :]
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            yield 1, word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    for i in range(len(word)):
        yield 2, word[: i + 1] + word[i] + word[i + 1 :]


@lru_cache(maxsize=1)
def corrections() -> dict[str, str]:
    """Each typo and the domain word it stands for; a typo as likely to be either of two words is left alone."""
    english = common_words()
    if not english:
        return {}
    best: dict[str, tuple[int, str]] = {}
    tied: set[str] = set()
    for word in DOMAIN_WORDS:
        for rank, typo in _edits(word):
            if len(typo) < _MIN_LENGTH or typo in english or typo in DOMAIN_WORDS:
                continue
            held = best.get(typo)
            if held is None or rank < held[0]:
                best[typo] = (rank, word)
                tied.discard(typo)
            elif rank == held[0] and word != held[1]:
                tied.add(typo)
    return {typo: word for typo, (_, word) in best.items() if typo not in tied}


# short words slipped in chat, too short for the one-keystroke rule and no word of their own: "teh team's",
# "waht was", "the qtr befor that"
_SLIPS = {"teh": "the", "waht": "what", "whta": "what", "wat": "what", "wats": "whats", "taht": "that",
          "thier": "their", "befor": "before", "howmany": "how many", "hwo many": "how many",
          # texting with the vowels left out: "hw mny deals did ma team win in decembr, n how much $ was tht"
          "hw": "how", "mny": "many", "wht": "what", "whts": "whats", "tht": "that", "ma team": "my team",
          "ma deals": "my deals", "ma wins": "my wins", "ma pipeline": "my pipeline", "ma pipe": "my pipe",
          "ma accounts": "my accounts", "ma reps": "my reps", "ma numbers": "my numbers", "n how": "and how",
          "n what": "and what", "n whats": "and whats", "n which": "and which", "n who": "and who",
          # the apostrophe dropped: "whos got the best wr", "whats my teams rev" (one team is the asker's)
          "whos": "who's", "my teams": "my team's"}  # fmt: skip
_SLIP = re.compile(r"\b(?:" + "|".join(sorted(_SLIPS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def corrected(text: str, is_name: Callable[[str], bool] = lambda _: False) -> str:
    """``text`` with each domain-word typo spelt right; names the store knows stay as written."""
    text = _SLIP.sub(lambda m: m[0] if is_name(m[0]) else _SLIPS[m[0].lower()], text)
    fixes = corrections()

    def fix(match: re.Match[str]) -> str:
        word = match[0]
        right = fixes.get(word.lower())
        return right if right is not None and not is_name(word) else word

    return _WORD.sub(fix, text) if fixes else text
