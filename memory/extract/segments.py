"""A note covering several accounts one after another: "(1) plussunin - still comparing us w/ Stackline.
(2) donware: this is the one to log ...". What is said in another account's part is that account's, not the
logged one's: its rival vendors are no competitors of this deal.

A part opens where an account's name follows an enumeration mark ("(1)", "2.", "2)", "-", "•") or heads its
line before a separator ("Globex: ..."); it runs to the next such opening. Only when the note's own account
opens a part too, so a reference customer named in an ordinary note splits nothing.
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
        pattern = re.compile(rf"{_MARK}({word})\b|{_HEADING}({word}){_SEPARATOR}", re.IGNORECASE)
        opens += [(m.start(1) if m.group(1) else m.start(2), own) for m in pattern.finditer(text)]
    if not any(own for _, own in opens) or all(own for _, own in opens):
        return []
    opens.sort()
    ends = [at for at, _ in opens[1:]] + [len(text)]
    return [(at, end) for (at, own), end in zip(opens, ends, strict=True) if not own]


def inside(spans: list[Span], at: int) -> bool:
    return any(start <= at < end for start, end in spans)
