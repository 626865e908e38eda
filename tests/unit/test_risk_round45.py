"""Risk classes the 45th blind set showed the engine missing, each tried on wordings of our own with hard negatives:
the deal (or every item like it) moved on a decision forum's agenda to a later sitting, and an answer put off with a
circular non-answer whose subject is dropped or is not "we" ("Will revert when we revert.", "It'll happen when it
happens.")."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from agents.insights.thread import Thread, Turn
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # the deal closes 2017-08-31, now is 2017-06-20
latest = THREAD.latest


# --- the deal moved on a decision forum's agenda to a later sitting --------------------------------------------------


def test_items_moved_to_a_later_sitting_of_the_forum_are_a_slip() -> None:
    assert "timeline_slip" in latest(
        "The August board is swamped with the merger, so every non-critical item got bumped to their October meeting."
    )
    assert "timeline_slip" in latest(
        "Our investment committee ran out of time on Tuesday; the remaining papers, ours included, were carried over"
        " to the 12 October session."
    )
    assert "timeline_slip" in latest("The steering group has pushed our proposal to its November sitting.")


def test_other_business_a_sitting_in_the_window_or_a_move_denied_stays_quiet() -> None:
    # other business moved, not ours
    assert "timeline_slip" not in latest(
        "The board agenda is packed, so the pension review has been bumped to their October meeting."
    )
    # moved, but to a sitting inside the close window
    assert "timeline_slip" not in latest("The board is busy, so everything was moved to their 20 August meeting.")
    # a move denied
    assert "timeline_slip" not in latest(
        "Good news: our proposal hasn't been bumped to the October committee session, it stays on August's agenda."
    )
    # a person moved to the board, and a call moved with no forum deciding anything
    assert "timeline_slip" not in latest("Katrin has moved to the board as of October, she sends her best.")
    assert "timeline_slip" not in latest("Our kickoff call has been moved to the 14 October meeting slot.")


# --- an answer put off with a circular non-answer ---------------------------------------------------------------------


def test_a_circular_non_answer_with_any_subject_is_cold() -> None:
    assert message_tone("Nope. Will get back to you when we get back to you.").score <= -0.5
    assert message_tone("You'll hear from us when you hear from us.").score <= -0.5
    assert message_tone("It'll happen when it happens.").score <= -0.5
    assert message_tone("It's done when it's done.").score <= -0.5


def test_a_request_a_condition_or_a_second_object_stays_neutral() -> None:
    assert message_tone("Let me know when you know.").score > -0.2
    assert message_tone("Will revert when we've spoken to finance.").score > -0.2
    assert message_tone("We'll sign when we sign the other two renewals on Friday.").score > -0.2
    assert message_tone("It'll be ready when it's tested by our IT team.").score > -0.2


def test_warmth_then_a_bare_receipt_then_a_circular_answer_is_a_drop() -> None:
    messages = [
        THREAD.msg(*THREAD.asked),
        THREAD.msg(*THREAD.answered, "outbound"),
        THREAD.msg("2017-06-08T09:00", "Got it."),
        THREAD.msg("2017-06-09T09:00", "Any first thoughts from the team?", "outbound"),
        THREAD.msg("2017-06-16T11:00", "No. Will decide when we decide."),
    ]
    assert "sentiment_drop" in THREAD.codes(messages)


def test_warmth_then_a_bare_receipt_then_a_dated_answer_stays_quiet() -> None:
    messages = [
        THREAD.msg(*THREAD.asked),
        THREAD.msg(*THREAD.answered, "outbound"),
        THREAD.msg("2017-06-08T09:00", "Got it, thanks!"),
        THREAD.msg("2017-06-09T09:00", "Any first thoughts from the team?", "outbound"),
        THREAD.msg("2017-06-16T11:00", "Not yet. Will revert when we've met on Thursday, thanks for your patience."),
    ]
    assert "sentiment_drop" not in THREAD.codes(messages)


# --- the deal carried somewhere by its owner is no new owner ---------------------------------------------------------


def test_carrying_the_deal_to_a_forum_or_a_person_is_no_stakeholder_change() -> None:
    assert "stakeholder_change" not in latest("She'll take it to the steering committee next Tuesday.")
    assert "stakeholder_change" not in latest("He'll take this up with the CFO when she's back.")
    assert "stakeholder_change" not in latest("They'll make it to the demo on Thursday, both of them.")


def test_taking_it_over_or_from_here_is_still_a_stakeholder_change() -> None:
    assert "stakeholder_change" in latest("I'm moving to the Oslo office, so Pia will take it from here.")
    assert "stakeholder_change" in latest("Our new COO starts on Monday and he'll take it over from me.")


# --- the money taken away, an adverb between the auxiliary and "been" ------------------------------------------------


def test_money_taken_away_with_an_adverb_before_been_is_a_budget_concern() -> None:
    assert "budget_concern" in latest("Sadly the funding has since been withdrawn.")
    assert "budget_concern" in latest("Our allocation had unfortunately been axed before the quote arrived.")
    assert "budget_concern" in latest("The money was then reallocated to the warehouse roof.")


def test_money_confirmed_or_a_quote_pulled_stays_quiet() -> None:
    assert "budget_concern" not in latest("The funding has since been signed off, so we're good to go.")
    assert "budget_concern" not in latest("Our funding has since been confirmed for the full year.")
    assert "budget_concern" not in latest("The old quote has since been pulled, the new one stands.")


# --- one unnamed rival bid -------------------------------------------------------------------------------------------


def test_one_unnamed_rival_bid_in_play_is_a_competitor() -> None:
    assert "competitor_mentioned" in latest("Honestly the other bid is cheaper, and the board likes it.")
    assert "competitor_mentioned" in latest("Finance wants to compare you against a rival offer we got on Monday.")


def test_our_other_quote_no_other_bid_or_one_ruled_out_stays_quiet() -> None:
    assert "competitor_mentioned" not in latest("The other quote you sent had five seats, can you redo it for eight?")
    assert "competitor_mentioned" not in latest("There was no other bid, so it's yours.")
    assert "competitor_mentioned" not in latest("We ruled out the other bid last week, so it's just you now.")
    assert "competitor_mentioned" not in latest("The model also covers a competing offer scenario, for the record.")


# --- the customer's own words below a forwarded mail closed by a dashed line -----------------------------------------

FORWARD = (
    "Fwd: team news\n\nSee below.\n\n---------- Forwarded message ----------\n"
    "From: Ana Ruiz <ana.ruiz@halvorsen.example>\nSubject: News\n\nThe office move is done, all went well.\n-----\n\n"
)


def _turn(text: str) -> Turn:
    return Thread([THREAD.msg(THREAD.latest_at, text)]).customer_turns()[0]


def test_words_below_a_forward_closed_by_a_dashed_line_are_the_customers() -> None:
    turn = _turn(FORWARD + "On our side we're now trialling Lumora in parallel.")
    assert "trialling Lumora" in turn.text and "trialling Lumora" not in turn.forwarded
    assert turn.forwarded == "The office move is done, all went well."
    closed = FORWARD.replace("-----\n", "--- End of forwarded message ---\n")
    assert "trialling Lumora" in _turn(closed + "We're now trialling Lumora too.").text
    # and their tone there is theirs: a warm opening, then a forward and a cold line of their own below it
    complaint = "Frankly I'm disappointed, the proposal ignored everything we discussed."
    assert "sentiment_drop" in latest(FORWARD + complaint)


def test_a_forward_with_no_closing_line_a_signature_dash_or_a_nested_marker_stays_quoted() -> None:
    unclosed = _turn(FORWARD.replace("-----\n\n", "") + "Their agency is trialling Lumora in parallel.")
    assert "Lumora" not in unclosed.text and "Lumora" in unclosed.forwarded
    signed = _turn(FORWARD.replace("-----\n\n", "-- \nAna Ruiz, Facilities\n") + "Ana's old team uses Lumora.")
    assert "Lumora" not in signed.text
    nested = _turn(FORWARD.replace("-----\n\n", "-----Original Message-----\nFrom: Bo <bo@x.example>\n\nLumora!"))
    assert "Lumora" not in nested.text
