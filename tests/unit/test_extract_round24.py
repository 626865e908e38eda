"""Round 24 extract classes: a new prospect (not in the CRM) read from the note's structure (a log heading, a table
row's first cell, a transcript's header, a speaker's label, a mail's signature) and its family-name surname kept on
its people; a mail's greeting in another language; an adverb after a typed name; someone who "left us"; a rival's
seller named far into a long sentence or after the rival's one-word sentence; steps said as an elided request, an
answer to "what do you need from us?", "let me ...", "could you connect me ..."; steps that are none ("we'll sign on
the 9th", "the thing they asked for.", "no follow-up planned; ..."); close dates said as "pen on paper" or "no rush,
sometime next quarter"; "set the opp to Lost"; and our figure set "against" a rival's."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import extract_update
from memory.extract.close_date import find_close_date
from memory.extract.new_account import structural_account
from memory.extract.next_step import find_next_step
from memory.extract.stage import find_stage
from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 1)
ACCOUNTS = ["Finjob", "Globex Corporation", "Scottech"]


def _read(text: str):  # type: ignore[no-untyped-def]
    return read_note(text, NOW, ACCOUNTS)


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("log: Brennan Timber Supply — spoke to Aoife Brennan (buyer) re GTX Pro x6.", "Brennan Timber Supply"),
        ("notes: Moreau & Fils Transport - 12 vans, GTX Basic.", "Moreau & Fils Transport"),
        ("Vasquez Dental Group | GTX Basic x3 | $1,900 | Lucia Vasquez - owner", "Vasquez Dental Group"),
        (
            "[Meeting notes - Tallis Harbour Logistics - 3 May 2017]\nLena Ostrova (ourteam): Hi all.",
            "Tallis Harbour Logistics",
        ),
        (
            "[Call transcript - 2 May]\nLena Ostrova (ourteam): Hello.\n"
            "Ingrid Berg (Head of IT, Fjord Cargo Lines): Hi.",
            "Fjord Cargo Lines",
        ),
        (
            "From: Ravi Menon <ravi@corranbay.example>\n\nHi Lena,\n\nPlease send the quote.\n\nThanks,\nRavi Menon\n"
            "Operations Director, Corran Bay Foods",
            "Corran Bay Foods",
        ),
        # a known account is still read first, whatever the structure says
        ("log: Finjob - Toby Wright (CTO) wants GTX Pro.", "Finjob"),
    ],
)
def test_new_prospect_read_from_structure(text: str, account: str) -> None:
    assert _read(text).account == account


@pytest.mark.parametrize(
    "text",
    [
        "log: spoke to Toby Wright (CTO) about GTX Pro.",  # lower-case opening: no firm heading the note
        "log: GTX Plus Pro - pricing sheet sent.",  # our product heading the log
        "Quick update - the demo went well.",
        "Hi Lena,\n\nCan we talk Friday?\n\nThanks,\nRavi Menon",  # a signature with no title and firm
        "Notes: Head of Sales - no budget yet.",  # a title, no firm
    ],
)
def test_no_prospect_invented(text: str) -> None:
    assert structural_account(text) is None


def test_family_firm_keeps_its_people_and_never_lists_itself() -> None:
    u = _read("log: Moreau & Fils Transport - Claire Moreau (owner) and Luc Moreau (dispatcher) on the call.")
    assert u.account == "Moreau & Fils Transport"
    assert contact_roles(u) == {"Claire Moreau": "owner", "Luc Moreau": "dispatcher"}
    row = _read("Vasquez Dental Group | GTX Basic x3 | $1,900 | Lucia Vasquez - owner | NS: send quote")
    assert contact_roles(row) == {"Lucia Vasquez": "owner"}


def test_speaker_role_does_not_swallow_the_firm() -> None:
    u = _read(
        "[Call transcript - 2 May]\nLena Ostrova (ourteam): Hello.\nIngrid Berg (Head of IT, Fjord Cargo Lines): Hi."
    )
    assert contact_roles(u) == {"Ingrid Berg": "Head of IT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a greeting in another language, to one of ours
        (
            "From: Ravi Menon <ravi@corranbay.example>\nTo: Lena Ostrova <lena@ourteam.example>\n\nSalam Lena,\n\n"
            "Send the quote please.\n\nRavi Menon\nOperations Director, Corran Bay Foods",
            {"Ravi Menon": "Operations Director"},
        ),
        # an adverb after a typed first name is no surname
        ("log: Finjob - met priya today (cfo), wants a quote.", {"Priya": "cfo"}),
        ("log: Finjob - spoke with dana briefly (owner).", {"Dana": "owner"}),
        # someone who "left us" is no contact
        (
            "Finjob: I took over from Marta Kowal, who left us in March. Toby Wright (CTO) signs.",
            {"Toby Wright": "CTO"},
        ),
        # a rival's seller, far into a long sentence, or after the rival's own one-word sentence
        (
            "Finjob: Toby Wright (CTO) says Lumora came in at 30k against our thirty-five thousand for the full "
            "GTX Plus package, and apparently their rep, Gary Stone, promised free training.",
            {"Toby Wright": "CTO"},
        ),
        (
            "Finjob: Toby Wright (CTO) named one risk: Quorvia. Their account manager, Ella Fox, cut the price.",
            {"Toby Wright": "CTO"},
        ),
        # hard negatives: a real surname stays; a customer's own manager stays
        ("log: Finjob - met priya sandhu (cfo).", {"Priya Sandhu": "cfo"}),
        (
            "Finjob: Toby Wright (CTO) and their account manager, Ella Fox, joined.",
            {"Toby Wright": "CTO", "Ella Fox": "account manager"},
        ),
    ],
)
def test_contacts_round24(text: str, expected: dict[str, str | None]) -> None:
    assert contact_roles(_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "Lena Ostrova (ourteam): Anything else you need from us?\n"
            "Ola Berg: The signed DPA. That's what legal wants.",
            "DPA",
        ),
        (
            "Lena Ostrova (ourteam): What would you like us to send?\nOla Berg: A pilot plan for two depots.",
            "pilot plan",
        ),
        ("Ola Berg: We're happy overall. Your ISO certificate, please. It's the one thing audit flagged.", "ISO"),
        (
            "Ola Berg: Budget is fine.\nLena Ostrova (ourteam): Let me pull together a savings model for your CFO.",
            "savings model",
        ),
        ("Hi Lena, thanks. Could you put us in touch with a customer in logistics?", "in touch"),
        ("We're fine with the price. Our audit team needs, before anything else, your ISO certificate.", "ISO"),
    ],
)
def test_next_step_said_in_new_ways(text: str, needle: str) -> None:
    step = find_next_step(text)
    assert step is not None and needle in step


@pytest.mark.parametrize(
    "text",
    [
        "Lost to Lumora. No follow-up planned; I'll check back in a year maybe.",
        "We'll sign on the 9th. Thanks for your patience.",
        "They signed. The security pack was the thing their CISO asked for.",
        "Lena Ostrova (ourteam): Anything you need from us?\nOla Berg: Nothing for now, thanks.",
    ],
)
def test_no_step_in_these(text: str) -> None:
    assert find_next_step(text) is None


def test_a_real_step_after_we_will_sign_stays() -> None:
    step = find_next_step("We'll sign the NDA and return it. Could you send the MSA draft?")
    assert step is not None and "MSA" in step


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("log: Finjob - he wants pen to paper by the 19th.", date(2017, 6, 1), date(2017, 6, 19)),
        ("log: Finjob - no hurry, she said, sometime in Q3.", date(2017, 6, 1), date(2017, 9, 30)),
        # hard negatives: a rush-free task, and ink on a brochure
        ("log: Finjob - no rush on the slides. Demo on the 19th.", date(2017, 6, 1), None),
    ],
)
def test_close_date_idioms(text: str, now: date, expected: date | None) -> None:
    assert find_close_date(text, now, None) == expected


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Please set the deal to Lost.", "Lost"),
        ("Set stage to Engaging after the call.", "Engaging"),
        ("I set the reminder to lost-and-found hours.", None),
    ],
)
def test_set_the_opp_to_a_stage(text: str, stage: str | None) -> None:
    assert find_stage(text) == stage


def test_our_figure_against_a_rivals() -> None:
    u = extract_update(
        "Finjob: Lumora came in at about 30k against our thirty-five thousand for the GTX Plus package.",
        now=NOW,
        accounts=ACCOUNTS,
    )
    assert u.amount == 35_000
    rival_only = extract_update("Finjob: Lumora came in at about 30k for the package.", now=NOW, accounts=ACCOUNTS)
    assert rival_only.amount != 35_000
