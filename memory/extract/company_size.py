"""Whether a figure sizes the customer's company, not this deal: its revenue, turnover, sales, funding, assets or
valuation, named right after the figure ("~$30M revenue", "$12m in annual sales") or right before it
("turnover of about 40M", "raised $8m"), as a firmographic line from a badge scan or a profile would; and a
funding round of theirs named either side ("closed their Series B last week, $12M", "a $5M seed round"); or a count
of its people or things spelled in words (``spelled_counts``)."""

from __future__ import annotations

import re

from memory.extract.spelled_counts import spelled_count

# the company measure named just after the figure: "$30M revenue", "40m in annual turnover", "12M ARR"
_MEASURE_AFTER = re.compile(
    r"\s*(?:a year |per year |/\s?yr )?(?:in )?(?:annual |yearly |total |company |group )?"
    r"(?:revenues?|turnover|sales|arr|valuation|funding|assets(?: under management)?|aum)\b"
    r"|\s*(?:(?:pre-)?seed|series [a-h]|funding round|investment round)\b",
    re.IGNORECASE,
)
# ... or just before it: "revenue of ~$30M", "turnover around 40m", "they raised $8m", "valued at 50M"
_MEASURE_BEFORE = re.compile(
    r"\b(?:(?:annual |yearly |company |group )?(?:revenues?|turnover)(?: of| is| was| at| around| about| ~)*|"
    r"raised|valued at|valuation of)\s*(?:about |around |roughly |~)?[$€£]?\s*$"
    # the round named earlier in the clause: "closed their Series B last week, $12M"
    r"|\b(?:series [a-h]|seed round|funding round|investment round)\b[^.;!?\n]{0,25}?[,:(—–-]?\s*[$€£]?\s*$",
    re.IGNORECASE,
)


# a bare figure counting the company's people: "~1,200 employees", "a 600-person newsroom", "45 staff" (with a sign
# it is money: "$1,200 staff costs")
_HEADCOUNT_AFTER = re.compile(
    r"(?:\s+|-)(?:full[- ]time\s+)?(?:employees|staff|people|persons?|personnel|workers|ftes?|headcount)\b",
    re.IGNORECASE,
)


def company_figure(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``..``end`` in ``sentence`` measures the company (see above)."""
    if sentence[start:end].strip()[:1].isdigit() and _HEADCOUNT_AFTER.match(sentence, end):
        return True
    if spelled_count(sentence, start, end):
        return True  # "a hundred and twenty reps": a count said in words, no sum
    return bool(_MEASURE_AFTER.match(sentence, end) or _MEASURE_BEFORE.search(sentence, max(0, start - 40), start))
