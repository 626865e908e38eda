"""Biometric cues for a template given as the value of a record's field: a contact or HR export that says a
person's voiceprint, face, palm-vein or fingerprint template is enrolled, registered or on file ("Caller
verification: voiceprint enrolled 03/11", "Face ID enrolment: completed", "Palm vein template - on file"). A
template enrolled against one record is that person's biometric data used to identify them (LABELS.md), and the
record's "Name:" field (:mod:`.ticket_subject`) or a name beside it says whose.

Senses that must stay quiet: a feature or a setting with no one's template in it ("Fingerprint login: enabled",
"the product supports voiceprint authentication"), a product question ("can the kiosk hold face templates captured
for the gates?"), a field left empty or declined ("Voiceprint: not enrolled",
"Face template: none"), and "voice of the customer"."""

from __future__ import annotations

# the template itself, never the feature that reads it ("fingerprint login", "Face ID unlock")
# one template, one person: "face templates captured" are a product's or a crowd's
_TEMPLATE = (
    r"(?:voice ?print|voice (?:template|profile|biometric|signature)|face ?print|(?:face|facial) "
    r"(?:template|biometric|profile)|(?-i:Face ?ID)(?: (?:enrol(?:l)?ment|registration|template))?|"
    r"(?:fingerprint|thumbprint|iris|retina|palm[- ]?vein|finger[- ]?vein|palm ?print) (?:template|scan|"
    r"biometric)|biometric (?:template|profile))"
)
# the value says it is held: enrolled, registered, captured or on file, with a date or a reference maybe
_HELD = (
    r"(?:enrol(?:l)?ed|re-?enrol(?:l)?ed|registered|captured|stored|on file|on record|active|verified|completed?|"
    r"done|yes|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|(?:ref|ID|id|#) ?[\w-]*\d{3,})\b"
)
# not held: a negation or a placeholder between the template and its state
_NOT_HELD = r"(?!(?:[^\n.;]*?\b)?(?:not|no|never|none|declined|pending|opted out|refused|deleted|removed)\b)"

BIOMETRIC_FIELDS = (
    (
        # the template and its state on one line ("VoiceID voiceprint enrolled 2017-11-02", "Face ID enrolment:
        # completed"), a few words between at most
        r"\b" + _TEMPLATE + r"\b(?! (?:login|log-in|unlock|sign-?in|readers?|scanners?|support|feature|option|"
        r"settings?|policy|vendor)s?\b)"
        + _NOT_HELD
        + r"[ \t]*(?:[:=–—-][ \t]*)?(?:[\w'’.()-]+[ \t]+){0,3}?"
        + _HELD
        # a field states it; a question on the line asks what a product could hold ("can it hold a face template
        # captured for ...?")
        + r"(?![^\n?]*\?)",
        "field",
    ),
)
