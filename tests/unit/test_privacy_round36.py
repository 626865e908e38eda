"""Privacy classes blind36 showed missing, each in new wordings beside hard negatives: sick-listing and burnout in
Swedish, Norwegian or Danish; a German severe-disability status or its degree; unbelief said of a person and
leaving a national church; a union or ethnic origin as the new value of a field change log in one person's record
(by number or name); an
injury named by the body part it hit and whose it is; coming out to a group named with words before it. And
one about no one's politics: a creed as hyperbole about a work habit ("a total anarchist with ...")."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # Nordic sick-listing and burnout
    ("Ingrid from Halvo: hun er sykmeldt ut måneden, so the renewal waits.", "health"),
    ("Spoke to Per at Nordhav. Han har gått in i väggen och är borta till maj.", "health"),
    ("Sofie er sygemeldt igen, so Mads takes the Aarhus pitch.", "health"),
    # German severe-disability status or its degree
    ("Herr Brandt hat einen GdB von 60, bitte den Raum im Erdgeschoss buchen.", "health"),
    ("Note for the Köln visit: Jana is schwerbehindert, she needs the lift entrance.", "health"),
    # unbelief said of a person, leaving a national church
    ("Ask Henrik, he's cheerfully irreligious and won't mind the Sunday slot.", "religion"),
    ("Astrid resigned from the Church of Norway in 2019, so don't book her for the choir gig.", "religion"),
    # a special-category value in a field change log
    ("Audit trail for contact Mira Olsen\nunion_membership  old: none  new: 'RMT'", "trade_union"),
    ("HR log, employee #20931\nfield: union_affiliation  old: (empty)  new: Unite", "trade_union"),
    ("Record update, Tomasz Nowak: ethnic_origin old: (blank) new: Roma", "ethnicity"),
    # an injury named by the body part, whose it is said
    ("Bettina can't drive to the demo, her left knee fracture hasn't healed.", "health"),
    ("Rafael's shoulder strain means no golf day for him.", "health"),
    # coming out to a group named with words before it
    ("Niko came out to his old uni friends over the summer, he's much happier.", "sexual_orientation"),
    ("Priya said Leon came out to the entire Brightwell sales team on Monday.", "sexual_orientation"),
])  # fmt: skip
def test_blind36_classes_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", [
    # the Nordic and German schemes named, no one in them
    "Sjukskrivning rules in Sweden change in July, per the Bravo HR memo.",
    "Ask Petra what the Schwerbehindertenvertretung at the Hamburg site needs from us.",
    "Kai booked the venue because it has schwerbehindertengerechte Toiletten.",
    # godless as a figure, a church as a place
    "Tobias set the call for a godless hour, 6am Sydney time.",
    "Ulla left the state church after the concert and drove to the airport.",
    "We left the Church of Sweden stand at the fair around four.",
    # a field with no value, or a field name in prose
    "Contact Aisha Khan\nunion_affiliation  old: (empty)  new: (empty)",
    "Lotte added a union_affiliation column to the contacts table for the HR client.",
    "Note from Dev: credit_union_membership: Gold tier",
    # many records, or a firm's, are no one person's
    "We imported 12,000 contact records\nunion_membership  old: none  new: Unite",
    "The client Treequote Ltd\nunion_membership: Unite",
    # injury figures and safety work, not anyone's injury
    "Acme's hand injury rate fell by a third after Dana's rollout.",
    "Her back injury prevention talk at the depot went down well.",
    # going out to an event with a group
    "Jonas came out to the team drinks on Friday for once.",
    "Ella came out to the whole family barbecue despite the rain.",
    # a creed as hyperbole about a habit
    "Marek is a complete fascist about tabs versus spaces in the repo.",
    "Honestly Sanne is an absolute communist when it comes to the office snacks.",
])  # fmt: skip
def test_blind36_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []


@pytest.mark.parametrize(("text", "category"), [
    # the hyperbole guard leaves a creed stated plainly
    ("Marek is a lifelong socialist and says so at every dinner.", "political_opinion"),
    # the event guard leaves coming out to the people themselves
    ("Ella came out to the whole family at Christmas.", "sexual_orientation"),
])  # fmt: skip
def test_blind36_quiet_rules_leave_a_persons_own(text: str, category: str) -> None:
    assert category in detect(text).categories
