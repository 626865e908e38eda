"""A title written in the customer's language with its English gloss after it: "Leiter Einkauf (Head of
Purchasing)", "innkjøpssjef (head of purchasing)". The gloss is the role a CRM reader understands; a title that
is English already keeps what it says in brackets ("Sales Director (EMEA)", "Head of IT (interim)")."""

from __future__ import annotations

import re
from collections.abc import Callable

from memory.extract.role_words import FOREIGN_ROLE_WORDS, ROLE_WORDS

# the words that head an English title; a function alone ("IT", "sales") says no language
_ENGLISH_HEADS = (
    ROLE_WORDS
    - FOREIGN_ROLE_WORDS
    - frozenset(
        "it sales marketing finance financial ops operations procurement purchasing legal hr product security "
        "engineering senior junior".split()
    )
)
_GLOSSED = re.compile(r"^(?P<own>[^\W\d_][^,.;:!?\n()]{1,40}?)\s*\((?P<gloss>[^()\n]{2,50})\)$")
# after a name: ", innkjøpssjef (head of purchasing)" or the signature's next line, quoted too ("> ...")
_AFTER_NAME = re.compile(r"^[ \t]*(?:,[ \t]*|\n[ \t>]*)([^\W\d_][^,.;:!?\n()]{1,40}?[ \t]*\([^()\n]{2,50}\))")


def _english(words: str) -> bool:
    return any(w.strip(".,") in _ENGLISH_HEADS for w in words.lower().split())


def _foreign(words: str) -> bool:
    """A foreign title's words: a title's word we know in that language ("Leiter Einkauf"), or one word of lower
    case or with letters English has not ("innkjøpssjef"); not a name's words ("Kari, Ana Lund (CFO)")."""
    low = words.lower().split()
    if any(w in FOREIGN_ROLE_WORDS for w in low):
        return len(low) <= 3
    return len(low) == 1 and (words.islower() or not words.isascii())


def english_gloss(role: str) -> str:
    """``role``, or its English gloss when it is a foreign title glossed in brackets."""
    m = _GLOSSED.match(role.strip())
    if m is None or not _foreign(m.group("own")) or _english(m.group("own")) or not _english(m.group("gloss")):
        return role
    return m.group("gloss").strip()


def glossed_after(tail: str, valid_role: Callable[[str], str | None]) -> str | None:
    """The English gloss of a foreign title right after a name (``tail`` is the text after it)."""
    m = _AFTER_NAME.match(tail)
    if m is None:
        return None
    gloss = english_gloss(m.group(1))
    return valid_role(gloss) if gloss != m.group(1) else None


# the gloss said after the foreign title, not bracketed: "he is Leiter Einkauf, so head of purchasing", "Jefa de
# Compras, i.e. head of purchasing", "Leiter Einkauf - that's head of purchasing"
_SAID_GLOSS = re.compile(
    # ... or put beside it with "the": "she is the directora de operaciones, the operations director"
    r"\s*(?:,|—|–| - )\s*"
    r"(?:(?:so|i\.e\.?|ie|meaning|that is|that's|which is|in english)[,:]?\s+(?:the\s+|a\s+)?|the\s+)"
    r"([^\W\d_][^,.;:!?\n()]{1,40}?)\s*(?=[,.;:!?\n)]|$)",
    re.IGNORECASE,
)


def said_glosses(text: str, contacts: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    """``contacts`` with a foreign title replaced by the English gloss the note says after it."""
    out = []
    for contact in contacts:
        role = contact.get("role") or ""
        if role and _foreign(role) and not _english(role):  # rare: the cheap test first
            at = text.find(role)
            m = _SAID_GLOSS.match(text, at + len(role)) if at != -1 else None
            if m and _english(m.group(1)) and len(m.group(1).split()) <= 5:
                contact = {**contact, "role": m.group(1).strip()}
        out.append(contact)
    return out
