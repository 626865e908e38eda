"""Risk classes the 36th blind set showed the engine missing, each tried on wordings of our own with hard negatives:
a call only the front desk answered, a departure of someone whose name has an accent, the champion retiring or
naming a successor, the right to decide moved to a new body, the grant that was to pay refused, spend stopped on the
tool being left, a checklist question answered no, a feared pause said not to have happened, a rival looked at
"properly", the price as it stands named as what stops them, a lower figure asked for politely, a season as a date,
a window called "aspirational", a purchase waiting for a forum's next sitting, mock self-blame as sarcasm, and the
complaint echoed bare when the trouble comes back ("Same trainer, same lecture.")."""

from __future__ import annotations

from agents.insights.sentiment import sentence_score
from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


def _opening() -> list:
    return [msg(*THREAD.asked), msg(*THREAD.answered, "outbound")]


# --- a call only the front desk answered is no word from the customer ----------------------------------------------


def _chased_then_called(call: str) -> list[str]:
    """The customer last wrote on 1 June; we chased on 2 and 12 June, called on 5 July, now is 20 July."""
    thread = [*_opening(), msg("2017-06-12T09:00", "Hi Tobias, any news on the quote?", "outbound"),
              msg("2017-07-05T10:00", call, "outbound", "call_transcript")]  # fmt: skip
    return codes(thread, now="2017-07-20", close="2017-08-31")


def test_a_call_only_the_front_desk_answered_leaves_them_quiet() -> None:
    for call in ("Switchboard: Harrowfield, how can I help? Imke: Is Tobias there? Switchboard: He's in meetings all "
                 "week, I'm afraid. Imke: I'll try again.",
                 "Receptionist: Good morning, Harrowfield. Imke: Could I speak to Tobias? Receptionist: He's not at "
                 "his desk, can I take a message?"):  # fmt: skip
        assert "gone_quiet" in _chased_then_called(call), call


def test_a_call_the_contact_took_is_a_reply() -> None:
    for call in (
        "Tobias: Tobias speaking. Imke: Hi, it's Imke about the quote. Tobias: Yes, still reviewing it.",
        "Receptionist: Putting you through. Tobias: Hi Imke, sorry for the silence, we're still on it.",
    ):
        assert "gone_quiet" not in _chased_then_called(call), call


def test_a_departure_told_by_the_front_desk_or_with_an_accented_name_counts() -> None:
    assert "stakeholder_change" in _chased_then_called(
        "Receptionist: Harrowfield, hello. Imke: Is Tobias in? Receptionist: Oh, Tobias left us last month, sorry."
    )
    assert latest("Quick note: Inés left the company on Friday, so I'm picking up her open items.") == [
        "stakeholder_change"]  # fmt: skip
    assert latest("Sadly José Álvarez has resigned, effective today.") == ["stakeholder_change"]


def test_an_accented_name_leaving_a_message_or_the_office_is_no_departure() -> None:
    assert latest("Inés left the office early today, she'll send the PO tomorrow.") == []
    assert latest("Zoë left a voicemail for you about the invoice address.") == []


# --- the champion retiring or naming a successor -----------------------------------------------------------------


def test_the_champion_retiring_or_naming_a_successor_is_a_change() -> None:
    for text in ("Personal news: I retire in July after twenty years, so it will be someone else's signature.",
                 "My successor, Ana Ruiz, starts on Monday and will pick this up.",
                 "I'll retire at the end of the quarter; my replacement is still being hired."):  # fmt: skip
        assert latest(text) == ["stakeholder_change"], text


def test_retiring_a_system_or_cover_while_away_is_no_change() -> None:
    for text in ("We'll retire the old spreadsheet at the end of April, once your tool is live.",
                 "My replacement while I'm on leave is Jo; I'll sign as soon as I'm back on the 26th.",
                 "My replacement laptop finally arrived, so I can send the PO today."):  # fmt: skip
        assert latest(text) == [], text


# --- the right to decide moved to a new body ------------------------------------------------------------------------


def test_the_right_to_decide_moved_to_a_new_body_is_a_change() -> None:
    for text in ("From next month every software contract will be approved by the newly formed procurement council.",
                 "Heads up: team leads can no longer sign vendor contracts, whatever the amount.",
                 "All tool purchases are now to be decided by a new steering board the COO chairs."):  # fmt: skip
        assert latest(text) == ["stakeholder_change"], text


def test_other_things_decided_elsewhere_is_no_change() -> None:
    for text in ("All leave requests will be decided by the new HR portal from July.",
                 "Good news: you will no longer need to sign a paper copy, e-signature is fine."):  # fmt: skip
        assert latest(text) == [], text


