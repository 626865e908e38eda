"""A chat export whose messages sit under a header line of their own ("[13/09/2017 09:41] Kami Bicknell",
"Elease Gluck 30/11 11:05 AM"): each message read as "Name: message", the form the readers know. The header's
time stamp goes: it is when the message was sent, never a date of the deal's, and a header alone on its line
would otherwise stand as the answer to a question asked just before it ("when do they sign?")."""

from __future__ import annotations

import re

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
# the day a message was sent, before its time: "13/09/2017", "30/11", "Yesterday", "Thu", "Sep 13,"
_DAY = (
    r"(?:(?:yesterday|today|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+|"
    r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?[ \t]+|[A-Za-z]{3,9}\.? \d{1,2}(?:, \d{4})?,?[ \t]+)?"
)
_STAMP = r"(?i:" + _DAY + _TIME + r")"
_NAME = r"[^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,3}"
# the header alone on its line, the message on the next: stamp then name, or name then stamp
_HEADER = re.compile(
    r"^[ \t]*(?:\[" + _STAMP + r"\][ \t]*(" + _NAME + r")[ \t]*:?|(" + _NAME + r")[ \t]+(?:[-–—·,][ \t]*)?"
    r"\[?" + _STAMP + r"\]?)[ \t]*\n(?=[ \t]*\S)",
    re.MULTILINE,
)


def join_chat_headers(text: str) -> str:
    """``text`` with each chat header line folded into the message under it, its time stamp dropped."""
    if ":" not in text:
        return text  # no time of day, no chat header: the cheap test first
    return _HEADER.sub(_as_label, text)


def _as_label(m: re.Match[str]) -> str:
    name = m.group(1) or m.group(2)
    words = name.split()
    if not all(w[0].isupper() for w in words) or (m.group(2) and len(words) < 2):
        return m.group(0)  # "sent 30/11 11:05 AM", "Demo 10:30": a line of the message, no one's name
    return name + ": "
