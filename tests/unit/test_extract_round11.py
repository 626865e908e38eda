"""Classes behind the misses of the blind11 extract set (tests/evals/extract_blind11.jsonl), in new wording,
each with a near-miss that must stay quiet."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate
from memory.extract.fields import find_account, find_competitors
from memory.extract.next_step import find_next_step
from memory.extract.ranges import range_end_to_log
from memory.extract.stage import find_stage
from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 6)  # a Tuesday
ACCOUNTS = ["Corvex", "Nordhaven Shipping Lines Group", "Waldtechnik", "Cheers"]


def update(text: str, now: date = NOW) -> DealUpdate:
    return read_note(text, now, ACCOUNTS)


names = contact_roles


# --- stage: arrows, bumps, "mark <account> as" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Corvex | 3 seats | stage -> Prospecting | NS: intro call", "Prospecting"),
        ("Corvex: stage → Engaging after the demo", "Engaging"),
        ("Corvex liked the demo, so I'm pushing it to Engaging.", "Engaging"),
        ("Heads-up: please mark Corvex as Lost, they stopped replying for good.", "Lost"),
        ("marking the Corvex deal as Won", "Won"),
        ("I'll push it to next week, they're busy.", None),  # a date, no stage
        ("Mark Corvex as a priority account for Q3.", None),
        ("if the pilot goes well I'll bump it to Engaging", None),  # on a condition
    ],
)
def test_stage_moves(text: str, stage: str | None) -> None:
    assert find_stage(text) == stage


# --- next step: "none" after the label; our promise about "it" -----------------------------------------------------


def test_next_step_stated_as_none() -> None:
    assert find_next_step("Corvex, 4 seats. Next: nothing until they come back from the offsite") is None
    assert find_next_step("ns - n/a, waiting on them") is None
    assert find_next_step("Next: none of the blockers matter, send the quote") is not None  # "none" is no label


def test_pronoun_promise_takes_the_thing_from_before() -> None:
    text = "Noor (Corvex): What I need is a rollout plan per depot.\nLena (us): Sure, I'll get it over by Friday."
    step = find_next_step(text) or ""
    assert "rollout plan" in step.lower()
    assert find_next_step("I'll get the rollout plan over by Friday.") == "I'll get the rollout plan over by Friday."


# --- close date ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Corvex want to sign the Tuesday after next.", date(2017, 6, 20)),  # NOW is a Tuesday: next is the 13th
        ("Corvex: decision Wednesday after next", date(2017, 6, 14)),
        ("They'll sign before the summer break, she said the 23rd.", date(2017, 6, 23)),
        ("They'll sign, the 2nd at the latest.", date(2017, 7, 2)),  # the 2nd has passed: next month's
        ("Corvex says PO by the 20th.", date(2017, 6, 20)),
        ("They'll sign after the 3rd floor is refitted.", None),  # "the 3rd" names a floor, not a day
        ("We need the PO number for the invoice by the 20th.", None),  # no order promised by a date
    ],
)
def test_close_date_forms(text: str, close: date | None) -> None:
    assert update(text).close_date == close


def test_counter_offer_after_a_refused_date() -> None:
    text = (
        "Lena Ostrova (ourteam): Could we close this by end of the month?\n"
        "Noor Haddad (Corvex): No. Realistically mid-August, after the audit."
    )
    assert update(text).close_date == date(2017, 8, 15)
    agreed = "Lena Ostrova (ourteam): Could we close this by end of the month?\nNoor Haddad (Corvex): Yes, fine."
    assert update(agreed).close_date == date(2017, 6, 30)


def test_realistically_asked_then_answered() -> None:
    text = "Lena: And realistically?\nNoor: Next quarter, once the budget lands."
    assert update(text).close_date == date(2017, 9, 30)


# --- amount: the end of a range the note says to log ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("could be anywhere from 30 to 45k. Put the high end in the forecast", 45_000),
        ("between $12,000 and $15,000, log the lower end for now", 12_000),
        ("10-14k depending on seats; use the bottom of the range", 10_000),
        ("between 30 and 45k, not sure yet", None),  # no end chosen
        ("the low end of their market is crowded; 30 to 45k", None),  # "low end" not chosen to log
        ("between 2 and 3 weeks, log the low end", None),  # no money
    ],
)
def test_range_end_to_log(text: str, value: float | None) -> None:
    assert range_end_to_log(text) == value


# --- account --------------------------------------------------------------------------------------------------------


def test_account_named_by_the_start_of_its_name() -> None:
    assert find_account("waldtech update - they want 4 seats", ACCOUNTS) == "Waldtechnik"
    assert find_account("Nordhaven, quick note. Two seats.", ACCOUNTS) == "Nordhaven Shipping Lines Group"
    assert find_account("We met at the waldtech expo - nice people", ACCOUNTS) is None  # not heading the note
    assert find_account("Nordhaven, as discussed the seats are fine.", ACCOUNTS) is None  # a greeting, no note kind


def test_sign_off_word_is_no_account() -> None:
    text = "Hi Lena,\n\nGo ahead with the Corvex order.\n\nCheers,\nNoor\n"
    assert find_account(text, ACCOUNTS) == "Corvex"
    assert find_account("Cheers: renewal call went well", ACCOUNTS) == "Cheers"


# --- competitors: a former champion's new employer ------------------------------------------------------------------


def test_where_a_person_went_is_no_rival() -> None:
    text = "Our sponsor resigned last month and joined Lumora. The new lead wants to carry on."
    assert find_competitors(text, account="Corvex") == []
    assert find_competitors("They left the meeting leaning toward Lumora.", account="Corvex") == ["Lumora"]


# --- contacts -------------------------------------------------------------------------------------------------------


def test_names_in_extended_latin_letters() -> None:
    u = update("Corvex - Łucja Dvořáková (head of fleet) confirmed the order.")
    assert names(u) == {"Łucja Dvořáková": "head of fleet"}


def test_speaker_searching_for_the_title() -> None:
    u = update("voice note, corvex. Noor Haddad, she's their, what's it called, Head of Depots, signed off.")
    assert names(u) == {"Noor Haddad": "Head of Depots"}


def test_own_title_on_a_later_line() -> None:
    text = (
        "Lena Ostrova: Thanks for joining.\nIdris Varga: Happy to. The order is fine.\n"
        "Idris Varga: For the record, I'm the regional fleet manager at Corvex.\n"
        "Tamsin Kerr: And I'm happy with the sales deck."
    )
    people = names(update(text))
    assert people["Idris Varga"] == "regional fleet manager"
    assert people.get("Tamsin Kerr") is None  # "happy with the sales deck" is no title


def test_third_firm_on_a_call_is_not_the_customer() -> None:
    text = (
        "Lena Ostrova (ourteam): Welcome, Noor, and Piet from Brandt Consulting.\n"
        "Piet Alders (Brandt Consulting): Hello, I advise Corvex on this.\n"
        "Noor Haddad (COO, Corvex): Let's go through the quote."
    )
    assert names(update(text)) == {"Noor Haddad": "COO"}


def test_greeting_in_our_quoted_reply_names_the_customer() -> None:
    text = (
        "From: Noor Haddad <noor@corvex.example>\nTo: Lena Ostrova <lena@ourteam.example>\n\nHi Lena,\n\n"
        "We'll take the four seats.\n\nNoor Haddad\nCOO | Corvex\n\n-----Original Message-----\n"
        "From: Lena Ostrova\n\nHi Noor, here is the quote.\n"
    )
    assert names(update(text)) == {"Noor Haddad": "COO"}


def test_german_letter() -> None:
    text = (
        "Von: Jutta Brenner <j.brenner@corvex.example>\n\nSehr geehrter Herr Ostrova,\n\n"
        "wir möchten bis Ende November unterschreiben.\n\nMit freundlichen Grüßen\nJutta Brenner\n"
        "Leiterin Vertrieb\nCorvex GmbH\n"
    )
    assert names(update(text)) == {"Jutta Brenner": "Leiterin Vertrieb"}
