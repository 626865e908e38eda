"""A customer's "we'll make the call by <date>" in a transcript that tags our own speakers: there the call is
the customer's decision, where in a rep's own note it would be a phone call of ours. Kept apart from
``close_date`` (at its size limit)."""

from __future__ import annotations

import re

# a transcript that tags our speakers ("Garret Kinder (ourteam):"): on a line anyone else speaks, "we'll make the
# call by the end of May" is the customer's decision, where in a rep's own note it would be a phone call of ours
# (a WebVTT caption names its speaker in a voice tag: "<v Cecily Lampkin (our AE)>")
_SPEAKER = re.compile(
    r"^[ \t]*(?:<v[ \t]+)?([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})[ \t]*(\([^)\n]{0,60}\))?[ \t]*[:>]", re.M
)
_OUR_TAG = re.compile(r"\((?:ourteam|us|our side|our team|our (?:ae|rep|am|se|csm|account exec\w*))\)", re.I)
_NOT_SPEAKER = frozenset("from to cc bcc subject sent date re fw fwd note next ns".split())
_THEIR_CALL = re.compile(
    r"\b(?:we'll|we will|i'll|i will|i can|we can) make (?:the|our|my|a) (?:final )?call"
    r"(?= (?:in|by|within|before|after|next)\b)"
)


def customer_calls(text: str, low: str) -> list[int]:
    """Where a customer speaker says they will "make the call" (decide) by a date."""
    if "make" not in low or "(" not in text:
        return []
    labels = [m for m in _SPEAKER.finditer(text) if m.group(1).lower() not in _NOT_SPEAKER]
    ours = {m.group(1) for m in labels if m.group(2) and _OUR_TAG.fullmatch(m.group(2))}
    if not ours:
        return []  # no tags, no telling who "we" is
    found = []
    for m in labels:
        if m.group(1) in ours:
            continue
        end = text.find("\n", m.end())
        found += [c.start() for c in _THEIR_CALL.finditer(low, m.end(), len(text) if end < 0 else end)]
    return found
