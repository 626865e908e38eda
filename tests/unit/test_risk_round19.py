"""Risk classes two blind sets showed the engine missing: a wait until a deciding body's sitting named with its date,
with "nothing from me until then" pointing back at it (and a holiday named as the deadline, or "signed off on",
which are no absence); a failure of ours told in a few flat words ("Didn't answer my questions."); a price met with
recoil, "more than it is worth", "on the high side", terms that "are a problem", a big cut named as the price of
approval; a share of the budget pulled back, or "don't have the money"; and the talks themselves put off past the
close ("speak again after the summer"). Every thread here is new wording, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- gone_quiet: a wait until a dated sitting, a holiday as deadline, an approval that is no absence ---------------


def _waiting(said: str, now: str = "2017-06-20") -> list[str]:
    return codes([
        msg("2017-05-02T10:00", "Thanks for the proposal, Tomas. " + said),
        msg("2017-05-10T09:00", "Noted, thanks.", "outbound"),
        msg("2017-05-24T09:00", "A one-page summary for the pack, no reply needed.", "outbound"),
        msg("2017-06-07T09:00", "Two reference contacts, in case they ask.", "outbound"),
    ], now, "2017-07-31")  # fmt: skip


def test_silence_until_a_dated_sitting_is_not_gone_quiet() -> None:
    for said in ("The final say is the trustees' meeting on 12 July. You won't hear from me until then.",
                 "It goes to our directors' session on 5 July. Please expect silence till then.",
                 "Our council meeting on 10 July decides it, so don't chase before then.",
                 "The committee meeting is on 7 July. Nothing from my side until that date."):  # fmt: skip
        assert _waiting(said) == [], said


def test_a_sitting_past_or_a_then_with_no_date_is_gone_quiet() -> None:
    for said in ("The final say is the trustees' meeting on 1 June. You won't hear from me until then.",
                 "Please don't worry if you hear nothing from me until then.",
                 "It goes to our directors' session on 5 June, then I'll write."):  # fmt: skip
        assert _waiting(said) == ["gone_quiet"], said


def test_a_holiday_as_deadline_or_a_sign_off_is_no_absence() -> None:
    for said in ("We'd love this signed before the summer holidays.",
                 "Ideally we wrap it up ahead of the Christmas shutdown.",
                 "Finance signed off on the budget for the seats.",
                 "The team has signed off on the shortlist."):  # fmt: skip
        assert _waiting(said) == ["gone_quiet"], said


def test_a_holiday_taken_still_holds_the_silence() -> None:
    for said in ("I'm on holiday until 10 July, back after that.",
                 "We're on holiday from tomorrow until 3 July, before the board meets."):  # fmt: skip
        assert _waiting(said) == [], said


# --- sentiment: a failure of ours in a few flat words ------------------------------------------------------------


def test_a_failure_told_flat_is_curt() -> None:
    for text in ("Session done. Trainer couldn't answer our questions. We'll see.",
                 "Webinar over. Questions still unanswered.",
                 "Engineer came. Didn't fix the problem."):  # fmt: skip
        tone = message_tone(text)
        assert tone.curt and tone.score <= -0.4, text
        assert latest(text) == ["sentiment_drop"], text


def test_a_failure_with_a_question_or_thanks_or_our_own_is_not_curt() -> None:
    for text in ("Spoke to support, they answered all my questions. Thanks!",
                 "The trainer didn't answer my questions. Could you send the slides instead?",
                 "We didn't answer the questions on your form yet, sorry, will do Monday."):  # fmt: skip
        assert not message_tone(text).curt, text
        assert "sentiment_drop" not in latest(text), text


# --- pricing: recoil at the figure, worth less than it costs, high side, terms a problem, a cut to get approval ---


def test_recoil_worth_high_side_and_terms_are_a_pricing_objection() -> None:
    for text in ("Our finance director baulked at the quote.",
                 "Frankly the licences cost more than the software is worth to a team of four.",
                 "Nice product, but the fees are on the high side for us.",
                 "The payment terms are a problem for our finance team.",
                 "We'd need a substantial reduction to get this signed."):  # fmt: skip
        assert latest(text) == ["pricing_objection"], text


def test_worth_more_than_the_price_or_terms_that_are_fine_stay_quiet() -> None:
    for text in ("The tool is worth more than the price, honestly. Send the order form.",
                 "Terms are fine, no problem there. Send the order form.",
                 "Nobody balked at the price; please send the contract.",
                 "The pilot numbers are on the high side of what we hoped, great result!"):  # fmt: skip
        assert "pricing_objection" not in latest(text), text


# --- budget: a share of the budget taken back, the money said not to be there --------------------------------------


def test_a_share_pulled_back_or_no_money_is_a_budget_concern() -> None:
    for text in ("Head office took back 20% of our software budget last week.",
                 "Group pulled back half of every team's tools budget for the year.",
                 "We simply don't have the budget for this right now."):  # fmt: skip
        assert latest(text) == ["budget_concern"], text


def test_money_worries_gone_or_a_pulled_back_plan_stay_quiet() -> None:
    for text in ("We don't have the money worries of last year; send the contract.",
                 "I pulled back the rollout plan to two sites so training is easier.",
                 "Do you have the budget template you mentioned? Happy to fill it in."):  # fmt: skip
        assert "budget_concern" not in latest(text), text


# --- timeline: the talks put off past the close -----------------------------------------------------------------


def test_talks_put_off_past_the_close_are_a_slip() -> None:
    for text in ("Let's talk again in October once our restructuring is done, before we buy anything.",
                 "I'd rather we reconnect after the summer about the purchase.",
                 "Let's regroup in November on the contract, nothing is urgent."):  # fmt: skip
        assert latest(text) == ["timeline_slip"], text


def test_talks_inside_the_window_or_about_a_meeting_stay_quiet() -> None:
    for text in ("Let's talk again next week about the contract.",
                 "Happy to speak again in October about the rollout.",
                 "Let's catch up again in September for the training session."):  # fmt: skip
        assert "timeline_slip" not in latest(text), text
