"""Round 72 classes: a thing the contact sets moving ("I'll get the contract moving on our side"), which is no person
moving on; a failure's run counted by its ordinal ("Third week now.") and the mess to be explained upwards ("looking
forward to explaining all this to my VP") after a failure still open, which sour the tone; a rival's discount told
with any verb ("Kestrel just sent me a 30% discount"), their price rather than an objection to ours; their budget
down by a share ("the 2018 budget came in 20% lower") or a budget line dropped in a draft ("the CRM line didn't
survive the first draft"), a budget cut and no price objection; and buying decisions said to be someone else's now
("decisions like this one are hers now, not mine"). Each has hard negatives in the same words."""

from __future__ import annotations

import pytest

from tests.unit.risk_threads import HARROWFIELD

latest = HARROWFIELD.latest  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20


# --- a thing set moving is no person moving on --------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Great news, we're in. I'll get the order form moving on my end this week.",
    "All agreed. I'm getting things moving on the paperwork now and we sign on the 28th.",
    "Lovely, thanks. Sara will set the PO moving on their side, signature as planned.",
    "Happy with all of it, I'll get the contract moving on our side today.",
])  # fmt: skip
def test_a_thing_set_moving_is_no_departure(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Heads-up: Marta, who signs for us, is moving on next month.",
    "Sorry to say I'm moving on at the end of June, so please keep the contract moving with my deputy.",
])  # fmt: skip
def test_a_person_moving_on_is_still_a_departure(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


# --- a failure's run counted, and the mess to be explained upwards --------------------------------------------------


_FAILED = "Imke, the export has failed on every run since Friday. Could you have a look?"


def _failure(run: str, last: str, told: str = _FAILED) -> list[str]:
    """A warm opening, ``told`` (a failure told courteously), our apology, ``run`` and then ``last``."""
    t = HARROWFIELD
    return t.codes([
        t.msg("2017-05-10T10:00", "Imke, the pilot has been great, the planners love the board. Paperwork next!"),
        t.msg("2017-05-22T10:00", told),
        t.msg("2017-05-23T10:00", "So sorry Tobias, I've raised it with support as a priority.", "outbound"),
        t.msg("2017-06-06T10:00", run),
        t.msg("2017-06-15T10:00", last),
    ])  # fmt: skip


@pytest.mark.parametrize(("run", "last"), [
    ("Still failing. Fourth day now.",
     "Thanks for the flowers, very kind. Looking forward to explaining all of this to the board next week."),
    ("Nothing yet. Second week running.",
     "The newsletter from your team arrived on time at least. Can't wait to explain this whole mess to my director."),
    ("Still broken. Week three now.",
     "Noted. I'll enjoy explaining all that to our CFO on Monday."),
])  # fmt: skip
def test_a_counted_run_then_the_mess_explained_upwards_is_a_drop(run: str, last: str) -> None:
    assert "sentiment_drop" in _failure(run, last), (run, last)


def test_the_mess_explained_after_the_fix_is_no_drop() -> None:
    last = "It works again, thank you! I'll explain all of this to the board as a win."
    assert "sentiment_drop" not in _failure("Still failing. Fourth day now.", last)


@pytest.mark.parametrize(("run", "last"), [
    ("Third week now, and the planners use it every day.", "Happy to explain all of it to my director on Monday!"),
    ("Second week running with no hiccups. Lovely.", "Looking forward to explaining all this to the board!"),
])  # fmt: skip
def test_a_count_or_an_explanation_with_no_failure_is_no_drop(run: str, last: str) -> None:
    told = "Imke, the export works nicely. Could you send the order form?"
    assert "sentiment_drop" not in _failure(run, last, told), (run, last)


# --- a rival's discount told in passing ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Funny one: NorthPeak emailed me a 'final offer' 25% discount this morning. Binned it, we're signing with you.",
    "Stackline's rep just sent over a 40% discount and a bottle of wine. We're not switching, contract signed Friday.",
    "Lumora came back with a 35% discount after we said no. Too late, the decision's made and we sign on the 28th.",
])  # fmt: skip
def test_a_rivals_discount_told_in_passing_is_no_price_objection(text: str) -> None:
    assert "pricing_objection" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Stackline sent me a 30% discount; you'd need to come down by at least 20% to keep us.",
    "Kestrel CRM emailed over a 25% discount, and honestly your price is too high for what we'd use.",
])  # fmt: skip
def test_our_price_objected_to_beside_a_rivals_discount_still_counts(text: str) -> None:
    assert "pricing_objection" in latest(text), text


# --- their budget down by a share, or a budget line dropped in a draft -----------------------------------------------


@pytest.mark.parametrize("text", [
    "Finance just told us the 2018 budget came in a third lower than we asked for.",
    "Heads-up, our tooling allocation for next year landed 30% below plan.",
    "The new-year funding ended up 25% smaller, so we're re-planning everything.",
])  # fmt: skip
def test_their_budget_down_by_a_share_is_a_budget_cut_not_a_price_objection(text: str) -> None:
    codes = latest(text)
    assert "budget_concern" in codes and "pricing_objection" not in codes, (text, codes)


@pytest.mark.parametrize("text", [
    "Bad news: the CRM line didn't make it into the final budget.",
    "Our new-tools line did not survive the budget review last week.",
    "The licence line was struck from the draft budget.",
    "Our seats request never made it through the budget round.",
])  # fmt: skip
def test_a_budget_line_dropped_in_a_draft_is_a_budget_cut(text: str) -> None:
    assert "budget_concern" in latest(text), text


@pytest.mark.parametrize("text", [
    "Our budget came in 10% higher than last year, so we're fine.",
    "The CRM line survived the first draft untouched, sign-off as planned.",
    "Good news, the CRM line made it into the final budget.",
    "The indemnity line didn't survive the first draft of the contract, legal rewrote it.",
])  # fmt: skip
def test_a_budget_that_holds_is_no_budget_cut(text: str) -> None:
    assert "budget_concern" not in latest(text), text


@pytest.mark.parametrize("text", [
    "We like it, but we'd need the quote 20% lower to sign.",
    "Our budget is 20% below your quote, so we'd need a much sharper price.",
])  # fmt: skip
def test_a_share_off_our_price_is_still_a_price_objection(text: str) -> None:
    assert "pricing_objection" in latest(text), text


# --- buying decisions said to be someone else's now -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "From July, buying decisions for tools like this are his now, not mine.",
    "After the merger, vendor decisions of this size are theirs now rather than mine.",
    "Quick update: approvals on contracts like ours are hers from now on, not mine.",
])  # fmt: skip
def test_decisions_said_to_be_someone_elses_now_are_a_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "Decisions like this one are still mine, not hers, so nothing changes.",
    "Purchases like this one are hers, not mine, as they always have been.",
])  # fmt: skip
def test_decisions_where_they_always_were_are_no_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text
