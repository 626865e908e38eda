"""Neutral event types shared by every adapter (Slack, Teams, console).

Adapters translate platform payloads into an :class:`IncomingMessage` and render a
:class:`Reply` back; nothing else crosses the edge. ``raw`` keeps the platform payload
for the rare case that needs it (the opsdroid connector convention).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Platform = Literal["console", "slack", "teams"]

UNLINKED_REPLY = (  # what someone dealbot cannot tie to a user is told, in chat and on the home screen
    "I don't know you yet, so I can't show you any deal data. Ask an admin to link you: "
    '`dealbot users link "Your Name" --{platform} {ref}`.'
)


@dataclass(frozen=True)
class IncomingMessage:
    """A message someone wrote to dealbot, on any platform."""

    platform: Platform
    user_ref: str  # platform user id (Slack U..., Teams AAD id) or, on the console, a name
    text: str
    conversation_id: str = "console"
    thread_id: str | None = None
    event_id: str | None = None  # for retry de-duplication
    today: date | None = None  # fixes "today" (the demo data lives in 2016-2017)
    user_email: str | None = None
    raw: dict[str, Any] | None = None
    attachments: tuple[str, ...] = ()  # content types of attached files (e.g. "audio/mp4" for a voice message)


@dataclass(frozen=True)
class Fact:
    """One labelled value in a structured reply block (rendered as a field or a table cell)."""

    label: str
    value: str


@dataclass(frozen=True)
class Block:
    """A structured part of a reply: a titled set of facts or rows, platform-neutral."""

    title: str
    facts: tuple[Fact, ...] = ()
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class ProposalCard:
    """A proposal as an approval card shows it: what would be sent, to whom, why, and its state."""

    id: str
    status: str  # pending, approved, sending, sent, rejected, expired, blocked, failed
    requested_by: str
    recipient: str
    subject: str
    body: str
    rationale: str
    blocked_reason: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    expires_at: datetime | None = None

    @property
    def open_for_decision(self) -> bool:
        """True while Approve / Edit / Reject buttons make sense."""
        return self.status == "pending"


@dataclass(frozen=True)
class DecisionResult:
    """What a button press did, for the adapter to show: a message and the card as it is now."""

    outcome: str  # approved, rejected, not_allowed, already_decided, expired, blocked, not_found, unknown_user
    message: str
    card: ProposalCard | None = None


@dataclass(frozen=True)
class FieldChange:
    """One deal field on a proposed-update card: where it stands and what the interaction says it should be.

    ``value`` is the editable form (ISO date, plain number, stage name); ``proposed`` is False for a field
    the card only offers for editing (its ``after`` is then the current value)."""

    field: str  # stage, expected_close, amount
    label: str  # "stage", "close date", "amount"
    before: str | None
    after: str
    value: str
    proposed: bool = True
    choices: tuple[str, ...] = ()  # the allowed values (stages), empty for free input


@dataclass(frozen=True)
class UpdateCard:
    """A deal update proposed from an email, transcript or note, for the rep to confirm, edit or dismiss."""

    id: str  # the interaction's id
    status: str  # proposed, confirmed, dismissed
    account: str
    deal: str  # the opportunity id
    owner: str
    source: str  # e.g. "a note by Darcel Schlecht on 2017-12-20", "an email “Seats” on 2017-12-05"
    excerpt: str
    fields: tuple[FieldChange, ...] = ()
    notes: tuple[Fact, ...] = ()  # competitors, contacts, next step: shown, never written to the deal
    decided_by: str | None = None
    decided_at: datetime | None = None
    applied: tuple[Fact, ...] = ()  # what a confirmation wrote, e.g. ("stage", "Engaging -> Won")

    @property
    def changes(self) -> tuple[FieldChange, ...]:
        """The fields the interaction proposes to change."""
        return tuple(f for f in self.fields if f.proposed)

    @property
    def open_for_decision(self) -> bool:
        """True while Confirm / Edit / Dismiss make sense."""
        return self.status == "proposed"

    @property
    def headline(self) -> str:
        """E.g. "Cancity — stage Engaging → Won? close date → 2017-12-29? amount 550 → 45,000?"."""
        asks = [f"{c.label} {c.before + ' ' if c.before else ''}→ {c.after}?" for c in self.changes]
        return f"{self.account} — {' '.join(asks) if asks else 'nothing to change'}"


@dataclass(frozen=True)
class UpdateDecisionResult:
    """What a Confirm / Edit / Dismiss press did: a message, and the card as it is now."""

    outcome: str  # confirmed, dismissed, not_allowed, already_decided, invalid, not_found, unknown_user
    message: str
    card: UpdateCard | None = None


@dataclass(frozen=True)
class Reply:
    """What dealbot answers: text always, structured blocks where they help."""

    text: str
    kind: Literal["answer", "proposal", "refusal", "error"] = "answer"
    blocks: tuple[Block, ...] = ()
    basis: str | None = None  # one line on where the numbers come from
    proposal_ids: tuple[str, ...] = ()
    cards: tuple[ProposalCard, ...] = ()  # approval cards for the proposals this reply created or shows again
    reshown_ids: tuple[str, ...] = ()  # drafts made earlier, still awaiting a decision, whose cards are shown again
    update_cards: tuple[UpdateCard, ...] = ()  # proposed deal updates to confirm (e.g. from a logged note)
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class HomeSummary:
    """What a person's home screen in a chat app shows: open deals by stage, drafts awaiting them."""

    user_name: str | None  # None: the person is not linked, and ``message`` says how to get linked
    deals_title: str = "Your open deals by stage"
    open_by_stage: tuple[Fact, ...] = ()
    pending: tuple[ProposalCard, ...] = ()  # drafts this person may approve, newest first
    updates: tuple[UpdateCard, ...] = ()  # proposed deal updates this person may decide, newest first
    at_risk: tuple[Fact, ...] = ()  # deal -> reason, once risk insights exist
    message: str | None = None
