"""A colleague greeted or thanked by name around the question: "how many deals did I win in Q4? thanks kami", "hey
Rosie, what's my win rate this year?". The name says who the message is addressed to, not whose deals are asked
about; read as a subject it answered for Kami. The greeting goes, the question stays the asker's.

Only a known person's name right after the greeting or thanks counts, and a leading greeting only when the question
speaks in the first person and never to the one greeted ("hey kami, what's your win rate?" stays Kami's)."""

from __future__ import annotations

import re

from agents.offline.entities import Gazetteer, find_mentions, tokens_of

_THANKS = r"(?:thanks|thank you|thx|thnx|ty|tysm|cheers|ta|many thanks|merci|danke|gracias)"
_HELLO = r"(?:hey|hi|hiya|hello|yo|morning|good morning|afternoon|ok|okay)"
# "...? thanks kami", "... ty Rosie!", "... cheers, Cara Losch :)"
_TRAILING = re.compile(
    rf"(?P<before>[?.!]|\s)\s*{_THANKS}[,\s]+(?P<who>[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*)?)[\s.!:)(-]*$", re.I
)
# "hey kami, how many...", "hi Rosie - what's my...", "thanks Kami, and how many did I win?"
_LEADING = re.compile(
    rf"^\s*(?:{_HELLO}|{_THANKS})[,\s]+(?P<who>[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*)?)\s*[,:!-]\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|my|me|mine|we|our|us)\b", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|u|ur|you're|youre|ya)\b", re.I)


# the colleague a quoted note opens on: "> Celia - for Thursday's call I'd like West's win rate ...", "> Hi Kami,";
# not "> Rocco Neubert: how many ..." (who said the quoted line, read by quoted_colleague)
_WHO = r"(?P<who>[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*)?)"
_NOTE_OPENING = re.compile(
    rf"^(?P<quote>[ \t]*>[ \t]*)(?:(?:{_HELLO}|dear)[ \t,]+{_WHO}[ \t]*(?:,|:|[ \t][-–—])"
    rf"|{_WHO.replace('who', 'named')}[ \t]*(?:,|[ \t][-–—]))[ \t]*",
    re.I | re.M,
)


def addressee_dropped(text: str, gazetteer: Gazetteer) -> str:
    """``text`` without a greeting or thanks that names the colleague it is addressed to, nor the colleague a
    quoted note opens on when the note asks nothing of their own ("> Celia - I'd like West's win rate")."""
    note = _NOTE_OPENING.search(text)
    greeted = note and (note["who"] or note["named"])
    if note and greeted and _is_person(greeted, gazetteer) and not _SECOND_PERSON.search(text[note.end() :]):
        text = text[: note.start()] + note["quote"] + text[note.end() :]
    trailing = _TRAILING.search(text)
    if trailing and text[: trailing.start()].strip() and _is_person(trailing["who"], gazetteer):
        text = text[: trailing.start()] + (trailing["before"] if trailing["before"].strip() else "")
    leading = _LEADING.match(text)
    if (
        leading
        and _is_person(leading["who"], gazetteer)
        and _FIRST_PERSON.search(leading["rest"])
        and not _SECOND_PERSON.search(leading["rest"])
    ):
        text = leading["rest"]
    return text


def _is_person(words: str, gazetteer: Gazetteer) -> bool:
    """Whether ``words`` are exactly one person's name (or first name) the store knows."""
    tokens = tokens_of(words)
    mentions = find_mentions(gazetteer, tokens)
    return (
        len(mentions) == 1 and mentions[0].kind == "person" and (mentions[0].start, mentions[0].end) == (0, len(tokens))
    )
