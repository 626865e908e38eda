"""A forecast of a period still to come: "what's our forecast for q1 2018?", "what will the team close next quarter",
"projected bookings for Q2 2018". The CRM holds no expected close date for an open deal, so no figure says what will
close then; the close-dated figures of a future period are all zero and are no forecast. The honest answer says so
and gives the nearest figures: the open pipeline now, by stage at list price, with the win rate of the deals closed."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agents.offline.question import Question
from agents.periods import find_periods

# a forecast asked for, or what will close: "forecast", "projected revenue", "expect to close", "will we win"
_FORECAST = re.compile(
    r" (?:forecast|forecasts|forecasted|forecasting|projection|projections|projected|outlook)(?= )"
    r"| (?:expect|expected|going|likely|gonna|on track|on pace) (?:to )?(?:close|win|land|book|sign|bring in)(?= )"
    r"| (?:will|would|should|could) (?:we|i|the team|my team|our team|they|he|she) (?:\w+ )?"
    r"(?:close|win|land|book|sign|bring in|do|hit|make)(?= )"
)
# a forecast figure the pipeline gives ("weighted forecast": pipeline times the win rate) is answered as asked
_FIGURED = ("weighted_pipeline",)
_PREFIX = "forecast:"  # Question.reason of a forecast asked, with the period's label after it
_WHOSE = ("owner", "owners", "office", "account", "account_group", "product", "products", "sector")


def read(t: str, text: str, scope: dict[str, Any], measures: tuple[str, ...], today: date) -> Question | None:
    """The open pipeline, as the nearest honest figure, when ``t`` (normalised) asks a forecast of a future period."""
    if not _FORECAST.search(t) or any(m in measures for m in _FIGURED):
        return None
    ahead = [p for p in find_periods(text, today) if p.start > today]
    if not ahead:
        return None  # "what was our forecast for Q3", "did we hit the Q4 forecast": the period's own figures
    kept = {k: v for k, v in scope.items() if k not in ("period", "date_field", "stage", "close_days")}
    if not any(k in kept for k in _WHOSE) and not re.search(r" (?:company|companywide|company-wide|org|everyone) ", t):
        # "our forecast": the asker's book - a manager's is their team's; "the team" is a rep's team too
        kept["owner"] = "my team" if re.search(r" (?:the|our|my) team ", t) else "me"
    team = kept.get("owner") == "my team" or str(kept.get("owner", "")).endswith(" team")
    group_by = "rep" if team or "office" in kept else "product"
    return Question("pipeline", ("pipeline_value",), {**kept, "stage": "open"}, group_by, text=text,
                    reason=_PREFIX + ahead[0].label)  # fmt: skip


def preface(question: Question) -> str:
    """What a forecast answer opens on: why there is no forecast, and what the figures after it are instead."""
    if not question.reason.startswith(_PREFIX):
        return ""
    label = question.reason.removeprefix(_PREFIX)
    return (f"There is no forecast for {label} in the CRM: open deals carry no expected close date, so nothing says "
            f"which will close then, and no deal has closed in {label} yet. The nearest honest figures are the open "
            "pipeline now, at list price, and the win rate so far - a deal's list price is not what it will close "
            "for.\n")  # fmt: skip
