"""Risk classes a blind set showed the engine missing or over-reading: a newcomer who takes the buying over from the
champion ("X now reports to me", "decisions for the team sit with me from now on"); exasperation at redoing their
part ("we've checked those twice already", "no time for another round of this"); a deciding committee's next
sitting as an announced wait; a rival ruled out and then explained in the same message; and a budget freeze the
customer only repeats from our question, or from the press, before saying it does not touch them. Every thread here
is new wording, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- stakeholder: a newcomer above the champion takes the buying over ---------------------------------------


def test_the_champion_now_reporting_to_a_newcomer_is_a_stakeholder_change() -> None:
    assert latest("Hello Imke, Tobias now reports to me since the reorganisation. I'd like a summary first.") == [
        "stakeholder_change"
    ]


def test_decisions_for_a_team_sitting_with_a_newcomer_is_a_stakeholder_change() -> None:
    assert latest("Software purchases for the whole warehouse team rest with me from now on.") == ["stakeholder_change"]


def test_a_newcomer_introducing_themselves_as_director_is_a_stakeholder_change() -> None:
    assert latest("Hi Imke, I've recently joined Harrowfield as Head of Logistics and want to review the quote.") == [
        "stakeholder_change"
    ]


def test_a_reporting_line_as_always_or_a_junior_joiner_is_no_change() -> None:
    assert latest("Tobias reports to me as always, and the signature stays with him.") == []
    assert latest("I've just joined the warehouse team as a trainee and will help with the import.") == []
    assert latest("Decisions for the warehouse team sit with me, as they always have.") == []


# --- sentiment: exasperation at redoing their part after warm messages ---------------------------------------


def test_exasperation_at_redoing_a_check_is_a_sentiment_drop() -> None:
    thread = [
        msg("2017-06-01T10:00", "Imke, loved the walkthrough, the team is excited. Looking forward to it!"),
        msg("2017-06-02T09:00", "Thanks! Could you resend the depot file? A few rows failed.", "outbound"),
        msg("2017-06-16T11:00", "We've gone through that file three times already. I haven't got the patience for"
            " more of this."),
    ]  # fmt: skip
    assert codes(thread) == ["sentiment_drop"]


def test_exasperation_phrases_score_negative_and_plain_diligence_does_not() -> None:
    assert message_tone("How many times do we have to send the same spreadsheet?").score <= -0.3
    assert message_tone("Just use the figures I sent you.").score < 0
    assert message_tone("We checked the figures twice and they're right.").score >= 0
    assert message_tone("How many times a day does the sync run?").score >= 0
    assert message_tone("We have been through it, and the fee is fine.").score >= 0
    assert message_tone("I don't have time for a call this week, but email works.").score >= 0
    assert message_tone("I have no time for another demo this month, but send the slides.").score >= 0
    assert message_tone("Please use the list we sent on Tuesday, it's the newest one.").score >= 0


# --- gone_quiet: a deciding committee's next sitting is an announced wait ------------------------------------


def _committee(said: str, now: str) -> list[str]:
    return codes([
        msg("2017-05-02T10:00", "Thanks for the proposal, Imke. " + said),
        msg("2017-05-10T09:00", "Noted, thanks.", "outbound"),
        msg("2017-05-24T09:00", "A one-page summary for the pack, no reply needed.", "outbound"),
        msg("2017-06-07T09:00", "Two reference contacts, in case they ask.", "outbound"),
    ], now, "2017-07-31")  # fmt: skip


def test_silence_before_the_committee_sits_is_not_gone_quiet() -> None:
    assert _committee("Our credit committee convenes on 12 July; nothing will happen before then.", "2017-06-20") == []
    assert _committee("It goes to the trustees, whose next meeting is on 5 July.", "2017-06-20") == []


def test_silence_after_the_committee_sat_is_gone_quiet_again() -> None:
    assert _committee("It goes to the trustees, whose next meeting is on 1 June.", "2017-06-20") == ["gone_quiet"]


# --- competitor: ruled out, then explained in the same message ------------------------------------------------


def _rival(final: str) -> list[str]:
    return codes([
        msg("2017-06-01T10:00", "Imke, it's between you and Brightwave now; they pitch to us on Monday."),
        msg("2017-06-02T09:00", "Thanks, here is our integration checklist.", "outbound"),
        msg("2017-06-16T11:00", final),
    ])  # fmt: skip


def test_a_rival_ruled_out_then_explained_is_no_competitor() -> None:
    assert _rival("We've rejected Brightwave. Their pitch was slick, but their offer needed a custom build. "
                  "Please send the contract.") == []  # fmt: skip
    assert _rival("Brightwave are out of the running. Their proposal looked cheaper on paper, but the support "
                  "terms were poor.") == []  # fmt: skip


def test_a_rival_ruled_out_and_then_reconsidered_is_a_competitor() -> None:
    assert _rival("We had dropped Brightwave. But they came back with a much lower quote, so we're comparing "
                  "them again.") == ["competitor_mentioned"]  # fmt: skip


# --- budget: a freeze only repeated from our question or from the press ---------------------------------------


def test_a_freeze_repeated_from_our_question_and_denied_is_no_budget_concern() -> None:
    assert latest("You wanted to know whether the hiring and spending freeze reaches us. It doesn't: our money "
                  "was set aside last year.") == []  # fmt: skip
    assert latest("On your question about budget cuts in the group: nothing touches this order.") == []


def test_a_freeze_repeated_from_our_question_and_confirmed_is_a_budget_concern() -> None:
    assert latest("You asked whether our software budget was frozen. Sadly, yes, until October.") == ["budget_concern"]


def test_a_freeze_reported_in_the_press_is_not_theirs_but_their_own_freeze_is() -> None:
    assert latest("The spending freeze reported in the papers is about the retail arm; we're fine.") == []
    assert latest("Finance announced a spending freeze this morning for our division.") == ["budget_concern"]
