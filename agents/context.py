"""What a tool may know about the request it serves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from memory.models import User


@dataclass
class ToolContext:
    """The asking user, the day that counts as "today", and an open store session."""

    session: Session
    user: User
    today: date
