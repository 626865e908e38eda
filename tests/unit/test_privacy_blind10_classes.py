"""The kinds of input the blind10 privacy set showed the detector missing, in new wording, each beside the
business or figurative sense that must stay quiet."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.speaker import as_third_person, writer_at


def _cats(text: str) -> list[str]:
    return detect(text).categories


def test_first_person_be_reads_as_is_letter_for_letter() -> None:
    text = "I am Jewish; I'm off Friday. Sam: am I late?"
    assert as_third_person(text) == "I is Jewish; I's off Friday. Sam: am I late?"
    assert len(as_third_person(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # the writer is a person like any other: "I am"/"I'm" reach every "is X" cue, the cue quoting the text
        ("Quick note, I am Sikh and will keep my turban on for the badge photo.", ["religion"]),
        ("Heads up: I'm Jewish, so no Saturday calls please.", ["religion"]),
        ("I am Kurdish, which is why the Erbil office matters to me.", ["ethnicity"]),
        ("I am sure the Q3 numbers will hold.", []),
        ("I am sick and tired of chasing their PO.", []),  # an idiom, not an illness
    ],
)
def test_first_person_writer(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[00:02:10] Rep: Weekend? Tomasz (Initech): Fine. My boyfriend cooked.", "Tomasz"),
        ("Priya: hi all\nRep: hello, my wife says hi", "Rep"),  # the last turn before is the speaker
        ("Hello Ana,\nmy husband will drive.\nKind regards,\nMarco", "Marco"),
        ("From: Lena Vogt\nmy wife will drive.", "Lena"),
        ("my husband will drive.", None),
    ],
)
def test_writer_at(text: str, name: str | None) -> None:
    assert writer_at(text, text.lower().index("my ")) == name


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # "my partner" is the speaker's or the signer's: a same-sex couple when their gender is known
        ("[00:02:10] Rep: Weekend? Tomasz (Initech): Fine. My boyfriend cooked.", ["sexual_orientation"]),
        ("[00:02:10] Rep: Weekend? Tomasz (Initech): Fine. My wife cooked.", []),
        ("Hi Lars, my wife and I moved to Utrecht, new address below. Best, Ingrid", ["sexual_orientation"]),
        ("Hi Lars, my husband and I moved to Utrecht, new address below. Best, Ingrid", []),
        ("Hi Lars, my husband and I moved to Utrecht.", []),  # nobody says who "I" is
        # chat's short forms, with a lower-case owner or a pronoun
        ("fyi dom's new bf is called Marek, he's lovely", []),  # an unknown owner decides nothing
        ("omg his bf Tiago is joining the offsite dinner", ["sexual_orientation"]),
        ("she said her gf will drop her at the airport", ["sexual_orientation"]),
        ("Noah isn't out to his manager yet, so don't mention Jakub.", ["sexual_orientation"]),
        ("The patch isn't out to the customers yet.", []),
    ],
)
def test_couples_and_speakers(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # a share of a group is no one in particular, whatever the category
        ("Their census says 41% of the nursing staff are Black or mixed race.", []),
        ("Roughly half of their drivers are Muslim, so plan Eid rotas.", []),
        ("Ana, like half her team, is Muslim.", ["religion"]),
        ("Deepa comes from an ethnic minority background and mentors others.", ["ethnicity"]),
    ],
)
def test_shares_of_a_group(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # leaving a meeting because of an illness
        ("Sven left the workshop early with a stomach bug.", ["health"]),
        ("Mia went home at lunch with a migraine, so I took the demo.", ["health"]),
        ("The outage left us with a backlog, Mia said.", []),
        # a programme of treatment someone is on; a hospital's or a firm's programme is not
        ("Tomas is three months into an outpatient rehab programme.", ["health"]),
        ("Jo finished her last chemo cycle on Friday.", ["health"]),
        ("He has been on buprenorphine for a year now.", ["health"]),
        ("The trust runs a methadone programme for the city, Ana says.", []),
        ("Our disaster recovery programme starts in May, Tom says.", []),
    ],
)
def test_health_departures_and_programmes(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # court outcomes and parts in a criminal case
        ("Luca received a $300 fine at traffic court last month.", ["criminal_record"]),
        ("Dee was fined at Leeds Magistrates' Court in March.", ["criminal_record"]),
        ("Sam got a hefty fine for shoplifting as a student.", ["criminal_record"]),
        ("Ray is up before the magistrates on Tuesday, so push the call.", ["criminal_record"]),
        ("I have to be in court as the accused on the 9th.", ["criminal_record"]),
        ("Luca paid a late fine on the invoice.", []),
        ("Enron is a defendant in the lawsuit, Mark said.", []),  # a civil case, and a firm
    ],
)
def test_court_outcomes(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # union actions one person takes: picket lines, strikes, strike votes
        ("Oh, Dana's on the RMT picket line tomorrow, so the call slips.", ["trade_union"]),
        ("Sorry, I'm on strike Thursday with the rest of the NEU.", ["trade_union"]),
        ("Femi voted for strike action at the branch meeting.", ["trade_union"]),
        ("Ryanair pilots went on strike in July, Tom said.", []),  # a group's action
        ("Put the strike price at $40 for the June options.", []),
        ("Dana painted the picket fence.", []),
        ("Omar joined the hunger strike outside the embassy.", []),  # not a union's
    ],
)
def test_union_actions(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # petitions, recalls and ballot drives aimed at an office-holder or a law
        ("Joe signed the recall petition against the mayor.", ["political_opinion"]),
        ("Maria is gathering signatures for a ballot initiative on rent control.", ["political_opinion"]),
        ("Paul started a petition to repeal the congestion charge.", ["political_opinion"]),
        ("Joe is campaigning to recall the county sheriff.", ["political_opinion"]),
        ("Joe signed the petition for a bike shed at the office.", []),
        ("The vendor issued a recall of the faulty batteries, Joe said.", []),
    ],
)
def test_petitions_and_recalls(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # newer religious movements: a person's own group or practice
        ("Ines is a Falun Gong practitioner and won't do Friday drinks.", ["religion"]),
        ("Kenji chants daimoku before his first call of the day.", ["religion"]),
        ("Rosa goes to her Candomblé house on Saturdays.", ["religion"]),
        ("Theo joined the Brahma Kumaris after university.", ["religion"]),
        ("Ines moved the Scientology centre's booking system onto our platform.", []),
        # enrolling a print in any tense; a product's enrolment is no one's
        ("Aiko registers her palm at the gate each morning.", ["genetic_biometric"]),
        ("Marta had to enrol a fingerprint to get into their data centre.", ["genetic_biometric"]),
        ("Users register a fingerprint on first login.", []),
    ],
)
def test_movements_and_enrolment(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories
