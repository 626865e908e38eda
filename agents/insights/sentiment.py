"""The customer's tone in one message, offline: VADER's lexicon (vaderSentiment) tuned for business email,
plus phrases of our own, with negation, sarcasm and curtness handled.

VADER alone reads business mail badly ("PO has been raised" scores -0.64 because "po" is slang in its
lexicon; "No objections from finance" is negative because "no" is), so its score counts for a part, and
our phrases ("running out of patience", "stopped logging in", "nobody is complaining", all in tone_cues.py)
for the rest.
Sarcasm is praise in a message that reports a failure ("Couldn't be better." after "import still stuck"),
or praise as the headline of bad news ("Marvellous news: the update wiped our notes"); the same praise with
no failure around it is sincere. A grievance is a failure of ours told with a reaction to it (our words thrown
back, what it cost them, the face they lost, resignation: tone_grievance.py): its plain narrative sentences
("fourteen managers logged in at 10") must not dilute it, so the message scores at most what the grievance does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from agents.insights import tone_cues as tc
from agents.insights import tone_failure as tf
from agents.insights import tone_sarcasm as ts
from agents.insights.thread import split_sentences
from agents.insights.tone_awaited import without_awaited
from agents.insights.tone_denied import without_denied_worry
from agents.insights.tone_grievance import reactions
from agents.insights.tone_loanwords import tone_in_english
from agents.insights.tone_loyalty import mock_loyalty
from agents.insights.tone_messenger import MESSENGER_PHRASES
from agents.insights.tone_mock import ECHOED_FAULT, MOCK_SELF_BLAME, PRAISE_WHILE_WORKING
from agents.insights.tone_rebuke import REBUKE_PHRASES
from agents.insights.tone_refused import refused_and_handed_off
from agents.insights.tone_reserve import (
    BARE_REPORT,
    LOOK_THEN_PROMISE,
    NAMED_REFUSAL,
    REBUFF,
    REFUSED_SLOT,
    SEEN_ENOUGH,
    SLOT_TAKEN,
)
from agents.insights.tone_sarcasm_again import mishap_mocked
from agents.insights.tone_sarcasm_more import MOCK_FEELING, THANKS_FOR_MORE
from agents.insights.tone_sarcasm_patience import MOCK_PATIENCE
from agents.insights.tone_sarcasm_speed import WAITED, slow_mocked
from agents.insights.tone_withheld import DECIDED_INSIDE, FIX_NOTED

_REACTION = -0.5  # a sentence that tells a grievance (distrust, the cost to them, face lost) at least this low
_INITIALS = re.compile(r"[A-Z]\.?(?:[A-Z]\.?)?")
_GRIEVANCE, _PER_CLASS = -0.2, 0.15  # a grievance told in n ways scores at most -0.2 - 0.15 n


@dataclass(frozen=True)
class Tone:
    """A message's tone in [-1, 1] and the sentence that weighs most in it."""

    score: float
    strongest: str
    sarcastic: bool = False
    curt: bool = False
    grievance: tuple[str, ...] = ()  # the grievance classes the message tells, when it tells one


@cache
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # ~50 ms to load its lexicon

    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon.update(tc.LEXICON_FIXES)
    return analyzer


