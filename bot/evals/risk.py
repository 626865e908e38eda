"""``dealbot eval risk``: is each open deal at risk, and why, scored against shared/evals risk cases.

Each case brings its own deal and interactions, so no store is needed: the risk engine reads them as it
reads a deal's interactions from the store. Scored: precision, recall and F1 of ``at_risk``; recall of the
expected reason codes on at-risk cases (the official measure) and their precision over all predictions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from agents.insights.risk import MAX_REASONS, REASONS, RiskAssessment, assess
from agents.insights.thread import KINDS, DealFacts, Message
from bot.evals.cases import Case, JsonlOut, Summary, date_problems, load_cases

REQUIRED = ("id", "now", "deal", "deal.stage", "interactions", "expect", "expect.at_risk")
DIRECTIONS = ("inbound", "outbound", "internal")


def validate(data: dict[str, Any]) -> list[str]:
    """Type problems of a risk case that has every required key."""
    problems = date_problems(data["now"], "now")
    close = data["deal"].get("expected_close")
    if close is not None:
        problems += date_problems(close, "deal.expected_close")
    if not isinstance(data["interactions"], list):
        problems.append("interactions is not a list")
    else:
        for n, item in enumerate(data["interactions"], start=1):
            problems += [f"interaction {n}: {p}" for p in _interaction_problems(item)]
    expect = data["expect"]
    if not isinstance(expect["at_risk"], bool):
        problems.append("expect.at_risk is not true/false")
    reasons = expect.get("reasons") or []
    if not isinstance(reasons, list) or any(r not in REASONS for r in reasons):
        problems.append(f"expect.reasons must be a list of {', '.join(REASONS)}")
    return problems


def _interaction_problems(item: object) -> list[str]:
    if not isinstance(item, dict):
        return ["not an object"]
    problems = []
    try:
        datetime.fromisoformat(str(item.get("at")))
    except ValueError:
        problems.append(f"at {item.get('at')!r} is not a date-time")
    if item.get("kind") not in KINDS:
        problems.append(f"kind {item.get('kind')!r} is not one of {', '.join(KINDS)}")
    if item.get("direction") not in DIRECTIONS:
        problems.append(f"direction {item.get('direction')!r} is not one of {', '.join(DIRECTIONS)}")
    if not isinstance(item.get("text"), str):
        problems.append("text is not a string")
    return problems


def run_case(data: dict[str, Any]) -> RiskAssessment:
    """The risk engine's verdict on one case."""
    d = data["deal"]
    close = d.get("expected_close")
    deal = DealFacts(str(d["stage"]), date.fromisoformat(close) if close else None, str(d.get("account") or ""),
                     str(d.get("product") or ""), d.get("amount"))  # fmt: skip
    messages = [
        Message(datetime.fromisoformat(i["at"]), i["kind"], i["direction"], i["text"], str(i.get("from") or ""))
        for i in data["interactions"]
    ]
    return assess(deal, messages, date.fromisoformat(data["now"]))


def predicted(assessment: RiskAssessment) -> dict[str, Any]:
    """The ``--predictions`` record: the same keys as a case's ``expect``."""
    return {"at_risk": assessment.at_risk, "reasons": assessment.codes[:MAX_REASONS]}


@dataclass
class Tally:
    """Counts behind the scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    reasons_expected: int = 0
    reasons_found: int = 0  # expected reasons predicted, on at-risk cases
    reasons_predicted: int = 0
    reasons_right: int = 0  # predicted reasons that were expected

    def add(self, expect: dict[str, Any], got: dict[str, Any]) -> None:
        want, have = bool(expect["at_risk"]), bool(got["at_risk"])
        self.tp += want and have
        self.fp += have and not want
        self.fn += want and not have
        self.tn += not want and not have
        wanted, found = set(expect.get("reasons") or []), set(got["reasons"])
        if want:
            self.reasons_expected += len(wanted)
            self.reasons_found += len(wanted & found)
        self.reasons_predicted += len(found)
        self.reasons_right += len(found & wanted)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    @property
    def precision(self) -> float:
        return self._ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self._ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def lines(self) -> list[str]:
        reason_p = self._ratio(self.reasons_right, self.reasons_predicted)
        reason_r = self._ratio(self.reasons_found, self.reasons_expected)
        return [
            f"at_risk: precision={self.precision:.3f} recall={self.recall:.3f} f1={self.f1:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn} tn={self.tn})",
            f"reasons: precision={reason_p:.3f} ({self.reasons_right}/{self.reasons_predicted} predicted) "
            f"recall={reason_r:.3f} ({self.reasons_found}/{self.reasons_expected} expected, at-risk cases)",
        ]


def check(expect: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """What the prediction got wrong: the verdict, or an expected reason it missed."""
    problems = []
    if bool(expect["at_risk"]) != got["at_risk"]:
        problems.append(f"expected at_risk={str(expect['at_risk']).lower()}, got {str(got['at_risk']).lower()}")
    missed = [r for r in expect.get("reasons") or [] if r not in got["reasons"]]
    if missed and got["at_risk"]:
        problems.append("missed reason(s) " + ", ".join(missed))
    return problems


def _why(assessment: RiskAssessment) -> str:
    if not assessment.reasons:
        return "no reasons"
    first = assessment.reasons[0]
    quote = f' "{first.evidence[0].quote}" ({first.evidence[0].on})' if first.evidence else ""
    return ", ".join(assessment.codes) + f" | {first.code}:{quote}"


def run_risk(*, cases_path: Path, predictions_path: Path | None, out: TextIO) -> tuple[Summary, Tally]:
    """Score every case in ``cases_path``: failure lines, the score lines, and last ``risk: ... f1=F``."""
    entries = load_cases(cases_path, required=REQUIRED, validate=validate)
    summary, tally = Summary("risk", out), Tally()
    with JsonlOut(predictions_path) as predictions:
        for entry in entries:
            if not isinstance(entry, Case):
                summary.record(entry.label, [entry.problem])
                continue
            assessment = run_case(entry.data)
            got = predicted(assessment)
            predictions.write({"id": entry.id, "predicted": got})
            tally.add(entry.data["expect"], got)
            problems = check(entry.data["expect"], got)
            summary.record(entry.label, [*problems, f"got {_why(assessment)}"] if problems else [])
    for line in tally.lines():
        print(line, file=out)
    print(f"{summary.line()} precision={tally.precision:.3f} recall={tally.recall:.3f} f1={tally.f1:.3f}", file=out)
    return summary, tally
