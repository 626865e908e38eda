"""Clauses of a several-question message tidied before each is read: a short remark that opens the message ("be
honest..", "ok real talk..") asks nothing; an aside in brackets after a question ("(engaged jun 30 or earlier)")
belongs to that question; and a later count "in total" asks the whole, not the slice the first question cut."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_REMARK_WORDS = 3  # "be honest", "ok so", "real talk quick": no question fits in fewer words
_QUESTION_WORD = re.compile(
    r"\b(?:how|what|whats|what's|which|who|whos|who's|where|when|why|my|our|pls|please)\b", re.I
)
_BRACKETED = re.compile(r"^\(\s*[^()]*\)[\s.]*$")
# "and how many open in total", "how many open altogether": every open deal, whatever the slice counted first
_IN_TOTAL = re.compile(r"\b(?:in total|total|in all|altogether|all told|overall|all up)\b", re.I)


def remarks_dropped(clauses: list[str], reads_as_nothing: Callable[[str], bool]) -> list[str]:
    """``clauses`` without the short opening remarks that ask nothing ("be honest.. how many ...")."""
    kept = list(clauses)
    while len(kept) > 2 and _remark(kept[0]) and reads_as_nothing(kept[0]):
        kept.pop(0)
    return kept


def _remark(clause: str) -> bool:
    words = re.findall(r"\w[\w'-]*", clause)
    return 0 < len(words) <= _REMARK_WORDS and not _QUESTION_WORD.search(clause)


def asides_joined(clauses: list[str]) -> list[str]:
    """A clause all in brackets joined to the question before it: "...since before july? (engaged jun 30 or
    earlier)" says when, it asks nothing of its own."""
    joined: list[str] = []
    for clause in clauses:
        if joined and _BRACKETED.match(clause):
            joined[-1] = f"{joined[-1]} {clause.strip(' .')}"
        else:
            joined.append(clause)
    return joined


_A_WHOLE = re.compile(
    r"^(?:open|engaging|prospecting|active|live) (?:in total|total|in all|altogether|overall)\b", re.I
)


def counts_a_whole(rest: str) -> bool:
    """Whether the words after "how many" count a whole stage: "open altogether", "open in total"."""
    return _A_WHOLE.match(rest) is not None


def the_whole_open(text: str, stage: Any, inherited: dict[str, Any]) -> dict[str, Any]:
    """What a later clause takes over from the first, less its period when it counts every open deal "in total"
    ("how many have sat in engaging since before july, and how many open in total"): open deals are counted now."""
    if stage in ("open", "engaging", "prospecting") and _IN_TOTAL.search(text):
        return {k: v for k, v in inherited.items() if k not in ("period", "date_field")}
    return inherited


_MODEL_NUMBER = re.compile(r"\b\d{2,}\b(?!\s*(?:%|k\b|deals?|opps?|accounts?|days?|employees))")


def model_said_short(clause: str, scope: dict[str, Any]) -> str:
    """A product said by its model number alone, spelled out when an earlier clause named it: "how many GTK 500s
    did we lose? and what does a 500 list at" asks the GTK 500's price."""
    named = [scope["product"]] if isinstance(scope.get("product"), str) else list(scope.get("products") or [])
    by_number = {p.split()[-1]: p for p in named if p.split()[-1].isdigit()}
    if not by_number:
        return clause

    def spelled(m: re.Match[str]) -> str:
        product = by_number.get(m.group(0))
        before = clause[: m.start()].rstrip().lower()
        if product is None or before.endswith(product.rsplit(" ", 1)[0].lower()) or before.endswith("$"):
            return m.group(0)
        return product

    return _MODEL_NUMBER.sub(spelled, clause)
