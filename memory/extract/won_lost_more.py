"""More outcome wording, kept apart from ``stage`` and ``outcomes`` (their size limits).

Won: the signed paper reported back ("the signed contract came back on Friday", "the countersigned order form
landed this morning"); the signer named with a title between commas ("Chiara Lanzoni, the procurement lead,
countersigned the order form"); an e-signature tool's status ("DocuSign says completed", "Adobe Sign shows it
complete"); a rep's "it's a done deal, book it".
Lost: the deal called lost in a contraction ("that one's lost for us"); the customer renewing or staying with a
named rival ("we've renewed with Quorvia for two more years")."""

from __future__ import annotations

import re
from collections.abc import Iterable

_PAPER = r"(?:contract|order form|agreement|paperwork|papers|po|purchase order|msa|order)"
_WON = re.compile(
    # the signed paper back with us: past tense only ("will come back signed" is no win)
    r"\b(?:fully |duly )?(?:counter-?)?signed " + _PAPER + r"s? (?:just |finally |has |have )?"
    r"(?:came back|come back|came in|arrived|landed|got back to us|is back|was returned|were returned)\b"
    # the signer, a title glossed between commas, then the signing: "Arjun, their managing partner, signed it"
    r"|\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, (?:the|their|our|its|his|her) [\w &-]{2,40}?, "
    r"(?:just |finally |personally |already )?(?:counter-?)?signed (?:it|the " + _PAPER + r")\b"
    # an e-signature tool's word: "DocuSign says completed", "HelloSign shows it as complete"
    r"|\b(?:docusign|adobe sign|hellosign|pandadoc|echosign)\b(?:,| (?:says|shows|reports|marks|has|is))"
    r"(?: it| the (?:envelope|document))?(?: as)? (?:completed?|fully (?:signed|executed))\b"
    # the deal told as done, to be booked: "that's a done deal, book it"
    r"|\b(?:that|it|this)(?:['’]s| is) (?:a )?done deal\b(?=[^.;!?\n]{0,30}\bbook\b)",
    re.IGNORECASE,
)
# a win awaited or wished, not had: "once the signed contract comes back", "if DocuSign shows completed"
_NOT_YET = re.compile(
    r"\b(?:not|n't|never|once|when|if|until|as soon as|waiting|await\w*|hope\w*|expect\w*|should|will|would)\b"
    r"[^.;!?\n]{0,40}$",
    re.IGNORECASE,
)
_LOST = re.compile(
    r"\b(?:this|that|the) (?:one|deal|opp|opportunity)['’]s (?:now |officially |definitely )?lost\b(?! (?:cause|in)\b)",
    re.IGNORECASE,
)
_HEDGE = re.compile(r"\b(?:if|might|may|could|would|afraid|fear|worried|think|whether|unless)\b[^.;!?\n]{0,30}$", re.I)
# the customer's own renewal with a rival, said by them: "we've renewed with Quorvia", "we're staying with Lumora"
_KEPT = (
    r"\b(?:we|they)(?:['’]ve| have|['’]re| are)? (?:just |now |officially |decided to )?"
    r"(?:renewed|re-signed|extended|renew|stay(?:ed|ing)?|stick(?:ing)?) (?:on )?with "
)
# the writer saying no deal was ever opened: "No opp created", "not an opportunity", "didn't open a deal"
_NO_OPP = re.compile(
    r"\bno (?:opp|opportunity|deal)s? (?:was |were )?(?:created|opened|logged|raised)\b|"
    r"\b(?:not|never) (?:an|a real) (?:opp|opportunity|deal)\b|"
    r"\b(?:didn['’]t|did not|won['’]t|will not|not going to) (?:create|open|log|raise) "
    r"(?:an? )?(?:opp|opportunity|deal)\b",
    re.IGNORECASE,
)
_LONG_AGO = re.compile(r"[^.;!?\n]{0,30}\b(?:last year|years? ago|in (?:19|20)\d\d|back then|before)\b", re.I)


def won_more(text: str) -> bool:
    """Whether the note tells the deal signed in one of the wordings above."""
    return any(not _NOT_YET.search(text, max(0, m.start() - 50), m.start()) for m in _WON.finditer(text))


def lost_more(text: str, rivals: Iterable[str]) -> bool:
    """Whether the note tells the deal lost in one of the wordings above."""
    if any(not _HEDGE.search(text, max(0, m.start() - 40), m.start()) for m in _LOST.finditer(text)):
        return True
    names = [r for r in rivals if r]
    if not names or _NO_OPP.search(text):  # a cold prospect saying it renewed elsewhere: there was no deal to lose
        return False
    kept = re.compile(_KEPT + r"(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
    return any(
        not _HEDGE.search(text, max(0, m.start() - 40), m.start()) and not _LONG_AGO.match(text, m.end())
        for m in kept.finditer(text)
    )