def sentence_score(
    sentence: str, *, failure_context: bool = False, beside_failure: bool = False, waited: bool = False
) -> tuple[float, bool]:
    """A sentence's tone in [-1, 1], and whether it was read as sarcasm (``beside_failure``: the sentence
    just before or after it reports the failure; ``waited``: the message counts how long we kept them waiting)."""
    if slow_mocked(sentence, waited):
        return -0.7, True  # "after a month the answer is ... Really impressive turnaround."
    if failure_context and (ts.SARCASM.search(sentence) or ts.SARCASM_QUALITY.search(sentence)
                            or ts.SARCASM_COMPETENCE.search(sentence) and not tc.SINCERE.search(sentence)
                            or MOCK_PATIENCE.search(sentence)):  # fmt: skip
        return -0.7, True
    if mock_loyalty(sentence) or THANKS_FOR_MORE.search(sentence) or mishap_mocked(sentence):
        return -0.7, True  # "thanks so much for rewarding our loyalty", "thanks for the newsletters, three more today"
    if _praise_then_failure(sentence) or MOCK_SELF_BLAME.search(sentence) or PRAISE_WHILE_WORKING.search(sentence):
        return -0.7, True  # praise heading bad news, or blame taken for reading what we sent: sarcasm wherever it is
    if ECHOED_FAULT.match(sentence.strip()) and re.search(r",|\b(?:yes|yeah|yep|indeed|you)\b", sentence, re.I):
        return -0.6, False  # our apology handed back as the verdict ("Should have, yes."): a reproach
    # names are not words: "Rob", "Grace", "Hope" must not colour the tone
    plain = re.sub(r"(?<=[\w,;:] )[A-Z][a-z]+(?: [A-Z][a-z]+)*", "someone", without_denied_worry(sentence))
    vader = float(_vader().polarity_scores(plain)["compound"])
    if beside_failure and vader >= 0.4 and _bare_praise(sentence):
        return -0.7, True  # "The team are thrilled." right after the failure it reports
    # a failure told plainly ("it went down twice in the first hour") is bad news even in neutral words
    phrase = -0.35 if failure_context and tf.failed(sentence) else 0.0
    if failure_context and ts.SCARE_QUOTES.search(sentence):
        phrase -= 0.4
    lowered = without_denied_worry(sentence).lower()  # a worry denied is no worry: "not that price is a problem"
    for pattern, score in (*tc.PHRASES, *REBUKE_PHRASES, *MESSENGER_PHRASES):
        if pattern.search(lowered):
            phrase += score
    return max(-1.0, min(1.0, 0.55 * vader + phrase)), False


def _praise_then_failure(sentence: str) -> bool:
    """Praise as a headline for bad news ("Marvellous news: the update wiped our notes"): sarcasm wherever it is."""
    m = ts.PRAISE_HEAD.match(sentence)
    if m is None or not tf.failed(m["rest"]):
        return False
    return float(_vader().polarity_scores(m["head"])["compound"]) >= 0.4


_FILLER = re.compile(r"\b(?:really|truly|honestly|simply|absolutely|just|so far|to date|thus far)\b", re.IGNORECASE)


def _bare_praise(sentence: str) -> bool:
    """A short burst of praise with nothing sincere in it ("First-class stuff, honestly.", "Loving the
    reliability."): beside a failure it is sarcasm. Intensifiers and "so far" add no substance, so they are not
    counted ("Really loving the experience so far.")."""
    words = re.findall(r"[A-Za-z'-]+", _FILLER.sub(" ", sentence))
    return 0 < len(words) <= 5 and not sentence.rstrip().endswith("?") and not tc.SINCERE.search(sentence)


def message_tone(text: str, *, skip: frozenset[str] = frozenset(), failed_before: bool = False) -> Tone:
    """The tone of one customer message (see ``_tone``); feeling words in their own language ("No estoy contenta.")
    are read in English, and the strongest sentence is quoted as they wrote it."""
    english = tone_in_english(text)
    if english == text:
        return _tone(text, skip=skip, failed_before=failed_before)
    tone = _tone(english, skip=frozenset(tone_in_english(s) for s in skip), failed_before=failed_before)
    read, written = split_sentences(english), split_sentences(text)
    if len(read) == len(written) and tone.strongest in read:
        tone = replace(tone, strongest=written[read.index(tone.strongest)])
    return tone


