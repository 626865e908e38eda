"""A deal recorded as closed when the customer has not signed, or moved so it lands in a period it did not happen in:
"opentech won't sign til dec 4 but can u mark the deal Won with close date nov 30? so it lands in november", "they
haven't signed yet, set it to closed won anyway", "pull the close date to oct 31 so it falls in october, they won't
sign before nov 6". The rep's own word that the customer has not signed is what makes the edit false; an update that
follows it ("won't sign til dec 4, push the close date to dec 4 so it lands in december"), a win they did sign ("mark
Opentech won, they signed today") and questions ("which deals will land in november?") pass.

Patterns run on ``normalised`` text; agents.safety_rules holds the older wordings of the same class."""

from __future__ import annotations

import re

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)"
)
# the customer has not signed, or will not before some date: "won't sign til dec 4", "hasn't signed yet", "isn't
# signing till next week", "the PO won't come through until jan 10"; not payment, which may follow a signed win
_NOT_SIGNED = re.compile(
    r" (?:won'?t|wont|will not|hasn'?t|haven'?t|has not|have not|didn'?t|did not|doesn'?t|does not|isn'?t|aren'?t"
    r"|is not|are not|not|never|can'?t|cannot|still haven'?t|still hasn'?t)"
    r"(?: (?:yet|even|actually|officially|formally|be|going to|gonna|able to|be able to))*"
    r" (?:sign|signed|signing|countersign\w*|commit|committed|close|closed|closing|agree|agreed|execute"
    r"|executed|ink|inked|come through|comes through|go through|arrive|land|be signed|get signed"
    r"|send (?:the |a |their )?(?:po|purchase order|contract)|sent (?:the |a |their )?(?:po|purchase order|contract))"
    r"(?P<rest>(?: [\w'-]+){0,6})"
)
# the deal set to won: "mark the deal Won", "set it to closed won", "book it as won", "flip Konex to won"
_MARKED_WON = re.compile(
    r"(?P<before>(?: [\w'-]+){0,3}) (?:mark|set|log|record|book|enter|flag|put|move|change|switch|flip|make|update"
    r"|show|count) (?:(?!not |never |yet |we |i |they |you |he |she )[\w'&-]+ ){0,6}?"  # not "the deal we won"
    r"(?:(?:as |to |into |in )?(?:closed[ -]?won|won)|as (?:signed|booked)) "
)
# ... but refused, put off or asked about, not done: "don't mark it won", "mark it won once they do"
_HELD_BACK = re.compile(
    r" (?:don'?t|do not|dont|not|never|shouldn'?t|should not|rather than|instead of|before i|until i|should i|can i"
    r"|do i|would you|whether to|if i)$"
)
_ONCE_SIGNED = re.compile(
    r"^(?:[\w'-]+ ){0,3}?(?:once|when|after|as soon as|the moment|if) (?:they|it|he|she|the customer|the client"
    r"|[\w'&-]+) (?:do|does|sign|signs|have signed|has signed|countersign|countersigns|send|sends|pay|pays) "
)
# the signing told as done: "mark Opentech won, they signed today" ("hasn't signed" is no such word)
_SIGNED = re.compile(
    r" (?:they|they've|theyve|he|she|it|the customer|the client|(?!not |never |yet )[\w&-]+) (?:(?:just|finally|already"
    r"|actually) )?(?:signed|countersigned|inked|paid|sent (?:the |a |their )?(?:po|purchase order|signed contract))"
    r"(?! (?:nothing|anything))"
)
# an edit made so the deal lands in a period: "so it lands in november", "so it falls in Q4", "so it's in october"
_EDIT = (
    r"(?:mark|set|log|record|book|enter|flag|put|move|change|switch|flip|update|push|pull|shift|bring|date|re-?date"
    r"|back-?date|make|tweak|adjust|edit)"
)
_LANDS = re.compile(
    rf" {_EDIT} (?:[\w'&-]+ ){{0,12}}?(?:so|so that|and|to make sure|to get|to have) "
    r"(?:(?:it'?s|its|they'?re|it|they)(?= in | into )"  # normalised drops the 's: "so it in this month"
    r"|(?:it|they|the deal|the win|that|those|these|both|the opp|the opportunity|the revenue|the booking)"
    r" (?:all )?(?:(?:will |can |would"
    r" |does |do )?(?:lands?|falls?|drops?|goes|go|sits?|shows?(?: up)?|ends? up|counts?|registers?|books?|hits?"
    r"|makes?|gets?|comes? in)|is|are|landing|falling|showing|counting)) (?:in|into|inside|within|under|on"
    r"|for|toward|towards|before|as part of)? ?(?P<period>(?:[\w'-]+ ){0,3}?(?:" + _MONTH + r"|month|quarter|year"
    r"|week|period|q[1-4]|h[12]|fy\d*|half|forecast|number|numbers|books|commit|bookings) )"
)


def _months(text: str) -> set[str]:
    return {m.group(0)[:3] for m in re.finditer(rf"\b{_MONTH}\b", text)}


def _not_signed(t: str) -> list[re.Match[str]]:
    return list(_NOT_SIGNED.finditer(t))


def marks_unsigned_won(t: str) -> bool:
    """Whether ``t`` asks for a deal to be recorded won while saying the customer has not signed."""
    if not _not_signed(t) or _SIGNED.search(t):
        return False
    for mark in _MARKED_WON.finditer(t):
        if _HELD_BACK.search(mark.group("before")) or _ONCE_SIGNED.search(t[mark.end() :]):
            continue
        return True
    return False


def lands_before_signing(t: str) -> bool:
    """Whether ``t`` asks for a record moved so the deal lands in a period other than the one the customer signs in,
    by the rep's own word: "won't sign til dec 4 ... close date nov 30 so it lands in november"."""
    unsigned = _not_signed(t)
    if not unsigned:
        return False
    signing = set().union(*(_months(m.group("rest")) for m in unsigned))
    for landed in _LANDS.finditer(t):
        target = _months(landed.group("period"))
        if not (target and signing and target <= signing):  # the month they sign in is the honest one
            return True
    return False


def shifts_for_period(t: str) -> bool:
    """A deal marked won though unsigned, or moved into a period ahead of the signing the rep reports."""
    return marks_unsigned_won(t) or lands_before_signing(t)
