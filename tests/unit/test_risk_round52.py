"""Risk classes the 52nd blind set showed the engine missing, each told indirectly: the budget line a deal was filed
under folded into another project, with nothing left to charge it to (and "parked under" read as filing, not as a
pause); a squeeze told as an order from above ("make do with what we have") or as a spend queue nothing leaves
before a date; learner past forms of what happened to the money ("has cutted the money"); a stop for the rest of the
year ("we can't continue this year"); our price as a number they cannot get past, or a far lower figure named as
the one that gets it approved; and a new decision maker while the old contact stays day-to-day. Each has hard
negatives in the same words."""

from __future__ import annotations

from tests.unit.risk_threads import HALVORSEN, HARROWFIELD

THREAD = HARROWFIELD  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20
latest = THREAD.latest


# --- the line the deal sat on folded into another project --------------------------------------------------------


def test_the_line_we_filed_it_under_folded_into_another_project_is_budget_only() -> None:
    text = "Bad news: the cost centre we'd booked this against was folded into the new fleet programme on Friday."
    assert latest(text) == ["budget_concern"]


def test_nothing_to_bill_it_to_is_a_budget_concern() -> None:
    assert latest("I want to go ahead, but right now there's nothing to bill it to.") == ["budget_concern"]


def test_parked_under_a_code_is_no_pause() -> None:
    assert latest("I've parked this under the tooling code so finance can match the invoice. Send it over.") == []


def test_a_product_line_folded_into_a_project_is_no_budget_concern() -> None:
    assert latest("Our product line was folded into the new retail project, which is why the pilot grew.") == []


def test_something_else_to_charge_it_to_is_no_budget_concern() -> None:
    assert latest("Nothing to charge it to but the ops line, and the ops line has plenty of room.") == []


def test_parked_until_autumn_is_still_a_pause() -> None:
    assert "timeline_slip" in latest("We've parked this until the autumn, sorry.")


def test_parked_under_review_is_still_a_pause() -> None:
    assert "timeline_slip" in latest("We've parked this under review for now, sorry.")


# --- a squeeze ordered from above, or a spend queue nothing leaves ----------------------------------------------


def test_told_to_make_do_with_what_we_have_is_a_budget_concern() -> None:
    text = "Our MD has told every team to make do with what we've got until the year closes."
    assert "budget_concern" in latest(text)


def test_a_spend_queue_nothing_leaves_before_a_date_is_a_budget_concern() -> None:
    text = "All new purchase orders now sit in an approval queue, and nothing comes out of it until the audit ends."
    assert "budget_concern" in latest(text)


def test_a_tool_that_lets_us_do_more_with_less_is_no_budget_concern() -> None:
    assert latest("Honestly your tool helps us do more with what we already have. Please send the order form.") == []


def test_a_routine_approval_queue_is_no_budget_concern() -> None:
    text = "New purchase orders sit in an approval queue for a day or two, nothing unusual. It'll be signed Friday."
    assert latest(text) == []


def test_doing_more_with_less_manual_work_is_no_budget_concern() -> None:
    assert latest("The team wants to do more with less manual typing, which is why we're buying.") == []


# --- learner past forms of what happened to the money ----------------------------------------------------------


def test_a_learner_past_form_of_a_cut_is_a_budget_concern() -> None:
    assert "budget_concern" in latest("Sorry, the group office has cutted the money for every local project.")


def test_a_learner_past_form_negated_is_no_budget_concern() -> None:
    assert latest("Good news, the direction has not cutted our budget, we go ahead with the order.") == []


# --- a stop for the rest of the year --------------------------------------------------------------------------


def test_we_cannot_continue_this_year_is_a_slip() -> None:
    assert "timeline_slip" in latest("We are not able to continue in this year with the project, sorry.")


def test_continuing_with_the_old_tool_is_no_slip() -> None:
    assert latest("We can't continue with the old spreadsheets this year, so we want your tool soon.") == []


# --- our price a number they cannot get past ------------------------------------------------------------------


def test_cannot_get_past_the_price_is_a_price_objection() -> None:
    assert latest("Our director likes it, but she just can't get past the price tag.") == ["pricing_objection"]


def test_a_far_lower_figure_to_get_it_approved_is_a_price_objection() -> None:
    text = "To get it signed off we'd have to come in around 12k, otherwise it stalls with finance."
    assert latest(text) == ["pricing_objection"]


def test_past_the_number_once_is_no_objection() -> None:
    assert latest("Once he got past the number he was keen, so please send the order form.") == []


def test_a_count_to_get_approved_is_no_objection() -> None:
    assert latest("We'd need to be around 12 seats to get it approved, so please quote for 12.") == []


def test_cannot_see_past_a_date_is_no_objection() -> None:
    assert "pricing_objection" not in latest("Honestly I can't see past the launch right now, but the quote is fine.")


# --- a new decision maker while the contact stays day-to-day ---------------------------------------------------


def test_a_new_decision_maker_while_i_stay_day_to_day_is_a_change() -> None:
    text = (
        "Heads up: our new operations director joined on Monday and every tool purchase is now her decision rather"
        " than mine. I'm still your day-to-day contact."
    )
    assert HALVORSEN.latest(text) == ["stakeholder_change"]


def test_still_your_contact_and_still_my_call_is_no_change() -> None:
    text = "Our new COO started this week. I'm still your contact and the decision stays with me."
    assert HALVORSEN.latest(text) == []


def test_still_your_contact_with_nobody_new_is_no_change() -> None:
    assert HALVORSEN.latest("Procurement will send the paperwork. I'm still your day-to-day contact.") == []
