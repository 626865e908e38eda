"""Next best action for a deal: what to do about its strongest risk reason, given its stage, with the evidence
that prompted it ("send the pricing breakdown they asked for on 12 Nov", "re-engage the economic buyer: Dana
Lee (CFO) has not replied since 3 Nov"). A question the customer asked that we have not answered yet comes
first on a healthy deal. An action that is an email to the customer is marked so chat can offer to draft it
(every draft still waits for approval); ``agents.insights.action_email`` writes that draft."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from agents.insights.risk import LABELS, Reason, RiskAssessment
from agents.insights.signals import Evidence, negated
from agents.insights.thread import DealFacts, Message, Thread, split_sentences

_ASK = re.compile(
    r"\b(?:(?:could|can|would|will) you(?: please| kindly| also)?|please(?: could you)?|kindly"
    r"|(?:we|i)(?:'d| would) (?:like|love|appreciate)(?: it if you could)?(?: to (?:see|get|receive|have))?"
    r"|(?:we|i) (?:still )?need|(?:we|i)(?:'re| are|'m| am) (?:still )?waiting (?:for|on)"
    r"|(?:we|i) (?:haven't|have not|never) (?:yet )?(?:received|got|seen))"
    r"\s+(?:(?:send|share|provide|forward|resend|put together|prepare|give|get|email|mail|let (?:us|me) have)"
    r"(?:\s+(?:us|me|over|across|through))?\s+)?(?P<what>(?:a|an|the|your|some|any|those|that|this|updated|"
    r"revised|written|formal|full|detailed)\b[^.?!;]*)",
    re.IGNORECASE,
)
_ASK_END = re.compile(r"\s+(?:by|before|ahead of|so (?:that|we)|when|as soon as|if|once|for our|for the board"
                      r"|in time|this week|next week|today|tomorrow|,|-|\u2014|\()\b.*$", re.IGNORECASE)  # fmt: skip
_THINGS = re.compile(r"\b(?:breakdown|quote|quotation|proposal|pricing|price list|prices|figures|numbers|case study"
                     r"|references?|contract|order form|msa|sow|terms|timeline|plan|roi|business case|deck|slides"
                     r"|demo|trial|sample|specs?|specification|documentation|details|comparison|copy|invoice"
                     r"|estimate|summary|agenda|security|questionnaire|certificate|overview|options|recording)\b",
                     re.IGNORECASE)  # fmt: skip
_SENIOR = [(3, r"\b(?:chief|ceo|cfo|coo|cto|cio|cmo|cro|president|owner|founder|managing director|general manager"
               r"|partner)\b"),
           (2, r"\b(?:vp|vice president|svp|evp|director|head of|head)\b"),
           (1, r"\b(?:manager|lead|principal)\b")]  # fmt: skip


@dataclass(frozen=True)
class Person:
    """A contact at the account, and when they last wrote to us."""

    name: str
    title: str | None = None
    email: str | None = None
    last_inbound: date | None = None
    opted_out: bool = False

    @property
    def label(self) -> str:
        return f"{self.name} ({self.title})" if self.title else self.name


@dataclass(frozen=True)
class Ask:
    """Something the customer asked us for that no email of ours has followed yet."""

    what: str  # "the pricing breakdown for 50 seats"
    on: date
    quote: str


@dataclass(frozen=True)
class Action:
    """One suggested step, why, and whether it is an email to the customer (and to whom)."""

    text: str
    reason: str | None
    email: bool
    why: str = ""
    to: str | None = None  # the contact to write to or call
    purpose: str = "follow_up"  # what the email is for: the reason code, "ask", or the stage's usual step
    evidence: tuple[Evidence, ...] = ()
    ask: Ask | None = None
    detail: str = ""  # the competitor, the new stakeholder, the quiet contact: what the email needs to name

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "reason": self.reason, "email": self.email, "why": self.why, "to": self.to,
                "purpose": self.purpose}  # fmt: skip


Step = Callable[[Reason, DealFacts, Sequence[Person], "Person | None", "date | None"], "Action"]


def day(d: date, now: date | None = None) -> str:
    """ "12 Nov", with the year when it is not the current one."""
    return f"{d.day} {d:%b}" + ("" if now is not None and d.year == now.year else f" {d.year}")


def open_asks(messages: Sequence[Message], ours: set[str] | None = None) -> list[Ask]:
    """What the customer asked us to send or provide, oldest first, unless an email of ours came after it."""
    thread = Thread(list(messages), set(ours or ()))
    replies = [m.at for m in thread.messages if m.direction == "outbound" and m.kind == "email"]
    found: list[Ask] = []
    for turn in thread.customer_turns():
        if any(at > turn.at for at in replies):
            continue
        for sentence in split_sentences(turn.text):
            m = _ASK.search(sentence)
            if m is None or negated(sentence, m.start()) or re.search(r"\bno need\b", sentence, re.I):
                continue
            what = _ASK_END.sub("", m["what"]).strip(" ,")
            if not _THINGS.search(what) or len(what.split()) > 12:
                continue  # "could you let me know" is not a deliverable; a run-on is not one either
            what = re.sub(r"^(?:a|an|some|any|your)\s+", "the ", what, flags=re.I)
            found.append(Ask(what, turn.day, " ".join(sentence.split())))
    return found


def next_best_action(
    assessment: RiskAssessment,
    deal: DealFacts,
    *,
    messages: Sequence[Message] = (),
    people: Sequence[Person] = (),
    now: date | None = None,
) -> Action:
    """The step that answers the deal's strongest reason; for a healthy deal, an open ask of the customer's,
    else the stage's usual next step. ``people`` are the account's contacts (for whom to write to)."""
    asks = open_asks(messages) if messages else []
    ask = asks[-1] if asks else None
    contact = _main_contact(people)
    if not assessment.reasons:
        return _healthy(deal, ask, contact, now)
    top = assessment.reasons[0]
    changed = next((r for r in assessment.reasons if r.code == "stakeholder_change"), None)
    if top.code == "stakeholder_change":
        step = _stakeholder(top, people, contact, messages, now)
    elif top.code == "gone_quiet" and changed is not None:  # the quiet one is the newcomer: go through the old
        step = _stakeholder(changed, people, contact, messages, now, quiet=top)
        step = replace(step, reason=top.code)
    else:
        step = _STEPS[top.code](top, deal, people, contact, now)
    if ask is not None and top.code in ("pricing_objection", "competitor_mentioned", "budget_concern"):
        step = Action(f"send {ask.what} they asked for on {day(ask.on, now)}, and {step.text}", step.reason,
                      True, step.why, step.to, step.purpose, step.evidence, ask, step.detail)  # fmt: skip
    return step


def _healthy(deal: DealFacts, ask: Ask | None, contact: Person | None, now: date | None) -> Action:
    to = contact.name if contact else None
    who = f" with {contact.name}" if contact else ""
    if ask is not None:
        return Action(f"send {ask.what} they asked for on {day(ask.on, now)}", None, True,
                      f'they asked on {ask.on.isoformat()}: "{ask.quote}"', to, "ask", (), ask)  # fmt: skip
    close = f" (expected close {deal.expected_close.isoformat()})" if deal.expected_close else ""
    steps = {
        "Prospecting": (f"book a discovery call{who} to qualify need, budget and decision maker", "discovery"),
        "Won": (f"check in on the roll-out{who} and ask for a reference", "won"),
        "Lost": (f"ask{who.replace(' with', '')} what decided it, and set a reminder to revisit in six months",
                 "lost"),
    }  # fmt: skip
    text, purpose = steps.get(deal.stage, (f"confirm the next step and the signature date{close}{who}", "confirm"))
    why = f"no risk signals; the usual next step for a deal in {deal.stage}"
    return Action(text, None, True, why, to, purpose)


def _why(reason: Reason) -> str:
    if not reason.evidence:
        return f"{LABELS[reason.code]}: {reason.summary}"
    e = reason.evidence[-1]
    return f'{LABELS[reason.code]}: "{e.quote}" ({e.source}, {e.on.isoformat()})'


def _said(reason: Reason, now: date | None) -> str:
    return f" on {day(reason.evidence[-1].on, now)}" if reason.evidence else ""


def _rank(person: Person) -> int:
    title = (person.title or "").lower()
    return next((rank for rank, pattern in _SENIOR if re.search(pattern, title)), 0)


def _main_contact(people: Sequence[Person]) -> Person | None:
    """Who we talk to: the person who wrote to us last, else the first reachable contact."""
    if not people:
        return None
    heard = [p for p in people if p.last_inbound is not None]
    if heard:
        return max(heard, key=lambda p: p.last_inbound or date.min)
    return next((p for p in people if not p.opted_out), people[0])


def _quiet(top: Reason, deal: DealFacts, people: Sequence[Person], contact: Person | None, now: date | None
           ) -> Action:  # fmt: skip
    since = re.search(r"last heard from on (\d{4}-\d{2}-\d{2})", top.summary)
    last = date.fromisoformat(since.group(1)) if since else None
    chased = re.search(r"we wrote (\d+) times", top.summary)
    times = f" despite {chased.group(1)} follow-ups" if chased else ""
    quiet = contact
    when = f"since {day(last, now)}" if last else "at all"
    buyer = max((p for p in people if p is not quiet and not p.opted_out), key=_rank, default=None)
    if quiet is not None and buyer is not None and _rank(buyer) >= 2 and _rank(buyer) >= _rank(quiet):
        text = (
            f"re-engage through the economic buyer: write to {buyer.label}; {quiet.name} has not replied {when}{times}"
        )
        return Action(text, top.code, True, _why(top), buyer.name, "gone_quiet_buyer", top.evidence, detail=quiet.name)
    if quiet is not None and _rank(quiet) >= 2:
        text = (f"re-engage the economic buyer: {quiet.label} has not replied {when}{times}; send a short note "
                "asking whether the project is still a priority, or call")  # fmt: skip
    else:
        who = quiet.label if quiet else "the customer"
        text = (f"re-engage {who}: no reply {when}{times}; send a short note asking whether the project is still "
                "a priority, and find a second contact (ideally the economic buyer)")  # fmt: skip
    return Action(text, top.code, True, _why(top), quiet.name if quiet else None, "gone_quiet", top.evidence)


_TAKES_OVER = re.compile(r"\b(?:I|I've|I have|I'll|I will|I'm|I am)\b[^.]{0,40}\b(?:taken over|take over|taking over"
                         r"|now (?:lead|own|in charge|responsible)|be (?:leading|owning|your (?:new )?contact)"
                         r"|replac\w+|step(?:ped|ping)? in)", re.IGNORECASE)  # fmt: skip
_LEAVES = (
    r"\W+(?:has |have |is |will be |will |just )?(?:left|leaving|leaves|departed|retir\w*|moved|moving|no longer"
    r"|stepp\w* down|gone|going on|on (?:leave|sabbatical))"
)


def _sender_of(quote: str, messages: Sequence[Message]) -> str:
    """The display name of whoever wrote the message a quote comes from."""
    head = quote[:40]
    for m in messages:
        if head and head in " ".join(m.text.split()) and m.direction == "inbound":
            return re.sub(r"\s*<[^>]*>\s*", "", m.sender).strip().strip('"')
    return ""


def _new_person(top: Reason, people: Sequence[Person], messages: Sequence[Message]) -> tuple[Person | None, str]:
    """Who takes the decision over, when the evidence says: the writer ("I've taken over her projects"), or a
    person it names who is not the one leaving. A known contact, or just a name."""
    quotes = " ".join(e.quote for e in top.evidence)
    writers = [_sender_of(e.quote, messages) for e in top.evidence]
    leaving = {n for n in re.findall(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)*)(?=" + _LEAVES + ")", quotes)}
    if re.search(r"\bI(?:'m| am)?\b" + _LEAVES, quotes):
        leaving |= set(writers)
    candidates = []
    for e, writer in zip(top.evidence, writers, strict=True):
        if writer and _TAKES_OVER.search(e.quote):
            candidates.append(writer)
    names = re.findall(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)+)\b", quotes)
    candidates += [n for n in names if n.split()[0] not in ("The", "Our", "We", "I", "Hi", "Hello", "Dear")]
    for name in candidates:
        if any(name == g or name in g or g in name for g in leaving):
            continue
        known = next((p for p in people if p.name == name or p.name.split()[-1] == name.split()[-1]), None)
        return known, known.name if known else name
    return None, ""


def _stakeholder(top: Reason, people: Sequence[Person], contact: Person | None, messages: Sequence[Message],
                 now: date | None, quiet: Reason | None = None) -> Action:  # fmt: skip
    person, name = _new_person(top, people, messages)
    said = _said(top, now)
    chased = re.search(r"we wrote (\d+) times", quiet.summary) if quiet else None
    silent = f" and has not replied despite {chased.group(1)} follow-ups" if chased else ""
    if person is not None and person is not contact or (person is not None and not silent):
        text = (f"introduce yourself to {person.label}, who now owns the decision (announced{said}){silent}, and "
                "re-confirm the business case with them")  # fmt: skip
        return Action(text, top.code, True, _why(top), person.name, "stakeholder_new", top.evidence, detail=name)
    introducer = contact if contact is not None and contact.name != name else None
    who = introducer.name if introducer else "your contact"
    newcomer = name or "the new decision maker"
    if silent:
        text = (f"re-engage through {who}: {newcomer} took over the decision (announced{said}){silent}; ask {who} "
                "for a warm introduction, or call")  # fmt: skip
    else:
        text = f"ask {who} to introduce you to {newcomer} (a change announced{said}) and re-confirm the business case"
    return Action(text, top.code, True, _why(quiet or top), introducer.name if introducer else None,
                  "stakeholder_intro", top.evidence, detail=name)  # fmt: skip


def _simple(code: str, template: str, email: bool = True) -> Step:
    def step(top: Reason, deal: DealFacts, people: Sequence[Person], contact: Person | None, now: date | None
             ) -> Action:  # fmt: skip
        close = deal.expected_close.isoformat() if deal.expected_close else "the expected close"
        rivals = top.summary.removeprefix("evaluating ") if code == "competitor_mentioned" else ""
        who = contact.name if contact else "the customer"
        text = template.format(said=_said(top, now), close=close, rivals=rivals or "the other vendor", who=who)
        return Action(text, code, email, _why(top), contact.name if contact else None, code, top.evidence,
                      detail=rivals)  # fmt: skip

    return step


_STEPS: dict[str, Step] = {
    "gone_quiet": _quiet,
    "competitor_mentioned": _simple("competitor_mentioned", "send a side-by-side against {rivals} on the points that "
                                    "matter to them, before they decide (raised{said})"),
    "pricing_objection": _simple("pricing_objection", "send the value case and pricing options (phasing, term, "
                                 "scope) answering the objection raised{said}; avoid a bare discount"),
    "budget_concern": _simple("budget_concern", "ask when budget is reviewed and offer a smaller first phase or "
                              "staged payment, following their note{said}"),
    "timeline_slip": _simple("timeline_slip", "agree a new decision date and move the expected close ({close}) in "
                             "the forecast; they moved it{said}"),
    "sentiment_drop": _simple("sentiment_drop", "call {who} to acknowledge the problem they raised{said}, with a fix "
                              "date from support, before any commercial follow-up", email=False),
}  # fmt: skip
