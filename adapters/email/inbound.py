"""Reading RFC 5322 mail (``.eml`` files and ``.mbox`` archives) into neutral :class:`InboundItem`.

What the author wrote is kept (HTML converted to text, quoted replies and signatures removed);
attachments are listed, never stored; encoded and 8-bit non-ASCII headers are decoded. Threads are
rebuilt from Message-ID / In-Reply-To / References (and, for mail without them, a "Re:" subject).
"""

from __future__ import annotations

import hashlib
import mailbox
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Any

from adapters.email.cleaning import clean_body, html_to_text
from bot.ingest_events import Attachment, InboundItem, Party, ReadProblem, ReadResult


class _Message(EmailMessage):
    """An EmailMessage that parses each header once: the standard one re-parses a header on every read,
    and reading one email asks for Content-Type alone eight times (a third of the parsing time)."""

    def get(self, name: str, failobj: Any = None) -> Any:
        memo = self.__dict__.setdefault("_dealbot_memo", {})
        key = name.lower()
        if key not in memo:
            memo[key] = super().get(name, _ABSENT)
        value = memo[key]
        return failobj if value is _ABSENT else value

    def __getitem__(self, name: str) -> Any:
        return self.get(name)

    def _forget(self) -> None:
        self.__dict__.pop("_dealbot_memo", None)

    def __setitem__(self, name: str, val: Any) -> None:
        self._forget()
        super().__setitem__(name, val)

    def __delitem__(self, name: str) -> None:
        self._forget()
        super().__delitem__(name)

    def set_raw(self, name: str, value: Any) -> None:
        self._forget()
        super().set_raw(name, value)

    def replace_header(self, _name: str, _value: Any) -> None:
        self._forget()
        super().replace_header(_name, _value)


_ABSENT = object()
_PARSER = BytesParser(policy=policy.default.clone(message_factory=_Message))
_MSGID = re.compile(r"<[^<>\s]+>")
_REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|fw|fwd|wg|tr)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
MAX_MESSAGE_BYTES = 25 * 1024 * 1024  # the usual mail server limit; larger ones are refused


