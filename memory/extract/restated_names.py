"""A person named first by a short or familiar name, then at once in full: "the ops lady, Kasia - Katarzyna Wójcik,
ops manager", "Bea (Beatriz Nunes)". One person, not two: the full name stands, the short one goes (its title,
when the full name has none, goes with it)."""

from __future__ import annotations

import re

Contact = dict[str, str | None]

# a single name, a dash, bracket or "I mean" (a comma only before the given name it shortens: "Anna, Tom Berg and
# I" is a list), then a fuller name
_RESTATED = re.compile(
    r"\b(?P<short>[A-Z][\w'’-]+)[ \t]*"
    r"(?:[—–]|-(?=[ \t])|(?P<bracket>\()|[ \t](?i:i mean)\b|,?[ \t]*(?i:or rather|i\.e\.)|(?P<comma>,))[ \t,]*"
    r"(?P<full>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)+)"
)


def without_restated(text: str, contacts: list[Contact]) -> list[Contact]:
    """``contacts`` less each one-word name said just before a full name of ``contacts`` that restates it."""
    singles = {(c["name"] or ""): c for c in contacts if len((c["name"] or "").split()) == 1}
    fulls = [c for c in contacts if len((c["name"] or "").split()) > 1]
    if not singles or not fulls:
        return contacts  # the cheap test first: nothing to restate
    dropped: list[Contact] = []
    for m in _RESTATED.finditer(text):
        short = singles.get(m.group("short"))
        # in brackets, the full name opens them and holds no more than a title: "Bea (Beatriz Nunes, CFO)"
        closing = (")", ",") if m.group("bracket") else ()
        full = next((c for c in fulls if _said_in_full(text, m.start("full"), c["name"] or "", closing)), None)
        if short is None or full is None or any(d is short for d in dropped):
            continue
        given = (full["name"] or "").split()[0].lower()
        if m.group("comma") and not (given.startswith(m.group("short").lower()) and given != m.group("short").lower()):
            continue  # a comma restates only a shortened given name ("Wes, Wesley Tran"): "Anna, Tom Berg" is a list
        full["role"] = full["role"] or short["role"]
        dropped.append(short)
    return [c for c in contacts if not any(d is c for d in dropped)] if dropped else contacts


def _said_in_full(text: str, at: int, name: str, closing: tuple[str, ...]) -> bool:
    """Whether ``text`` names the full ``name`` at ``at`` as the person itself, not as an owner ("Jonas Berg's
    deputy", "Maylynn (Adnan's fiancée)"); one of ``closing`` must follow it, when given."""
    if not text.startswith(name, at) or "'" in name or "’" in name:
        return False
    after = text[at + len(name) : at + len(name) + 1]
    return after not in ("'", "’") and (not closing or after in closing)
