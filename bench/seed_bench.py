"""Time `seed_demo` on the Maven data: a fresh SQLite store (first run) and a re-run (idempotent path).

Usage: .venv/bin/python bench/seed_bench.py [--database-url URL]   (default: a temporary SQLite file)
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import Engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from memory.db import make_engine  # noqa: E402
from memory.migrate import upgrade  # noqa: E402
from memory.seed import seed_demo  # noqa: E402

MAVEN = Path(__file__).resolve().parents[2] / "shared" / "data" / "crm_maven"


def _admin(url: str, statement: str) -> None:
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.execute(text(statement))
    admin.dispose()


def _store(url: str) -> tuple[Engine, str | None]:
    """SQLite as given; on PostgreSQL a throw-away schema, so the bench never touches real tables."""
    if url.startswith("sqlite"):
        return make_engine(url), None
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    _admin(url, f'CREATE SCHEMA "{schema}"')
    return make_engine(url, connect_args={"options": f"-csearch_path={schema}"}), schema


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url")
    parser.add_argument("--data", type=Path, default=MAVEN)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine, schema = _store(args.database_url or f"sqlite:///{tmp}/bench.db")
        upgrade(engine)
        for label in ("first run", "second run"):
            start = time.perf_counter()
            report = seed_demo(engine, args.data)
            elapsed = time.perf_counter() - start
            deals = next(p for p in report.parts if p.kind == "deals")
            print(f"seed {label}: {elapsed:.2f}s  deals new={deals.created} unchanged={deals.unchanged}")
        engine.dispose()
        if schema:
            _admin(args.database_url, f'DROP SCHEMA "{schema}" CASCADE')
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
