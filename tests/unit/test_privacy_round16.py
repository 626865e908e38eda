"""The kinds of input the blind16 privacy set showed the detector getting wrong, in new wording, each beside the
business, figurative or organisational sense that must stay quiet: a union office held, said with a verb
("chairs the union local"); a mental-health disorder named by its kind ("a panic disorder"); and a person's
verdict on, or side in, a political issue ("thinks Brexit was the best thing"); plus a guard that the new cues
stay behind the prefilter."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.cues import CUES
from policies.privacy.prefilter import required_literals


def _cats(text: str) -> list[str]:
    return detect(text).categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Marta heads up the Unite branch at the depot, so expect questions on shift patterns.", ["trade_union"]),
        ("My contact there, Dev, chairs the union local and has the ear of the plant manager.", ["trade_union"]),
        ("Since March Gail has been running the local union, which makes her wary of automation.", ["trade_union"]),
        ("Heads-up: Tomasz presides over the Teamsters Local 727 these days.", ["trade_union"]),
        ("Ines convenes the union branch at the hospital site.", ["trade_union"]),
        # management's side of a union negotiation, a set union, and unions that are not trade unions
        ("Our CFO led the union negotiations last spring and wants the new rota tool by June.", []),
        ("The query runs the union of both customer tables every night.", []),
        ("Kenji chairs the credit union board in his spare time.", []),
        ("Anna chaired the European Union working group on data portability.", []),
        ("Tom leads the union of the two sales regions after the reorg.", []),
        ("Priya runs the student union café as a side gig.", []),
    ],
)
def test_a_union_office_said_with_a_verb(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Olu told us his brother has a panic disorder and he may need to leave early some days.", ["health"]),
        ("She's been managing generalised anxiety disorder for years, so no surprise calls please.", ["health"]),
        ("Bram is off again, his bipolar disorder flared up after the move.", ["health"]),
        ("Carla was told last month she has a sleep disorder and is working from home.", ["health"]),
        ("Dmitri is back after a depressive episode and wants short meetings for now.", ["health"]),
        ("Keep it low-key with Sanne; her social anxiety makes big demos hard.", ["health"]),
        # disorder and panic that are no one's condition
        ("The demo ended in complete disorder when the projector died.", []),
        ("Police were called to deal with public disorder outside the venue.", []),
        ("The market went into a panic after the rate cut.", []),
        ("Their files are in total disorder after the migration.", []),
        ("Neurova sells sleep disorder clinics a scheduling add-on.", []),
    ],
)
def test_a_disorder_named_by_its_kind(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Jasper thinks immigration is ruining the country and said so twice at lunch.", ["political_opinion"]),
        ("Be warned: Noor believes the carbon tax was a complete scam.", ["political_opinion"]),
        ("Gareth is dead against Brexit, so skip the UK jokes.", ["political_opinion"]),
        ("Lena's very pro-Brexit and will bring it up if you mention customs.", ["political_opinion"]),
        ("He keeps saying socialism is the worst thing that ever happened to Europe.", ["political_opinion"]),
        ("Over coffee Arjun argued that gun control was long overdue.", ["political_opinion"]),
        ("Sophie is strongly opposed to abortion, so leave the clinic story out of the deck.", ["political_opinion"]),
        # the issue as a deal's business, a view with no verdict, a side taken on a product or a clause
        ("Ravi thinks Brexit will delay the Rotterdam shipment by a week.", []),
        ("She thinks the EU data rules are a disaster for our rollout.", []),
        ("Omar is against the EU tender format and wants a single PDF.", []),
        ("He believes the government contract was a mistake.", []),
        ("Jo's a big fan of the new pricing.", []),
        ("Kim is in favour of the monarchy clause in the contract.", []),
        ("The pro-EU customers in Lisbon want a Portuguese invoice.", []),
    ],
)
def test_a_verdict_or_side_on_a_political_issue(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


def test_new_cues_are_prefiltered() -> None:
    changed = [
        cue.pattern
        for cue in CUES
        if any(word in cue.pattern.pattern for word in ("presides? over", "is convinced", "dead|very much", "|mood|"))
    ]
    assert len(changed) >= 4
    assert all(required_literals(pattern) is not None for pattern in changed)
