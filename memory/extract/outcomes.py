"""Outcomes said in the customer's own voice, which ``stage`` (at its size limit) reads from a rep's side:
a named rival chosen ("our committee signed off on Tellurix", "we went with Quorvia") is a loss, and the
customer's order sent as signed ("our purchase order, signed by our CFO this morning", "attached is our signed
order form") is a win."""

from __future__ import annotations

import re
from collections.abc import Iterable

# the choice, just before the rival's name, made by the customer as a body ("we", "our committee", "the board"), not
# a person's own pick ("Rita chose Tejas Home"); past only: "might go with X", "leaning toward X" is no outcome
_CHOSE = (
    r"(?:\bwe(?:'ve| have)?|\bour(?: [\w-]+){1,3}?|\bthe (?:committee|board|panel|steering group|customer|client|"
    r"business|company)|\bthey(?:'ve| have)?)\s+(?:(?:finally|eventually|ultimately|just|now|officially)\s+)?"
    r"(?:signed off on|went with|(?:(?:have|has) )?(?:gone|decided to go) with|decided (?:to go with|on)|"
    # a day between: "decided on 22/05 to go with", "decided yesterday to go with"
    r"decided (?:on [\w/.-]+(?: [\w.]+)?|yesterday|today|this \w+|last \w+) to go with|"
    r"(?:chose|selected|picked|awarded (?:it|the (?:contract|deal|business|order)) to)(?: to go with)?)\s+"
)
# a choice of long ago, the rival still the incumbent: "three years ago we went with X", "back in 2015 chose X"
_LONG_AGO = re.compile(
    # "on 24 May" is the month, no hedge
    r"\b(?:ago|back in|back then|last time|originally|previously|in (?:19|20)\d\d|when|if|whether|might|(?<!\d )may|"
    r"could|"
    r"would|not|n't|never)\b[^.;!?\n]{0,40}$",
    re.IGNORECASE,
)
_LONG_AGO_AFTER = re.compile(
    r"[^.;!?\n]{0,30}\b(?:ago|back in|back then|last time|originally|in (?:19|20)\d\d)\b", re.I
)
# a round of the choice, not the deal: "picked Quorvia for the shortlist", "selected Lumora as a pilot"
_A_ROUND = re.compile(r"(?:'s)?\s+(?:for|as|into|onto|to)\s+(?:the |a |their )?(?:shortlist|short-list|pilot|poc|trial|"
                      r"next round|final round|bake-?off|finals?|evaluation)\b", re.I)  # fmt: skip


def rival_chosen(text: str, rivals: Iterable[str]) -> bool:
    """Whether the customer says it chose one of the named ``rivals`` (past tense, not hedged, not long ago)."""
    names = [r for r in rivals if r]
    if not names:
        return False
    pattern = re.compile(_CHOSE + r"(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
    for m in pattern.finditer(text):
        if _LONG_AGO.search(text, max(0, m.start() - 60), m.start()) or _LONG_AGO_AFTER.match(text, m.end()):
            continue
        if _A_ROUND.match(text, m.end()):
            continue
        return True
    return False


# the deal's paper sent as signed: "our formal, signed order", "attached is the signed PO", "our purchase order
# ..., signed by our CFO this morning"; not "please send the signed contract", "once signed by our CFO"
_PAPER = r"(?:order(?: form)?|po|purchase order|contract|agreement)"
_SIGNED_PAPER = re.compile(
    r"\bour (?:formal,? |fully )?signed " + _PAPER + r"\b"
    # the paper itself said to come with the mail: "Signed order attached", "the signed contract is enclosed"
    # (a sentence of its own: not "please send the signed contract attached", "once the signed PO is attached")
    r"|(?:^|(?<=\n)|(?<=[.!?] ))[ \t]*(?:the |our )?(?:counter-?)?signed "
    + _PAPER
    + r" (?:is |are )?(?:attached|enclosed)\b"
    r"|\b(?:attached|enclosed|please find|here(?:'s| is))[^.;!?\n]{0,40}?\bsigned " + _PAPER + r"\b"
    # the paper come back signed, told by the rep: "she sent the countersigned contract back this am", "he returned
    # the signed order form"; past only ("will send the signed contract back" is no win)
    r"|\b(?:sent|returned|emailed|mailed|faxed|uploaded|got|received)(?: (?:us|me|it))?(?: back)? (?:the|their|a|an) "
    r"(?:fully |duly )?(?:counter-?)?signed " + _PAPER + r"\b"
    r"|\b(?:our|the attached|attached) " + _PAPER + r"\b[^.;!?\n]{0,80}?,\s*signed by (?:our|their|the|his|her) "
    r"[\w ]{2,30}?\b(?:today|this morning|this afternoon|yesterday|on \w+)\b",
    re.IGNORECASE,
)
_UNSIGNED = re.compile(
    r"\b(?:not|n't|never|once|when|if|until|before|awaiting|waiting|to be|will be|(?:will|would|should) have)\b"
    r"[^.;!?\n]{0,30}$"
)


def signed_paper(text: str) -> bool:
    """Whether the customer sends the deal's order or contract as signed."""
    return any(not _UNSIGNED.search(text, max(0, m.start() - 40), m.start()) for m in _SIGNED_PAPER.finditer(text))


def account_lost_to(text: str, account: str | None, rivals: Iterable[str]) -> bool:
    """Whether the note says the deal, named by its account, went to a named rival: "lost streethex to stackline",
    "we lost the Acme deal to Kestrel"; not "we lost Kim to Stackline" (a person) nor "might lose Acme to X"."""
    names = [r for r in rivals if r]
    if not account or not names:
        return False
    pattern = re.compile(
        r"\blost (?:the )?" + re.escape(account) + r"(?:['’]s)?(?: (?:deal|opp\w*|account|renewal|order))? to "
        r"(?:" + "|".join(re.escape(n) for n in names) + r")\b",
        re.IGNORECASE,
    )
    return any(not _LONG_AGO.search(text, max(0, m.start() - 60), m.start()) for m in pattern.finditer(text))
