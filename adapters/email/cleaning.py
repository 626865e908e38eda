"""Turning an email body into what its author actually wrote: HTML to text, quoted replies and
signatures removed. Heuristics on purpose: real mail has no markup for "this part is a quote"."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    "p div br tr li ul ol table h1 h2 h3 h4 h5 h6 hr pre section article header footer blockquote".split()
)
_SKIP_TAGS = frozenset({"script", "style", "head", "title"})
# Containers that mail clients use for the quoted previous message.
_QUOTE_CLASSES = ("gmail_quote", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote")
_QUOTE_IDS = ("divrplyfwdmsg", "appendonsend", "mail-editor-reference-message-container")


class _TextExtractor(HTMLParser):
    """Collects visible text; drops scripts, styles and quoted-reply containers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0  # >0 while inside something we drop
        self._stack: list[bool] = []  # per open tag: did it start a skipped region?
        self.cut = False  # an Outlook reply separator: everything after it is the old message

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.cut:
            return
        values = {k: (v or "").lower() for k, v in attrs}
        quoted = tag == "blockquote" or any(c in values.get("class", "") for c in _QUOTE_CLASSES)
        if values.get("id", "") in _QUOTE_IDS:
            if values["id"] == "appendonsend":
                self.cut = True
                return
            quoted = True
        skip = tag in _SKIP_TAGS or quoted
        if tag in ("br", "hr", "img", "meta", "link", "input"):  # void elements never close
            if tag in ("br", "hr") and not self._skip_depth:
                self.parts.append("\n")
            return
        self._stack.append(skip)
        if skip:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS and not self._skip_depth:
            self.parts.append("\n")
        if tag == "li" and not self._skip_depth:
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if self.cut or tag in ("br", "hr", "img", "meta", "link", "input") or not self._stack:
            return
        if self._stack.pop():
            self._skip_depth -= 1
        elif tag in _BLOCK_TAGS and not self._skip_depth:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth and not self.cut:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML mail part, one paragraph per line, quoted replies left out."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # broken markup: fall back to stripping tags
        return tidy(unescape(re.sub(r"<[^>]*>", " ", html)))
    text = "".join(parser.parts)
    return tidy(re.sub(r"[ \t\r\f\v\xa0]+", " ", text))


def tidy(text: str) -> str:
    """Trim lines, collapse runs of blank lines, normalise line ends."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line.strip())
    return "\n".join(out).strip()


# Lines that start the quoted previous message; everything from there on is not the author's.
_REPLY_HEADERS = (
    re.compile(r"^\s*On\b.{0,200}\bwrote:\s*$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\s*Am\b.{0,200}\bschrieb\b.*:\s*$", re.IGNORECASE),
    re.compile(r"^\s*Le\b.{0,200}\ba écrit\s*:\s*$", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht)\s*-{2,}\s*$", re.I),
    re.compile(r"^\s*_{10,}\s*$"),  # Outlook's rule above "From: ... Sent: ..."
    re.compile(r"^\s*Begin forwarded message:\s*$", re.IGNORECASE),
)
_OUTLOOK_HEADER = re.compile(r"^\s*\**(From|Von|De)\s*:\**\s+\S", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(r"^\s*\**(Sent|Date|To|Subject|Gesendet|Envoyé|An)\s*:", re.IGNORECASE)


def strip_quoted(text: str) -> str:
    """The new part of a reply: cut at the first reply header, drop ``>`` lines."""
    lines = text.split("\n")
    end = len(lines)
    for i, line in enumerate(lines):
        joined = line if not line.rstrip().endswith(",") else line + " " + (lines[i + 1] if i + 1 < len(lines) else "")
        if any(p.match(line) or p.match(joined) for p in _REPLY_HEADERS):
            end = i
            break
        if _OUTLOOK_HEADER.match(line) and any(_OUTLOOK_NEXT.match(x) for x in lines[i + 1 : i + 4]):
            end = i
            break
    kept = [line for line in lines[:end] if not line.lstrip().startswith(">")]
    return tidy("\n".join(kept))


_SIG_DELIMITER = re.compile(r"^--\s?$")
_MOBILE = re.compile(r"^\s*(Sent from my \w+|Sent from (Outlook|Mail) for \w+|Get Outlook for \w+)", re.IGNORECASE)
_VALEDICTION = re.compile(
    r"^\s*(best( regards| wishes)?|kind regards|warm regards|regards|many thanks|thanks( again| a lot)?|"
    r"thank you|cheers|sincerely( yours)?|yours( sincerely| truly)?|all the best|talk soon|br|mfg|"
    r"viele grüße|cordialement)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
SIGNATURE_MAX_LINES = 8


def strip_signature(text: str) -> tuple[str, str | None]:
    """Split ``text`` into the message and its signature block (or None).

    The RFC 3676 ``-- `` delimiter and "Sent from my phone" lines always cut. Otherwise a sign-off
    ("Best regards,") near the end cuts the short lines after it (name, title, phone); the sign-off
    itself stays, since it is part of the message's tone."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _SIG_DELIMITER.match(line) or _MOBILE.match(line):
            return tidy("\n".join(lines[:i])), tidy("\n".join(lines[i + 1 :])) or None
    start = max(0, len(lines) - SIGNATURE_MAX_LINES - 1)
    for i in range(len(lines) - 1, start - 1, -1):
        if _VALEDICTION.match(lines[i]):
            tail = [x for x in lines[i + 1 :] if x.strip()]
            if all(len(x) <= 80 for x in tail):
                return tidy("\n".join(lines[: i + 1])), tidy("\n".join(tail)) or None
            break
    return text, None


def clean_body(text: str) -> tuple[str, str | None]:
    """Quoted replies and the signature removed: ``(message, signature)``."""
    return strip_signature(strip_quoted(tidy(text)))
