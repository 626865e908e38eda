"""pending_drafts: the drafts waiting for the asker's decision, with their approval cards shown again (read-only).

Listing a draft decides nothing: the cards carry the same Approve / Reject buttons as when it was drafted, and
only a press on one of them (or ``dealbot proposals approve``) lets it go out."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from agents.context import ToolContext
from agents.tools.base import ToolResult, make_tool
from bot.events import Block
from memory.models import Proposal
from policies.pending import awaiting_decision


class PendingDraftsArgs(BaseModel):
    limit: int = Field(10, ge=1, le=25, description="how many drafts at most, newest first")


def pending_drafts(ctx: ToolContext, args: PendingDraftsArgs) -> ToolResult:
    """The customer emails drafted for approval that still wait for a decision by the asker (a manager: also
    their team's), newest first, each with its approval card shown again. Use it for "show my pending drafts",
    "what's waiting for my approval?"."""
    with ctx.session() as session:
        ids, total = awaiting_decision(session, user=ctx.user, limit=args.limit)
        drafts = [p for pid in ids if (p := session.get(Proposal, pid)) is not None]
        rows = [_row(p, ctx.user.id) for p in drafts]
    ctx.reshown.extend(r["id"] for r in rows)
    block = Block(
        title=f"{len(rows)} of {total} draft(s) awaiting a decision",
        columns=("To", "Subject", "Drafted", "Expires"),
        rows=tuple((str(r["to"]), str(r["subject"]), str(r["drafted"]), str(r["expires"])) for r in rows),
    )
    data = {"pending": rows, "total": total, "today": ctx.today.isoformat()}
    return ToolResult(data=data, blocks=(block,) if rows else (), basis="drafts awaiting approval, newest first")


def _row(draft: Proposal, asker_id: int | None) -> dict[str, Any]:
    return {
        "id": draft.id,
        "to": draft.recipient or "-",
        "subject": draft.subject or "",
        "drafted": draft.created_at.date().isoformat(),
        "expires": draft.expires_at.isoformat(timespec="minutes"),
        "mine": draft.requested_by_id == asker_id,
    }


PENDING_DRAFTS = make_tool(pending_drafts, PendingDraftsArgs)
