"""Ingest N real Enron emails (AESLC bodies as .eml files) end to end, through the code ``dealbot ingest``
runs: read, thread, redact, link, sentiment, extract, embed, store (SQLite + embedded Chroma). Reports
emails/s, CPU per email, peak memory, which embedding backend the pipeline used, and the embedding-only
throughput of the same chunk texts on each backend side by side (the ceiling). Not a test: figures depend
on the machine and its load, so the ceilings are measured in the same run, on the same texts, right
after the pipeline.

Usage: .venv/bin/python bench/ingest_bench.py [--emails 2000] [--backend auto|onnx|onnx-int8|torch|torch-bf16]
       [--ceilings torch-bf16,onnx-int8,onnx,st-torch] [--int8-check]
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adapters.ingest_files import discover  # noqa: E402
from bot.commands_ingest import ingest_files  # noqa: E402
from bot.ingest_events import ReadProblem  # noqa: E402
from memory import embeddings  # noqa: E402
from memory.chunks import split_text  # noqa: E402
from memory.db import make_engine  # noqa: E402
from memory.ingest import Ingestor, chunks_of  # noqa: E402
from memory.migrate import upgrade  # noqa: E402
from memory.models import Account, Interaction  # noqa: E402
from memory.seed import seed_demo  # noqa: E402
from memory.vector import VectorMemory  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
# The reference: "the embedding model alone does ~138 emails/s through onnxruntime" on the machine
# the 100 emails/s target was set for. Machines this project runs on differ ~3x (Sapphire Rapids with AMX,
# EPYC without), so the bench also reports end to end as a multiple of onnxruntime measured in the same run.
REFERENCE_ONNX_RATE = 138
REFERENCE_ST_RATE = 90  # "~90/s with sentence-transformers on torch", the other reference
ST_TORCH = "st-torch"


def cpu_description() -> str:
    """The CPU and the matrix instructions the embedding speed depends on (figures differ ~3x between the
    machines this project runs on)."""
    try:
        info = Path("/proc/cpuinfo").read_text(errors="ignore")
    except OSError:
        return "unknown CPU"
    model = next((line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("model name")), "?")
    flags = set(next((line.split(":", 1)[1].split() for line in info.splitlines() if line.startswith("flags")), []))
    matrix = [f for f in ("amx_bf16", "avx512_bf16", "avx512_vnni") if f in flags] or ["none of amx/avx512 bf16/vnni"]
    return f"{model} ({', '.join(matrix)})"


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


def ceilings(
    texts: list[str], backends: list[str], emails: int, rounds: int = 4
) -> tuple[dict[str, float], dict[str, np.ndarray]]:
    """Embedding-only time of ``texts`` on each backend. The backends take turns on slices of the texts,
    so a change in the machine's load during the run is shared between them instead of hitting one."""
    encoders = {b: _encoder(b) for b in backends}
    for encode in encoders.values():
        encode(["warm up"])
    seconds = dict.fromkeys(backends, 0.0)
    parts: dict[str, list[np.ndarray]] = {b: [] for b in backends}
    for r in range(rounds):
        piece = texts[r::rounds]
        for backend in backends:
            t = time.perf_counter()
            parts[backend].append(encoders[backend](piece))
            seconds[backend] += time.perf_counter() - t
    order = [i for r in range(rounds) for i in range(len(texts))[r::rounds]]
    for backend, s in seconds.items():
        print(f"  {backend:9s} {s:6.1f} s = {emails / s:4.0f} emails/s ({len(texts) / s:4.0f} chunks/s)")
    back = np.argsort(order)  # the vectors in the texts' order again
    return seconds, {b: np.concatenate(parts[b])[back] for b in backends}


def _encoder(backend: str) -> Callable[[list[str]], np.ndarray]:
    """How ``backend`` embeds a list of texts. ``st-torch`` is the issue's other yardstick, not a product
    backend: sentence-transformers' own ``encode`` on float32 torch, as the model card shows it."""
    if backend == ST_TORCH:
        import torch
        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer(embeddings.model_path(), device="cpu")

        def encode(texts: list[str]) -> np.ndarray:
            # torch's own default, every core: the torch-bf16 backend sets one thread per worker for the process
            threads = torch.get_num_threads()
            torch.set_num_threads(os.cpu_count() or 1)
            try:
                return np.asarray(model.encode(texts, batch_size=32, normalize_embeddings=True))
            finally:
                torch.set_num_threads(threads)

        return encode
    if backend not in embeddings.BACKENDS:
        known = ", ".join([*embeddings.BACKENDS, ST_TORCH])
        raise SystemExit(f"unknown backend {backend!r}; expected one of {known}")
    return lambda texts: embeddings.encode(texts, backend=backend)


