"""A gated pattern skips only texts it cannot match: its needles are literals every match holds, read as written
(case-sensitive, lower-case, ASCII patterns only), and normalising gives the same words with and without the gates."""

from __future__ import annotations

import csv
import json
import re

import pytest

from agents.offline import normalise
from agents.offline.gated import Gated, needles
from tests.conftest import PROJECT_ROOT, SHARED_DATA


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bw/r\b|\bwin rt\b|\bwr\b", ("wr", "w/r", "win rt")),
        (r"\b(?:win rate|win)\b", ("win",)),  # a text holding "win rate" holds "win"
        (r"\$(?!\d)", ("$",)),
        (r"\b(i|we|you|they|he|she|did|do|does|to|will|would|didn't|didnt) loose\b", (" loose",)),  # their common part
        (r"(?i)\bchemo\b", None),  # case ignored: "CHEMO" holds no "chemo"
        (r"\bChemo\b", None),  # an upper-case letter the reader would lower
        (r"\x43hemo", None),  # a letter written by its code
        (r"(?i:chemo)", None),  # case ignored in a group
        (r"\bcafé\b", ("caf",)),  # the longest stretch the reader is sure of
        (r"\bſober\b", None),  # the reader folds "ſ" to "s", which the text may not hold
        (r"[a-z]+ing\b|\d+", None),  # a branch with nothing literal
    ],
)
def test_needles(pattern: str, expected: tuple[str, ...] | None) -> None:
    found = needles(re.compile(pattern))
    assert found == expected if found is None or expected is None else sorted(found) == sorted(expected)


def test_a_gated_pattern_answers_as_the_pattern() -> None:
    gate = Gated(re.compile(r"\bwr\b(?= (?:ytd|q[1-4])\b)"))
    assert gate.sub("win rate", "my wr ytd pls") == "my win rate ytd pls"
    assert gate.search("team wr q3") is not None
    assert gate.search("the water rate") is None and gate.sub("x", "no match here") == "no match here"


def _texts() -> list[str]:
    texts = []
    for path in sorted((PROJECT_ROOT / "tests" / "evals").glob("*.jsonl")):
        if path.name.startswith(("qa_", "privacy_")):
            texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
    aeslc = SHARED_DATA / "enron_aeslc" / "aeslc_train.csv"
    if aeslc.is_file():
        csv.field_size_limit(10**9)
        with aeslc.open(newline="") as fh:
            for _, row in zip(range(400), csv.DictReader(fh), strict=False):
                texts += [row["body"], *re.split(r"(?<=[.!?])\s+|\n+", row["body"])]
    return texts


def test_normalising_is_the_same_without_the_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    assert len(texts) > 3000
    gated = [normalise.normalised(t) for t in texts]
    monkeypatch.setattr(Gated, "may_match", lambda self, text: True)  # every rewrite runs
    assert [normalise.normalised(t) for t in texts] == gated
