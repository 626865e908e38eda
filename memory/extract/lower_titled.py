"""A person typed in lower case straight after "their" and a title: "signed by their controller benji aldana this
am", "their cfo, mia lund, wants it by june". Notes typed in a hurry drop the capitals; the title head word
("controller", "cfo", "ops manager") after "their" says the two lower-case words after it are the customer's
person. Only two words, neither a common or glue word ("their cfo signed today" names no one)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from memory.extract.common_words import COMMON
from memory.extract.lowercase import NOT_NAME
from memory.extract.roles import valid_role
from memory.extract.title_before import TITLE_CORE

Contact = dict[str, str | None]

_THEIR_TITLE_NAME = re.compile(
    r"(?<![\w'’])their ((?:[a-z][\w&/-]* ){0,2}?[a-z][\w&/-]*),? ([a-z]{2,}) ([a-z]{2,}(?:-[a-z]{2,})?)"
    r"(?=,|\s*[.;:!?()\n]|\s*$|"
    r" (?:this|today|yesterday|last|on|at|who|and|said|says|signed|approved|confirmed|wants|will|is|was|has)\b)"
)
# words that follow a title and are no name: a verb, a time, a preposition or a verb's particle ("their new
# attorney shows up on deck")
_NOT_A_NAME = frozenset(
    """signed signs approved approves confirmed confirms said says wants wanted will would is was has had just also
    today yesterday tomorrow this that then now still already again mentioned asked told called emailed sent
    replied agreed decided needs needed thinks thought came went got gave gives shows turns comes goes gets keeps
    up down out off in on over back away around through about along ahead together""".split()
)


def lower_titled(text: str, contacts: list[Contact], others: Iterable[str] = ()) -> list[Contact]:
    """``contacts`` and each lower-case full name given after "their" and a title."""
    if "their " not in text:
        return contacts
    names = {(c["name"] or "").lower() for c in contacts}
    firms = [o.lower() for o in others if o]
    stop = COMMON | NOT_NAME | _NOT_A_NAME
    added: list[Contact] = []
    for m in _THEIR_TITLE_NAME.finditer(text):
        title, first, last = m.group(1), m.group(2), m.group(3)
        if title.split()[-1] not in TITLE_CORE or first in stop or last in stop or first.endswith(("ly", "ing", "ed")):
            continue
        if (role := valid_role(title)) is None or f"{first} {last}" in names:
            continue
        if any(f in text[max(0, m.start() - 80) : m.start()].lower() for f in firms):
            continue  # "... also talking to Quorvia, their account exec ..." is the rival's person
        added.append({"name": f"{first.capitalize()} {last.capitalize()}", "role": role})
        names.add(f"{first} {last}")
    return contacts + added
