"""Offices' figures asked for by someone who only wants them: "I'd like West's win rate next to East's", "can you
answer this for me? ... the East office's pipeline". The asker's "I'd like" and "for me" say who wants the answer,
not whose deals it counts; read as an owner they narrowed both offices to the asker's own deals (one office then
had none). An owning "my" or "I won" stays."""

from __future__ import annotations

import re

from agents.offline.entities import Mention

_WANTS = re.compile(
    r" (?:i'd|id|i would|i|i'll|ill) (?:(?:just|really|also) )?(?:like|love|need|want|wanna|be after)"
    r"(?: (?:to see|to get|to know|to have))?(?= )"
    r"| (?:answer|pull|get|find|check|do|run|look up|work out|dig up|grab)(?: (?:this|that|it|these|those))?"
    r" for me(?= )"
    r"| (?:get|send|give|pull|grab|show) me(?= )"
)


def without_wanting_of_offices(t: str, mentions: list[Mention]) -> str:
    """``t`` (normalised) without the asker wanting the answer, when the message names an office."""
    if not any(m.kind == "office" for m in mentions):
        return t
    return _WANTS.sub(" ", t)
