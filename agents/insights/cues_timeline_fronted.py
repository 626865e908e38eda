"""Signing barred until a time told first, for ``timeline_slip``: "Until the new policy is out (March, they say)
nobody below the VP can sign", "Till the audit closes in April we can't commit to anything".

The other refusal cues want the "until" after the verb ("nothing will be signed until March"); told the other way
round the bar is the same, and its date is judged against the expected close like theirs (a bar lifted inside the
window is no slip; one with no date is a pause). A bar that waits on us ("Until you send the DPA, nobody can sign")
is a step of the deal, not a slip.
"""

from __future__ import annotations

from agents.insights.cues import cue

_VERB = r"(?:sign|approv|commit|order|purchas|agree|authori[sz]|countersign|finali[sz])\w*"
FRONTED_BAR = cue(
    r"^(?:(?:so|and|but|sadly|unfortunately|annoyingly|basically|anyway),? )?(?:until|till|'til|before)\b"
    r"(?![^.;]{0,80}\b(?:you|your)\b)[^.;]{0,100}?"
    # a negative subject with a plain modal: "nobody below the board can sign", "nothing can be approved"
    rf"(?:\b(?:nobody|no one|no-one|nothing|none of us)\b(?: [\w'-]+){{0,4}}? (?:can|may|will|could|is allowed to"
    rf"|are allowed to|is able to|gets?)(?: be| get)? {_VERB}"
    # a subject with a negated modal: "we can't sign", "the CFO won't approve anything"
    r"|\b(?:we|i|they|he|she|(?:our|my|the) [\w-]+)\b(?: [\w'-]+){0,3}? (?:can't|cannot|can not|won't|will not"
    r"|may not|isn't allowed to|aren't allowed to|is not allowed to|are not allowed to|'m not able to|'re not able to"
    rf"|am not able to|are not able to|is not able to)(?: be)? {_VERB})\b",
    0.85,
    negatable=False,
)
