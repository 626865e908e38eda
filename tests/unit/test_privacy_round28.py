"""Privacy classes blind28 showed missing, each in new wordings beside hard negatives: a body-worn monitor or pump for
a condition, typographic and modifier apostrophes in faith and people names ("Baháʼí", "Bahá’í"), Southern
African peoples named of a person, a Māori iwi or hapū a person belongs to, a stay at an ashram or a faith's
retreat and a person's own guru, and a named religious fast kept."""

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
    ("Hemi mentioned he whakapapa to Te Rarawa, so he'll open the hui.", "ethnicity"),
    ("Mereana says she's Ngāi Tahu, and wants the launch at the marae.", "ethnicity"),
    ("Tama is Te Arawa through his koro, he told the panel.", "ethnicity"),
    ("Anahera's iwi is Ngāti Kahungunu; she asked us to say it right.", "ethnicity"),
    ("Wiremu began with Ko Tūhoe te iwi before the demo.", "ethnicity"),
    ("Priya spent a month at an ashram near Haridwar, back on the 3rd.", "religion"),
    ("Tom is away on a Vipassana retreat until Sunday, no email.", "religion"),
    ("Luca's at a Benedictine monastery for the week, so ping Ana instead.", "religion"),
    ("Deepa flies out for her guru's birthday satsang, back Thursday.", "religion"),
    ("Nadia is keeping the Ramadan fast, so no lunch meeting.", "religion"),
    ("Ravi keeps the Navratri fast this week, so book dinner next week.", "religion"),
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
    "Aroha said the client is Ngāi Tahu Holdings, so loop in their CFO.",
    "Mike said the venue is Te Papa, so book the Wellington flights.",
    "Rangi sent over Ngāti Whātua's tender pack this morning.",
    "Jo said the offsite is at the Jesuit retreat centre in Dublin.",
    "Sam is off to the sales retreat in Napa next week.",
    "Ben calls Ravi his SEO guru and wants his blessing on the copy.",
    "Kai Havertz scored twice; Hemi is still gloating about it.",
    "Mark says the yoga retreat brochure needs a new print run.",
])  # fmt: skip
def test_business_senses_stay_quiet(text: str) -> None:
    assert not detect(text).sensitive, text
