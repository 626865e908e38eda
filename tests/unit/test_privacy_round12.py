"""The kinds of input the blind12 privacy set showed the detector missing or over-reading, in new wording, each
beside the business or figurative sense that must stay quiet: the writer as the subject a chat line leaves
out, joining and holding office in a party, Indigenous peoples by name, union drives, stored biometric
templates, and states said of a thing or an illness said of a team; plus a guard that the new cues stay
behind the prefilter."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.cues import CUES
from policies.privacy.lexicon_party_members import PARTY_MEMBERS
from policies.privacy.prefilter import required_literals
from policies.privacy.speaker import writer_is_subject


def _cats(text: str) -> list[str]:
    return detect(text).categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # the writer leaves "I" out: an absence and its reason, a course of medicine, a recovery
        ("Apologies, was away Thursday - Yom Kippur. Catching up on the quote now.", ["religion"]),
        ("Off tomorrow: Eid. Back Friday for the Quantum call.", ["religion"]),
        ("Sorry, was offline Wed: wisdom teeth out. Redlines tonight.", ["health"]),
        ("quick one, stopped pregabalin last month and sleep is a mess, so mornings are slow", ["health"]),
        ("Still recovering from the knee op, calls only this week please.", ["health"]),
        ("been laid up with shingles all week, catching up on the deck now", ["health"]),
        ("Can't do Friday: IVF appointment. Monday works.", ["health"]),
        # business text without a subject, and other people's subjects, stay quiet
        ("Finalised the cancer-screening tender response, it goes out tonight.", []),
        ("Was the office shut for Diwali last year?", []),
        ("Started the pilot Monday: the insurer's members mostly have diabetes plans.", []),
        ("Sorry, was out: our cat had dental surgery. Back on the renewal now.", []),
        ("Out of office: Diwali.", []),
        ("Stopped lithium shipments to the Reno plant until the audit closes.", []),
    ],
)
def test_writer_left_out(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


def test_writer_is_subject_reads_clauses() -> None:
    assert writer_is_subject("Sorry, was out Tue: flu.", 20)
    assert writer_is_subject("cant make mornings, started citalopram", 20)
    assert not writer_is_subject("Was the PO sent: yes.", 17)
    assert not writer_is_subject("Take the flu jab off the agenda.", 9)
    assert not writer_is_subject("Started the pilot: diabetes data next.", 19)
    # a subject named before, set off by commas, keeps the later clause
    assert not writer_is_subject("Halvard Group, who owns them, was off with flu.", 30)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # joining, leaving and sitting on a party's own bodies; membership in Spanish, Portuguese, Italian
        ("Priya was elected to the SNP's constituency executive last month.", ["political_opinion"]),
        ("Olu rejoined the Lib Dems after the election.", ["political_opinion"]),
        ("Javier es afiliado al PSOE desde 2010.", ["political_opinion"]),
        ("A Marta é filiada no Livre há dois anos.", ["political_opinion"]),
        ("Sandra's flying out for the Women's March, so no Friday call.", ["political_opinion"]),
        ("Lena joined Vox Media in March.", []),
        ("Tom was elected to the board of Greenfield.", []),
        ("Rui left the Lisbon office for Porto.", []),
        ("We left Labor Day pricing unchanged.", []),
    ],
)
def test_party_members(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # Indigenous peoples by their own names
        ("Kaya is Tlingit and her family is from Sitka.", ["ethnicity"]),
        ("Jim mentioned he's Anishinaabe when we talked about the powwow.", ["ethnicity"]),
        ("The Cheyenne depot goes live Monday.", []),
        ("The Choctaw Nation account renews in May.", []),
        # one person leading a drive to unionise; an event's organising push and a group's vote are not
        ("Tendai is leading the unionisation drive at the Leeds depot.", ["trade_union"]),
        ("Bo has been running the organising campaign at the mill ahead of the union vote.", ["trade_union"]),
        ("Marta is leading the organising push for the Lisbon offsite.", []),
        ("Their warehouse staff voted to unionise in May.", []),
        # a stored template on a device is data; prints "on" a deal are a figure of speech
        ("Liam's palm-vein scan is on the kiosk now.", ["genetic_biometric"]),
        ("Dana's fingerprints are on this whole mess.", []),
    ],
)
def test_peoples_unions_templates(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # slang and adverbs: a thing is "sick", a plan "ill-advised", a rollout "poorly executed"
        ("that keynote was sick, the whole room loved it", []),
        ("Jo said this is sick!! send me the recording", []),
        ("Jo thinks the plan is ill-advised.", []),
        ("The rollout was poorly executed, Jo said.", []),
        ("Marek said he was sick all weekend.", ["health"]),
        ("This guy was sick the whole flight, Ana said.", ["health"]),
        # an illness through a team is a group's; one person's is theirs
        ("Norovirus tore through the Bremen warehouse crew last week, so the pilot slips.", []),
        ("Ana caught norovirus on the cruise.", ["health"]),
    ],
)
def test_said_of_a_thing_or_a_team(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


def test_new_cues_are_prefiltered() -> None:
    new = {pattern for pattern, _ in PARTY_MEMBERS}
    compiled = [cue.pattern for cue in CUES if cue.pattern.pattern in new]
    assert len(compiled) == len(new)
    changed = [
        cue.pattern for cue in CUES if "organi[sz]ing (?:push" in cue.pattern.pattern or "OOO" in cue.pattern.pattern
    ]
    assert len(changed) == 2
    assert all(required_literals(pattern) is not None for pattern in compiled + changed)
