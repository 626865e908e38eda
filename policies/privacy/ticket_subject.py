"""Whose a service ticket, a form or a table row is: a field that names one person ("Requester: Ilse Vermeulen",
"Employee: Tom Hale", "Traveller: Ivan Topal") makes "the user" or "the requester" in its details that person
(LABELS.md: a clearly referenced individual). Without such a field "the user" is anyone ("if the user has
RSI, offer dictation"), and "users" are a group."""

from __future__ import annotations

import re

# a label that names the one person the ticket or form is for, then a full name
_SUBJECT_FIELD = re.compile(
    r"(?:^|\|)[ \t]*(?:requester|requested by|requestor|caller|reported by|raised by|submitted by|opened by|"
    r"employee|affected user|end user|user name|staff member|traveller|traveler|patient|attendee|name|full name|"
    r"employee name|new hire|new starter)[ \t]*:[ \t]*"
    r"(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+)",
    re.IGNORECASE | re.MULTILINE,
)
# a table whose header has a name column, and a row under it with a full name ("attendee_id,name,company" then
# "0412,Hayden Neloms,ourteam"): each row is one named person's record
_NAME_COLUMN = re.compile(
    r"^(?:[\w ]+,)*[ \t]*(?:name|full_name|full name|attendee|employee|person)[ \t]*(?:,[\w ]+)*[ \t]*\n"
    r"(?:[^,\n]*,)*[ \t]*(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+)[ \t]*(?:,|$)",
    re.IGNORECASE | re.MULTILINE,
)
# that person as the details refer to them: one user, not "users" or "a user"
_THE_SUBJECT = re.compile(
    r"(?:^|(?<=\bthe )|(?<=: )|(?<=\bthis ))(?:user|requester|requestor|caller|employee|end user|traveller|"
    r"traveler|patient)\b(?!['’]?s\b)",
    re.IGNORECASE,
)


def names_its_subject(text: str) -> bool:
    """Whether ``text`` has a field naming the one person it is for."""
    return _SUBJECT_FIELD.search(text) is not None or _NAME_COLUMN.search(text) is not None


def refers_to_the_subject(sentence: str) -> bool:
    """Whether ``sentence`` refers to that person by their part in the ticket ("the user", "user has had")."""
    return _THE_SUBJECT.search(sentence) is not None
