"""``gone_quiet``: no real reply for long (relative to the stage's norm) while we kept writing.

Auto-replies are not replies. An absence or waiting period the customer announced (holiday, leave, audit,
board date, shutdown) that has not ended is not silence; once its end date has passed, it is again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from agents.insights.dates import NUMBERS, DateMention, find_dates
from agents.insights.silence_abroad import away_in_english
from agents.insights.silence_denied import absence_denied
from agents.insights.thread import DealFacts, Thread, Turn, split_sentences

QUIET_DAYS = {"Engaging": 21, "Prospecting": 30}  # the stage's norm for a reply; other stages use Engaging's
_ABSENCE = re.compile(
    r"\b(?:holiday|holidays|vacation|annual leave|on leave|parental leave|maternity leave|paternity leave|sick leave"
    # "off on", but not "signed off on the proposal": an approval, not an absence
    r"|sabbatical|leave from|(?<!sign )(?<!signs )(?<!signed )off (?:on|from|until|till|for|next|this|work)"
    r"|away (?:on|from|until|till|for|next)"
    r"|out of (?:the )?office|travel+ing|offline|heads[- ]down|audit|shutdown|shut down|closed (?:for|until|from)"
    # the site closing as a verb: "the whole plant shuts down from 17 July to 21 August", "the office closes for August"
    r"|shuts down|shutting down|(?:closes|closing) (?:down )?(?:for|until|till|from)"
    # the site shut as a state: "the plant and offices are shut from 15 December to 8 January"
    r"|(?:is|are|be|being|stays?|remains?) (?:closed|shut) (?:from|until|till|for|between|over)"
    r"|board (?:meeting|meets|date|approval|session)|(?:our|the) (?:[\w-]+ )?board|offsite|off-site|conference"
    # posted elsewhere or cut off from this mail, or warning of their own silence: "I'm seconded to our Singapore
    # site and won't be reading this mailbox", "please don't worry if I go quiet"
    r"|second(?:ed|ment)|(?:won't|will not|not) be (?:reading|checking|monitoring|on) (?:this |my |the )?(?:e-?mail"
    r"|mail|inbox|mailbox)|(?:go|going|be|'ll be|will be) (?:a bit |rather |very )?(?:quiet|silent)\b(?! about)"
    # any deciding body's next sitting: "our investment committee, which next meets on 8 November"
    r"|(?:committee|council|trustees|governors|steering group|partners' meeting|panel)\b[^.;]{0,40}\b(?:meets|meeting"
    r"|sits|sitting|convenes|reconvenes|session|date)|nothing (?:will|is going to|can) (?:move|happen|progress)"
    r" (?:before|until)"
    # the deciding body's sitting named once, with its date: "the last step is our partners' meeting on 30 November"
    r"|(?:partners|directors|trustees|governors|committee|council|board)(?:'|'s)? (?:meeting|session|sitting)"
    r"|trade (?:show|fair)"
    r"|(?:back|return|returning|reopen\w*) (?:on|in|from|the|after|next|at)|when (?:I'?m|we'?re|we are) back"
    r"|when we reopen"
    r"|until (?:after )?|no news (?:before|until)|won't (?:have (?:any |much )?(?:news|anything|an update|updates)"
    r"|be looking|be able to look)|come back to you"
    r"(?: (?:after|on|the week after|once|when))?|no need to reply|quiet period|year-end close|month-end close"
    # a busy period of their own that shuts out new business, and a date they promise to write on: "the fiscal
    # year closing from 1 February to 10 March", "in this period I cannot look at new contracts", "I will contact
    # you on 13 March"
    r"|(?:fiscal|financial|business) year[- ](?:end|close|closing)|(?:year|quarter|month)[- ]end (?:closing|crunch)"
    r"|closing (?:of )?(?:the|our) (?:books|accounts|year)|stock[- ]?tak(?:e|ing)|inventory (?:count|period)"
    r"|(?:peak|busy|high) season|(?:can't|cannot|won't be able to|will not be able to|unable to|can not) (?:look at"
    r"|review|consider|deal with|take on|sign) (?:any |new |this|the)"
    r"|(?:contact|call|e-?mail|write to|ring|reach out to|get in touch with) you (?:again )?(?:on|after|from|in|the"
    r" week of)|(?:be|get) (?:back )?in touch (?:on|after|from|in|the week of))\b",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\bafter\s+(?:the\s+)?$", re.IGNORECASE)
# a holiday named as the deadline for the deal, not a time away: "I'd like this wrapped before the holidays"
_DEADLINE = re.compile(r"\b(?:before|by|ahead of|prior to|in time for)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
_HOLIDAY = re.compile(r"holidays?|vacation|shutdown|shut down|shuts down|shutting down|clos(?:es|ing) (?:down )?\w+"
                      r"|trade (?:show|fair)|conference", re.IGNORECASE)  # fmt: skip
# silence until a date the sentence before named: "our partners' meeting on 30 November ... nothing from me until
# then"
_THEN = re.compile(r"\b(?:until|till|before|after) (?:then|that (?:date|day|meeting|point))\b", re.IGNORECASE)
# an absence given as a length and a first day: "six weeks of parental leave starting Monday 2 October", "off from
# the 3rd for two weeks"; it ends that long after its first day, not after the day it was announced
_STARTS = re.compile(r"\b(?:starting|start(?:s|ing)? on|from|beginning|as of|commencing|effective)\s+(?:on\s+)?$",
                     re.IGNORECASE)  # fmt: skip
# the length of the absence: "for two weeks", "six weeks of leave", "a fortnight off"
_LENGTH = re.compile(
    r"\b(?P<for>for\s+)?(?:(?P<n>\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")\s+(?P<unit>days?|weeks?"
    r"|months?)|a fortnight)\b(?:'s?)?(?P<what>\s+(?:of|off|away|out|leave|holiday|vacation|sabbatical)\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quiet:
    """The finding: how long the customer has been silent and what we sent meanwhile."""

    days: int
    threshold: int
    last_heard: date | None
    last_quote: str
    chasers: tuple[date, ...]
    absence_ended: date | None  # an announced absence that was over by ``now``
    weight: float


def absence_end(turns: list[Turn]) -> tuple[date, str] | None:
    """The latest end of an absence or waiting period the customer announced, with the sentence that says so."""
    best: tuple[date, str] | None = None
    for turn in turns:
        sentences = [away_in_english(s) for s in split_sentences(turn.text)]  # "vado in ferie": on holiday
        week_after = any("week after" in s.lower() for s in sentences)
        named: list[DateMention] = []  # the dates of the turn's last sentence that named one
        for sentence in sentences:
            own = find_dates(sentence, turn.day)
            mentions = own or (named if _THEN.search(sentence) else [])
            named = own or named
            if not any(_away(sentence, m) for m in _ABSENCE.finditer(sentence)):
                continue
            ends = []
            for d in mentions:
                if d.end < turn.day:
                    continue
                after = d in own and _AFTER.search(sentence[: d.start_at])  # a borrowed date has no offsets here
                ends.append(d.end if after else d.start)
            ends += _from_start_for_length(sentence, own, turn.day)
            if not ends and re.search(
                r"\b(?:holiday|vacation|leave|away|off|out of (?:the )?office)\b", sentence, re.I
            ):
                ends = [turn.day + timedelta(days=14)]  # "I'm off on holiday": a fortnight, when no date is given
            if not ends:
                continue
            end = max(ends) + timedelta(days=7 if week_after else 0)
            if best is None or end > best[0]:
                best = (end, " ".join(sentence.split()))
    return best


def _away(sentence: str, cue: re.Match[str]) -> bool:
    """The cue announces time away or waiting, not a holiday set as the deadline ("wrapped before the holidays"),
    nor one denied ("no out-of-office")."""
    if absence_denied(sentence, cue):
        return False  # "no holiday mentioned": nobody is away
    return not (_HOLIDAY.fullmatch(cue.group(0)) and _DEADLINE.search(sentence[: cue.start()]))


def _from_start_for_length(sentence: str, mentions: list[DateMention], written: date) -> list[date]:
    """The end of an absence said as a first day and a length ("six weeks ... starting Monday 2 October")."""
    length = next((m for m in _LENGTH.finditer(sentence) if m["for"] or m["what"]), None)
    if length is None:
        return []
    count, unit = length["n"], length["unit"]
    if count is None or unit is None:
        days = 14  # a fortnight
    else:
        days = (int(count) if count.isdigit() else NUMBERS[count.lower()]) * {"d": 1, "w": 7, "m": 30}[unit[0].lower()]
    firsts = [d.start for d in mentions if d.start >= written
              and (_STARTS.search(sentence[: d.start_at]) or d.phrase.lower().startswith("from "))]  # fmt: skip
    return [firsts[0] + timedelta(days=days)] if firsts else []


def gone_quiet(thread: Thread, deal: DealFacts, now: date) -> Quiet | None:
    """The ``gone_quiet`` finding, or None when the rule does not apply."""
    threshold = QUIET_DAYS.get(deal.stage, QUIET_DAYS["Engaging"])
    contacts = thread.contact_times()
    last: datetime | None = contacts[-1] if contacts else None
    chasers = thread.chasers_after(last)
    if len(chasers) < 2:
        return None
    since = last.date() if last else chasers[0].at.date()
    days = (now - since).days
    if days <= threshold:
        return None
    announced = absence_end([*thread.customer_turns(), *thread.auto_replies(), *thread.note_turns()])
    if announced is not None and announced[0] >= now:
        return None
    turns = [t for t in thread.customer_turns() if last is not None and t.at == last]
    quote = " ".join((split_sentences(turns[0].text) or [turns[0].text])[0].split()) if turns else ""
    weight = min(0.95, 0.7 + 0.01 * (days - threshold) + 0.04 * (len(chasers) - 2))
    return Quiet(days, threshold, last.date() if last else None, quote, tuple(m.at.date() for m in chasers),
                 announced[0] if announced else None, round(weight, 3))  # fmt: skip
