"""Privacy classes blind30 showed missing, each in new wordings beside hard negatives: a fast kept in the first
person's present ("I observe ..."); a people whose name is also a given name, read with its homeland or a
people's noun; a night in a police cell and a release that leaves the case open; a trial someone goes on or
stands; a couple named by both partners at their wedding or engagement; a passing illness told by its
antiviral or antibiotic; and an office held in a Quaker meeting or a congregation."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    ("I observe Yom Kippur, so I will be offline on the 25th.", "religion"),
    ("Every year I observe the Nativity Fast until Christmas, so no lunches.", "religion"),
    ("From Sunday I keep Great Lent with my parents and skip the team dinners.", "religion"),
    ("His grandparents were Karen from Karen State, he said.", "ethnicity"),
    ("Zaw mentioned his Kachin heritage at the dinner.", "ethnicity"),
    ("Naw told me about her Karen roots last week.", "ethnicity"),
    ("Tom spent two nights in the cells after the match.", "criminal_record"),
    ("He was released on police bail last night, so Omar will cover.", "criminal_record"),
    ("Dara woke up in a holding cell after the party and is mortified.", "criminal_record"),
    ("Her son stands trial next week, so she is out.", "criminal_record"),
    ("My sister went on trial in March and the verdict is due.", "criminal_record"),
    ("Kofi's fraud trial opens on the 3rd.", "criminal_record"),
    ("Her son faces trial next month, so she has asked for leave.", "criminal_record"),
    ("Quick update: Lars and I got engaged over the weekend!\n\nBest,\nEmil", "sexual_orientation"),
    ("I'm marrying Johan in June, so I'll be out the week after.\n\nThanks,\nMagnus", "sexual_orientation"),
    ("Emil and Johan booked the town hall for their wedding in May.", "sexual_orientation"),
    ("Me and Lars are getting married in August!\n\nThanks,\nHenrik", "sexual_orientation"),
    ("Marta started amoxicillin yesterday for her chest, so she'll be slow.", "health"),
    ("He's been on Tamiflu since Tuesday, back Monday.", "health"),
    ("My daughter is taking antihistamines and is drowsy.", "health"),
    ("He serves as clerk of his Quaker meeting, so Sunday is out.", "religion"),
    ("Tomas goes to Quaker meeting every Sunday, so no weekend calls.", "religion"),
    ("Priya will be at meeting for worship until noon on Sunday.", "religion"),
    ("He is an elder at his Quaker meeting.", "religion"),
])  # fmt: skip
def test_new_class_wordings_are_flagged(text: str, category: str) -> None:
    assert detect(text).categories == [category], text


@pytest.mark.parametrize("text", [
    "Please start Ramadan promotions on the 1st.",
    "Our stores observe Ramadan hours from the 10th.",
    "Her parents are Karen and Dave, both retired.",
    "This is Karen from Myanmar Brewery, she runs procurement.",
    "We opened the Karen State office last year, Maria said.",
    "Maria is leading the police cell CCTV upgrade project.",
    "Maria, please check the values in the cells of the forecast sheet.",
    "The funds were released pending investigation, Maria said.",
    "The new dashboard goes on trial with Maria's team next week.",
    "He's on trial with us for three months before we make it permanent.",
    "Kofi's trial starts on the 3rd, so he's out.",
    "Her trial of the software starts Monday.",
    "She faced a trial run of the new system with Maria.",
    "He faced trial by fire at his first QBR.",
    "Anna and I finally booked the registry office for our wedding.\n\nBest,\nLars",
    "Lars and I went to Emil's wedding on Saturday.\n\nBest,\nJohan",
    "Lars and I are engaged in talks with their CFO.\n\nBest,\nJohan",
    "Emil married Johan's design with ours in the new deck.",
    "Emil and Sophie booked the town hall for their wedding.",
    "Pfizer's Paxlovid sales beat forecasts this quarter, Maria said.",
    "We're bullish on Tamiflu demand this winter, says Johan.",
    "We booked the Quaker meeting room for the offsite, Maria says it's cheap.",
    "Maria is the clerk of the works on the church renovation project.",
])  # fmt: skip
def test_hard_negatives_stay_quiet(text: str) -> None:
    assert not detect(text).sensitive, (text, detect(text).findings)
