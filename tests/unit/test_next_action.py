"""Next best action: one step per risk reason and per stage, grounded in the evidence, and its email."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from agents.insights.action_email import compose_action_email
from agents.insights.actions import Person, next_best_action, open_asks
from agents.insights.risk import REASONS, Reason, RiskAssessment, assess
from agents.insights.signals import Evidence
from agents.insights.thread import DealFacts, Message
from tests.conftest import PROJECT_ROOT, SHARED_EVALS

NOW = date(2017, 11, 28)
DEAL = DealFacts("Engaging", date(2017, 12, 15), "Cancity", "GTX Pro")
SETS = [
    SHARED_EVALS / "dev" / "risk.jsonl",
    PROJECT_ROOT / "tests" / "evals" / "risk_extra.jsonl",
]


def msg(at: str, direction: str, text: str, sender: str = "") -> Message:
    return Message(datetime.fromisoformat(at), "email", direction, text, sender)


def verdict(
    code: str, quote: str = "We have to pause this.", on: date = date(2017, 11, 12), summary: str = ""
) -> RiskAssessment:
    reason = Reason(code, 0.8, summary or "evaluating Quorvia", (Evidence(quote, on, "email", 0.8),), 0.8)
    return RiskAssessment(True, 0.8, (reason,))


@pytest.mark.parametrize("code", REASONS)
def test_every_reason_has_a_grounded_step(code: str) -> None:
    summary = "last heard from on 2017-11-03, 25 days ago (norm for Engaging: 21 days); we wrote 3 times since (x)"
    maria = Person("Maria Lopez", "IT Manager", last_inbound=date(2017, 11, 3))
    found = verdict(code, summary=summary if code == "gone_quiet" else "")
    action = next_best_action(found, DEAL, people=[maria], now=NOW)
    assert action.reason == code and action.text and "2017-11-12" in action.why
    assert action.email == (code != "sentiment_drop")  # a tone drop wants a call first
    draft = compose_action_email(action, DEAL, recipient="Maria Lopez", rep_name="Darcel Schlecht")
    assert draft.body.startswith("Hi Maria,") and draft.body.endswith("Darcel Schlecht")
    assert "GTX Pro" in draft.body + draft.subject and "Cancity" in draft.body + draft.subject
    if code not in ("gone_quiet", "stakeholder_change"):
        assert "12 November" in draft.body and "> We have to pause this." in draft.body


@pytest.mark.parametrize(("stage", "words"), [("Prospecting", "discovery call"), ("Engaging", "signature date"),
                                              ("Won", "reference"), ("Lost", "what decided it")])  # fmt: skip
def test_a_healthy_deal_gets_its_stages_usual_step(stage: str, words: str) -> None:
    action = next_best_action(RiskAssessment(False, 0.0, ()), DealFacts(stage, None, "Cancity", "GTX Pro"), now=NOW)
    assert words in action.text and action.reason is None and action.email and stage in action.why


def test_an_unanswered_request_comes_first_and_an_answered_one_does_not() -> None:
    asked = [
        msg("2017-11-12T14:00", "inbound", "Thanks! Could you send us a pricing breakdown for 50 seats by Friday?")
    ]
    action = next_best_action(RiskAssessment(False, 0.0, ()), DEAL, messages=asked, now=NOW)
    assert action.text == "send the pricing breakdown for 50 seats they asked for on 12 Nov"
    assert action.purpose == "ask" and "2017-11-12" in action.why
    body = compose_action_email(action, DEAL, recipient="Chris Park", rep_name="Rep").body
    assert "As you asked on 12 November, here is the pricing breakdown for 50 seats." in body
    answered = [*asked, msg("2017-11-13T09:00", "outbound", "Here it is.")]
    assert open_asks(answered) == []
    assert open_asks([msg("2017-11-12T14:00", "inbound", "No need to send the quote again, we have it.")]) == []
    assert open_asks([msg("2017-11-12T14:00", "inbound", "Could you let me know when you're free?")]) == []


def test_a_pricing_objection_with_an_open_request_sends_what_they_asked_for() -> None:
    asked = [msg("2017-11-14T14:00", "inbound", "Can you share a revised quote with the discount options?")]
    action = next_best_action(verdict("pricing_objection"), DEAL, messages=asked, now=NOW)
    assert action.text.startswith("send the revised quote with the discount options they asked for on 14 Nov, and ")


def test_gone_quiet_goes_to_the_economic_buyer() -> None:
    summary = "last heard from on 2017-11-03, 25 days ago (norm for Engaging: 21 days); we wrote 3 times since (x)"
    people = [Person("Sam Ortiz", "Analyst", last_inbound=date(2017, 11, 3)), Person("Dana Lee", "CFO")]
    action = next_best_action(verdict("gone_quiet", summary=summary), DEAL, people=people, now=NOW)
    assert action.to == "Dana Lee" and action.purpose == "gone_quiet_buyer"
    assert "write to Dana Lee (CFO); Sam Ortiz has not replied since 3 Nov despite 3 follow-ups" in action.text
    alone = next_best_action(verdict("gone_quiet", summary=summary), DEAL, now=NOW,
                             people=[Person("Dana Lee", "CFO", last_inbound=date(2017, 11, 3))])  # fmt: skip
    assert alone.text.startswith("re-engage the economic buyer: Dana Lee (CFO) has not replied since 3 Nov")


def test_the_new_decision_maker_is_whoever_took_over_not_whoever_left() -> None:
    quote = "I'm writing because Noor Rahman left Kan-code last Friday. I've taken over her projects."
    thread = [msg("2017-04-05T10:31", "inbound", quote, "Stefan Ilic <stefan@kan.example>")]
    people = [
        Person("Noor Rahman", last_inbound=date(2017, 3, 21)),
        Person("Stefan Ilic", last_inbound=date(2017, 4, 5)),
    ]
    action = next_best_action(verdict("stakeholder_change", quote, date(2017, 4, 5)), DEAL, messages=thread,
                              people=people, now=NOW)  # fmt: skip
    assert action.to == "Stefan Ilic" and action.text.startswith("introduce yourself to Stefan Ilic")


def _cases() -> list[dict]:
    return [json.loads(line) for path in SETS if Path(path).is_file() for line in Path(path).open()]


def test_on_every_labelled_case_the_step_answers_the_strongest_reason() -> None:
    cases = _cases()
    assert len(cases) > 20
    for case in cases:
        d = case["deal"]
        deal = DealFacts(d["stage"], date.fromisoformat(d["expected_close"]), d["account"], d["product"])
        thread = [Message(datetime.fromisoformat(i["at"]), i["kind"], i["direction"], i["text"], i.get("from", ""))
                  for i in case["interactions"]]  # fmt: skip
        now = date.fromisoformat(case["now"])
        found = assess(deal, thread, now)
        action = next_best_action(found, deal, messages=thread, now=now)
        if found.reasons:
            assert action.reason == found.reasons[0].code, case["id"]
            assert found.reasons[0].evidence[-1].on.isoformat() in action.why, case["id"]
        else:
            assert action.reason is None and "no risk signals" in action.why or action.ask, case["id"]
        body = compose_action_email(action, deal, recipient="Pat Doe", rep_name="Rep").body
        assert d["product"] in body and "{" not in body, case["id"]
