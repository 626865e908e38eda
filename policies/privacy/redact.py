"""Redaction: the clause that carries special-category data is replaced by a neutral marker, and the
rest of the text is kept, dates included ("she's out for chemo next month, push the call" becomes
"[health detail removed] next month, push the call")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from policies.privacy.detector import Finding, detect

LABELS = {
    "health": "health", "political_opinion": "political", "religion": "religious", "ethnicity": "ethnicity",
    "sexual_orientation": "sexual orientation", "trade_union": "trade union", "genetic_biometric": "genetic/biometric",
    "criminal_record": "criminal record",
}  # fmt: skip
# where a clause ends: punctuation, a dash, or a conjunction that starts a new statement
_CLAUSE = re.compile(r"[,;:()—–]\s*| - | (?=(?:and|but|so|because|since|which|while|although|though|as) )")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)s?"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHEN = re.compile(
    rf"\b(?:(?:next|this|last|coming|the following) (?:week|month|quarter|year|{_DAY})|(?:on |until |till |from "
    rf"|by |before |after )?{_DAY}|tomorrow|today|yesterday|tonight|this (?:morning|afternoon|evening)|"
    rf"(?:until|till|from|by|before|after|on) (?:the )?\d{{1,2}}(?:st|nd|rd|th)|(?:in|until|till|by|from|"
    rf"before|after|since) {_MONTH}|mid-{_MONTH}|end of (?:the )?(?:week|month|quarter|year|{_MONTH})|"
    rf"(?:for|in) (?:a|one|two|three|four|five|six|\d+|a couple of|a few) (?:days?|weeks?|months?)|until then)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Redaction:
    text: str
    categories: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.categories)


def marker(categories: Iterable[str]) -> str:
    """The neutral placeholder for removed details, e.g. ``[health detail removed]``."""
    return "[" + " and ".join(dict.fromkeys(LABELS[c] for c in categories)) + " detail removed]"


def redact(text: str, *, allowed: Iterable[str] = ()) -> Redaction:
    """``text`` with every clause that reveals special-category data replaced by a marker."""
    detection = detect(text, allowed=allowed)
    if not detection.sensitive:
        return Redaction(text, ())
    spans = _clauses_to_remove(text, detection.findings)
    out, last = [], 0
    for start, end, cats in spans:
        out.append(text[last:start])
        kept = " ".join(m.group(0) for m in _WHEN.finditer(text, start, end))
        out.append(marker(cats) + (f" {kept}" if kept else ""))
        last = end
    out.append(text[last:])
    return Redaction("".join(out), tuple(detection.categories))


def _clauses_to_remove(text: str, findings: Iterable[Finding]) -> list[tuple[int, int, list[str]]]:
    """(start, end, categories) of each clause holding a finding; clauses touching or next to each other merge."""
    merged: list[tuple[int, int, list[str]]] = []
    for f in sorted(findings, key=lambda f: f.start):
        start, end = _clause_around(text, f)
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            prev_start, prev_end, cats = merged[-1]
            merged[-1] = (prev_start, max(prev_end, end), cats + [f.category])
        else:
            merged.append((start, end, [f.category]))
    return merged


def _clause_around(text: str, finding: Finding) -> tuple[int, int]:
    """The clause of the finding's sentence that contains it (widened to the whole cue if a cue spans two)."""
    s_start, s_end = finding.sentence
    bounds = [s_start] + [m.end() for m in _CLAUSE.finditer(text, s_start, s_end)] + [s_end]
    start = max(b for b in bounds if b <= finding.start)
    end = min((m.start() for m in _CLAUSE.finditer(text, finding.end, s_end)), default=s_end)
    end = start + len(text[start:end].rstrip())
    if text[start:end].endswith((".", "!", "?")):
        end -= 1  # keep the sentence's full stop
    return start, max(end, finding.end)
