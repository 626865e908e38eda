"""Risk classes a blind set showed the engine missing or over-reading: curt replies that put us off with no time
("Will look when I can.", "Not next week. I'll let you know."); a double negative that is praise ("nobody is
unconvinced any more"); money pulled said in the passive ("the funding has been pulled"); a price over what they
call reasonable and a sizeable cut named as the price of going ahead; a rival struck off the list or left "already
out"; and a later date named only as the one given up ("rather than Christmas, sign by the 24th"). Every thread here
is new wording, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import Thread

THREAD = Thread(
    us="Ines Moreau <ines.moreau@ourteam.example>",
    them="Pavel Novak <pavel.novak@lindqvist.example>",
    account="Lindqvist",
    now="2017-06-20",
    close="2017-06-30",
    asked=("2017-06-01T10:00", "Ines, the whole team loved the walkthrough. Please send the quote, we're keen!"),
    answered=("2017-06-02T09:00", "Quote for six seats attached."),
    latest_at="2017-06-16T11:00",
)
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- sentiment: curt replies after warm ones; a double negative that is praise --------------------------------


def _cooling(*replies: str) -> list[str]:
    """Two warm messages, then the replies under test (all before ``now``)."""
    thread = [
        msg("2017-06-01T10:00", "Ines, the whole team loved the walkthrough. Please send the quote, we're keen!"),
        msg("2017-06-02T09:00", "Quote for six seats attached.", "outbound"),
        msg("2017-06-05T10:00", "Thanks Ines, this looks great and really helpful. Looking forward to it!"),
        msg("2017-06-06T09:00", "Shall we book a call to go through it?", "outbound"),
    ]
    thread += [msg(f"2017-06-{12 + i}T10:00", text) for i, text in enumerate(replies)]
    return codes(thread)


def test_a_put_off_with_no_time_given_is_curt() -> None:
    for text in ("Received. Will look when I can.", "Got it. I'll read it when I get the chance.",
                 "Noted. We'll review it when we're able."):  # fmt: skip
        assert message_tone(text).curt, text
    for text in ("Not next week. I'll let you know.", "Not this week. We'll be in touch.",
                 "Next week doesn't work. I'll get back to you."):  # fmt: skip
        assert message_tone(text).curt, text


def test_curt_put_offs_after_warm_messages_are_a_sentiment_drop() -> None:
    assert _cooling("Seen. Will look when I can.", "Not this week. I'll be in touch.") == ["sentiment_drop"]
    assert _cooling("Got it. I'll read it when I get the chance.") == ["sentiment_drop"]


def test_a_slot_turned_down_with_another_offered_or_thanks_is_not_curt() -> None:
    assert not message_tone("Not next week, but Tuesday the 27th works. I'll let you know if that changes.").curt
    assert not message_tone("Thanks, will look when I can.").curt
    assert not message_tone("Let me know when we can meet.").curt
    assert _cooling("Not next week, I'm travelling, but the Monday after is free. Thanks!") == []


def test_nobody_holding_out_any_more_is_praise() -> None:
    for text in ("Nobody on the board is unconvinced any more, not even our resident sceptic.",
                 "No one in finance is against it now.", "None of the team has any doubts now.",
                 "Even our biggest cynic is on board."):  # fmt: skip
        assert message_tone(text).score > 0, text
    assert _cooling("Good news: nobody here is sceptical any more. Please send the contract.") == []


def test_nobody_doing_something_is_still_a_failure() -> None:
    assert message_tone("Nobody turned up to the training and the sync is broken.").score < -0.3
    assert message_tone("Nobody is using it because the import keeps crashing.").score < -0.3


# --- budget: money pulled, said in the passive ----------------------------------------------------------------


def test_money_pulled_in_the_passive_is_a_budget_concern() -> None:
    assert latest("I'm sorry to say the funding for the CRM has been pulled.") == ["budget_concern"]
    assert latest("Update: our allocation for new tools was axed at Monday's board.") == ["budget_concern"]
    assert latest("The money for the rollout got redirected to the new warehouse.") == ["budget_concern"]
    assert latest("Head office reallocated what remained of our IT budget to the merger.") == ["budget_concern"]


def test_money_not_pulled_or_a_price_cut_is_no_budget_concern() -> None:
    assert latest("The funding hasn't been pulled, whatever you heard. Please send the order form.") == []
    assert latest("Thanks, I see the price was cut in the new quote. Looks good.") == []


# --- pricing: over what they call reasonable; a sizeable cut to go ahead -------------------------------------


def test_a_price_over_what_they_call_reasonable_is_a_pricing_objection() -> None:
    assert latest("Frankly the licence fee is well beyond what I'd call reasonable for a team of four.") == [
        "pricing_objection"
    ]
    assert latest("Your quote is a good deal above what our finance team would consider fair.") == ["pricing_objection"]


def test_a_sizeable_cut_named_to_go_ahead_is_a_pricing_objection() -> None:
    assert latest("We'd be looking for a discount of at least 25% before we sign.") == ["pricing_objection"]
    assert latest("To move forward we need a price reduction of roughly 30 per cent.") == ["pricing_objection"]


def test_a_price_within_reason_or_a_saving_in_time_is_no_objection() -> None:
    assert latest("The price is well within what we consider reasonable. Please send the contract.") == []
    assert latest("We expect a reduction of 30% in data entry time, which is why we're buying.") == []
    assert latest("Thanks Ines, could you send a breakdown of the price per seat?") == []


# --- competitor: a rival struck off the list, or left "already out" -------------------------------------------


def _rival(final: str, note: str = "Second demo went well; they liked the reporting.") -> list[str]:
    return codes([
        msg("2017-06-01T10:00", "Ines, thanks for the demo. We're also looking at Lumora and Tellurix."),
        msg("2017-06-02T09:00", "Thanks Pavel, shout if you need anything for the evaluation.", "outbound"),
        msg("2017-06-08T15:00", note, "internal", "meeting_note"),
        msg("2017-06-16T11:00", final),
    ])  # fmt: skip


def test_rivals_struck_off_the_list_are_no_competitor() -> None:
    assert _rival("Good news: we've taken Tellurix off the shortlist too. With Lumora already out, it's you.",
                  "Pavel said Lumora is off the list because of data residency.") == []  # fmt: skip
    assert _rival("Lumora is off our list, and with Tellurix now out, please send the contract.") == []


def test_a_rival_still_on_the_list_is_a_competitor() -> None:
    assert _rival("Tellurix isn't off the list yet; we're comparing the two next week.") == ["competitor_mentioned"]
    assert _rival("Lumora is off our list, but we're still evaluating Tellurix.") == ["competitor_mentioned"]
    assert _rival("We've dropped Lumora, but we're still evaluating Tellurix.") == ["competitor_mentioned"]


def test_a_rival_looked_at_then_dropped_in_one_sentence_is_no_competitor() -> None:
    assert _rival("We looked at Lumora and Tellurix, but we've dropped them both.") == []
    assert _rival("We were evaluating Tellurix, but Lumora and Tellurix are both off the list now.") == []


# --- timeline: the later date given up for an earlier one ------------------------------------------------------


def test_a_later_date_given_up_for_an_earlier_one_is_no_slip() -> None:
    close = "2017-07-20"
    assert latest("Happy news: rather than the end of July, could we sign by 7 July?", close=close) == []
    assert latest("Instead of August, finance wants it signed on 12 July.", close=close) == []


def test_a_later_date_chosen_over_the_planned_one_is_a_slip() -> None:
    close = "2017-07-20"
    assert latest("Rather than 14 July, we'll now have to sign in September.", close=close) == ["timeline_slip"]
    assert latest("We'll sign in September rather than July, I'm afraid.", close=close) == ["timeline_slip"]