# --- the grant or loan that was to pay refused -----------------------------------------------------------------------


def test_the_outside_money_refused_is_a_budget_concern() -> None:
    for text in ("Our grant application was turned down, and that was the money for the seats.",
                 "The foundation declined to fund the project this year, so we're looking for other money.",
                 "Bad news from the innovation panel: they decided not to fund us this round."):  # fmt: skip
        assert latest(text) == ["budget_concern"], text


def test_the_outside_money_not_refused_or_our_own_choice_is_no_concern() -> None:
    for text in ("The grant was not rejected, it just needs one more signature and then we can order.",
                 "We decided not to fund the renewal of the old tool, your seats replace it."):  # fmt: skip
        assert latest(text) == [], text


# --- spend stopped on the tool they are leaving -------------------------------------------------------------------


def test_spend_stopped_on_the_tool_being_left_is_no_concern() -> None:
    for text in ("We've dropped the old ticketing tool and frozen all spend on it, so you're the way forward.",
                 "We've cut our spend on the legacy database to zero to make room for this."):  # fmt: skip
        assert latest(text) == [], text


def test_spend_frozen_on_this_or_everything_is_still_a_concern() -> None:
    for text in ("About the seats: finance has frozen all spend on it until April.",
                 "Finance has frozen all software spend until further notice."):  # fmt: skip
        assert "budget_concern" in latest(text), text


# --- a question answered no on the spot ---------------------------------------------------------------------------


def test_a_risk_asked_about_and_answered_no_is_no_risk() -> None:
    for text in ("You'll want the usual checks. Budget cut? Nope, it's in this year's plan. PO next week.",
                 "Internal review went fine. Signing pushed back to August? No, still on for the 28th."):  # fmt: skip
        assert latest(text) == [], text
    note = msg("2017-06-10T09:00", "Forecast prep. Budget frozen? No, signed off in May. Calling it commit.",
               "internal", "meeting_note")  # fmt: skip
    assert codes([*_opening(), note, msg(THREAD.latest_at, "All good here, PO is with finance.")]) == []


def test_a_risk_asked_about_and_answered_yes_still_counts() -> None:
    assert latest("You asked about money. Budget cut? Sadly yes, by a third, as of Monday.") == ["budget_concern"]
    assert latest("Budget frozen? I'm afraid our CFO froze it yesterday.") == ["budget_concern"]


# --- a feared pause said not to have happened ---------------------------------------------------------------------


def _feared_then(text: str) -> list[str]:
    feared = msg("2017-06-08T10:00", "One caveat: there's talk of a freeze, and things could get put on hold until Q4.")
    return codes([*_opening(), feared, msg(THREAD.latest_at, text)])


def test_a_feared_pause_said_not_to_have_happened_is_no_slip() -> None:
    for text in ("Update: the freeze is headcount only. Nothing is on hold, we still sign on the 28th.",
                 "All clear, none of it is delayed; contract back to you on the 27th."):  # fmt: skip
        assert _feared_then(text) == [], text


def test_a_pause_not_yet_cleared_still_slips() -> None:
    for text in ("Nothing is on hold yet, but I'll know more next week.",
                 "Still waiting to hear about the freeze."):  # fmt: skip
        assert "timeline_slip" in _feared_then(text), text


# --- a rival looked at "properly", or chosen between ---------------------------------------------------------------


def test_a_rival_looked_at_properly_or_chosen_between_is_in_play() -> None:
    for text in ("Our IT director wants us to look seriously at what Lumora can do before we commit.",
                 "Brightwave run a workshop with us next week, then we'll choose between the two."):  # fmt: skip
        assert latest(text) == ["competitor_mentioned"], text


def test_a_rival_looked_at_long_ago_or_terms_looked_at_closely_is_not() -> None:
    for text in ("We looked hard at Lumora last year and dropped them.",
                 "I had to look closely at the contract terms before signing, all fine."):  # fmt: skip
        assert latest(text) == [], text


# --- the price as it stands named as what stops them; a lower figure asked for politely --------------------------


def test_the_price_as_it_stands_named_as_what_stops_them_is_an_objection() -> None:
    for text in ("At the price you've quoted it would be very hard for us to go ahead this year.",
                 "At that figure I can't get it signed by our owners."):  # fmt: skip
        assert "pricing_objection" in latest(text), text


def test_a_level_of_detail_or_a_price_found_easy_is_no_objection() -> None:
    for text in ("At this level of detail it is hard to proceed without a workshop on the 22nd.",
                 "At this price it is not difficult to proceed, we're happy to sign on the 28th."):  # fmt: skip
        assert "pricing_objection" not in latest(text), text


