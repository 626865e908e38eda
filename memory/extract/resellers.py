"""A reseller or distributor on the deal is a third firm, not the customer: its name is no person ("Reseller Islas
Tech Distributors on the line" then "Islas Tech"), and its staff are no contacts of the account ("thanks Marco for
joining from Islas Tech", or a speaker saying "as your reseller we'll do the invoicing").

Only firms the note introduces by that part ("reseller X", "X (our distributor)", "X, their local reseller"): a
"partner" is too often a title ("Olivia Grant, partner") to place a firm by."""

from __future__ import annotations

import re

Contact = dict[str, str | None]

_PART = r"(?:[Rr]esellers?|[Dd]istributors?|[Ii]ntegrators?|VAR|[Cc]hannel partner|[Ii]mplementation partner)"
_FIRM = r"(?P<firm>[A-Z][\w&'’-]+(?:[ \t]+[A-Z][\w&'’-]+){0,3})"
_INTRODUCED = (
    re.compile(_PART + r"[ \t]+(?:is[ \t]+|here[ \t]+is[ \t]+)?" + _FIRM),
    re.compile(
        _FIRM + r"[ \t]*(?:\([ \t]*|,[ \t]*|[-–—][ \t]+)(?:(?:our|their|the|your)[ \t]+)?(?:local[ \t]+)?"
        r"(?i:reseller|distributor|integrator|var|channel partner|implementation partner)\b"
    ),
)
# a speaker naming their own firm's part: "As your reseller here we'll do the local invoicing"
_SPEAKER_PART = re.compile(
    r"\b(?:as (?:your|their|the) (?:local )?|we(?:'re| are) (?:your|their|the) (?:local )?)"
    r"(?:reseller|distributor|integrator|channel partner|implementation partner)\b",
    re.IGNORECASE,
)


def reseller_people(text: str, contacts: list[Contact]) -> list[Contact]:
    """``contacts`` without a reseller's name read as a person, nor the reseller's own people."""
    firms = [m.group("firm") for pattern in _INTRODUCED for m in pattern.finditer(text)]
    if not firms and not _SPEAKER_PART.search(text):
        return contacts
    return [c for c in contacts if not _at_reseller(text, c["name"] or "", firms)]


def _at_reseller(text: str, name: str, firms: list[str]) -> bool:
    words = name.split()
    if words and re.fullmatch(_PART, words[0]):
        words = words[1:]  # "Distributor Nordlys": the part read into the firm's name
    if not words:
        return False
    if any(firm.split()[: len(words)] == words for firm in firms):
        return True  # "Islas Tech" of "Islas Tech Distributors"
    for firm in firms:  # "thanks Marco for joining from Islas Tech"
        joined = (
            r"\b" + re.escape(words[0]) + r"\b[^.;:!?\n]{0,40}?\b(?:from|at|of|with)[ \t]+" + re.escape(firm.split()[0])
        )
        if re.search(joined + r"\b", text):
            return True
        # the firm in the person's bracket: "Kasia Nowicki (Channel Manager, Meridale Resellers - our reseller)"
        if re.search(re.escape(name) + r"[ \t]*\([^()\n]{0,40}?\b" + re.escape(firm.split()[0]) + r"\b", text):
            return True
    # a speaker's line saying they are the reseller: "Marco Reyes: ... As your reseller here ..."
    line = re.compile(r"^[ \t]*" + re.escape(name) + r"[ \t]*:([^\n]*)", re.MULTILINE)
    return any(_SPEAKER_PART.search(m.group(1)) for m in line.finditer(text))
