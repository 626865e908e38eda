"""Text helpers shared by the field readers: sentences of a terse note, and lower case that keeps offsets."""

from __future__ import annotations

import re

from memory.extract.mail_history import earlier_messages

# "i.e." and "e.g." gloss what went before ("close wk 50, i.e. Fri 15 Dec"): no sentence ends at them
# ... nor a given name written short before the rest of the name: "Ma. Teresa Villanueva", "Md. Rafiqul Islam"
# ... nor a list's number opening its line: "Actions\n1. Book the audit." is one step, not "1."
_GLOSSED = re.compile(
    r"(?<=\bi\.e)|(?<=\be\.g)|(?<=\bMa)|(?<=\bMd)|(?<=\bMohd)|(?<=^\d)|(?<=\n\d)|(?<=^\d\d)|(?<=\n\d\d)"
)
# a sentence's end, the gloss checked apart: as lookbehinds ahead of the pattern they ran at every character
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n|\s//?\s")
_FULL_STOP = re.compile(r"[.!?]+(?=\s|$)|\n|\s//?\s")


def _ends(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The sentence ends of ``text``: punctuation right after a gloss or a short given name ends none."""
    out, pos = [], 0
    while m := pattern.search(text, pos):
        if text[m.start()] in ".!?;" and _GLOSSED.match(text, m.start()):
            pos = m.start() + 1
            continue
        out.append(m)
        pos = m.end()
    return out


def sentences(text: str, *, semicolons: bool = True) -> list[tuple[int, str]]:
    """``(offset, sentence)`` pairs; a line break or " / " also ends one (terse notes). Decimal points
    and "w/" do not."""
    out = []
    start = 0
    for m in _ends(text, _SENTENCE_END if semicolons else _FULL_STOP):
        if text[start : m.end()].strip():
            out.append((start, text[start : m.end()]))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


def quoted_history(text: str) -> int:
    """Where the quoted earlier messages of an email start (the text's length when there are none); see
    ``mail_history``."""
    return earlier_messages(text)


def lowered(text: str) -> str:
    """``text`` in lower case with every offset unchanged, so patterns can run case-sensitively on it (several
    times faster than ``re.IGNORECASE``) and their positions still point into ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" lowers to two characters


# a pasted two-column table of deal fields: "| Stage | Engaging |" reads as "Stage: Engaging", the form the
# field readers know; only rows whose first cell is a field's label, so a table of people stays as it is
_FIELD_ROW = re.compile(r"^[ \t]*\|[ \t]*([A-Za-z$][\w $/&().-]{0,24}?)[ \t]*\|[ \t]*([^|\n]*?)[ \t]*\|?[ \t]*$", re.M)
_FIELD_LABELS = frozenset(
    ("account", "customer", "company", "opp", "opportunity", "deal", "product", "stage", "status", "value",
     "amount", "price", "$", "acv", "tcv", "close", "close date", "expected close", "target close", "decision",
     "decision date", "timing", "buyer", "contact", "contacts", "champion", "decision maker", "economic buyer",
     "eb", "who", "comp", "competition", "competitor", "competitors", "incumbent", "next", "next step",
     "next steps", "ns", "action", "todo")
)  # fmt: skip


def unpack_field_rows(text: str) -> str:
    """``text`` with each two-cell table row of a deal field written as "Label: value" (same lines)."""
    if "|" not in text:
        return text
    return _FIELD_ROW.sub(lambda m: _field_line(m) or m.group(0), text)


def _field_line(m: re.Match[str]) -> str | None:
    label = " ".join(m.group(1).split())
    return f"{label}: {m.group(2)}" if label.lower() in _FIELD_LABELS else None
