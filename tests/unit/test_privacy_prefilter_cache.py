"""The privacy prefilter's index cached on disk between processes: read back it filters exactly as a fresh
build, in the callers' own cue order; a damaged or foreign file is rebuilt; no writable cache still works."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from policies.privacy.cues import compiled_cues
from policies.privacy.prefilter import Prefilter
from policies.privacy.prefilter_cache import cache_file, cached_build

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = [
    "She's out for chemo next month, push the call.",
    "He is a practising Muslim and fasts during Ramadan.",
    "Kofi is the Unite shop steward at the depot.",
    "The pipeline looks healthy going into Q4.",
    "Spoke to Ann about the renewal; she wants 40 seats.",
    "He was arrested for drink driving last year.",
]
PATTERNS = [
    re.compile(r"\b(?:chemo(?:therapy)?|cancer)\b", re.IGNORECASE),
    re.compile(r"\bshop steward\b", re.IGNORECASE),
    re.compile(r"\b(?:arrested|convicted)\b", re.IGNORECASE),
    re.compile(r"\bRamadan\b"),
]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def _matching(flt: Prefilter, patterns: list[re.Pattern[str]], text: str) -> set[str]:
    return {patterns[i].pattern for i in flt.possible(text)}


def test_a_saved_index_filters_as_a_fresh_build(cache_home: Path) -> None:
    patterns = [cue.pattern for cue in compiled_cues()]
    first = cached_build(patterns)
    assert cache_file(patterns).is_file() and str(cache_file(patterns)).startswith(str(cache_home))
    again = cached_build(patterns)
    fresh = Prefilter.build(patterns)
    for text in SENTENCES:
        assert first.possible(text) == again.possible(text) == fresh.possible(text)
    assert any(fresh.possible(text) for text in SENTENCES)


def test_the_index_is_read_from_the_file(cache_home: Path) -> None:
    cached_build(PATTERNS)
    path = cache_file(PATTERNS)
    data = json.loads(path.read_text())
    data["index"] = {gram: [e for e in entries if "steward" not in e[0]] for gram, entries in data["index"].items()}
    path.write_text(json.dumps(data))
    assert r"\bshop steward\b" not in _matching(cached_build(PATTERNS), PATTERNS, SENTENCES[2])


def test_another_cue_order_shares_the_file_and_keeps_its_own_positions(cache_home: Path) -> None:
    cached_build(PATTERNS)
    shuffled = PATTERNS[:]
    random.Random(3).shuffle(shuffled)
    assert shuffled != PATTERNS and cache_file(shuffled) == cache_file(PATTERNS)
    loaded = cached_build(shuffled)
    for text in SENTENCES:
        assert _matching(loaded, shuffled, text) == _matching(Prefilter.build(PATTERNS), PATTERNS, text)
    assert _matching(loaded, shuffled, SENTENCES[0]) == {PATTERNS[0].pattern}


def test_a_pattern_listed_twice_is_reported_at_both_places(cache_home: Path) -> None:
    twice = [PATTERNS[1], PATTERNS[0], PATTERNS[1]]
    assert cached_build(twice).possible(SENTENCES[2]) == {0, 2}
    assert cached_build(twice).possible(SENTENCES[2]) == {0, 2}  # read back from the file


def test_another_pattern_set_gets_another_file(cache_home: Path) -> None:
    assert cache_file(PATTERNS) != cache_file(PATTERNS[:-1])
    assert cache_file(PATTERNS) != cache_file([*PATTERNS[:-1], re.compile(r"\bRamadan\b", re.IGNORECASE)])


@pytest.mark.parametrize(
    "content",
    ["{not json", json.dumps({"index": {"hem": [["chemo", 99]]}, "always": []}), json.dumps({"always": []})],
    ids=["damaged", "index out of range", "no index"],
)
def test_a_bad_file_is_rebuilt(cache_home: Path, content: str) -> None:
    path = cache_file(PATTERNS)
    path.parent.mkdir(parents=True)
    path.write_text(content)
    flt = cached_build(PATTERNS)
    assert _matching(flt, PATTERNS, SENTENCES[0]) == {PATTERNS[0].pattern}
    assert json.loads(path.read_text())["index"]  # replaced by a good one


def test_no_writable_cache_still_filters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # its "dealbot" folder cannot be made
    assert _matching(cached_build(PATTERNS), PATTERNS, SENTENCES[2]) == {PATTERNS[1].pattern}


def test_the_cues_are_the_same_in_every_process(tmp_path: Path) -> None:
    """Name lists are sets: joined in their iteration order, the cues' text changed with each process's hash
    seed, and so did the cache file's name, so no process found another's file."""
    code = (
        "from policies.privacy.cues import compiled_cues\n"
        "from policies.privacy.prefilter_cache import cache_file\n"
        "print(cache_file([c.pattern for c in compiled_cues()]).name)\n"
    )
    names = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "XDG_CACHE_HOME": str(tmp_path)}
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
        names.add(out.stdout.strip())
    assert len(names) == 1


def test_only_the_newest_files_are_kept(cache_home: Path) -> None:
    for n in range(12):
        cached_build([*PATTERNS, re.compile(rf"\bcue{n}\b")])
    kept = list(cache_file(PATTERNS).parent.glob("prefilter-*.json"))
    assert len(kept) == 8 and cache_file([*PATTERNS, re.compile(r"\bcue11\b")]) in kept
