"""A real Chroma server (the `chroma run` that ships with the chromadb package) on a free loopback port,
as a subprocess, for tests and the retrieval benchmark."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# `chroma run` is the package's console script; calling its entry point through this interpreter needs
# no PATH and works in any venv.
_LAUNCH = "import sys; from chromadb.cli.cli import app; sys.argv[0] = 'chroma'; app()"


class ChromaServerUnavailable(RuntimeError):
    """The server would not start here (the message carries the tail of its log)."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1) as reply:
            return bool(reply.status == 200)
    except OSError:
        return False


@contextmanager
def running_chroma_server(data_dir: Path, *, start_timeout: float = 60.0) -> Iterator[int]:
    """Start ``chroma run`` persisting under ``data_dir``; yield its port once its heartbeat answers."""
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / "chroma-server.log"
    for _attempt in range(3):  # the free port can be taken between probing and binding: try another
        port = free_port()
        with log_path.open("wb") as log:
            proc = subprocess.Popen(
                [sys.executable, "-c", _LAUNCH, "run", "--path", str(data_dir / "db"), "--host", "127.0.0.1",
                 "--port", str(port)],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )  # fmt: skip
        try:
            deadline = time.monotonic() + start_timeout
            while proc.poll() is None and time.monotonic() < deadline and not _answers(port):
                time.sleep(0.1)
            if proc.poll() is None and _answers(port):
                yield port
                return
        finally:
            _stop(proc)
    tail = log_path.read_text(errors="replace")[-800:] if log_path.exists() else "(no log)"
    raise ChromaServerUnavailable(f"`chroma run` did not start on loopback: {tail.strip()}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
