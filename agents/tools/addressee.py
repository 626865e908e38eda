"""The person a draft is addressed to when the rep names them ("a follow-up email to Ines", "reply to Priya"),
which may be someone the store has no contact for: a buyer met on a call, named only in a pasted transcript."""

from __future__ import annotations

import re
from collections.abc import Iterable

from memory.models import Contact

# "email to Ines", "a follow-up note to Priya about..", "reply to Tomasz?": a capitalised first name after "to"
_TO_NAME = re.compile(
    r"\b(?:email|e-mail|mail|note|message|reply|follow-?up|letter|line|draft|write|thank-you|apology)\b"
    r"[^.?!\n]{0,40}?\bto\s+(?P<name>[A-Z][a-z'-]{1,20})\b"
)
_NOT_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
              "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
              "The", "Them", "Him", "Her", "Me", "Us", "You", "All", "Everyone", "Legal", "Procurement",
              "Finance", "It"}  # fmt: skip


def named_addressee(request: str, account: str, colleagues: Iterable[str]) -> str | None:
    """The first name the rep addresses the email to, if it is neither the account nor a colleague."""
    found = _TO_NAME.search(request)
    if found is None:
        return None
    name = found.group("name")
    ours = {c.split()[0].lower() for c in colleagues if c}
    if name in _NOT_NAMES or name.lower() in ours or account.lower().startswith(name.lower()):
        return None
    return name


def contact_named(contacts: Iterable[Contact], first_name: str) -> Contact | None:
    """The account's contact with that first name, if one is on record."""
    return next((c for c in contacts if c.name and c.name.split()[0].lower() == first_name.lower()), None)
