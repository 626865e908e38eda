"""The answer to a comparison: each side's figure in the order asked, which is ahead and by how much, and for two
periods joined by a bare "and" ("my wins in q2 and q3") their sum as well."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.lexicon import normalised
from agents.offline.period_sides import GAP, joined_by_and
from agents.offline.question import Question
from agents.offline.wording import LABELS, figure, subject


def _change(rows: list[tuple[str, Any, str]], results: list[dict[str, Any]] | None = None) -> str:
    """The relative change from the earlier period to the later: "this month vs last month, the % increase"."""
    starts = [_start(data) for data in results or ()]
    if len(starts) == 2 and all(starts) and starts[1] < starts[0]:
        rows = rows[::-1]
    (first, before, _), (second, after, _) = rows
    if not before:
        return ""
    change = (after - before) / before * 100
    if round(change, 1) == 0:
        return f" From {first} to {second} that is no change (0.0%)."
    # said as a rise or a fall: a board asks "by what % did it drop", and a bare minus sign is easy to misread
    return f" From {first} to {second} that is a {'rise' if change > 0 else 'fall'} of {abs(change):.1f}%."


# the two figures as a multiple, when asked: "and the ratio East/West (like 1.2x)", "how many times bigger"
_RATIO_ASKED = re.compile(r"\bratio\b|\b\d+(?:\.\d+)?x\b|\bhow many times\b|\btimes (?:bigger|more|larger)\b", re.I)


def _ratio(question: Question, rows: list[tuple[str, Any, str]]) -> str:
    (first, a, _), (second, b, _) = rows
    if not _RATIO_ASKED.search(question.text) or not b:
        return ""
    return f" {first} to {second}: {a / b:.2f} times."


_DATED = {"engage": "Engaged", "won": "Won", "lost": "Lost", "closed": "Closed (won or lost)"}


def comparison(question: Question, results: list[dict[str, Any]]) -> str:
    if any("error" in r for r in results):
        return next(str(r["error"]) for r in results if "error" in r)
    measure = next((m for m in question.measures if m not in ("deals", "breakdown")), question.measures[0])
    if measure == "breakdown":
        measure = "won_revenue"
    rows, shown = [], {}
    for side, data in zip(question.sides, results, strict=True):
        g = data["groups"][0]
        name = subject(side) if "period" not in side else _period_name(data, side["period"])
        if "period" in side and len(side) > 1:  # "anna and moses, q3 and q4": whose figure, then when
            name = f"{subject({k: v for k, v in side.items() if k != 'period'})}, {name}"
        if "date_field" in side:  # "engaged vs won in October": each side its own date, one period
            kind = _DATED.get(side.get("stage", side["date_field"]), "Deals")
            name = f"{kind} in {_period_name(data, question.scope.get('period', ''))}"
        name = f"{side['vs_list'].capitalize()} list price" if "vs_list" in side else name
        name = f"Accounts based in {side['headquarters'].title()}" if set(side) == {"headquarters"} else name
        shown[name] = figure(measure, g)
        counted = (  # open deals have no outcome yet: their stages, not "0 won, 0 lost"
            f"{g['engaging']:,} engaging, {g['prospecting']:,} prospecting"
            if g.get("won") == g.get("lost") == 0 and g.get("open")
            else f"{g['won']:,} won"
            if question.scope.get("stage") == "won"  # only won deals were counted: "0 lost" would mislead
            else f"{g['won']:,} won, {g['lost']:,} lost"
        )
        rows.append((name, g.get(measure), f"{name}: {shown[name]} ({counted})"))
    known = [r for r in rows if isinstance(r[1], int | float)]
    verdict = ""
    dated = any("date_field" in side for side in question.sides)  # two counts of different things: no winner
    if not dated and len(known) == len(rows) and len({r[1] for r in rows}) == len(rows):
        quicker = measure in ("avg_cycle_days", "avg_lost_cycle_days")  # fewer days is ahead: "are we slower?"
        best = (min if quicker else max)(known, key=lambda r: r[1])
        ahead = "faster (fewer days)" if quicker else f"ahead on {LABELS.get(measure, measure)}"
        verdict = f" {best[0][:1].upper()}{best[0][1:]} {'are' if best[0] == 'You' else 'is'} {ahead}."
        if len(rows) > 2:  # "whose wins drag on longest?" asks for the other end as often as the top: both
            low, high = min(known, key=lambda r: r[1]), max(known, key=lambda r: r[1])
            ends = (("Fastest", low), ("slowest", high)) if quicker else (("Highest", high), ("lowest", low))
            verdict = " " + "; ".join(f"{word}: {r[0]} ({shown[r[0]]})" for word, r in ends) + "."
        elif len(rows) == 2 and measure not in ("win_rate", "avg_cycle_days"):
            gap = {**results[0]["groups"][0], measure: abs(rows[0][1] - rows[1][1])}
            over_time = all("period" in side for side in question.sides)  # a % change runs from one period on
            verdict += f" The difference is {figure(measure, gap)}.{_change(rows, results) if over_time else ''}"
            verdict += _ratio(question, rows)
        elif len(rows) == 2:
            unit = " points" if measure == "win_rate" else " days"
            verdict += f" The difference is {abs(rows[0][1] - rows[1][1]):.1f}{unit}."
    shared = results[0].get("scope", []) if results else []
    if any(k in side for side in question.sides for k in ("period", "product", "products", "vs_list", "date_field")):
        others = [set(r.get("scope", [])) for r in results[1:]]
        scope = "; ".join(part for part in shared if all(part in o for o in others))
    else:
        scope = "; ".join(shared[1:])
    also = "".join(  # "how many of each have I closed, and my win rate on each": every figure asked, side by side
        f" {LABELS.get(m, m).capitalize()}: "
        + "; ".join(f"{row[0]}: {figure(m, data['groups'][0])}" for row, data in zip(rows, results, strict=True))
        + "."
        for m in dict.fromkeys(question.measures)
        if m not in (measure, "breakdown")
    )
    empty = [row[0] for row, data in zip(rows, results, strict=True) if not data["groups"][0].get("deals")]
    if empty and all("period" in side for side in question.sides):  # "vs last year" when the CRM starts in 2017
        verdict = f" There are no such deals on record for {' or '.join(empty)}, so there is no change to measure."
    verdict = _together(question, measure, results) or verdict  # asked with "and", not to be compared
    return (
        f"{LABELS.get(measure, measure).capitalize()}: "
        + "; ".join(r[2] for r in rows)
        + "."
        + verdict
        + also
        + (f" (Also filtered: {scope}.)" if scope else "")
    )


def _start(data: dict[str, Any]) -> str:
    """The first day of the period the tool resolved a side to, as an ISO date ("" when it shows none)."""
    found = (re.search(r"\((\d{4}-\d\d-\d\d) to ", part) for part in data.get("scope", []))
    return next((m.group(1) for m in found if m), "")


def _period_name(data: dict[str, Any], phrase: str) -> str:
    """A compared period by the dates the tool resolved it to ("closed in Q2 2017 (2017-04-01 to ..)")."""
    dated = (part for part in data.get("scope", []) if re.match(r"(closed|engaged) ", part) and "(" in part)
    resolved = next(dated, "")
    label = re.sub(r"^(closed|engaged) (in )?", "", resolved.split(" (")[0]) if resolved else ""
    return label or (phrase.upper() if phrase.startswith("q") else phrase)


_ADDS_UP = ("deals", "won", "lost", "won_revenue")
# a side by side asked as such: the sum would answer nothing asked ("q3 vs q4", "did I do better in q3 than q2")
_COMPARED = re.compile(
    r"\b(?:vs|versus|compared?|comparing|than|against|better|worse|differ\w*|gap|change|side by side|separately"
    r"|each|again|own|or|more|less|fewer|higher|lower|ahead|behind|best|worst|improv\w*|trend\w*)\b",
    re.IGNORECASE,
)


def _together(question: Question, measure: str, results: list[dict[str, Any]]) -> str:
    """ "Together: N." for a figure that adds up over two periods apart, asked with a bare "and" ("how many did I
    win in q2 and q3" may mean the sum or each: both are given)."""
    if measure not in _ADDS_UP or len(results) != 2 or any(set(side) != {"period"} for side in question.sides):
        return ""
    asked_apart = _COMPARED.search(question.text) or GAP.search(normalised(question.text))  # "did it grow"
    if asked_apart or len({_start(data) for data in results}) != 2:
        return ""
    if not joined_by_and(question.text, *(side["period"] for side in question.sides)):
        return ""  # not asked with "and" ("same thing for the quarter before that?")
    total = {**results[0]["groups"][0], measure: sum(data["groups"][0].get(measure) or 0 for data in results)}
    return f" Together: {figure(measure, total)}."
