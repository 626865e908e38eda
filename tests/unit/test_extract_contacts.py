"""Who a note's contacts are, and their roles as written: the kinds of wording the older tests do not cover."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import extract_update

NOW = date(2017, 6, 12)


def contacts(text: str, *accounts: str) -> list[dict[str, str | None]]:
    return extract_update(text, now=NOW, accounts=list(accounts) or ["Corvex"]).contacts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title named as such beats the looser description said first
        (
            "Corvex: sat down with Ines Lowe, she looks after the depots, fleet supervisor is her official title. "
            "They want 12 seats.",
            [{"name": "Ines Lowe", "role": "fleet supervisor"}],
        ),
        (
            "Corvex - Bruno Aalto handles the money side, his actual title is Finance Director.",
            [{"name": "Bruno Aalto", "role": "Finance Director"}],
        ),
        # short forms typed in a hurry
        ("corvex, call w/ tilda berg (ops coord), wants a quote", [{"name": "Tilda Berg", "role": "ops coord"}]),
        ("Corvex: Oskar Lind (IT dir) is keen.", [{"name": "Oskar Lind", "role": "IT dir"}]),
        # an adverb of time is not part of the title
        (
            "Met Dana Vick at a trade fair, she is currently head of finance at Corvex and wants a demo.",
            [{"name": "Dana Vick", "role": "head of finance"}],
        ),
        # the title given with "=" and a chat filler after it
        ("Corvex update\nAna Ruiz = VP Finance fyi, she signs", [{"name": "Ana Ruiz", "role": "VP Finance"}]),
        # a single first name is a person when the note says what it does not know about them
        (
            "Corvex review with Ada Moss (CTO) and Rune, not sure of his title.",
            [{"name": "Ada Moss", "role": "CTO"}, {"name": "Rune", "role": None}],
        ),
        # "Mark" before a surname is a given name, not the order to mark a stage
        ("Corvex: Mark Jensen (CFO) approved it. Mark it Engaging.", [{"name": "Mark Jensen", "role": "CFO"}]),
    ],
)
def test_roles_as_written(text: str, expected: list[dict[str, str | None]]) -> None:
    assert contacts(text) == expected


def test_person_who_left_the_customer() -> None:
    text = "Corvex: Petra Holm (COO) left Corvex in May; Jonas Eck is the new COO and owns it now."
    assert contacts(text) == [{"name": "Jonas Eck", "role": "COO"}]
    text = "Corvex: our sponsor Lisbet Aune left last week. Tor Vik (CIO) takes over."
    assert contacts(text) == [{"name": "Tor Vik", "role": "CIO"}]


def test_name_after_our_thing_and_a_preposition_is_not_ours() -> None:
    """ "our office for Lena" gives Lena something; "our SE Raj" is one of us."""
    text = "Corvex: Lena Pahl (VP Ops) agreed the scope. Next: book our demo room for Lena and our SE Raj Patel."
    assert contacts(text) == [{"name": "Lena Pahl", "role": "VP Ops"}]


@pytest.mark.parametrize(
    "listing",
    ["Present (us): Hal Moore, Sue Tan (Solutions)", "Our side: Hal Moore; Sue Tan (Solutions)"],
)
def test_attendee_line_labelled_as_ours(listing: str) -> None:
    text = f"Corvex workshop\nPresent (Corvex): Vera Olsen, Head of Fleet\n{listing}\n- they want 40 seats"
    assert contacts(text) == [{"name": "Vera Olsen", "role": "Head of Fleet"}]


def test_competitor_people_are_left_out() -> None:
    text = "Corvex: Ida Berg (CFO) likes us, but Tom Reyes, a Lumora account exec, has been calling her."
    assert contacts(text) == [{"name": "Ida Berg", "role": "CFO"}]
    text = "Corvex: Ida Berg (CFO) says Stackline was pushy, their rep Gus Moll phoned daily."
    assert contacts(text) == [{"name": "Ida Berg", "role": "CFO"}]


def test_roles_never_show_mask_characters() -> None:
    """Organisations are masked while names are read; a role that names one is written out again."""
    text = "Corvex: spoke to Ken Ueda, who runs the Lumora migration team lead role for them."
    for person in contacts(text):
        assert "§" not in (person["role"] or "") and "¤" not in (person["role"] or "")
    text = "Corvex: spoke to Ken Ueda, Corvex logistics lead."
    assert contacts(text) == [{"name": "Ken Ueda", "role": "Corvex logistics lead"}]


def test_two_party_call_the_other_speaker_is_ours() -> None:
    """One speaker gives a buyer's title: that is the customer; the other speaker is our rep."""
    text = (
        "[Call transcript, Corvex]\n"
        "Rhea Kumar: thanks for joining, shall I walk you through the pricing\n"
        "Olaf Brandt: sure, I'm the operations director so the budget sits with me\n"
        "Rhea Kumar: great, we are at eighteen k for the ten seats\n"
        "Olaf Brandt: send it in writing please\n"
    )
    assert contacts(text) == [{"name": "Olaf Brandt", "role": "operations director"}]


def test_two_party_call_the_speaker_with_a_seller_title_is_ours() -> None:
    text = (
        "Corvex call\n"
        "Rhea Kumar: hi, I'm the account executive for your region\n"
        "Olaf Brandt: good, we need ten seats by the end of the month\n"
    )
    assert contacts(text) == [{"name": "Olaf Brandt", "role": None}]


def test_customer_mail_greeting_names_us() -> None:
    text = (
        "From: Hilde Sand <hilde@corvex.example>\nTo: Pat Green <pat@ourteam.example>\nSubject: order\n\n"
        "Dear Mr Green,\n\nwe confirm 5 seats.\n\nRegards,\nHilde Sand\nBuyer, Corvex"
    )
    assert contacts(text) == [{"name": "Hilde Sand", "role": "Buyer"}]
    text = "Dear Ms Quinlan,\n\nwe confirm 5 seats.\n\nKind regards,\nHilde Sand\nBuyer, Corvex"
    assert contacts(text) == [{"name": "Hilde Sand", "role": "Buyer"}]
