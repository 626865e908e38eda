"""Classes behind the misses of the blind13 extract set (tests/evals/extract_blind13.jsonl), in new wording,
each with near-misses that must stay quiet."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate
from memory.extract.close_date import find_close_date
from memory.extract.next_step import find_next_step
from memory.extract.roles import valid_role
from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 3, 8)  # a Wednesday, in Q1
ACCOUNTS = ["Corvex", "Waldtechnik", "Cheers"]


def update(text: str, now: date = NOW) -> DealUpdate:
    return read_note(text, now, ACCOUNTS)


names = contact_roles


# --- close date: new closing words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the approving body approves on the date
        ("The investment committee approves on 21 March, then it's ours.", date(2017, 3, 21)),
        ("Their board will approve the spend on the 28th.", date(2017, 3, 28)),
        # the papers finished within a span
        ("Gerd wants the contract wrapped up in two weeks.", date(2017, 3, 22)),
        ("Legal expects the agreement finalised by the 24th.", date(2017, 3, 24)),
        # aiming at a period, as targeting
        ("Their CFO is aiming for the end of Q2.", date(2017, 6, 30)),
        # a deadline reported bare, closing its sentence
        ("Four seats, 9k. He said before the 30th.", date(2017, 3, 30)),
        # Spanish conditional and future of "to sign"
        ("Firmaremos a fin de mes, dijo Marta.", date(2017, 3, 31)),
        # a weekday straight after signing or deciding
        ("Looks good, they'll sign Tuesday.", date(2017, 3, 14)),
        ("They should decide Friday after the review.", date(2017, 3, 10)),
    ],
)
def test_new_closing_words(text: str, expected: date) -> None:
    assert find_close_date(text, NOW, None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We aim for a demo with their team soon.",  # aiming at a meeting, no period
        "He said he'd loop in IT next week.",  # a reported task, no deadline
        "The board meets quarterly; nothing on the deal yet.",
        "Our office is closed Friday for the move.",
        "Markets close Monday for the holiday.",
    ],
)
def test_close_date_stays_quiet(text: str) -> None:
    assert find_close_date(text, NOW, None) is None


def test_weekday_owning_the_decision_meeting_looks_back_for_a_loss() -> None:
    text = "Corvex lost. At Tuesday's steering meeting they chose to keep their spreadsheets."
    assert find_close_date(text, NOW, "Lost") == date(2017, 3, 7)


def test_possessive_weekday_of_a_market_close_is_no_date() -> None:
    assert find_close_date("The trades settled in lieu of Monday's close.", NOW, None) is None


def test_relative_dates_in_a_forwarded_email_are_its_own() -> None:
    text = (
        "Bad news on Corvex, marking it Lost.\n\n-----Original Message-----\nFrom: Ola Berg <ola@corvex.example>\n"
        "Sent: Thursday, March 2, 2017 9:40 AM\nSubject: Outcome\n\n"
        "Our board decided this morning to go with another supplier."
    )
    assert find_close_date(text, NOW, "Lost") == date(2017, 3, 2)


def test_customer_speaker_making_the_call_is_their_decision() -> None:
    text = (
        "Rhea Lind (ourteam): When could you land this?\n"
        "Bo Kask (Head of Fleet, Corvex): Honestly we'll make the call by mid-April.\n"
        "Rhea Lind (ourteam): Great, I'll make the call to your IT lead on Friday."
    )
    assert find_close_date(text, NOW, None) == date(2017, 4, 15)


def test_our_speaker_making_the_call_stays_a_phone_call() -> None:
    text = "Rhea Lind (ourteam): I'll make the call by Friday to confirm the demo.\nBo Kask (Corvex): Sounds good."
    assert find_close_date(text, NOW, None) is None


# --- contacts ------------------------------------------------------------------------------------------------------


def test_first_name_with_is_contraction_is_ours_when_tagged_ours() -> None:
    text = (
        "Rhea Lind (ourteam): Tomasz's joining from our side, he's our solutions architect.\n"
        "Tomasz Wrona (ourteam): Hello.\n"
        "Bo Kask (Head of Fleet, Corvex): Hi both."
    )
    people = names(update(text))
    assert "Tomasz" not in people and "Tomasz's" not in people
    assert people == {"Bo Kask": "Head of Fleet"}


def test_courtesy_title_before_a_full_name_is_dropped() -> None:
    text = "Waldtechnik: Unser Einkauf (Frau Petra Lange, Einkaufsleiterin) prüft das Angebot."
    assert names(update(text)) == {"Petra Lange": "Einkaufsleiterin"}


def test_courtesy_title_with_surname_only_is_kept() -> None:
    assert "Mr Hayden" in names(update("Corvex: spoke to Mr Hayden, he runs the depot and wants a quote."))


def test_german_formal_request_is_no_person() -> None:
    people = names(update("Waldtechnik. Können Sie uns das Angebot bitte schicken? Grüße, Petra Lange (CFO)"))
    assert people == {"Petra Lange": "CFO"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cheers: call with Lucía Romero, jefa de compras. 12k.", {"Lucía Romero": "jefa de compras"}),
        ("Corvex: Ines Mota, gerente de TI, asked for the SLA.", {"Ines Mota": "gerente de TI"}),
        ("Corvex: I've cc'd Dana Pike from your legal team.", {"Dana Pike": "legal"}),
        ("Corvex: Ana Lee (COO) and Pim, her trainee, joined.", {"Ana Lee": "COO", "Pim": "trainee"}),
    ],
)
def test_roles_in_new_forms(text: str, expected: dict[str, str | None]) -> None:
    assert names(update(text)) == expected


@pytest.mark.parametrize(("text", "role"), [("IT-Leiter", "IT-Leiter"), ("Vertriebs-Leiterin", "Vertriebs-Leiterin")])
def test_compound_title(text: str, role: str) -> None:
    assert valid_role(text) == role


@pytest.mark.parametrize("text", ["follow-up", "IT-related", "sign-off", "co-op"])
def test_compound_that_is_no_title(text: str) -> None:
    assert valid_role(text) is None


# --- next step -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("Corvex - 8k. Siguiente paso: preparar la demo para Ines.", "demo"),
        ("Waldtechnik. Nächster Schritt: Referenzkunden nennen.", "Referenzkunden"),
        ("Cheers. Prochaine étape : envoyer le devis.", "devis"),
        ("Vielen Dank. Würden Sie uns die Preisliste zusenden? Gruß, Petra", "Preisliste"),
        ("Bitte senden Sie uns den Vertrag bis Freitag.", "Vertrag"),
    ],
)
def test_next_step_in_other_languages(text: str, keyword: str) -> None:
    step = find_next_step(text)
    assert step is not None and keyword.lower() in step.lower()


def test_german_thanks_is_no_next_step() -> None:
    assert find_next_step("Sie haben sich für uns entschieden. Vielen Dank!") is None
