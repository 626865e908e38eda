"""The title a mail's sender gives themselves in its body: "From: Elena Petrova <...>" over "I am Head of
Procurement", "I'm the new IT manager here", "As procurement lead I can confirm". A speaker's own lines are read
this way already (``speakers``); in a mail the sender is the "I" of the top message, so only its body counts (not
the quoted history below it, whose "I" is someone else)."""

from __future__ import annotations

import re

from memory.extract.own_titles import OWN_TITLES
from memory.extract.roles import heads_title, valid_role
from memory.extract.text import quoted_history
from memory.normalise import name_key

# the top message's sender, shown by name: "From: Elena Petrova <e.petrova@...>", 'From: "Kim, Jo" <...>'
_FROM = re.compile(r"^[ \t]*From:[ \t]*\"?([^<\n\"@]+?)\"?[ \t]*<[^>\n]+>[ \t]*$", re.MULTILINE)


def _own_title(body: str) -> str | None:
    """The first title (one ending on a title's head word) the writer gives themselves in ``body``."""
    for m in (m for pattern in OWN_TITLES for m in pattern.finditer(body)):
        role = valid_role(m.group(1))
        if role and heads_title(role):
            return role
    return None


def with_sender_title(text: str, contacts: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    """``contacts`` with the sender, when one of them and still without a role, given the title they state."""
    sender = _FROM.search(text)
    if sender is None or not any(c["role"] is None for c in contacts):
        return contacts
    key = name_key(sender.group(1))
    start = text.find("\n\n", sender.end())  # the body opens after the header block
    end = quoted_history(text)
    if start < 0 or start >= end or not (role := _own_title(text[start:end])):
        return contacts
    return [{**c, "role": role} if c["role"] is None and name_key(c["name"] or "") == key else c for c in contacts]