def test_a_lower_figure_asked_for_politely_is_an_objection() -> None:
    for text in ("Would you be able to accept roughly 8,000 for the five licences?",
                 "Could you accept 12,000 for all six seats?",
                 "If it were nearer forty I'd sign this week."):  # fmt: skip
        assert "pricing_objection" in latest(text), text


def test_a_figure_for_an_instalment_or_a_day_is_no_objection() -> None:
    for text in ("Could you do 9,000 for the first invoice and the rest in March?",
                 "If it were closer to Friday I'd sign then, the 23rd works too."):  # fmt: skip
        assert "pricing_objection" not in latest(text), text


# --- a season as a date; a window called "aspirational"; a forum's next sitting ------------------------------------


def test_a_season_past_the_close_is_a_slip() -> None:
    for text in ("No rush, we'll look at it again come spring.",
                 "Let's revisit it come autumn, when the budget round is done."):  # fmt: skip
        assert "timeline_slip" in latest(text), text


def test_a_season_gone_by_or_a_sale_is_no_date() -> None:
    for text in ("Last summer we looked at three tools; yours is the one. Signing on the 28th.",
                 "Our summer sale kept us busy, but the PO goes out on the 27th."):  # fmt: skip
        assert latest(text) == [], text


def test_a_window_called_aspirational_is_a_slip() -> None:
    for text in ("Signing this month is, let's say, aspirational.",
                 "Honestly, June is optimistic for the signature now."):  # fmt: skip
        assert "timeline_slip" in latest(text), text


def test_a_window_called_certain_or_the_writer_optimistic_is_no_slip() -> None:
    for text in ("Signing this month is, let's say, certain.",
                 "I'm optimistic we'll sign in June as planned."):  # fmt: skip
        assert latest(text) == [], text


def test_a_purchase_waiting_for_a_forums_next_sitting_past_the_close_slips() -> None:
    for text in (
        "Every purchase over 5k now needs sign-off from the quarterly investment review, and the next one "
        "is in September.",
        "The contract has to go to the capex review first and the next session sits in late August.",
    ):
        assert "timeline_slip" in latest(text), text


def test_a_forums_next_sitting_inside_the_window_is_no_slip() -> None:
    text = "The contract has to go to the quarterly investment review first, and the next one is on the 26th."
    assert latest(text) == [], text


# --- mock self-blame is sarcasm ---------------------------------------------------------------------------------------


def test_mock_self_blame_is_sarcasm() -> None:
    for sentence in ("How naive of me to expect the price we were quoted.",
                     "Silly me for trusting the demo.",
                     "My mistake, I suppose, for reading your terms."):  # fmt: skip
        assert sentence_score(sentence) == (-0.7, True), sentence


def test_blame_for_a_real_slip_is_sincere() -> None:
    for sentence in ("Silly me, I forgot the attachment!", "Silly me for forgetting the PO number, here it is."):
        assert sentence_score(sentence)[1] is False, sentence


def test_a_warm_customer_turning_to_mock_self_blame_is_a_drop() -> None:
    asked = msg("2017-06-09T10:00", "The onboarding fee in the contract surprised us, can you explain?")
    answered = msg("2017-06-12T09:00", "It's standard, I'm afraid.", "outbound")
    latest_ = msg(THREAD.latest_at, "Standard. Of course. Silly me for reading the small print. We'll manage.")
    assert "sentiment_drop" in codes([*_opening(), asked, answered, latest_])


# --- the complaint echoed bare when the trouble comes back ---------------------------------------------------------


def _complained_then(text: str) -> list[str]:
    complaint = msg("2017-06-08T10:00", "Imke, some feedback: the consultant spent most of the session telling my "
                    "planners they had set everything up wrong. Two of them were quite upset.")  # fmt: skip
    sorry = msg("2017-06-09T09:00", "Sorry, Tobias. I've asked for a shorter, hands-on session.", "outbound")
    return codes([*_opening(), complaint, sorry, msg(THREAD.latest_at, text)])


def test_the_trouble_back_echoed_bare_is_a_drop() -> None:
    for text in ("Tobias.\n\nSame consultant, same monologue. Send the agenda in writing please.",
                 "Same consultant, different day. Please send the next agenda beforehand."):  # fmt: skip
        assert "sentiment_drop" in _complained_then(text), text


def test_the_same_terms_or_the_trouble_fixed_is_no_drop() -> None:
    for text in ("Same seats, same terms as discussed, so please send the contract.",
                 "Much better session today, thank you. Same time next week?"):  # fmt: skip
        assert "sentiment_drop" not in _complained_then(text), text
