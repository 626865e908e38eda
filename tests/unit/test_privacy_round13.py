"""The kinds of input the blind13 privacy set showed the detector missing or over-reading, in new wording, each
beside the business, figurative or negated sense that must stay quiet: illness in the languages a rep's notes
mix in, episodes told by a clause after them, movement disorders, immunity tests, mourning rites by name, union
dues and strikes with a named union, denied membership and a workforce's data field, orientation words abroad,
gay dating apps and partner slang, candidacies for a party and signed open letters, a person named as the one
investigated, trusted-traveller enrolment; plus a guard that the new cues stay behind the prefilter."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.cues import CUES
from policies.privacy.lexicon_illness_abroad import ILLNESS_ABROAD
from policies.privacy.prefilter import required_literals


def _cats(text: str) -> list[str]:
    return detect(text).categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # illness written in Spanish, Portuguese, Italian, German
        ("Perdón Marta, agarré la gripe el domingo, mañana te mando el contrato.", ["health"]),
        ("O Rui está doente desde ontem, I'll take his demo slot.", ["health"]),
        ("Sorry Pieter: ich bin krankgeschrieben bis Freitag, Lena covers the pilot.", ["health"]),
        ("Giulia è a letto con la febbre, so the Milan call moves to Thursday.", ["health"]),
        # the same words as a market or a place stay quiet
        ("El mercado de la gripe aviar está en caída, dice el informe.", []),
        ("Send the quote to the com team and the avec-partners list.", []),
        # an episode told by a clause after it; a customs seizure is a port's
        ("Since the stroke he had in March, Pavel works mornings only.", ["health"]),
        ("The seizure they made at the border held up our pallets for a week.", []),
        # movement disorders, and immunity shown by a blood test
        ("Dana has dystonia in her right hand, so she'd prefer e-signature.", ["health"]),
        ("Kemal gets a titre test on Monday before the hospital install.", ["health"]),
        # figures of speech and drinks stay quiet
        ("This renewal is giving us all a heart attack, honestly.", []),
        ("Their policy bans non-alcoholic and alcoholic gifts over $25 alike.", []),
        ("Please order something alcoholic for the toast, nothing fancy.", []),
    ],
)
def test_health(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # mourning rites by name
        ("Omar's uncle passed; the janaza prayers are this afternoon so he's offline.", ["religion"]),
        ("Priya is away for her grandfather's shraddha ceremony until Tuesday.", ["religion"]),
        # union dues, striking with a named union; denied membership and a workforce's field stay quiet
        ("Carl asked that his Unison subs not show on the export his manager sees.", ["trade_union"]),
        ("Her brother has been out with Unite since the depot walkout began.", ["trade_union"]),
        ("Tomasz isn't a union member, he's the plant's HR lead in the negotiations.", []),
        ("No, Aoife was never in the union; she chairs the management side.", []),
        ("Can the HR module hold staff union dues so payroll can deduct them?", []),
        ("Jo went out with the Unite team for dinner after the talks.", []),
    ],
)
def test_rites_and_unions(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # orientation words abroad, gay dating apps, partner slang of a known given name
        ("A Sofia disse-me que é lésbica, and she'll bring the buyer to dinner.", ["sexual_orientation"]),
        ("lol Tariq got chatting to their procurement guy on Grindr", ["sexual_orientation"]),
        ("Ronan's fella is joining us at the Cork dinner, add one to the booking.", ["sexual_orientation"]),
        ("Niamh's fella is driving her to the airport, so she lands at 6.", []),
        # a candidacy for a party, an open letter on a cause; an acronym "stands for" a name stays quiet
        ("Mehmet ran for the AKP in the 2019 council race before joining us.", ["political_opinion"]),
        (
            "Lea signed the open letter demanding an end to arms sales, so skip the defence slide.",
            ["political_opinion"],
        ),
        ("Their CFO signed the open letter calling for faster invoice payment terms.", []),
        # a person named as the one investigated; a firm under investigation stays quiet
        ("Reports name Pete Lane, their ex-COO, as the man under investigation.", ["criminal_record"]),
        ("The company under investigation has paused all purchasing until June.", []),
        # trusted-traveller enrolment takes iris or fingerprints; the scheme's news names no one
        ("Hana has Global Entry now, so she'll clear customs first.", ["genetic_biometric"]),
        ("Global Entry kiosks were down at Newark all morning.", []),
        # a name followed by an Italian or Portuguese verb is a person
        ("Nota: Chiara è iscritta al Partito Democratico, keep politics off the agenda.", ["political_opinion"]),
    ],
)
def test_identity_politics_records(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


def test_new_cues_are_prefiltered() -> None:
    new = {pattern for pattern, _ in ILLNESS_ABROAD}
    compiled = [cue.pattern for cue in CUES if cue.pattern.pattern in new]
    assert len(compiled) == len(new)
    markers = ("janaz", "out (?:on strike )?with", "Global Entry", "open letter", "under investigation", "Grindr")
    changed = [cue.pattern for cue in CUES if any(m in cue.pattern.pattern for m in markers)]
    assert changed
    assert all(required_literals(pattern) is not None for pattern in compiled + changed)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # a family named by its members' given names is not a people (an Enron false positive)
        ("Meagan's parents are Sally & David, and they'll host the offsite dinner.", []),
        ("Priya's parents are Ravi and Anita; both retired from the bank last year.", []),
        # a family's people still is
        ("Jonas's parents are Eritrean, so he translates for the Asmara calls.", ["ethnicity"]),
        ("Her family is Kurdish and Turkish, she said at lunch.", ["ethnicity"]),
    ],
)
def test_a_family_named_by_given_names(text: str, categories: list[str]) -> None:
    assert sorted({f.category for f in detect(text).findings}) == categories
