"""The shape of a tool: a typed argument schema, a docstring the model sees, a read-only flag."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from agents.context import ToolContext
from bot.events import Block

Args = TypeVar("Args", bound=BaseModel)


@dataclass(frozen=True)
class ToolResult:
    """A tool's answer: one line of text, the structured data behind it, optional blocks."""

    text: str
    data: dict[str, Any] = field(default_factory=dict)
    blocks: tuple[Block, ...] = ()
    basis: str | None = None


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
