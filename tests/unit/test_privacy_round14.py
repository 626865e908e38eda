"""The kinds of input the blind14 privacy set showed the detector missing, in new wording, each beside the
business, figurative or organisational sense that must stay quiet: addiction and its counselling or treatment,
a person the police or prosecutors are after or an offence told as alleged, and an office in a union named by
the union's possessive or the kind of rep; plus a guard that the new cues stay behind the prefilter."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.cues import CUES
from policies.privacy.lexicon_addiction import ADDICTION
from policies.privacy.lexicon_allegations import ALLEGATIONS
from policies.privacy.prefilter import required_literals


def _cats(text: str) -> list[str]:
    return detect(text).categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # counselling, treatment and support groups for an addiction
        ("Kira goes to addiction counselling on Tuesdays, so keep her diary clear.", ["health"]),
        ("Mateo has drug counselling twice a week after work.", ["health"]),
        ("Their buyer Sven is in substance abuse treatment until March.", ["health"]),
        ("Ana attends a substance misuse support group on Thursdays.", ["health"]),
        ("Luis has counselling for his drinking every Thursday at six.", ["health"]),
        ("Lucy sees an addiction counsellor every Monday morning.", ["health"]),
        # the struggle itself
        ("Jules is struggling with addiction and has taken leave.", ["health"]),
        ("Farid's battling a cocaine habit, per his manager.", ["health"]),
        # a provider or market, a figure of speech, counselling that is no treatment, the job itself
        ("We sell scheduling software to addiction counselling services across the region.", []),
        ("Ann sells to drug counselling services in Kent.", []),
        ("Their EAP offers addiction counselling to all staff.", []),
        ("Honestly my coffee addiction is the only thing getting me through Q4.", []),
        ("His addiction to spreadsheets is legendary.", []),
        ("Mia does career counselling for graduates on the side.", []),
        ("Marco is a drug and alcohol counsellor at the trust; he'd like a demo.", []),
        ("We're bidding for the county's drug and alcohol treatment contract.", []),
    ],
)
def test_addiction(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # one person the police, prosecutors or a fraud office are after
        ("Leo Brandt is off the account while police investigate him for taking kickbacks.", ["criminal_record"]),
        ("The FBI is looking into him for wire fraud, so pause the contract.", ["criminal_record"]),
        ("The Serious Fraud Office is investigating her over the tender.", ["criminal_record"]),
        ("Gina is under investigation by police for tax fraud.", ["criminal_record"]),
        ("Rob is helping police with their enquiries, so Nora takes over.", ["criminal_record"]),
        ("Rob has been suspended pending a police investigation into his expenses.", ["criminal_record"]),
        ("Police say Marta stole stock from the warehouse over two years.", ["criminal_record"]),
        # an offence told as alleged or suspected
        ("Ken is suspected of embezzling from the pension fund, per the trade press.", ["criminal_record"]),
        ("Sarah was accused of bribing a procurement officer in Lagos.", ["criminal_record"]),
        ("Their CFO Paula allegedly falsified the accounts before the sale.", ["criminal_record"]),
        # a thing or an incident investigated, an internal review, a rival's move, a victim, a product
        ("Police are investigating a break-in at the Acme warehouse; no one's been named.", []),
        ("Our auditors are investigating the billing discrepancy with Tom.", []),
        ("Legal is investigating him for the expenses overspend (internal HR review).", []),
        ("He allegedly promised us a discount last year, but nobody wrote it down.", []),
        ("Quorvia allegedly undercut us on the Leeds bid.", []),
        ("Tom accused us of stealing their best rep, jokingly.", []),
        ("Beth was reportedly assaulted by a customer at the Leeds store.", []),
        ("The new module helps police investigate fraud faster.", []),
    ],
)
def test_alleged_offences(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # an office named by the union's possessive or the kind of rep, or speaking for the union
        ("Mei is the union's safety rep on the night shift, so loop her in before the pilot.", ["trade_union"]),
        ("Jon is the union health and safety rep for the depot.", ["trade_union"]),
        ("Priya's the union's branch secretary at the plant.", ["trade_union"]),
        ("Kemi is the GMB's health and safety rep at the depot.", ["trade_union"]),
        ("Tom's the union's chief negotiator this year, so expect tough questions.", ["trade_union"]),
        ("Ayo reps for the union at the Warephase bays and will review the handheld logs.", ["trade_union"]),
        ("She represents the union on the works safety committee.", ["trade_union"]),
        # a rep who is no union's, the union's policy or a vacant office, the EU's negotiator, a place
        ("Ali is the health and safety rep for the Warephase loading bays.", []),
        ("The union's health and safety policy covers forklifts.", []),
        ("The union's safety rep role is vacant until the election.", []),
        ("Michel, the Union's chief negotiator, spoke in Brussels.", []),
        ("Ivo is our rep for the Union Square store.", []),
    ],
)
def test_union_offices(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


def test_new_cues_are_prefiltered() -> None:
    new = {pattern for pattern, _ in ADDICTION + ALLEGATIONS}
    compiled = [cue.pattern for cue in CUES if cue.pattern.pattern in new]
    assert len(compiled) == len(new)
    changed = [cue.pattern for cue in CUES if "repping for" in cue.pattern.pattern]
    assert len(changed) == 1
    assert all(required_literals(pattern) is not None for pattern in compiled + changed)
