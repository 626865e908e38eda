"""The tool catalogue: every capability the agent may call, read-only or outbound."""

from agents.tools.base import Tool, ToolResult
from agents.tools.deals import ACCOUNT_OVERVIEW, LIST_DEALS

CATALOGUE: dict[str, Tool] = {t.name: t for t in (LIST_DEALS, ACCOUNT_OVERVIEW)}

__all__ = ["CATALOGUE", "Tool", "ToolResult"]
