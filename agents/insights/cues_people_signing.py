"""``stakeholder_change`` told as the contact losing the right to sign or decide: "I am not allowed to sign anymore",
"I can't sign off contracts any longer, it all goes to group now", "my signing authority was taken away last week",
"they've removed my sign-off". Someone else now decides, whoever they are (cues_people.py holds the main table).

It is no timeline_slip: the deal waits for the new owner, not for a date, so signals_timeline.py reads the sentence
without it (``without_lost_authority``). A bar for a while ("I'm not allowed to sign before legal has looked at it",
"I can't sign this week, I'm travelling") or a quantity ("can't sign any more licences") says nothing of the kind.
"""

from __future__ import annotations

import re

from agents.insights.cues import cue

_ACT = (r"(?:sign(?: off)?|approve|decide|authori[sz]e|commit|order|buy|place (?:the |an? )?orders?)(?: (?:it"
        r"|this|that|contracts?|orders?|purchases?|the (?:contract|order|deal|purchase|po)|for (?:it|this|us"
        r"|the \w+)))?")  # fmt: skip
# "any more" as an end, not a quantity: "not allowed to sign anymore," (not "sign any more licences")
_ANY_MORE = r"(?:any ?more|any longer)(?=\s*(?:[,.;:!)\u2014-]|$|(?:since|from|as of|because|after|now|so|and|but)\b))"
_ALLOWED = r"(?:allowed|permitted|authori[sz]ed|entitled|empowered)"
_LOST = (
    # "I am not allowed to sign anymore", "we're not authorised to approve contracts any longer"
    rf"\b(?:I|I'm|I am|we|we're|we are)(?: am| are)? (?:no longer {_ALLOWED} to {_ACT}\b|not {_ALLOWED}"
    rf"(?: any ?more| any longer) to {_ACT}\b|not {_ALLOWED} to {_ACT}\b[^.;]{{0,12}}? {_ANY_MORE})"
    rf"|\b(?:I|we) (?:can't|cannot|can not|may not|can no longer|may no longer) {_ACT} {_ANY_MORE}"
    # the right itself taken: "my signing authority was taken away", "they removed my sign-off"
    r"|\bmy (?:signing |budget |purchasing |approval )?(?:rights?|authority|sign-?off|signature rights?|mandate)"
    r"(?: (?:to sign|for (?:this|contracts|purchases|it)))? (?:was|were|has been|have been|got|is being) (?:now )?"
    r"(?:taken (?:away|off me)|removed|withdrawn|revoked|pulled|transferred|moved)\b"
    r"|\b(?:took|taken|removed|withdrew|withdrawn|revoked|pulled) (?:away )?my (?:signing |budget |purchasing"
    r" |approval )?(?:rights?|authority|sign-?off|signature rights?|mandate)\b"
)
SIGNING_LOST = cue(_LOST, 0.85, negatable=False)
_LOST_RE = re.compile(_LOST, re.IGNORECASE)


def without_lost_authority(sentence: str) -> str:
    """The sentence with the loss of the right to sign taken out, for the timeline cues: "I am not allowed to sign
    anymore" is not a pause of the deal."""
    return _LOST_RE.sub(" ", sentence)
