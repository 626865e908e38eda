"""``dealbot eval privacy``: the offline special-category detector against labelled texts.

Scored as shared/evals/README.md says: precision, recall and F1 of ``sensitive``, and category accuracy
(the exact set of categories) on the cases labelled sensitive. The detector needs no store and no model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from bot.evals.cases import Case, JsonlOut, Summary, load_cases
from policies.privacy import CATEGORIES, detect

REQUIRED = ("id", "text", "expect", "expect.sensitive", "expect.categories")


def validate(data: dict[str, Any]) -> list[str]:
    """Type problems of a privacy case that has every required key."""
    problems = []
    expect = data["expect"]
    if not isinstance(data["text"], str):
        problems.append("text is not a string")
    if not isinstance(expect["sensitive"], bool):
        problems.append("expect.sensitive is not true/false")
    categories = expect["categories"]
    if not isinstance(categories, list) or not all(c in CATEGORIES for c in categories):
        problems.append(f"expect.categories must be a list of {', '.join(CATEGORIES)}")
    elif bool(categories) != expect["sensitive"]:
        problems.append("expect.sensitive must be true exactly when expect.categories is non-empty")
    return problems


@dataclass
class Scores:
    """Confusion counts of ``sensitive`` and category hits on the sensitive cases."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    category_hits: int = 0
    bad_lines: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, expected: bool, predicted: bool, categories_right: bool) -> None:
        if expected:
            self.category_hits += categories_right
        if expected and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif expected:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def category_accuracy(self) -> float:
        positives = self.tp + self.fn
        return self.category_hits / positives if positives else 0.0


def run_privacy(*, cases_path: Path, predictions_path: Path | None, out: TextIO) -> Scores:
    """Score every case; failure lines, the scores and, last, the ``privacy: ...`` line go to ``out``."""
    entries = load_cases(cases_path, required=REQUIRED, validate=validate)
    summary = Summary("privacy", out)
    scores = Scores()
    with JsonlOut(predictions_path) as predictions:
        for entry in entries:
            if not isinstance(entry, Case):
                summary.record(entry.label, [entry.problem])  # a bad line counts as a missed case
                scores.bad_lines += 1
                continue
            found = detect(entry.data["text"])
            predicted = {"sensitive": found.sensitive, "categories": found.categories}
            predictions.write({"id": entry.id, "predicted": predicted})
            expect = entry.data["expect"]
            right = sorted(found.categories) == sorted(expect["categories"])
            scores.add(expect["sensitive"], found.sensitive, right)
            problems = [] if right else [f"expected {_shown(expect['categories'])}, got {_shown(found.categories)}"]
            cues = "; ".join(f"{f.category}: {f.cue!r}" for f in found.findings)
            summary.record(entry.label, problems, f"{entry.data['text']}" + (f" [cues: {cues}]" if cues else ""))
    positives = scores.tp + scores.fn
    print(f"sensitive: tp={scores.tp} fp={scores.fp} fn={scores.fn} tn={scores.tn}; "
          f"category accuracy on sensitive cases: {scores.category_hits}/{positives}", file=out)  # fmt: skip
    print(f"privacy: passed={summary.passed} total={summary.total} precision={scores.precision:.3f} "
          f"recall={scores.recall:.3f} category_accuracy={scores.category_accuracy:.3f} f1={scores.f1:.3f}",
          file=out, flush=True)  # fmt: skip
    return scores


def _shown(categories: list[str]) -> str:
    return "[" + ", ".join(categories) + "]" if categories else "not sensitive"
