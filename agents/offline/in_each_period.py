"""Groups picked by when their deals fell: "which of my accounts did I win deals with in both halves of 2017", "reps
who closed deals in each of Q3 and Q4", "products we sold in Q3 but not in Q4". Each group needs a matching deal in
every period named first and none in a period named after "but not"; the answer names them and counts them."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agents.offline.question import Question
from agents.offline.wording import GROUP_PLURALS, where
from agents.periods import find_periods, parse_period

_HALVES = re.compile(r" (?:in |during |across )?both halves(?: of (?P<year>(?:the |this |last )?year|\d{4}))? ")
_BOTH = re.compile(r" (?:in |during )?(?:both|each of|every one of|all of) ")
_LISTED = re.compile(r",? and |, | & | ")
# "in Q3 but not in Q4", "... but then not a single win in the second half", "... and no wins in H2"
_BUT_NOT = re.compile(
    r" (?:but|and|yet)? ?(?:then )?(?:not|never) (?:(?:a single|one|any) (?:wins?|deals?|sales?|one) )?(?:in |during )?"
    r"| (?:but|and|yet) (?:then )?(?:none|nothing|no (?:wins|deals|sales)|zero (?:wins|deals)) (?:in|during) "
)
_TIME_GROUPS = ("month", "quarter", "weekday", "country")
_PICKED_FROM = ("ranking", "figure", "compare", "distinct", "list")
# the groups asked for by name: "which reps on my team ...", "accounts I won deals with ...", "how many products"
_GROUP_NOUN = re.compile(
    r"^ (?:(?:which|what|how many|list|name|count|number of|# of)(?: of)?(?: my| our| the| all)? )?(?P<noun>accounts"
    r"|customers|clients|companies|logos|products|reps|sellers|people|sectors|industries|offices)\b"
)
_GROUPS = {"accounts": "account", "customers": "account", "clients": "account", "companies": "account",
           "logos": "account", "products": "product", "reps": "rep", "sellers": "rep", "people": "rep",
           "sectors": "sector", "industries": "sector", "offices": "office"}  # fmt: skip


def _group_named(t: str) -> str | None:
    found = _GROUP_NOUN.search(t)
    return _GROUPS[found.group("noun")] if found else None


def picked_by_period(question: Question, t: str, text: str, today: date) -> Question:
    """``question`` (a ranking by some group) keeping only the groups with deals in each period named, or with deals
    in one and none in another; ``question`` itself when no such condition is asked."""
    group_by = question.group_by if question.style == "ranking" else _group_named(t)
    if group_by is None or group_by in _TIME_GROUPS or question.style not in _PICKED_FROM:
        return question
    found = _asked(t, text, today)
    if found is None:
        return question
    in_each, none_in = found
    every = [parse_period(p, today) for p in (*in_each, *none_in)]
    start, end = min(p.start for p in every if p), max(p.end for p in every if p)
    scope: dict[str, Any] = {**question.scope, "period": f"{start.isoformat()} to {end.isoformat()}"}
    if question.count_stage and "stage" not in scope:
        scope["stage"] = question.count_stage  # "won revenue from accounts I won in both": the won deals
    scope.setdefault("date_field", "close" if scope.get("stage") in ("won", "lost", "closed") else "engage")
    return Question("ranking", ("deals",), scope, group_by, text=question.text, in_each=in_each, none_in=none_in)


def _asked(t: str, text: str, today: date) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    if halves := _HALVES.search(t):
        year = parse_period(halves.group("year") or "this year", today)
        y = (year.start if year else today).year
        return (f"H1 {y}", f"H2 {y}"), ()
    named = [p for p in find_periods(text, today) if p.phrase]
    said = f" {t.strip()} "
    if len(named) == 1 and _BOTH.search(said):  # "in both q3 and q4", "each of oct, nov and dec": read as one run
        pieces = [parse_period(x, today) for x in _LISTED.split(re.sub(r"^(?:both|each of) ", "", named[0].phrase))]
        if len(pieces) >= 2 and all(pieces):
            return tuple(p.label for p in pieces if p), ()
    if len(named) < 2:
        return None
    at = [said.find(f" {p.phrase} ") for p in named]
    if -1 in at:
        return None
    if (both := _BOTH.search(said)) and both.end() - 1 <= min(at):  # "in both Q3 and Q4", "in each of oct and nov"
        return tuple(p.label for p in named), ()
    if len(named) == 2 and _BUT_NOT.match(said[at[0] + len(named[0].phrase) + 1 : at[1] + 1]):
        return (named[0].label,), (named[1].label,)  # "in Q3 but not in Q4"
    return None


def in_each_answer(question: Question, data: dict[str, Any]) -> str:
    """ "28 accounts with won deals in both H1 2017 and H2 2017: Betatech, Cheers, ...", or that none has."""
    groups = [g for g in data["groups"] if g.get("group") is not None]
    noun = GROUP_PLURALS.get(question.group_by or "", "groups")
    stage = question.scope.get("stage")
    deals = f"{stage} deals" if stage in ("won", "lost", "open", "closed") else "deals"
    lead = {1: "", 2: "both"}.get(len(question.in_each), "each of")
    bar = f"with {deals} in {_joined(question.in_each, lead)}"
    if question.none_in:
        bar += f" and none in {_joined(question.none_in, '')}"
    if not groups:
        return f"None: 0 {noun} {bar}. (Scope: {where(data)}.)"  # "how many?": 0, said as a number
    names = ", ".join(str(g["group"]) for g in groups)
    n = len(groups)
    return f"{n} {noun if n != 1 else noun.removesuffix('s')} {bar}: {names}. (Scope: {where(data)}.)"


def _joined(periods: tuple[str, ...], lead: str) -> str:
    listed = periods[0] if len(periods) == 1 else ", ".join(periods[:-1]) + f" and {periods[-1]}"
    return f"{lead} {listed}".strip()
