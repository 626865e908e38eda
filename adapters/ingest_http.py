"""``POST /ingest`` bodies (JSON) into neutral :class:`InboundItem`: translation only.

One object or a list of them. Each has a ``kind``:

- ``email``: ``raw`` (the RFC 5322 message as text), or the fields ``from``, ``to``, ``cc``, ``subject``,
  ``text``, ``html``, ``date``, ``message_id``, ``in_reply_to``, ``references``;
- ``call`` / ``meeting`` (or ``transcript``): ``content`` (WebVTT, SRT or ``Speaker: words`` text; ``format``
  ``vtt``/``srt``/``text`` or detected), ``time`` (when it took place), ``participants`` (names or
  ``Name <email>``), optional ``title``;
- ``note`` / ``voice_note``: ``text``, ``author`` (name or email), ``time``.

Any item may carry ``account`` or ``deal`` (an opportunity id) to say what it is about, and ``id``, the
caller's own key: the same id (or, without one, the same Message-ID or content) is stored once. Every
problem names the field, e.g. ``items[2].from: not an email address``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from typing import Any

from adapters.email.inbound import read_eml
from adapters.transcripts import parse_srt, parse_webvtt, read_text, transcript_item
from bot.ingest_events import InboundItem, ItemKind, Party

KINDS: dict[str, ItemKind] = {"email": "email", "call": "call", "meeting": "meeting", "transcript": "call",
                              "note": "note", "voice_note": "voice_note"}  # fmt: skip
MAX_FIELD_CHARS = 5_000_000


class BadItem(ValueError):
    """An item that cannot be read: ``field`` names where (``items[1].date``), ``reason`` says why."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass(frozen=True)
class Parsed:
    """One item of the request: read, or the problem that kept it from being read."""

    index: int
    item: InboundItem | None = None
    problem: BadItem | None = None


def items_of(body: Any) -> list[dict[str, Any]]:
    """The request's items; raises :class:`BadItem` when the body is neither an object nor a list of objects."""
    if isinstance(body, dict):
        return [body]
    if not isinstance(body, list):
        raise BadItem("body", "expected a JSON object or a list of objects")
    if not body:
        raise BadItem("body", "the list is empty: nothing to ingest")
    for i, entry in enumerate(body):
        if not isinstance(entry, dict):
            raise BadItem(f"items[{i}]", "expected a JSON object")
    return body


def parse_items(body: Any) -> list[Parsed]:
    """Every item read on its own: one bad item does not keep the others out."""
    entries = items_of(body)
    single = isinstance(body, dict)
    out = []
    for index, entry in enumerate(entries):
        where = "" if single else f"items[{index}]."
        try:
            out.append(Parsed(index, item=to_item(entry, where=where, source=f"http:{where.rstrip('.') or 'item'}")))
        except BadItem as problem:
            out.append(Parsed(index, problem=problem))
    return out


def to_item(entry: dict[str, Any], *, where: str = "", source: str = "http") -> InboundItem:
    """One JSON object as an :class:`InboundItem`; :class:`BadItem` names the bad or missing field."""
    f = _Fields(entry, where)
    kind_name = f.text("kind", required=not ("raw" in entry or "from" in entry))
    kind = KINDS.get((kind_name or "email").lower())
    if kind is None:
        raise BadItem(f"{where}kind", f"unknown kind {kind_name!r}; use one of {', '.join(KINDS)}")
    if kind == "email":
        item = _email(f, source)
    elif kind in ("call", "meeting"):
        item = _transcript(f, kind, source)
    else:
        item = _note(f, kind, source)
    caller_id = f.text("id")
    if caller_id:
        item = replace(item, source_ref=f"http:{kind}:{caller_id}"[:500])
    return replace(item, account_hint=f.text("account"), deal_hint=f.text("deal"), raw=None)


class _Fields:
    """Typed access to one item's fields, every problem naming its field."""

    def __init__(self, entry: dict[str, Any], where: str) -> None:
        self.entry = entry
        self.where = where

    def bad(self, name: str, reason: str) -> BadItem:
        return BadItem(f"{self.where}{name}", reason)

    def text(self, name: str, *, required: bool = False) -> str | None:
        value = self.entry.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise self.bad(name, "required")
            return None
        if isinstance(value, int | float) and not isinstance(value, bool) and name in ("id", "deal"):
            value = str(value)
        if not isinstance(value, str):
            raise self.bad(name, f"expected text, got {type(value).__name__}")
        if len(value) > MAX_FIELD_CHARS:
            raise self.bad(name, f"longer than {MAX_FIELD_CHARS:,} characters")
        return value

    def when(self, *names: str) -> datetime | None:
        for name in names:
            raw = self.text(name)
            if raw is not None:
                return _date(raw, self.bad(name, f"{raw[:40]!r} is not a date and time (e.g. 2017-12-20T10:00:00Z)"))
        return None

    def party(self, name: str, value: Any) -> Party:
        if isinstance(value, dict):
            display, email = value.get("name"), value.get("email")
            if not isinstance(display, str | None) or not isinstance(email, str | None) or not (display or email):
                raise self.bad(name, 'expected {"name": ..., "email": ...}')
        elif isinstance(value, str) and value.strip():
            if "@" not in value:
                return Party(name=" ".join(value.split()))  # a name alone (a speaker, an author)
            pairs = [(n, a) for n, a in getaddresses([value]) if n or a]
            if len(pairs) != 1 or "@" not in pairs[0][1]:
                raise self.bad(name, f"{value[:80]!r} is not one email address")
            display, email = pairs[0]
        else:
            raise self.bad(name, 'expected a name, an email address or {"name", "email"}')
        if email is not None and "@" not in email:
            raise self.bad(name, f"{email!r} is not an email address")
        return Party(name=(display or "").strip() or None, email=email.strip().lower() if email else None)

    def parties(self, name: str) -> list[Party]:
        """A list of people, or one string of comma-separated addresses (as in a To header)."""
        value = self.entry.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return []
        if isinstance(value, list):
            return [self.party(f"{name}[{i}]", v) for i, v in enumerate(value)]
        if isinstance(value, str) and "@" in value:
            pairs = [(n, a) for n, a in getaddresses([value]) if n or a]
            bad = [a for _, a in pairs if "@" not in a]
            if bad:
                raise self.bad(name, f"{bad[0][:80]!r} is not an email address")
            return [Party(name=n.strip() or None, email=a.strip().lower()) for n, a in pairs]
        return [self.party(name, value)]


