"""Data access for dealbot users and their chat identities."""

from __future__ import annotations

from rapidfuzz import process
from sqlalchemy import func
from sqlmodel import Session, select

from bot.errors import DataError, UnknownUserError
from memory.models import Role, User

IDENTITY_FIELDS = {"slack": "slack_user_id", "teams": "teams_user_id"}


def get_user_by_name(session: Session, *, name: str) -> User:
    """The user called ``name`` (case-insensitive); a clear error with suggestions if none."""
    user = session.exec(select(User).where(func.lower(User.name) == name.strip().lower())).first()
    if user is None:
        raise UnknownUserError(f"unknown user {name!r}{_suggestion(session, name)}")
    return user


def find_user_by_identity(session: Session, *, platform: str, ref: str) -> User | None:
    """The user linked to a platform identity (``console`` means by name), or None."""
    if platform == "console":
        return session.exec(select(User).where(func.lower(User.name) == ref.strip().lower())).first()
    column = getattr(User, IDENTITY_FIELDS[platform])
    return session.exec(select(User).where(column == ref)).first()


def find_user_by_email(session: Session, *, email: str) -> User | None:
    return session.exec(select(User).where(func.lower(User.email) == email.strip().lower())).first()


def find_chat_user(session: Session, *, platform: str, ref: str, email: str | None = None) -> User | None:
    """The user behind a chat identity: the linked platform id first, else the email the platform reports."""
    user = find_user_by_identity(session, platform=platform, ref=ref)
    if user is None and email:
        user = find_user_by_email(session, email=email)
    return user


def list_users(session: Session) -> list[User]:
    return list(session.exec(select(User).order_by(User.name)))


def team_of(session: Session, *, manager: User) -> list[User]:
    """The users whose manager is ``manager``."""
    return list(session.exec(select(User).where(User.manager_id == manager.id).order_by(User.name)))


def link_identity(
    session: Session,
    *,
    name: str,
    slack: str | None = None,
    teams: str | None = None,
    email: str | None = None,
) -> User:
    """Tie chat identities and an email to an existing user; an identity can belong to one user only."""
    user = get_user_by_name(session, name=name)
    for field, value in (("slack_user_id", slack), ("teams_user_id", teams), ("email", email)):
        if value is None:
            continue
        value = value.strip()
        if field == "email":
            value = value.lower()
            if "@" not in value:
                raise DataError(f"not an email address: {value!r}")
        holder = session.exec(select(User).where(getattr(User, field) == value)).first()
        if holder is not None and holder.id != user.id:
            raise DataError(f"{field.removesuffix('_user_id')} {value!r} is already linked to {holder.name}")
        setattr(user, field, value)
    session.add(user)
    session.flush()
    return user


def add_user(
    session: Session,
    *,
    name: str,
    role: Role = Role.REP,
    email: str | None = None,
    manager: str | None = None,
    office: str | None = None,
) -> User:
    """Create a user; the manager, when given, must exist."""
    if session.exec(select(User).where(func.lower(User.name) == name.strip().lower())).first():
        raise DataError(f"a user called {name!r} already exists")
    manager_id = get_user_by_name(session, name=manager).id if manager else None
    user = User(name=name.strip(), role=role, email=email, manager_id=manager_id, office=office)
    session.add(user)
    session.flush()
    return user


def _suggestion(session: Session, name: str) -> str:
    names = [u for u in session.exec(select(User.name))]
    if not names:
        return " (the store has no users yet: run `dealbot seed --demo` or `dealbot users add`)"
    best = process.extractOne(name, names, score_cutoff=70)
    hint = f"did you mean {best[0]!r}? " if best else ""
    return f" ({hint}see `dealbot users list`)"
