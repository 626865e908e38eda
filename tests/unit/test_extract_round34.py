"""Round 34 extract classes: the step label in Portuguese, Italian or Dutch and "Action item:"; a to-do line tagged
with its owner, us ("Me: send ...", ">> us: draft ..."), or led by an arrow ("-> log it, book the kickoff"); our
work said as going on or due ("I'm chasing", "our answers are due Friday"); with no step of ours, the customer's
decision waiting on an event; closing words: a target period end, a yes/no promised by a date, the customer wanting
to be done by a date, "going with" a rival for a loss's date; Portuguese and Dutch deal dates; a spelled figure
ending at a comma after "hundred"; "US$ 16.400" with dots grouping thousands; a list total haggled down; Japanese
honorifics after a name; office tools' brands named as if people."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate
from memory.extract.numbers import find_money
from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 14)  # a Wednesday
ACCOUNTS = ["Finjob", "Newex", "Sonron", "Globex Corporation", "Kinnamplus"]


def _read(text: str, now: date = NOW) -> DealUpdate:
    return read_note(text, now, ACCOUNTS)


# --- the step label in other languages, and "Action item:" ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Finjob - reunião com a Ana. Próximos passos: enviar a proposta revisada.", "proposta"),
        ("Newex, chiamata con Luca. Prossimo passo: demo per il team IT.", "demo"),
        ("Sonron overleg. Volgende stap: offerte sturen naar Pieter.", "offerte"),
        ("Kinnamplus sync. Action items: share the sandbox logins with Maya.", "sandbox"),
    ],
)
def test_step_labels(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word in step


@pytest.mark.parametrize(
    "text",
    [
        "Finjob - o passo mais difícil já foi, ela aprovou o orçamento.",  # "passo" with no label
        "Newex: the stap-by-stap guide they wrote is good. Budget approved.",  # "stap" in a word, no label
        "Sonron: no action items from the call, waiting on their board.",
    ],
)
def test_no_step_without_a_label(text: str) -> None:
    assert _read(text).next_step is None


# --- a to-do line tagged with its owner, us, or led by an arrow ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Finjob whiteboard\nowner: Dana Fox (CFO)\n>> us: build the rollout timeline for 4 sites", "rollout"),
        ("Newex recap, list price agreed. Me: draft the order form tonight.", "order form"),
        ("[photo of notebook, Sonron]\nPO signed today\n-> log it as Won, book the kickoff with IT", "kickoff"),
        ("Kinnamplus note\n=> chase the security review", "security review"),
    ],
)
def test_owner_tagged_and_arrow_todos(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word in step


@pytest.mark.parametrize(
    "text",
    [
        "Me: Hi Dana, thanks for making time today.\nDana: Sure. We are still comparing vendors.",  # a speaker's label
        "Newex. Us: three people in the room, them: two.",
        "Finjob status\n-> they went with Kestrel CRM in the end, budget cut.",  # an arrow leading an outcome
    ],
)
def test_owner_labels_and_arrows_without_a_todo(text: str) -> None:
    assert _read(text).next_step is None


# --- our own work said as going on or due ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Newex wants to go. Open item on our side: the DPA from legal, I'm chasing.", "DPA"),
        ("Finjob met with Dana Fox (CFO). I'm putting together a TCO comparison for her.", "TCO"),
        ("Sonron shortlisted us. Our security questionnaire answers are due Friday.", "questionnaire"),
    ],
)
def test_own_work_going_on_or_due(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word in step


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: Dana asked how I'm doing, I'm doing well. Budget approved for Q3.",
        "Newex shortlisted three vendors. Their response is due Friday.",  # theirs, not ours
        "Sonron: I'm doing a bit of travel this week, nothing new from them.",
    ],
)
def test_no_own_work(text: str) -> None:
    assert _read(text).next_step is None


# --- with no step of ours, the customer's decision waiting on an event ----------------------------------------------
def test_decision_waiting_on_an_event_is_the_step() -> None:
    step = _read(
        "Globex Corporation, 30k. She'll decide in two weeks once she has seen the benchmark report."
    ).next_step
    assert step is not None and "benchmark report" in step


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: she decided after she saw the demo. 30k.", None),  # a decision made
        ("Newex: he'll decide in three weeks. 12k.", None),  # no event
        # a step of ours said too wins
        (
            "Sonron: I'll send the SOW tomorrow. He'll sign once legal has reviewed the DPA.",
            "Sonron: I'll send the SOW tomorrow.",
        ),
    ],
)
def test_decision_waiting_near_misses(text: str, expected: str | None) -> None:
    assert _read(text).next_step == expected


# --- closing words: a target period end, a yes/no by a date, wanting to be done by a date -----------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob, 40k. Aiming for quarter-end.", date(2017, 6, 30)),
        ("Newex: he'll give us a yes or no next Tuesday after his board.", date(2017, 6, 20)),
        ("Sonron: they want to be done end of July. 9k.", date(2017, 7, 31)),
        ("Kinnamplus: he expects to get this finished mid-August.", date(2017, 8, 15)),
    ],
)
def test_more_closing_words(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: our target market is retail; demo next Tuesday.",  # no period end after "target"
        "Newex: she'll give us an answer on SSO next Tuesday.",  # an answer to a question, not a yes/no
        "Sonron: they need to be done with the audit first, demo next Tuesday.",  # done with something else
        "Kinnamplus: I want to be done before the demo next Tuesday.",  # our own wish, not the customer's
    ],
)
def test_closing_word_near_misses(text: str) -> None:
    assert _read(text).close_date is None


# --- a loss told as the rival "they're going with": its date is the loss's ------------------------------------------
def test_going_with_a_rival_dates_the_loss() -> None:
    u = _read("Finjob - mark Lost. Dana Fox said on 9 June they're going with Stackline. No next step.")
    assert (u.stage, u.close_date) == ("Lost", date(2017, 6, 9))


def test_going_with_our_product_is_no_loss() -> None:
    u = _read("Finjob: Dana said on 9 June they're going with GTX Plus Pro, 30 seats.")
    assert u.stage != "Lost" and u.close_date is None


# --- Portuguese and Dutch deal dates --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob - assinatura até o dia 22. US$ 5.000.", date(2017, 6, 22)),
        ("Newex: querem fechar no final do trimestre.", date(2017, 6, 30)),
        ("Sonron: ze willen tekenen voor het einde van de maand.", date(2017, 6, 30)),
        ("Kinnamplus: ondertekening eind augustus.", date(2017, 8, 31)),
    ],
)
def test_portuguese_and_dutch_dates(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: demo até dia 22 para o time.",  # a demo's date, no closing word
        "Newex: we need 4 licenties voor de 3 teams.",  # "voor de 3" is "for the 3"
        "Sonron: reunião no final de semana.",  # a weekend, no period's end
    ],
)
def test_foreign_date_near_misses(text: str) -> None:
    assert _read(text).close_date is None


# --- figures: a spelled figure ends at a comma after "hundred"; "US$ 16.400"; a list total haggled down --------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob signed. Forty-two thousand three hundred, five years of support.", 42_300),
        ("Newex: thirty-one thousand, two hundred for the lot.", 31_200),  # a comma after "thousand" goes on
        ("Sonron: ninety-five hundred, all in.", 9_500),
        ("Finjob: R$ 3.500 por mês? não, R$ 48.000 no total.", 48_000),
        ("Newex: list came to 30,000, she pushed back and we landed at 27,500.", 27_500),
        ("Sonron: 5 seats at 1,980 each, which comes to 9,900.", 9_900),  # a sum's result stays the amount
        ("Kinnamplus: the list price came to 9,900 and they accepted it.", 9_900),  # a list figure alone stays
    ],
)
def test_figures(text: str, expected: int) -> None:
    assert _read(text).amount == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("US$ 16.400 no total", 16_400), ("US\\$ 7.250 total", 7_250), ("$16.40 each", 16.4), ("US$ 16.40", 16.4)],
)
def test_country_dollar_groups_thousands(text: str, value: float) -> None:
    assert [m.value for m in find_money(text)] == [value]


# --- a Japanese honorific after a name; a tool's brand is no person -------------------------------------------------
def test_honorific_is_no_part_of_the_name() -> None:
    u = _read("Newex mtg. Hiro Sato-san (head of purchasing) OK with 12k.")
    assert contact_roles(u) == {"Hiro Sato": "head of purchasing"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Google Sheet - Finjob pipeline - notes\nDana Fox (CFO) wants to sign by the 28th.", {"Dana Fox": "CFO"}),
        ("Zoom call w/ Priya Nair (CTO), Newex. 20k.", {"Priya Nair": "CTO"}),
        # near misses: a name beside a tool is kept; a hyphen with no honorific stays
        ("Slack message from Tomas Berg (COO) at Sonron, 15k.", {"Tomas Berg": "COO"}),
        ("Kinnamplus: Mia Lund-Sanders (VP Ops) wants 10 seats.", {"Mia Lund-Sanders": "VP Ops"}),
    ],
)
def test_tool_brands_are_no_people(text: str, expected: dict[str, str]) -> None:
    assert contact_roles(_read(text)) == expected
