"""Risk classes the 61st blind set showed the engine missing: capital spend held frozen as it stands, a budget line
lost with a company event or nothing left to pay for this with; the money frozen by the customer's own clients
(named with a word or two between) as no concern of theirs; the sign-off now held by someone else while the writer
steps back; the numbers said not to pencil out at list, and our price struck through on the paper they send back; a
signature wanted in a later quarter; and a customer terse from their first message whose "Yep." then "Thx." is no
drop. Each has hard negatives in the same words."""

from __future__ import annotations

from tests.unit.risk_threads import HALVORSEN, HARROWFIELD

latest = HALVORSEN.latest  # a warm, eager opening; the deal closes 2017-08-31, now is 2017-06-20


# --- capital spend frozen as it stands ---------------------------------------------------------------------------


def test_capex_over_a_threshold_frozen_is_a_budget_concern() -> None:
    text = "Tomas, our finance director just told us every capex item over 15k is frozen until April. Gutted."
    assert latest(text) == ["budget_concern"]


def test_capex_said_not_frozen_is_no_concern() -> None:
    assert latest("Tomas, thanks! Our capex isn't frozen whatever the rumours say, so send the order form.") == []


def test_capex_frozen_at_a_level_that_covers_us_is_no_concern() -> None:
    text = "Tomas, thanks! Capex is frozen at this year's level, which comfortably covers the five seats."
    assert latest(text) == []


def test_a_price_frozen_is_no_budget_concern() -> None:
    assert latest("Tomas, thanks for confirming the price is frozen until March, that helps a lot!") == []


# --- a budget line lost with a company event, or nothing to pay for this with ------------------------------------


def test_a_tools_line_lost_in_the_reorg_is_a_budget_concern() -> None:
    text = "Tomas, rough month here. Our tools budget got lost in the reorg, I only heard on Friday."
    assert latest(text) == ["budget_concern"]


def test_nothing_to_pay_for_the_seats_with_is_a_budget_concern() -> None:
    text = "Tomas, thanks. I'm sorry to say we have nothing to pay for the seats with until the next quarter."
    assert latest(text) == ["budget_concern"]


def test_a_phone_line_gone_with_the_restructuring_is_no_concern() -> None:
    text = "Tomas, thanks! Our Bristol phone line went with the restructuring, so please use my mobile from now."
    assert latest(text) == []


def test_nothing_to_compare_it_with_is_no_concern() -> None:
    assert latest("Tomas, thanks! We've got nothing to compare this with, could you share a reference?") == []


# --- the money frozen by the customer's own clients ------------------------------------------------------------------


def test_their_largest_clients_freezing_budgets_is_no_concern() -> None:
    text = "Tomas, great! Several of our largest clients have frozen their budgets, which is exactly why we need you."
    assert latest(text) == []


def test_their_retail_customers_cutting_spend_is_no_concern() -> None:
    text = "Tomas, thanks! Our retail customers have cut their spend hard, so the forecasting matters more than ever."
    assert latest(text) == []


def test_their_own_budget_cut_beside_the_clients_still_counts() -> None:
    text = "Tomas, bad news. Our retail customers have cut their spend and our own software budget was slashed too."
    assert latest(text) == ["budget_concern"]


# --- the sign-off now someone else's, the writer stepping back ------------------------------------------------------


def test_a_director_who_now_signs_off_is_a_change() -> None:
    assert latest("Tomas, thanks. Since the takeover Ingrid now signs off anything over 10k for us.") == [
        "stakeholder_change"
    ]


def test_the_writer_only_advising_is_a_change() -> None:
    assert latest("Tomas, thanks. Priya will drive this going forward; I'm just advising.") == ["stakeholder_change"]


def test_we_now_sign_off_at_the_weekly_meeting_is_no_change() -> None:
    text = "Tomas, thanks! We now sign off anything over 10k at the weekly meeting, and yours is on Thursday's list."
    assert latest(text) == []


