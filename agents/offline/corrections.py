"""A period or a name taken back mid-message: "closed-won $ for Q3 so far?? wait no, I mean Q2", "in october.. ugh
no, september", "open opps on GTX Plus Basic.. sorry, I meant plain GTX Basic". What is named after the correction
replaces what was named before it, so the rest of the message is read as if it had been typed right the first
time."""

from __future__ import annotations

import re
from datetime import date

from agents.offline.entities import Gazetteer, find_mentions, tokens_of
from agents.period_words import plain
from agents.periods import find_period

# the words that take something back; a bare "no" or "I mean" counts only when a period follows (checked below)
_MARKER = re.compile(
    r"(?:^|(?<=[\s.,;:!?\-–—]))(?:(?:ugh|oh|oops|argh|hmm|erm|sorry|actually|wait)[,!.]*\s+)?"
    r"(?:(?:wait[,!.]*\s+)?no\b|no[,!.]*\s+wait\b|i mean\b|i meant\b|scratch that\b|make that\b|correction\b"
    r"|(?<=actually )make it\b|(?<=actually, )make it\b)"
    r"[,!.:]*\s*(?:(?:sorry|wait)[,!.]*\s+)?(?:i mean[t]?\b[,:]?\s*|make (?:that|it)\b\s*)?",
    re.IGNORECASE,
)


def period_corrected(text: str, today: date) -> str:
    """``text`` with a period taken back replaced by the one that corrects it; unchanged when nothing is."""
    for marker in _MARKER.finditer(text):
        head, tail = text[: marker.start()], text[marker.end() :]
        words = plain(tail).split()[:4]
        new = next((p for n in range(1, len(words) + 1) if (p := find_period(" ".join(words[:n]), today))), None)
        if new is None:
            continue  # "no, I mean the won ones": what is corrected is no period
        old = find_period(head, today)
        if old is None or not old.phrase or (old.start, old.end) == (new.start, new.end):
            continue
        said = re.compile(r"\b" + r"\W+".join(map(re.escape, old.phrase.split())) + r"\b", re.IGNORECASE)
        spans = [m.span() for m in said.finditer(head)]
        if not spans:
            continue
        start, end = spans[-1]
        return f"{head[:start]}{head[end:]}{text[marker.start() :]}"  # the words around it keep their reading
    return text


_CORRECTED_KINDS = ("product", "account", "person")
# the wrong one named after the right one: "on GTX Plus Basic (typo earlier, not GTX Basic)"
_NOT_THAT = re.compile(r"\b(?:typo|my bad|sorry|correction|oops|mistyped)\b[^.()?!]{0,20}?\bnot\s+", re.IGNORECASE)


def name_corrected(text: str, gazetteer: Gazetteer) -> str:
    """``text`` with a product, account or rep taken back replaced by the one named right after the correction, and
    one disowned after the right one ("(typo earlier, not GTX Basic)") left out."""
    for taken_back in _NOT_THAT.finditer(text):
        tail = text[taken_back.end() :]
        ahead = [m for m in find_mentions(gazetteer, tokens_of(tail)[:4]) if m.kind in _CORRECTED_KINDS]
        if ahead and ahead[0].start == 0 and (where := _said(tokens_of(tail)[: ahead[0].end], tail)):
            start, end = where[-1].span()
            return text[: taken_back.end()] + tail[:start] + tail[end:]
    for marker in _MARKER.finditer(text):
        head, tail = text[: marker.start()], text[marker.end() :]
        ahead = [m for m in find_mentions(gazetteer, tokens_of(tail)[:6]) if m.kind in _CORRECTED_KINDS]
        if _MINE_INSTEAD.match(tail) and (not ahead or ahead[0].start > 0):
            return _person_taken_back(head, text[marker.start() :], gazetteer) or text
        if not ahead or ahead[0].start > 4:  # "I meant plain GTX Basic", "they asked about GTX Plus Pro"
            continue
        new = ahead[0]
        tokens = tokens_of(head)
        before = [m for m in find_mentions(gazetteer, tokens) if m.kind == new.kind and m.name != new.name]
        if not before:
            continue
        old = before[-1]
        # the name as written, else the words it was found in ("to treequote" read as one typo'd name)
        spans = [m.span() for words in (tokens_of(old.name), tokens[old.start : old.end]) for m in _said(words, head)]
        if not spans:
            continue
        start, end = spans[0]
        # "..., MG Special I already have": the one taken back, named again only to say why
        rest = re.sub(rf"\b{re.escape(head[start:end])}(?=\s+(?:i|we)\s+(?:already\s+)?(?:have|got|know)\b)", "",
                      text[marker.start() :], flags=re.IGNORECASE)  # fmt: skip
        return f"{head[:start]}{new.name}{head[end:]}{rest}"
    return text


# the asker's own deals named in place of a rep's: "how many deals Niesha... no wait scratch that, MY deals"
_MINE_INSTEAD = re.compile(r"\s*(?:(?:just|only)\s+)?(?:my|mine|me|myself)\b(?! bad\b)", re.IGNORECASE)


def _person_taken_back(head: str, rest: str, gazetteer: Gazetteer) -> str | None:
    """The message with the last rep named before the correction dropped, the asker's own words after it standing
    for whose deals; None when no rep was named before it ("in Q3.. no, I mean Q2": a period, not whose)."""
    tokens = tokens_of(head)
    people = [m for m in find_mentions(gazetteer, tokens) if m.kind == "person"]
    if not people:
        return None
    spans = [m.span() for m in _said(tokens[people[-1].start : people[-1].end], head)]
    if not spans:
        return None
    start, end = spans[0]
    return f"{head[:start]}{head[end:]}{rest}"


def _said(words: list[str], text: str) -> list[re.Match[str]]:
    """Where ``words`` stand in ``text``, last first."""
    said = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    return list(said.finditer(text))[::-1]


# the request taken back and asked again from scratch: "my office vs Cara's... wait no, we're both East. ok then: my
# team vs Cara's team", "top reps in Q3 - actually scratch that. ok so: my Q3 wins"
_STARTED_OVER = re.compile(
    r"\b(?:wait|hold on|hang on|actually|hmm+|oops)\W+(?:no|nope|scratch that|never ?mind|forget that)\b[^:]{0,80}?"
    r"\b(?:ok(?:ay)?|so|right|fine|alright)(?: then| so)?\s*[:,-]\s+(?=\S)",
    re.IGNORECASE,
)


def restarted(text: str) -> str:
    """The request as asked again after the asker took the first try back; ``text`` when nothing was taken back."""
    ends = [m.end() for m in _STARTED_OVER.finditer(text)]
    return text[ends[-1] :] if ends else text
