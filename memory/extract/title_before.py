"""A title written straight before a name ("CFO Ingrid Solheim", "Head of Procurement Sara Lind"), or before the
bracket the name is given in ("+ CFO (Raj)"), and the words that make a title; kept apart from ``roles`` (at its size
limit)."""

from __future__ import annotations

import re

from memory.extract.role_words import DEPARTMENT_WORDS, ROLE_WORDS

# a department alone ("Finance Sara Lind") is no title; a title needs one of these
TITLE_CORE = ROLE_WORDS - set(
    "sales marketing finance financial it ops operations procurement purchasing legal hr product security engineering "
    "senior junior".split()
)

# words that open a title and need its head after them: "Managing Director", "Deputy Head" ("Chief" and
# "Principal" are titles alone: "Bureau Chief Peter Cook")
_NEEDS_HEAD = frozenset("managing deputy executive acting interim senior".split())
_OPENERS = "([{\"'“‘"

# a title labelling a form's line, the name its value: "Category buyer: Ilse Vermeer", "- Plant manager: Jo Roe"
_FIELD_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?((?:[A-Za-z-]+[ \t]){0,2}[A-Za-z-]+)[ \t]*:[ \t]*$")
# ... not a label that says how the person stands to the deal, or whose they are: "Sponsor:", "Account owner:"
_NO_FIELD_TITLE = frozenset("champion sponsor owner partner approver signatory member rep contact".split())


def title_before(before: str) -> str | None:
    """A title written straight before the name: "CFO Ingrid Solheim", "Head of Procurement Sara Lind",
    "VP Customer Success Nora Fields"; or labelling its line: "Category buyer: Ilse Vermeer"."""
    label = _FIELD_LABEL.search(before) if before.endswith((": ", ":\t")) else None
    if label and (last := label.group(1).split()[-1].lower()) in TITLE_CORE and last not in _NO_FIELD_TITLE:
        return label.group(1)
    words = before.split()
    if not before[-1:].isspace() or not words:
        return None
    title: list[str] = []
    for word in reversed(words[-6:]):
        # a bracket or quote opening on the title starts it: "(CIO Reiko Matsuda said so)", "“CTO Dan Roe”"
        opened = word[:1] in _OPENERS and len(word) > 1
        word = word[1:] if opened else word
        low = word.lower()
        if low not in ROLE_WORDS and low not in DEPARTMENT_WORDS and low not in ("of", "&"):
            break
        title.append(word)
        if opened:
            break
    if title and title[0].lower() in ("of", "&"):
        return None  # "Professor of History": the word after "of" is the subject, not a person
    while title and title[-1].lower() in ("of", "&"):
        title.pop()  # "... of" cannot open a title
    if not any(w.lower() in TITLE_CORE for w in title):
        return None
    if len(title) == 1 and title[0].lower() in _NEEDS_HEAD:
        return None  # "(Managing Trade Risk)": a title's first word alone, a course's name, no title
    return " ".join(reversed(title))


def title_bracketing(before: str, after: str) -> str | None:
    """A title written just before the bracket that opens on the name (``after`` starts with the name): "met their VP
    Ops + CFO (Raj)", "head of IT (Marta Nowak)"; the bracket names who holds the title, so one given name is enough.
    Not a speaker's label ("> Manager (Jonas): log the 45k"): there the words are whose the line is; nor a bracket
    holding more than a name ("the Chairman (Ken, Jeff or Joe)"), nor a title outside the customer ("outside counsel
    (Stikeman)" names a firm)."""
    stripped = before.rstrip(" \t")
    if not stripped.endswith("(") or len(stripped) < 3 or not _NAME_ALONE.match(after):
        return None
    title = title_before(stripped[:-1].rstrip(" \t") + " ")
    return None if title is None or _OUTSIDE.search(stripped[:-1], max(0, len(stripped) - len(title) - 12)) else title


# the bracket holds the name alone, in capitalised words, and closes with no colon after it
_NAME_ALONE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*\)(?![ \t]*:)")
_OUTSIDE = re.compile(r"\b(?:outside|external|independent|their own|third[- ]party)\s", re.IGNORECASE)
