"""A forecast of a period still to come: "what's our forecast for q1 2018?", "what will the team close next quarter",
"projected bookings for Q2 2018"; or of the rest of one under way: "give me a forecast for the rest of the quarter",
"what will we close by year end". The CRM holds no expected close date for an open deal, so no figure says what will
close then; the close-dated figures of a future period are all zero and are no forecast. The honest answer says so
and gives the nearest figures: what was won so far in a period under way, the open pipeline now, by stage at list
price, with the win rate of the deals closed."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agents.offline.question import Question, ToolCall
from agents.offline.wording import money
from agents.periods import find_period, find_periods

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
_REST_PREFIX = "forecast_rest:"  # of the rest of a period under way: its label, its first day and today, by "|"
# the rest of the period under way: "the rest of the quarter", "by year end", "by the end of the month", "eoq", "this
# year" (which elsewhere reads as the year to date)
_REST = re.compile(
    r" (?:(?:the )?(?:rest|remainder|balance) of (?:the |this )?(?P<rest>quarter|qtr|month|year|yr)"
    r"|by (?:the )?(?P<by>quarter|qtr|month|year|yr)(?: |-)?end|by (?:the )?end of (?:the |this )?"
    r"(?P<end>quarter|qtr|month|year|yr)|by (?P<eo>eoq|eom|eoy)"
    r"|(?:this|the current) (?P<this>quarter|qtr|month|year|yr))(?= )"
)
_SHORT = {"qtr": "quarter", "yr": "year", "eoq": "quarter", "eom": "month", "eoy": "year"}  # the unit each names
# the forecast held against results ("did we hit this quarter's forecast?"): the period's own figures answer that
_HELD_TO = re.compile(r" (?:hit|hitting|make|made|meet|met|beat|beaten|miss|missed|against|vs|versus) ")
# the forecast as an occasion ("love forecast week - how far did my win rate fall from Q3 to this quarter so far") or
# the period's figures so far asked: no forecast of its rest
_NOT_ASKED = re.compile(
    r" forecast(?:ing)? (?:week|call|calls|meeting|review|deck|season|day|prep|sync|cycle)(?= )"
    r"| (?:so far|to date|qtd|ytd|mtd|fell|fall|rose|rise|dropped|drop) "
)
_WHOSE = ("owner", "owners", "office", "account", "account_group", "product", "products", "sector")


def read(t: str, text: str, scope: dict[str, Any], measures: tuple[str, ...], today: date) -> Question | None:
    """The open pipeline, as the nearest honest figure, when ``t`` (normalised) asks a forecast of a future period."""
    if not _FORECAST.search(t) or any(m in measures for m in _FIGURED):
        return None
    ahead = [p for p in find_periods(text, today) if p.start > today]
    rest = _under_way(t, text, today) if not ahead else None
    if not ahead and rest is None:
        return None  # "what was our forecast for Q3", "did we hit the Q4 forecast": the period's own figures
    kept = {k: v for k, v in scope.items() if k not in ("period", "date_field", "stage", "close_days")}
    if not any(k in kept for k in _WHOSE) and not re.search(r" (?:company|companywide|company-wide|org|everyone) ", t):
        # "our forecast": the asker's book - a manager's is their team's; "the team" is a rep's team too
        kept["owner"] = "my team" if re.search(r" (?:the|our|my) team ", t) else "me"
    team = kept.get("owner") == "my team" or str(kept.get("owner", "")).endswith(" team")
    group_by = "rep" if team or "office" in kept else "product"
    reason = _PREFIX + ahead[0].label if ahead else _REST_PREFIX + (rest or "")
    return Question("pipeline", ("pipeline_value",), {**kept, "stage": "open"}, group_by, text=text, reason=reason)


def _under_way(t: str, text: str, today: date) -> str | None:
    """ "label|first day|today" of the period under way the forecast is of ("for the rest of the quarter", "for this
    year"), when time is left in it; None otherwise (a quarter ending today has nothing left to forecast)."""
    found = _REST.search(t)
    if found is None or _HELD_TO.search(t) or _NOT_ASKED.search(t):
        return None
    said = next(u for u in found.groups() if u)
    unit = _SHORT.get(said, said)
    now = find_period(_whole(unit, today), today)
    now = now if now is not None and now.start <= today < now.end else None
    return None if now is None else f"{now.label}|{now.start.isoformat()}|{today.isoformat()}"


def _whole(unit: str, today: date) -> str:
    """The whole quarter, month or year ``today`` falls in, named so it reads to its end ("this year" is to date)."""
    if unit == "quarter":
        return f"q{(today.month - 1) // 3 + 1} {today.year}"
    return f"{today:%B %Y}" if unit == "month" else str(today.year)


def calls(question: Question, closed: dict[str, Any]) -> list[ToolCall]:
    """For the rest of a period under way: what was won in it so far (``closed``: the pipeline's scope, any stage)."""
    if not question.reason.startswith(_REST_PREFIX):
        return []
    _, start, today = question.reason.removeprefix(_REST_PREFIX).split("|")
    return [ToolCall("deal_stats", {**closed, "stage": "won", "period": f"{start} to {today}", "date_field": "close"})]


def preface(question: Question, results: list[dict[str, Any]]) -> str:
    """What a forecast answer opens on: why there is no forecast, and what the figures after it are instead (for a
    period under way, opening on what was won in it so far, the last of ``results``)."""
    if question.reason.startswith(_REST_PREFIX):
        label, _, today = question.reason.removeprefix(_REST_PREFIX).split("|")
        g = (results[-1].get("groups") or [{}])[0] if results else {}
        won = f"{g.get('won', 0):,} won deal{'' if g.get('won') == 1 else 's'} for {money(g.get('won_revenue', 0))}"
        return (f"There is no forecast for the rest of {label} in the CRM: open deals carry no expected close date, "
                f"so nothing says which will close by its end. So far in {label} (to {today}): {won}. The nearest "
                "honest figures for the rest are the open pipeline now, at list price, and the win rate so far - a "
                "deal's list price is not what it will close for.\n")  # fmt: skip
    if not question.reason.startswith(_PREFIX):
        return ""
    label = question.reason.removeprefix(_PREFIX)
    return (f"There is no forecast for {label} in the CRM: open deals carry no expected close date, so nothing says "
            f"which will close then, and no deal has closed in {label} yet. The nearest honest figures are the open "
            "pipeline now, at list price, and the win rate so far - a deal's list price is not what it will close "
            "for.\n")  # fmt: skip
