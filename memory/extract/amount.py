"""This deal's value among the figures a note gives: the last one stated for it wins (self-corrections),
while competitor prices, last year's spend, discounts and budget envelopes are set aside."""

from __future__ import annotations

import re
from collections.abc import Iterable

from memory.extract.numbers import Money, find_money
from memory.extract.text import sentences

_AMOUNT_EXCLUDE = re.compile(
    r"\b(last year|this year's spend|currently (?:pay|spend)|pays?|paying|spent|spend|came in at|quoted them|"
    r"their quote|undercut|cheaper|per (?:seat|user|licen[cs]e|month)|each|a month|monthly)\b",
    re.IGNORECASE,
)
_AMOUNT_LOW = re.compile(r"\b(budget|envelope|up to|approved|ceiling|cap|max(?:imum)?|around|roughly)\b", re.I)
_AMOUNT_HIGH = re.compile(
    r"\b(log|use that|let's use|go with|per the quote|as quoted|exactly|all in|total|final|the number)\b", re.I
)


def find_amount(text: str, competitors: Iterable[str]) -> float | None:
    """This deal's value: the last figure stated for it (self-corrections win); competitor prices,
    last year's spend and budget envelopes are skipped unless nothing else is given, and figures in the
    quoted history of an email or for another opportunity rank below the rest."""
    rivals = [c.split()[0].lower() for c in competitors]
    history = _quoted_history(text)
    ranked: list[tuple[int, int, Money]] = []
    for offset, sentence in sentences(text):
        for money in find_money(sentence):
            clause = _clause(sentence, money.start, money.end)
            low = clause.lower()
            if any(r in low for r in rivals) or _AMOUNT_EXCLUDE.search(clause):
                continue
            if _DISCOUNT_AFTER.match(sentence, money.end) or _DISCOUNT_BEFORE.search(sentence, 0, money.start):
                continue  # "we knocked 1.5k off": a reduction, not the deal's value
            near = sentence[money.end : money.end + 45]
            before = _before_in_clause(sentence, money.start)
            high = _AMOUNT_HIGH.search(near) or _AMOUNT_HIGH.search(clause[:20]) or _HIGH_BEFORE.search(before)
            tier = 2 if high or _TOTAL_BEFORE.search(sentence, 0, money.start) else 1
            if _AMOUNT_LOW.search(before) or _ENVELOPE_AFTER.match(sentence[money.end : money.end + 60]):
                tier = 0  # "a budget of up to 500k", "a 500k transformation budget": the envelope, not the deal
            if _OTHER_DEAL_BEFORE.search(sentence, max(0, money.start - 60), money.start) or _OTHER_DEAL_AFTER.match(
                sentence, money.end
            ):
                tier = 0  # "maybe another 50k next year, but that's a separate opp"
            if offset + money.start >= history:
                tier -= 3  # the quoted earlier message: superseded by what is written above it
            ranked.append((tier, offset + money.start, money))
    if not ranked:
        return None
    top = max(t for t, _, _ in ranked)
    chosen = max((r for r in ranked if r[0] == top), key=lambda r: r[1])
    return round(chosen[2].value)


# a reply's quoted history: "> ..." lines, or all below "On 24 Jul 2017, Lajuana wrote:" / "Original Message"
_QUOTED = re.compile(r"^[ \t]*>|^[ \t]*On [^\n]{4,120} wrote:[ \t]*$|^-{2,}\s*Original Message", re.MULTILINE)
# "the revised figure of $16,965": the figure now agreed
_HIGH_BEFORE = re.compile(
    r"\b(?:revised|updated|new|corrected|agreed)\s+(?:figure|price|number|total|quote|amount)\b", re.IGNORECASE
)
# the result of a sum: "three GTK 500s at 26,768 each = 80,304", "which comes to 53,536"
_TOTAL_BEFORE = re.compile(
    r"(?:(?<![=<>!])=|\b(?:comes?|came) to|\bworks? out (?:at|to)|\badds? up to|\btotal(?:s|ling)?(?: of)?)\s*"
    r"(?:about |around |roughly |approx\.? )?[$€£]?\s*$",
    re.IGNORECASE,
)
_OTHER_DEAL = (
    r"(?:separate (?:opp\w*|deal|project|order)|another (?:opp\w*|deal)|phase (?:two|2|ii)|second phase|"
    r"next phase|upsell|future (?:phase|expansion|order))"
)
_OTHER_DEAL_BEFORE = re.compile(r"\b" + _OTHER_DEAL + r"\b", re.IGNORECASE)
_OTHER_DEAL_AFTER = re.compile(
    r"\W*(?:but |and )?(?:that's|that is|which is|that'd be|it's|as|for) (?:a |an |the )?" + _OTHER_DEAL, re.IGNORECASE
)


def _quoted_history(text: str) -> int:
    """Where the quoted earlier messages of an email start (the text's length when there are none)."""
    m = _QUOTED.search(text)
    return m.start() if m else len(text)


_DISCOUNT_AFTER = re.compile(r"\s*(?:off|discount)\b", re.I)
_DISCOUNT_BEFORE = re.compile(r"\b(?:discount of|knock(?:ed|ing)?|knock off|take off|took off|minus)\s+$", re.I)
_ENVELOPE_AFTER = re.compile(r"^[^,;.]{0,40}?\b(?:budget|envelope|ceiling|cap)\b", re.I)
# what ends a clause; in a voice note with no punctuation, a spoken "um" or "uh" does
_CLAUSE_BOUNDS = re.compile(
    r",|—|–| - |->|=>|→|(?<![=<>!])=(?!>)|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bum+\b|\buh+\b|\berm\b"
)


def _before_in_clause(sentence: str, start: int) -> str:
    """Up to 40 characters before a figure, within its own clause ("..budget for next year, but this deal is
    120k": the budget belongs to the clause before)."""
    left = max((m.end() for m in _CLAUSE_BOUNDS.finditer(sentence, 0, start)), default=0)
    return sentence[max(left, start - 40) : start]


def _clause(sentence: str, start: int, end: int) -> str:
    """The part of the sentence around a figure, bounded by commas, dashes, "=" and "and"/"but"/"while", and
    at most 60 characters either side: a voice note's run-on "clause" can hold a competitor or an "each"
    that belongs to another figure."""
    left = max((m.end() for m in _CLAUSE_BOUNDS.finditer(sentence, 0, start)), default=0)
    right_m = _CLAUSE_BOUNDS.search(sentence, end)
    right = right_m.start() if right_m else len(sentence)
    return sentence[max(left, start - 60) : min(right, end + 60)]
