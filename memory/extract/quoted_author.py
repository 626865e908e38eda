"""The title a quoted mail's sender gives themselves in it: "On Mon, Sep 18, 2017, Thorsten Wilkes wrote:\n> ... As
Sales Director I'm happy with the $54.8k" names Thorsten Wilkes's title, though his name is not beside it."""

from __future__ import annotations

import re

from memory.extract.roles import own_title

# the header of a quoted mail, its sender's name just before "wrote:" (an address may sit between)
_WROTE = re.compile(r"[ \t]*(?:<[^<>\n]*>[ \t]*)?wrote:[ \t]*\n")
_NEXT_HEADER = re.compile(r"\n[> \t]*(?:On [^\n]{5,80} wrote:|From:|-{3,})")


def quoted_author_title(text: str, end: int) -> str | None:
    """The title the sender of the quoted mail whose header names them (ending at ``end``) gives in it."""
    wrote = _WROTE.match(text, end)
    if wrote is None:
        return None
    nxt = _NEXT_HEADER.search(text, wrote.end())
    body = text[wrote.end() : nxt.start() if nxt else min(len(text), wrote.end() + 1500)]
    return own_title(re.sub(r"(?m)^[ \t]*>[ \t]?", "", body))
