"""Offline sentiment of what a customer wrote or said: VADER's compound score in [-1, 1]."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

MAX_CHARS = 4000  # tone is set early; scoring a whole transcript costs time and says little more
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def sentiment(text: str) -> float | None:
    """VADER compound score of ``text`` (None for no text), rounded to 3 places."""
    text = text.strip()
    if not text:
        return None
    with _LOCK:  # the analyzer is not documented as thread-safe
        score = _analyzer().polarity_scores(text[:MAX_CHARS])["compound"]
    return round(float(score), 3)