def test_advising_the_board_to_approve_is_no_change() -> None:
    assert latest("Tomas, thanks! I'm advising the board to approve it on Thursday, it looks great.") == []


def test_someone_running_a_workshop_going_forward_is_no_change() -> None:
    assert latest("Tomas, thanks! Marta will run the onboarding workshop going forward, she's great.") == []


# --- the numbers not penciling out, our price struck through ---------------------------------------------------------


def test_at_list_it_will_not_fly_is_a_pricing_objection() -> None:
    assert latest("Tomas, we love the product. At list price it won't fly with our board.") == ["pricing_objection"]


def test_numbers_that_will_not_pencil_out_are_a_pricing_objection() -> None:
    text = "Tomas, we love the product, but I ran it past finance and it won't pencil out at five seats."
    assert latest(text) == ["pricing_objection"]


def test_our_unit_price_crossed_out_on_their_markup_is_a_pricing_objection() -> None:
    text = "Tomas, we love it! Our procurement team crossed out the unit price on the order form and wrote in 2,400."
    assert latest(text) == ["pricing_objection"]


def test_numbers_that_pencil_out_are_no_objection() -> None:
    assert latest("Tomas, thanks, lovely! At five seats it pencils out nicely, send the paperwork.") == []


def test_a_meeting_pencilled_in_is_no_objection() -> None:
    assert latest("Tomas, thanks, lovely! Tuesday's full, so can't pencil in a call before Thursday. Speak then!") == []


def test_a_clause_struck_through_is_no_objection() -> None:
    text = "Tomas, lovely! Legal has struck through the liability clause, the pricing stands as quoted."
    assert latest(text) == []


def test_our_own_fee_crossed_out_is_no_objection() -> None:
    assert latest("Tomas, lovely! I see you've crossed out the setup fee on the new version, thank you!") == []


# --- a signature wanted in a later quarter ----------------------------------------------------------------------------


def test_wanting_it_signed_next_quarter_is_a_slip() -> None:
    # Harrowfield closes 2017-06-30
    assert HARROWFIELD.latest("Imke, thanks. Our owner wants it signed in Q3 now, not in June.") == ["timeline_slip"]


def test_wanting_it_signed_within_the_month_is_no_slip() -> None:
    assert HARROWFIELD.latest("Imke, thanks! Our owner wants it signed in June, ahead of the busy season.") == []


def test_wanting_it_signed_by_a_date_inside_the_window_is_no_slip() -> None:
    assert HARROWFIELD.latest("Imke, thanks! Our owner wants it signed by 26 June at the latest.") == []


# --- terse from the first message: a "Yep." then "Thx." is no drop ---------------------------------------------------


def _terse(*replies: str) -> list[str]:
    ours = ["Does the revised quote work?", "Still on for the 20th?", "Paperwork attached."]
    days = ["2017-06-05", "2017-06-08", "2017-06-12", "2017-06-13", "2017-06-15", "2017-06-16"]
    messages = []
    for i, reply in enumerate(replies):
        messages.append(HALVORSEN.msg(days[2 * i] + "T09:00", ours[i], "outbound"))
        messages.append(HALVORSEN.msg(days[2 * i + 1] + "T08:00", reply))
    return HALVORSEN.codes(messages)


def test_a_terse_customer_saying_yep_then_thx_is_no_drop() -> None:
    assert _terse("Noted.", "Yep.", "Ta.") == []


def test_a_terse_customer_saying_yes_then_noted_is_no_drop() -> None:
    assert _terse("Ok.", "Yes.", "Noted.") == []


def test_a_terse_customer_worse_than_curt_is_still_a_drop() -> None:
    assert "sentiment_drop" in _terse("Ok.", "Yep.", "Not impressed.")


def test_a_warm_customer_gone_curt_is_still_a_drop() -> None:
    assert "sentiment_drop" in _terse("Works brilliantly, thanks so much, the team loves it!", "Yep.", "No.")
