"""Reading CSV files defensively: clear errors for the file as a whole, line numbers for rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.errors import DataSourceMissingError, MalformedInputError

MAX_CSV_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class CsvRow:
    line: int  # 1-based line number in the file, header is line 1
    values: dict[str, str]


def read_csv(path: Path, *, required: Iterable[str]) -> list[CsvRow]:
    """Rows of ``path`` as dicts of stripped strings, after checking it is a readable CSV
    whose header has every ``required`` column. Raises a one-line error otherwise."""
    if not path.exists():
        raise DataSourceMissingError(f"{path}: no such file")
    if not path.is_file():
        raise MalformedInputError(f"{path}: not a file")
    if path.stat().st_size > MAX_CSV_BYTES:
        raise MalformedInputError(f"{path}: larger than {MAX_CSV_BYTES // (1024 * 1024)} MB")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MalformedInputError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    if "\x00" in text:
        raise MalformedInputError(f"{path}: binary data, not a CSV file")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise MalformedInputError(f"{path}: empty file, expected a header row") from None
    missing = [c for c in required if c not in header]
    if missing:
        found = ", ".join(h for h in header if h)
        raise MalformedInputError(f"{path}: header lacks column(s) {', '.join(missing)} (found: {found})")
    rows = []
    try:
        for index, record in enumerate(reader, start=2):
            if not any(cell.strip() for cell in record):
                continue
            values = {name: (record[i].strip() if i < len(record) else "") for i, name in enumerate(header)}
            if len(record) > len(header) and any(c.strip() for c in record[len(header) :]):
                values["__extra__"] = ",".join(record[len(header) :])
            rows.append(CsvRow(line=index, values=values))
    except csv.Error as exc:
        raise MalformedInputError(f"{path}: unreadable CSV near line {reader.line_num}: {exc}") from None
    return rows
