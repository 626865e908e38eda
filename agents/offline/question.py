"""What a message asks, as the parser reads it, and the tool calls it becomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Style = Literal[
    "figure",
    "ranking",
    "list",
    "facts",
    "compare",
    "draft",
    "update",
    "help",
    "out_of_scope",
    "risk",
    "action",
    "draft_action",
    "roster",
    "multi",
    "distinct",
    "share",
    "accounts",
    "against",
    "standing",
    "change",
    "catalogue",
    "summary",
    "loss_reasons",
    "closing_soon",
    "attention",
    "org",
    "pipeline",
    "said",
    "drafts_waiting",
]


@dataclass(frozen=True)
class Question:
    """What the message asks, before it becomes tool calls."""

    style: Style
    measures: tuple[str, ...] = ()
    scope: dict[str, Any] = field(default_factory=dict)
    group_by: str | None = None
    top: int | None = None
    ascending: bool = False
    sort: str = "newest"
    facts: tuple[str, ...] = ()
    text: str = ""
    sides: tuple[dict[str, Any], ...] = ()  # for comparisons: one scope override per side
    count_stage: str | None = None  # the stage a count is about, when the scope itself spans all stages
    parts: tuple[Question, ...] = ()  # for "multi": the questions of a message that asks several things
    having: tuple[str, ...] = ()  # for rankings: conditions each group must meet ("won>=20", "lost>won")
    every: str | None = None  # for rankings: the groups with no deal in some "month" or "quarter" of the period
    reason: str = ""  # for out_of_scope: why, when it is more specific than "not a sales question"; "thanks" for help;
    # for a pipeline: "forecast:<period>" when it stands in for a forecast of a period to come
    target: float | None = None  # for "attainment": the quota the figure is held to ("my quota was $300k")
    ends: bool = False  # for rankings: the top and the bottom together ("which fastest and which slowest")
    nth: int | None = None  # for lists and rankings: the place asked for below the top ("my second biggest win")
    per_group: bool = False  # for rankings: the whole shared out over its groups ("what's that per rep?")
    in_each: tuple[str, ...] = ()  # for rankings: the periods each group must have a deal in ("in both halves")
    none_in: tuple[str, ...] = ()  # for rankings: the periods no group may have a deal in ("but not in Q4")


@dataclass(frozen=True)
class ToolCall:
    name: str
    args: dict[str, Any]
