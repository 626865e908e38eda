"""Privacy classes blind28 showed missing, each in new wordings beside hard negatives: a body-worn monitor or pump for
a condition, typographic and modifier apostrophes in faith and people names ("Baháʼí", "Bahá’í"), and Southern
African peoples named of a person."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    ("Kwame's wearing a 24-hour Holter monitor today, so keep the site walk short.", "health"),
    ("Ana has an insulin pump and needs lunch at noon sharp.", "health"),
    ("Dara is wearing a blood-pressure monitor for the week, no stairs please.", "health"),
    ("Yusuf observes the Bahá’í Fast this month, so no lunch meetings.", "religion"),
    ("Mira keeps the Baháʼí Fast, so book the call for the morning.", "religion"),
    ("Thandi mentioned she's Tswana, and her dad is Sotho.", "ethnicity"),
    ("Sipho told us he's Ndebele, born in Bulawayo.", "ethnicity"),
])  # fmt: skip
def test_new_class_wordings_are_flagged(text: str, category: str) -> None:
    assert detect(text).categories == [category], text


@pytest.mark.parametrize("text", [
    "Their cardiology clinic wants a heart monitor integration by Q3.",
    "We resell a glucose monitor and a blood pressure monitor to pharmacies.",
    "The insulin pump vendor is a prospect for GTX Pro.",
    "Book the Bahá’í centre's hall? No, the venue is the Hilton.",
    "Ship the order to the Ndebele Street depot.",
    "Shona Wilson will run the doorstep review with Ted.",  # Shona is a given name too: not in the table
])  # fmt: skip
def test_business_senses_stay_quiet(text: str) -> None:
    assert not detect(text).sensitive, text
