"""HMAC-SHA256 signatures for outbound webhooks, and their verification on the receiving side.

The header is ``X-Dealbot-Signature: t=<unix seconds>,v1=<hex>`` where the hex digest is
``HMAC-SHA256(secret, f"{t}.{body}")``. Signing the timestamp with the body lets a receiver refuse
replays older than a few minutes. Several ``v1=`` entries may appear (one per secret while a secret
is being rotated); any one matching is enough.
"""

from __future__ import annotations

import hashlib
import hmac
import time

SIGNATURE_HEADER = "X-Dealbot-Signature"
EVENT_HEADER = "X-Dealbot-Event"
EVENT_ID_HEADER = "X-Dealbot-Event-Id"
TOLERANCE_SECONDS = 300
SCHEME = "v1"


class InvalidSignature(ValueError):
    """The request does not carry a valid, fresh signature; the message says which check failed."""


def _as_bytes(body: bytes | str) -> bytes:
    return body.encode("utf-8") if isinstance(body, str) else body


def compute(secret: str, timestamp: int, body: bytes | str) -> str:
    """The hex HMAC-SHA256 of ``f"{timestamp}.{body}"`` under ``secret``."""
    message = f"{timestamp}.".encode() + _as_bytes(body)
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def sign(secret: str, body: bytes | str, *, timestamp: int | None = None) -> str:
    """The ``X-Dealbot-Signature`` header value for ``body``, stamped now unless ``timestamp`` is given."""
    t = int(time.time()) if timestamp is None else timestamp
    return f"t={t},{SCHEME}={compute(secret, t, body)}"


def parse(header: str) -> tuple[int, list[str]]:
    """The timestamp and the ``v1`` signatures of a header value."""
    timestamp: int | None = None
    signatures: list[str] = []
    for item in header.split(","):
        key, sep, value = item.strip().partition("=")
        if not sep:
            continue
        if key == "t":
            try:
                timestamp = int(value)
            except ValueError:
                raise InvalidSignature("signature timestamp is not a number") from None
        elif key == SCHEME:
            signatures.append(value)
    if timestamp is None:
        raise InvalidSignature("signature header has no timestamp")
    if not signatures:
        raise InvalidSignature(f"signature header has no {SCHEME} signature")
    return timestamp, signatures


def verify(
    secret: str,
    body: bytes | str,
    header: str | None,
    *,
    now: float | None = None,
    tolerance: int = TOLERANCE_SECONDS,
) -> int:
    """Check ``header`` against ``body``; return its timestamp or raise :class:`InvalidSignature`.

    Rejects a missing or malformed header, a timestamp more than ``tolerance`` seconds away from
    ``now`` (either way), and a signature that does not match. Digests are compared in constant time.
    """
    if not header:
        raise InvalidSignature(f"missing {SIGNATURE_HEADER} header")
    timestamp, signatures = parse(header)
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise InvalidSignature(f"signature timestamp is more than {tolerance} s away from now")
    expected = compute(secret, timestamp, body).encode("ascii")
    if not any(hmac.compare_digest(expected, s.encode("utf-8", "replace")) for s in signatures):
        raise InvalidSignature("signature does not match")
    return timestamp
