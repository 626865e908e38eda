"""Where a name's run ends, at the edges the people reader can get wrong: a mail's greeting word before one of our
own first names ("Hei Zane,"), a word typed after a first name ("met priya today (cfo)"), and a family firm's
first word that is also its people's surname ("Miriam Kaplan (co-owner)" at Kaplan & Sons Hardware)."""

from __future__ import annotations

import re

from memory.extract.lowercase import NOT_NAME

# words typed after a first name that are no surname: "met priya today (cfo)", "talked to emine again (owner)"
_AFTER_A_NAME = NOT_NAME | frozenset("today yesterday tomorrow earlier later tonight too back once twice first".split())


def trails_a_name(word: str) -> bool:
    """Whether a lower-case ``word`` after a first name is an adverb, not a surname."""
    return word in _AFTER_A_NAME or word.endswith("ly")


def salutes_ours(text: str, start: int, end: int, second: str, excluded: set[str]) -> bool:
    """Whether a two-word run alone on its line, closed by a comma, is a greeting word then one of our own
    people's first names: the salutation line of a mail written to us."""
    alone = (start == 0 or text[start - 1] == "\n") and re.match(r"[,!][ \t]*(?:\n|$)", text[end : end + 4])
    return bool(alone) and any(e.split()[0] == second.lower() for e in excluded)


def surname_of(first: str) -> re.Pattern[str]:
    """A given name just before a family firm's first word, the word then its role: "Miriam Kaplan (co-owner)" at
    Kaplan & Sons, "Chiamaka Okonkwo - MD" at Okonkwo Agro name a person, whose surname the firm bears."""
    role_next = r"[ \t]*(?:\(|[-–—][ \t]|,[ \t]+(?:the |our |their )?[a-z])"
    return re.compile(rf"(?<![\w-])[A-Z][a-z]+[ \t]+(?={re.escape(first)}{role_next})")
