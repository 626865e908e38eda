"""``timeline_slip`` found in what the customer said: signature or decision moved past the expected close
(judged by the date against it), or the deal paused with no date, unless the plan holds again later.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta

from agents.insights import cues_timeline as slips
from agents.insights.conditions import budget_year, drop_supposed
from agents.insights.cues import NEGATORS
from agents.insights.cues_people_signing import without_lost_authority
from agents.insights.cues_timeline_agenda import agenda_moved
from agents.insights.cues_timeline_answer import answers_deal_date
from agents.insights.cues_timeline_arrow import arrow_moved
from agents.insights.cues_timeline_contracted import CONTRACTED_MOVE, no_new_date
from agents.insights.cues_timeline_deadline import deadline_ruled_out
from agents.insights.cues_timeline_elided import elided_slip
from agents.insights.cues_timeline_estimate import later_estimate
from agents.insights.cues_timeline_expect import NOT_EXPECTED_BEFORE
from agents.insights.cues_timeline_floor import TILL_AFTER_THAT, floor_dates
from agents.insights.cues_timeline_funding import funding_wait
from agents.insights.cues_timeline_halted import undated_halt
from agents.insights.cues_timeline_happen import step_dates
from agents.insights.cues_timeline_manage import NOT_MANAGED_BEFORE
from agents.insights.cues_timeline_noway import NO_POINT_BEFORE, NO_WAY_BEFORE
from agents.insights.cues_timeline_passive import PASSIVE_COMMIT
from agents.insights.cues_timeline_relisted import relisted
from agents.insights.cues_timeline_restart import restart_undated
from agents.insights.cues_timeline_review import review_estimate
from agents.insights.cues_timeline_rival_plan import rival_on_plan
from agents.insights.cues_timeline_suspended import suspended
from agents.insights.cues_timeline_then import signed_then
from agents.insights.dates import DateMention
from agents.insights.dates import find_dates as _all_dates
from agents.insights.signals import Evidence, as_evidence, cue_weight, negated, said
from agents.insights.thread import DealFacts, Turn

_DEAL_WORD = re.compile(r"\b(?:sign\w*|decision|decide|(?:be|get|gets|got) decided|purchase|order|contract"
                        r"|evaluations?|project|deal)\b", re.I)  # fmt: skip


def timeline(turns: Sequence[Turn], deal: DealFacts, now: date) -> list[Evidence]:
    """Signature or decision moved past the expected close, or the deal paused with no date."""
    found: list[Evidence] = []
    horizon = deal.expected_close or now
    deal_said = -1  # the turn whose last sentence was about the deal, for an elliptical one after it
    dated: tuple[int, list[DateMention]] = (-1, [])  # the dates of the turn's last sentence that named one
    for s in said(turns):
        sentence = drop_supposed(s.sentence, _SLIP_CUES)  # "if it slipped into January": planned around, not said
        sentence = without_lost_authority(sentence)  # "I am not allowed to sign anymore": a new owner, not a pause
        if mentions := find_dates(sentence, s.turn.day):
            dated = (s.turn.index, mentions)
        follows = deal_said == s.turn.index and _elliptical(sentence, s.turn.day)
        # a date said in answer to our question about the signature ("And your signature date?" "Mid-January.")
        follows = follows or answers_deal_date(s.turn, s.written) and bool(find_dates(sentence, s.turn.day))
        deal_said = s.turn.index if _DEAL_WORD.search(sentence) and not slips.MEETING_ONLY.search(sentence) else -1
        if moved := arrow_moved(sentence, s.turn.day):  # "contract signature: 9/29 -> 11/17"
            if weight := _slip_weight(0.0, True, [moved], deal.expected_close, now):
                found.append(as_evidence(s, weight))
            continue
        resumed = _resumed(sentence) or slips.NOTHING_PAUSED.search(sentence) is not None
        resumed = resumed and not rival_on_plan(sentence)  # "Their pilot kicks off 4 Dec as planned": theirs
        if resumed and all(d.start <= horizon for d in find_dates(sentence, s.turn.day)):
            found = []  # back on, and on time: "false alarm ... Still June, as planned"
            continue
        if slips.NOT_A_SLIP.search(sentence):
            continue
        if slips.OTHER_PROCESS.search(sentence) and not _DEAL_WORD.search(sentence):
            continue  # their invoicing on hold, not the deal
        rest = slips.OTHER_WORK.sub(" ", sentence)
        if rest != sentence and not _DEAL_WORD.search(rest) and not slips.THIS_DEAL_TOO.search(rest):
            continue  # "other IT projects have been shelved": not this one ("..., yours included" is)
        window_out = _window_ruled_out(sentence, s.turn.day, horizon)
        halted = suspended(sentence)  # "the tender is suspended", "no award will be made at this time"
        halted = max(halted, undated_halt(sentence))  # "nobody can tell me when it will be reopened"
        halted = max(halted, no_new_date(sentence))  # "I can't commit to a new date"
        pause = max(cue_weight(sentence, slips.PAUSE), 0.85 if window_out else 0.0, halted)
        sits_later = slips.NEXT_SITTING.search(sentence) is not None and _DEAL_WORD.search(sentence) is not None
        forum = slips.FORUM.search(sentence) is not None and (
            slips.FORUM_MOVED.search(sentence) is not None or sits_later or agenda_moved(sentence)
        )
        forum = forum or relisted(sentence)  # "it's now listed for the 16 January cabinet"
        elided = elided_slip(sentence, s.turn.day, find_dates)  # "pushing to Q1.": the deal itself moves
        estimated = later_estimate(sentence) or review_estimate(sentence)  # "legal: probably late October"
        estimated = estimated or funding_wait(sentence, s.turn.text)  # "I have to apply again ... decided in March"
        cued = follows or forum or elided or estimated or slips.MOVE.search(sentence) is not None
        cued = cued or CONTRACTED_MOVE.search(sentence) is not None  # "signature's moving to January"
        tied = [] if pause or cued else _committed_dates(sentence, s.turn.day)
        tied = tied or ([] if pause or cued else deadline_ruled_out(sentence, find_dates(sentence, s.turn.day)))
        tied = tied or ([] if pause or cued else signed_then(sentence, find_dates(sentence, s.turn.day)))
        # a floor under the deal: "not to expect anything on this one before mid-July", "no POs til oct 1"
        tied = tied or ([] if pause or cued else floor_dates(sentence, find_dates(sentence, s.turn.day)))
        # the step told as an event: "the PO sign-off will happen only after he is back, tentatively by 20th January"
        tied = tied or ([] if pause or cued else step_dates(sentence, find_dates(sentence, s.turn.day)))
        move = cued or bool(tied)
        about = (follows or forum or bool(tied) or window_out or halted or estimated
                 or slips.DEAL_OBJECT.search(sentence)
                 or slips.STRONG_PAUSE.search(sentence) or elided)  # fmt: skip
        if not (pause or move) or not about:
            continue
        undated_pause = pause and slips.STRONG_PAUSE.search(sentence) and not find_dates(sentence, s.turn.day)
        meeting = slips.PROJECT_WORK.sub(" ", sentence) if undated_pause else sentence
        if slips.MEETING_ONLY.search(meeting) and not _DEAL_WORD.search(sentence) and not forum:
            continue  # a meeting moved, not the deal (the board that decides it is more than a meeting)
        target = re.split(r"\b(?:rather than|instead of|not|originally|as planned|from)\b", sentence)[0]
        text = target if find_dates(target, s.turn.day) and not window_out else sentence  # "June is not realistic"
        dates = tied or _new_dates(text, s.turn.day)
        after = _AFTER_THAT.search(sentence) or _ON_RETURN.search(sentence) or TILL_AFTER_THAT.search(sentence)
        if not dates and dated[0] == s.turn.index and after:
            dates = [d.end + timedelta(days=1) for d in dated[1]]  # "... until 6 November. Let's pick it up after."
        weight = _slip_weight(pause, move, dates, deal.expected_close, now)
        if weight:
            found.append(as_evidence(s, weight))
    return found


def find_dates(text: str, written: date) -> list[DateMention]:
    """The dates of the text that say when something happens: not a budget year ("next year's budget")."""
    return [d for d in _all_dates(text, written) if not budget_year(text, d.end_at)]


_SLIP_CUES = (*(c.pattern for c in slips.PAUSE), slips.MOVE)
# the day a service starts, not the signature: "we'd like to go ahead with two seats from January"
_STARTS_FROM = re.compile(r"\b(?:from|starting(?: (?:in|on|from))?|effective(?: from)?|as of|beginning(?: in)?"
                          r"|with effect from)\s*$", re.IGNORECASE)  # fmt: skip
_DECISION_VERB = re.compile(r"\b(?:sign|decid|commit|mak\w* (?:a|the|our) (?:final )?decision)", re.IGNORECASE)


def _committed_dates(sentence: str, written: date) -> list[date]:
    """The dates their commitment verb is tied to in its own clause ("we'd much rather sign once the audit is behind
    us, most likely in February", or in the passive: "it'll be signed in March"): not a deadline kept ("sign before
    Christmas"), nor another purchase, a condition or a second clause ("and roll it out in March"); a comma is crossed
    only into a hedged date."""
    tied: list[date] = []
    for verb in [*slips.COMMIT.finditer(sentence), *PASSIVE_COMMIT.finditer(sentence)]:
        if negated(sentence, verb.end() - 1):
            continue  # "can't wait to sign in July"; a refusal to sign is the pause cues' to judge
        for d in find_dates(sentence, written):
            gap = sentence[verb.end() : d.start_at]
            if d.start_at < verb.end() or len(gap) > 70 or re.search(r"[;:()\u2014?]", gap):
                continue
            last = gap.split(",")[-1]
            if gap.count(",") > 1 or ("," in gap and _HEDGES_BEFORE.sub("", last.strip() + " ", count=1).strip()
                                       not in ("", "in", "on", "around", "after", "from")):  # fmt: skip
                continue
            if slips.DEADLINE_BEFORE.search(gap) or slips.OTHER_PURCHASE.search(sentence[verb.start() : d.start_at]):
                continue
            if (
                _STARTS_FROM.search(gap) or _STARTS_FROM.search(d.phrase.split()[0] + " ")
            ) and not _DECISION_VERB.search(verb.group(0)):
                continue  # "go ahead with two seats from January": when the service starts
            tied.append(_resumes(sentence, d))
    return tied


# a pause that ends when the date just named does: "we're busy until 6 November. Let's pick it up after."
_AFTER_THAT = re.compile(r"\b(?:after(?:wards)?|after that|then|once (?:that's|it's|that is|it is) (?:done|over))\W*$",
                         re.IGNORECASE)  # fmt: skip


# a pause until the writer's return, whose date the same message gave: "I'm on leave until 2 October ... let's pick it
# up when I'm back", "nothing will move until I'm back" (with no date given it stays a pause with no date)
_ON_RETURN = re.compile(r"\b(?:when|once|after|as soon as|until|till) (?:I(?:'m| am)|I get|we(?:'re| are)|we get"
                        r"|she(?:'s| is)|he(?:'s| is)) back\b|\b(?:on|after|upon) (?:my|our|her|his) return\b",
                        re.IGNORECASE)  # fmt: skip


# hedges around the date of an elliptical sentence: "Realistically November at the earliest.", "Probably
# mid-November now, I'm afraid."
_HEDGE = (
    r"(?:realistically|probably|likely|most likely|more like|maybe|perhaps|possibly|hopefully|now|so|then|honestly"
    r"|i'd say|i think|best case|at best|at (?:the )?earliest|at the latest|or so|or later|instead|i'm afraid|i fear"
    r"|no rush|no hurry|that will be|that won't be|it will be|it won't be|not before"
    r"|sadly|unfortunately|if we're lucky|if all goes well|sometime in|some time in)"
)
_HEDGES_BEFORE = re.compile(rf"^(?:{_HEDGE}[,:]?\s+)*", re.IGNORECASE)
_HEDGES_AFTER = re.compile(rf"^(?:[,;:]?\s*{_HEDGE})*\s*[.!]*\s*$", re.IGNORECASE)


def _elliptical(sentence: str, written: date) -> bool:
    """A sentence that is only a date with hedges, and so says when the deal of the sentence before will
    happen: "... no way it gets signed this month. Realistically November at the earliest." """
    rest = _HEDGES_BEFORE.sub("", sentence, count=1)
    dates = find_dates(rest, written)
    return bool(dates) and dates[0].start_at == 0 and _HEDGES_AFTER.match(rest[dates[0].end_at :]) is not None


def _resumed(sentence: str) -> bool:
    """Work has started again; "no date yet for when we'll restart", "once we resume" and "can't give you a date for
    restarting" still wait."""
    m = slips.TIMELINE_RESOLVED.search(sentence)
    if m is None or slips.PAUSE[0].pattern.search(sentence) or negated(sentence, m.start()):
        return False
    if restart_undated(sentence, m.start(), m.end()):
        return False  # "I genuinely can't give you a date for restarting": the pause stands
    if re.search(r"\b(?:else|rest|otherwise|other than|apart from|besides|except)\b", sentence[: m.start()], re.I):
        return False  # "Everything else is on track": the slip stands
    return slips.NOT_YET_RESUMED.search(sentence[: m.start()]) is None


def _window_ruled_out(sentence: str, written: date, horizon: date) -> bool:
    """A window that holds the expected close is ruled out: "So October is off the table whatever happens"."""
    return any(d.start <= horizon and _ruled_out_after(sentence, d) for d in find_dates(sentence, written))


def _ruled_out_after(text: str, mention: DateMention) -> bool:
    """The words right after the date rule it out ("October is off the table"), or those right before it ("don't
    plan on July")."""
    before = slips.WINDOW_OUT_BEFORE.search(text[: mention.start_at]) is not None
    before = before or NOT_EXPECTED_BEFORE.search(text[: mention.start_at]) is not None  # "don't expect a signature in"
    before = before or NO_WAY_BEFORE.search(text[: mention.start_at]) is not None  # "no way we sign in December"
    before = before or NO_POINT_BEFORE.search(text[: mention.start_at]) is not None  # "no point signing in May"
    before = before or NOT_MANAGED_BEFORE.search(text[: mention.start_at]) is not None  # "won't manage it in May"
    return before or slips.WINDOW_OUT.match(text[mention.end_at :].lstrip()) is not None


# the date a plan moves away from: "So rather than Christmas, can we aim to sign by the 24th?"
_REPLACED = re.compile(r"\b(?:rather than|instead of|in place of)(?: (?:the|our|your|at|in|on|by|before|for))?\s*$",
                       re.IGNORECASE)  # fmt: skip


def _replaced(text: str, mention: DateMention) -> bool:
    """The date is the one given up for another ("rather than Christmas"), not when the deal will happen."""
    return _REPLACED.search(text[: mention.start_at]) is not None


# a date the deal must beat, told as a bound: "live before the October kickoff", "ahead of the March freeze", "in time
# for the Q4 launch" (not "not before October", "can't sign ahead of November": those put it later)
_BOUND = re.compile(r"\b(?:before|ahead of|in time for|prior to)(?: (?:the|our|their|its|this|that))?\s*$", re.I)


def _new_dates(text: str, written: date) -> list[date]:
    """When the deal now happens, by the dates of ``text`` that are not given up ("rather than Christmas"). A bound
    it must beat ("live before the October kickoff") is the day before it, and only counts when no other date says
    when: "... before the October kickoff, so can we sign by 15 September?" is the 15th."""
    mentions = [d for d in find_dates(text, written) if not _replaced(text, d)]
    bounds = [d for d in mentions if _bound(text, d)]
    if bounds and len(bounds) < len(mentions):
        mentions = [d for d in mentions if d not in bounds]
    return [d.start - timedelta(days=1) if d in bounds else _resumes(text, d) for d in mentions]


def _bound(text: str, mention: DateMention) -> bool:
    before = text[: mention.start_at]
    clause = re.split(r"[,;:()\u2014]|\b(?:but|so|and)\b", before)[-1]
    return _BOUND.search(before) is not None and NEGATORS.search(clause) is None


def _resumes(text: str, mention: DateMention) -> date:
    """When things pick up again: "until October" is the 1st, "for this year" / "after September" the day after."""
    before = text[: mention.start_at].rstrip().lower()
    spans = ("after", "for", "during", "throughout", "over", "through", "past", "beyond")
    # "not this year": after it; "we aim to sign this month" is inside it (this month's days still to come)
    clause = re.split(r"[,;:()\u2014]|\bbut\b", text[: mention.start_at])[-1]
    whole = mention.phrase.lower().startswith("this ") and NEGATORS.search(clause) is not None
    prep = re.match(r"(?:in|during|within)\b", mention.phrase, re.IGNORECASE)  # "in December" holds its "in"
    lead = f"{before} {prep.group(0).lower()}" if prep else before
    if (whole or before.endswith(spans) or _ruled_out_after(text, mention)
            or re.search(r"\b(?:after|beyond)\b[^.]{0,30}$", before)
            or re.search(r"\b(?:not|won't|can't|cannot)\b[^.;,]{0,30}\b(?:in|during|within)$", lead)):  # fmt: skip
        return mention.end + timedelta(days=1)  # "not signing in July": August at the earliest
    return mention.start


def _slip_weight(pause: float, move: bool, starts: list[date], expected: date | None, now: date) -> float:
    if starts:
        latest = max(starts)
        horizon = expected or now
        if latest <= horizon or _same_month_end(latest, horizon):
            return 0.0  # a date inside the window (or pulled in): not a slip
        return max(pause, 0.85 if move else 0.0)
    return pause * 0.95 if pause else 0.0  # paused with no date


def _same_month_end(said: date, expected: date) -> bool:
    """Both fall in the last week of the same month: "sign end of September" against a close booked on Friday the 29th
    is the month-end the deal was planned for, not a slip of a day or two."""
    last = calendar.monthrange(expected.year, expected.month)[1]
    return (said.year, said.month) == (expected.year, expected.month) and expected.day > last - 7
