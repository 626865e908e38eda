"""Round 79 classes (councils, trusts and family firms): a call speaker labelled with their role ("Priya (Finance):");
the decision on a hyphenated initiative passed to someone; an elected decider gone at the polls; a signature before a
later date ruled out with an aside between ("is therefore, sadly, impossible"), or in German, Spanish, French or
Italian; the deal's paper put down for a later sitting; the price weighed against their own use or the fraction they
expected; and a soured customer's reply with the name dropped at both ends. Each class has hard negatives."""

from __future__ import annotations

import pytest

from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
latest, msg, codes = THREAD.latest, THREAD.msg, THREAD.codes


# --- a call speaker labelled with their role -------------------------------------------------------------------------


def _call(lines: str) -> list[str]:
    opening = [msg(*THREAD.asked), msg(*THREAD.answered, "outbound")]
    call = msg("2017-06-14T15:00", lines, "outbound", "call_transcript")
    return codes([*opening, call, msg("2017-06-15T09:00", "Thanks for the call, Imke.")])


@pytest.mark.parametrize("lines", [
    "Imke: Thanks both for joining.\nRenata (Purchasing): Policy says three bids, so Lumora and NorthPeak are quoting"
    " too. We'll score all three next week.\nImke: Understood.",
    "Imke: Hi all.\nOwen [Finance]: Just so you know, we've had a Tellurix demo and their offer lands on Monday.\n"
    "Imke: Thanks for telling me.",
    "Imke: Good to meet you.\nGreta (Head of Ops): We're trialling Brightwave side by side with yours this month.",
])  # fmt: skip
def test_a_rival_named_by_a_speaker_labelled_with_a_role_is_heard(lines: str) -> None:
    assert "competitor_mentioned" in _call(lines), lines


@pytest.mark.parametrize("lines", [
    "Imke (Account Executive): Unlike Lumora, we host everything in the EU.\nRenata (Purchasing): Good to know.",
    "Imke: Any other vendors in the frame?\nRenata (Purchasing): We looked at Lumora last year and ruled them out."
    " It's just you now.",
])  # fmt: skip
def test_our_labelled_rep_or_a_rival_ruled_out_is_no_competitor(lines: str) -> None:
    assert "competitor_mentioned" not in _call(lines), lines


# --- the decision on a hyphenated initiative passed to someone -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "From July the decision on the e-learning platform rests with Sven in HR.",
    "Heads-up: the decision about the multi-site licence has moved to Grete in group IT.",
    "The decision about the point-of-sale tills has moved to Ilse.",
])  # fmt: skip
def test_a_decision_on_a_hyphenated_initiative_passed_on_is_a_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "The decision on the e-invoicing rollout moves to the end of June, as we planned.",
    "The decision on the self-service kiosk project still sits with me, nothing changes there.",
])  # fmt: skip
def test_a_hyphenated_decision_moved_to_a_date_or_kept_is_no_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


# --- the decision passed to someone whose name starts like a month ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "The decision on the add-on licences now lies with Marta.",
    "The decision on the new scanners now rests with Junie from today.",
    "The decision on the renewal has moved to Octavia in the group office.",
])  # fmt: skip
def test_a_decision_passed_to_a_name_like_a_month_is_a_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "The decision on the add-on licences now moves to March.",
    "The decision on the renewal has moved to Oct. 2 on our side.",
])  # fmt: skip
def test_a_decision_moved_to_a_month_is_no_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


# --- an elected decider gone at the polls ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Sad news from Thursday's count: Councillor Hale lost her seat, so the portfolio passes to whoever is appointed.",
    "I'm writing as the new chair; my predecessor, who did not retain his seat, had backed your bid.",
    "Our chair was not re-elected at the AGM last week.",
    "Governor Mills was voted out at the election, so your sponsor on the board is gone.",
])  # fmt: skip
def test_an_elected_decider_gone_at_the_polls_is_a_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "Councillor Hale held on to her seat comfortably, so she still chairs the committee.",
    "Our board chair was re-elected at the AGM; nothing changes for your proposal.",
    "I lost my seat on the early train and stood all the way, but the proposal reads well.",
])  # fmt: skip
def test_a_seat_kept_or_a_train_seat_is_no_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


# --- a signature before a later date ruled out, with an aside, or in another language --------------------------------


