"""A reply that turns our offer down and sends us elsewhere, for ``sentiment_drop``: "Noted. Thursday is not
convenient. Please send the training costs to our bursar directly." Each sentence withholds: a bare receipt, a slot or
call refused with nothing offered instead, or a hand-off of what we send to someone else. After warm messages it is
curt however many words it takes (sentiment.py); a thanks, a question, another time offered, a reason, or anything
that moves the deal on makes it a reply.
"""

from __future__ import annotations

import re

from agents.insights.thread import split_sentences
from agents.insights.tone_cues import ACKNOWLEDGEMENT, ASSENT, BARE_REFUSAL, TIME_OFFERED, WARMTH
from agents.insights.tone_reserve import NAMED_REFUSAL, REFUSED_SLOT

# what we send passed on to someone else, nothing more said: "Please send the training costs to our bursar
# directly.", "Send any further material to procurement instead." (not their own desk's paperwork moving the deal on:
# ASSENT catches "the signed order form", "the PO")
_HAND_OFF = re.compile(
    r"(?:please |kindly |just )?(?:send|e-?mail|forward|direct|address|pass|route)(?: (?:it|them|this|that|any"
    r"|all|the|your|further|future|any further|any future|all further)(?: [\w-]+){0,3})? to (?!(?:me|us|myself)\b)"
    r"(?:(?:our|the|my|their) |(?-i:Mr|Mrs|Ms|Dr|Miss)\.? )?[\w-]+(?: [\w-]+){0,3}"
    r"(?: (?:directly|instead|from now on|in future|going forward))?"
    r"[.!]?",
    re.IGNORECASE,
)
# a sentence that is only a refusal of what we offered: "Thursday is not convenient.", "A call isn't necessary."
_REFUSAL_ONLY = (BARE_REFUSAL, NAMED_REFUSAL)
# a signature left in the text: "T.", "T. Lindqvist", "Tobias Lindqvist", "Tobias" (not a one-word sentence: "No.")
_SIGNATURE = re.compile(r"(?:[A-Z]\.\s?)+(?:[A-Z][a-z'-]+)?|[A-Z][a-z'-]+(?:\s[A-Z][a-z'-]+){0,2}")
_MAX_WORDS = 25
_MAX_CHARS = 400  # 25 words and a signature: anything longer is no curt reply, and is not read further


def refused_and_handed_off(text: str) -> bool:
    """A short reply with no warmth, question, assent or time offered, that turns down what we offered and otherwise
    only notes receipt or hands us off to someone else."""
    if len(text) > _MAX_CHARS or "?" in text or WARMTH.search(text) or ASSENT.search(text) or _time_offered(text):
        return False
    sentences = [s for s in split_sentences(text) if not _SIGNATURE.fullmatch(s.strip())]
    if not sentences or len(re.findall(r"[A-Za-z']+", " ".join(sentences))) > _MAX_WORDS:
        return False
    refused = [s for s in sentences if _refusal(s)]
    rest = [s for s in sentences if s not in refused]
    return bool(refused) and all(ACKNOWLEDGEMENT.fullmatch(s) or _HAND_OFF.fullmatch(s) for s in rest)


def _refusal(sentence: str) -> bool:
    if any(p.fullmatch(sentence) for p in _REFUSAL_ONLY):
        return True
    m = REFUSED_SLOT.search(sentence)
    return m is not None and not sentence[: m.start()].strip() and not sentence[m.end() :].strip(" .!")


def _time_offered(text: str) -> bool:
    """Another time offered once the refused slot is taken out: "Thursday isn't convenient, but Friday at 10 works"."""
    return TIME_OFFERED.search(REFUSED_SLOT.sub(" ", text)) is not None
