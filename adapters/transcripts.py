"""Call and meeting transcripts (WebVTT as Zoom and Teams export it, SRT, plain text) and free-text
notes into neutral :class:`InboundItem`.

Consecutive cues of one speaker are merged into one utterance; the item's text is one
``Speaker: words`` line per utterance. Transcripts carry no date, so a date in the file name
(``2017-03-14``, ``20170314``, Zoom's ``GMT20170314-...``) is used when there is one.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

from bot.ingest_events import InboundItem, ItemKind, ReadProblem, ReadResult, Utterance

_TIME = r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})"
_CUE_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>(.*?)(?:</v>|$)", re.DOTALL)
_TAG = re.compile(r"</?[a-z][^>]*>|<\d{1,2}:\d{2}[^>]*>", re.IGNORECASE)
# "Maria Lopez: text" or "[00:01:02] Maria Lopez: text" or "00:01 - Maria Lopez: text"
_SPEAKER_LINE = re.compile(
    r"^\s*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)?\]?\s*[-–]?\s*)?"
    r"([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}|Speaker \d+|SPEAKER_\d+)\s*:\s+(\S.*)$"
)
_FILE_DATE = re.compile(r"(20\d\d)-?([01]\d)-?([0-3]\d)")
_VOICE_NOTE = re.compile(r"^\W*(voice (note|memo)|voicemail)\b", re.IGNORECASE)
MAX_TRANSCRIPT_CHARS = 2_000_000


def read_transcript_file(path: Path, *, kind: ItemKind | None = None) -> ReadResult:
    """A ``.vtt``, ``.srt`` or ``.txt`` file: a transcript, or a note when it has no speaker turns."""
    result = ReadResult(str(path))
    try:
        text = _decode(path.read_bytes())
    except ValueError as exc:
        result.problems.append(ReadProblem(str(path), str(exc)))
        return result
    suffix = path.suffix.lower()
    try:
        if suffix == ".vtt":
            utterances = parse_webvtt(text)
        elif suffix == ".srt":
            utterances = parse_srt(text)
        else:
            result.items.append(read_text(text, source=str(path), kind=kind, when=date_from_name(path.name)))
            return result
    except ValueError as exc:
        result.problems.append(ReadProblem(str(path), f"not a readable {suffix[1:].upper()} file: {exc}"))
        return result
    if not utterances:
        result.problems.append(ReadProblem(str(path), "no spoken text found"))
        return result
    result.items.append(_transcript_item(utterances, str(path), kind or "call", date_from_name(path.name)))
    return result


def parse_webvtt(text: str) -> list[Utterance]:
    """Cues of a WebVTT file as utterances; ``<v Name>`` tags or a ``Name:`` prefix give the speaker."""
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or not lines[0].startswith("WEBVTT"):
        raise ValueError("it does not start with WEBVTT")
    return _merge(_cues(lines[1:]))


def parse_srt(text: str) -> list[Utterance]:
    """Cues of an SubRip file as utterances (speaker from a ``Name:`` prefix when present)."""
    cues = _cues(text.lstrip("\ufeff").split("\n"))
    if not cues and text.strip():
        raise ValueError("no cue timings (00:00:01,000 --> 00:00:04,000) found")
    return _merge(cues)


def _cues(lines: list[str]) -> list[Utterance]:
    cues: list[Utterance] = []
    i = 0
    while i < len(lines):
        timing = _CUE_TIMING.match(lines[i])
        if not timing:
            i += 1
            continue
        start, end = _seconds(timing.groups()[:4]), _seconds(timing.groups()[4:])
        i += 1
        body: list[str] = []
        while i < len(lines) and lines[i].strip():
            body.append(lines[i].strip())
            i += 1
        cues.extend(_cue_utterances(" ".join(body), start, end))
    return cues


def _cue_utterances(body: str, start: float, end: float) -> list[Utterance]:
    voices = _VOICE.findall(body)
    if voices:
        return [Utterance(name.strip(), _plain(words), start, end) for name, words in voices if _plain(words)]
    plain = _plain(body)
    found = _SPEAKER_LINE.match(plain)
    if found:
        return [Utterance(found.group(1), found.group(2).strip(), start, end)]
    return [Utterance(None, plain, start, end)] if plain else []


def _plain(text: str) -> str:
    return " ".join(_TAG.sub("", text).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").split())


def _seconds(parts: tuple[str | None, ...]) -> float:
    hours, minutes, seconds, millis = parts
    return (
        int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(seconds or 0) + int((millis or "0").ljust(3, "0")) / 1000
    )


def _merge(cues: list[Utterance]) -> list[Utterance]:
    """Join consecutive cues of the same speaker (captions split sentences across cues)."""
    merged: list[Utterance] = []
    for cue in cues:
        if merged and merged[-1].speaker == cue.speaker:
            last = merged[-1]
            merged[-1] = Utterance(last.speaker, f"{last.text} {cue.text}", last.start, cue.end)
        else:
            merged.append(cue)
    return merged


def read_text(text: str, *, source: str, kind: ItemKind | None = None, when: datetime | None = None) -> InboundItem:
    """Plain text: a transcript when most lines are ``Speaker: words``, otherwise a note or voice note."""
    text = text.strip()
    lines = [line for line in text.split("\n") if line.strip()]
    spoken = [m for m in (_SPEAKER_LINE.match(line) for line in lines) if m]
    if len(spoken) >= 2 and len(spoken) >= 0.6 * len(lines):
        utterances = _merge([Utterance(m.group(1), m.group(2).strip()) for m in spoken])
        return _transcript_item(utterances, source, kind or "call", when)
    if kind is None:
        named = Path(source).name.lower()
        if _VOICE_NOTE.match(text):
            kind = "voice_note"
        elif "transcript" in named or "meeting" in named:
            kind = "meeting"
        else:
            kind = "note"
    body = " ".join(text.split()) if kind in ("meeting", "call") else text
    return InboundItem(source_ref=_digest(body), kind=kind, text=body, occurred_at=when, source=source)


def transcript_item(utterances: list[Utterance], *, source: str, kind: ItemKind, when: datetime | None) -> InboundItem:
    """Utterances as one transcript item, identified by a digest of its words (as when read from a file)."""
    return _transcript_item(utterances, source, kind, when)


def _transcript_item(utterances: list[Utterance], source: str, kind: ItemKind, when: datetime | None) -> InboundItem:
    text = "\n".join(f"{u.speaker}: {u.text}" if u.speaker else u.text for u in utterances)
    return InboundItem(
        source_ref=_digest(text), kind=kind, text=text, occurred_at=when, utterances=tuple(utterances), source=source
    )


def date_from_name(name: str) -> datetime | None:
    """A date written in a file name (``2017-03-14``, ``20170314``), as midnight UTC."""
    found = _FILE_DATE.search(name)
    if not found:
        return None
    try:
        return datetime(int(found.group(1)), int(found.group(2)), int(found.group(3)), tzinfo=UTC)
    except ValueError:
        return None


def _digest(text: str) -> str:
    """Content identity: the same words read from any path are the same item."""
    return "sha256:" + hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:40]


def _decode(data: bytes) -> str:
    if len(data) > MAX_TRANSCRIPT_CHARS * 4:
        raise ValueError(f"file is {len(data) / 1e6:.1f} MB, over the transcript limit")
    if b"\x00" in data[:4096]:
        raise ValueError("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")[:MAX_TRANSCRIPT_CHARS]
