"""Classes behind the misses of the blind52 set (tests/evals/extract_blind52.jsonl), each with near-miss negatives:
the figure the note orders logged beside the monthly price it is chosen over; a "Name - Title." closing its
sentence; a person said to have left "end of <Month>"; a reseller's person glossed "(Firm Partners, reseller)"; a
reference customer's person placed "there"; a booked event said day first ("next friday we demo"); a date named as
no decision date; a terse "Pull ..."/"Prepare ..." to-do."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_ACCOUNTS = ("Acme", "Initech", "Umbrella", "Hooli Holdings", "Kaplan Ltd")
_OURS = ("Sam Rivera", "Dana Cole")


def _read(text: str, now: date = date(2017, 5, 30)) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS), people_to_ignore=list(_OURS))


# --- the figure the note orders logged, the monthly price it is chosen over said beside it


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Acme pricing: $950/mo for a year (log the 11.4k total, not the monthly).", 11400),
        ("Initech: $2,000/mo x 12 (log the 24k total rather than the monthly price).", 24000),
        ("Umbrella: $700 per month for a year (so log 8.4k in total, not the per-month price).", 8400),
    ],
)
def test_figure_ordered_logged_beside_a_monthly_price(text: str, amount: int) -> None:
    assert _read(text).amount == amount


@pytest.mark.parametrize(
    "text",
    [
        "Acme: they pay $950/mo to Kestrel today; we log the 300 tickets monthly.",
        "Initech spent 24k last year; log the renewal figure once we have it.",
        "Umbrella - price is $700/month per seat, seat count still open.",
    ],
)
def test_monthly_or_past_figures_without_a_log_order_stay_unlogged(text: str) -> None:
    assert _read(text).amount is None


# --- "Name - Title." closing its sentence, the note going on


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Acme: Ines Ruiz - Head of Data. She wants the pilot signed in June.", "Ines Ruiz", "Head of Data"),
        ("Initech: Tomas Berg - VP Finance. Budget is 40k.", "Tomas Berg", "VP Finance"),
        ("Umbrella: Li Wei - procurement manager. Quote went out today.", "Li Wei", "procurement manager"),
    ],
)
def test_dash_title_closing_its_sentence(text: str, name: str, role: str) -> None:
    assert {"name": name, "role": role} in _read(text).contacts


@pytest.mark.parametrize(
    "text",
    [
        "Acme: Ines Ruiz - met her at the expo. She wants the pilot signed in June.",
        "Initech: Tomas Berg - sales call tomorrow. Budget is 40k.",
        "Umbrella: Li Wei - great chat today. Quote went out.",
        # a report's line ending on its dot, no sentence going on after it on the line
        "Acme approvals pending.\nOwner: Li Wei - Sept & Oct Days In Mgr.\nQueue: 4",
    ],
)
def test_dash_words_without_a_title_are_no_role(text: str) -> None:
    contacts = _read(text).contacts
    assert len(contacts) == 1 and contacts[0]["role"] is None


# --- a person said to have left "end of <Month>", a title in brackets between


@pytest.mark.parametrize(
    "text",
    [
        "Acme update: Rosa Lind (their COO, our sponsor) left end of March. Jo Park, CFO, now owns it.",
        "Initech: Ben Ode (IT lead) left beginning of April; Jo Park (CFO) picks it up.",
        "Umbrella - Rosa Lind (CTO) left the start of May. New contact Jo Park, CFO.",
    ],
)
def test_person_left_end_of_a_month_is_no_contact(text: str) -> None:
    names = {c["name"] for c in _read(text).contacts}
    assert names == {"Jo Park"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme: Rosa Lind (COO) left end of March for the offsite, back Monday. Jo Park, CFO, joins too.",
        "Initech: Rosa Lind left early; Jo Park (CFO) stayed for the demo.",
        "Umbrella: Rosa Lind (CTO) signs at the end of May. Jo Park, CFO, agrees.",
    ],
)
def test_person_away_or_leaving_a_meeting_stays_a_contact(text: str) -> None:
    names = {c["name"] for c in _read(text).contacts}
    assert names == {"Rosa Lind", "Jo Park"}


# --- a reseller's or adviser's person glossed with their firm first in brackets


@pytest.mark.parametrize(
    "text",
    [
        "Acme call. Attendees: Omar Haddad (Nordwind Partners, reseller); Jo Park (CFO, Acme).",
        "Initech review with Omar Haddad (Keller Consulting - their adviser) and Jo Park (CFO).",
        "Umbrella: Omar Haddad (Brightline Solutions; integrator) and Jo Park, CFO, on the call.",
    ],
)
def test_third_firm_first_in_brackets_is_no_contact(text: str) -> None:
    names = {c["name"] for c in _read(text).contacts}
    assert names == {"Jo Park"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme call. Attendees: Omar Haddad (Head of Solutions, Acme); Jo Park (CFO, Acme).",
        "Initech review with Omar Haddad (IT Architect, Initech) and Jo Park (CFO).",
        "Umbrella: Omar Haddad (finance, reseller relations) and Jo Park, CFO, on the call.",
    ],
)
def test_customer_titles_in_brackets_stay_contacts(text: str) -> None:
    names = {c["name"] for c in _read(text).contacts}
    assert names == {"Omar Haddad", "Jo Park"}


# --- a reference customer's person placed "there", in brackets after that customer


@pytest.mark.parametrize(
    "text",
    [
        "Acme wants a peer to talk to. I offered Initech (live 3 yrs, Lea Brandt there is keen to help). "
        "Our contact at Acme is Jo Park.",
        "Acme asked for a reference: Umbrella has run it for years, Lea Brandt there is glad to take a call. "
        "Jo Park (CFO) agreed.",
    ],
)
def test_reference_customers_person_there_is_no_contact(text: str) -> None:
    update = _read(text)
    assert update.account == "Acme"
    assert {c["name"] for c in update.contacts} == {"Jo Park"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme call with Jo Park. Lea Brandt says there is budget for it.",
        "Acme: Lea Brandt was there too, with Jo Park (CFO).",
        "Acme call. Initech came up as a reference. At Acme, Lea Brandt there is the buyer and Jo Park (CFO) signs.",
    ],
)
def test_account_person_near_there_stays_a_contact(text: str) -> None:
    assert {c["name"] for c in _read(text).contacts} == {"Lea Brandt", "Jo Park"}


# --- a booked event said day first, who holds it after


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme liked it!! no pricing yet. next friday we demo again for their board.", "demo"),
        ("Initech sync. Tomorrow they walk us through their current setup.", "setup"),
        ("Umbrella: on tuesday we present the rollout plan to their ops team.", "rollout"),
    ],
)
def test_booked_event_said_day_first_is_the_next_step(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word in step.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Acme call. On monday we demoed the app to their team.",
        "Initech: next week we heard nothing back from them.",
        "Umbrella: tomorrow I am out of office.",
    ],
)
def test_past_or_idle_day_first_is_no_next_step(text: str) -> None:
    assert _read(text).next_step is None


# --- a date named outright as no decision date


@pytest.mark.parametrize(
    "text",
    [
        "Acme: next thursday we present the full security architecture to their whole board (that's a meeting, "
        "not a decision date).",
        "Initech: on 14 June Jo wants a demo for all of the regional managers and their teams, though that is not "
        "the decision date.",
    ],
)
def test_date_named_as_no_decision_date_is_no_close_date(text: str) -> None:
    assert _read(text).close_date is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Acme: they decide next thursday, after we present the security design to the board.", date(2017, 6, 1)),
        ("Initech: decision on 14 June; the demo on the 2nd is not a decision date.", date(2017, 6, 14)),
    ],
)
def test_decision_date_beside_a_disclaimed_one_stays(text: str, when: date) -> None:
    assert _read(text).close_date == when


# --- a terse to-do opening on "Pull"/"Prepare"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme renewal. Jo (CFO) wants to see adoption first. Pull the adoption numbers for her.", "adoption"),
        ("Initech: budget unclear. Prepare the ROI summary before Friday.", "roi"),
        ("Umbrella chat. Pull together the case studies for Jo.", "case studies"),
    ],
)
def test_pull_or_prepare_to_do_is_the_next_step(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word in step.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Acme renewal. Pulled the adoption numbers last week.",
        "Initech: pulling teeth to get any reply.",
        "Umbrella chat. Prepared by their finance team.",
    ],
)
def test_past_or_figurative_pull_is_no_next_step(text: str) -> None:
    assert _read(text).next_step is None
