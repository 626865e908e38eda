"""Risk classes the 59th blind set showed the engine missing: a rebuke of how we answered (answer only what was
asked, the question put again); a price objection said in figures (a share of the quote, a ceiling, a premium refused,
two labelled figures side by side); a rival's price set out as a figure; a budget cut said as budget lines (frozen in
the passive, revised down by an arrow) and a cut on other spend that frees money for us; a signature date moved by
an arrow past the close. Each has hard negatives in the same words."""

from __future__ import annotations

from agents.insights.sentiment import sentence_score
from tests.unit.risk_threads import HALVORSEN, HARROWFIELD

latest = HALVORSEN.latest  # a warm, eager opening; the deal closes 2017-08-31, now is 2017-06-20


def after_complaint(text: str) -> list[str]:
    """A warm opening, our reply, a complaint ("we are disappointed"), our apology with a brochure, then ``text``."""
    t = HARROWFIELD
    messages = [
        t.msg(*t.asked),
        t.msg(*t.answered, "outbound"),
        t.msg("2017-06-08T10:00", "Imke, the label printer link is not like it was promised. We are disappointed."),
        t.msg("2017-06-09T09:00", "Sorry Tobias, support calls today. Our new brochure is attached too.", "outbound"),
        t.msg("2017-06-16T11:00", text),
    ]
    return t.codes(messages)


# --- a rebuke of how we answered -------------------------------------------------------------------------------------


def test_told_to_answer_only_the_question_and_asked_again_is_a_drop() -> None:
    assert after_complaint("Imke,\nkindly answer only the question I asked. Again: who pays for the second visit?") == [
        "sentiment_drop"
    ]


def test_the_question_asked_once_more_is_a_drop() -> None:
    text = "Imke,\nI ask you once more: when is the engineer coming? Simply answer my question, please."
    assert after_complaint(text) == ["sentiment_drop"]


def test_a_rebuke_scores_negative() -> None:
    assert sentence_score("Please just answer my question.")[0] < -0.3
    assert sentence_score("Again: when does the technician arrive?")[0] < -0.3


def test_thanks_said_again_before_a_question_is_no_drop() -> None:
    text = "Imke, the engineer fixed it this morning and everything runs now. Again, many thanks for the quick help!"
    assert after_complaint(text + " When can he do the second site?") == []


def test_meeting_again_before_a_question_is_no_drop() -> None:
    text = "Imke, all working now, thank you. We would like to meet again: when suits you for the second site?"
    assert after_complaint(text) == []


def test_a_polite_reminder_of_an_open_question_is_no_rebuke() -> None:
    assert sentence_score("Could you answer the question I asked about the second site when you can?")[0] > -0.3
    assert sentence_score("Can we meet again next week?")[0] > -0.3


# --- a price objection said in figures -------------------------------------------------------------------------------


def test_a_share_of_the_quote_is_all_they_can_pay() -> None:
    assert latest("Tomas, I took it to the board. We can only pay 55% of your quote, and that is final.") == [
        "pricing_objection"
    ]


def test_a_ceiling_past_which_nothing_is_signed() -> None:
    assert latest("Tomas, thanks for the quote. Anything over 8,000 simply won't fly with our finance team.") == [
        "pricing_objection"
    ]


def test_our_premium_refused() -> None:
    assert latest("Tomas, we like your tool more, honestly, but not at a 30% premium.") == ["pricing_objection"]


def test_their_figure_well_below_ours_under_labels() -> None:
    assert latest("Tomas, thanks for the quote.\nYour price: 14,500\nOur max: 9,000\nThoughts?") == [
        "pricing_objection"
    ]


def test_a_share_paid_up_front_is_a_schedule_not_a_cut() -> None:
    assert latest("Tomas, great. We can pay 40% of the quote on signing and the rest on delivery, if that suits.") == []


def test_a_ceiling_that_routes_the_signature_is_no_objection() -> None:
    assert latest("Tomas, thanks. Anything over 10k doesn't get signed without our CFO, so I've copied her in.") == []


def test_labelled_figures_that_nearly_meet_are_no_objection() -> None:
    assert latest("Tomas, thanks!\nYour number: 14,500\nOur number: 14,000\nClose enough, send the contract.") == []


def test_a_premium_they_are_glad_to_pay_is_no_objection() -> None:
    assert latest("Tomas, thanks. We're happy to pay a 10% premium for the local support.") == []


