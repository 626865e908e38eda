"""Webhook signatures: a golden value computed independently, and every way verification refuses."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from adapters.webhooks.signing import InvalidSignature, sign, verify

SECRET = "whsec_test_0123456789"
TIMESTAMP = 1_700_000_000
BODY = b'{"id":"evt_1","type":"deal.won","data":{"opportunity_id":"HAXMC4IX","close_value":1234}}'

GOOD = sign(SECRET, BODY, timestamp=TIMESTAMP)
REFUSALS = "secret body timestamp-swapped too-old from-the-future missing no-t no-v1 bad-t non-ascii".split()


def test_golden_signature() -> None:
    expected = hmac.new(SECRET.encode(), f"{TIMESTAMP}.".encode() + BODY, hashlib.sha256).hexdigest()
    assert sign(SECRET, BODY, timestamp=TIMESTAMP) == f"t={TIMESTAMP},v1={expected}"
    assert sign(SECRET, BODY.decode(), timestamp=TIMESTAMP) == f"t={TIMESTAMP},v1={expected}"
    # pinned, so a change of algorithm or message layout cannot pass unnoticed
    assert expected == "1ac64b43c9ea50b4d227377bc71eae7a72953f279e326c853670064d20f78a25"


def test_a_fresh_valid_signature_is_accepted() -> None:
    header = sign(SECRET, BODY, timestamp=TIMESTAMP)
    assert verify(SECRET, BODY, header, now=TIMESTAMP + 299) == TIMESTAMP
    assert verify(SECRET, BODY, sign(SECRET, BODY)) > 0  # stamped with the clock


def test_any_of_several_signatures_may_match_during_rotation() -> None:
    old = sign("old-secret", BODY, timestamp=TIMESTAMP).split(",")[1]
    header = f"t={TIMESTAMP},{old},v1={sign(SECRET, BODY, timestamp=TIMESTAMP).split('v1=')[1]}"
    assert verify(SECRET, BODY, header, now=TIMESTAMP) == TIMESTAMP
    assert verify("old-secret", BODY, header, now=TIMESTAMP) == TIMESTAMP


@pytest.mark.parametrize(
    ("secret", "body", "header", "now", "reason"),
    [
        ("wrong-secret", BODY, GOOD, TIMESTAMP, "does not match"),
        (SECRET, BODY + b" ", GOOD, TIMESTAMP, "does not match"),
        (SECRET, BODY, GOOD.replace(f"t={TIMESTAMP}", f"t={TIMESTAMP + 1}"), TIMESTAMP, "does not match"),
        (SECRET, BODY, GOOD, TIMESTAMP + 301, "more than 300 s"),
        (SECRET, BODY, GOOD, TIMESTAMP - 301, "more than 300 s"),
        (SECRET, BODY, None, TIMESTAMP, "missing X-Dealbot-Signature"),
        (SECRET, BODY, "v1=abc", TIMESTAMP, "no timestamp"),
        (SECRET, BODY, f"t={TIMESTAMP}", TIMESTAMP, "no v1 signature"),
        (SECRET, BODY, "t=yesterday,v1=abc", TIMESTAMP, "not a number"),
        (SECRET, BODY, f"t={TIMESTAMP},v1=ünïcode", TIMESTAMP, "does not match"),
    ],
    ids=REFUSALS,
)
def test_verification_refuses(secret: str, body: bytes, header: str | None, now: int, reason: str) -> None:
    with pytest.raises(InvalidSignature, match=reason):
        verify(secret, body, header, now=now)
