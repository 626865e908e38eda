"""dealbot's faster VADER gives stock VADER's scores, on real mail and on the constructions its
negation, idiom, booster, "but" and emoji rules handle."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from memory.ingest.sentiment import MAX_CHARS, _analyzer, sentiment
from tests.conftest import SHARED_DATA

HERE = Path(__file__).resolve()
AESLC = SHARED_DATA / "enron_aeslc" / "aeslc_train.csv"
RISK_SETS = sorted((HERE.parents[1] / "evals").glob("risk_*.jsonl"))
RULES = [
    "not unhappy at all", "I am not happy with the quote", "never so happy with a vendor", "without doubt great",
    "this is not at least good", "at least it works", "kind of good, but not great", "Kind of   of kind",
    "sort of okay", "The demo was GREAT but the price is NOT acceptable!!!", "no problem at all", "no, no, no",
    "they won't be unhappy", "cut the crap", "the bomb", "yeah right", "love it 😀 but the price 💸 hurts",
    "🙂", "", "   ", "good good good good good good", "least", "no", "x no good", "kiss of death",
    "hand to mouth", "upper hand", "back handed", "break a leg", "the shit", "bus stop",
    "honestly the new pricing gave it the kiss of death", "so for our team that tool is to die for",
    "we never were so happy", "they are without doubt good", "they really did cut the crap today",
]  # fmt: skip


def _mail() -> list[str]:
    texts = []
    for path in RISK_SETS:
        for line in path.read_text().splitlines():
            if line.strip():
                texts += [i["text"] for i in json.loads(line)["interactions"]]
    if AESLC.is_file():
        csv.field_size_limit(10**9)
        with AESLC.open(newline="") as fh:
            texts += [row["body"][:MAX_CHARS] for _, row in zip(range(2000), csv.DictReader(fh), strict=False)]
    return texts


@pytest.mark.parametrize("text", RULES)
def test_rules_score_as_stock_vader(text: str) -> None:
    assert _analyzer().polarity_scores(text) == SentimentIntensityAnalyzer().polarity_scores(text)


def test_real_mail_scores_as_stock_vader() -> None:
    texts = _mail()
    assert len(texts) > 300
    stock = SentimentIntensityAnalyzer()
    different = [t[:80] for t in texts if _analyzer().polarity_scores(t) != stock.polarity_scores(t)]
    assert not different


def test_sentiment_is_the_rounded_compound() -> None:
    assert sentiment("   ") is None
    assert sentiment("We are thrilled, this is excellent work!") > 0.5  # type: ignore[operator]
    assert sentiment("This is a terrible, broken mess and we are furious.") < -0.5  # type: ignore[operator]
