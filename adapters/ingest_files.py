"""Files and folders given to ``dealbot ingest``: which readers apply, in a stable order, within limits."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from adapters.email.inbound import read_eml_file, read_mbox
from adapters.transcripts import read_transcript_file
from bot.ingest_events import ItemKind, ReadProblem, ReadResult

EMAIL_SUFFIXES = frozenset({".eml", ".mbox"})
TRANSCRIPT_SUFFIXES = frozenset({".vtt", ".srt", ".txt"})
SUFFIXES = EMAIL_SUFFIXES | TRANSCRIPT_SUFFIXES
DEFAULT_MAX_FILE_MB = 25.0  # one email or transcript; an mbox archive may be larger
DEFAULT_MAX_ARCHIVE_MB = 2048.0


def discover(paths: Iterable[Path]) -> Iterator[Path | ReadProblem]:
    """Every readable file under ``paths`` (folders recursively, sorted); a missing path is a problem."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                if child.suffix.lower() in SUFFIXES:
                    yield child
        elif path.is_file():
            yield path
        else:
            yield ReadProblem(str(path), "no such file or folder")


def read_file(
    path: Path,
    *,
    kind: ItemKind | None = None,
    max_file_mb: float = DEFAULT_MAX_FILE_MB,
    max_archive_mb: float = DEFAULT_MAX_ARCHIVE_MB,
) -> ReadResult:
    """Read one file with the reader its suffix names; never raises for bad content."""
    suffix = path.suffix.lower()
    limit = max_archive_mb if suffix == ".mbox" else max_file_mb
    try:
        size = path.stat().st_size
    except OSError as exc:
        return _failed(path, f"cannot be read: {exc.strerror}")
    if size > limit * 1024 * 1024:
        return _failed(path, f"{size / 2**20:.1f} MB is over the {limit:g} MB limit for {suffix or 'this'} files")
    if suffix not in SUFFIXES:
        return _failed(path, f"unsupported file type {suffix or '(none)'}; expected .eml, .mbox, .vtt, .srt or .txt")
    try:
        if suffix == ".eml":
            return read_eml_file(path)
        if suffix == ".mbox":
            return read_mbox(path)
        return read_transcript_file(path, kind=kind)
    except OSError as exc:
        return _failed(path, f"cannot be read: {exc.strerror or exc}")


def _failed(path: Path, reason: str) -> ReadResult:
    return ReadResult(str(path), problems=[ReadProblem(str(path), reason)])