def _tone(text: str, *, skip: frozenset[str] = frozenset(), failed_before: bool = False) -> Tone:
    """The tone of one customer message; sentences in ``skip`` (topical evidence such as a price objection,
    scored by its own reason) leave the tone alone. ``failed_before``: an earlier message of theirs reported a
    failure of ours still open, so a reaction to it here ("spent Monday phoning customers") is a grievance even
    when this message does not restate the failure; praise is read as before (sincere once it works again)."""
    sentences = [s for s in split_sentences(text) if s not in skip] or split_sentences(text)
    if not sentences and re.fullmatch(r"[A-Za-z']+", text.strip()):
        sentences = [text.strip()]  # a one-word reply with no stop ("ok", "k") is all the message says
    if not sentences:
        return Tone(0.0, "")
    fence = next((i for i, s in enumerate(sentences) if _FENCED.search(s)), -1)
    # their own bad time, fenced off from the deal ("None of that touches the order"): no failure of ours, no mood
    failures = fence <= 0 and tf.our_open_failure(text, split_sentences(text))
    waited = WAITED.search(text) is not None
    scored = [(s, *sentence_score(s, failure_context=failures, waited=waited)) for s in sentences]
    scored[: max(fence, 0)] = [(s, max(score, 0.0), sarc) for s, score, sarc in scored[: max(fence, 0)]]
    if failures:  # praise right next to a failure told with feeling is sarcasm; a run of it too
        bad = [score <= -0.3 and (sarc or tf.failed(s)) for s, score, sarc in scored]
        for i, (s, _, sarc) in enumerate(scored):
            if not sarc and any(bad[max(0, i - 1) : i] + bad[i + 1 : i + 2]):
                scored[i] = (s, *sentence_score(s, failure_context=True, beside_failure=True))
                bad[i] = bad[i] or scored[i][2]
    carried = failed_before and not any(tf.FIXED.search(s) for s in sentences)
    # a feeling of being loved beside sarcasm or a failure is mock too: "... today three more. We feel very much loved."
    if failures or carried or any(sarc for _, _, sarc in scored):
        scored = [(s, -0.7, True) if MOCK_FEELING.search(s) else (s, score, sarc) for s, score, sarc in scored]
    told = _grievance(scored, failures or carried)
    weights = [0.3 + abs(score) for _, score, _ in scored]
    tone = sum(w * score for w, (_, score, _) in zip(weights, scored, strict=True)) / sum(weights)
    if told:
        tone = min(tone, _GRIEVANCE - _PER_CLASS * len(told))
    strongest = min(scored, key=lambda x: x[1]) if tone < 0 else max(scored, key=lambda x: x[1])
    words = re.findall(r"[A-Za-z']+", " ".join(split_sentences(text)))
    # a failure of ours stated in a few flat words, asking nothing and saying nothing good ("Call happened. Didn't
    # answer my questions.")
    # (a bare request for the fix is no warmth: "Unchanged. The right version, please.")
    flat = len(words) <= 14 and failures and "?" not in text
    flat = flat and all(score <= 0.05 or _BARE_ASK.fullmatch(s) is not None for s, score, _ in scored)
    # brevity alone is not coldness: a few words that agree or commit move the deal on (a bare day conceded, "Wednesday
    # then.", agrees to nothing)
    brief = len(words) <= 4 and not tc.ASSENT.search(text) and not SLOT_TAKEN.search(text)
    short = brief or len(words) <= 14 and _deferred(text) or _bare_reply(text) or flat
    # (a thing awaited is no assent: "Fine. Tell me when it's actually done.")
    short = short or _dismissive(sentences, carried) and not tc.ASSENT.search(without_awaited(text))
    # told to stop chasing, with nothing agreed and no time given ("Got it. Don't chase me on it.")
    rest = REBUFF.sub(" ", text)
    short = short or len(words) <= 14 and rest != text and not tc.ASSENT.search(rest) and _no_time(text)
    # our slot turned down, with only receipt noted and a hand-off to someone else ("Noted. Thursday is not
    # convenient. Please send the costs to our bursar directly.")
    short = short or refused_and_handed_off(text)
    warm = text
    # a receipt, or a look closed ("We've seen enough for now thanks."): its thanks is a formality, not warmth
    for formality in (s for s in split_sentences(text) if tc.ACKNOWLEDGEMENT.fullmatch(s) or SEEN_ENOUGH.fullmatch(s)):
        warm = warm.replace(formality, "")
    warm = _BARE_THANKS.sub("", warm)  # "Thanks. We'll look at it when we have time.": a formula, no warmth
    curt = short and not tc.WARMTH.search(warm) and tone < 0.3
    if curt:
        tone = min(tone, -0.4)
    return Tone(round(tone, 3), strongest[0], any(sarc for _, _, sarc in scored), curt, tuple(sorted(told)))


