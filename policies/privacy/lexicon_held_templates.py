"""Biometric cues for templates that exist for particular people: the enrolment, iris, face or fingerprint
templates "for the 3 visitors we did live on stage", "of the five volunteers from the demo", "of the attendees
we enrolled at the booth", kept on a device or still to be deleted. A template held for people who were
enrolled is their biometric data, and the people are named or counted next to it.

Senses that must stay quiet: templates as a product question or design, for no one yet ("where templates would
be stored", "can it keep face templates for all visitors?"), and a document template ("the email templates for
the 3 visitors")."""

from __future__ import annotations

# what a reader stores of a person ("the enrolment templates", "iris scans", "face prints")
_BIOMETRIC = (
    r"(?:(?:enrol(?:l)?ment|biometric|iris(?:-scan| scan)?|retina(?:l)?|face|facial|fingerprint|finger|"
    r"palm(?:-vein| vein)?|vein|voice|hand(?:-geometry| geometry)?) (?:templates?|scans|prints|signatures|embeddings|"
    r"samples)|iris scans|"
    r"face ?prints|voice ?prints|fingerprints)"
)
# the people it was taken from: counted or gathered by the event ("the 3 visitors", "all five volunteers")
_PEOPLE = (
    r"(?:the |those |these |our |all |both )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few|"
    r"handful of )?(?:\w+ )?(?:visitors|attendees|guests|delegates|volunteers|participants|contestants|people|folks|"
    r"customers|prospects|testers|employees|staff members|members of staff)"
)
# the templates exist: people were enrolled or scanned, on stage, at the booth, in the demo
_TAKEN = (
    r"(?:we|they|you|I) (?:did|enrolled|enroled|scanned|registered|captured|signed up|tested|ran)|who (?:were|got|"
    r"had been) (?:enrolled|scanned|registered)|(?:enrolled|scanned|registered|captured) (?:at|on|during|in|live)|"
    r"(?:from|at|on) (?:the |our )?(?:demo|booth|stand|stage|pilot|trial|event|show)"
)

HELD_TEMPLATES = (
    (
        r"\b(?:the |their |those |these )" + _BIOMETRIC + r" (?:for|of|from) " + _PEOPLE + r" (?:" + _TAKEN + r")\b",
        "person",
    ),
)
