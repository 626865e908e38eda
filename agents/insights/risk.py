"""The deal risk engine: reason codes with quoted evidence, dates and each reason's contribution.

``assess(deal, messages, now)`` reads a deal's interactions and returns a :class:`RiskAssessment`. A deal is at
risk exactly when it has a reason; each reason carries a weight (how strongly its evidence supports it),
and the deal's risk score combines them as independent signals: 1 - prod(1 - weight). A reason's
contribution is its share of that score, so a rep sees which reason matters most and why.

Reason codes (shared/evals/LABELS.md section 1): sentiment_drop, gone_quiet, competitor_mentioned,
budget_concern, stakeholder_change, timeline_slip, pricing_objection.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from agents.insights import signals, signals_rivals
from agents.insights.sentiment import Tone, message_tone
from agents.insights.signals import Evidence
from agents.insights.signals_people import stakeholder
from agents.insights.signals_timeline import timeline
from agents.insights.silence import gone_quiet
from agents.insights.thread import DealFacts, Message, Thread, Turn, split_sentences
from agents.insights.tone_bare_name import greeting_dropped
from agents.insights.tone_cues import WARMTH
from agents.insights.tone_elsewhere import aimed_elsewhere
from agents.insights.tone_failure import FIXED, our_open_failure
from agents.insights.tone_formal import turned_formal
from agents.insights.tone_loyalty import mock_loyalty
from agents.insights.tone_reserve import terse_register
from agents.insights.tone_unsigned import name_dropped

REASONS = ("sentiment_drop", "gone_quiet", "competitor_mentioned", "budget_concern", "stakeholder_change",
           "timeline_slip", "pricing_objection")  # fmt: skip
LABELS = {
    "sentiment_drop": "the customer's tone has dropped",
    "gone_quiet": "the customer has gone quiet",
    "competitor_mentioned": "a competitor is in play",
    "budget_concern": "their budget is in doubt",
    "stakeholder_change": "the decision maker changed",
    "timeline_slip": "the timeline slipped",
    "pricing_objection": "they object to the price",
}
THRESHOLD = 0.5  # a reason counts from this weight on; weaker signals are kept as watch items
MAX_REASONS = 2  # what the labels allow per case; the strongest are kept


@dataclass(frozen=True)
class Reason:
    """One reason a deal is at risk: its code, weight, contribution to the score, summary and evidence."""

    code: str
    weight: float
    summary: str
    evidence: tuple[Evidence, ...]
    contribution: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code, "label": LABELS[self.code], "weight": round(self.weight, 3),
            "contribution": round(self.contribution, 3), "summary": self.summary,
            "evidence": [{"quote": e.quote, "date": e.on.isoformat(), "source": e.source} for e in self.evidence],
        }  # fmt: skip


@dataclass(frozen=True)
class RiskAssessment:
    """The verdict on one deal, with every reason that supports it."""

    at_risk: bool
    score: float
    reasons: tuple[Reason, ...]
    watch: tuple[Reason, ...] = field(default=())  # signals too weak to flag on their own

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.reasons]


def assess(deal: DealFacts, messages: Sequence[Message], now: date, *, ours: set[str] | None = None) -> RiskAssessment:
    """Read a deal's interactions (all before ``now``) and say whether it is at risk, and why."""
    thread = Thread([m for m in messages if m.at.date() <= now], set(ours or ()))
    turns = thread.customer_turns()
    heard = [*turns, *thread.note_turns()]
    found: list[Reason] = []
    names: list[str] = []
    evidence, names = signals_rivals.competitor(heard)
    found.append(_reason("competitor_mentioned", evidence, "evaluating " + ", ".join(names) if names else ""))
    found.append(_reason("budget_concern", signals.budget(heard), "money on their side is frozen, cut or moved"))
    found.append(_reason("stakeholder_change", stakeholder(heard, thread.ours, thread.auto_replies(), deal.account),
                         "the champion or decision maker has changed"))  # fmt: skip
    close = deal.expected_close.isoformat() if deal.expected_close else "the expected close"
    found.append(_reason("timeline_slip", timeline(heard, deal, now),
                         f"signature or decision moved past {close}, or paused"))  # fmt: skip
    found.append(_reason("pricing_objection", signals.pricing(heard), "our price is too high for them"))
    topical = frozenset(e.quote for r in found for e in r.evidence) | signals_rivals.ruled_out_talk(heard)
    found.append(_sentiment(turns, topical))
    found.append(_quiet(thread, deal, now))
    ranked = sorted((r for r in found if r.evidence), key=lambda r: -r.weight)
    flagged = [r for r in ranked if r.weight >= THRESHOLD]
    watch = tuple(r for r in ranked if r.weight < THRESHOLD)
    score = 1.0
    for r in flagged:
        score *= 1 - r.weight
    score = 1 - score if flagged else 0.0
    total = sum(r.weight for r in flagged) or 1.0
    reasons = tuple(
        Reason(r.code, r.weight, r.summary, r.evidence, round(score * r.weight / total, 3)) for r in flagged
    )
    return RiskAssessment(bool(reasons), round(score, 3), reasons, watch)


