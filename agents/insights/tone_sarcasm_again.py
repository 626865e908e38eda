"""Sarcasm at a mishap come round again: mock praise beside "another billing surprise", "yet another mix-up" ("Super,
yet another invoice error is just what we needed."). The repeat is the failure the praise mocks, so it reads as
sarcasm with no failure told elsewhere; a pleasant surprise or a bug reported fixed is no mishap.
"""

from __future__ import annotations

import re

from agents.insights import tone_sarcasm as ts

_AGAIN = re.compile(
    r"\b(?:another|yet another|one more|a second|a third|a fresh)"
    r" (?!(?:pleasant|nice|happy|lovely|welcome|good|great|positive)\b)(?:[\w-]+ ){0,2}?"
    r"(?:surprises?|mix-?ups?|mistakes?|errors?|glitch(?:es)?|outages?|bugs?|blunders?|screw-?ups?|hiccups?|snafus?"
    r"|cock-?ups?|fiascos?|overcharges?|double[- ]charges?|failures?|crash(?:es)?)\b"
    r"(?! (?:fixed|solved|resolved|squashed|gone|sorted|closed|cleared)\b)",
    re.IGNORECASE,
)


def mishap_mocked(sentence: str) -> bool:
    """Mock praise (tone_sarcasm.SARCASM) in a sentence that names a mishap repeated."""
    return _AGAIN.search(sentence) is not None and ts.SARCASM.search(sentence) is not None
