"""Round 33 extract classes: a title just taken on ("he took over as plant director"); a spoken "hang on"/"hold
on" taking the date just said back; "NS = ..." with "=" for the colon; the account's possessive before a title and
a name ("Finjob's ops lead, Jo"); no one as the signer ("NOTHING signed yet") is no win; the PO coming through by a
date is the close; a chat's bare "Next?" answered on the line after; "can you do a demo" as an ask of us; a debrief
offered ("happy to give you feedback"); a record "logged as a Prospecting opp"; and "nothing for me to do till he
pings" calling off a step that was theirs."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate
from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 14)  # a Wednesday
ACCOUNTS = ["Finjob", "Newex", "Sonron", "Globex Corporation", "Kinnamplus"]


def _read(text: str, now: date = NOW) -> DealUpdate:
    return read_note(text, now, ACCOUNTS)


# --- "hang on"/"hold on" opening a correction: the date said after it wins -----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob voice memo. close end of July... no, hang on, not July, she said end of August.", date(2017, 8, 31)),
        ("Newex: signing by the 20th, hold on, the 27th, their CFO is away.", date(2017, 6, 27)),
        # near misses: "hang on to" something, and a "hang on" before the date, not after it
        ("Finjob want to hang on to the budget. Close end of July.", date(2017, 7, 31)),
        ("Newex - hang on, checking my notes. Close end of July.", date(2017, 7, 31)),
    ],
)
def test_hang_on_takes_the_date_back(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


# --- "NS = send the quote": "=" for the label's colon --------------------------------------------------------------
def test_next_step_label_with_equals() -> None:
    step = _read("Finjob: 12 seats, they said yes. NS = send them the order form.").next_step
    assert step is not None and "order form" in step


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: value = 14,400 for 12 seats.",  # "=" after another field is no next step
        "Finjob: 12 seats, sum = 14,400, nothing agreed.",
    ],
)
def test_equals_after_other_fields_is_no_next_step(text: str) -> None:
    assert _read(text).next_step is None


# --- "<account>'s <title>, <name>": the account's possessive before the title --------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("I met Finjob's ops lead, Marta Kowalczyk, who owns the rollout.", "Marta Kowalczyk", "ops lead"),
        ("Spoke with Newex's head of plant operations Tomas Berg.", "Tomas Berg", "head of plant operations"),
        # near misses: a person's possessive, and no title word after the account's
        ("Finjob update: Hank's ops lead, Marta Kowalczyk, joined late.", "Marta Kowalczyk", None),
        ("Finjob's deal with Marta Kowalczyk is slipping.", "Marta Kowalczyk", None),
    ],
)  # fmt: skip
def test_account_possessive_title(text: str, name: str, role: str | None) -> None:
    assert contact_roles(_read(text)).get(name, "missing") == role


# --- no one as the signer: "NOTHING signed yet" is no win ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Finjob - they love it after the demo, but NOTHING signed yet.", None),
        ("Newex: nobody has signed, legal still has the paper.", None),
        # near misses: a "nothing" well before a real signature, and after one
        ("Nothing left to chase on Finjob, they signed it today.", "Won"),
        ("Newex signed yesterday, nothing else to do.", "Won"),
    ],
)
def test_no_one_signing_is_no_win(text: str, stage: str | None) -> None:
    assert _read(text).stage == stage


# --- the PO coming through by a date is the close ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: Marta says their PO should come through by the 23rd.", date(2017, 6, 23)),
        ("Newex expect the purchase order to go through before July 10.", date(2017, 7, 10)),
        # near misses: a PO already in, with another date beside it that is no close
        ("Finjob: the PO came through last week; kickoff call on the 23rd.", None),
        ("Newex: their POs go through procurement, no timing yet.", None),
    ],
)
def test_po_coming_through_dates_the_close(text: str, expected: date | None) -> None:
    assert _read(text).close_date == expected


# --- a chat's bare "Next?" answered on the line after --------------------------------------------------------------
def test_bare_next_question_in_a_chat() -> None:
    text = "Finjob review\nPriya: Timing?\nOmar: End of Q3.\nPriya: Next?\nOmar: Site visit with their engineers."
    step = _read(text).next_step
    assert step is not None and "site visit" in step.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Finjob review\nPriya: Timing?\nOmar: End of Q3.\nPriya: Who is next?\nOmar: Newex, their renewal.",
        "Finjob: is the pilot next? Not sure it matters.",
    ],
)
def test_next_question_not_asking_the_step(text: str) -> None:
    assert _read(text).next_step is None


# --- "can you do a demo for him?": an ask of us --------------------------------------------------------------------
def test_can_you_do_a_thing_is_an_ask() -> None:
    step = _read(
        "Finjob is keen. Their IT lead must see the admin console first - could you do a walkthrough?"
    ).next_step
    assert step is not None and "walkthrough" in step


@pytest.mark.parametrize("text", ["Finjob asked: can you do it cheaper?", "Finjob: what can you do about the price?"])
def test_can_you_do_without_a_thing_is_no_ask(text: str) -> None:
    assert _read(text).next_step is None


# --- a debrief offered: "I'd be happy to give you feedback" --------------------------------------------------------
def test_debrief_offered_is_the_step() -> None:
    text = "Newex went with Stackline on Monday. Their CIO wrote: I'd be glad to share some feedback on a call."
    step = _read(text).next_step
    assert step is not None and "feedback" in step


@pytest.mark.parametrize(
    "text",
    ["Newex: thanks for the feedback, happy to hear it.", "Newex: they were happy to give up their old tool."],
)
def test_happiness_without_a_debrief_is_no_step(text: str) -> None:
    assert _read(text).next_step is None


# --- "logging as a Prospecting opp": a new record's stage ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Met Finjob at the expo. Logging as a Prospecting opp for now.", "Prospecting"),
        ("Newex: entered it as an engaging deal after the demo.", "Engaging"),
        # near misses: a call logged, and a stage held back
        ("Newex: logged as a prospecting call, nothing more.", None),
        ("Finjob: not logging it as a Prospecting opp yet.", None),
    ],
)
def test_logged_as_a_stage_opp(text: str, stage: str | None) -> None:
    assert _read(text).stage == stage


# --- "nothing for me to do till he pings": their promise is no step of ours ----------------------------------------
def test_waiting_on_them_calls_off_their_step() -> None:
    text = (
        'Marta (Finjob) wrote:\n"Thanks! I\'ll get back to you after our budget round."\n\n'
        "Me: nothing for us to do until she comes back."
    )
    assert _read(text).next_step is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Finjob: I'll send the deck Monday. Nothing else to do for now.", "deck"),
        ("Finjob: I'll send the deck Monday; nothing to do until then.", "deck"),
    ],
)
def test_nothing_else_after_our_step_keeps_it(text: str, kept: str) -> None:
    step = _read(text).next_step
    assert step is not None and kept in step


# --- a title just taken on, after the name: "Jürgen Maier now, he took over as plant director" --------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Finjob: it's Henrik Aalto now, he took over as plant director in May.", "Henrik Aalto", "plant director"),
        ("Newex: Ana Ruiz, who stepped in as interim CFO last month, wants the quote.", "Ana Ruiz", "interim CFO"),
        # near misses: another person named between, and no title after "as"
        ("Finjob: Henrik Aalto said Ana took over as CFO.", "Henrik Aalto", None),
        ("Newex: Ana Ruiz took over as our contact.", "Ana Ruiz", None),
    ],
)
def test_title_taken_over_after_the_name(text: str, name: str, role: str | None) -> None:
    assert contact_roles(_read(text)).get(name, "missing") == role


# --- a field written twice, old beside new: the "(new)" row wins -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "close", "amount"),
    [
        ("Finjob\nClose (old): 30 Jun\nClose (new): 28 Jul\nValue (previous): 40k\nValue (current): 45k",
         date(2017, 7, 28), 45_000),
        ("Newex review\n| Close (original) | 30 Jun |\n| Close (revised) | 28 Jul |", date(2017, 7, 28), None),
        # near misses: an "(old)" row alone is all the note says; a new row for another field leaves it
        ("Finjob\nClose (old): 30 Jun\nValue: 45k", date(2017, 6, 30), 45_000),
        ("Finjob\nClose (old): 30 Jun\nValue (new): 45k", date(2017, 6, 30), 45_000),
    ],
)  # fmt: skip
def test_new_field_row_supersedes_the_old(text: str, close: date, amount: int | None) -> None:
    u = _read(text)
    assert (u.close_date, u.amount) == (close, amount)


# --- a deal-qualification label is no name: "Economic buyer: Hana Novak, CFO" ----------------------------------------
def test_buyer_labels_are_no_names() -> None:
    text = "Finjob\nChampion: Rui Almeida, plant manager\nEconomic buyer: Hana Novak, CFO\nTechnical buyer: Jo Berg"
    assert set(contact_roles(_read(text))) == {"Rui Almeida", "Hana Novak", "Jo Berg"}


@pytest.mark.parametrize(
    ("text", "name"),
    [("Finjob: met Hana Economides, CFO.", "Hana Economides"), ("Finjob: Jo Berg, technical lead, called.", "Jo Berg")],
)
def test_names_near_the_label_words_stay(text: str, name: str) -> None:
    assert name in contact_roles(_read(text))


# --- a calendar invitation's title books the next step when nothing else is said ------------------------------------
def test_invitation_title_is_the_next_step() -> None:
    text = "Invitation: Finjob | DPA review @ Thu Jun 22, 2017 10am - 11am (CEST)\nOrganizer: x@ourteam.example\n"
    step = _read(text + "\nDescription:\nTheir counsel wants to go through the DPA.").next_step
    assert step is not None and "DPA review" in step


@pytest.mark.parametrize(
    "first",
    [
        "Canceled event: Finjob | DPA review @ Thu Jun 22, 2017 10am - 11am (CEST)",
        "Declined: Finjob | DPA review @ Thu Jun 22, 2017 10am - 11am (CEST)",
    ],
)
def test_cancelled_or_declined_event_books_nothing(first: str) -> None:
    text = first + "\nOrganizer: x@ourteam.example\n\nDescription:\nTheir counsel wants to go through the DPA."
    assert _read(text).next_step is None