# a please asking only for the corrected thing: "The correct version, please.", "Please send a new draft." (a please
# that moves the deal on is still courtesy: "Please send the order form.")
_FIXED_ONE = r"(?:the |a )?(?:right|correct|proper|new|fixed|corrected|amended|updated|real) (?:version|draft|file|copy"
_FIXED_ONE += r"|contract|document|one)|(?:de |een |die |eine )?(?:juiste|correcte|goede|nieuwe|aangepaste|richtige"
_FIXED_ONE += r"|korrigierte|neue) (?:versie|version|bestand|datei|contract|vertrag)"
_BARE_ASK = re.compile(
    rf"(?:please (?:(?:re)?send (?:me |us )?|share )?(?:{_FIXED_ONE})|(?:{_FIXED_ONE}),? please)[.!]?", re.IGNORECASE
)


# a thanks standing alone with a full stop, the formula that opens a cold reply (not "Thanks!" or "Thanks so much")
_BARE_THANKS = re.compile(r"(?:^|(?<=[.!?]\s))(?:thanks|thank you|many thanks)\.(?=\s|$)", re.IGNORECASE)


# trouble of their own said not to reach the deal: "None of that touches the order", "it doesn't change anything for
# the project"
_FENCED = re.compile(
    r"\b(?:none of (?:that|this|it)|nothing (?:of (?:that|this) )?)(?: \w+)? (?:touches|affects|changes|impacts"
    r"|alters|delays)\b|\b(?:that|this|it|which)(?: all)? (?:doesn't|does not|won't|will not|shouldn't|should not)"
    r" (?:touch|affect|change|impact|alter|delay) (?:the|our|this|your|anything)\b",
    re.IGNORECASE,
)


# the reply opened by waving the matter off: "Whatever.", "Sure, whatever.", "Fine, whatever then." Always cold;
# a bare "Fine." or "If you say so." only after a failure of ours still open (after a plain question it is a yes)
_WAVED_OFF = re.compile(
    r"(?:(?:oh|ah|yeah|yes|sure|fine|right|ok(?:ay)?|well),? )?whatever(?:,? (?:then|I guess|I suppose))?[.!]*",
    re.IGNORECASE,
)
# (a bare "Noted." too: after our failure and our apology, receipt with no thanks is a cold reply)
_WAVED_OFF_FAILED = re.compile(r"(?:fine|noted|if you say so|as you say)(?:,? (?:then|I guess|I suppose))?[.!]*", re.I)


def _dismissive(sentences: list[str], failures: bool) -> bool:
    """The message opens by waving the matter off, however long what follows ("Whatever. Just get it fixed.")."""
    first = sentences[0].strip() if sentences else ""
    return bool(_WAVED_OFF.fullmatch(first) or failures and _WAVED_OFF_FAILED.fullmatch(first))


def _deferred(text: str) -> bool:
    """Put off to no time in particular (a time offered instead makes it a reply)."""
    return tc.DEFERRAL.search(text) is not None and _no_time(text)


def _no_time(text: str) -> bool:
    """No time offered: a day named only to be turned down ("Thursday no.") offers none."""
    return not tc.TIME_OFFERED.search(REFUSED_SLOT.sub(" ", text))


def _bare_reply(text: str) -> bool:
    """Receipt acknowledged and a promise to be in touch with no date: nothing else said."""
    sentences = [s for s in split_sentences(text) if not _INITIALS.fullmatch(s)]  # signed "R."
    promised = [s for s in sentences if tc.BARE_PROMISE.fullmatch(s) or LOOK_THEN_PROMISE.fullmatch(s)
                or SEEN_ENOUGH.fullmatch(s) or DECIDED_INSIDE.fullmatch(s)]  # fmt: skip
    bare = (tc.ACKNOWLEDGEMENT, tc.BARE_REFUSAL, NAMED_REFUSAL, BARE_REPORT, FIX_NOTED)
    return bool(promised) and all(any(p.fullmatch(s) for p in bare) or s in promised for s in sentences)


def _grievance(scored: list[tuple[str, float, bool]], failures: bool) -> set[str]:
    """The grievance classes the message tells (sarcasm among them), lowering each sentence that tells one in
    ``scored``; empty unless they make a grievance: two classes, or one beside a failure of ours."""
    told: set[str] = set()
    for i, (s, score, sarc) in enumerate(scored):
        found = reactions(s, failure_context=failures) | ({"sarcasm"} if sarc else set())
        if found - {"sarcasm"}:
            scored[i] = (s, min(score, _REACTION), sarc)
        told |= found
    return told if len(told) >= 2 or failures and told - {"sarcasm"} else set()
