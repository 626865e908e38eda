"""Round 81 classes: the signature put off in German or Dutch; a renewal uplift refused or the old price demanded as
the floor; capex moved elsewhere or no money left, said in Dutch or German; the decision taken from the champion (only
consulted now, or decided by a central function); and a bare "budget is untouched" beside a stop that is not about
money. Each class has hard negatives."""

from __future__ import annotations

import pytest

from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
latest = THREAD.latest


# --- the signature put off, said in German or Dutch ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Leider müssen wir die Unterzeichnung verschieben: der Aufsichtsrat tagt erst im September.",
    "Die Vertragsunterzeichnung wird auf Oktober verschoben, weil der Datenschutz noch prüft.",
    "Helaas moeten we de ondertekening uitstellen tot eind augustus.",
    "Eine Unterzeichnung ist frühestens im August möglich.",
    "Der Vertrag kann frühestens im September unterschrieben werden.",
    "De ondertekening wordt verschoven naar september.",
])  # fmt: skip
def test_a_signature_put_off_in_german_or_dutch_is_a_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    "Wir müssen die Unterschrift leider um eine Woche verschieben, auf den 27. Juni.",
    "Können wir unseren Termin auf Donnerstag verschieben? Die Unterschrift kommt wie geplant.",
    "Helaas moeten we de afspraak van dinsdag uitstellen.",
    "Der Vertrag wird am 27. Juni unterschrieben.",
])  # fmt: skip
def test_a_meeting_put_off_or_a_signature_kept_in_the_window_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


# --- a renewal uplift refused, or the old price demanded as the floor -------------------------------------------------


@pytest.mark.parametrize("text", [
    "Honestly, a 6% uplift on a platform that was down twice this spring is not something we can accept.",
    "We won't accept the renewal increase you sent over, full stop.",
    "Our CFO wants the renewal at the current rate at the very least, or lower given the missed SLAs.",
    "The price increase is frankly unacceptable after the year we've had.",
    "We're not accepting any uplift this year, and we won't pay more than last year for the same seats.",
    "Eine Preiserhöhung von 7% können wir nicht akzeptieren.",
    "Die Preiserhöhung ist für uns nicht akzeptabel, wir erwarten den Preis vom Vorjahr.",
    "Please hold the price flat for the renewal, otherwise finance won't sign.",
])  # fmt: skip
def test_a_refused_uplift_or_the_old_price_demanded_is_a_pricing_objection(text: str) -> None:
    assert "pricing_objection" in latest(text), text


@pytest.mark.parametrize("text", [
    "The 4% uplift is fine by us, please send the order form.",
    "We can't accept a 5% increase in response times, so please look at the support queue.",
    "Our clients won't accept our own 8% price increase, which is why we need a leaner tool.",
    "We expect the renewal at last year's price, as your letter of March confirmed. Thanks for that.",
    "We're not absorbing the price increase from our own suppliers, so we pass it on to customers.",
    "Die Preiserhöhung von 3% ist für uns kein Problem.",
    "Thanks for holding the price flat this year, we'll sign on Monday.",
])  # fmt: skip
def test_an_uplift_accepted_or_not_ours_is_no_pricing_objection(text: str) -> None:
    assert "pricing_objection" not in latest(text), text


# --- capex moved elsewhere, or no money left in Dutch or German -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The capex we had set aside for the scanners has been moved to the new cold store.",
    "Our opex for the licences was reallocated to the audit remediation.",
    "Er is helaas geen geld meer voor nieuwe licenties dit jaar.",
    "Leider gibt es kein Budget mehr für die Erweiterung.",
])  # fmt: skip
def test_capex_moved_or_no_money_left_is_a_budget_concern(text: str) -> None:
    assert "budget_concern" in latest(text), text


@pytest.mark.parametrize("text", [
    "The capex we had set aside for the trucks has been moved to this project, so we can sign.",
    "Geld ist kein Problem, wir unterschreiben nächste Woche.",
    "No budget concerns on our side, and geen budget issues bij finance either.",
    "Our clients' capex has been cut, which is why they need cheaper tools like ours.",
])  # fmt: skip
def test_capex_moved_onto_the_deal_or_others_money_is_no_budget_concern(text: str) -> None:
    assert "budget_concern" not in latest(text), text


# --- the decision taken from the champion -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Going forward I'll just be advising on the tooling; the group CIO picks the vendors.",
    "From next month, tool purchases will be chosen centrally by the group office.",
    "With the merger done, I'm now only consulted on requirements. Priya decides for the whole group.",
    "Our licences are now decided by the parent company in Lyon.",
])  # fmt: skip
def test_the_decision_taken_from_the_champion_is_a_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "I'm only consulted on security questions, as always; the purchase is my call.",
    "Renewals have always been decided centrally, so nothing new there: I sign off as before.",
    "Procurement will now review all contracts above 10k, but I still make the call.",
    "I'd only be consulted if the deal went above 50k, which it doesn't.",
])  # fmt: skip
def test_a_standing_or_routine_or_supposed_role_is_no_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


# --- a bare "budget is untouched" beside a stop that is not about money -----------------------------------------------


@pytest.mark.parametrize("text", [
    "Our ERP switchover has frozen every new PO until the 25th. Budget is untouched, it's only the system.",
    "The migration froze all purchase orders for two weeks, but the budget remains intact.",
])  # fmt: skip
def test_a_stop_with_the_budget_said_untouched_is_no_budget_concern(text: str) -> None:
    assert "budget_concern" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Finance froze all new purchase orders until March; the marketing budget is untouched, but ours was cut.",
    "Finance has frozen all spending. The budget is untouched at zero for now.",
])  # fmt: skip
def test_other_money_untouched_or_untouched_at_zero_is_still_a_budget_concern(text: str) -> None:
    assert "budget_concern" in latest(text), text
