"""Risk classes a blind set showed the engine missing or over-reading: a decision we are told not to expect in the
window, and "we can look again once ..." as a pause; money pulled under a longer name ("the rest of this year's
software money"); cuts aimed elsewhere, or this purchase named inside an approved budget; the budget handed over to a
newcomer, against a promotion that carries the purchase with its owner; a rival turned down politely; a rival's
quote a word-written percentage under ours, and our quote that can't be taken inside at its price; and sarcasm that
holds up the very quality we promised. Every thread here is new wording, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import Thread

THREAD = Thread(
    us="Ola Berg <ola.berg@ourteam.example>",
    them="Nadia Price <nadia.price@quillmark.example>",
    account="Quillmark",
    now="2017-06-20",
    close="2017-06-30",
    asked=("2017-06-01T10:00", "Ola, the team liked the walkthrough. Please send the quote."),
    answered=("2017-06-02T09:00", "Quote for six seats attached."),
    latest_at="2017-06-16T11:00",
)
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- timeline: a decision not to be expected in the window; looking again later -----------------------------


def test_a_decision_not_to_be_expected_in_the_window_is_a_timeline_slip() -> None:
    assert latest("Thanks Ola. Please don't expect a decision before August.") == ["timeline_slip"]
    assert latest("Thanks for the quote. I wouldn't count on a signature this quarter.") == ["timeline_slip"]
    assert latest("Thanks Ola, we're not expecting to sign until September.") == ["timeline_slip"]
    assert latest("Thanks, and don't bank on our go-ahead in July.") == ["timeline_slip"]


def test_a_decision_not_to_be_expected_only_before_a_date_in_the_window_is_no_slip() -> None:
    assert latest("Thanks Ola. Don't expect a decision before Friday; we'll sign on the 28th.") == []
    assert latest("Thanks Ola. Don't expect any surprises before the signature; we'll sign on the 28th.") == []
    assert latest("Thanks Ola, you can expect a decision this month.") == []


def test_looking_again_once_a_later_event_has_passed_is_a_timeline_slip() -> None:
    assert latest("Thanks Ola. We can look at this again in September.") == ["timeline_slip"]
    assert "timeline_slip" in latest("Let's look again once the summer budgets are out, so August at the earliest.")


def test_looking_again_later_the_same_day_is_no_slip() -> None:
    assert latest("Happy to look again in the morning, thanks.") == []
    assert latest("Thanks, I'll look again later today and send the signed copy.") == []


# --- budget: money pulled under a longer name; cuts aimed elsewhere --------------------------------------------


def test_money_pulled_under_a_longer_name_is_a_budget_concern() -> None:
    assert latest("Finance has raided the rest of our tools money to pay for the new warehouse.") == ["budget_concern"]
    assert latest("The board withdrew all of the remaining project funding last week.") == ["budget_concern"]
    assert latest("Head office clawed back what's left of the IT budget.") == ["budget_concern"]


def test_money_moved_to_this_deal_or_budget_paperwork_is_no_budget_concern() -> None:
    assert latest("Finance redirected the unspent marketing budget to this project, so we're covered.") == []
    assert latest("I pulled the Q3 budget figures for you, all in order.") == []


def test_cuts_aimed_elsewhere_or_this_purchase_inside_an_approved_budget_is_no_concern() -> None:
    assert latest("The cost-cutting drive is aimed at travel, not software, so the order stands.") == []
    assert latest("Yes, there's a spending freeze, but it's limited to hiring, not tools.") == []
    assert latest("Despite the cost-cutting, the tools budget was signed off in March, yours included.") == []


def test_cuts_that_reach_tools_are_still_a_budget_concern() -> None:
    assert latest("The savings programme covers everything, including tools, and our budget is frozen.") == [
        "budget_concern"
    ]
    assert latest("The freeze is aimed at all discretionary spend, not just travel.") == ["budget_concern"]


# --- stakeholder: the budget handed over to a newcomer; a promotion that keeps the purchase -------------------


def test_the_budget_or_decision_handed_over_to_someone_is_a_stakeholder_change() -> None:
    assert latest("Tobias has handed the software budget over to me as part of the restructure, and I'd like a call"
                  " first.") == ["stakeholder_change"]  # fmt: skip
    assert latest("Our COO handed the purchasing decision over to Priya Nair this week.") == ["stakeholder_change"]
    assert latest("The decision now moves to Karen Obi, our new regional director.") == ["stakeholder_change"]


def test_a_routine_hand_over_or_a_promotion_that_keeps_the_purchase_is_no_change() -> None:
    assert latest("I've handed the paperwork over to procurement; the decision is still mine.") == []
    assert latest("We handed the signed contract over to finance for payment.") == []
    assert latest("Good news: I've been promoted to head of operations. This purchase comes with me, and I keep the"
                  " signature.") == []  # fmt: skip
    assert latest("I'm moving up to lead the region; the decision moves with me and I'll keep the budget.") == []


# --- competitor: a rival turned down politely after its demo --------------------------------------------------


def _rival(final: str) -> list[str]:
    return codes([
        msg("2017-06-01T10:00", "Ola, please send a quote for six seats. To be fair, we're talking to Brightwave too."),
        msg("2017-06-02T09:00", "Quote for six seats attached.", "outbound"),
        msg("2017-06-16T11:00", final),
    ])  # fmt: skip


def test_a_rival_turned_down_politely_is_no_competitor() -> None:
    assert _rival("We saw Brightwave's demo on Monday. It was clunky. We've said thanks, but no thanks.") == []
    assert _rival("Brightwave sent over a proposal last week. We gave them a polite no.") == []
    assert _rival("Update: we've declined Brightwave's offer. Please send the order form.") == []


def test_a_rival_still_in_play_beside_thanks_is_a_competitor() -> None:
    assert _rival("We're seeing Brightwave's demo on Monday; thanks, but no need to call before then.") == [
        "competitor_mentioned"
    ]
    assert _rival("Brightwave gave us a firm quote yesterday and we'll compare the two next week.") == [
        "competitor_mentioned"
    ]


# --- pricing: a rival a word-written percentage under us; our quote that can't be taken inside at its price ---


def test_a_rival_far_under_our_price_is_a_pricing_objection() -> None:
    assert latest("Thanks Ola, Lumora came in about thirty percent below you for the same seats.") == [
        "competitor_mentioned", "pricing_objection"
    ]  # fmt: skip
    assert latest("Thanks Ola, Stackline is twenty-five per cent cheaper for the same package.") == [
        "competitor_mentioned", "pricing_objection"
    ]  # fmt: skip


def test_a_quote_that_cannot_be_taken_inside_at_its_price_is_a_pricing_objection() -> None:
    assert latest("Thanks for the quote. I can't take this to the board at that price.") == ["pricing_objection"]
    assert latest("Thanks for the quote, but there's no way I get this past our CFO at the current number.") == [
        "pricing_objection"
    ]
    assert latest("Thanks for the quote. We won't recommend it to finance at this price.") == ["pricing_objection"]


def test_praise_at_the_price_or_savings_in_percent_are_no_objection() -> None:
    assert latest("I can't believe you're offering all that at this price, thanks so much.") == []
    assert latest("Twenty percent less admin is why we're buying, thanks Ola.") == []
    assert latest("Thanks Ola, 20% less admin time is exactly what we need.") == []


# --- sentiment: sarcasm that holds up the quality we promised -------------------------------------------------


def _soured(final: str) -> list[str]:
    return codes([
        msg("2017-05-22T10:00", "Ola, brilliant session today. The team can't wait to start!"),
        msg("2017-05-23T09:00", "Thanks! Trial workspace is ready.", "outbound"),
        msg("2017-06-05T10:00", "Trial's going. One small thing: a few notes didn't save. Could you check?"),
        msg("2017-06-06T09:00", "Fixed this morning, sorry about that.", "outbound"),
        msg("2017-06-16T11:00", final),
    ])  # fmt: skip


def test_sarcasm_at_the_promised_quality_after_warm_messages_is_a_sentiment_drop() -> None:
    assert _soured("The sync dropped half our contacts again overnight. Exactly the stability you advertised.") == [
        "sentiment_drop"
    ]
    assert _soured("Reports failed to load all morning, for the second day running. Just the support we were sold,"
                   " clearly.") == ["sentiment_drop"]  # fmt: skip
    assert _soured("Notes vanished again over the weekend. Let me know when it's fit for purpose.") == [
        "sentiment_drop"
    ]


def test_the_promised_quality_praised_sincerely_is_not_sarcasm() -> None:
    assert message_tone("The sync has been solid all month, exactly the stability you advertised. Thanks!").score > 0
    assert message_tone("It's fit for purpose now, thanks for the fix.").score >= 0
    assert _soured("All notes are saving now. Truly the reliability we were promised, thank you!") == []
