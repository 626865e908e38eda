"""A person the note says it has no title for: "her colleague Marek (no title given)", "Ola (title
unknown)", "Joy Park - no role given". Whatever word stands before the name ("colleague", "assistant") is how the
writer placed the person, not the title the note says it lacks: the role is left empty, as for a bare name."""

from __future__ import annotations

import re

# right after the name: a bracket or a dash saying no title or role was got or given
_NO_TITLE = re.compile(
    r"[ \t]*(?:\((?:[^()\n]{0,40}?\b)?|[-–—,][ \t]*)"  # in its bracket, or straight after a dash
    r"(?:(?:no |without (?:a |any )?|(?:didn['’]t|did not|never) (?:get|got|catch|caught) "
    r"(?:a |her |his |their )?(?:[\w-]+ (?:or|and|nor) )?)"
    r"(?:job )?(?:title|role|position)s?\b"
    r"|(?:title|role|position) (?:unknown|unclear|not (?:given|known|stated)|tbc|tbd|\?))",
    re.IGNORECASE,
)


def untitled(text: str, contacts: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    """``contacts`` with the role left out for each person the note says right after the name it has no title for."""
    if not any(c.get("role") for c in contacts) or not _HINT.search(text):
        return contacts
    out = []
    for c in contacts:
        name = str(c.get("name") or "")
        if c.get("role") and name and _says_untitled(text, name):
            c = {**c, "role": None}
        out.append(c)
    return out


_HINT = re.compile(r"(?i:title|role|position)")


def _says_untitled(text: str, name: str) -> bool:
    """Whether some mention of ``name`` is followed straight away by a word that it has no title."""
    start = text.find(name)
    while start != -1:
        if _NO_TITLE.match(text, start + len(name)):
            return True
        start = text.find(name, start + 1)
    return False
