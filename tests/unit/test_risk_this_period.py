"""A commitment inside the running month, quarter or year is no slip: "we still aim to sign this month" was read as
signing after the month (as "not this month" is) and flagged a deal closing on the month's last day. Found by
probing the engine with everyday good news."""

from __future__ import annotations

import pytest

from tests.unit.risk_threads import HALVORSEN

latest = HALVORSEN.latest  # the customer writes on 2017-06-16


@pytest.mark.parametrize("text", [
    "Looks good. We still aim to sign this month.",
    "All fine on our side, we'll get it signed this month.",
    "Happy with it. Plan is to place the order this quarter.",
])  # fmt: skip
def test_signing_within_the_running_period_before_the_close_is_no_slip(text: str) -> None:
    assert latest(text, close="2017-06-30") == [], text


@pytest.mark.parametrize("text", [
    "Sorry, we won't sign this month.",
    "The decision won't be this quarter, rather after the summer.",
])  # fmt: skip
def test_the_running_period_ruled_out_is_still_a_slip(text: str) -> None:
    assert "timeline_slip" in latest(text, close="2017-06-30"), text
