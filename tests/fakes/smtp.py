"""A real SMTP server (aiosmtpd) on loopback that keeps what it receives, for tests."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class Mailbox:
    host: str
    port: int
    messages: list[EmailMessage] = field(default_factory=list)
    hold: threading.Event | None = None  # when set, DATA never completes: a server that hangs mid-send


class _Recorder:
    def __init__(self, mailbox: Mailbox) -> None:
        self._mailbox = mailbox

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's hook name)
        if self._mailbox.hold is not None and self._mailbox.hold.is_set():
            import asyncio

            await asyncio.sleep(3600)
        parsed = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self._mailbox.messages.append(parsed)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server(*, hang: bool = False) -> Iterator[Mailbox]:
    """An SMTP server on 127.0.0.1 (a free port); ``hang`` makes it accept connections but never finish DATA."""
    mailbox = Mailbox("127.0.0.1", 0, hold=threading.Event() if hang else None)
    if hang and mailbox.hold is not None:
        mailbox.hold.set()
    mailbox.port = free_port()  # aiosmtpd's start-up probe cannot use port 0
    controller = Controller(_Recorder(mailbox), hostname="127.0.0.1", port=mailbox.port)
    controller.start()
    try:
        yield mailbox
    finally:
        controller.stop()
