"""The KPI report's figures, computed in SQL: outcomes before/after go-live, drafts and what became of them,
risk flags and whether anything happened on the deal soon after.

Clocks: deal outcomes use business dates (``close_date``, ``engage_date``); a flag's day is the business day
of the assessment that raised it (``flagged_on``); a proposal's fate is read from its wall-clock
``created_at`` / ``decided_at`` (in UTC), which is the business clock in production."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Date, and_, case, cast, exists, func, literal, or_, type_coerce
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from memory.analytics import deal_metrics
from memory.models import (
    CLOSED_STAGES,
    Deal,
    DealStageChange,
    Direction,
    Interaction,
    Proposal,
    ProposalStatus,
    RiskFlag,
)
from memory.queries import DealFilter

APPROVED = (ProposalStatus.APPROVED, ProposalStatus.SENDING, ProposalStatus.SENT, ProposalStatus.FAILED)


@dataclass(frozen=True)
class Outcomes:
    """Closed deals of one period: counts, win rate (%) and mean engage-to-close days of the won ones."""

    label: str
    start: date | None
    end: date | None
    won: int
    lost: int
    win_rate: float | None
    avg_cycle_days: float | None

    @property
    def closed(self) -> int:
        return self.won + self.lost


@dataclass(frozen=True)
class Drafts:
    """Email proposals by what had become of them on the as-of day."""

    pending: int = 0
    approved_as_is: int = 0
    approved_edited: int = 0
    rejected: int = 0
    expired: int = 0
    blocked: int = 0

    @property
    def total(self) -> int:
        return (self.pending + self.approved_as_is + self.approved_edited + self.rejected + self.expired
                + self.blocked)  # fmt: skip

    def minutes_saved(self, *, minutes_per_email: float, edited_share: float) -> float:
        """An email approved as it was saves writing it; an edited one saves ``edited_share`` of that."""
        return minutes_per_email * (self.approved_as_is + edited_share * self.approved_edited)


@dataclass(frozen=True)
class FlagLine:
    """Flags of one reason (or all): raised, acted on within the window, not acted on, window still open."""

    reason: str
    raised: int
    acted: int
    not_acted: int
    window_open: int
    by_stage_change: int = 0
    by_approved_email: int = 0
    by_interaction: int = 0

    @property
    def acted_rate(self) -> float | None:
        judged = self.acted + self.not_acted
        return round(100.0 * self.acted / judged, 1) if judged else None


def go_live_date(
    session: Session, *, configured: date | None, owner_ids: Sequence[int] | None
) -> tuple[date | None, str]:
    """The day dealbot went live: the setting when given, else the day of the first proposal it drafted."""
    if configured is not None:
        return configured, "DEALBOT_GO_LIVE"
    query = sa_select(func.min(Proposal.created_at))
    if owner_ids is not None:
        query = query.where(col(Proposal.requested_by_id).in_(list(owner_ids)))
    first = session.execute(query).scalar_one_or_none()
    if first is None:
        return None, "no proposal yet"
    when = first if isinstance(first, datetime) else datetime.fromisoformat(str(first))
    return when.astimezone(UTC).date() if when.tzinfo else when.date(), "first proposal"


def outcomes(session: Session, *, label: str, owner_ids: Sequence[int] | None, start: date | None,
             end: date | None) -> Outcomes:  # fmt: skip
    """Won and lost deals closed between ``start`` and ``end`` (inclusive; None = open-ended)."""
    where = DealFilter(owner_ids=owner_ids, stages=CLOSED_STAGES, closed_from=start, closed_to=end)
    m = deal_metrics(session, where=where)[0]
    return Outcomes(label, start, end, m.won, m.lost, m.win_rate, m.avg_cycle_days)


def drafts(session: Session, *, owner_ids: Sequence[int] | None, since: date | None, until: date | None,
           as_of: date) -> Drafts:  # fmt: skip
    """Email proposals created in the period, by their state at the end of ``as_of``."""
    cutoff = _midnight(as_of + timedelta(days=1))
    decided = and_(col(Proposal.decided_at).is_not(None), col(Proposal.decided_at) < cutoff)
    approved = and_(col(Proposal.status).in_([s.value for s in APPROVED]), decided)
    state = case(
        (col(Proposal.status) == ProposalStatus.BLOCKED.value, "blocked"),
        (and_(approved, col(Proposal.edited_body).is_(None)), "approved_as_is"),
        (approved, "approved_edited"),
        (and_(col(Proposal.status) == ProposalStatus.REJECTED.value, decided), "rejected"),
        (col(Proposal.expires_at) < cutoff, "expired"),  # undecided past its expiry, swept or not
        else_="pending",
    ).label("state")
    query = sa_select(state, func.count()).where(col(Proposal.kind) == "email", col(Proposal.created_at) < cutoff)
    if owner_ids is not None:
        query = query.where(col(Proposal.requested_by_id).in_(list(owner_ids)))
    if since is not None:
        query = query.where(col(Proposal.created_at) >= _midnight(since))
    if until is not None:
        query = query.where(col(Proposal.created_at) < _midnight(until + timedelta(days=1)))
    counts = {str(s): int(n) for s, n in session.execute(query.group_by("state")).all()}
    return Drafts(**counts)


def flags(session: Session, *, owner_ids: Sequence[int] | None, since: date | None, until: date | None,
          as_of: date, window_days: int) -> list[FlagLine]:  # fmt: skip
    """Flags raised in the period by reason, then a line "all"; acted on = within ``window_days`` of the flag
    (the flag's day included) the deal changed stage, an email on it was approved, or an outbound call,
    email or note was logged on it after the flag was recorded."""
    dialect = session.get_bind().dialect.name
    start = col(RiskFlag.flagged_on)
    end = _plus_days(dialect, start, window_days)
    last = type_coerce(func.min(end, as_of) if dialect == "sqlite" else func.least(end, as_of), Date)

    def within(day: Any) -> ColumnElement[bool]:
        return and_(day >= start, day <= last)

    stage = exists().where(col(DealStageChange.deal_id) == RiskFlag.deal_id,
                           within(col(DealStageChange.changed_on)))  # fmt: skip
    email = exists().where(col(Proposal.deal_id) == RiskFlag.deal_id,
                           col(Proposal.status).in_([s.value for s in APPROVED]),
                           within(_day(dialect, col(Proposal.decided_at))))  # fmt: skip
    logged = exists().where(
        or_(col(Interaction.deal_id) == RiskFlag.deal_id,
            and_(col(Interaction.deal_id).is_(None), col(Interaction.account_id) == Deal.account_id)),
        col(Interaction.direction).in_([Direction.OUTBOUND.value, Direction.INTERNAL.value]),
        within(_day(dialect, col(Interaction.occurred_at))),
        col(Interaction.created_at) > RiskFlag.flagged_at,
    )  # fmt: skip
    acted = or_(stage, email, logged)
    still_open = end > as_of

    def count(condition: ColumnElement[bool]) -> Any:
        return func.sum(case((condition, 1), else_=0))

    query = (
        sa_select(
            col(RiskFlag.reason),
            func.count(),
            count(acted),
            count(and_(~acted, ~still_open)),
            count(and_(~acted, still_open)),
            count(stage),
            count(email),
            count(logged),
        )  # fmt: skip
        .select_from(RiskFlag)
        .join(Deal, col(Deal.id) == RiskFlag.deal_id)
        .where(start <= as_of)
    )
    if owner_ids is not None:
        query = query.where(col(Deal.owner_id).in_(list(owner_ids)))
    if since is not None:
        query = query.where(start >= since)
    if until is not None:
        query = query.where(start <= until)
    rows = session.execute(query.group_by(col(RiskFlag.reason)).order_by(col(RiskFlag.reason))).all()
    lines = [FlagLine(str(r[0]), *(int(v or 0) for v in r[1:])) for r in rows]
    if lines:
        totals = [sum(getattr(line, f) for line in lines) for f in FlagLine.__dataclass_fields__ if f != "reason"]
        lines.append(FlagLine("all", *totals))
    return lines


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def _day(dialect: str, column: Any) -> ColumnElement[Any]:
    """The UTC calendar day of a timestamp column."""
    if dialect == "sqlite":
        return type_coerce(func.date(column), Date)
    return cast(func.timezone("UTC", column), Date)


def _plus_days(dialect: str, day: Any, days: int) -> ColumnElement[Any]:
    if dialect == "sqlite":
        return type_coerce(func.date(day, f"+{int(days)} days"), Date)
    return type_coerce(day + literal(int(days)), Date)
