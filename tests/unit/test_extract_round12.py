"""Classes behind the misses of the blind12 extract set (tests/evals/extract_blind12.jsonl), in new wording,
each with near-misses that must stay quiet."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update
from memory.extract.close_date import find_close_date
from memory.extract.next_step import find_next_step
from memory.extract.numbers import find_money
from memory.extract.roles import own_title, valid_role
from memory.extract.stage import find_stage
from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 6)  # a Tuesday, in Q2
ACCOUNTS = ["Corvex", "Waldtechnik", "Cheers"]


def update(text: str, now: date = NOW) -> DealUpdate:
    return read_note(text, now, ACCOUNTS)


names = contact_roles


# --- stage: transitions as arrows, new records, "book/flip" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Corvex | 9k | stage: engaging -> prospecting (they paused the pilot)", "Prospecting"),
        ("Waldtechnik => Won, paperwork is in.", "Won"),
        ("Inbound form fill, opened in Prospecting for now.", "Prospecting"),
        ("Could you book the Corvex opp as Lost? They cancelled.", "Lost"),
        ("Demo went well, switching it to Engaging.", "Engaging"),
        ("Changed it to Engaging after the site visit.", "Engaging"),
        # hard negatives
        ("Corvex -> losing interest? not sure yet", None),
        ("I booked the room as a backup for the workshop.", None),
        ("Won't flip it to Engaging until they reply.", None),
    ],
)
def test_stage_transitions(text: str, stage: str | None) -> None:
    assert find_stage(text) == stage


# --- amount: spoken restatements, decimals with "oh", currency codes with dot groups, log-line fields ----------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("They came in at forty-two six, forty-two thousand six hundred, for the lot.", 42600),
        ("Budget holder says roughly two point oh five million all in.", 2050000),
        ("Propuesta aceptada: USD 48.310 por 12 licencias.", 48310),
        ("Corvex | 22.5K | Kestrel CRM incumbent | close end of June", 22500),
    ],
)
def test_amount_forms(text: str, amount: int) -> None:
    u = extract_update(text, now=NOW, accounts=ACCOUNTS)
    assert u.amount == amount


def test_amount_forms_stay_quiet() -> None:
    assert [m.value for m in find_money("version one point oh five of the app")] == []  # no scale: no money
    assert [m.value for m in find_money("$12.345 per unit")] == [12.345]  # a dollar sign keeps its decimals
    # a comma after a scale word goes on: one figure, not two
    assert [m.value for m in find_money("forty thousand, five hundred dollars")] == [40500]


# --- close date: decision meetings, "realistic", periods held to, Romance months, header dates ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Their steering group meets in two weeks and the verdict should come out of it.", date(2017, 6, 20)),
        ("Signature is on hold, but mid-August is realistic according to Ines.", date(2017, 8, 15)),
        ("Finance won't release money this quarter. It will have to wait until next quarter.", date(2017, 9, 30)),
        ("Queremos firmar a finales de julio.", date(2017, 7, 31)),
        ("Décision attendue mi-juillet, signature dans la foulée.", date(2017, 7, 15)),
    ],
)
def test_close_date_classes(text: str, expected: date) -> None:
    assert find_close_date(text, NOW, None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The contract needs to be revised by Monday before anyone looks at it.",  # a task's date, no deal date
        "A demo next week is realistic for their team.",  # no closing word in reach: a meeting
        "Their steering group meets on the 20th to discuss the office move.",  # no decision said
        "Semi-annual review, no dates yet.",
    ],
)
def test_close_date_stays_quiet(text: str) -> None:
    assert find_close_date(text, NOW, None) is None


def test_won_deal_dated_by_forwarded_header() -> None:
    text = (
        "Mark Corvex as Won please.\n\n---------- Forwarded message ----------\nFrom: Ana <ana@corvex.example>\n"
        "Date: Fri, 2 Jun 2017 at 09:12\nSubject: Order\n\nAttached is the signed order."
    )
    assert find_close_date(text, NOW, "Won") == date(2017, 6, 2)
    assert find_close_date(text, NOW, None) is None  # an open deal's email date is no close date


def test_lost_deal_dated_by_project_cancelled() -> None:
    text = "Waldtechnik -> Lost. Their CFO rang on Friday: project cancelled, budget gone."
    assert find_stage(text) == "Lost"
    assert find_close_date(text, NOW, "Lost") == date(2017, 6, 2)


# --- next step: chat question answered, "ill", "asks that you", "could we", Spanish requests, "send yours" -------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mia 10:01: ok what's next?\nJon 10:03: security review call with their CISO on Thursday", "security review"),
        ("Buyer: that works\nRep: perfect, ill draft the renewal terms tonight", "renewal terms"),
        ("Their counsel asks that you include the SLA schedule in the final copy.", "SLA"),
        ("Thanks for the call. Could we schedule the onboarding kickoff for next week?", "onboarding"),
        ("Gracias. ¿Podrías enviar la propuesta actualizada antes del viernes?", "propuesta"),
        ("Our auditors want a SOC 2 report before we sign. Can you share yours?", "SOC 2"),
    ],
)
def test_next_step_classes(text: str, word: str) -> None:
    step = find_next_step(text)
    assert step is not None and word.lower() in step.lower()


@pytest.mark.parametrize(
    "text",
    [
        'He said "What next?" and laughed, nothing agreed.',  # a quoted rhetorical question
        "I was ill last week, sorry for the silence.",  # "ill" as sick
    ],
)
def test_next_step_stays_quiet(text: str) -> None:
    assert find_next_step(text) is None


# --- contacts: third firms, people who left, self-given titles, regions, informal roles, greetings -------------


def test_adviser_from_a_named_firm_is_not_a_contact() -> None:
    text = (
        "Corvex: spoke with Maeve Tan, Head of Field Service Ops, and Joost Palmer from Lindqvist Advisory, who "
        "is running their vendor shortlist."
    )
    got = names(update(text))
    assert "Joost Palmer" not in got and "Lindqvist Advisory" not in got and "Ops" not in got
    assert got.get("Maeve Tan") == "Head of Field Service Ops"


def test_single_word_after_title_field_is_not_a_person() -> None:
    text = "Corvex: Priya Nandi, Head of Customer Experience, and Tom Ruiz, he's their finance person."
    assert names(update(text)) == {"Priya Nandi": "Head of Customer Experience", "Tom Ruiz": "finance"}


def test_champion_who_left_them_is_dropped() -> None:
    text = "Corvex update. Dana Whitlock, our sponsor there, left them in May. Now it's Owen Marsh (CTO)."
    assert names(update(text)) == {"Owen Marsh": "CTO"}


def test_speaker_titles_in_lower_case_transcripts() -> None:
    assert own_title("yeah so im the head of field operations here") == "head of field operations"
    assert own_title("from the legal side we're fine with that") == "legal"
    assert own_title("im happy with that") is None


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        ("area manager, north", "area manager, north"),
        ("their purchasing guy", "purchasing"),
        ("we've booked it for the 12th", None),  # a clause, not a title
        ("IT lead, cc'd", "IT lead"),  # the aside is not the title
    ],
)
def test_role_forms(raw: str, role: str | None) -> None:
    assert valid_role(raw) == role


def test_department_after_their() -> None:
    text = "Corvex signed. Rui Almeida from their IT will be the admin; we've set his training for the 9th."
    assert names(update(text)) == {"Rui Almeida": "IT"}


def test_spanish_greeting_is_not_a_name() -> None:
    text = (
        "De: Lucía Prieto <lucia@corvex.example>\nPara: Lena Ostrova <lena@ourteam.example>\n\nHola Lena,\n\n"
        "Confirmamos la compra.\n\nSaludos,\nLucía Prieto\nDirectora de Compras | Corvex"
    )
    got = names(update(text))
    assert "Hola Lena" not in got and "Lena" not in got
    assert "Lucía Prieto" in got
