"""Privacy classes blind32 showed missing, each in new wordings beside hard negatives: a pregnancy told in idiom;
a procedure told in slang; a course of cancer treatment told by its cycles and its signs; a named vrat or an
Ayyappa devotee's vow; a people's own community grown up in; Aboriginal nations and other peoples by name, and a
community language named as a relative's first language; coming out to one's own people; two named people said
to be a couple; membership of Equity, the performers' union; polling-day cards and a referendum side's campaign;
and a made-up person in demo or seed data, who has no special-category data. Also the union-name boundary (a
union's initials inside a longer word are none)."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # a pregnancy in idiom
    ("Lucia says no wine for her, she's eating for two until the spring.", "health"),
    ("Keep it quiet, but Megan has a bun in the oven and tells the board in May.", "health"),
    ("Tanvi is in the family way, so she'll skip the Lisbon trip.", "health"),
    # a procedure in slang
    ("Olaf got snipped last week and is walking a bit gingerly.", "health"),
    ("Bruno is going under the knife on Tuesday, so Wim covers the QBR.", "health"),
    ("Hannes booked in for the snip after the twins, he told me.", "health"),
    # a course of treatment by its cycles and signs
    ("Between us, Dana has lost her hair and said it's cycle three of eight now.", "health"),
    ("She's worn a wig since spring and mentioned infusion 5 of 6 being the worst.", "health"),
    # a vow of observance
    ("Karthik is keeping his mandala vratam, so no meat or drinks at the offsite.", "religion"),
    ("Anand is three weeks into the Sabarimala vrata and walks barefoot.", "religion"),
    ("Murali is wearing the Ayyappa mala until the pilgrimage, so vegetarian catering please.", "religion"),
    # a people's community grown up in
    ("Joana was raised in a quilombo outside Salvador before moving to São Paulo.", "ethnicity"),
    ("Darnell grew up on the Pine Ridge reservation and still goes back every summer.", "ethnicity"),
    ("Cody grew up on the rez in South Dakota, he told me.", "ethnicity"),
    # peoples and nations by name, and a relative's first language
    ("Kylie is a proud Ngunnawal woman and will open the session.", "ethnicity"),
    ("Tom is Gunditjmara on his mum's side, he mentioned at lunch.", "ethnicity"),
    ("Gullah was her grandmother's first language, she told the team.", "ethnicity"),
    ("Beau is Cajun and his dad still runs the family boat.", "ethnicity"),
    # coming out to one's own people
    ("I finally came out to my mum over Christmas, so it's been a big week.", "sexual_orientation"),
    ("Since I came out to my family in May, things have been calmer.", "sexual_orientation"),
    # two named people said to be a couple
    ("Pretty sure Pavel and his 'roommate' Ivan are an item, they share a car.", "sexual_orientation"),
    ("Lena and Mia have been together since 2015, she says.", "sexual_orientation"),
    ("Honestly, Maria and Sofia must be a couple by now.", "sexual_orientation"),
    # Equity
    ("Sophie kept her Equity card from her theatre days.", "trade_union"),
    ("Tom has been a member of Equity since drama school.", "trade_union"),
    # polling-day cards and a referendum side's campaign
    ("Nadia spent Saturday handing out how-to-vote cards at the primary school.", "political_opinion"),
    ("Ruairi was door-knocking for Yes Scotland the whole summer.", "political_opinion"),
    ("She campaigned hard for the No campaign in the Voice referendum.", "political_opinion"),
])  # fmt: skip
def test_new_class_wordings_are_flagged(text: str, category: str) -> None:
    assert detect(text).categories == [category], text


@pytest.mark.parametrize("text", [
    # an organisation eating for two, slang of a price, rounds of anything else
    "Zotware's buying team is eating for two since the merger, Maria says.",
    "Maria said their warehouse is eating for two while the new site is built.",
    "At $40 a seat the add-on is a snip, Maria said.",
    "Ask Tom to snip the cable ties before the install.",
    "The travel budget went under the knife in March, Maria said.",
    "Maria said the vasectomy clinics market is flat this year.",
    "Maria said we're in round four of six of the tender interviews.",
    "He lost weight on the Camino, and cycle two of six of the pilot finished Friday.",
    # a vrat's food, and the season as a calendar fact
    "Maria wants the vrat thali menu for the team lunch order.",
    "Sabarimala season slows the Kochi couriers, Maria warned.",
    "Tom started Diksha on the Kochi account this week.",
    # a booking, a nature reserve, a place as an account or a trip
    "Maria made a reservation for six at the steakhouse.",
    "Tom visited a quilombo on holiday and bought coffee there.",
    "He grew up near a nature reserve in Kent.",
    "The casino on the reservation is a new account for Maria.",
    # the food, and a national language
    "Maria loves the Cajun food at the Lafayette office.",
    "French was his first language, he mentioned.",
    # coming out as anything else
    "My sister came out to my parents' farm for the weekend.",
    "The figures came out to my inbox at midnight.",
    # couples of two genders, business partners, together somewhere
    "Pavel and his colleague Maria are an item, everyone knows.",
    "Ivan and Pavel are partners at the law firm.",
    "Ivan and Pavel are partners, so either of them can sign.",
    "Lena and Mia are together at the expo on Friday.",
    # equity in finance
    "Maria's private equity membership fee is due.",
    "He joined Equity Partners as CFO last year.",
    "Tom is a member of Equity Group's board.",
    # the cards as a print job, a yes that is no side
    "Our client prints how-to-vote cards for every party, Maria said.",
    "Maria did the how-to-vote cards for all five parties at the print shop.",
    "Maria campaigned for the new logo with the design team.",
    "Tom voted yes on the budget at the board.",
    # a made-up person in seed or demo data
    "The demo tenant has a sample contact, 'Jo Bloggs, Shop Steward'. It's made-up seed data.",
    "Our test persona 'Sam Patient, diabetic' is fictional, Maria says.",
])  # fmt: skip
def test_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == [], text


@pytest.mark.parametrize(("text", "category"), [
    # a real person beside a demo keeps their data
    ("Before the demo, note that Sam is diabetic and needs a lunch break.", "health"),
    ("The team is made up of two reps, and Maria is the shop steward.", "trade_union"),
    ("Tom's made up this week, his chemo is finally over.", "health"),
])  # fmt: skip
def test_a_real_person_beside_demo_words_is_still_flagged(text: str, category: str) -> None:
    assert detect(text).categories == [category], text


def test_a_union_name_inside_a_longer_word_is_none() -> None:
    # "AFT" inside "AIRCRAFT" is no union, so "as our rep" there is a sales rep's office
    assert detect("The AIRCRAFT parts buyer came to the meeting as our rep, Maria said.").categories == []
    # the name on its own still is
    assert detect("Maria is in the AFT and came to the meeting as a branch delegate.").categories == ["trade_union"]
