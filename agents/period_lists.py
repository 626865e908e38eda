"""Months or quarters added up though not next to each other: "jan and mar 2017 combined", "Q1 and Q3 together",
"march plus may", "in both april and june". One :class:`Period` spanning them, with the ``parts`` it is made of;
months next to each other merge into one run. Without a word that adds them up ("jan vs mar", "jan and mar, which
was better?") the months stay apart, for comparisons to read."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from agents.period_words import MONTHS, Period, month_range, quarter_range

_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_ITEM = re.compile(
    rf"(?:(?P<month>{_NAMES})|q(?P<q>[1-4])|(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th) quarter)"
    r"(?: (?:of )?(?P<year>\d{4}))?"
)
_JOIN = r" (?:(?:and|plus) )?(?:(?:in|for|during) )?"  # "in Q2 and in Q3 combined"
_ANY = re.sub(r"\?P<\w+>", "", _ITEM.pattern)  # the same item, without group names to repeat it
_RUN = re.compile(rf" ((?:{_ANY}){_JOIN}(?:{_ANY})(?:{_JOIN}(?:{_ANY}))*) ")
_CUE_BEFORE = re.compile(r" (?:both|combined|sum of|total (?:for|of|in|across)) (?:(?:in|for|of|the) )?$")
# "lost across Q2 and Q3", "over jan and feb": a stretch spanning them, unless they are set apart ("across Q2 and Q3,
# which was better")
_SPANNING = re.compile(r" (?:across|over|spanning) (?:(?:both|the) )?$")
_CUE_AFTER = re.compile(r"^ (?:\w+ ){0,2}?(?:combined|together|altogether|in total|total|summed|added up) ")
# "avg deal size for jul/aug/sep": three months or more in a row name one stretch, unless they are set side by side
_APART = re.compile(
    r" (?:vs|versus|v|compare|compared|comparing|each|per month|by month|month by month|monthly|breakdown|better"
    r"|worse|best|worst|higher|lower|split|trend|separately|separate|individually|apiece|respectively|side by side"
    r"|one by one) "
)


_ORD = r"(first|second|third|fourth|1st|2nd|3rd|4th)"
# "the first and third quarter": the ordinals share one "quarter", said once after the last of them
_SHARED_QUARTER = re.compile(rf" (?:the )?{_ORD}((?:(?:,| and| plus) (?:the )?{_ORD})+) quarters? ")


def _each_quarter_named(t: str) -> str:
    return _SHARED_QUARTER.sub(
        lambda m: " " + " and ".join(f"{o} quarter" for o in [m.group(1), *re.findall(_ORD, m.group(2))]) + " ", t
    )


def combined(t: str, today: date) -> Period | None:
    """The months or quarters ``t`` (padded, lower-case words) adds up, when it says so ("combined", "plus",
    "both"); None otherwise, or for a range ("between jan and mar" reads elsewhere)."""
    t = _each_quarter_named(t)
    for m in _RUN.finditer(t):
        before, run, after = t[: m.start() + 1], m.group(1), t[m.end() - 1 :]
        if re.search(r" (?:between|from) $", before):
            continue
        items = list(_ITEM.finditer(run))
        spanned = _SPANNING.search(before) is not None and _APART.search(t) is None
        added = _CUE_BEFORE.search(before) or " plus " in f" {run} " or _CUE_AFTER.match(after) or spanned
        if not (added or (len(items) >= 3 and not _APART.search(t))):
            continue
        parts, names = _ranges(items, today)
        return _joined(parts, names)
    return None


def each_apart(t: str, today: date) -> list[Period] | None:
    """Three or more months or quarters listed and set apart ("oct, nov and dec separately", "q1 q2 and q3 each"):
    each its own period, in the order named. None for two (a plain comparison reads those) or when added up."""
    if _APART.search(t) is None:
        return None
    for m in _RUN.finditer(_each_quarter_named(t)):
        items = list(_ITEM.finditer(m.group(1)))
        if len(items) >= 3:
            parts, names = _ranges(items, today)
            return [Period(start, end, f"{n} {y}") for (start, end), (n, y) in zip(parts, names, strict=True)]
    return None


def _ranges(items: list[re.Match[str]], today: date) -> tuple[list[tuple[date, date]], list[tuple[str, int]]]:
    """Each month or quarter item's days and name; a year named last counts for the items before it."""
    years: list[int] = []
    next_year = today.year
    for item in reversed(items):  # "jan and mar 2017"
        next_year = int(item.group("year")) if item.group("year") else next_year
        years.insert(0, next_year)
    parts, names = [], []
    for item, year in zip(items, years, strict=True):
        unit, n = _unit(item)
        if unit == "month":
            parts.append(month_range(year, n))
            names.append((calendar.month_name[n], year))
        else:
            parts.append(quarter_range(year, n))
            names.append((f"Q{n}", year))
    return parts, names


def _unit(item: re.Match[str]) -> tuple[str, int]:
    """A month item as ("month", 1-12), a quarter item as ("quarter", 1-4)."""
    if item.group("month"):
        return "month", MONTHS[item.group("month")]
    return "quarter", int(item.group("q")) if item.group("q") else _QUARTER[item.group("nth")]


def _joined(parts: list[tuple[date, date]], names: list[tuple[str, int]]) -> Period:
    runs: list[tuple[date, date]] = []
    for start, end in sorted(set(parts)):
        if runs and start <= runs[-1][1] + timedelta(days=1):  # next to (or inside) the run before: one run
            runs[-1] = (runs[-1][0], max(end, runs[-1][1]))
        else:
            runs.append((start, end))
    if len({y for _, y in names}) == 1:
        label = f"{_listed([n for n, _ in names])} {names[0][1]}"
    else:
        label = _listed([f"{n} {y}" for n, y in names])
    if len(runs) == 1:
        return Period(runs[0][0], runs[0][1], label)
    return Period(runs[0][0], runs[-1][1], label, parts=tuple(runs))


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def days_of(period: Period) -> list[date]:
    """Every day of a period made of parts."""
    days = []
    for start, end in period.parts:
        days += [start + timedelta(days=i) for i in range((end - start).days + 1)]
    return days


def months_named(t: str) -> set[int]:
    """The months of the year each month or quarter named in ``t`` (padded, lower-case words) covers: "oct nov and
    dec" names 10, 11 and 12; "q3" names 7 to 9."""
    months: set[int] = set()
    for unit, n in map(_unit, _ITEM.finditer(t)):
        months |= {n} if unit == "month" else {3 * n - 2, 3 * n - 1, 3 * n}
    return months
