"""Risk classes the 54th blind set showed the engine missing: a close window ruled out with the negation contracted
("isn't happening"), a hold until the writer's return whose date the message gave, a rival's verdict after a spaced
dash ("not interested - we dropped them"), a preference for a rival disclaimed rather than denied, the gap to a
rival's price to close, a newcomer restarting the decision as their own, the money meant for this cut, and a rumour
of cuts answered by the customer saying their money is out of reach. Each has hard negatives in the same words."""

from __future__ import annotations

from agents.insights.signals import negated
from tests.unit.risk_threads import HALVORSEN, HARROWFIELD

THREAD = HARROWFIELD  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20
latest = THREAD.latest


def thread(*texts: str) -> list[str]:
    """The opening, then each text from the customer a few days apart, with a nudge of ours before each."""
    messages = [THREAD.msg(*THREAD.asked), THREAD.msg(*THREAD.answered, "outbound")]
    for day, text in zip(("2017-06-06", "2017-06-10", "2017-06-14", "2017-06-18"), texts, strict=False):
        messages.append(THREAD.msg(f"{day}T09:00", "Anything I can help with?", "outbound"))
        messages.append(THREAD.msg(f"{day}T15:00", text))
    return THREAD.codes(messages)


# --- the close window ruled out, the negation contracted ------------------------------------------------------------


def test_the_month_end_that_isnt_happening_is_a_slip() -> None:
    assert latest("With finance still reviewing, end of June isn't happening. August, more likely.") == [
        "timeline_slip"
    ]


def test_this_month_that_wont_happen_is_a_slip() -> None:
    assert "timeline_slip" in latest("Being straight with you: signing in June won't happen, the paperwork is stuck.")


def test_a_month_end_that_isnt_a_problem_is_no_slip() -> None:
    assert latest("Signing by end of June isn't a problem, the paperwork is ready.") == []


def test_a_later_window_that_isnt_happening_is_no_slip() -> None:
    assert latest("We sign this month; the phase-two extension in October isn't happening, that's all.") == []


# --- a hold until the writer's return, the date given in the same message ------------------------------------------


def test_nothing_moving_until_my_return_after_the_close_is_a_slip() -> None:
    text = "I'm off from tomorrow and back on 21 August. Frankly nothing will happen on the contract until I'm back."
    assert "timeline_slip" in latest(text)


def test_nothing_moving_until_my_return_inside_the_window_is_no_slip() -> None:
    text = "I'm at a conference until 23 June. Nothing will happen on the contract until I'm back, then we sign."
    assert "timeline_slip" not in latest(text)


def test_nothing_moving_until_a_delivery_is_no_slip() -> None:
    assert latest("Nothing will move on the install until the kit arrives, which is fine by us.") == []


# --- a rival's verdict after a spaced dash -------------------------------------------------------------------------


def test_a_rival_dropped_after_a_spaced_dash_is_no_competitor() -> None:
    text = (
        "Tellurix sent our COO a cheaper quote last week, unasked. We're not biting - we dropped them after the trial."
    )
    assert latest(text) == []


def test_a_rival_compared_after_a_spaced_dash_is_a_competitor() -> None:
    text = "Tellurix sent our COO a quote last week. We haven't decided - we're comparing them with you now."
    assert "competitor_mentioned" in latest(text)


def test_a_negation_does_not_reach_across_a_spaced_dash() -> None:
    sentence = "We're not biting - we dropped them"
    assert not negated(sentence, sentence.index("dropped"))
    assert negated("We have not dropped them", len("We have not "))


# --- a preference for a rival disclaimed, not denied ---------------------------------------------------------------


def test_a_preference_disclaimed_leaves_the_rival_in_play() -> None:
    text = "NorthPeak priced the same seats well below you. I'm not saying we favour them, our CFO has both quotes."
    assert "competitor_mentioned" in latest(text)


def test_a_rival_not_considered_is_no_competitor() -> None:
    text = "NorthPeak priced the same seats well below you. We're not considering them, we stay with you."
    assert "competitor_mentioned" not in latest(text)


# --- the gap to a rival's price to close ---------------------------------------------------------------------------


def test_a_price_within_reach_of_the_rivals_number_is_a_pricing_objection() -> None:
    assert "pricing_objection" in latest("Bring it within 300 of Lumora's price and I sign this week.")


def test_within_a_week_of_their_launch_is_no_pricing_objection() -> None:
    assert latest("We should be live within a week of their launch date, and we sign on the 28th.") == []


def test_a_price_already_within_reach_is_no_pricing_objection() -> None:
    assert "pricing_objection" not in latest("Your price is within a few percent of theirs, so price is not an issue.")


# --- a newcomer restarting the decision as their own ---------------------------------------------------------------


def test_a_newcomer_restarting_the_decision_is_a_stakeholder_change() -> None:
    text = "I've read through the file. I'll be redoing the whole selection myself, I only sign what I ran."
    assert "stakeholder_change" in latest(text)


def test_a_newcomer_rerunning_the_evaluation_from_scratch_is_a_stakeholder_change() -> None:
    assert "stakeholder_change" in latest("I'm re-running the evaluation from scratch now that it's on my desk.")


def test_a_selection_not_redone_is_no_stakeholder_change() -> None:
    codes = latest("Nobody is redoing the selection from scratch; we sign on the 28th as agreed.")
    assert "stakeholder_change" not in codes


def test_taking_the_decision_to_the_board_is_no_stakeholder_change() -> None:
    assert latest("I'm taking the decision to the board on the 26th, it should be a formality.") == []


# --- the money meant for this cut ----------------------------------------------------------------------------------


def test_the_line_we_meant_to_use_being_pulled_is_a_budget_concern() -> None:
    assert "budget_concern" in latest("Honestly, the line we were hoping to use got pulled at the board meeting.")


def test_the_line_we_meant_to_use_being_approved_is_no_budget_concern() -> None:
    assert latest("The line we were hoping to use got approved at the board meeting.") == []


# --- a rumour of cuts answered: their money is out of reach --------------------------------------------------------


def test_a_rumour_of_cuts_answered_as_out_of_reach_is_no_budget_concern() -> None:
    codes = thread(
        "Word here is that budgets are being slashed across the company this quarter.",
        "Checked with finance: a few teams are being trimmed, ours isn't one of them and nobody can touch it.",
    )
    assert "budget_concern" not in codes


def test_cuts_that_come_after_an_all_clear_are_a_budget_concern() -> None:
    codes = thread(
        "A few teams are being trimmed, ours isn't one of them.",
        "Bad news after all: our budget has been frozen by the board until next year.",
    )
    assert "budget_concern" in codes


def test_an_all_clear_thread_keeps_halvorsen_quiet() -> None:
    # the money said to be out of reach, with no cut named, is no concern
    assert "budget_concern" not in HALVORSEN.latest("Finance confirmed nobody can touch our line. Send the contract.")
