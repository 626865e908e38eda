"""Risk classes the 30th blind set showed the engine missing or misreading, read by structure rather than cue phrase:
our chasing waved off and a lone one-word reply after warmth (a tone drop); a rollout put on ice with no date, or the
window ruled out before its date is named (a slip); the price's big cut asked for in any tense, or the value denied at
the price (pricing); a stop on spending later lifted (no budget concern); a "nobody" that is their own staffing or
nobody's lost interest (no failure, no grievance: the risk-b21-009 regression). Every wording here is new, with the
hard negatives beside it."""

from __future__ import annotations

from agents.insights import tone_failure as tf
from agents.insights.sentiment import message_tone
from agents.insights.thread import split_sentences
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # the deal closes 2017-08-31
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- tone: our chasing waved off, a lone one-word reply --------------------------------------------------------------


def test_chasing_waved_off_after_warmth_is_a_drop() -> None:
    for text in ("Got it. You don't have to keep pinging me about it.",
                 "Seen. You can stop chasing.",
                 "Saw that. No need to keep prodding."):  # fmt: skip
        assert latest(text) == ["sentiment_drop"], text


def test_no_chase_needed_beside_a_commitment_stays_quiet() -> None:
    for text in ("Thanks Tomas, no need to chase, we'll sign on Friday.",
                 "Lovely, thanks. No need to keep the old seats on the quote."):  # fmt: skip
        assert latest(text) == [], text


def test_a_lone_word_reply_is_curt_unless_warm_or_assenting() -> None:
    assert message_tone("k").curt and message_tone("ok").curt
    assert not message_tone("Thanks").curt and not message_tone("Confirmed").curt


# --- timeline: a rollout put on ice with no date, the window ruled out before its date -------------------------------


def test_an_undated_rollout_pause_or_a_window_ruled_out_is_a_slip() -> None:
    for text in ("Sorry Tomas, the implementation is shelved for now; the merger has swallowed our IT team.",
                 "We've put the go-live on hold indefinitely while the audit runs.",
                 "Keep the paperwork ready, but I wouldn't count on August."):  # fmt: skip
        assert "timeline_slip" in latest(text), text


def test_a_paused_meeting_a_dated_rollout_or_a_window_kept_stays_quiet() -> None:
    for text in ("The training session is on hold for now, the trainer is ill.",
                 "We've postponed the rollout to 20 July, signature stays as planned.",
                 "You can plan on August for the signature.",
                 "Don't plan on July for the kickoff, August is better."):  # fmt: skip
        assert "timeline_slip" not in latest(text), text


# --- pricing: a big cut asked for in any tense, the value denied at the price ----------------------------------------


def test_a_big_cut_or_value_denied_at_the_price_is_pricing() -> None:
    for text in ("We'd go ahead tomorrow if the quote came down considerably.",
                 "Unless that figure comes down a long way, I'm stuck.",
                 "For what it costs I honestly can't see the added value."):  # fmt: skip
        assert "pricing_objection" in latest(text), text


def test_other_things_coming_down_or_value_elsewhere_stay_quiet() -> None:
    for text in ("It all comes down to timing now; the price is fine.",
                 "Our own shipping costs came down a lot this year, which helps.",
                 "I don't see the value in a second workshop, one is plenty. Send the contract."):  # fmt: skip
        assert "pricing_objection" not in latest(text), text


# --- budget: a stop on spending lifted later is resolved --------------------------------------------------------------


def _paused_then(text: str) -> list[str]:
    thread = [msg("2017-06-01T10:00", "Tomas, heads-up: finance has paused all new software spend until the review."),
              msg("2017-06-02T09:00", "Thanks for telling me.", "outbound"),
              msg("2017-06-16T11:00", text)]  # fmt: skip
    return codes(thread)


def test_a_spending_stop_lifted_is_no_budget_concern() -> None:
    for text in ("Great news, the pause on new spend is over and the money for the seats is approved.",
                 "The hold on software purchasing has been removed. Send the contract.",
                 "Finance finally lifted the pause this morning, so we're good to sign."):  # fmt: skip
        assert "budget_concern" not in _paused_then(text), text


def test_a_lift_only_hoped_for_or_asked_about_keeps_the_concern() -> None:
    for text in ("If the freeze is lifted after the review we'll sign straight away.",
                 "Is the freeze over yet? I'll ask finance.",
                 "The money is confirmed, but the freeze on new tools stays until October."):  # fmt: skip
        assert "budget_concern" in _paused_then(text), text


# --- "nobody": their own staffing, or nobody's lost interest, is no failure and no grievance ------------------------


def test_nobody_standing_in_or_nobody_gone_cold_is_no_failure() -> None:
    for text in ("I'm off from Monday and nobody else can approve it, so let's finish when I'm back.",
                 "No one here signs off while the director is travelling.",
                 "None of the managers has lost interest; they ask about it daily."):  # fmt: skip
        assert not tf.our_open_failure(text, split_sentences(text)), text
        assert message_tone(text).grievance == (), text


def test_nobody_from_your_side_is_still_a_failure() -> None:
    text = "Nobody from your side turned up to the training."
    assert tf.our_open_failure(text, split_sentences(text))


def test_reassurance_that_nobody_went_cold_stays_quiet() -> None:
    text = (
        "Tomas, to be clear: price isn't a concern and nobody on the team has gone cold on it. Send the final"
        " paperwork and I'll sign before the end of August."
    )
    assert latest(text) == []
