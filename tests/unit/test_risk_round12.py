"""Risk classes a blind set showed the engine missing: the figure itself that can't be made to work, a later date
preferred, pausing idioms, a target window ruled out, a decision put into a later month, the money set aside moved
elsewhere, spending held until their funding round closes, a freeze lifted (said actively), cold formality, a bare
hand-off or indifferent leave as a curt reply, a document error with a mock forecast as sarcasm, and a drop held
over two messages. Every thread here is new wording, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights import tone_failure as tf
from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import Thread

THREAD = Thread(
    us="Noor Haddad <noor.haddad@ourteam.example>",
    them="Ferdinand Oyelaran <ferdinand.oyelaran@lindgate.example>",
    account="Lindgate",
    now="2017-06-20",
    close="2017-06-30",
    asked=("2017-06-01T10:00", "Noor, the walkthrough went down well with the team. Please send the quote."),
    answered=("2017-06-02T09:00", "Quote for three seats attached."),
    latest_at="2017-06-16T11:00",
)
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- pricing: the figure itself can't be made to work, a much lower one named ---------------------------------------


def test_a_figure_that_cannot_be_made_to_work_is_a_pricing_objection() -> None:
    assert latest("The team loves it, but I can't make 4,200 a seat work for people who log in once a month.") == [
        "pricing_objection"
    ]


def test_a_much_lower_figure_named_to_sign_at_is_a_pricing_objection() -> None:
    assert latest("If we could get it down closer to 2,500 a year, I'd put it to the board on Monday.") == [
        "pricing_objection"
    ]


def test_making_the_rollout_work_is_not_about_price() -> None:
    assert latest("I can't make the Thursday onboarding work, could we do Friday at 10 instead? Thanks!") == []


# --- timeline: a later date preferred, idioms for a pause, a target ruled out, a decision put later ---------------


def test_preferring_to_sign_after_the_close_is_a_slip() -> None:
    assert latest("Honestly we'd sooner decide in mid-August, once the summer rota is settled.") == ["timeline_slip"]


def test_preferring_a_date_inside_the_window_is_not_a_slip() -> None:
    assert latest("We'd rather sign on 26 June so it lands before the half-year close. Thanks!") == []


def test_putting_a_pin_in_the_deal_is_a_pause() -> None:
    assert latest("Let's put a pin in this for a few weeks while the restructure happens.") == ["timeline_slip"]


def test_moving_it_to_the_back_burner_is_a_pause() -> None:
    assert latest("With the relocation on, the project has gone to the back burner for now.") == ["timeline_slip"]


def test_a_target_month_ruled_out_is_a_slip() -> None:
    assert latest("The trustees only meet in August, so June is off the table now.") == ["timeline_slip"]


def test_a_meeting_day_ruled_out_inside_the_window_stays_quiet() -> None:
    assert latest("Thursday is out for the call as I'm travelling, could we do Friday? Thanks!") == []


def test_a_decision_put_into_a_later_month_is_a_slip() -> None:
    assert latest("The parent company wants a review first, which puts the decision into September.") == [
        "timeline_slip"
    ]


# --- budget: the money moved elsewhere, spending held for their funding round, a freeze lifted -------------------


def test_the_money_set_aside_spent_elsewhere_is_a_budget_concern() -> None:
    text = "The roof leaked all spring and we've now spent the money we'd earmarked for software on the repairs."
    assert latest(text) == ["budget_concern"]


def test_moving_money_between_accounts_is_not_a_budget_concern() -> None:
    assert latest("Finance moved the money to the new bank account last week, so the invoice can go there.") == []


def test_holding_new_commitments_until_the_round_closes_is_a_budget_concern() -> None:
    text = "The investors want us to freeze all new commitments until the seed round is done, so I have to wait."
    assert "budget_concern" in latest(text)


def test_a_freeze_lifted_actively_clears_the_budget_concern() -> None:
    assert codes([
        msg("2017-06-01T10:00", "Noor, we'd like three seats, but there's a spending freeze until the 12th."),
        msg("2017-06-02T09:00", "Understood, the paperwork is ready when you are.", "outbound"),
        msg("2017-06-14T10:00", "Good news: finance ended the spending freeze this morning. Signing this week."),
    ]) == []  # fmt: skip


# --- tone: cold formality, a bare hand-off or indifferent leave, a document error mocked, a drop held -------------


def test_cold_formality_reads_negative() -> None:
    assert (
        message_tone("As I already explained, we need the start date. Per my previous email, it is urgent.").score < 0
    )


def test_a_bare_hand_off_and_indifferent_leave_are_curt() -> None:
    assert message_tone("Received. I'll forward it.").curt
    assert message_tone("Noted. Book it if you like.").curt


def test_a_hand_off_with_warmth_or_content_is_not_curt() -> None:
    assert not message_tone("Thanks so much! I'll pass it on to our finance lead with my recommendation.").curt


def test_a_document_that_states_the_wrong_thing_is_a_failure() -> None:
    assert tf.failed("And now the invoice shows March instead of April.")
    assert not tf.failed("We'd like monthly billing instead of annual, if possible.")


def test_a_mock_forecast_beside_a_document_error_is_sarcasm() -> None:
    text = "Lovely. The quote now lists the wrong product instead of ours. At this rate we'll sign by next year."
    assert message_tone(text).sarcastic


def test_a_drop_held_over_two_messages_is_a_sentiment_drop() -> None:
    assert codes([
        msg("2017-06-01T10:00", "Noor, the walkthrough was great, the team is keen. Please send the quote."),
        msg("2017-06-02T09:00", "Quote attached.", "outbound"),
        msg("2017-06-06T10:00", "Small point: the quote has our old address. Could you update it?"),
        msg("2017-06-07T09:00", "Updated quote attached.", "outbound"),
        msg("2017-06-12T10:00", "Brilliant. The address is right and now the quote says ten seats instead of three. "
            "At this rate we'll have a usable quote by Christmas."),
        msg("2017-06-13T09:00", "Sorry, corrected quote attached.", "outbound"),
        msg("2017-06-16T10:00", "Received. I'll pass it on."),
    ]) == ["sentiment_drop"]  # fmt: skip


def test_one_sharp_message_then_a_warm_reply_is_not_a_drop() -> None:
    assert codes([
        msg("2017-06-06T10:00", "Small point: the quote has our old address. Could you update it?"),
        msg("2017-06-07T09:00", "Updated quote attached.", "outbound"),
        msg("2017-06-12T10:00", "Brilliant. Now the quote says ten seats instead of three. At this rate we'll have "
            "a usable quote by Christmas."),
        msg("2017-06-13T09:00", "Sorry, corrected quote attached.", "outbound"),
        msg("2017-06-16T10:00", "All correct now, thank you for sorting it so quickly. Sending it to finance today."),
    ]) == []  # fmt: skip


# --- hard negatives for the new classes -------------------------------------------------------------------------


def test_a_landing_time_is_not_a_lower_figure() -> None:
    assert latest("We should land closer to 3pm, so let's meet at the hotel. Looking forward to it!") == []


def test_dust_settling_on_something_else_is_not_a_pause() -> None:
    assert latest("When the dust settles after the launch we'll send you a case study about it. Great work!") == []


def test_money_set_aside_for_something_else_moved_is_not_a_budget_concern() -> None:
    assert latest("Payroll moved the money we'd set aside for bonuses into the new account as planned.") == []


def test_a_window_after_the_close_ruled_out_for_a_later_phase_stays_quiet() -> None:
    assert latest("Next quarter is not realistic for the second phase, but this order is fine for June.") == []


def test_hiring_before_a_funding_round_is_not_a_budget_concern() -> None:
    assert latest("We hired two engineers before the Series A, and the team is excited to start.") == []
