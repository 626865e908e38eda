"""Round 25 of the privacy detector: disclosures by implication. A ward named by its speciality, a donor organ
waited for, a pregnancy told by its scan, aids a disability needs, an injury named by its body part; a vote
for or against a party, work for a party at an election, a seat won on its ticket; unbelief and the Hajj
honorific; a people glossed in brackets or named by its rite of passage; a partner of some years named
against the person; a community sentence and time done for an offence. Also: a body a deal goes through and
an organisation's network are nobody's. New wordings, and near misses that must stay as they were."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a ward or unit named by its speciality
        ("Heads-up: Priya has been in the oncology unit since Tuesday, so no calls this week.", "health"),
        ("Marek was moved to the stroke ward overnight; his assistant will sign instead.", "health"),
        # waiting for a donor organ
        ("Olu is on the transplant list for a new liver, so his phone stays on in meetings.", "health"),
        ("Greta has been waiting for a donor heart since spring.", "health"),
        # a pregnancy told by its scan
        ("Can we move the review? Leah has her 12-week scan on Monday.", "health"),
        ("Nadia is off Thursday morning for the anomaly scan.", "health"),
        # aids a disability needs
        ("Tomas uses crutches at the moment, so pick a venue with a lift.", "health"),
        ("Please book a BSL interpreter for Ruth; she relies on one in workshops.", "health"),
        ("Hamid lip-reads, so keep your face to the camera when you talk to him.", "health"),
        # an injury named by its body part
        ("Dirk tore his ACL skiing and will join by video.", "health"),
        ("Carla fractured her wrist on Saturday, typing is slow this week.", "health"),
        ("Simon has a torn meniscus and can't do the site walk.", "health"),
        # a vote for or against a party
        ("Bruno said he'd vote for anybody but the SNP at this point.", "political_opinion"),
        ("Anja told me she's voting tactically for the Lib Dems this time.", "political_opinion"),
        ("Keith will never vote Tory again, he said over lunch.", "political_opinion"),
        # work for a party at an election, a seat won on its ticket
        ("Ines is a polling agent appointed by the SPD for Sunday, so she's out.", "political_opinion"),
        ("Ross won a seat on the district council on the Lib Dem ticket.", "political_opinion"),
        ("Lena is standing on the Volt list in the city elections.", "political_opinion"),
        ("Jon spent Saturday delivering Green Party leaflets door to door.", "political_opinion"),
        # unbelief, the Hajj honorific, a return from Mecca
        ("Marta says she doesn't really believe in God, so skip the grace at dinner.", "religion"),
        ("Our driver Alhaji Musa will collect you from the airport.", "religion"),
        ("Yusuf just got home from Makkah and is catching up on mail.", "religion"),
        # a people glossed in brackets, a rite of passage of a named people
        ("Aroha is Ngāti Porou (Māori) and happy to open the session.", "ethnicity"),
        ("Lekan missed the week for his son's Maasai initiation ceremony.", "ethnicity"),
        # a same-sex partner of some years named against the person
        ("Ingrid brought her wife of ten years, Sofia, to the launch.", "sexual_orientation"),
        ("Paul and his partner of two years, Marco, are moving to Lisbon.", "sexual_orientation"),
        # a community sentence, time done for an offence
        ("Craig owes 40 hours of court-ordered community service, so no Saturday shifts.", "criminal_record"),
        ("Their old CFO served three years for embezzlement before joining.", "criminal_record"),
        ("Vince did six months for a fraud back in 2009.", "criminal_record"),
    ],
)
def test_new_wordings_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


def test_a_nickname_points_at_a_person() -> None:
    text = "The one they call 'the Captain' over in procurement is out canvassing every weekend."
    assert detect(text).categories == ["political_opinion"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ward or a transplant list as a customer's site or product
        ("We installed the new screens on the cardiac ward for the Medzap pilot.", []),
        ("The team is back at the oncology unit to install the kiosks next week.", []),
        ("Their kidney transplant waiting list software needs an API.", []),
        # weeks that are a plan's, aids that are a market, idioms of injury
        ("Let's plan a 12-week sprint and a 6-week review for the rollout.", []),
        ("Sonova makes hearing aids and wants a CRM for audiologists.", []),
        ("That migration broke the back of the Q3 roadmap.", []),
        # a party as a word in a business sense
        ("Our Volt leaflets for the EV charger launch are at the printer.", []),
        # belief in a product, Mecca as a figure of speech
        ("Gina doesn't believe in cold calling any more.", []),
        ("Ravi calls Austin the Mecca of chip design.", []),
        ("Meet me at the cafe on Haji Lane after the demo, Omar.", []),
        # a rite of passage that is a workplace's
        ("Alan says the first demo is a rite of passage for every new SDR.", []),
        # unpaid work that is an internship, a stint for a team
        ("Kim did 200 hours of unpaid work experience at the agency.", []),
        ("Raj got two weeks for the theft-detection project.", []),
        # a workforce's union, a committee as a body, an organisation's network
        ("Acme's drivers are all Teamsters, so the deal needs a sign-off from the bargaining committee.", []),
        ("Zotware's LGBTQ+ employee network wants a quote for their Pride merchandise.", []),
        ("Priya co-chairs the LGBTQ+ staff network at Zotware.", ["sexual_orientation"]),
        # a partner of some years of the other gender, a firm's partner
        ("Tom brought his wife of ten years, Sofia, to the launch.", []),
        ("Ana's partner of five years, Globex, renewed the reseller deal.", []),
    ],
)
def test_near_misses_stay_as_they_were(text: str, expected: list[str]) -> None:
    assert detect(text).categories == expected
