"""The cue prefilter is a necessary condition, never a guess: detection gives the same answer with and
without it, on real mail and on every privacy case we hold; and the literals it requires are right."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from policies.privacy import detector
from policies.privacy.cues import CUES
from policies.privacy.prefilter import Prefilter, required_literals
from tests.conftest import SHARED_DATA, SHARED_EVALS

HERE = Path(__file__).resolve()
AESLC = SHARED_DATA / "enron_aeslc" / "aeslc_train.csv"
PRIVACY_SETS = [*HERE.parents[1].glob("evals/privacy_*.jsonl"), *SHARED_EVALS.glob("dev/privacy.jsonl")]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:chemo(?:therapy)?|cancer)\b", {"chemo", "chemotherapy", "cancer"}),
        (r"\bon (?:sick|medical) leave\b", {"on sick leave", "on medical leave"}),
        (r"(?i)\bunion (?:rep|member)s?", {"union rep", "union reps", "union member", "union members"}),
        (r"\bcan+cer\b", {"cer"}),  # the repeat breaks the run: what follows it is still required
        (r"\b(?:\w+ )?sober\b", {"sober"}),
        (r"\b(?:x|\w+)\b", None),  # a branch with nothing literal: no requirement
        (r"ab", None),  # too short to index
        (r"\bcafé\b", {"caf"}),  # of a non-ASCII literal, only its longest ASCII stretch is compared
        (r"\bfackförening\b", {"rening"}),
        (r"\b(?:é|è)\b", None),  # no ASCII at all: no requirement
    ],
)
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    assert required_literals(re.compile(pattern, re.IGNORECASE)) == expected


def test_folded_letters_still_reach_the_cue() -> None:
    """re's case-insensitive match takes "ſ" for "s" and "K" (Kelvin) for "k"; the filter must too."""
    flt = Prefilter.build([re.compile(r"\bsober\b", re.IGNORECASE), re.compile(r"\bkosher\b", re.IGNORECASE)])
    assert flt.possible("he has been ſober for years") == {0}
    assert flt.possible("she keeps \u212aOSHER") == {1}
    assert flt.possible("nothing to see here") == set()


def test_literals_are_filed_once_under_a_rare_piece() -> None:
    """A literal that holds another adds nothing; each is filed under a piece without a space, if it has one."""
    flt = Prefilter.build([re.compile(r"\bon (?:an? )?electronic tag\b", re.IGNORECASE),
                           re.compile(r"\bunion reps?\b", re.IGNORECASE)])  # fmt: skip
    literals = sorted(literal for entries in flt.index.values() for literal, _ in entries)
    assert literals == ["on a electronic tag", "on an electronic tag", "on electronic tag", "union rep"]
    assert all(" " not in key for key in flt.index)
    assert flt.possible("He is on an electronic tag.") == {0}
    assert flt.possible("Turn it on, then call the union.") == set()


def _texts() -> list[str]:
    texts = []
    for path in PRIVACY_SETS:
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
    if AESLC.is_file():
        csv.field_size_limit(10**9)
        with AESLC.open(newline="") as fh:
            for _, row in zip(range(1500), csv.DictReader(fh), strict=False):
                texts += [row["body"], row["subject"]]
    return texts


SHARDS = 4  # the longest test of the suite, split so that pytest-xdist's workers share it


@pytest.mark.parametrize("shard", range(SHARDS))
def test_detection_is_the_same_with_and_without_the_filter(monkeypatch: pytest.MonkeyPatch, shard: int) -> None:
    texts = sorted(_texts(), key=len)[shard::SHARDS]  # dealt out by length, so each shard costs the same
    assert len(texts) > 150
    filtered = [detector.detect(t) for t in texts]
    monkeypatch.setattr(detector, "_prefilter", lambda: Prefilter({}, frozenset(range(len(CUES)))))  # every cue runs
    unfiltered = [detector.detect(t) for t in texts]
    assert sum(d.sensitive for d in unfiltered) > 20  # the comparison covers real findings
    assert filtered == unfiltered
