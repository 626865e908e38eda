"""People at a third firm copied on the customer's mail are not the customer's contacts: "Cc: Laura Finch
<lfinch@bridgepoint-consulting.example>" on a thread from opentech.example, for the account Opentech; nor is that
firm itself, named like a person with its part in brackets ("Bridgepoint (our implementation partner)").

Only when the customer's own domain is seen in the mail (someone writes from the account's domain), so a customer
writing from a mailbox of another name keeps their people."""

from __future__ import annotations

import re

from memory.extract.mail_sides import OUR_EMAIL_DOMAINS

_ADDRESS = re.compile(r"([A-Z][^<>\n,;:]{1,60}?)\s*<[^<>@\s]+@([a-z0-9.-]+)>", re.IGNORECASE)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def third_party_people(
    text: str, account: str | None, contacts: list[dict[str, str | None]]
) -> list[dict[str, str | None]]:
    """``contacts`` without those shown with a third firm's address, or named as that firm."""
    if not account or "@" not in text:
        return contacts
    own = _key(account)
    theirs = False
    names: set[str] = set()
    firms: set[str] = set()
    for m in _ADDRESS.finditer(text):
        domain = m.group(2).lower().rstrip(".")
        if domain in OUR_EMAIL_DOMAINS:
            continue
        stem = _key(domain.split(".")[0])
        if own and (own in stem or stem in own):
            theirs = True
            continue
        names.add(" ".join(m.group(1).split()).lower())
        firms.add(_key(domain.split(".")[0].split("-")[0]))
    if not theirs or not names:
        return contacts
    return [c for c in contacts if (c["name"] or "").lower() not in names and _key(c["name"] or "") not in firms]
