"""Genetic-biometric cues for a person's face matched to who they are, as event check-in gates and onboarding
apps do it: "uploaded her selfie and it's matched to her badge", "Omar's face was verified against his
passport", "we matched his selfie to the attendee list", "Nadia's face match failed at the gate". A face
compared with a record to tell who someone is, is biometric data used for identification (LABELS.md).

Senses that must stay quiet: the feature itself ("the venue offers face-match check-in as an add-on", "face
matching ships in v2"), a selfie or photo as a picture ("her selfie with the CEO went viral"), and a match that is
a game or a pairing ("Kofi's match on Saturday", "his profile was matched to a mentor"): the face or selfie must
be someone's and be matched, verified or enrolled."""

from __future__ import annotations

# whose face it is: a possessive, or a name's
_WHOSE = r"(?:his|her|their|my|(?-i:[A-Z][a-z]+)['’]s)"
_FACE = r"(?:selfie|face|face (?:photo|image|scan)|facial (?:image|scan)|live photo)"
_MATCHED = r"(?:matched|verified|enrolled|registered|recogni[sz]ed|checked|compared|validated)"
# what a face is matched with: the record that names the person
_RECORD = (
    r"(?:badge|passport|ID|ID card|photo ID|driving licen[cs]e|licen[cs]e|profile|registration|ticket|booking|"
    r"record|attendee list|guest list|watch ?list|database|system|gates?|reader|terminal)"
)

FACE_MATCHES = (
    (
        # the face matched ("her selfie and it's matched to her badge", "Omar's face was verified against")
        r"\b" + _WHOSE + r" " + _FACE + r" (?:[\w'’]+ ){0,3}?" + _MATCHED + r" (?:to|against|with|on|in|by|at) "
        r"(?:the |his |her |their |my |a |an )?(?:[\w-]+ ){0,2}?" + _RECORD + r"\b|"
        # matching it ("we matched his selfie to the guest list", "verified Nadia's face against her ID")
        r"\b" + _MATCHED.replace("(?:", "(?:re-?)?(?:", 1) + r" " + _WHOSE + r" " + _FACE + r" (?:to|against|with|"
        r"on|in) (?:the |his |her |their |my |a |an )?(?:[\w-]+ ){0,2}?" + _RECORD + r"\b|"
        # the outcome of a face match ("Nadia's face match failed", "his facial check passed")
        r"\b" + _WHOSE + r" (?:face|facial)[- ]?(?:match|scan|check|recognition|verification)(?: check)? "
        r"(?:has |had |just )?(?:failed|passed|worked|succeeded|went through|was rejected|didn['’]t work|"
        r"did not work|keeps failing)\b",
        "person",
    ),
)
