"""Privacy classes blind38 showed missing, each in new wordings beside hard negatives: speech read through its
stutters and fillers (a transcribed voice note's "a, a", "um,"); a person named by their tie to us ("our contact
at Velbrook", "the customs liaison"); and a condition a genetic screen or test found in someone."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.disfluency import fluent


@pytest.mark.parametrize(("text", "category"), [
    # speech with stutters and fillers
    ("[transcript] hi it's Oskar, um, I've got the, the flu, so can Ines take the Velbrook demo?", "health"),
    ("voicemail: yeah so uh I've got, uh, a migraine, sorry, can't make the ten o'clock", "health"),
    ("I've been, like, laid up with a, uh, a nasty bug all weekend", "health"),
    # a person named by their tie to us
    ("FYI our main contact at Tessary, the one who signed the MSA, was charged with fraud on Friday.",
     "criminal_record"),
    ("Note: the customs liaison for the Brannock account is being investigated for bribery.", "criminal_record"),
    ("Per the FT, our counterpart at Halvorsen (procurement) pleaded guilty to tax evasion.", "criminal_record"),
    ("Heads-up, Quillan Marsh-Ovie, the logistics contact at Dunmore, was arrested for smuggling in May.",
     "criminal_record"),
    # a finding on a genetic screen
    ("Tiago's son was flagged with sickle cell trait on the newborn genetic screen, so Tiago is out Friday.",
     "genetic_biometric"),
    ("Her brother was diagnosed with Lynch syndrome through a hereditary cancer gene screen last spring.",
     "genetic_biometric"),
    ("Per Hanne, the DNA screen picked up haemochromatosis in her dad, so she's on half days.", "genetic_biometric"),
])  # fmt: skip
def test_blind38_classes_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", [
    # stutters and fillers around nothing sensitive
    "[transcript] um, so the, the bug in checkout is back, uh, can you look before the demo?",
    "voicemail: uh the deck is, is sick, honestly, um, best one this quarter",
    "I- I think the Velbrook deal is, uh, dead in the water, sorry",
    # "contact" as a thing, and no one's offence
    "The Leeds contact centre was under investigation for fraud in 2019.",
    "Please use the contact form to report anyone you saw arrested for shoplifting.",
    "The contact lens maker was fined for price-fixing by the court.",
    # a genetic screen as research or a product
    "Forty targets were identified in a CRISPR genetic screen of yeast cells.",
    "Our DNA screen platform picked up three new hospital customers this quarter.",
    "The newborn genetic screen market was flagged as a growth area in Ravi's deck.",
])  # fmt: skip
def test_blind38_negatives_stay_quiet(text: str) -> None:
    assert detect(text).categories == []


def test_a_screen_finding_is_genetic_and_its_condition_health() -> None:
    text = "Per Sunniva, her nephew was picked up with muscular dystrophy by the newborn DNA screen."
    assert detect(text).categories == ["health", "genetic_biometric"]


def test_fluent_reading_keeps_the_original_offsets() -> None:
    text = "uh hey it's Oskar, I've got a, a, a stomach bug, sorry"
    findings = detect(text).findings
    assert findings and all(f.cue == text[f.start : f.end] for f in findings)
    assert all(text[f.sentence[0] : f.sentence[1]].strip() for f in findings)


@pytest.mark.parametrize(("text", "reads"), [
    ("I've got a, a stomach bug", "I've got a stomach bug"),
    ("um, the call -- uh, I'm, I'm out", "the call -- I'm out"),
    ("it's a st- stomach thing", "it's a stomach thing"),
])  # fmt: skip
def test_fluent_drops_stutters_and_fillers(text: str, reads: str) -> None:
    spoken = fluent(text)
    assert spoken is not None and spoken[0] == reads


@pytest.mark.parametrize(
    "text",
    [
        "Um Mitternacht ist er im Büro.",  # German "um" and "er" are words, not fillers
        "She had had two offers by then.",
        "The Walla Walla office, the one in Washington, is closing.",
        "Pre- and post-launch reviews are on Friday.",
        "Any friends at UH or UT who could intro us?",
    ],
)
def test_fluent_leaves_fluent_text_alone(text: str) -> None:
    assert fluent(text) is None
