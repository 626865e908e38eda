"""``dealbot ingest PATH...`` and ``dealbot eval extract``: files in, linked and remembered interactions out.

The glue only: adapters read the files, ``memory.ingest`` stores what they read. A file that cannot
be read is reported with its path and reason and the run goes on; each batch is committed before it
is reported, so an interrupted run loses nothing it reported, and running it again resumes.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sqlmodel import Session, col, select
from tqdm import tqdm

from adapters.email.inbound import assign_threads
from adapters.ingest_files import DEFAULT_MAX_ARCHIVE_MB, DEFAULT_MAX_FILE_MB, discover, read_file
from bot.errors import DataError
from bot.evals.extract import run_extract
from bot.ingest_events import InboundItem, ReadProblem
from bot.read_ahead import read_ahead
from bot.services import Services
from bot.settings import Settings
from memory.ingest import Ingestor, Outcome
from memory.migrate import check_initialised
from memory.models import Interaction
from policies.privacy.ingest import redact_items

if TYPE_CHECKING:
    from memory.vector import VectorMemory

WINDOW = 1000  # items read before a thread pass and a flush into the store
SHOW = 20  # unlinked items and failures listed in full; the rest are counted


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``dealbot ingest``."""
    p = sub.add_parser("ingest", help="read emails (.eml/.mbox), transcripts (.vtt/.srt/.txt) and notes into memory")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders (searched recursively)")
    p.add_argument("--kind", choices=["call", "meeting", "note", "voice_note"], help="what .txt/.vtt/.srt files are")
    p.add_argument("--max-file-mb", type=float, default=DEFAULT_MAX_FILE_MB, help="refuse larger single files")
    p.add_argument("--max-archive-mb", type=float, default=DEFAULT_MAX_ARCHIVE_MB, help="refuse larger .mbox files")
    p.add_argument("--no-vectors", action="store_true", help="store in SQL only (skip the vector memory)")
    p.add_argument("--list-unlinked", action="store_true", help="list stored interactions linked to no account")


def add_eval_parser(evals_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``dealbot eval extract``."""
    p = evals_sub.add_parser("extract", help="notes to structured deal updates, scored field by field")
    p.add_argument("--cases", type=Path, required=True, metavar="FILE.jsonl", help="the cases to run")
    p.add_argument("--data", type=Path, help="folder of the Maven CSVs, for the known account names")
    p.add_argument("--predictions", type=Path, metavar="OUT.jsonl", help="write each case's predicted fields")


async def eval_extract(settings: Settings, args: argparse.Namespace, data_dir: Path) -> int:
    await asyncio.to_thread(
        run_extract, cases_path=args.cases, data_dir=data_dir, predictions_path=args.predictions, out=sys.stdout
    )
    return 0


async def run(services: Services, args: argparse.Namespace) -> int:
    check_initialised(services.engine)
    if args.list_unlinked:
        return _list_unlinked(services)
    if not args.paths:
        raise DataError("nothing to ingest: give one or more files or folders")
    return await asyncio.to_thread(ingest_paths, services, args, sys.stdout)


def open_vectors(settings: Settings) -> VectorMemory:
    from memory.vector import VectorMemory  # chromadb is slow to import: only when vectors are written

    return VectorMemory.open(var_dir=settings.var_dir, host=settings.chroma_host, port=settings.chroma_port)


def ingest_paths(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    """Read, store and report; exit 2 when any file or item failed (the others are kept)."""
    vectors = None if args.no_vectors else open_vectors(services.settings)
    files = list(discover(args.paths))
    problems: list[ReadProblem] = [f for f in files if isinstance(f, ReadProblem)]
    paths = [f for f in files if isinstance(f, Path)]
    counts: Counter[str] = Counter()
    listed: dict[str, list[Outcome]] = {"unlinked": [], "failed": []}

    def report(outcome: Outcome) -> None:
        counts[outcome.status] += 1
        counts["proposed"] += outcome.proposed
        if outcome.status in listed:
            listed[outcome.status].append(outcome)

    ingestor = Ingestor(services.engine, vectors, on_outcome=report)
    with tqdm(total=len(paths), unit="file", desc="ingesting", file=sys.stderr, disable=None) as bar:
        limits = {"kind": args.kind, "max_file_mb": args.max_file_mb, "max_archive_mb": args.max_archive_mb}
        ingest_files(ingestor, paths, problems, bar=bar, **limits)
    _print_summary(out, counts, listed, problems)
    return 2 if problems or counts["failed"] else 0


def ingest_files(
    ingestor: Ingestor, paths: list[Path], problems: list[ReadProblem], *, bar: Any = None, **limits: Any
) -> None:
    """Store what ``paths`` hold, reading the next window of files on a worker thread meanwhile; unreadable
    files go to ``problems``. Special-category details are redacted before anything reaches SQL or vectors."""
    windows = read_ahead(_windows(paths, limits, problems, bar))
    ingestor.ingest(redact_items(chain.from_iterable(windows)))


def _windows(
    paths: list[Path], limits: dict[str, Any], problems: list[ReadProblem], bar: Any
) -> Iterator[list[InboundItem]]:
    window: list[InboundItem] = []
    for path in paths:
        result = read_file(path, **limits)
        problems.extend(result.problems)
        for problem in result.problems:
            if bar is not None:
                bar.write(f"skipped {problem.source}: {problem.reason}")
        window.extend(result.items)
        if bar is not None:
            bar.update()
        if len(window) >= WINDOW:
            yield assign_threads(window)
            window = []
    if window:
        yield assign_threads(window)


def _print_summary(
    out: TextIO, counts: Counter[str], listed: dict[str, list[Outcome]], problems: list[ReadProblem]
) -> None:
    stored = counts["linked"] + counts["unlinked"]
    print(f"ingested {stored:,} new: {counts['linked']:,} linked, {counts['unlinked']:,} unlinked; "
          f"{counts['duplicate']:,} already stored; {counts['suppressed']:,} suppressed; "
          f"{counts['failed'] + len(problems):,} failed; {counts['proposed']:,} deal updates proposed",
          file=out)  # fmt: skip
    for outcome in listed["unlinked"][:SHOW]:
        print(f"  unlinked: {outcome.source}", file=out)
    if len(listed["unlinked"]) > SHOW:
        print(f"  ... and {len(listed['unlinked']) - SHOW:,} more (dealbot ingest --list-unlinked)", file=out)
    for problem in problems:
        print(f"  failed: {problem.source}: {problem.reason}", file=out)
    for outcome in listed["failed"]:
        print(f"  failed: {outcome.source}: {outcome.reason}", file=out)


def _list_unlinked(services: Services) -> int:
    with Session(services.engine) as session:
        rows = session.exec(
            select(Interaction).where(col(Interaction.account_id).is_(None)).order_by(col(Interaction.occurred_at))
        )
        for row in rows:
            where = (row.extracted or {}).get("source") or row.source_ref
            print(f"{row.occurred_at:%Y-%m-%d} {row.kind:<10} {where}  {(row.subject or row.raw_text)[:60]!r}")
    return 0
