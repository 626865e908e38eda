"""A worker killed between claiming an approved email and sending it: on restart the email goes out once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlmodel import Session

from memory.db import make_engine
from memory.migrate import upgrade
from memory.models import Proposal, ProposalStatus
from memory.seed import seed_demo
from policies.approval import decide_in_store
from tests.conftest import FIXTURES, PROJECT_ROOT
from tests.fakes.smtp import smtp_server
from tests.scenarios.test_approval import draft, user_id


def _status(engine_url: str, proposal_id: str) -> str:
    engine = make_engine(engine_url)
    try:
        with Session(engine) as s:
            found = s.get(Proposal, proposal_id)
            return found.status if found else "missing"
    finally:
        engine.dispose()


def _worker_env(var: Path, smtp_port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "SMTP_", "DEALBOT_"))}
    return env | {
        "DEALBOT_VAR_DIR": str(var), "PYTHONPATH": str(PROJECT_ROOT), "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp_port), "SMTP_TLS": "none", "PROPOSAL_LEASE_SECONDS": "1", "WORKER_POLL_SECONDS": "0.2",
    }  # fmt: skip


def test_killed_worker_does_not_lose_or_duplicate_the_email(tmp_path: Path) -> None:
    var = tmp_path / "var"
    url = f"sqlite:///{var / 'dealbot.db'}"
    engine = make_engine(url)
    upgrade(engine)
    seed_demo(engine, FIXTURES / "maven_mini")
    pid = draft(engine)
    assert decide_in_store(engine, proposal_id=pid, actor_id=user_id(engine, "Darcel Schlecht"),
                           action="approve").outcome == "approved"  # fmt: skip
    engine.dispose()

    with smtp_server(hang=True) as stuck:
        worker = subprocess.Popen([sys.executable, "-m", "bot.cli", "worker"], env=_worker_env(var, stuck.port),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        try:
            for _ in range(300):  # wait until the worker holds the claim and is stuck sending
                if _status(url, pid) == ProposalStatus.SENDING:
                    break
                time.sleep(0.1)
            else:
                raise AssertionError("the worker never claimed the approved email")
        finally:
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=10)
        assert stuck.messages == []

    time.sleep(1.2)  # let the dead worker's one-second lease lapse
    with smtp_server() as box:
        for _ in range(2):  # a restarted worker, then another pass: one email in all
            done = subprocess.run([sys.executable, "-m", "bot.cli", "worker", "--once"], env=_worker_env(var, box.port),
                                  capture_output=True, text=True, timeout=60)  # fmt: skip
            assert done.returncode == 0, done.stderr
        assert len(box.messages) == 1
        assert box.messages[0]["Message-ID"] == f"<dealbot.{pid}@dealbot-demo.example>"
    assert _status(url, pid) == ProposalStatus.SENT
