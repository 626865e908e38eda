"""A person at another customer, named as a reference: "Palomar Inns told us good things, Gil Ventura there says
you were great", "same setup as for Kettering Labs (Nora Quist was our champion there)". "There" points back to
the firm just named, so the person is that firm's, not the account's contact. So is one named after a firm offered
"as a reference" in the same sentence: "I offered Cancity as a reference ... their admin Maria Lopez"."""

from __future__ import annotations

import re

from memory.extract.firm_words import FIRM_WORDS

# "Gil Ventura there", "Nora Quist was our champion there": a few words, then "there" closing the clause
# (not being there: "Jo Hart was there too", nor "there is")
_THERE_AFTER = re.compile(
    r"(?:[ \t]+[\w'’]+){0,4}?(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbeen)[ \t]+there\b"
    r"(?![ \t]+(?:is|are|was|were|will|'s)\b)"
)
_FIRM_BEFORE = re.compile(
    r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} (?:" + "|".join(w.capitalize() for w in FIRM_WORDS) + r")\b"
)


# "there" straight after the name, then what they are there: "Raj Patel there is happy to talk", "Rafael Nunes over
# there is happy to talk" (with another word between, "there is" opens a clause of its own: "Jo Hart says there is
# budget")
_THERE_IS_AFTER = re.compile(r"[ \t]+(?:(?:over|out|up|down)[ \t]+)?there[ \t]+(?:is|was|has been|are|were)\b")


# a firm offered as a reference, its people named after it in the same sentence: "I offered § as a reference:
# they've been on GTX Pro for a year, and their admin Maria Lopez is happy to talk"
# ... or named by us when asked who else uses it: "She asked who else uses it so I said §, and she will call their ops
# director Derek Mills herself"; or told of: "I told her § have run it for years, she wants their lead, Ann Roe"
_OFFERED_AS_REFERENCE = re.compile(
    r"(?:§[^.!?;\n¤]{0,40}?\b(?:as|for) (?:a|our) reference\b|\breference (?:customer|account|site|client)s?\b"
    r"[^.!?;\n¤]{0,20}§|\b(?:i|we) (?:said|named|mentioned|suggested|recommended|gave (?:her|him|them)|"
    r"pointed (?:her|him|them) to|told (?:her|him|them)(?: about| that)?)\s+§)"
    r"[^.!?;\n¤]{0,140}\b(?:their|its)\b[^.!?;\n¤]{0,30}$",
    re.IGNORECASE,
)


def at_reference_firm(masked: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` is placed "there", at a firm named just before it (not the
    account, masked ``¤``, which would make them the account's): one named as a firm, or another known account
    (masked ``§``): "I suggested § (live with us 2 yrs, Raj Patel there is happy to talk)"."""
    if _OFFERED_AS_REFERENCE.search(masked, max(0, start - 220), start):
        return True
    if not (_THERE_AFTER.match(masked, end) or _THERE_IS_AFTER.match(masked, end)):
        return False
    before = masked[max(0, start - 100) : start]
    firms = [m.end() for m in _FIRM_BEFORE.finditer(before)] + [i + 1 for i, c in enumerate(before) if c == "§"]
    return bool(firms) and "¤" not in before[max(firms) :]
