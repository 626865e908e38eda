"""The web app over real HTTP on loopback: /healthz, /metrics, and `dealbot serve` itself."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from pathlib import Path

import aiohttp
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import Engine

from agents.agent import Agent
from bot.app import create_app
from bot.pipeline import Pipeline
from bot.services import Services
from bot.settings import load_settings
from memory.db import make_engine


def _app_for(engine: Engine):  # type: ignore[no-untyped-def]
    settings = load_settings()
    agent = Agent(engine)
    return create_app(settings, Services(settings, engine, lambda: Pipeline(engine, agent)))


async def test_healthz_and_metrics(engine: Engine) -> None:
    async with TestClient(TestServer(_app_for(engine))) as client:
        response = await client.get("/healthz")
        assert response.status == 200
        assert await response.json() == {"status": "ok", "database": "ok"}
        metrics = await (await client.get("/metrics")).text()
        assert 'dealbot_http_requests_total{route="/healthz",status="200"} 1' in metrics


async def test_healthz_reports_an_uninitialised_store(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    async with TestClient(TestServer(_app_for(engine))) as client:
        response = await client.get("/healthz")
        assert response.status == 503
        assert "dealbot db upgrade" in (await response.json())["database"]


STARTUP_TRIES = 1200  # 0.1 s apart


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_dealbot_serve_listens_on_host_and_port(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "DEALBOT_"))}
    env |= {"DEALBOT_VAR_DIR": str(tmp_path / "var"), "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    subprocess.run([sys.executable, "-m", "bot.cli", "db", "upgrade"], env=env, check=True, capture_output=True)
    port = _free_port()
    env["PORT"] = str(port)  # the default comes from the environment
    server = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], env=env, stderr=subprocess.PIPE)
    try:
        async with aiohttp.ClientSession() as http:
            # a readiness wait, not a speed check: on a loaded 2-core machine the import alone took over 10 s
            for _ in range(STARTUP_TRIES):
                if server.poll() is not None:
                    raise AssertionError(f"dealbot serve exited: {server.communicate()[1].decode(errors='replace')}")
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                        assert response.status == 200
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            else:
                raise AssertionError("dealbot serve did not start listening")
    finally:
        server.terminate()
        assert server.wait(timeout=60) == 0
