"""Data access for chat addresses: keep a user's latest personal-chat reference, find it by dealbot user."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, func, or_, select

from memory.models import ChatAddress, User, utcnow


def save_address(
    session: Session,
    *,
    platform: str,
    user_ref: str,
    conversation_id: str,
    reference: dict[str, Any],
    user_email: str | None = None,
) -> None:
    """Insert or refresh the address of ``user_ref`` on ``platform`` in one statement (an upsert), so two
    first messages at once still leave one row. A known email is kept when this turn found none."""
    email = user_email.strip().lower() if user_email else None
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(ChatAddress).values(
        platform=platform, user_ref=user_ref, conversation_id=conversation_id, reference=reference,
        user_email=email, updated_at=utcnow(),
    )  # fmt: skip
    refreshed = ["conversation_id", "reference", "updated_at"] + (["user_email"] if email else [])
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["platform", "user_ref"], set_={name: statement.excluded[name] for name in refreshed}
        )
    )


def address_for_user(session: Session, *, platform: str, user_id: int) -> ChatAddress | None:
    """The newest address of a dealbot user: by their linked platform id, else by their email."""
    user = session.get(User, user_id)
    if user is None:
        return None
    matches = []
    if platform == "teams" and user.teams_user_id:
        matches.append(col(ChatAddress.user_ref) == user.teams_user_id)
    if user.email:
        matches.append(func.lower(ChatAddress.user_email) == user.email.strip().lower())
    if not matches:
        return None
    query = select(ChatAddress).where(ChatAddress.platform == platform, or_(*matches))
    return session.exec(query.order_by(col(ChatAddress.updated_at).desc())).first()
