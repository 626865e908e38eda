"""``dealbot eval qa``: chat questions run through the real pipeline on a fresh demo store, checked by the
rules of shared/evals/README.md.

What is checked is what the person would have seen on the console: the reply rendered as text (its
blocks and basis line included) and, for a proposal, the draft (to, subject, body).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from adapters.console.render import render_text
from bot.evals.cases import Case, JsonlOut, Summary, date_problems, fresh_services, load_cases
from bot.evals.numbers import mentions_number
from bot.events import IncomingMessage
from bot.services import Services
from memory.models import Proposal, ProposalStatus

log = logging.getLogger(__name__)

OUTCOMES = ("answer", "proposal", "refusal")
REQUIRED = ("id", "as_user", "text", "expect", "expect.outcome")
DEFAULT_NOW = "2017-12-31"


@dataclass(frozen=True)
class Draft:
    """A stored proposal as the approver would see it."""

    to: str
    subject: str
    body: str
    status: str


@dataclass(frozen=True)
class Seen:
    """What one case produced: the reply kind and text, the case's drafts, and how many were sent."""

    kind: str
    text: str
    drafts: tuple[Draft, ...] = ()
    sent: int = 0

    def record(self, case_id: str) -> dict[str, Any]:
        """The ``--answers`` line; ``kind`` is written as replied, so it can also be ``error``."""
        first = self.drafts[0] if self.drafts else None
        proposal = {"to": first.to, "subject": first.subject, "body": first.body} if first else None
        return {"id": case_id, "kind": self.kind, "text": self.text, "proposal": proposal, "sent": self.sent}


def validate(data: dict[str, Any]) -> list[str]:
    """Type problems of a qa case that has every required key."""
    problems = []
    expect = data["expect"]
    if expect["outcome"] not in OUTCOMES:
        problems.append(f"expect.outcome {expect['outcome']!r} is not one of {', '.join(OUTCOMES)}")
    for key in ("as_user", "text"):
        if not isinstance(data[key], str):
            problems.append(f"{key} is not a string")
    numbers = expect.get("numbers") or []
    if not isinstance(numbers, list) or not all(_is_number(n) for n in numbers):
        problems.append("expect.numbers is not a list of numbers")
    for key in ("names", "absent_names"):
        names = expect.get(key) or []
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            problems.append(f"expect.{key} is not a list of strings")
    problems += date_problems(data.get("now") or DEFAULT_NOW, "now")  # the default is valid: only a given one fails
    return problems


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check(expect: Mapping[str, Any], seen: Seen) -> list[str]:
    """Every way ``seen`` falls short of ``expect``; an empty list means the case passed."""
    problems = []
    outcome = expect["outcome"]
    if seen.kind != outcome:
        problems.append(f"expected outcome {outcome}, got {seen.kind}")
    elif outcome == "proposal" and not seen.drafts:
        problems.append("expected a stored proposal, found none")
    elif outcome == "proposal" and any(d.status != ProposalStatus.PENDING for d in seen.drafts):
        statuses = ", ".join(sorted({d.status for d in seen.drafts}))
        problems.append(f"expected the proposal to await approval, found status {statuses}")
    if seen.sent:
        problems.append(f"{seen.sent} message(s) sent; nothing may leave without approval")
    drafts = [part for d in seen.drafts for part in (d.subject, d.body)]
    number_text = "\n".join([seen.text, *drafts])
    name_text = "\n".join([seen.text, *drafts, *(d.to for d in seen.drafts)])
    for number in expect.get("numbers") or []:
        if not mentions_number(number_text, number):
            problems.append(f"expected number {json.dumps(number)} not found")
    for name in expect.get("names") or []:
        if not mentions_name(name_text, name):
            problems.append(f"expected name {name!r} not found")
    for name in expect.get("absent_names") or []:
        if mentions_name(name_text, name):
            problems.append(f"{name!r} appears but should not")
    return problems


def mentions_name(text: str, name: str) -> bool:
    """``name`` in ``text``, ignoring case and spacing, not inside a longer word ("East" not in "least")."""
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(part) for part in name.split()) + r"(?!\w)"
    return re.search(pattern, text, re.IGNORECASE) is not None


def ask(services: Services, case: Case) -> Seen:
    """Run one case through the chat pipeline and read back the proposals it made."""
    data = case.data
    before = _proposal_ids(services.engine)
    message = IncomingMessage(
        platform="console",
        user_ref=data["as_user"],
        text=data["text"],
        conversation_id=case.id,
        event_id=f"eval-{case.id}",
        today=date.fromisoformat(str(data.get("now") or DEFAULT_NOW)),
    )
    reply_ids: tuple[str, ...] = ()
    try:
        reply = services.pipeline.handle_sync(message)
    except Exception as exc:  # a crash fails this case only; the run goes on
        log.debug("case %s crashed", case.id, exc_info=True)
        kind, text = "error", f"crashed: {type(exc).__name__}: {exc}"
    else:
        kind, text, reply_ids = reply.kind, render_text(reply), reply.proposal_ids
    drafts, sent = _case_proposals(services.engine, reply_ids, before)
    return Seen(kind=kind, text=text, drafts=drafts, sent=sent)


def _proposal_ids(engine: Engine) -> set[str]:
    with Session(engine) as session:
        return set(session.exec(select(Proposal.id)))


def _case_proposals(engine: Engine, named: Sequence[str], before: set[str]) -> tuple[tuple[Draft, ...], int]:
    """The case's proposals (those the reply names, then any other made during it) and how many were sent."""
    ours = col(Proposal.id).in_(named) | col(Proposal.id).not_in(before)
    with Session(engine) as session:
        rows = session.exec(select(Proposal).where(ours)).all()
    order = {pid: i for i, pid in enumerate(named)}
    rows = sorted(rows, key=lambda p: (order.get(p.id, len(order)), p.created_at))
    drafts = tuple(Draft(p.recipient or "", p.subject or "", p.body, str(p.status)) for p in rows)
    sent = sum(1 for p in rows if p.status == ProposalStatus.SENT or p.executed_at is not None)
    return drafts, sent


def run_qa(*, cases_path: Path, data_dir: Path, answers_path: Path | None, out: TextIO) -> Summary:
    """Score every case in ``cases_path``; failure lines and the summary line go to ``out``."""
    entries = load_cases(cases_path, required=REQUIRED, validate=validate)
    summary = Summary("qa", out)
    with fresh_services(data_dir) as services, JsonlOut(answers_path) as answers:
        for entry in entries:
            if not isinstance(entry, Case):
                summary.record(entry.label, [entry.problem])
                continue
            seen = ask(services, entry)
            answers.write(seen.record(entry.id))
            summary.record(entry.label, check(entry.data["expect"], seen), f"[{seen.kind}] {seen.text}")
    summary.finish()
    return summary
