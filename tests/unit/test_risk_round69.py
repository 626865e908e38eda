"""Round 69 classes: a step still to go ("just legal left") and a routine function that "takes it from here" are no
stakeholder change, the quote now sitting with a named person is one; their lawyers' hedged date for the contract
review is a slip; spend withdrawn as a memo says it is a budget concern; an
absence denied in our contact log ("no holiday mentioned") leaves the silence counting; anger at another vendor
is no drop in their tone towards us."""

from __future__ import annotations

import pytest

from tests.unit.risk_threads import HARROWFIELD

latest = HARROWFIELD.latest  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20


@pytest.mark.parametrize("text", [
    "Tobias here - pricing agreed, all approvals in, just Legal left.",
    "Imke, Tobias again: only Procurement left and we're done.",
    "Quick one from Tobias: everything's signed off, still the Countersignature left.",
])  # fmt: skip
def test_a_step_still_to_go_is_no_departure(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, sorry to say our sponsor Marta Olsen just left.",
    "Imke, Marta Olsen left the company on Friday.",
])  # fmt: skip
def test_a_person_who_left_is_still_a_departure(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, I've passed the signed quote to procurement and they'll take it from here.",
    "Imke, the MSA went over to our finance team, they will take it from here.",
    "Imke, your paperwork is with our contracts team now, they'll own it from here.",
])  # fmt: skip
def test_a_routine_function_taking_it_from_here_is_no_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, I've introduced you to Marta Olsen and she'll take it from here.",
    "Imke, procurement told me our new director Karin will make the final call now.",
])  # fmt: skip
def test_a_person_taking_it_over_is_still_a_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, after the reorg I'm afraid the quote will sit with Bruno now.",
    "Imke, your proposal now rests with Karin, who runs the merged division.",
    "Imke, the offer will now lie with our new director once she starts.",
])  # fmt: skip
def test_the_quote_sitting_with_a_new_person_is_a_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, the quote will sit with Legal now for the usual checks.",
    "Imke, the quote will sit with procurement for a week.",
])  # fmt: skip
def test_the_quote_sitting_with_a_function_is_no_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, legal has the contract in a queue; our counsel says 'I'll look at it when things calm down, probably late"
    " July.'",
    "Imke, our lawyers expect to go through the MSA around the middle of August.",
    "Imke, the solicitor will review your agreement sometime in August, hopefully.",
])  # fmt: skip
def test_the_lawyers_hedged_review_date_past_the_close_is_a_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, legal will review the contract probably next Tuesday.",
    "Imke, I'll look at the onboarding deck probably late July.",
])  # fmt: skip
def test_a_review_inside_the_window_or_of_something_else_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, from the memo: 'all discretionary spend is withdrawn with immediate effect.' That covers this too.",
    "Imke, per the CFO's note, non-essential expenditure is hereby suspended.",
    "Imke, bad news: all project spending is revoked while the merger closes.",
])  # fmt: skip
def test_spend_withdrawn_is_a_budget_concern(text: str) -> None:
    assert "budget_concern" in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, the spend cap has been withdrawn, so we can add seats.",
    "Imke, to be clear our spend is not frozen.",
])  # fmt: skip
def test_a_restriction_withdrawn_or_spend_not_frozen_is_no_concern(text: str) -> None:
    assert "budget_concern" not in latest(text), text


def _silence(log: str) -> list[str]:
    """The customer's last word on 1 May, two chasers from us, then our contact log on 1 June; now is 5 June."""
    t = HARROWFIELD
    return t.codes([
        t.msg("2017-05-01T10:00", "Imke, looks good. Let me check with the team and come back to you."),
        t.msg("2017-05-10T10:00", "Hi Tobias, any feedback from the team?", "outbound"),
        t.msg("2017-05-20T10:00", "Hi Tobias, checking in once more.", "outbound"),
        t.msg("2017-06-01T10:00", log, "internal", "meeting_note"),
    ], now="2017-06-05")  # fmt: skip


@pytest.mark.parametrize("log", [
    "Harrowfield contact log: two emails, no reply. No out-of-office, no holiday mentioned.",
    "Harrowfield status: rang reception, Tobias is not on leave and no vacation is booked.",
    "Harrowfield update: phoned twice, no vacation on his calendar and no out-of-office either.",
        "Harrowfield: his colleague says he's not travelling and not on holiday, just busy.",
])  # fmt: skip
def test_an_absence_denied_in_our_log_leaves_the_silence(log: str) -> None:
    assert "gone_quiet" in _silence(log), log


@pytest.mark.parametrize("log", [
    "Harrowfield: his assistant says Tobias is on holiday until 12 June.",
    "Harrowfield: Tobias can't look at new contracts until after 12 June, year-end close.",
        "Harrowfield: no decision until 12 June, his colleague says; not before the year-end close.",
])  # fmt: skip
def test_an_absence_announced_in_our_log_still_pauses_the_silence(log: str) -> None:
    assert "gone_quiet" not in _silence(log), log


@pytest.mark.parametrize("text", [
    "Imke, I'm livid - Brightwave lost our data AGAIN and their helpdesk ignored us for a day. Totally unacceptable."
    " Your quote is with finance and I want to sign next week.",
    "Imke, I'm so angry - Tellurix billed us twice AGAIN and their account manager won't call back. Disgraceful. Your"
    " proposal is on my CFO's desk.",
    "Imke, our existing vendor lost a week of orders and their CEO just shrugged. Appalling, frankly. Your proposal is"
    " with our CFO.",
])  # fmt: skip
def test_anger_at_another_vendor_is_no_drop(text: str) -> None:
    assert "sentiment_drop" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, I'm furious - your system had ANOTHER outage today and your support took nine hours to reply. Absolutely"
    " unacceptable.",
    "Imke, Lumora never had outages like this; your platform went down twice today. Unacceptable.",
])  # fmt: skip
def test_anger_at_us_is_still_a_drop(text: str) -> None:
    assert "sentiment_drop" in latest(text), text
