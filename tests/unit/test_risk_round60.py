"""Risk classes the 60th blind set showed the engine missing: the forum that decides moved in informal words (bumped,
shifted, slid); a purchase or tender suspended, or its award withheld for now; the decision itself named as what is
revisited later; our price above a figure they had in their own head, said informally; approval refused at the
price as it stands, and a tender submission a large share above their benchmark; a look closed with nothing
decided ("We've seen enough for now"); and rivals struck from a tender (excluded, disqualified, non-compliant),
which rules them out. Each has hard negatives in the same words."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HALVORSEN

latest = HALVORSEN.latest  # a warm, eager opening; the deal closes 2017-08-31, now is 2017-06-20


# --- the forum that decides, moved in informal words ----------------------------------------------------------------


def test_the_steering_group_shifted_past_the_close_is_a_slip() -> None:
    assert latest("Tomas, thanks for the quote. Heads up, the steering group got shifted to 14 September.") == [
        "timeline_slip"
    ]


def test_the_approvals_panel_slid_into_a_later_month_is_a_slip() -> None:
    assert latest("Tomas, thanks! Our approvals panel slid into mid-October, sorry about that.") == ["timeline_slip"]


def test_the_committee_bumped_within_the_window_is_no_slip() -> None:
    assert latest("Tomas, thanks. The committee got bumped to 22 August, still ahead of your month-end.") == []


def test_a_training_bumped_past_the_close_is_no_slip() -> None:
    assert latest("Tomas, thanks. Our team training got bumped to 20 September, the rest is unchanged.") == []


# --- a purchase or tender suspended, or its award withheld for now ---------------------------------------------------


def test_a_suspended_tender_is_a_pause() -> None:
    text = "Tomas, thanks for the bid. Sorry to say the tender has been suspended while the board reviews priorities."
    assert latest(text) == ["timeline_slip"]


def test_no_contract_awarded_for_the_time_being_is_a_pause() -> None:
    assert latest("Tomas, a note from procurement: no contract will be awarded for the time being. Thanks.") == [
        "timeline_slip"
    ]


def test_a_suspended_sandbox_account_is_no_pause() -> None:
    text = "Tomas, thanks. Our sandbox account was suspended over the weekend, can you reactivate it for the order?"
    assert latest(text) == []


def test_a_tender_said_not_to_be_suspended_is_no_pause() -> None:
    text = "Tomas, thanks! The tender hasn't been suspended, whatever you heard. The award is still set for 15 August."
    assert latest(text) == []


# --- the decision itself revisited later ------------------------------------------------------------------------------


def test_our_decision_revisited_after_the_close_is_a_slip() -> None:
    assert latest("Tomas, thanks for the quote. We'll revisit our decision in November.") == ["timeline_slip"]


def test_the_purchase_decision_revisited_with_no_date_is_a_pause() -> None:
    assert latest("Tomas, thanks. We'll revisit the purchase decision after the reorganisation.") == ["timeline_slip"]


def test_the_decision_revisited_within_the_window_is_no_slip() -> None:
    assert latest("Tomas, thanks. We'll revisit the decision in July once legal is done.") == []


def test_an_onboarding_plan_revisited_later_is_no_slip() -> None:
    assert latest("Tomas, thanks. We'll revisit the onboarding plan in November, when the new hires start.") == []


# --- our price above a figure in their own head -----------------------------------------------------------------------


def test_north_of_what_they_ballparked_is_an_objection() -> None:
    assert latest("Tomas, thanks. Honestly, that's a fair bit north of what I'd ballparked for this.") == [
        "pricing_objection"
    ]


def test_over_what_finance_had_earmarked_is_an_objection() -> None:
    assert latest("Tomas, thanks for the quote. Hmm, it comes in well over what finance had earmarked.") == [
        "pricing_objection"
    ]


def test_usage_north_of_what_they_pencilled_in_is_good_news() -> None:
    assert latest("Tomas, great news: sign-ups in the pilot are well north of what I'd pencilled in!") == []


def test_a_price_within_what_they_pencilled_in_is_no_objection() -> None:
    assert latest("Tomas, thanks. That's comfortably within what I'd pencilled in.") == []


# --- approval refused at the price as it stands; a tender submission far above their benchmark -------------------


def test_the_board_wont_wear_it_at_the_current_pricing() -> None:
    assert latest("Tomas, thanks. The board won't wear it at the current pricing, I'm afraid.") == ["pricing_objection"]


def test_the_directors_wont_back_the_proposal_at_the_quoted_rate() -> None:
    assert latest("Tomas, thanks. The directors won't back the proposal at the quoted rate.") == ["pricing_objection"]


def test_a_tender_submission_a_third_above_their_cost_model() -> None:
    assert latest("Tomas, thanks. The evaluation showed your tender submission is 30% above our cost model.") == [
        "pricing_objection"
    ]


def test_finance_will_sign_off_at_this_price() -> None:
    assert latest("Tomas, thanks. Finance will sign off at this price, no problem.") == []


def test_refused_at_this_stage_of_the_pilot_is_not_about_price() -> None:
    assert latest("Tomas, thanks. The panel won't go for it at this stage of the pilot, so we'll run it to July.") == []


def test_a_submission_a_little_above_the_cost_model_is_no_objection() -> None:
    assert latest("Tomas, thanks. Your tender submission is 5% above our cost model, which is fine.") == []


# --- a look closed with nothing decided -------------------------------------------------------------------------------


def test_seen_enough_for_now_after_warmth_is_a_drop() -> None:
    assert latest("Tomas, we've seen enough for now, thanks. We'll be in touch if needed.") == ["sentiment_drop"]


def test_heard_enough_is_curt() -> None:
    tone = message_tone("I think we've heard enough. We'll let you know.")
    assert tone.curt and tone.score <= -0.3


def test_seen_enough_to_decide_is_no_drop() -> None:
    assert latest("Tomas, we've seen enough to know it fits, thanks. Please send the order form.") == []


def test_seen_enough_and_ready_to_sign_is_no_drop() -> None:
    assert latest("Thanks Tomas, we've seen enough for now and we're ready to sign on Friday.") == []


# --- rivals struck from a tender --------------------------------------------------------------------------------------


def test_rival_bids_excluded_as_non_compliant_are_out() -> None:
    text = "Tomas, thanks. Update on the tender: the Lumora and Quorvia bids have been excluded as non-compliant."
    assert latest(text) == []


def test_a_disqualified_rival_is_out() -> None:
    text = "Tomas, thanks. Stackline's bid was disqualified at the compliance stage, so it's yours to lose."
    assert latest(text) == []


def test_a_rival_excluding_scope_from_its_bid_is_still_in_play() -> None:
    text = "Tomas, thanks. Tellurix excluded training from its bid, so we're still comparing the two bids."
    assert latest(text) == ["competitor_mentioned"]


def test_a_rival_not_disqualified_is_still_in_play() -> None:
    assert latest("Tomas, thanks. NorthPeak has not been disqualified; their bid is still being scored.") == [
        "competitor_mentioned"
    ]