def _email(f: _Fields, source: str) -> InboundItem:
    raw = f.text("raw")
    if raw is not None:
        try:
            return replace(read_eml(raw.encode("utf-8", "surrogateescape"), source=source), source=source)
        except (ValueError, LookupError, UnicodeError) as exc:
            raise f.bad("raw", f"not a readable email: {exc}") from None
    sender = f.parties("from")
    if not sender:
        raise f.bad("from", "required (or give the whole message as raw)")
    if len(sender) != 1 or sender[0].email is None:
        raise f.bad("from", f"{str(f.entry.get('from'))[:80]!r} is not one email address")
    text, html = f.text("text"), f.text("html")
    if text is None and html is None and f.text("subject") is None:
        raise f.bad("text", "required: give text or html (or a subject)")
    msg = EmailMessage()
    msg["From"] = _address(sender[0])
    for header, name in (("To", "to"), ("Cc", "cc")):
        people = f.parties(name)
        if people:
            msg[header] = ", ".join(_address(p) for p in people)
    for header, name in (("Subject", "subject"), ("Message-ID", "message_id"), ("In-Reply-To", "in_reply_to")):
        value = f.text(name)
        if value is not None:
            msg[header] = " ".join(value.split())
    references = f.entry.get("references")
    if isinstance(references, list) and all(isinstance(r, str) for r in references):
        msg["References"] = " ".join(references)
    elif references is not None:
        msg["References"] = f.text("references") or ""
    when = f.when("date")
    if when is not None:
        msg["Date"] = format_datetime(when)
    msg.set_content(text if text is not None else "")
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    try:
        item = read_eml(msg.as_bytes(), source=source)
    except (ValueError, LookupError, UnicodeError) as exc:
        raise f.bad("text", f"not a usable email: {exc}") from None
    if f.text("message_id") is None:  # MIME boundaries are random: identify it by its fields instead
        fields = {k: f.entry.get(k) for k in ("from", "to", "cc", "subject", "text", "html", "date")}
        digest = hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()[:40]
        item = replace(item, source_ref=f"sha256:{digest}")
    return item


def _transcript(f: _Fields, kind: ItemKind, source: str) -> InboundItem:
    content = f.text("content") or f.text("text")
    if content is None:
        raise f.bad("content", "required: the transcript (WebVTT, SRT or 'Speaker: words' lines)")
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    form = (f.text("format") or _detect(content)).lower()
    when = f.when("time", "date", "started_at")
    try:
        if form == "vtt":
            utterances = parse_webvtt(content)
        elif form == "srt":
            utterances = parse_srt(content)
        elif form == "text":
            item = read_text(content, source=source, kind=kind, when=when)
            utterances = []
        else:
            raise f.bad("format", f"unknown format {form!r}; use vtt, srt or text")
    except ValueError as exc:
        if isinstance(exc, BadItem):
            raise
        raise f.bad("content", f"not a readable {form.upper()} transcript: {exc}") from None
    if form != "text":
        if not utterances:
            raise f.bad("content", "no spoken text found")
        item = transcript_item(utterances, source=source, kind=kind, when=when)
    return replace(item, recipients=tuple(f.parties("participants")), subject=f.text("title") or f.text("subject"))


def _note(f: _Fields, kind: ItemKind, source: str) -> InboundItem:
    text = f.text("text", required=True) or ""
    author = f.party("author", f.entry["author"]) if f.entry.get("author") else None
    when = f.when("time", "date")
    stamp = when.isoformat() if when else ""
    who = author.label if author else ""
    digest = hashlib.sha256(f"{kind}\n{who}\n{stamp}\n{' '.join(text.split())}".encode()).hexdigest()[:40]
    return InboundItem(source_ref=f"sha256:{digest}", kind=kind, text=text.strip(), occurred_at=when, author=author,
                       source=source)  # fmt: skip


def _detect(content: str) -> str:
    head = content.lstrip("\ufeff").lstrip()
    if head.startswith("WEBVTT"):
        return "vtt"
    return "srt" if "-->" in head[:2000] else "text"


def _address(party: Party) -> str:
    if party.email and party.name:
        return f'"{party.name}" <{party.email}>'
    return party.email or party.name or ""


def _date(raw: str, problem: BadItem) -> datetime:
    text = raw.strip()
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            raise problem from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
