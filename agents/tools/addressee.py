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
    # the full name when the request gives it anywhere: "her deputy Priya Nair is covering ... an intro to Priya"
    full = re.search(rf"\b{re.escape(name)}\s+(?P<surname>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\b", request)
    if full is not None and full.group("surname") not in _NOT_NAMES | _NOT_SURNAMES:
        return f"{name} {full.group('surname')}"
    return name


_NOT_SURNAMES = {"About", "And", "Re", "Regarding", "On", "For", "If", "As", "At", "In", "Thanks", "Thank", "Please",
                 "Pls", "From", "With", "Saying", "Asking", "Telling", "Today", "Tomorrow", "Asap"}  # fmt: skip


def contact_named(contacts: Iterable[Contact], name: str) -> Contact | None:
    """The account's contact with that name (a first name, or a first name and a surname), if one is on record."""
    wanted = name.lower().split()
    return next((c for c in contacts if c.name and c.name.lower().split()[: len(wanted)] == wanted), None)
