"""Risk classes the 44th blind set showed the engine missing, each tried on wordings of our own with hard negatives:
our price put a large share above another figure, our chasing told to stop (or an answer promised only "when we get
to it"), and praise of the product that holds only while it happens to work."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # the deal closes 2017-08-31, now is 2017-06-20
latest = THREAD.latest


# --- our price a large share above another figure --------------------------------------------------------------------


def test_our_price_a_large_share_above_another_figure_is_an_objection() -> None:
    assert "pricing_objection" in latest("Honestly, your pricing is about 35% above the other bid we have.")
    assert "pricing_objection" in latest("The proposal comes in a third over what we budgeted for the rollout.")


def test_a_rival_above_us_or_a_small_gap_stays_quiet() -> None:
    assert "pricing_objection" not in latest("Their quote is 40% above yours, so you're in good shape.")
    assert "pricing_objection" not in latest("Your quote is 5% above theirs, which is fine by us.")
    assert "pricing_objection" not in latest("Usage this month is 40% above last month, the team loves it.")


# --- our chasing told to stop, an answer promised only "when we get to it" -------------------------------------------


def test_told_to_stop_chasing_or_put_off_with_a_tautology_is_a_cold_tone() -> None:
    assert message_tone("Please quit messaging me about the renewal.").score <= -0.5
    assert message_tone("Do not keep calling us. We'll reply when we reply.").score <= -0.5


def test_a_channel_or_hour_asked_for_or_a_promise_to_write_stays_neutral() -> None:
    assert message_tone("Please don't call me before 10, I'm in meetings.").score > -0.2
    assert message_tone("Could you stop emailing me at the old address? Use this one.").score > -0.2
    assert message_tone("I'll ping you when I'm back from leave.").score > -0.2


# --- praise that holds only while the product happens to work --------------------------------------------------------


def test_praise_only_while_it_works_is_sarcasm() -> None:
    assert message_tone("Marvellous software, honestly, if it ever loads.").sarcastic
    assert message_tone("Thanks for the call. Great dashboards when they work.").sarcastic


def test_praise_with_a_hope_or_a_plan_for_when_it_is_ready_stays_sincere() -> None:
    assert not message_tone("It'll be a great tool when it's up and running.").sarcastic
    assert not message_tone("Great platform, when it's up on our servers we'll roll it out.").sarcastic
    assert not message_tone("Wonderful product, we'll sign when it's approved.").sarcastic
