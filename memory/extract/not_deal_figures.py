"""Figures a note gives that are no value of this deal, told by the words of their own sentence:

- a reference customer's spend: "I offered Cancity as a reference: ... roughly 12k a year";
- a budget of the whole firm or department, which the deal is a slice of: "an IT budget of around 2M for the
  year", "their total annual budget is 5M" (LABELS.md: larger budget envelopes are ignored);
- one instalment of the contract, the total said beside it: "16,446 for the year, invoiced quarterly at 4,111.50";
- a meal's or a trip's price, not our product's: "restaurant is $85 a head", "the hotel is 140 a night";
- a price per seat while the customer says they do not know how many seats: "your per-seat price of $1,096 is
  acceptable, but we won't know how many seats until the reorg";
- the gap between two prices (see ``price_gaps``);
- what another firm paid for its own purchase (see ``peer_spend``).
"""

from __future__ import annotations

import re

from memory.extract.peer_spend import peer_spend
from memory.extract.price_gaps import price_gap
from memory.extract.text import sentences

_REFERENCE = re.compile(
    r"\b(?:as|for) (?:a|our) reference\b|\breference (?:customer|account|site|client|call)\b", re.IGNORECASE
)
_WHOLE_BUDGET = re.compile(
    r"\b(?:it|company|company-wide|annual|yearly|total|overall|department(?:al)?|corporate|group|whole|entire|"
    r"opex|capex|tech(?:nology)?) budget\b(?:\s+(?:of|is|was|at|around|about|roughly|approx\.?|~)){0,3}\s*[$€£]?\s*$",
    re.IGNORECASE,
)
_INSTALMENT = re.compile(
    r"\b(?:invoiced|billed|paid|payable|charged|split)\s+(?:in\s+)?(?:quarterly|monthly|annually|twice a year|"
    r"semi-annually|(?:two|three|four|\d) (?:parts|instal?ments|payments))\s+(?:at|of|instal?ments of)\s*[$€£]?\s*$"
    r"|\b(?:quarterly|monthly) (?:instal?ments?|invoices?|payments?) of\s*[$€£]?\s*$",
    re.IGNORECASE,
)
_HOSPITALITY = re.compile(
    r"\b(?:restaurant|dinner|lunch|breakfast|catering|hotel|flights?|venue|reservation|drinks)\b", re.IGNORECASE
)
_OUR_THING = re.compile(r"\b(?:seats?|licen[cs]es?|users?|contract|deal|subscription|gtx|gtk|mg)\b", re.IGNORECASE)
_PER_SEAT_BEFORE = re.compile(
    r"\b(?:per[- ](?:seat|user|licen[cs]e|unit)|seat|unit|list) (?:price|cost|rate)(?: (?:of|is|at))?\s*[$€£]?\s*$",
    re.IGNORECASE,
)
_HOW_MANY_OPEN = re.compile(
    r"\b(?:won['’]t|will not|don['’]t|do not|doesn['’]t|does not|can['’]t|cannot)\s+(?:yet\s+)?(?:know|say|tell|"
    r"confirm)\s+(?:yet\s+)?how many\b|\bseat count (?:is )?(?:still )?(?:open|unknown|tbd|tbc)\b",
    re.IGNORECASE,
)


# the figure priced per guest or night, or the meal or venue named just before it: "$85 a head", "the hotel is 140"
_PER_GUEST_AFTER = re.compile(
    r"^[$€£]?[\d.,]+\s?[$€£]?\s*(?:usd|dollars)?\s*(?:a|per|/)\s?(?:head|person|guest|cover|night|pax)\b", re.IGNORECASE
)


def _hospitality(sentence: str, start: int) -> bool:
    """A meal's, a venue's or a trip's price: priced per guest or night, or named just before the figure."""
    if not _HOSPITALITY.search(sentence):
        return False
    return bool(_PER_GUEST_AFTER.match(sentence[start:]) or _HOSPITALITY.search(sentence, max(0, start - 40), start))


def not_deal_figure(text: str, at: int) -> bool:
    """Whether the figure starting at ``at`` in ``text`` is one of those above."""
    for offset, sentence in sentences(text):
        if offset <= at < offset + len(sentence):
            start = at - offset
            head = sentence[max(0, start - 60) : start]
            if _REFERENCE.search(sentence, 0, start) or _WHOLE_BUDGET.search(head) or _INSTALMENT.search(head):
                return True
            if price_gap(sentence, start) or peer_spend(sentence, start):  # "the 2.5k gap", "paid 60k for theirs"
                return True
            if _hospitality(sentence, start) and not _OUR_THING.search(sentence):
                return True
            return bool(_PER_SEAT_BEFORE.search(head) and _HOW_MANY_OPEN.search(text))
    return False
