"""Privacy classes blind31 showed missing, each in new wordings beside hard negatives: a relapse into drinking or
using; a relative moved into memory care; pregnancy goods in a shop's range (not anyone's pregnancy); belonging to
a faith's own order, circle or grove; support for a party or politician by donation, by social media or by
volunteering on a named person's campaign; the short orientation words after "being"/"been"; a union acting for
one person, and a member of a body the sentence calls a union; a pharmacogenetic result; and a breached biometric
data set that "includes" a named person's."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # a relapse
    ("Between us, I think Tomasz is drinking again, he was slurring at the dinner.", "health"),
    ("She had a bad relapse over the summer and is only now back at work.", "health"),
    ("Heard from his EA that Piotr relapsed in March, so be gentle on the call.", "health"),
    ("Word is Ivo went back on the bottle after the divorce.", "health"),
    # memory care
    ("We're moving my dad into the dementia unit at Oakfield on Friday, so I'm off.", "health"),
    ("Since March she's in memory care, so Ivan handles her accounts.", "health"),
    ("Grandma lives in a memory-care home now, Priya said.", "health"),
    # a faith's own group
    ("Noor joined a Sufi order last spring and travels for its gatherings.", "religion"),
    ("Ossian is a member of a Druid order and keeps the solstice.", "religion"),
    ("Leif belongs to a Pagan group that meets at the equinox.", "religion"),
    ("Her coven's Samhain ritual is that night, so Lena can't do the 31st.", "religion"),
    # support for a party or a politician
    ("Looked at the filings: Henrik donated $5,000 to the Republicans in 2022.", "political_opinion"),
    ("Apparently Joanne gave two grand to the SNP last year.", "political_opinion"),
    ("Priya retweets Farage clips most nights.", "political_opinion"),
    ("Milei's on her banner now, so skip the economics chat.", "political_opinion"),
    ("Tomás has been canvassing for Ortega's campaign every weekend.", "political_opinion"),
    ("She volunteers for Okafor's campaign on Saturdays.", "political_opinion"),
    # the short orientation words
    ("Jonas spoke at the offsite about being pan, which took guts.", "sexual_orientation"),
    ("She has been bi all her life and never hid it.", "sexual_orientation"),
    # a union for one person, and a member of a body called a union
    ("GMB's solicitors are representing Karim at the hearing.", "trade_union"),
    ("She is being represented by Unison at the tribunal.", "trade_union"),
    ("The union's lawyers are backing me in the dismissal claim.", "trade_union"),
    ("As a FNAM member he gets free legal cover from the union.", "trade_union"),
    # pharmacogenetics, and a breached data set that includes someone's
    ("Turns out Omar is an ultra-rapid metaboliser, so the standard dose hit him hard.", "genetic_biometric"),
    ("Her PGx panel flagged a TPMT variant.", "genetic_biometric"),
    ("Luis's pharmacogenomic report came back on Friday.", "genetic_biometric"),
    ("That breach leaked the voiceprints of every caller, and that includes Lena's.", "genetic_biometric"),
    ("The leak exposed the face templates of all staff, Ravi's among them.", "genetic_biometric"),
])  # fmt: skip
def test_new_class_wordings_are_flagged(text: str, category: str) -> None:
    assert detect(text).categories == [category], text


@pytest.mark.parametrize("text", [
    "We're drinking again tonight at the offsite, Maria booked the bar.",
    "Relapse rates in the Zotware trial data fell to 4%, Maria said.",
    "He said the market had relapsed into recession by May.",
    "Rosewood's memory-care wing ordered forty tablets, Maria said.",
    "Sunrise is moving into memory care next year, Maria told me.",
    "Ben is moving the screens into the memory-care wing for the install.",
    # goods for pregnancy in a range: a shop's, not anyone's (flagged before this round)
    "Boots wants pregnancy tests and prenatal vitamins on the new shelf labels, Maria said.",
    "Maria says the pregnancy pillow range sells out every week.",
    "We shipped forty robes to a Druid order in Wales, Maria said.",
    "Maria joined the Jewish community centre board as treasurer.",
    "Maria joined the Orthodox church project team.",
    "Maria booked the Oak Grove ceremony room for the launch.",
    "Acme gave a 10% discount to Greens Ltd last year, Maria said.",
    "He contributed to the Democratic process, Maria said.",
    "Maria posted the Labour market videos to the team channel.",
    "Maria is volunteering for Sarah's campaign shoot on Friday.",
    "Maria donated £50 to Tom's Movember campaign.",
    "Maria says the reports are being bi-weekly from now on.",
    "Maria has been bilingual since childhood.",
    "The union represents 4,000 drivers at the depot, Maria said.",
    "Unite is backing the nurses' pay claim, Maria said.",
    "Maria says Unison backs Labour in the election.",
    "Maria said the credit union is backing me on the loan.",
    "As a Costco member Maria pays with UnionPay at the till.",
    "As a Prime member he is sold on the union of both catalogues.",
    "For personal aircraft use, the members of the Office of the Chairman must approve.",
    "CYP2D6 poor metabolisers make up about 7% of Europeans, Maria said.",
    "Maria's lab sells pharmacogenetic test kits to clinics.",
    "The fingerprint templates include minutiae for each finger, Maria said.",
    "The breach exposed fingerprint templates, and the list includes Moses's laptop.",
])  # fmt: skip
def test_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == [], text


@pytest.mark.parametrize("text", [
    "She took a pregnancy test on Sunday, so keep it quiet.",
    "Her pregnancy test came back positive last week.",
    "Her pregnancy app says week 20, Maria told me.",
])  # fmt: skip
def test_a_persons_pregnancy_is_still_health_beside_the_goods(text: str) -> None:
    assert detect(text).categories == ["health"], text