def _reason(code: str, evidence: list[Evidence], summary: str) -> Reason:
    if not evidence:
        return Reason(code, 0.0, summary, ())
    ordered = sorted(evidence, key=lambda e: (-e.weight, e.on))
    weight = min(0.97, ordered[0].weight + 0.03 * (len(evidence) - 1))  # corroboration adds a little
    return Reason(code, round(weight, 3), summary, tuple(sorted(ordered[:3], key=lambda e: e.on)))


def _sentiment(turns: list[Turn], topical: frozenset[str]) -> Reason:
    """``sentiment_drop``: the latest of the last three customer messages is clearly worse than before."""
    recent = turns[-3:]
    if len(recent) < 2:
        return Reason("sentiment_drop", 0.0, "", ())
    # a topical sentence stays in the tone when it also says how they feel about us ("..., and frankly I'm
    # disappointed the proposal ignored what we discussed"): the feeling is tone whatever the topic
    skip = frozenset(s for t in turns[-4:] for s in split_sentences(t.text)
                     if " ".join(s.split()) in topical and not _FELT.search(s) and not mock_loyalty(s))  # fmt: skip
    skip |= aimed_elsewhere(turns[-4:])  # anger at another vendor is not at us
    tones = [
        message_tone(t.text, skip=skip, failed_before=open_failure_before(recent, i)) for i, t in enumerate(recent)
    ]
    # "Hi Dan!!" ... "Dear Mr Ortiz,", or "Hola Kevin!!" ... "Kevin."
    # or, after a message that already soured, a reply with the name dropped at both ends ("Saw it. Let us know.")
    unsigned = len(tones) > 1 and tones[-2].score <= -0.3 and name_dropped(recent)
    if (turned_formal(recent) or greeting_dropped(recent) or unsigned) and tones[-1].score < 0.3 and not tones[-1].curt:
        tones[-1] = replace(tones[-1], score=min(tones[-1].score, -0.4), curt=True)
    last, best = tones[-1].score, max(t.score for t in tones[:-1])
    # a drop held over two messages also counts when each step is smaller: neutral, then sarcasm, then a curt reply
    # (neither holds for a customer terse from the very first message: "pricing for 1 seat pls." ... "fine. will sign
    # thurs." is their style, not a drop)
    terse = terse_register(turns)
    held = len(tones) == 3 and max(tones[1].score, last) <= -0.3 and tones[0].score - max(tones[1].score, last) >= 0.4
    # two curt replies running after one that was not: a first message only mildly low for the bad news it told
    # courteously ("the import failed twice, could you look?") is still the warmer one
    held = held or len(tones) == 3 and tones[1].curt and tones[2].curt and not tones[0].curt and tones[0].score > -0.3
    held = held and not terse
    # the register hardening while the score holds: a failure told plainly, then sarcasm or a grievance, then a
    # reply that waves it off or sneers again ("Whatever. Just get it cleaned up.")
    hardened = len(tones) == 3 and _plain(tones[0]) and _reacts(tones[1]) and (tones[2].curt or _reacts(tones[2]))
    held = held or hardened and last <= -0.3
    # a chase that escalates: a bare reminder of what we owe ("Still waiting on the keys."), curt as it may be, then
    # a grievance in each reply after it ("third time I've asked", "had to chase you for everything")
    chased = len(tones) == 3 and not _reacts(tones[0]) and open_failure_before(recent, 1) and not terse
    held = held or chased and bool(tones[1].grievance and tones[2].grievance) and last <= -0.3
    # a cooling that set in just before the window: the warm message fourth from last, and no warmth since, ending
    # curt ("What a workshop, thank you!" ... "Thanks. Reviewing." "No." "We'll let you know.")
    before = _cooled_after_warm(turns, tones, skip)
    if before is not None:
        recent, tones = [turns[-4], *recent], [before, *tones]
        best = before.score
    elif (last > -0.3 or best - last < 0.5 or _style_only(tones[-1], terse and best < 0.25)) and not held:
        return Reason("sentiment_drop", 0.0, "", ())
    elif not held and _curt_only(tones[-1]) and not _warm_before(turns[-4 : -len(recent)], recent, tones):
        return Reason("sentiment_drop", 0.0, "", ())  # curt after plain requests ("Quote please."): no warmth lost
    weight = max(0.6, min(0.95, 0.6 + 0.3 * (best - last - 0.5)))
    warmest = max(range(len(tones) - 1), key=lambda i: tones[i].score)
    evidence = [Evidence(tones[i].strongest, recent[i].day, recent[i].source, weight) for i in (warmest, -1)
                if tones[i].strongest]  # fmt: skip
    told = tones[-1].grievance
    how = ("a grievance: " + ", ".join(told) if told else "sarcastic" if tones[-1].sarcastic
           else "curt" if tones[-1].curt else "negative")  # fmt: skip
    summary = f"tone went from {best:+.2f} to {last:+.2f} over the last {len(recent)} customer messages ({how})"
    return Reason("sentiment_drop", round(weight, 3), summary, tuple(evidence))


