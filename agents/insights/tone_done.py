"""Two grievance reactions the main table (tone_grievance.py) lacked: our account of the failure refused before we
give it ("I'm not interested in another explanation", "spare me the excuses"), and belief in the product given up
("I no longer believe this works for us", "I've stopped believing it will"). A request for an explanation is not
refused ("I'd be interested in an explanation"), and belief kept is not given up ("I still believe this works")."""

from __future__ import annotations

_ACCOUNT = r"(?:explanations?|excuses?|apolog(?:y|ies)|stor(?:y|ies)|promises?|reassurances?|post-?mortems?)"
DONE_LISTENING: tuple[tuple[str, str, bool], ...] = (
    (
        "reproach",
        r"\b(?:i'?m|i am|we'?re|we are) (?:not|no longer) interested in (?:(?:another|any more|more|any|your|the) )?"
        r"(?:[\w-]+ )?" + _ACCOUNT + r"\b"
        r"|\bspare (?:me|us) (?:the|your|any more|another) (?:[\w-]+ )?" + _ACCOUNT + r"\b"
        r"|\b(?:i|we) (?:don't|do not) (?:want|need) to hear (?:another|any more|more|any|your) (?:[\w-]+ )?"
        + _ACCOUNT
        + r"\b|\bsave (?:your|the) (?:[\w-]+ )?(?:explanations?|excuses?|apolog(?:y|ies))\b"
        r"|\bno more (?:explanations|excuses|apologies|stories|promises)\b",
        False,
    ),
    (
        "distrust",
        r"\b(?:i|we) no longer (?:believe|trust|think) (?:that )?(?:this|it|you|your [\w-]+|the (?:tool|product"
        r"|system|platform|software))\b(?: (?:can |will |is going to |would )?(?:works?|deliver|be fixed|do the job"
        r"|fits?|is right))?"
        r"|\b(?:i'?ve|we'?ve|i have|we have) (?:stopped|given up) believing\b"
        r"|\b(?:i|we) (?:don't|do not) (?:believe|think) (?:this|it) (?:will|is going to|can) ever (?:work|be fixed)\b",
        False,
    ),
)
