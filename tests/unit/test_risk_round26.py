"""Risk classes the 26th blind set showed the engine missing, read by structure rather than cue phrase: a sum they
can't defend paying for the gap over a rival, however long the clause; figures of ours that disagree with their
source, a remedy of ours in scare quotes after a possessive, work reconciled by hand, and a promise held up as
delivered beside the failure; and curt replies held over two messages after a failure reported courteously.
Every wording here is new, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights import tone_failure as tf
from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # the deal closes 2017-08-31
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- pricing: the sum they can't defend for the difference over a rival ---------------------------------------------


def test_a_sum_they_cannot_defend_for_the_difference_is_an_objection() -> None:
    for text in ("Quorvia came in lower, and I can't justify 4.2k more to our partners for that gap.",
                 "There's no way I can defend an extra eleven thousand to the board for such a premium.",
                 "Their tool covers most of it, so I cannot justify the full figure to my CFO on the price"
                 " difference."):  # fmt: skip
        assert "pricing_objection" in latest(text), text


def test_a_difference_that_is_not_money_stays_quiet() -> None:
    for text in ("I can't justify another workshop for the difference in features.",
                 "We couldn't justify a second pilot for the difference between the two dashboards.",
                 "I can justify the spend to finance for the difference it makes."):  # fmt: skip
        assert "pricing_objection" not in latest(text), text


# --- failure: our figures disagree with their source, a remedy in scare quotes, work reconciled by hand ------------


def test_figures_that_disagree_with_their_source_are_a_failure() -> None:
    for text in ("The invoice totals in the export don't add up against our ledger.",
                 "Our headcount figures on your report don't tally with the HR system.",
                 "The stock counts are off by a couple of hundred again.",
                 "After Monday's 'fix' the balances are out by 3%."):  # fmt: skip
        assert tf.our_open_failure(text, [text]), text


def test_our_own_hour_or_a_match_that_is_fine_is_no_failure() -> None:
    for text in ("We're out by five on Fridays, so call before then.",
                 "The figures match our sheet to the penny, thank you.",
                 "Tomas's 'Quick start' guide was very handy."):  # fmt: skip
        assert not tf.our_open_failure(text, [text]), text


def _after_failure(text: str, before: str) -> list[str]:
    thread = [msg("2017-06-01T10:00", "Tomas, the team loved the walkthrough. Please send the quote, we're keen!"),
              msg("2017-06-02T09:00", "Quote for five seats attached.", "outbound"),
              msg("2017-06-08T10:00", before),
              msg("2017-06-09T09:00", "Thanks Lucia, our engineer will correct it this week.", "outbound"),
              msg("2017-06-16T11:00", text)]  # fmt: skip
    return codes(thread)


MISMATCH = "Tomas, the pilot is running, but the order counts on the dashboard don't match our ERP. Could you check?"


def test_a_promise_held_up_as_delivered_beside_the_failure_is_a_drop() -> None:
    for text in ("Superb. After Thursday's 'correction' the counts are off by ninety now, and my planners spent the"
                 " morning checking every order by hand. Just the accuracy we were promised.",
                 "Since your team's 'adjustment' the counts are out by twice as many. Precisely the single source of"
                 " truth you advertised. Tell me when it's fit for real use.",
                 "The order counts still don't match after the 'fix'. Exactly the hands-off reporting we were sold."
                 ):  # fmt: skip
        assert _after_failure(text, MISMATCH) == ["sentiment_drop"], text


def test_the_same_words_once_it_works_stay_quiet() -> None:
    for text in ("The counts match our ERP now, thanks for the quick correction. Just the accuracy we were promised.",
                 "All sorted: the figures line up with the ERP. Let me know when it's ready for the finance team too.",
                 "Thanks, the correction is in and the planners are happy. We'd like to sign next week."):  # fmt: skip
        assert _after_failure(text, MISMATCH) == [], text
    assert message_tone("Exactly the features we were promised, and it installed in minutes. Great!").score > 0


# --- sentiment: curt replies held after a failure reported courteously ----------------------------------------------

REPORTED = "Hi Tomas, thanks. The team tried the sandbox and the contact import failed twice. Could you take a look?"


def _curt_after(second: str, last: str, first: str = REPORTED) -> list[str]:
    thread = [msg("2017-05-20T10:00", "Tomas, the team loved the walkthrough. Please send the quote, we're keen!"),
              msg("2017-05-22T09:00", "Quote for five seats attached, and a sandbox to try.", "outbound"),
              msg("2017-05-29T10:00", first),
              msg("2017-05-30T09:00", "Sorry, Lucia, our engineer is on it.", "outbound"),
              msg("2017-06-06T10:00", second),
              msg("2017-06-07T09:00", "Found it and deployed a fix. Could the team retry?", "outbound"),
              msg("2017-06-16T11:00", last)]  # fmt: skip
    return codes(thread)


def test_curt_replies_after_a_courteous_failure_report_are_a_drop() -> None:
    assert _curt_after("Same error.", "Ok. Will try when there's time.") == ["sentiment_drop"]
    assert _curt_after("Not working.", "Noted. We'll get to it eventually.") == ["sentiment_drop"]
    assert _curt_after("Still broken.", "Seen. Will check at some point.") == ["sentiment_drop"]


def test_a_warm_or_engaged_reply_after_the_report_stays_quiet() -> None:
    assert _curt_after("Same error.", "Thanks Tomas, it works now, the team are delighted. Order form next week.") == []
    assert _curt_after("Thanks, we'll retry tomorrow and let you know.", "Works now, thank you!") == []
    assert (
        _curt_after("Still failing, I'm afraid. Could someone call me?", "All sorted now, thanks for the help.") == []
    )
