"""The shape of a tool: a typed argument schema, a docstring the model sees, a read-only flag."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from agents.context import ToolContext
from bot.events import Block

Args = TypeVar("Args", bound=BaseModel)


@dataclass(frozen=True)
class ToolResult:
    """A tool's answer: the structured data behind it, optional display blocks and a basis line."""

    data: dict[str, Any]
    blocks: tuple[Block, ...] = ()
    basis: str | None = None
    proposal_id: str | None = None

    def to_model_text(self) -> str:
        """What a language model reads back: the data as compact JSON."""
        return json.dumps(self.data, default=str, separators=(",", ":"))


@dataclass(frozen=True)
class Tool(Generic[Args]):
    """One capability of the agent. Outbound tools only ever create proposals."""

    name: str
    description: str
    args_schema: type[Args]
    run: Callable[[ToolContext, Args], ToolResult]
    outbound: bool = False

    def invoke(self, ctx: ToolContext, arguments: dict[str, Any]) -> ToolResult:
        """Validate raw arguments against the schema, then run."""
        return self.run(ctx, self.args_schema.model_validate(arguments))


def make_tool(run: Callable[[ToolContext, Args], ToolResult], args: type[Args], *, outbound: bool = False) -> Tool:
    """A tool named after its function, described by its docstring (what the model sees)."""
    return Tool(run.__name__, (run.__doc__ or "").strip(), args, run, outbound)
