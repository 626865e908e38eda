"""What a tool may know about the request it serves."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlmodel import Session

from memory.db import session_scope
from memory.models import User

if TYPE_CHECKING:  # chromadb is imported only by processes that search memory
    from memory.vector import VectorMemory


@dataclass
class ToolContext:
    """The asking user, the day that counts as "today", and the store.

    Each tool call opens its own short session: the agent loop may run tool calls of one step
    on several threads, and a SQLAlchemy session must not be shared between threads."""

    engine: Engine
    user: User  # detached copy of the asking user
    today: date
    thread_id: str = "default"
    proposal_ttl_hours: float = 72.0
    proposals: list[str] = field(default_factory=list)  # ids created during this request
    reshown: list[str] = field(default_factory=list)  # ids of drafts awaiting a decision whose cards are shown again
    memory: Callable[[], VectorMemory] | None = None  # opens the vector memory on first use (search_memory)
    origin: str = "chat"  # who asks on the person's behalf: chat, home (recorded with risk flags)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with session_scope(self.engine) as session:
            yield session
