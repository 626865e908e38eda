"""What every ``dealbot eval KIND`` shares: JSON Lines cases, a fresh store, failure lines, the summary.

A bad line never stops a run: it is reported with its line number and counted as a failed case, so the
summary's ``total`` is always the number of non-blank lines in the file.
"""

from __future__ import annotations

import atexit
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from bot.errors import DataError, DataSourceMissingError
from bot.services import Services, build_services
from bot.settings import load_settings
from memory.migrate import upgrade
from memory.seed import seed_demo

Validator = Callable[[dict[str, Any]], list[str]]


@dataclass(frozen=True)
class Case:
    """One well-formed case and the line it came from."""

    line: int
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.data["id"])

    @property
    def label(self) -> str:
        return f"{self.id} (line {self.line})"


@dataclass(frozen=True)
class BadLine:
    """A line that is not a usable case, with what is wrong with it."""

    line: int
    problem: str
    case_id: str | None = None

    @property
    def label(self) -> str:
        return f"{self.case_id} (line {self.line})" if self.case_id else f"line {self.line}"


Entry = Case | BadLine


def load_cases(path: Path, *, required: Sequence[str], validate: Validator | None = None) -> list[Entry]:
    """The file's cases in order; ``required`` keys may be dotted (``expect.outcome``). Blank lines skip."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataSourceMissingError(f"cases file {path} not found") from None
    except OSError as exc:
        raise DataSourceMissingError(f"cases file {path} cannot be read: {exc.strerror}") from None
    entries: list[Entry] = []
    for number, chunk in enumerate(raw.splitlines(), start=1):
        entry = _parse_line(number, chunk, required, validate)
        if entry is not None:
            entries.append(entry)
    return entries


def _parse_line(
    number: int, chunk: bytes, required: Sequence[str], validate: Validator | None
) -> Case | BadLine | None:
    try:
        text = chunk.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        return BadLine(number, "not UTF-8 text")
    if not text.strip():
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return BadLine(number, f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(data, dict):
        return BadLine(number, f"expected a JSON object, got {type(data).__name__}")
    case_id = str(data["id"]) if isinstance(data.get("id"), str | int) else None
    missing = [key for key in required if not _has(data, key)]
    if missing:
        return BadLine(number, "missing key(s) " + ", ".join(missing), case_id)
    problems = validate(data) if validate else []
    if problems:
        return BadLine(number, "; ".join(problems), case_id)
    return Case(number, data)


def _has(data: dict[str, Any], dotted: str) -> bool:
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or node.get(part) is None:
            return False
        node = node[part]
    return True


def date_problems(value: object, field: str) -> list[str]:
    """``[]`` when ``value`` reads as a YYYY-MM-DD date, else the one problem line every eval reports."""
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return [f"{field} {value!r} is not a YYYY-MM-DD date"]
    return []


def shorten(text: str, width: int = 140) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


@dataclass
class Summary:
    """Counts cases as they are scored, prints one line per failure and, last, the summary line."""

    kind: str
    out: TextIO
    passed: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)

    def record(self, label: str, problems: Sequence[str], answer: str | None = None) -> None:
        """Count one case: passed when ``problems`` is empty, else print its failure line."""
        self.total += 1
        if not problems:
            self.passed += 1
            return
        line = f"FAIL {label}: " + "; ".join(problems)
        if answer is not None:
            line += f' | answer: "{shorten(answer)}"'
        self.failures.append(line)
        print(line, file=self.out, flush=True)

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0

    def line(self) -> str:
        """The last line of the run: ``KIND: passed=N total=M rate=R``."""
        return f"{self.kind}: passed={self.passed} total={self.total} rate={self.rate:.3f}"

    def finish(self) -> None:
        print(self.line(), file=self.out, flush=True)


class JsonlOut:
    """An optional JSON Lines output (``--answers`` / ``--predictions``); writes nothing without a path."""

    def __init__(self, path: Path | None) -> None:
        self._file: TextIO | None = None
        if path is not None:
            try:
                self._file = path.open("w", encoding="utf-8")
            except OSError as exc:
                raise DataError(f"cannot write {path}: {exc.strerror}") from None

    def __enter__(self) -> JsonlOut:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def write(self, record: dict[str, Any]) -> None:
        if self._file is not None:
            self._file.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


@contextmanager
def fresh_services(data_dir: Path) -> Iterator[Services]:
    """Services on a new, migrated SQLite store in a temporary folder, seeded with the demo data."""
    with tempfile.TemporaryDirectory(prefix="dealbot-eval-") as tmp:
        settings = load_settings(var_dir=Path(tmp), database_url=None)
        with sqlite3.connect(_seeded_store(data_dir)) as source, sqlite3.connect(Path(tmp) / _STORE) as copy:
            source.backup(copy)  # the backup API reads through the template's write-ahead log
        services = build_services(settings)
        try:
            yield services
        finally:
            services.close()


_STORE = "dealbot.db"  # the SQLite file load_settings puts under var_dir
# One migrated, seeded store per demo folder and process: the regression guards run dozens of sets back to back,
# and seeding 8,800 deals each time cost more than answering a set's questions. Each set still gets its own copy.
_SEEDED: dict[tuple[object, ...], Path] = {}


def _seeded_store(data_dir: Path) -> Path:
    csvs = sorted(data_dir.glob("*.csv"))
    key = (str(data_dir.resolve()), *((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in csvs))
    if key not in _SEEDED:
        folder = Path(tempfile.mkdtemp(prefix="dealbot-eval-seeded-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        services = build_services(load_settings(var_dir=folder, database_url=None))
        try:
            upgrade(services.engine)
            seed_demo(services.engine, data_dir)
        finally:
            services.close()
        _SEEDED[key] = folder / _STORE
    return _SEEDED[key]
