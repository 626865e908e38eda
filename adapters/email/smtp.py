"""Sending one email through an SMTP server with aiosmtplib (plain, STARTTLS or implicit TLS)."""

from __future__ import annotations

from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate
from typing import Literal, Protocol

import aiosmtplib

TlsMode = Literal["none", "starttls", "tls"]


class Email(Protocol):
    """The fields this sender reads (``policies.senders.OutgoingEmail`` has them), read-only."""

    @property
    def sender(self) -> str: ...
    @property
    def recipient(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def message_id(self) -> str: ...
    @property
    def reply_to(self) -> str | None: ...
    @property
    def in_reply_to(self) -> str | None: ...
    @property
    def references(self) -> Sequence[str]: ...


def build_message(email: Email) -> EmailMessage:
    """An RFC 5322 message with a stable Message-ID and the thread headers when replying."""
    message = EmailMessage()
    message["From"] = email.sender
    message["To"] = email.recipient
    message["Subject"] = email.subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = email.message_id
    if email.reply_to:
        message["Reply-To"] = email.reply_to
    if email.in_reply_to:
        message["In-Reply-To"] = email.in_reply_to
        chain = list(email.references)
        if email.in_reply_to not in chain:
            chain.append(email.in_reply_to)
        message["References"] = " ".join(chain)
    message.set_content(email.body)
    return message


class SmtpSender:
    """One connection per email: simple, and correct after the server drops idle connections."""

    def __init__(
        self,
        *,
        host: str,
        port: int,
        tls: TlsMode = "starttls",
        username: str | None = None,
        password: str | None = None,
        timeout: float = 30.0,
    ) -> None:
        self._host, self._port, self._tls = host, port, tls
        self._username, self._password, self._timeout = username, password, timeout

    async def send(self, email: Email) -> None:
        """Deliver to the SMTP server; raises aiosmtplib's errors on refusal or a network failure."""
        await aiosmtplib.send(
            build_message(email),
            hostname=self._host,
            port=self._port,
            username=self._username,
            password=self._password,
            use_tls=self._tls == "tls",
            start_tls=self._tls == "starttls",
            timeout=self._timeout,
        )
