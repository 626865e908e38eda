"""``dealbot eval privacy`` and ``dealbot privacy export|erase EMAIL``: the privacy commands."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from pathlib import Path

from bot.errors import DataError
from bot.evals.privacy import run_privacy
from bot.services import Services
from memory.db import session_scope
from memory.migrate import check_initialised
from policies.privacy.rights import PersonalDataStore, erase_person, export_person


def add_eval_parser(evals_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``dealbot eval privacy``, for ``bot.cli.build_parser``."""
    privacy = evals_sub.add_parser("privacy", help="special-category data detection, scored on labelled texts")
    privacy.add_argument("--cases", type=Path, required=True, metavar="FILE.jsonl", help="the cases to run")
    privacy.add_argument("--predictions", type=Path, metavar="OUT.jsonl", help="write each case's prediction")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``dealbot privacy export|erase EMAIL``, for ``bot.cli.build_parser``."""
    privacy = sub.add_parser("privacy", help="data-subject rights: export or erase what is held about a person")
    privacy_sub = privacy.add_subparsers(dest="privacy_command", required=True, metavar="ACTION")
    export = privacy_sub.add_parser("export", help="everything held about a person, as JSON")
    export.add_argument("email")
    export.add_argument("--out", type=Path, metavar="FILE.json", help="write to a file instead of stdout")
    erase = privacy_sub.add_parser("erase", help="erase a person, and keep them from being imported again")
    erase.add_argument("email")


async def eval_privacy(args: argparse.Namespace) -> int:
    """Failures, the scores and the ``privacy: ... f1=F`` line on stdout; exit 0 whatever the score."""
    await asyncio.to_thread(run_privacy, cases_path=args.cases, predictions_path=args.predictions, out=sys.stdout)
    return 0


def personal_data_stores(services: Services) -> list[PersonalDataStore]:
    """Stores besides SQL that hold personal data: the vector memory, when there is one."""
    settings = services.settings
    if not settings.chroma_host and not (settings.var_dir / "chroma").is_dir():
        return []  # nothing was ever embedded here
    from memory.vector import VectorMemory  # chromadb is slow to import: only when needed
    from policies.privacy.vector_rights import VectorMemoryRights

    vectors = VectorMemory.open(var_dir=settings.var_dir, host=settings.chroma_host, port=settings.chroma_port)
    return [VectorMemoryRights(vectors)]


async def run(services: Services, args: argparse.Namespace) -> int:
    check_initialised(services.engine)
    stores = personal_data_stores(services)
    with session_scope(services.engine) as session:
        if args.privacy_command == "export":
            data = export_person(session, email=args.email, stores=stores)
        else:
            report = erase_person(session, email=args.email, actor=_cli_actor(), stores=stores)
    if args.privacy_command == "erase":
        print(f"erased {args.email.strip().lower()}: {report.summary()}; on the suppression list "
              f"(erasure {report.erasure_id})")  # fmt: skip
        return 0
    text = json.dumps(data, indent=2, ensure_ascii=False)
    if args.out is None:
        print(text)
        return 0
    try:
        args.out.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot write {args.out}: {exc.strerror}") from None
    print(f"wrote everything held about {data['subject']['email']} to {args.out}", file=sys.stderr)
    return 0


def _cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"
