"""Risk classes a blind set showed the engine missing: mail the customer forwarded to us, business words in their
own language, a decision dated in passing or barred from above, a request for proposals sent to rivals, a pending
budget later approved, enthusiasm in idioms, a bare acknowledgement with no date, and sarcasm as "nothing says X
like Y" beside a remedy in scare quotes. Every thread here is new wording, with the hard negatives beside it."""

from __future__ import annotations

import pytest

from agents.insights import tone_failure as tf
from agents.insights.loanwords import in_english
from agents.insights.sentiment import message_tone
from agents.insights.thread import split_sentences
from tests.unit.risk_threads import Thread

THREAD = Thread(
    us="Oskar Lind <oskar.lind@ourteam.example>",
    them="Paloma Reyes <paloma.reyes@tidewell.example>",
    account="Tidewell",
    now="2017-03-20",
    close="2017-04-28",
    asked=("2017-03-01T10:00", "Oskar, good session yesterday. Please send the proposal for five seats."),
    answered=("2017-03-02T09:00", "Proposal for five seats attached."),
    latest_at="2017-03-16T11:00",
)
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- forwarded mail: what the customer passes on is what they tell us ---------------------------------------------


def test_a_rival_in_a_forwarded_colleague_note_counts() -> None:
    text = ("FW: vendor options\n\nOskar, for transparency, see what our ops lead wrote.\n\n"
            "---------- Forwarded message ----------\nFrom: Ravi Okafor <ravi.okafor@tidewell.example>\n"
            "Subject: vendor options\n\nPaloma, Quorvia ran their pilot for us last week and I prefer their "
            "mobile app. I'd like their final quote before we commit.")  # fmt: skip
    assert latest(text) == ["competitor_mentioned"]


def test_a_new_decision_owner_in_a_forwarded_announcement_counts() -> None:
    text = ("Fwd: Org update\n\nOskar, sharing this. Not my choice.\n\n-----Original Message-----\n"
            "From: CEO Office <ceo.office@tidewell.example>\nSubject: Org update\n\n"
            "Team, from 1 April Gideon Marsh becomes Chief Operating Officer and will own all open software "
            "purchases in operations.")  # fmt: skip
    assert latest(text) == ["stakeholder_change"]


def test_a_reply_quoting_our_own_mail_stays_quiet() -> None:
    text = ("Thanks Oskar, all clear, we'll sign next week.\n\nOn 14 Mar 2017, Oskar Lind wrote:\n"
            "> Unlike Quorvia's pilot, ours includes the mobile app. Happy to compare if useful.")  # fmt: skip
    assert latest(text) == []


def test_a_chain_quoted_inside_a_forward_is_not_read() -> None:
    text = ("Fwd: next steps\n\nOskar, FYI.\n\n---------- Forwarded message ----------\nFrom: Ravi Okafor "
            "<ravi.okafor@tidewell.example>\n\nPaloma, fine by me, go ahead and sign.\n\nOn 9 Mar 2017, Oskar Lind "
            "wrote:\n> Quorvia's trial is free, but ours includes onboarding.")  # fmt: skip
    assert latest(text) == []


def test_a_forward_of_our_own_mail_stays_quiet() -> None:
    text = ("Fwd: your proposal\n\nOskar, passing this to finance, all good.\n\n---------- Forwarded message "
            "----------\nFrom: Oskar Lind <oskar.lind@ourteam.example>\nSubject: proposal\n\n"
            "If Quorvia quotes lower, we can compare side by side.")  # fmt: skip
    assert latest(text) == []


# --- code-switched mail: borrowed business words read in English --------------------------------------------------


def test_borrowed_price_and_month_words_count() -> None:
    text = ("Olá Oskar, the preço is muito caro for our size, we would need a desconto of 30%. "
            "And my director wants to decide after the fim do ano, in fevereiro.")  # fmt: skip
    assert latest(text) == ["pricing_objection", "timeline_slip"]


def test_a_greeting_or_a_name_is_not_a_borrowed_word() -> None:
    assert in_english("Caro Oskar, Julio will sign in April.") == "Caro Oskar, Julio will sign in April."
    assert latest("Caro Oskar, all good here. Julio from finance will sign on the 24th.") == []


# --- timeline_slip: a decision dated in passing, and signing barred from above ------------------------------------


def test_a_decision_dated_in_passing_past_the_close_slips() -> None:
    text = "Our board reviews all three bids on 10 May, with a decision in June."
    assert "timeline_slip" in latest(text)


def test_a_decision_dated_inside_the_window_does_not_slip() -> None:
    assert latest("Shortlist is just you now, with a decision in early April. Looking forward to it.") == []
    assert latest("We'd like to sign by the end of April if the paperwork is ready.") == []


