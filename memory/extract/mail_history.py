"""Where a pasted mail thread's earlier messages start, in the forms mail clients write them in several languages:
a quoted "> ..." line, a "wrote:" line ("Am 12.06.2017 schrieb X:", "Em qui, ... escreveu:", "W dniu ... pisze:"),
an "Original/Forwarded message" rule, or an Outlook header block ("From: X / Sent: ...", "Von: / Gesendet:",
"De: / Enviado el:", "Od: / Wysłano:"). The newest message's own header block, on top, starts no history."""

from __future__ import annotations

import re

# a quoted line, or the rule above a forwarded or original message
_QUOTE_OR_RULE = re.compile(r"^[ \t]*>|^[ \t]*-{2,}\s*(?:Original|Forwarded) [Mm]essage[^\n]*", re.MULTILINE)
_FORWARD_RULE = re.compile(r"[ \t]*-{2,}\s*Forwarded [Mm]essage")
# the verb closing a reply's attribution line, ":" ending the line; German and Dutch put the name after it
# ("schrieb Sabine Kuhlmann:"). The line must carry a date or time (a digit), as mail clients write it.
_WROTE = re.compile(
    r"\b(?:(?:wrote|escreveu|escribió|a écrit|ha scritto|pisze|napisał[a]?|yazdı|skrev|kirjoitti)|"
    r"(?:schrieb|schreef)[^\n:]{0,120})[ \t]*:[ \t]*$",
    re.MULTILINE,
)
# an Outlook header block: a sender line, then (a line or two below) the line with the time it was sent
_SENDER = re.compile(r"^[ \t>]*(?:From|Von|De|Van|Od|Da|Kimden|Fra|Från)[ \t]?:[ \t]*\S", re.MULTILINE)
_SENT = re.compile(
    r"[ \t>]*(?:Sent|Date|Gesendet|Datum|Enviad[oa](?: em| el)?|Verzonden|Inviato|Wysłano|Envoyé|Gönderildi|"
    r"Tarih|Skickat|Sendt)[ \t]?:"
)
# a header block's own lines, one after another: the block ends at the first line that is none of them
_HEADER_LINE = re.compile(
    r"[ \t>]*(?:From|Sent|Date|To|Cc|Bcc|Subject|Von|Gesendet|An|Betreff|De|Enviad[oa](?: em| el)?|Para|Assunto|"
    r"Asunto|CC|Van|Verzonden|Aan|Onderwerp|Da|Inviato|A|Oggetto|Od|Wysłano|Do|DW|Temat|Envoyé|À|Objet|Kimden|"
    r"Gönderildi|Kime|Konu|Tarih|Datum)[ \t]?:[^\n]*(?:\n|$)"
)
# a figure a cover note would state: "now 19,284", "13.9k", "28/4" (a lone "for 9" is no figure)
_FIGURE = re.compile(r"\d\d|\d[.,/]\d|\d[ \t]*[kK]\b")


def _header_block_end(text: str, at: int) -> int | None:
    """The end of the header block whose sender line starts at ``at``, or None when no sent line follows it."""
    pos, sent = at, False
    for _ in range(8):
        line = _HEADER_LINE.match(text, pos)
        if line is None:
            break
        sent = sent or _SENT.match(text, pos) is not None
        pos = line.end()
    return pos if sent else None


def _marks(text: str, start: int) -> list[tuple[int, int, bool]]:
    """The earliest earlier-message mark at or after ``start`` as (start, end, passes_on); passes_on says the
    message under it may be the news (a forward rule or a header block), not only older text."""
    found: list[tuple[int, int, bool]] = []
    if m := _QUOTE_OR_RULE.search(text, start):
        found.append((m.start(), m.end(), _FORWARD_RULE.match(text, m.start()) is not None))
    pos = start
    while m := _WROTE.search(text, pos):
        line = text.rfind("\n", 0, m.start()) + 1
        if line >= start and any(c.isdigit() for c in text[line : m.start()]):
            found.append((line, m.end(), False))
            break
        pos = m.end()
    pos = start
    while m := _SENDER.search(text, pos):
        end = _header_block_end(text, m.start())
        if end is not None:
            found.append((m.start(), end, True))
            break
        pos = m.end()
    return sorted(found)[:1]


def earlier_messages(text: str) -> int:
    """Where the quoted earlier messages of an email start (the text's length when there are none). A forward or
    pasted mail whose cover note states no figure of its own ("fyi, see below") passes the message under its
    header on as the news: its history starts at the next mark. A cover note with figures ("now 19,284")
    supersedes the mail under it."""
    first = _marks(text, 0)
    if not first:
        return len(text)
    at, end, passes_on = first[0]
    if not passes_on or _FIGURE.search(text, 0, at):
        return at
    while (nxt := _marks(text, end)) and nxt[0][2] and not text[end : nxt[0][0]].strip():
        end = nxt[0][1]  # the rule's own header block right under it: "Forwarded message" over "From: ... Date:"
    return nxt[0][0] if nxt else len(text)
