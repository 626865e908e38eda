"""Whose a system's record is when it names no "Requester:" (:mod:`.ticket_subject`): a CRM or HR log that opens
on one person's record, by number or by full name ("CRM audit log, contact #88412", "Audit trail for contact
Mira Olsen", "employee record 20931"). A field's value in it ("union_affiliation ... new: GMB") is that
person's. Only field cues use it: the record holds fields, and nothing else in the text becomes the person's.

Senses that must stay quiet: a count or a list of records ("contacts 1-200", "12,000 contact records"), which
are many people, and a firm named as the client ("client Treequote")."""

from __future__ import annotations

import re

_RECORD = re.compile(
    r"\b(?<!\d )(?:contact|customer|employee|member|candidate|patient|person|staff member)(?: record| profile"
    r"| card)?[ \t]*(?:#[ \t]?|no\.?[ \t]?|id[ \t]?:?[ \t]?|:[ \t]*)?(?:\d{3,}\b|(?-i:[A-Z][a-z][\w'’-]* [A-Z]"
    r"[a-z][\w'’-]*)\b(?! (?-i:Ltd|Inc|LLC|GmbH|AG|plc|Corp|Group|Holdings)\b))",
    re.IGNORECASE,
)


def names_a_record(text: str) -> bool:
    """Whether ``text`` names the one person a system record is about."""
    return _RECORD.search(text) is not None
