"""A note covering several accounts one after another: "(1) plussunin - still comparing us w/ Stackline.
(2) donware: this is the one to log ...". What is said in another account's part is that account's, not the
logged one's: its rival vendors are no competitors of this deal.

A part opens where an account's name follows an enumeration mark ("(1)", "2.", "2)", "-", "•") or heads its
line or sentence before a separator ("Globex: ...", "Then Globex: ...", "Globex first - ..."); it runs to the
next such opening. Only when the note's own account opens a part too, so a reference customer named in an
ordinary note splits nothing. A bracketed aside on another account is a part of its own either way ("(Sonron
still dragging, 12k)", "Scotfind (Rick there lost a deal to Quorvia)").

``without_other_accounts`` blanks those parts, so no reader takes another deal's amount, date, people or step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Span = tuple[int, int]

# an enumeration mark before the name ("(1) plussunin", "2. Donware", "- Globex"), or the name heading its line
# with a separator after it ("Globex: ...", "Globex - ..."); a name merely opening a sentence opens nothing
_MARK = r"(?:\(\d{1,2}\)|(?<![\w.,])\d{1,2}[.)]|(?:^|(?<=\n))[ \t]*[-•*])[ \t]*"
_HEADING = r"(?:^|(?<=\n))[ \t]*"
_SEPARATOR = r"[ \t]*(?:[:–—|]|-(?=\s))"
# ... or opening a sentence, in the order the calls came: "Bioplex first - Lars says ...", "Then Finhigh: Priya"
_SENTENCE_OPEN = r"(?:(?<=[.!?])[ \t]+|(?:^|(?<=\n))[ \t]*)(?:then |next |and |also |after that,? )?"
_ORDER = r"(?:[ \t]+(?:first|next|then|too|after))?"


def other_account_parts(text: str, account: str | None, others: Iterable[str]) -> list[Span]:
    """The spans of ``text`` in parts opened by another account than ``account``; [] when the note is not
    split by accounts."""
    if not account:
        return []
    names = [o for o in others if o and o.lower() != account.lower() and o.lower() in text.lower()]
    if not names:
        return []
    opens: list[tuple[int, bool]] = []  # where a part opens, and whether it is the note's own account's
    for name, own in [(account, True), *((n, False) for n in names)]:
        word = re.escape(name)
        pattern = re.compile(
            rf"{_MARK}({word})\b|{_HEADING}({word}){_SEPARATOR}|{_SENTENCE_OPEN}({word}){_ORDER}{_SEPARATOR}",
            re.IGNORECASE,
        )
        opens += [(next(m.start(g) for g in (1, 2, 3) if m.group(g)), own) for m in pattern.finditer(text)]
    asides = [
        (m.span(1) if m.group(1) else m.span(2)) for n in names for m in re.finditer(_aside(n), text, re.IGNORECASE)
    ]
    if not any(own for _, own in opens) or all(own for _, own in opens):
        return asides  # "(Sonron still dragging btw, Lumora in there, 12k)": an aside on another account
    opens.sort()
    ends = [at for at, _ in opens[1:]] + [len(text)]
    return [(at, _item_end(text, at, end)) for (at, own), end in zip(opens, ends, strict=True) if not own] + asides


# a list item's mark heading its line, and its kind: "2." / "2)" / "(2)" / "-" / "•" / "*"
_ITEM_MARK = re.compile(r"[ \t]*(\(\d{1,2}\)|\d{1,2}[.)]|[-•*])[ \t]")


def _item_end(text: str, at: int, end: int) -> int:
    """Where a part opened at ``at`` by a list item ends: at the next item of the same list (its mark of the same
    kind at the same indent: "- Sonron paid 44k last year\n- Target signature: 19 January"), when that comes before
    ``end``; a part not opened by a list item runs to ``end``."""
    line = text.rfind("\n", 0, at) + 1
    mark = _ITEM_MARK.match(text, line)
    if mark is None or mark.end() > at or text[line:at].strip() != text[mark.start(1) : at].strip():
        return end
    indent = text[line : mark.start(1)]
    kind = re.sub(r"\d{1,2}", r"\\d{1,2}", re.escape(mark.group(1)))
    sibling = re.compile(r"\n" + re.escape(indent) + kind + r"[ \t]")
    found = sibling.search(text, at, end)
    return found.start() + 1 if found else end


def _aside(name: str) -> str:
    """A bracketed aside opening on another account's name, or said of it right after it: "(Sonron still
    dragging, 12k)", "told her about Scotfind (Rick there lost a deal to Quorvia, came back to us)"."""
    word = re.escape(name)
    return rf"(\({word}\b[^()\n]{{10,}}\))|\b{word}[ \t]*(\([^()\n]{{10,}}\))"


def without_other_accounts(text: str, account: str | None, others: Iterable[str]) -> str:
    """``text`` with the parts on other accounts blanked out (their newlines kept, so offsets and lines hold):
    another deal's amount, date, people and next step are not this one's."""
    for start, end in other_account_parts(text, account, others):
        text = text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]
    return text


def inside(spans: list[Span], at: int) -> bool:
    return any(start <= at < end for start, end in spans)
