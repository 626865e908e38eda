"""Buying decisions said to be someone else's now, however the decisions are qualified: "purchasing decisions like
this one are hers now, not mine", "approvals on contracts like ours are his from now on". A standing arrangement
("purchases like this are hers, not mine, as always") names no change, so a now is needed; "still mine" keeps it."""

from __future__ import annotations

from agents.insights.cues import cue

_WHAT = r"\b(?:decisions?|calls?|approvals?|sign-?offs?|purchases|purchasing|buying|contracts|signatures?)\b"
_WHOSE = r"(?:his|hers|theirs|(?-i:[A-Z][\w-]+)'s)(?: (?:call|decision|to (?:make|sign|approve)))?"
_NOW = r"(?:now|from now on|going forward|from here on|these days|from (?-i:[A-Z])[a-z]+|as of (?-i:[A-Z])[a-z]+)"
_NOT_MINE = r",? (?:not|rather than|instead of) (?:mine|ours|me|us)\b"

# "now his, not mine", "his now, not mine", "his from now on." (a standing "his, not mine" names no change)
_THEIRS_NOW = rf"(?:now {_WHOSE}(?: {_NOW})?{_NOT_MINE}|{_WHOSE} {_NOW}(?:{_NOT_MINE}|(?=\s*(?:[.!;]|$))))"

DECISIONS_THEIRS = cue(
    rf"{_WHAT}[^.;,]{{0,40}}? (?:are|is|'s|'re|will be|sits? with|rests? with) (?:(?:now|all) )?{_THEIRS_NOW}",
    0.85,
    negatable=False,
)
