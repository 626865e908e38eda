"""A colleague's question pasted in and handed to us: '> Cara Losch: "which East rep has the most open deals right
now?" can u answer that for her'. What is asked is the quote; its author wrote it, so its "my" and "I" are theirs
("> Cara Losch: what's my team's win rate?" asks about Cara's team), and the author is no filter on a question that
names its own scope (it once gave Cara's team's reps for "which East rep")."""

from __future__ import annotations

import re

from agents.offline.entities import Gazetteer, find_mentions, tokens_of

_QUOTE = re.compile(r"^[ \t]*>+[ \t]*@?(?P<who>[^:\n>]{2,40}?)[ \t]*:[ \t]*(?P<said>.+)$", re.MULTILINE)
# the asker handing the quote over: "can u answer that for her", "pls reply to this", "help her out with that"
_HANDED_OVER = re.compile(
    r"\b(?:answer|reply|respond|get back|handle|field|take|help|cover|sort|deal with)\b[^?]*"
    r"\b(?:that|this|it|her|him|them|for)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:my|mine|me|i|i'm|im|i've|ive|myself)\b", re.IGNORECASE)


def quoted_colleague(text: str, gazetteer: Gazetteer) -> str:
    """The quoted question in the author's words made the asker's to read ("my" -> "Cara Losch's"), when the rest of
    ``text`` only hands it over; ``text`` itself otherwise."""
    found = _QUOTE.search(text)
    if found is None:
        return text
    people = [m for m in find_mentions(gazetteer, tokens_of(found["who"])) if m.kind == "person"]
    if len(people) != 1:
        return text  # "> dealbot: ..." or a name the store doesn't know: read as written
    rest = (text[: found.start()] + " " + text[found.end() :]).strip()
    if rest and not _HANDED_OVER.search(rest):
        # a question of the asker's own follows the quote: its author is no one the question is about
        return text[: found.start()] + "> " + found["said"] + text[found.end() :]
    said = found["said"].strip().strip("\"'“”‘’ ")
    name = people[0].name
    return _FIRST_PERSON.sub(lambda m: _as_author(m[0], name), said)


def _as_author(word: str, name: str) -> str:
    low = word.lower()
    if low in ("my", "mine"):
        return f"{name}'s"
    if low in ("i'm", "im"):
        return f"{name} is"
    if low in ("i've", "ive"):
        return f"{name} has"
    return name
