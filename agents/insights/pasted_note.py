"""A note from inside the customer's company pasted into their mail with quote marks and no forward header
("I'm forwarding the note I got from our COO:" then "> The board has moved the budget ..."): what it says is what
they tell us, as with a forward. Only a block their own words present as passed on counts; quote marks alone are
usually our own mail quoted back in a reply, and a block from us is never read."""

from __future__ import annotations

import re
from collections.abc import Iterable

# the cover words that pass a quoted block on: "forwarding below", "see it directly", "here is what our CFO wrote",
# "the note I got from HR" (not "going forward", "looking forward to it")
_PASSES_ON = re.compile(
    r"\b(?:forward(?:ing|ed)\b|(?<!look )(?<!looking )forward (?:this|it|you|below|the)\b|fwd|fyi"
    r"|passing (?:(?:it|this|that) )?on|pasting|pasted"
    r"|copying|copied (?:in|below|here)|see (?:it|this|that|them|for yourself|below)\b|(?:read|see) (?:it|this|that)"
    r" (?:yourself|directly|first-hand|in full|verbatim)|(?:here(?:'s| is| are)|below (?:is|are)) (?:what|the)\b"
    r"|word for word|verbatim"
    r"|(?:note|message|mail|e-?mail|comment|memo|feedback|reply|response|answer|announcement|verdict|update|minutes)"
    r"(?: (?:that|which))? (?:I|we) (?:just )?(?:got|received|had|was sent|were sent)\b"
    r"|what (?:our|my|the|their) (?:[\w-]+ ){1,3}(?:said|wrote|sent|replied|came back with|thinks?|decided))",
    re.IGNORECASE,
)
_MARKS = re.compile(r"^\s*(?:>\s?)+")
# the header lines of a pasted mail, and a reply's attribution line
_HEADER = re.compile(r"\s*(?:(?:from|to|cc|sent|date|subject)\s*:.*|On .{5,80} wrote:)\s*", re.IGNORECASE)


def pasted_note(own: str, ours: Iterable[str]) -> str:
    """The quoted lines of ``own`` (the customer's part of a mail), marks and headers dropped, when the words
    before them pass the block on and it is not ``ours`` (the texts of our own mails) or from our address."""
    lines = own.splitlines()
    first = next((i for i, line in enumerate(lines) if _MARKS.match(line)), None)
    if first is None or not _PASSES_ON.search("\n".join(lines[:first])):
        return ""
    quoted = [_MARKS.sub("", line) for line in lines[first:] if _MARKS.match(line)]
    headers = [line for line in quoted if _HEADER.fullmatch(line)]
    if any("@ourteam." in line.lower() for line in headers):
        return ""  # our own mail passed back to us
    body = " ".join(" ".join(line for line in quoted if not _HEADER.fullmatch(line)).split())
    if not body or any(body in " ".join(text.split()) for text in ours):
        return ""
    return "\n".join(line for line in quoted if not _HEADER.fullmatch(line)).strip()
