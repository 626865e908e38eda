"""Risk classes the 42nd blind set showed the engine missing, each tried on wordings of our own with hard negatives:
a rival ruled out with a word adding it to the others ("they're out too"), a rival's price back ("came back at 14k"),
money told coin by coin and moved away ("every dollar left"), a freeze this deal's money is exempt from, a price
hard "for us" to justify or a share off written as "percent", and a pause until the writer's announced return."""

from __future__ import annotations

from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # the deal closes 2017-08-31, now is 2017-06-20
latest = THREAD.latest


# --- a rival ruled out with a word adding it to the others ----------------------------------------------------------


def test_a_rival_out_as_well_or_too_is_ruled_out() -> None:
    assert "competitor_mentioned" not in latest("Stackline missed the demo twice, so they're out too.")
    assert "competitor_mentioned" not in latest("After the pilot flopped Brightwave is now out as well.")


def test_out_that_is_not_a_verdict_on_the_rival_keeps_it_in_play() -> None:
    assert "competitor_mentioned" in latest("We're trialling Lumora this week; our IT lead is out too, so it's slow.")
    assert "competitor_mentioned" in latest("Quorvia is out to impress: they've offered a free pilot.")


# --- a rival's price back for the same job ---------------------------------------------------------------------------


def test_a_rival_coming_back_at_a_price_is_in_play() -> None:
    assert "competitor_mentioned" in latest("Kestrel came back at 14k for the same seats.")
    assert "competitor_mentioned" in latest("Tellurix came back well under your number.")


def test_a_price_back_from_a_rival_ruled_out_or_from_no_rival_stays_quiet() -> None:
    assert "competitor_mentioned" not in latest("Kestrel came back at 14k, so they're out.")
    assert "competitor_mentioned" not in latest("Our finance team came back at 14k as the ceiling.")


# --- money told coin by coin, moved away ---------------------------------------------------------------------------


def test_every_unit_of_money_moved_elsewhere_is_a_budget_concern() -> None:
    assert "budget_concern" in latest("Every dollar left in this quarter has been redirected to the product recall.")
    assert "budget_concern" in latest("Every last penny has gone to the new roof.")


def test_every_unit_of_money_spent_well_or_moved_to_this_deal_stays_quiet() -> None:
    assert "budget_concern" not in latest("Every dollar we spend has to earn its keep.")
    assert "budget_concern" not in latest("Every euro from the old tool's licence has been redirected to this project.")


def test_money_or_time_left_is_no_person_leaving() -> None:
    assert "stakeholder_change" not in latest("Every euro left this year has been diverted to the flood repairs.")
    assert "stakeholder_change" not in latest("We only have two weeks left this quarter, so let's sign soon.")
    assert "stakeholder_change" in latest("Marta left this week, so I'll be your contact.")


# --- a freeze this deal's money is exempt from ---------------------------------------------------------------------


def test_a_freeze_this_deal_is_exempt_from_stays_quiet() -> None:
    assert "budget_concern" not in latest("Head office froze all spending, but this one's exempt - approved before"
                                          " the freeze.")  # fmt: skip
    assert "budget_concern" not in latest("There's a spending freeze group-wide; ours was signed off before the"
                                          " freeze.")  # fmt: skip


def test_a_freeze_that_reaches_this_deal_is_a_budget_concern() -> None:
    assert "budget_concern" in latest("Ours was approved before the freeze; however the funding has been withdrawn.")
    assert "budget_concern" in latest("The spending freeze hits this one too.")


# --- a price hard for us to justify, a share off written as percent -----------------------------------------------


def test_a_price_hard_for_someone_to_justify_or_percent_off_is_an_objection() -> None:
    assert "pricing_objection" in latest("At that number it's difficult for me to justify.")
    assert "pricing_objection" in latest("We'd need around 30 percent off to go ahead.")
    assert "pricing_objection" in latest("Honestly we're after a 20 per cent discount here.")


def test_percent_of_something_else_or_an_easy_price_stays_quiet() -> None:
    assert "pricing_objection" not in latest("At that price it's hard for us to say no!")
    assert "pricing_objection" not in latest("Ticket volumes are 30 percent lower since the rollout.")
    assert "pricing_objection" not in latest("The scanners cut picking errors by 30 percent.")
    assert "pricing_objection" not in latest("The spring sale takes up to 40 percent off selected courses.")


# --- a pause until the writer's announced return --------------------------------------------------------------------


def test_a_pause_until_a_return_dated_in_the_window_is_no_slip() -> None:
    assert "timeline_slip" not in latest("I'm away from 20 June and back on 10 July. Let's pick this up once I'm back.")


def test_a_return_with_no_date_or_after_the_close_is_a_slip() -> None:
    assert "timeline_slip" in latest("Let's pick this up when I'm back.")
    assert "timeline_slip" in latest("I'm on leave until 20 September, so let's pick this up when I'm back.")
