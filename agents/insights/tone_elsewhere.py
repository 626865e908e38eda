"""Anger aimed at another vendor, not at us, is no ``sentiment_drop`` for our deal: "I'm furious - Kestrel CRM had
ANOTHER outage today and their support took nine hours to reply. Absolutely unacceptable." A sentence naming a rival
or their current vendor, with no word for us (you, your), is about them, and so are the bare verdicts and "their"
sentences that run on from it ("Totally unacceptable.", "Their contract ends in June").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.insights.cues import COMPETITORS
from agents.insights.thread import Turn, split_sentences

_RIVAL = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in COMPETITORS) + r")\b"
    r"|\b(?:our|the) (?:current|existing|old|incumbent|present) (?:vendor|provider|supplier|system|setup|platform"
    r"|tool|crm|solution)\b",
    re.IGNORECASE,
)
_US = re.compile(r"\b(?:you|your|yours|you're|you've)\b", re.IGNORECASE)
# what runs on from it: a verdict with no subject ("Absolutely unacceptable."), or more about them ("Their support ...")
_RUNS_ON = re.compile(r"^\W*(?:(?:[\w-]+\W+){0,3}[\w-]+\W*$|(?:their|they|they're|they've|them)\b)", re.IGNORECASE)


def aimed_elsewhere(turns: Sequence[Turn]) -> frozenset[str]:
    """The sentences of ``turns`` about another vendor, as split_sentences gives them."""
    found: set[str] = set()
    for turn in turns:
        about_them = False
        for sentence in split_sentences(turn.text):
            if _US.search(sentence):
                about_them = False
            elif _RIVAL.search(sentence) or about_them and _RUNS_ON.match(sentence):
                about_them = True
                found.add(sentence)
            else:
                about_them = False
    return frozenset(found)