def int8_check(rows: list[Interaction], exact: np.ndarray, quantised: np.ndarray) -> None:
    """How far int8 vectors are from float ones, and whether retrieval suffers: each email's subject
    searched over all chunks (bodies only, subject left out), its own email's chunks the right answer."""
    cosine = (exact * quantised).sum(axis=1)
    print(f"int8 vs float, {len(cosine)} chunks: cosine min {cosine.min():.4f}, "
          f"1st percentile {np.percentile(cosine, 1):.4f}, mean {cosine.mean():.4f}")  # fmt: skip
    bodies, owner = [], []
    for i, row in enumerate(rows):
        for piece in split_text(row.raw_text):
            bodies.append(piece)
            owner.append(i)
    subjects = {i: r.subject for i, r in enumerate(rows) if r.subject and not r.subject.lower().startswith("re:")}
    asked = [i for i in subjects if i in set(owner)]
    targets = np.array(owner)
    texts = [subjects[i] for i in asked]
    corpora = {b: embeddings.encode(bodies, backend=b) for b in ("onnx", "onnx-int8")}
    asking = {b: embeddings.encode(texts, backend=b) for b in ("onnx", "onnx-int8")}
    # int8 stored chunks searched with float queries too: what ingestion on int8 and chat on float give
    for stored, query in (("onnx", "onnx"), ("onnx-int8", "onnx-int8"), ("onnx-int8", "onnx")):
        corpus, queries, backend = corpora[stored], asking[query], f"{stored}/{query}"
        ranks = []
        for q, i in zip(queries @ corpus.T, asked, strict=True):
            order = targets[np.argsort(-q)]
            ranks.append(int(np.nonzero(order == i)[0][0]) + 1)
        r = np.array(ranks)
        print(f"  chunks/queries {backend:19s} subject -> own email over {len(bodies)} chunks, {len(asked)} queries: "
              f"hit@1 {np.mean(r == 1):.3f}, hit@5 {np.mean(r <= 5):.3f}, MRR {np.mean(1 / r):.3f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--emails", type=int, default=2000)
    parser.add_argument("--backend", default="auto", choices=["auto", *embeddings.BACKENDS],
                        help="the pipeline's embedding backend (auto: what the product picks)")  # fmt: skip
    parser.add_argument("--ceilings", default=f"torch-bf16,onnx-int8,onnx,{ST_TORCH}",
                        help="backends timed embedding-only")  # fmt: skip
    parser.add_argument("--int8-check", action="store_true", help="also compare int8 vectors with float ones")
    args = parser.parse_args()
    embeddings.set_backend(None if args.backend == "auto" else args.backend)
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
        used = embeddings.bulk_backend()  # what ingestion embeds with (queries use active_backend())
        embeddings.encode(["warm up the model"], backend=used)  # the one-time model load is reported apart
        load_s = time.perf_counter() - t
        vectors = VectorMemory.open(var_dir=root)

        load_before = os.getloadavg()[0]
        t0, cpu0 = time.perf_counter(), time.process_time()
        ingestor, problems = Ingestor(engine, vectors), list[ReadProblem]()
        ingest_files(ingestor, [p for p in discover([mail]) if isinstance(p, Path)], problems)  # what the CLI runs
        total, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        outcomes = ingestor.outcomes
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before any ceiling loads torch

        with Session(engine) as session:
            rows = list(session.exec(select(Interaction)))
        texts = [c.text for r in rows for c in chunks_of(r)]
        linked = sum(o.status == "linked" for o in outcomes)
        n = len(outcomes) + len(problems)
        print(f"cpu: {cpu_description()}")
        print(f"emails: {n} ({linked} linked), chunks: {len(texts)}, cpus: {os.cpu_count()}, "
              f"load average at start: {load_before:.1f}")  # fmt: skip
        print(f"pipeline embedding backend: {used} (queries: {embeddings.active_backend()}); "
              f"model load (once per process): {load_s:.1f} s")  # fmt: skip
        print(f"end to end (parse, redact, link, sentiment, extract, embed, SQL + Chroma): {total:.1f} s = "
              f"{n / total:.0f} emails/s; CPU {cpu / n * 1000:.1f} ms per email")  # fmt: skip
        print(f"peak memory (max RSS) after the pipeline: {peak_mb:.0f} MB")
        print("embedding only, same chunk texts (the ceiling):")
        wanted = [b for b in args.ceilings.split(",") if b]
        if args.int8_check:
            wanted += [b for b in ("onnx", "onnx-int8") if b not in wanted]
        seconds, found = ceilings(texts, wanted, n)
        if used in seconds:
            print(f"end to end reaches {seconds[used] / total:.0%} of the {used} ceiling")
        if "onnx" in seconds:  # the yardstick, which does not depend on how fast this machine is
            print(f"end to end is {seconds['onnx'] / total:.2f}x float onnxruntime's embedding-only rate "
                  f"(the target, 100/s where onnxruntime embeds ~{REFERENCE_ONNX_RATE}/s, is "
                  f"{100 / REFERENCE_ONNX_RATE:.2f}x)")  # fmt: skip
        if ST_TORCH in seconds:
            print(f"end to end is {seconds[ST_TORCH] / total:.2f}x sentence-transformers' embedding-only rate "
                  f"(the target, 100/s where it embeds ~{REFERENCE_ST_RATE}/s, "
                  f"is {100 / REFERENCE_ST_RATE:.2f}x)")  # fmt: skip
        if args.int8_check:
            int8_check(rows, found["onnx"], found["onnx-int8"])
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
        engine.dispose()


if __name__ == "__main__":
    main()
