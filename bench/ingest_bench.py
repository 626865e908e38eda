"""Ingest N real Enron emails (AESLC bodies as .eml files) end to end: parse, link, sentiment, extract,
embed, store (SQLite + embedded Chroma). Reports emails/s, peak memory, and the embedding-only
throughput of the same chunk texts (the ceiling). Not a test: figures depend on the machine and its load.

Usage: .venv/bin/python bench/ingest_bench.py [--emails 2000] [--threads N]
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adapters.email.inbound import assign_threads  # noqa: E402
from adapters.ingest_files import discover, read_file  # noqa: E402
from memory.db import make_engine  # noqa: E402
from memory.embeddings import encode  # noqa: E402
from memory.ingest import Ingestor, chunks_of  # noqa: E402
from memory.migrate import upgrade  # noqa: E402
from memory.models import Account, Interaction  # noqa: E402
from memory.seed import seed_demo  # noqa: E402
from memory.vector import VectorMemory  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def write_emails(folder: Path, n: int, accounts: list[str]) -> None:
    """AESLC bodies as .eml: every third from an account's domain, every fourth a reply in a thread."""
    csv.field_size_limit(10**9)
    with (SHARED / "enron_aeslc" / "aeslc_train.csv").open(newline="") as fh:
        rows = [r for _, r in zip(range(n), csv.DictReader(fh), strict=False)]
    start = datetime(2017, 1, 2, 9, tzinfo=UTC)
    for i, row in enumerate(rows):
        msg = EmailMessage()
        domain = f"{''.join(ch for ch in accounts[i % len(accounts)].lower() if ch.isalnum())}.example"
        sender = f"person{i % 97}@{domain}" if i % 3 == 0 else f"someone{i % 50}@enron.example"
        msg["From"] = sender
        msg["To"] = "darcel.schlecht@dealbot-demo.example"
        msg["Subject"] = row["subject"] if i % 4 else f"Re: {rows[i - 1]['subject']}"
        msg["Date"] = format_datetime(start + timedelta(minutes=37 * i))
        msg["Message-ID"] = f"<aeslc-{i}@bench.example>"
        if i % 4 == 0 and i:
            msg["In-Reply-To"] = f"<aeslc-{i - 1}@bench.example>"
        msg.set_content(row["body"])
        (folder / f"{i:05d}.eml").write_bytes(bytes(msg))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--emails", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    args = parser.parse_args()
    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory(prefix="dealbot-ingest-bench-") as tmp:
        root = Path(tmp)
        engine = make_engine(f"sqlite:///{root / 'store.db'}")
        upgrade(engine)
        seed_demo(engine, SHARED / "crm_maven")
        from sqlmodel import Session, select

        with Session(engine) as session:
            accounts = [a.name for a in session.exec(select(Account))]
        mail = root / "mail"
        mail.mkdir()
        write_emails(mail, args.emails, accounts)
        t = time.perf_counter()
        encode(["warm up the model"])  # the one-time model load is reported apart
        load_s = time.perf_counter() - t
        vectors = VectorMemory.open(var_dir=root)

        t0 = time.perf_counter()
        items = []
        for path in discover([mail]):
            assert isinstance(path, Path)
            items += read_file(path).items
        items = assign_threads(items)
        t_parse = time.perf_counter() - t0
        outcomes = Ingestor(engine, vectors).ingest(items)
        total = time.perf_counter() - t0

        with Session(engine) as session:
            rows = list(session.exec(select(Interaction)))
        texts = [c.text for r in rows for c in chunks_of(r)]
        t = time.perf_counter()
        encode(texts)
        embed_s = time.perf_counter() - t
        linked = sum(o.status == "linked" for o in outcomes)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        threads = torch.get_num_threads()
        print(f"emails: {len(items)} ({linked} linked), chunks: {len(texts)}, torch threads: {threads}, "
              f"cpus: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}")  # fmt: skip
        print(f"model load (once per process): {load_s:.1f} s")
        print(f"parse {len(items)} files: {t_parse:.1f} s")
        print(f"end to end (parse, link, sentiment, extract, embed, SQL + Chroma): {total:.1f} s = "
              f"{len(items) / total:.0f} emails/s")  # fmt: skip
        print(f"embedding only, same chunk texts: {embed_s:.1f} s = {len(items) / embed_s:.0f} emails/s "
              f"({len(texts) / embed_s:.0f} chunks/s)")  # fmt: skip
        print(f"peak memory (max RSS): {peak_mb:.0f} MB")
        engine.dispose()


if __name__ == "__main__":
    main()
