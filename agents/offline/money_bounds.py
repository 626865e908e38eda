"""Bounds stated in money: a sum as chat writes it ("$5,000", "5k", "$1.2M"), a bar on a group's total ("reps who
have won more than $400k") and a bound on the accounts' own size ("over $6 billion in annual revenue")."""

from __future__ import annotations

import re

# what a unit after the digits multiplies them by: "5k", "$1.2M", "20 grand"; UNITS matches any of them
SCALE = {"k": 1e3, "thousand": 1e3, "grand": 1e3, "m": 1e6, "mil": 1e6, "million": 1e6}
UNITS = "|".join(sorted(SCALE, key=len, reverse=True))
# "$5,000", "$5k", "5k", "5000 dollars": a sum of money, never a bare number (that could be a count or a year)
MONEY = (
    rf"(?:\$\s?(?P<d1>\d[\d,]*(?:\.\d+)?)\s?(?P<u1>{UNITS})?\b"
    rf"|\b(?P<d2>\d[\d,]*(?:\.\d+)?)\s?(?:(?P<u2>{UNITS})\b|(?:dollars|bucks|usd)\b))"
)

_COMPANY_OP = (
    r"(?:more than|over|above|greater than|at least|fewer than|less than|under|below|at most|north of|bigger than)"
)
_COMPANY_AMOUNT = r"\$?\s?(?P<n{i}>\d[\d,]*(?:\.\d+)?)\s?(?P<u{i}>billion|bn|b|million|mil|mm|m)?\b"
_REVENUE_WORDS = r"(?P<what{i}>annual revenue|yearly revenue|company revenue|annual sales|turnover|revenue|sales)"
# a bound on the companies' own size in money: "over $6 billion in annual revenue", "turnover above $500M"
_COMPANY_REVENUE = re.compile(
    rf"\b{_REVENUE_WORDS.format(i=1)}\s+(?:of\s+)?(?P<op1>{_COMPANY_OP})\s+{_COMPANY_AMOUNT.format(i=1)}"
    # "over $6 billion in annual revenue", "more than $5bn annual revenue"
    rf"|\b(?P<op2>{_COMPANY_OP})\s+{_COMPANY_AMOUNT.format(i=2)}\s*(?:\+\s*)?(?:(?:in|of)\s+)?(?:their\s+|own\s+)*"
    rf"{_REVENUE_WORDS.format(i=2)}"
    # "customers that make more than $1 billion a year", "companies turning over $500M+ annually"
    r"|\b(?P<what3>make|makes|making|earn|earns|earning|bring in|brings in|turn over|turns over|turning over"
    r"|do|does|doing)"
    rf"\s+(?P<op3>{_COMPANY_OP})\s+{_COMPANY_AMOUNT.format(i=3)}\s*(?:\+\s*)?(?:a year|per year|a yr|annually"
    r"|per annum|each year)",
    re.IGNORECASE,
)
_IN_MILLIONS = {"billion": 1000.0, "bn": 1000.0, "b": 1000.0, "million": 1.0, "mil": 1.0, "mm": 1.0, "m": 1.0}


def dollars(number: str, unit: str | None) -> float:
    """An amount said as digits and an optional scale word: ("1,5", None), ("2", "k"), ("1.2", "M")."""
    return float(number.replace(",", "")) * SCALE.get((unit or "").lower(), 1)


def company_revenue(text: str) -> tuple[str, re.Match[str]] | None:
    """A bound on the accounts' own annual revenue in $M (">6000" for "over $6 billion in annual revenue"), with its
    match. Only when the words say it is the company's ("annual", "turnover") or the sum is one no deal total reaches
    (a hundred million or more): "accounts with over $50k in revenue" is what we won from them."""
    for m in _COMPANY_REVENUE.finditer(text):
        i = next(k for k in "123" if m.group(f"op{k}"))
        unit = (m.group(f"u{i}") or "").lower()
        millions = float(m.group(f"n{i}").replace(",", "")) * _IN_MILLIONS.get(unit, 1e-6)
        yearly = i == "3" or m.group(f"what{i}").lower() not in ("revenue", "sales")
        if not (yearly or millions >= 100):
            continue
        op = m.group(f"op{i}").lower()
        sign = {"at least": ">=", "at most": "<="}.get(op, "<" if op in ("fewer than", "less than", "under", "below")
                                                       else ">")  # fmt: skip
        return f"{sign}{millions:g}", m
    return None


_MONEY_OPS = (
    r"(?P<op>more than|over|above|at least|less than|under|below|fewer than|north of|in excess of|upwards of"
    r"|no more than|at most|no less than|min of"
    # a bar passed: "who cleared 400k in won revenue", "reps that hit $300k in sales"
    r"|clear|cleared|cross|crossed|top|topped|exceed|exceeded|surpass|surpassed|break|broke|broken|pass|passed|hit"
    r"|reach|reached)"
)
_MONEY_OP_SIGNS = {"at least": ">=", "no less than": ">=", "min of": ">=", "upwards of": ">=", "at most": "<=",
                   "no more than": "<=", "less than": "<", "under": "<", "below": "<", "fewer than": "<",
                   "hit": ">=", "reach": ">=", "reached": ">="}  # fmt: skip
_EARNED = r"(?:won|win|booked|book|brought in|bring in|closed|sold|made|earned|generated|billed|done)"
_FIGURE_NOUN = r"(?P<noun>won revenue|revenue|bookings|sales|pipeline|pipe|list value)"
# a bar on each group's total in money: "reps who have won more than $400k in total", "accounts with revenue over
# $50k", "at least $1M in bookings". A bound on each deal ("deals over $5k") is value_bound's, not this.
_MONEY_BARS = (
    re.compile(rf"\b{_EARNED}(?:\s+(?:a total of|in total|overall|altogether|total))?\s+{_MONEY_OPS}\s+"
               rf"(?:a total of\s+)?{MONEY}"),
    re.compile(rf"\b{_FIGURE_NOUN}\s+(?:of\s+|worth\s+|value\s+|total\s+|totals?\s+|totalling\s+)?{_MONEY_OPS}\s+"
               rf"{MONEY}"),
    re.compile(rf"\b{_MONEY_OPS}\s+{MONEY}\s+(?:in|of|worth of)\s+(?:total\s+)?{_FIGURE_NOUN}"),
)  # fmt: skip


def money_bound(text: str) -> str | None:
    """A bar on a group's total in money, as a condition: "have won more than $400k" -> "won_revenue>400000"."""
    if company_revenue(text) is not None:
        return None  # "accounts with over $6 billion in annual revenue": their own size, not ours with them
    low = text.lower()
    for rx in _MONEY_BARS:
        if (found := rx.search(low)) is None:
            continue
        first = found.group("d1") is not None
        digits, unit = found.group("d1" if first else "d2"), found.group("u1" if first else "u2")
        scale = SCALE.get(unit or "", 1)
        amount = float(digits.replace(",", "")) * scale
        noun = found.groupdict().get("noun") or ""
        figure = "pipeline_value" if noun in ("pipeline", "pipe", "list value") else "won_revenue"
        sign = _MONEY_OP_SIGNS.get(found.group("op"), ">")
        return f"{figure}{sign}{amount:.0f}"
    return None