@pytest.mark.parametrize("text", [
    "The trustees only meet in September, so a signature before October is therefore, sadly, impossible.",
    "A decision before August is unfortunately not possible.",
    "Signing before the autumn is regrettably out of the question.",
])  # fmt: skip
def test_a_later_signature_ruled_out_with_an_aside_is_a_timeline_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    "A signature before the 25th is unfortunately not possible, but the 28th works.",
    "Training before October is unfortunately not possible, the order itself goes ahead this month.",
])  # fmt: skip
def test_an_aside_before_a_date_inside_the_window_or_other_work_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Der Aufsichtsrat tagt erst im August. Eine Unterschrift vor September ist daher leider nicht möglich.",
    "Lo siento, no podremos firmar este año; lo antes posible sería febrero.",
    "Une signature avant octobre n'est pas possible, le comité ne se réunit qu'en septembre.",
    "Non potremo firmare quest'anno; il prima possibile sarebbe marzo.",
    "Nous ne pourrons pas signer cette année, au plus tôt en février.",
])  # fmt: skip
def test_a_later_signature_ruled_out_in_another_language_is_a_timeline_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    "Wir unterschreiben noch vor Ende Juni, alles ist freigegeben.",
    "Firmaremos lo antes posible, la oferta está aprobada.",
    "Eine Unterschrift vor Juli ist kein Problem.",
    "Wir waren gestern vor Ort, die Lagerleitung ist begeistert.",
])  # fmt: skip
def test_a_signature_on_time_or_as_soon_as_possible_in_another_language_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


# --- the deal's paper put down for a later sitting -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Members ran out of time, so it's now listed for the 14 August cabinet.",
    "Our business case was pulled from the June agenda and has been rescheduled for the September board.",
    "The report has been re-tabled for the governors' meeting on 12 September.",
    "The item was pulled from the June cabinet and will now go to the August cabinet.",
])  # fmt: skip
def test_the_deals_paper_put_down_for_a_later_sitting_is_a_timeline_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    "It's now listed for the 27 June cabinet, a few days earlier than we said.",
    "Our paper is listed for the July board as planned.",
    "The pension review has been rescheduled for the September board.",
    "It now goes to the board for sign-off, which meets on the 27th.",
])  # fmt: skip
def test_a_sitting_in_the_window_the_plan_or_other_business_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


# --- the price weighed against their own use, or the fraction they expected ------------------------------------------


@pytest.mark.parametrize("text", [
    "It feels very high for what we'd really use.",
    "It feels very high for what our small team would actually need.",
    "We'd expected something nearer a third of that, to be honest.",
    "Still way too much.",
])  # fmt: skip
def test_the_price_against_their_use_or_expectation_is_a_pricing_objection(text: str) -> None:
    assert "pricing_objection" in latest(text), text


@pytest.mark.parametrize("text", [
    "It's too much for what we need to get done this week, can we push the call?",
    "We expected half of that to go on hardware, and it did.",
    "There's too much going on here this month, but the order is fine.",
    "Thanks so much.",
])  # fmt: skip
def test_work_or_an_unrelated_fraction_is_no_pricing_objection(text: str) -> None:
    assert "pricing_objection" not in latest(text), text


# --- a soured customer's reply with the name dropped at both ends ----------------------------------------------------


def _soured(reply: str, middle: str = "") -> list[str]:
    warm = "Dear Imke, what a great walkthrough, the warehouse leads were delighted. Please send the quote! Tobias"
    middle = middle or "Imke, frankly we're rather disappointed with how the rollout plan was handled. Tobias"
    return codes([
        msg("2017-06-01T10:00", warm), msg("2017-06-02T09:00", "Quote for four seats attached.", "outbound"),
        msg("2017-06-08T10:00", middle),
        msg("2017-06-09T09:00", "Sorry to hear that, revised plan attached.", "outbound"),
        msg("2017-06-16T11:00", reply),
    ])  # fmt: skip


@pytest.mark.parametrize("reply", [
    "Received the plan. We'll look at it next week.",
    "Saw the plan. Let us know if anything else changes.",
    "Noted. We'll come back when we've looked.",
])  # fmt: skip
def test_a_bare_reply_after_a_soured_message_is_a_sentiment_drop(reply: str) -> None:
    assert "sentiment_drop" in _soured(reply), reply


@pytest.mark.parametrize("reply, middle", [
    ("Saw the plan. Let us know if anything else changes.", "Imke, can the plan show each depot's go-live? Tobias"),
    ("Got it, looks much better. Tobias", ""),
    ("Imke, saw the plan. Let us know if anything else changes. Tobias", ""),
])  # fmt: skip
def test_a_bare_reply_after_a_plain_message_or_a_signed_reply_is_no_drop(reply: str, middle: str) -> None:
    assert "sentiment_drop" not in _soured(reply, middle), reply
