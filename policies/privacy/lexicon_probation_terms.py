"""Criminal-record cues for probation, parole or supervised release told by what they forbid: "can't leave Ohio
till next fall, terms of his probation", "his parole won't let him travel", "under the terms of his parole he
can't fly abroad", "she's on supervised release". A sentence served in the community keeps a person inside a
state or country; a new job's probation never does, so a bar on leaving or travelling beside "probation" is the
court's.

Senses that must stay quiet: a probation at work ("on probation in her new job", "his probation period ends in
June", "under the terms of her probation at the bank she can't approve deals"), and travel barred for other
reasons ("can't leave Ohio till the audit is done")."""

from __future__ import annotations

_WHOSE = r"(?:his|her|their|my|your)"
# a bar on leaving or travelling, said of a person
_BARRED = (
    r"(?:can'?t|cannot|can not|could(?:n'?t| not)|isn'?t allowed to|is not allowed to|wasn'?t allowed to|not allowed "
    r"to|not permitted to|won'?t be (?:allowed|able) to|unable to|barred from|banned from|forbidden to|may not|"
    r"must not|mustn'?t) (?:(?:even|really|legally|yet) )?(?:(?:leave|leaving) (?:the (?:state|country|county|"
    r"city|town|area|island|province)|(?-i:[A-Z])\w+)|(?:travel|travell?ing|fly|flying) (?:\w+ )?(?:abroad|"
    r"overseas|internationally|out of (?:the )?(?:state|country|county)|outside (?:the )?(?:state|country)|across "
    r"state lines|to (?-i:[A-Z])\w+)|"
    r"cross (?:state lines|the border)|go out of|going out of|get out of|be out of|set foot outside)"
)
# a conviction said with it ("after the conviction", "pleaded guilty", "a DUI")
_CONVICTED = (
    r"\b(?:convictions?|convicted|sentenced|pleaded guilty|pled guilty|found guilty|court-ordered|DUI|DWI|"
    r"drink[- ]driving|drunk[- ]driving)\b"
)
_SUPERVISION = r"(?:probation|parole|supervised release|probation order|community order)"
# the terms or conditions of one's own probation or parole (a job's probation has "period", not "terms of his")
_TERMS = r"(?:terms|conditions|rules|restrictions) of " + _WHOSE + r" (?:\w+ )?" + _SUPERVISION
# said the other way round: the probation keeps them in ("his probation won't let him travel")
_KEEPS_IN = (
    r"\b" + _WHOSE + r" (?:probation|parole)(?: (?:officer|terms|conditions|order))? (?:won'?t|doesn'?t|does not|"
    r"will not|didn'?t) (?:let|allow) (?:him|her|them|me) (?:to )?(?:leave|travel|fly|cross|go)\b"
)

PROBATION_TERMS = (
    (
        # a bar on leaving and the probation that sets it, in one sentence, either order
        r"\b"
        + _BARRED
        + r"\b(?:[^.!?;\n]{0,60}?)\b(?:"
        + _TERMS
        + r"|(?:on|under|while on|because of|due to|per) "
        + _WHOSE
        + r"? ?"
        + _SUPERVISION
        # (a job's: "on probation at her new job", "during his probation period")
        + r"(?! (?:period|review|at work|(?:at|in|with) (?:the|his|her|a|their|our|my) (?:new )?(?:job|role|post|"
        r"position|company|firm|employer|team|bank))))\b|"
        r"\b(?:under |per |by |as )?(?:the )?" + _TERMS + r",? (?:\w+ ){0,2}?" + _BARRED + r"\b|" + _KEEPS_IN,
        "person",
    ),
    (
        # parole's and supervised release's own words: no job has either ("the terms of his parole", "on
        # supervised release")
        r"\b(?:terms|conditions) of " + _WHOSE + r" parole\b|\b" + _WHOSE + r" parole (?:conditions|terms|hearing|"
        r"board|review)\b|\b(?:on|under|serving|began|begins|finished|completes?|completed) (?:\w+ )?supervised "
        r"release\b",
        "person",
    ),
    (
        # one's probation and the conviction it follows, in one clause, either order ("finished his probation last
        # year after the conviction", "convicted of fraud and put on probation"); a job's probation has no
        # conviction beside it
        r"\b(?:" + _WHOSE + r"|on|finished|served|serving|completed|completing|did|doing) probation\b(?! period)"
        r"[^.!?;\n]{0,60}?" + _CONVICTED + r"|" + _CONVICTED + r"[^.!?;\n]{0,60}?\b(?:on|to|" + _WHOSE + r") "
        r"probation\b(?! period)",
        "person",
    ),
)
