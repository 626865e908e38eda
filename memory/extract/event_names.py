"""A trade fair's or conference's name is no person: "we will be at Hannover Messe", "see you at Web Summit",
"met them at the Nordic Retail Expo". Words that are also surnames (Fair, Show, Week) are left out on purpose."""

from __future__ import annotations

from collections.abc import Sequence

_EVENT_WORDS = frozenset(
    """messe expo summit conference congress kongress convention symposium tradeshow trade-show festival
    roadshow forum""".split()
)


def event_name(words: Sequence[str]) -> bool:
    """Whether the capitalised ``words`` end on a word events are named with."""
    return bool(words) and words[-1].strip(".,").lower() in _EVENT_WORDS
