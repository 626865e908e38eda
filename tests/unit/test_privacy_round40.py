"""Privacy classes blind40 showed missing, each in new wordings beside hard negatives: a heart attack or stroke
told with how bad or how sure it was ("a minor heart attack", "a suspected stroke"); a named disease gene's
variant found in a person, and a person's results from a consumer DNA-test brand; and a denomination that
qualifies a church body (a church foundation, trust or council), an organisation rather than anyone's faith."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # an episode qualified by its severity or certainty
    ("Heads-up: Leopold had a minor heart attack over the weekend, so Jana covers his accounts.", "health"),
    ("Rosalind's father suffered a massive heart attack in March and she is flying home.", "health"),
    ("Cyprian was admitted with a suspected stroke on Tuesday night.", "health"),
    ("Apparently Gwendolyn has a serious heart condition and can't fly long haul.", "health"),
    # a disease gene's variant in a person
    ("Imelda told me she carries no symptoms but has a PALB2 mutation, hence the screening.", "genetic_biometric"),
    ("Tobias found out last month he has an APOE4 variant and is rethinking his pension.", "genetic_biometric"),
    ("Rafaela tested positive for a Lynch syndrome MLH1 variant in the spring.", "genetic_biometric"),
    # a person's results from a consumer DNA-test brand
    ("Casimir's AncestryDNA results came in and he's been talking about nothing else.", "genetic_biometric"),
    ("Her MyHeritage report showed a half-sister nobody knew about.", "genetic_biometric"),
    ("He posted his 23andMe health report in the family chat.", "genetic_biometric"),
])  # fmt: skip
def test_new_classes_are_flagged(text: str, category: str) -> None:
    assert category in detect(text).categories, text


@pytest.mark.parametrize("text", [
    # figures of speech and things, not a person's episode
    "If the auditors see this invoice they'll have a minor heart attack, so fix it first.",
    "The outage gave the ops team a massive heart attack, figuratively speaking.",
    # genes and DNA brands as science, markets or companies
    "BRCA2 variants of uncertain significance make up a large share of lab reports.",
    "Our assay covers the PALB2 mutation panel that hospitals keep asking for.",
    "23andMe results for the quarter missed analyst estimates again.",
    "Ottavio's team is pitching an AncestryDNA results dashboard to the retail group.",
    # a denomination qualifying an organisation
    "Harrow Print is owned by a Methodist church trust, so payment runs take an extra week.",
    "The Anglican parish council approved the solar panel quote on Monday.",
    "Ferrand Logistics leases its depot from a Baptist church council in Lyon.",
])  # fmt: skip
def test_hard_negatives_stay_unflagged(text: str) -> None:
    assert not detect(text).sensitive, (text, detect(text).findings)


@pytest.mark.parametrize("text", [
    # a person's own faith stays theirs, whatever a church follows it
    "Marisol goes to a Lutheran church every Sunday with her kids.",
    "Ewald is a devout Catholic churchgoer.",
])  # fmt: skip
def test_a_persons_own_church_stays_religion(text: str) -> None:
    assert "religion" in detect(text).categories, text
