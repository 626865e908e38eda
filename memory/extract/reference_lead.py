"""The new prospect heading a note whose only known account is a reference for it: "Rundofase - Keiko Tanaka
(procurement manager) asked ..., so I gave her Sven Aalto at Kinnamplus as a reference". The heading firm is not
in the CRM yet; the known account, named only in passing, is not the deal's."""

from __future__ import annotations

import re
from collections.abc import Iterable

# a firm heading the note, then straight away a person's full name: "Rundofase - Keiko Tanaka (...)"
_LEAD_THEN_PERSON = re.compile(
    r"\A\s*([A-Z][\w&-]+(?: [A-Z][\w&-]+)?)[ \t]*(?:[-–—:|]|\bupdate\b)[ \t]*"
    r"[A-Z][a-z]+(?: (?:de|van|von|da|del|di|le|la|ter|den))* [A-Z][a-z'-]+\b"
)
# a header, a note's kind, a greeting: no firm
_NOT_FIRM = frozenset(
    "subject from to cc date sent re fwd fw fyi btw ps nb attn reminder urgent note notes call meeting update recap "
    "memo log voice quick hi hello hey dear thanks cheers today yesterday monday tuesday wednesday thursday friday "
    "saturday sunday mon tue wed thu fri".split()
)


def reference_lead(text: str, accounts: Iterable[str]) -> str | None:
    """The firm heading ``text`` when it is no known account and a person's full name follows it; None else.
    The caller uses it only when every mention of the known account found is in passing."""
    m = _LEAD_THEN_PERSON.match(text)
    if m is None:
        return None
    lead = m.group(1)
    known = {a.lower() for a in accounts}
    if lead.lower() in known or lead.lower() == "new" or lead.split()[0].lower() in _NOT_FIRM:  # "NEW - X": a tag
        return None
    if re.search(r"\n[ \t]*" + re.escape(lead) + r"[ \t]*:", text):
        return None  # "Moses Frase: ..." labels a transcript's lines
    return lead
