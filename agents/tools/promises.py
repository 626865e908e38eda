"""What the rep promised on a call, read from a transcript pasted into the request ("turn what I promised on that
call into a follow-up email"): the things they said they would send, what the customer asked for that they agreed
to add, and by when. The offline draft then says it back to the customer instead of proposing a meeting."""

from __future__ import annotations

import re

# the request asks for the rep's own commitments: "what I promised", "what we committed to", "my action items"
_ASKS_FOR_PROMISES = re.compile(
    r"\bwhat (?:i|we) (?:promised|committed to|agreed to|said (?:i|we)(?:'d| would))"
    r"|\b(?:my|our) (?:promises|commitments|action items|follow-?ups from (?:the|that) call)\b",
    re.IGNORECASE,
)
_SPEAKER = re.compile(r"^\s*(?P<who>[A-Z][\w'-]*)(?:\s*\([^)]*\))?\s*:\s*(?P<said>.+)$", re.MULTILINE)
_WILL_SEND = re.compile(
    r"\b(?:i'll|i will|we'll|we will|let me|i can|i'm going to)\s+(?:get|send|share|forward|pass along|put together"
    r"|prepare|email)\s+(?:you\s+|over\s+|across\s+)*(?P<what>[^.;!?\n]+)",
    re.IGNORECASE,
)
_ALSO_WANTED = re.compile(r"\b(?:and |also )?(?P<what>(?:the|your|a|an) [^.;!?\n]+?)\s+(?:too|as well)\b", re.I)
_AGREED = re.compile(r"^\s*(?:absolutely|sure|of course|yes|yep|definitely|no problem|will do)\b", re.IGNORECASE)
_BY_WHEN = re.compile(r"\bby (?P<when>end of (?:the )?(?:week|day|month)|eo[wd]|tomorrow|(?:this |next )?"
                      r"(?:monday|tuesday|wednesday|thursday|friday))\b", re.IGNORECASE)  # fmt: skip


def promised(request: str, rep_name: str) -> list[str]:
    """The sentence saying back what the rep promised in the pasted call, or nothing when none is asked for."""
    if not _ASKS_FOR_PROMISES.search(request):
        return []
    rep = rep_name.split()[0].lower()
    turns = [(m.group("who").lower(), m.group("said")) for m in _SPEAKER.finditer(request)]
    items: list[str] = []
    when = None
    for i, (who, said) in enumerate(turns):
        if who == rep:
            items += [_trimmed(m.group("what")) for m in _WILL_SEND.finditer(said)]
            when = when or (found.group("when") if (found := _BY_WHEN.search(said)) else None)
        elif i + 1 < len(turns) and turns[i + 1][0] == rep and _AGREED.match(turns[i + 1][1]):
            items += [_trimmed(m.group("what")) for m in _ALSO_WANTED.finditer(said)]  # asked for, and agreed to
    items = [item for item in dict.fromkeys(items) if item]
    if not items:
        return []
    last = ", plus " if any(" and " in item for item in items[:-1]) else " and "  # "the X and Y, plus Z"
    listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + last + items[-1]
    deadline = f" by {when}" if when else ""
    return [f"As promised on our call, I'll send you {listed}{deadline}."]


def _trimmed(what: str) -> str:
    """An item without its deadline or trailing filler: "the spec sheet by end of week" -> "the spec sheet"."""
    what = _BY_WHEN.split(what)[0]
    return re.sub(r"\s+(?:please|pls|too|as well|asap|and all|all of it)\s*$", "", what.strip(" ,")).strip(" ,")
