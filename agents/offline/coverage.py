"""Pipeline coverage: the open pipeline held against what was won in a period ("coverage: open pipeline vs what we
won last qtr", "is my open pipe bigger than what I won in Q4"). Two figures of different deals, the open ones now and
the ones won then, so never one scope in two periods; the answer gives both and how many times the one covers the
other."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agents.offline.question import Question
from agents.periods import find_periods

# ... or the forecast as the asker spells it out: "my 'forecast' (everything i still have open, at list price)"
_PIPELINE = (
    r"(?:(?:open )?(?:pipeline|pipe)(?: value)?|forecast(?: everything (?:i|we) (?:still )?(?:have|got|hold) open"
    r"(?: at list(?: price)?)?)?)"
)
_WON = (
    r"(?:what (?:we|i|they|he|she|the team|my team) (?:won|closed|booked)"
    r"|what (?:we|i|they|he|she|the team|my team) (?:actually |really )?(?:closed-won|closed won|won|closed|booked)"
    r"|(?:our |my |the |their )?(?:won revenue|wins|bookings|won \$|closed won|closed-won))"
)
_AGAINST = (
    r"(?:vs|versus|against|compared (?:to|with)|bigger than|larger than|smaller than|more than|less than|cover|covers)"
)
_COVERAGE = re.compile(
    rf" {_PIPELINE} (?:[\w'-]+ ){{0,2}}?{_AGAINST} (?:[\w'-]+ ){{0,2}}?{_WON} "
    rf"| (?:pipeline |pipe )?coverage (?:of |on |for )?(?:[\w'-]+ ){{0,3}}?{_WON} "
)


# the won revenue with every open deal added at list: "best case for the year", "the total if every open deal landed"
_BEST_CASE = re.compile(
    r" best[- ]case | (?:if|when|assuming) (?:every|all|each)(?: of)?(?: the| my| our)? open"
    r" (?:deal|deals|opp|opps|one|ones)(?: \w+){0,2} (?:landed|land|closed|close|closes|won|win|came in|comes in"
    r"|lands) "
)


def pipeline_against_won(t: str, scope: dict[str, Any], today: date) -> Question | None:
    """The open pipeline beside the revenue won in the period named, as two figures; None unless asked so."""
    best_case = _BEST_CASE.search(t)
    if not (_COVERAGE.search(t) or best_case) and not (
        " coverage " in t and re.search(rf" {_PIPELINE} ", t) and " won " in t
    ):
        return None
    periods = find_periods(t, today)
    if len(periods) != 1:
        return None
    period = periods[0]
    whose = {k: v for k, v in scope.items() if k in ("owner", "owners", "office", "account", "product", "products")}
    pipeline = Question("figure", ("pipeline_value",), {**whose, "stage": "open"}, text=t)
    won = Question("figure", ("won_revenue",), {**whose, "stage": "won", "period": period.phrase or period.label,
                                                "date_field": "close"}, text=t, count_stage="won")  # fmt: skip
    return Question("multi", text=t, parts=(pipeline, won))


def coverage_line(question: Question, results: list[dict[str, Any]]) -> str | None:
    """ "Coverage: 1.9x" when a multi's parts are the open pipeline and then won revenue over a period."""
    parts = question.parts
    if len(parts) != 2 or parts[0].measures[:1] != ("pipeline_value",) or parts[1].measures[:1] != ("won_revenue",):
        return None
    if "period" not in parts[1].scope or len(results) != 2:
        return None
    try:
        pipeline = sum(g["pipeline_value"] for g in results[0]["groups"])
        won = sum(g["won_revenue"] for g in results[1]["groups"])
    except (KeyError, TypeError):
        return None
    if _BEST_CASE.search(question.text):  # what the period ends on if every open deal closed at its list price
        total = won + pipeline
        return (
            f"Best case: ${won:,.0f} won + ${pipeline:,.0f} open at list = ${total:,.0f} if every open deal closed at"
            " list."
        )
    if not won:
        return None
    return (
        f"Coverage: the open pipeline is {pipeline / won:.1f}x the revenue won then (${pipeline:,.0f} vs ${won:,.0f})."
    )