def read_eml(data: bytes, *, source: str = "<bytes>") -> InboundItem:
    """One message from its raw bytes. Raises ValueError when it is not a usable email."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise ValueError(f"message is {len(data) / 1e6:.1f} MB, over the {MAX_MESSAGE_BYTES // 2**20} MB limit")
    msg = _PARSER.parsebytes(data)
    _repair_8bit_headers(msg, data)
    if not isinstance(msg, EmailMessage) or not (msg.keys() and (msg["From"] or msg["Message-ID"])):
        raise ValueError("no email headers found (From / Message-ID)")
    warnings: list[str] = []
    body, from_html = _body_text(msg, warnings)
    text, signature = clean_body(body)
    message_id = _first_id(_header(msg, "Message-ID"))
    source_ref = message_id or "sha256:" + hashlib.sha256(data).hexdigest()[:40]
    if message_id is None:
        warnings.append("no Message-ID; identified by a digest of its content")
    senders = _parties(msg, "From")
    return InboundItem(
        source_ref=source_ref,
        kind="email",
        text=text,
        occurred_at=_date(msg, warnings),
        subject=_header(msg, "Subject") or None,
        sender=senders[0] if senders else None,
        recipients=tuple(_parties(msg, "To") + _parties(msg, "Cc")),
        in_reply_to=_first_id(_header(msg, "In-Reply-To")),
        references=tuple(_MSGID.findall(_header(msg, "References"))),
        attachments=tuple(_attachments(msg)),
        signature=signature,
        source=source,
        warnings=tuple(warnings + (["body was HTML only; converted to text"] if from_html else [])),
    )


def read_eml_file(path: Path) -> ReadResult:
    """A ``.eml`` file as a :class:`ReadResult` (one item, or one problem)."""
    result = ReadResult(str(path))
    try:
        result.items.append(read_eml(path.read_bytes(), source=str(path)))
    except (ValueError, LookupError, UnicodeError) as exc:
        result.problems.append(ReadProblem(str(path), f"not a readable email: {exc}"))
    return result


def read_mbox(path: Path) -> ReadResult:
    """Every message of an mbox archive; a bad message is a problem, the others are kept."""
    result = ReadResult(str(path))
    with path.open("rb") as fh:
        if not fh.read(5).startswith(b"From "):
            result.problems.append(ReadProblem(str(path), "not an mbox archive (no 'From ' line at the start)"))
            return result
    box = mailbox.mbox(str(path), create=False)
    try:
        for position, key in enumerate(box.iterkeys(), start=1):
            where = f"{path}#{position}"
            try:
                result.items.append(read_eml(box.get_bytes(key), source=where))
            except (ValueError, LookupError, UnicodeError) as exc:
                result.problems.append(ReadProblem(where, f"message {position} unreadable: {exc}"))
    finally:
        box.close()
    result.items = assign_threads(result.items)
    return result


def assign_threads(items: Iterable[InboundItem]) -> list[InboundItem]:
    """Each email with ``thread_ref`` set to its thread's first Message-ID, in date order.

    References name the root directly; otherwise In-Reply-To is followed through the messages at hand;
    mail with neither joins an earlier message with the same subject once "Re:"/"Fwd:" is removed."""
    ordered = sorted(items, key=lambda i: (i.occurred_at or datetime.max.replace(tzinfo=UTC), i.source_ref))
    by_id = {i.source_ref: i for i in ordered}
    roots: dict[str, str] = {}
    by_subject: dict[str, str] = {}

    def root_of(item: InboundItem, depth: int = 0) -> str:
        if item.source_ref in roots:
            return roots[item.source_ref]
        if item.references:
            return item.references[0]
        parent = by_id.get(item.in_reply_to or "")
        if parent is not None and depth < 100 and parent is not item:
            return root_of(parent, depth + 1)
        if item.in_reply_to:
            return item.in_reply_to
        subject = thread_subject(item.subject)
        is_reply = bool(item.subject and _REPLY_PREFIX.match(item.subject))
        if is_reply and subject in by_subject:
            return by_subject[subject]
        return item.source_ref

    out = []
    for item in ordered:
        if item.kind != "email":
            out.append(item)
            continue
        root = roots[item.source_ref] = root_of(item)
        by_subject.setdefault(thread_subject(item.subject), root)
        out.append(replace(item, thread_ref=root))
    return out


def thread_subject(subject: str | None) -> str:
    """The subject without reply/forward prefixes, lower-cased, for matching replies to their thread."""
    return " ".join(_REPLY_PREFIX.sub("", subject or "").lower().split())


def iter_email_files(paths: Iterable[Path]) -> Iterator[ReadResult]:
    """Read ``.eml`` and ``.mbox`` files, one result per file."""
    for path in paths:
        yield read_mbox(path) if path.suffix.lower() == ".mbox" else read_eml_file(path)


def _header(msg: Message, name: str) -> str:
    """A header as clean text: RFC 2047 decoded; undecodable 8-bit bytes read as UTF-8, else Latin-1."""
    try:
        value = msg.get(name)
    except (ValueError, IndexError, LookupError, UnicodeError):  # malformed beyond the policy's repair
        value = msg.get_all(name, [None])[0] if hasattr(msg, "get_all") else None
    if value is None:
        return ""
    return " ".join(_unsurrogate(str(value)).split())


def _repair_8bit_headers(msg: Message, data: bytes) -> None:
    """Raw 8-bit bytes in a header (against RFC 5322, common from old clients) come out of the parser as
    U+FFFD; read those headers again from the bytes, as UTF-8 or else Windows-1252."""
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    for name in ("From", "To", "Cc", "Subject"):
        value = msg.get(name)
        if value is None or "\ufffd" not in str(value):
            continue
        found = re.search(rb"^" + name.encode() + rb":[ \t]*(.*(?:\r?\n[ \t].*)*)", head, re.IGNORECASE | re.MULTILINE)
        if not found:
            continue
        raw = found.group(1)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        del msg[name]
        msg[name] = " ".join(text.split())


def _unsurrogate(text: str) -> str:
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _first_id(value: str) -> str | None:
    found = _MSGID.search(value or "")
    if found:
        return found.group(0)
    return f"<{value.strip()}>" if value.strip() and " " not in value.strip() else None


def _parties(msg: Message, name: str) -> list[Party]:
    values = [_header(msg, name)] if msg.get(name) is not None else []
    parties = []
    for display, address in getaddresses(values):
        address = address.strip().lower()
        if "@" not in address:
            address = ""
        if display or address:
            parties.append(Party(name=display.strip() or None, email=address or None))
    return parties


def _date(msg: Message, warnings: list[str]) -> datetime | None:
    raw = _header(msg, "Date")
    if not raw:
        warnings.append("no Date header")
        return None
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        warnings.append(f"unreadable Date header {raw!r}")
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _body_text(msg: EmailMessage, warnings: list[str]) -> tuple[str, bool]:
    """The best text body: plain text, else HTML converted. ``(text, came_from_html)``."""
    plain = msg.get_body(preferencelist=("plain",))
    text = _part_text(plain, warnings) if plain is not None else ""
    if text.strip():
        return text, False
    html = msg.get_body(preferencelist=("html",))
    if html is not None:
        return html_to_text(_part_text(html, warnings)), True
    if not msg.is_multipart() and msg.get_content_maintype() == "text":
        return _part_text(msg, warnings), False
    warnings.append("no text body")
    return "", False


def _part_text(part: Message, warnings: list[str]) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        return content if isinstance(content, str) else ""
    except (LookupError, UnicodeError, AssertionError, KeyError):  # unknown charset or broken encoding
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        warnings.append(f"body charset {part.get_content_charset()!r} unreadable; decoded leniently")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def _attachments(msg: EmailMessage) -> Iterator[Attachment]:
    for part in msg.iter_attachments():
        payload = part.get_payload(decode=True)
        size = len(payload) if isinstance(payload, bytes) else len(str(part.get_payload()))
        name = _unsurrogate(part.get_filename() or "(unnamed)")
        yield Attachment(filename=name, content_type=part.get_content_type(), size=size)
