"""Risk classes a blind set showed the engine missing or over-reading: money swept back, folded into another pot, cut
first or gone; cost-cutting as a reason to buy; "too dear", a lower figure named to sign at, a proper cut needed,
and a discount ask taken back as a joke; a rival with the door closed on it; a failure held up as publicity and a
mock consolation as sarcasm; a meeting waved off to email as a curt reply; a champion moving over to a sister
company; a decision said not to fall in the window, a review before any signature, and a pause that ends with the
date just named. Every thread here is new wording, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- budget: swept back, folded into another pot, cut first, no longer there -----------------------------------


def test_budgets_swept_back_to_head_office_are_a_budget_concern() -> None:
    assert latest("Head office has swept every unspent site budget back into the central pot for the half-year.") == [
        "budget_concern"
    ]


def test_a_budget_folded_into_general_funds_is_a_budget_concern() -> None:
    assert latest("The new finance director folded the digital budget back into the general fund last week.") == [
        "budget_concern"
    ]


def test_a_line_cut_first_is_a_budget_concern() -> None:
    assert latest("The board trimmed next year's plan and the tooling line was the first thing to go.") == [
        "budget_concern"
    ]


def test_money_that_no_longer_exists_is_a_budget_concern() -> None:
    assert latest("Sorry to say the money we had lined up for the licences no longer exists.") == ["budget_concern"]


def test_nothing_left_on_the_cost_centre_is_a_budget_concern() -> None:
    assert latest("There's nothing left on our cost centre until the spring planning round.") == ["budget_concern"]


def test_cost_cutting_served_by_the_product_is_no_budget_concern() -> None:
    assert latest("Good news: it's actually part of our cost-reduction drive, the fuel savings won the CFO over.") == []


def test_cost_cutting_that_squeezes_the_purchase_is_still_a_budget_concern() -> None:
    assert latest("With the new cost-cutting regime, anything non-essential is being questioned.") == ["budget_concern"]


def test_rolling_out_to_the_team_is_no_budget_talk() -> None:
    assert latest("We've rolled the pilot out to the rest of the team and everyone is happy. Great work!") == []


# --- pricing: too dear, a lower figure to sign at, a proper cut, a joke taken back -----------------------------------


def test_too_dear_is_a_pricing_objection() -> None:
    assert latest("Honestly, for two people using it a couple of times a week, that's too dear.") == [
        "pricing_objection"
    ]


def test_a_lower_figure_named_to_sign_at_is_a_pricing_objection() -> None:
    assert latest("Get it nearer three thousand and I'll put it in front of the partners.") == ["pricing_objection"]


def test_a_proper_cut_needed_is_a_pricing_objection() -> None:
    assert latest("The yearly fee needs a serious cut or the board will say no.") == ["pricing_objection"]


def test_a_discount_ask_taken_back_as_a_joke_is_no_objection() -> None:
    assert latest("Could you knock 80% off? Only joking. Please send the order form.") == []


def test_a_price_said_to_be_fine_makes_the_message_benign() -> None:
    assert latest("Any room for 30% off, cheeky question. The quote is fine, though, so let's go.") == []


def test_a_dear_greeting_is_not_about_price() -> None:
    assert latest("Dear Imke, thanks for the call. Please send the quote over.") == []


# --- competitor: a door closed, a non-starter --------------------------------------------------------------------


def test_a_rival_with_the_door_closed_on_it_is_ruled_out() -> None:
    assert codes([
        msg("2017-06-01T10:00", "Imke, we're also trialling Quorvia this month, so expect questions."),
        msg("2017-06-02T09:00", "Happy to help, quote attached.", "outbound"),
        msg("2017-06-14T10:00", "We've shut the door on Quorvia, their hosting answer was a non-starter. Order form?"),
    ]) == []  # fmt: skip


def test_a_rival_still_being_trialled_stays_in_play() -> None:
    assert latest("We've closed the door on nothing yet; Quorvia is still trialling with us.") == [
        "competitor_mentioned"
    ]


# --- sentiment: publicity sarcasm, mock consolation, a meeting waved off to email ----------------------------------


def test_a_failure_held_up_as_publicity_is_sarcasm() -> None:
    tone = message_tone("The sync failed again during the stock count. What a fine showcase for your platform.")
    assert tone.sarcastic and tone.score <= -0.4


def test_a_mock_consolation_is_sarcasm() -> None:
    tone = message_tone("The import broke twice today. I'm sure your apology will keep the drivers happy.")
    assert tone.sarcastic and tone.score <= -0.4


def test_a_showcase_praised_with_no_failure_is_sincere() -> None:
    tone = message_tone("Your onboarding was a great advert for the product, the team are thrilled.")
    assert not tone.sarcastic and tone.score > 0.3


def test_a_meeting_waved_off_to_email_after_warmth_is_a_drop() -> None:
    assert codes([
        msg("2017-06-01T10:00", "Imke, the crew LOVED the demo, best we've seen. Excited for the trial!"),
        msg("2017-06-05T09:00", "The trial space is set up, details below.", "outbound"),
        msg("2017-06-08T10:00", "Noted."),
        msg("2017-06-12T09:00", "Could we book half an hour with the crew?", "outbound"),
        msg("2017-06-14T10:00", "No time for that. Put anything else in an email."),
    ]) == ["sentiment_drop"]  # fmt: skip


def test_sending_the_slides_by_email_is_a_plain_request() -> None:
    assert not message_tone("Could you send the slides by email? Thanks, looking forward to it.").curt


# --- stakeholder: the champion moving over to a sister company ----------------------------------------------------


def test_the_champion_moving_over_to_a_sister_company_is_a_stakeholder_change() -> None:
    assert latest(
        "Quick heads-up: I'm moving over to our sister company next month, someone else will pick this up."
    ) == ["stakeholder_change"]


# --- timeline: a decision not in the window, a review before signature, a pause that ends in time -------------------


def test_a_decision_said_not_to_fall_this_month_with_a_later_date_is_a_slip() -> None:
    assert latest("So the decision won't be this month, more likely mid-July.", close="2017-06-30") == ["timeline_slip"]


def test_a_review_before_any_signature_dated_later_is_a_slip() -> None:
    assert latest("Our new COO will look over everything in August before anything gets signed.") == ["timeline_slip"]


def test_a_review_before_signing_inside_the_window_is_not_a_slip() -> None:
    assert latest("Legal will look over the contract on Thursday before we sign.") == []


def test_a_pause_that_ends_with_the_date_just_named_is_not_a_slip() -> None:
    assert latest("We're closed for stocktake until 22 June, so nothing moves before then. Let's pick it up after.",
                  close="2017-07-14") == []  # fmt: skip


def test_a_pause_that_ends_after_the_close_is_a_slip() -> None:
    assert latest("We're closed for stocktake until 20 July, so nothing moves before then. Let's pick it up after.",
                  close="2017-07-14") == ["timeline_slip"]  # fmt: skip