def test_signing_barred_from_above_with_no_date_slips() -> None:
    text = "Sorry Oskar. Group finance has instructed us not to sign new contracts while the merger review runs."
    assert latest(text) == ["timeline_slip"]


def test_a_signing_hold_that_ends_inside_the_window_does_not_slip() -> None:
    assert latest("Legal asked us not to sign until their review ends on 5 April; then it's straight through.") == []


# --- competitor_mentioned: a request for proposals sent to named rivals -------------------------------------------


def test_an_rfp_to_named_rivals_counts() -> None:
    assert "competitor_mentioned" in latest("Policy change: we're sending an RFQ to you and Brightwave on Monday.")


def test_an_rfp_after_the_rival_was_dropped_stays_quiet() -> None:
    assert latest("We dropped Brightwave before the RFP went out, so it's only you now.") == []


# --- budget_concern: pending money later approved -----------------------------------------------------------------


def test_pending_budget_later_approved_stays_quiet() -> None:
    assert codes([
        msg("2017-03-01T10:00", "Oskar, the money for this isn't approved yet, it goes to the finance panel."),
        msg("2017-03-02T09:00", "Understood, thanks.", "outbound"),
        msg("2017-03-15T10:00", "Funding signed off at the panel this morning, send the contract please."),
    ]) == []  # fmt: skip


def test_an_approval_still_to_come_does_not_lift_a_freeze() -> None:
    assert codes([
        msg("2017-03-01T10:00", "Oskar, group has frozen all discretionary spend for the quarter."),
        msg("2017-03-02T09:00", "Understood, thanks.", "outbound"),
        msg("2017-03-15T10:00", "Next year's budget, which is approved in June, may cover it."),
    ]) == ["budget_concern"]  # fmt: skip


# --- sentiment_drop: enthusiasm in idioms, a bare acknowledgement, sarcasm beside a failed remedy -----------------


def after_idioms(middle: str, last: str) -> list[str]:
    return codes([
        msg("2017-03-01T10:00", "Oskar, you total legend, the dispatchers are over the moon. Five seats please."),
        msg("2017-03-02T09:00", "Order form attached.", "outbound"),
        msg("2017-03-09T10:00", middle),
        msg("2017-03-10T09:00", "Sorry, on it.", "outbound"),
        msg("2017-03-17T10:00", last),
    ])  # fmt: skip


@pytest.mark.parametrize("idiom", ["you total legend", "big thumbs up from the floor", "we're all quite taken with it"])
def test_enthusiasm_in_idioms_reads_warm(idiom: str) -> None:
    assert message_tone(f"Oskar, {idiom}.").score > 0.2


def test_the_same_words_in_a_technical_sense_are_not_warmth() -> None:
    assert message_tone("The reports sit on a star schema in the warehouse.").score < 0.2


def test_a_bare_acknowledgement_with_no_date_after_warmth_is_curt() -> None:
    tone = message_tone("Noted, thanks. I'll get back to you.")
    assert tone.curt
    assert after_idioms("The route export misses the postcodes, can you check?",
                        "Noted, thanks. I'll get back to you.") == ["sentiment_drop"]  # fmt: skip


def test_an_acknowledgement_with_a_date_content_or_real_thanks_is_not_curt() -> None:
    assert message_tone("Noted. We'll be in touch.\n\nP.").curt  # an initial for a signature adds nothing
    assert not message_tone("Noted, thanks. I'll get back to you on Thursday with the signed form.").curt
    assert not message_tone("Thanks so much for sorting it! I'll get back to you.").curt
    assert not message_tone("Running it past our controller. I'll get back to you.").curt
    assert not message_tone("Panel meets Wednesday. We'll let you know.").curt


def test_nothing_says_like_beside_a_failed_remedy_is_sarcasm() -> None:
    last = ("The 'patch' went live and now the dispatch board shows no drivers at all. Nothing says reliable "
            "like phoning forty drivers by hand.")  # fmt: skip
    assert tf.our_open_failure(last, split_sentences(last))
    tone = message_tone(last)
    assert tone.sarcastic and tone.score <= -0.4
    assert after_idioms("The sync ate half our delivery notes, could someone look?", last) == ["sentiment_drop"]


def test_nothing_says_like_with_no_failure_is_sincere() -> None:
    text = "Nothing says thank you like a team lunch, so we're taking the dispatchers out on Friday."
    assert not tf.our_open_failure(text, split_sentences(text))
    assert not message_tone(text).sarcastic
    assert not tf.failed("The Fix button in the 'update' tab works fine.")
    assert not tf.failed("The backlog is cleared, like it never existed.")


def test_bad_timing_news_heading_a_freeze_is_no_pause() -> None:
    text = "Bad timing news, Oskar: group froze all discretionary spend last week. Keep the pilot running meanwhile."
    assert latest(text) == ["budget_concern"]
