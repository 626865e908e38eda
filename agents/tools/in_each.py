"""Groups kept by when their deals fell: "which of my accounts did I win deals with in both halves of 2017" keeps the
accounts with a matching deal in each period named; "won in Q3 but not in Q4" drops those with one in the second."""

from __future__ import annotations

from sqlmodel import Session

from agents.context import ToolContext
from agents.tools.scope import DealScope, resolve
from memory.analytics import Dimension, Metrics, deal_metrics


def kept_by_period(
    ctx: ToolContext, session: Session, args: DealScope, group_by: Dimension, groups: list[Metrics],
    in_each: list[str], none_in: list[str],
) -> list[Metrics]:  # fmt: skip
    """``groups`` with a matching deal in every period of ``in_each`` and none in any of ``none_in``."""

    def with_deals(period: str) -> set[object]:
        scope = resolve(ctx, session, args.model_copy(update={"period": period}))
        return {g.group for g in deal_metrics(session, where=scope.where, group_by=group_by) if g.deals}

    kept = {g.group for g in groups}
    for period in in_each:
        kept &= with_deals(period)
    for period in none_in:
        kept -= with_deals(period)
    return [g for g in groups if g.group in kept]
