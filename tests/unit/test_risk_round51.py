"""Risk classes the 51st blind set showed the engine missing, each told indirectly: our price set against what they
paid before and the rise refused ("not prepared to approve a 24% increase", "get it near last year's number", "10k
is not happening"); the capital lines held ("the capex lines are on hold"); the order raised only once a later date
comes ("the order gets raised once our fiscal year rolls over on 1 April"); a new writer taking the deal over ("I'll
be handling this from now on"); and the paper taken off our hands with nothing else said ("Leave the proposal with
me."), curt after warmth. Each has hard negatives in the same words."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HALVORSEN, HARROWFIELD

THREAD = HARROWFIELD  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20
latest = THREAD.latest


# --- our price against what they paid before ------------------------------------------------------------------


def test_a_rise_over_last_year_refused_is_a_price_objection() -> None:
    text = "Against last year's renewal this is 9,800 instead of 7,000. I won't be able to defend a 40% hike to our MD."
    assert latest(text) == ["pricing_objection"]


def test_asked_back_towards_what_they_paid_is_a_price_objection() -> None:
    assert latest("Could you get the number a lot nearer to what we were paying? Then we can talk.") == [
        "pricing_objection"
    ]


def test_a_figure_waved_off_in_a_word_is_a_price_objection() -> None:
    assert latest("saw it. that price isn't happening, sorry") == ["pricing_objection"]


def test_a_small_rise_over_last_year_is_not_an_objection() -> None:
    assert latest("Checked against last year's invoice: a 3% increase, as we budgeted. Fine by us.") == []


def test_a_rise_in_something_else_is_not_an_objection() -> None:
    assert "pricing_objection" not in latest("We can't wait to see a 30% increase in bookings once it's live.")


def test_landing_close_to_last_year_is_no_objection() -> None:
    assert latest("It came in close to what we paid last year, so we're happy to sign.") == []


def test_last_years_layout_asked_for_is_no_objection() -> None:
    assert latest("Please lay the quote out like last year's invoice so finance can match the lines.") == []


def test_a_count_that_is_not_happening_is_no_price_objection() -> None:
    assert "pricing_objection" not in latest("The 5k user rollout isn't happening in one go, we'll phase it.")


# --- the capital lines held --------------------------------------------------------------------------------------


def test_capital_requests_on_hold_are_a_budget_concern() -> None:
    assert "budget_concern" in latest("Until the group review finishes, all capital requests are on hold.")


def test_capex_put_on_hold_is_a_budget_concern() -> None:
    assert "budget_concern" in latest("Heads-up: our capex has been put on hold by the new CFO.")


def test_capex_held_in_the_past_is_no_budget_concern() -> None:
    text = "The capex lines were on hold in the spring, but the money was released in May. Go ahead."
    assert "budget_concern" not in latest(text)


def test_capex_not_on_hold_is_no_budget_concern() -> None:
    assert "budget_concern" not in latest("Our capex is not on hold; the money is approved and waiting.")


# --- the order raised only once a later date comes -----------------------------------------------------------


def test_the_po_issued_after_the_close_is_a_slip() -> None:
    text = "Procurement says the PO will be issued once the new budget year opens on 1 February."
    assert latest(text) == ["timeline_slip"]


def test_the_order_raised_before_the_close_is_no_slip() -> None:
    assert latest("The order gets raised on 26 June, well ahead of your quarter end.") == []


def test_a_point_raised_is_no_order() -> None:
    assert latest("A question gets raised at the steering group on 3 October about training.") == []


# --- a writer taking the deal over -----------------------------------------------------------------------------


def test_a_writer_looking_after_the_purchase_from_now_on_is_a_change() -> None:
    assert latest("Hello Imke, I'll be looking after the purchase from now on. Please send me the quote.") == [
        "stakeholder_change"
    ]


def test_a_writer_as_contact_from_here_on_is_a_change() -> None:
    assert latest("Dear Imke, I will be your main contact from here on.") == ["stakeholder_change"]


def test_a_side_task_taken_on_is_no_change() -> None:
    assert latest("I'll be handling the invoices from now on, so copy me on those.") == []


def test_cover_while_someone_is_away_is_no_change() -> None:
    assert latest("I'll be dealing with this from today while she's on parental leave.") == []


def test_handling_it_personally_as_ever_is_no_change() -> None:
    assert latest("I'll be handling this personally, as always.") == []


# --- the paper taken off our hands, and nothing else said --------------------------------------------------------


def test_a_bare_leave_it_with_me_is_curt() -> None:
    assert message_tone("Not necessary. Leave the contract with me.").curt


def test_leave_it_with_me_with_a_date_is_no_curt_reply() -> None:
    assert not message_tone("Leave the contract with me, I'll sign it on Friday.").curt


def test_leave_it_with_me_gladly_is_no_curt_reply() -> None:
    assert not message_tone("Brilliant, leave it with me!").curt


def test_curt_after_an_outage_and_warmth_is_a_drop() -> None:
    t = HALVORSEN  # an eager request; the deal closes 2017-08-31
    msgs = [
        t.msg(*t.asked),
        t.msg(*t.answered, "outbound"),
        t.msg("2017-06-08T10:00", "The trial site crashed in the middle of our board demo. Embarrassing for me."),
        t.msg("2017-06-08T11:00", "Lucia, I'm so sorry. It's fixed. Could we talk tomorrow?", "outbound"),
        t.msg("2017-06-15T09:00", "No need. Leave the quote with me."),
    ]
    assert "sentiment_drop" in t.codes(msgs)


def test_leave_it_with_me_after_warmth_and_no_failure_with_a_date_is_fine() -> None:
    assert latest("Thanks Imke, leave the quote with me and I'll confirm on Tuesday.") == []
