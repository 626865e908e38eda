"""Offline sentiment of what a customer wrote or said: VADER's compound score in [-1, 1]."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

MAX_CHARS = 4000  # tone is set early; scoring a whole transcript costs time and says little more
_LOCK = threading.Lock()
# VADER's negation and idiom checks look at most three words before a word and two after it.
_BEFORE, _AFTER = 3, 3


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

    class WindowedVader(SentimentIntensityAnalyzer):
        """VADER with the same scores, ~3x faster on mail (``tests/unit/test_sentiment.py`` checks the
        scores equal stock VADER's on real mail):
        - its negation and idiom checks lower-case the whole text for every sentiment word (quadratic) to
          read the few words around it; here they get just those words, at the same relative positions;
        - it rebuilds every text character by character to spell out emoji; here only texts with emoji."""

        def __init__(self) -> None:
            super().__init__()
            self.emoji_chars = frozenset(key for key in self.emojis if len(key) == 1)

        def polarity_scores(self, text: str) -> dict[str, float]:
            if not self.emoji_chars.isdisjoint(text):
                return dict(super().polarity_scores(text))
            # VADER's own polarity_scores from here on (3.3.2), for a text without emoji
            text = text.strip()
            sentitext = SentiText(text)
            words = sentitext.words_and_emoticons
            sentiments: list[float] = []
            for i, item in enumerate(words):
                lowered = item.lower()
                if lowered in BOOSTER_DICT or (
                    lowered == "kind" and i < len(words) - 1 and words[i + 1].lower() == "of"
                ):
                    sentiments.append(0)
                    continue
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
            sentiments = self._but_check(words, sentiments)
            return dict(self.score_valence(sentiments, text))

        @staticmethod
        def _negation_check(valence: float, words: list[str], start_i: int, i: int) -> float:
            low = max(0, i - _BEFORE)  # callers guarantee i > start_i, so no index reaches below ``low``
            return float(SentimentIntensityAnalyzer._negation_check(valence, words[low : i + _AFTER], start_i, i - low))

        @staticmethod
        def _special_idioms_check(valence: float, words: list[str], i: int) -> float:
            low = max(0, i - _BEFORE)  # called only for i > 2; its "is there a next word" checks see the same
            return float(SentimentIntensityAnalyzer._special_idioms_check(valence, words[low : i + _AFTER], i - low))

    return WindowedVader()


def sentiment(text: str) -> float | None:
    """VADER compound score of ``text`` (None for no text), rounded to 3 places."""
    text = text.strip()
    if not text:
        return None
    with _LOCK:  # the analyzer is not documented as thread-safe
        score = _analyzer().polarity_scores(text[:MAX_CHARS])["compound"]
    return round(float(score), 3)
