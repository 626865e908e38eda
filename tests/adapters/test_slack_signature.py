"""Slack request signing against Slack's published example (../shared/data/protocol/slack_signature_vector.json)."""

from __future__ import annotations

import json

import pytest
from slack_sdk.signature import Clock

from adapters.slack import sign, verify
from tests.conftest import SHARED_DATA, need

VECTOR = json.loads(need(SHARED_DATA / "protocol" / "slack_signature_vector.json").read_text())
SECRET, TIMESTAMP, BODY = VECTOR["signing_secret"], VECTOR["timestamp"], VECTOR["body"]


class At(Clock):
    def __init__(self, seconds_after: float) -> None:
        self._now = int(TIMESTAMP) + seconds_after

    def now(self) -> float:
        return float(self._now)


def test_the_signature_matches_slacks_published_example() -> None:
    assert VECTOR["basestring_format"] == "v0:{timestamp}:{body}"
    assert sign(SECRET, BODY, TIMESTAMP) == VECTOR["expected_signature"]
    assert sign(SECRET, BODY.encode(), TIMESTAMP) == VECTOR["expected_signature"]


@pytest.mark.parametrize("seconds", [0, 299, 300, -300])
def test_the_example_verifies_within_five_minutes_of_its_timestamp(seconds: int) -> None:
    assert verify(SECRET, BODY, TIMESTAMP, VECTOR["expected_signature"], clock=At(seconds))


@pytest.mark.parametrize("seconds", [301, 3600, -301])
def test_the_example_is_refused_outside_five_minutes(seconds: int) -> None:
    assert not verify(SECRET, BODY, TIMESTAMP, VECTOR["expected_signature"], clock=At(seconds))


@pytest.mark.parametrize(
    ("secret", "body", "timestamp", "signature"),
    [
        ("another-secret", BODY, TIMESTAMP, VECTOR["expected_signature"]),
        (SECRET, BODY.replace("roadrunner", "coyote"), TIMESTAMP, VECTOR["expected_signature"]),
        (SECRET, BODY, str(int(TIMESTAMP) + 1), VECTOR["expected_signature"]),
        (SECRET, BODY, TIMESTAMP, VECTOR["expected_signature"][:-1] + "0"),
        (SECRET, BODY, TIMESTAMP, None),
        (SECRET, BODY, None, VECTOR["expected_signature"]),
        (SECRET, BODY, "not-a-number", VECTOR["expected_signature"]),
    ],
)
def test_anything_changed_is_refused(secret: str, body: str, timestamp: str | None, signature: str | None) -> None:
    assert not verify(secret, body, timestamp, signature, clock=At(0))