def _cooled_after_warm(turns: list[Turn], tones: list[Tone], skip: frozenset[str]) -> Tone | None:
    """The warm message just before the last three, when none of those three has any warmth, they only get colder
    and the last is curt: a slow cooling whose start the three-message window cuts off. A recovery in between, a
    reply that commits, or a customer terse from the start is no such drop."""
    if len(turns) < 4 or len(tones) != 3:
        return None
    last = tones[-1]
    if not last.curt or last.score > -0.3 or last.score > min(t.score for t in tones[:-1]):
        return None
    if max(t.score for t in tones) > 0.05:
        return None
    warm = message_tone(turns[-4].text, skip=skip)
    return warm if warm.score >= 0.25 and not warm.curt else None


_FELT = re.compile(
    r"\b(?:I|[Ww]e)(?:'m| am|'re| are|'ve been| have been| feel)(?: (?!not\b|never\b|hardly\b)[\w-]+){0,2}"
    r" (?:disappointed|frustrated|annoyed|upset|unhappy|let down|fed up|angry|irritated|dismayed)\b"
)


def _style_only(tone: Tone, terse: bool) -> bool:
    """A curt last word from a customer terse from their first message ("Fine." "Yep." "Thx."): a one-word "Yep."
    scoring a little warmer before it is no warmth lost; only sarcasm, a grievance or worse than curt is a drop.
    ``terse`` holds only when none of their messages was warm in any language (the caller checks the scores)."""
    return terse and tone.score > -0.5 and not _reacts(tone)


def _curt_only(tone: Tone) -> bool:
    """The last message low for its curtness alone: no sarcasm, no grievance, nothing worse than curt."""
    return tone.curt and not _reacts(tone) and tone.score > -0.5


def _warm_before(earlier: list[Turn], recent: list[Turn], tones: list[Tone]) -> bool:
    """Warmth a curt last reply can fall from, in the window or the message just before it: thanks, praise or delight
    ("the team enjoyed the walkthrough"), or a failure of ours the customer is still waiting on. A plain "please" is
    courtesy, not warmth, though VADER scores it 0.18 ("Please send a quote." is no warm message to fall from)."""
    if any(t.score >= 0.3 for t in tones[:-1]) or open_failure_before(recent, len(recent) - 1):
        return True
    return any(WARMTH.search(t.text) or "!" in t.text or message_tone(_COURTESY.sub(" ", t.text)).score >= 0.2
               for t in [*earlier, *recent[:-1]])  # fmt: skip


_COURTESY = re.compile(r"\b(?:please|pls|plz|kindly)\b", re.IGNORECASE)


def _plain(tone: Tone) -> bool:
    return not (tone.sarcastic or tone.grievance or tone.curt)


def _reacts(tone: Tone) -> bool:
    return tone.sarcastic or bool(tone.grievance)


def open_failure_before(turns: list[Turn], i: int) -> bool:
    """One of the turns before ``turns[i]`` reported a failure of ours, and none since said it was put right."""
    open_ = False
    for t in turns[:i]:
        sentences = split_sentences(t.text)
        open_ = our_open_failure(t.text, sentences) or open_ and not any(FIXED.search(s) for s in sentences)
    return open_


def _quiet(thread: Thread, deal: DealFacts, now: date) -> Reason:
    q = gone_quiet(thread, deal, now)
    if q is None:
        return Reason("gone_quiet", 0.0, "", ())
    heard = f"last heard from on {q.last_heard.isoformat()}" if q.last_heard else "never replied"
    chased = ", ".join(d.isoformat() for d in q.chasers)
    summary = (f"{heard}, {q.days} days ago (norm for {deal.stage}: {q.threshold} days); "
               f"we wrote {len(q.chasers)} times since ({chased})")  # fmt: skip
    if q.absence_ended:
        summary += f"; their announced absence ended on {q.absence_ended.isoformat()}"
    evidence = [Evidence(q.last_quote or "(last message from the customer)", q.last_heard or now, "email", q.weight)]
    return Reason("gone_quiet", q.weight, summary, tuple(evidence))
