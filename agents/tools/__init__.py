"""The tool catalogue: every capability the agent may call, read-only or outbound."""

from agents.tools.accounts import LIST_ACCOUNTS
from agents.tools.base import Tool, ToolResult
from agents.tools.deal_updates import SET_DEAL_STAGE
from agents.tools.deals import ACCOUNT_INFO, LIST_DEALS
from agents.tools.memory_search import SEARCH_MEMORY
from agents.tools.next_step import DRAFT_NEXT_STEP, NEXT_BEST_ACTION
from agents.tools.outbound import DRAFT_EMAIL
from agents.tools.pending import PENDING_DRAFTS
from agents.tools.people import TEAM_INFO
from agents.tools.products import PRODUCT_INFO
from agents.tools.risk import DEAL_RISK
from agents.tools.stats import DEAL_STATS

CATALOGUE: dict[str, Tool] = {
    t.name: t
    for t in (
        DEAL_STATS,
        LIST_DEALS,
        ACCOUNT_INFO,
        LIST_ACCOUNTS,
        PRODUCT_INFO,
        TEAM_INFO,
        DRAFT_EMAIL,
        PENDING_DRAFTS,
        SET_DEAL_STAGE,
        DEAL_RISK,
        SEARCH_MEMORY,
        NEXT_BEST_ACTION,
        DRAFT_NEXT_STEP,
    )  # fmt: skip
}

__all__ = ["CATALOGUE", "Tool", "ToolResult"]
