"""A bound on the sales cycle ("wins that took over 60 days to close") filters the won deals; its span of days
is not read as a period."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.compound import read_message
from agents.offline.cycle_bounds import cycle_bound
from agents.offline.entities import Gazetteer

TODAY = date(2017, 12, 31)


@pytest.mark.parametrize(
    ("text", "bound"),
    [("which of my wins dragged on for longer than 120 days from engaging to closing?", ">120"),
     ("count the deals we won in 10 days or less from engage to close", "<=10"),
     ("wins that closed within two weeks of engaging", "<=14"),
     ("how many sales took at least 3 months to close", ">=90")],
)  # fmt: skip
def test_cycle_bounds_are_read(text: str, bound: str) -> None:
    assert cycle_bound(text)[0] == bound


@pytest.mark.parametrize(
    "text", ["my win rate over the last 90 days", "deals closed within the last 30 days", "wins in the past 2 weeks"]
)
def test_periods_are_no_cycle_bound(text: str) -> None:
    assert cycle_bound(text)[0] is None


def test_a_cycle_bound_scopes_won_deals_without_a_period(gazetteer: Gazetteer) -> None:
    q = read_message("how many of my wins took more than 45 days from engage to close, and what $ is that?",
                     gazetteer, TODAY)  # fmt: skip
    assert q.scope.get("cycle_days") == ">45"
    assert "period" not in q.scope
    assert q.scope.get("owner") == "me"
