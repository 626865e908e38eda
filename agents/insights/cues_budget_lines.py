"""Budget cut said as lines of a budget rather than in words: a capex or budget line frozen in the passive ("every
capex line not yet committed has been frozen"), and a budget line's figure revised down by an arrow ("line 14 (CRM
tooling): 5,000 -> 0"). Our quote's lines moved by an arrow are prices, not their money ("install: 1,200 -> 0")."""

from __future__ import annotations

import re

from agents.insights.cues import Cue, cue

# "not yet committed" names which lines, it does not deny the freeze, so the cue reads its own negations: "has not
# been frozen" never matches the verb, and "no capex line" is shut out before it
_WHICH_LINES = r"(?: (?:not yet|not already|that (?:are|were|is|was)n't(?: yet)?) (?:committed|signed|approved|spent"
_WHICH_LINES += r"|contracted|ordered|allocated|raised))?"
LINE_FROZEN: tuple[Cue, ...] = (
    cue(
        r"(?<!\bno )(?<!\bnone of the )(?<!\bnot a )(?<!\bnot one )\b(?:capex|opex|capital|budget|spend(?:ing)?|cost)"
        r" lines?\b" + _WHICH_LINES + r"(?:(?!\bnot\b|n't\b)[^.;])"
        r"{0,30}?\b(?:has|have|had|'s|was|were|got|is being|are being)(?: (?:now|since|just|already|also))?"
        r" (?:been )?(?:frozen|cut|pulled|withdrawn|zeroed|removed|scrapped|axed|suspended|put on hold)\b",
        0.85,
        negatable=False,
    ),
)

_MONEY = r"[$\u20ac\u00a3]?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?\s?k\b|\d{3,}(?:\.\d+)?)"
_ZERO = r"(0|zero|nil|nothing|none)"
_REVISED = re.compile(_MONEY + r"\s*(?:->|-->|=>|\u2192)\s*(?:" + _MONEY + r"|" + _ZERO + r")\b", re.IGNORECASE)
# the line is a budget's: "line 14 (CRM tooling)", "capex", "budget for tooling"
_BUDGET_LABEL = re.compile(r"\b(?:budget|capex|opex|allocation|funding|cost cent(?:re|er)|line \d+)\b", re.I)
# our quote, a price or a count, not their money: "Line 3 of your quote (install): 1,200 -> 0"
_NOT_THEIR_MONEY = re.compile(
    r"\b(?:quote|quoted|invoice|fee|discount|price|pricing|your|tickets?|bugs?|issues?|defects?|errors?|headcount"
    r"|users?|seats?)\b",
    re.IGNORECASE,
)
_HALVED = 0.5  # a line cut to half or less


def _value(figure: str) -> float:
    figure = figure.replace(",", "").strip()
    return float(figure[:-1].strip()) * 1000 if figure.lower().endswith("k") else float(figure)


def line_cut(sentence: str) -> bool:
    """A budget line whose figure an arrow takes down to half or less ("line 14 (CRM tooling): 5,000 -> 0")."""
    if not _BUDGET_LABEL.search(sentence) or _NOT_THEIR_MONEY.search(sentence):
        return False
    for m in _REVISED.finditer(sentence):
        before, after = _value(m.group(1)), 0.0 if m.group(3) else _value(m.group(2))
        if before > 0 and after <= _HALVED * before:
            return True
    return False