# --- a rival's price set out as a figure -----------------------------------------------------------------------------


def test_a_rival_named_with_its_price_is_in_play() -> None:
    assert latest("Tomas, for transparency, thanks.\nNorthPeak: 9,200\nYou: 9,900\nHappy to talk.") == [
        "competitor_mentioned"
    ]


def test_a_rival_at_a_price_is_in_play() -> None:
    assert latest("Tomas, thanks for the quote. Quorvia at $7,900 for the same seats, fyi.") == ["competitor_mentioned"]


def test_a_rival_named_with_a_count_is_not_a_quote() -> None:
    assert latest("Tomas, thanks! Quorvia: 3 support tickets still open on the old system, glad to move on.") == []


def test_a_rival_line_moved_by_an_arrow_is_not_a_quote() -> None:
    assert latest("Tomas, thanks! Budget tidy-up, fyi.\nStackline: 4,000 -> 0 since we cancelled the renewal.") == []


# --- a budget cut said as budget lines, and a cut elsewhere that frees money for us ----------------------------------


def test_capex_lines_not_yet_committed_cut_in_the_passive() -> None:
    assert latest("Tomas, news from finance: all capex lines not yet committed were cut after the board meeting.") == [
        "budget_concern"
    ]


def test_a_budget_line_revised_to_zero() -> None:
    text = "Tomas, budget revision, fyi:\nline 7 (sales tools): 12,000 -> 0\nline 8 (travel): 4,000 -> 4,500\nSorry."
    assert latest(text) == ["budget_concern"]


def test_a_budget_line_halved_by_an_arrow() -> None:
    assert latest("Tomas, update from the reforecast, fyi: capex for tooling 8k -> 3k.") == ["budget_concern"]


def test_a_line_of_our_quote_waived_is_not_their_budget() -> None:
    assert latest("Tomas, thanks!\nLine 2 of your quote (training): 1,500 -> 0, thanks for waiving it!") == []


def test_a_budget_line_raised_is_no_cut() -> None:
    assert latest("Tomas, thanks! Budget update: line 7 (sales tools): 12,000 -> 14,000.") == []


def test_no_capex_line_frozen_is_no_cut() -> None:
    assert latest("Tomas, thanks. No capex line has been frozen, so we're fine to go ahead.") == []


def test_a_freeze_on_other_spend_that_frees_money_for_us_is_good_news() -> None:
    text = "Tomas, good news: the spending freeze hit our old Lumora contract, which we've cancelled, and that frees up"
    assert latest(text + " the money for your seats.") == []


def test_a_cut_elsewhere_that_frees_budget_for_this_purchase_is_good_news() -> None:
    assert latest("Tomas, great news: finance cut the expo budget, which frees the budget for this purchase.") == []


def test_money_freed_for_another_project_is_still_a_cut() -> None:
    text = "Tomas, sorry: the budget freeze hit your seats, which frees the money for the warehouse refit instead."
    assert latest(text) == ["budget_concern"]


def test_a_freeze_that_frees_nothing_for_us_is_still_a_cut() -> None:
    text = "Tomas, sorry: the budget freeze hit our travel spend, but it frees nothing for you; your line is frozen."
    assert latest(text) == ["budget_concern"]


# --- a signature date moved by an arrow past the close ---------------------------------------------------------------


def test_contract_signature_moved_past_the_close_by_an_arrow() -> None:
    text = "Thanks Tomas, our revised plan:\n- pilot review: 6/30 -> 7/21\n- contract signature: 8/18 -> 10/6\nSorry."
    assert latest(text) == ["timeline_slip"]


def test_a_decision_moved_day_first_past_the_close() -> None:
    assert latest("Thanks Tomas. Updated dates from the steering group:\n- decision: 28/07 -> 15/09\nBest.") == [
        "timeline_slip"
    ]


def test_a_go_live_moved_is_delivery_not_the_deal() -> None:
    assert latest("Thanks Tomas, our revised plan:\n- go-live: 9/1 -> 11/15\n- training: 9/8 -> 11/20\nBest.") == []


def test_a_purchase_order_pulled_earlier_is_no_slip() -> None:
    assert latest("Thanks Tomas, good news on the plan:\n- PO: 8/25 -> 7/28\nBest.") == []


def test_a_signature_moved_within_the_window_is_no_slip() -> None:
    assert latest("Thanks Tomas, our revised plan:\n- contract signature: 7/14 -> 8/11\nBest.") == []
