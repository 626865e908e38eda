"""Our tools as LangChain tools: the request's ToolContext arrives through the agent's runtime
context, never through the arguments a model fills in."""

from __future__ import annotations

from typing import Any

from langchain.tools import ToolRuntime
from langchain_core.tools import BaseTool, StructuredTool

from agents.context import ToolContext
from agents.tools.base import Tool, ToolResult
from bot.errors import DealbotError


def as_langchain(tool: Tool) -> BaseTool:
    """Wrap ``tool``; a DealbotError becomes a result the model can read ("I can't find ...")."""

    def run(runtime: ToolRuntime[ToolContext], **arguments: Any) -> tuple[str, ToolResult]:
        try:
            result = tool.invoke(runtime.context, arguments)
        except DealbotError as exc:
            result = ToolResult(data={"error": exc.message})
        return result.to_model_text(), result

    return StructuredTool.from_function(
        func=run,
        name=tool.name,
        description=tool.description,
        args_schema=tool.args_schema,
        response_format="content_and_artifact",
    )
