"""What the Slack adapter needs from the rest of dealbot: plain async callables that bot/ supplies.

The adapter knows the neutral events (bot.events) and nothing of the agent, the store or policies;
the composition root (bot/slack_wiring.py) hands it these at start-up."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from bot.events import (
    DecisionResult,
    HomeSummary,
    IncomingMessage,
    ProposalCard,
    Reply,
    UpdateCard,
    UpdateDecisionResult,
)

SLACK_API_URL = "https://slack.com/api/"


class Decide(Protocol):
    """One Approve / Edit+Approve / Reject press, decided by policies (idempotent against repeats)."""

    def __call__(
        self,
        *,
        user_ref: str,
        proposal_id: str,
        action: Literal["approve", "reject"],
        edited_body: str | None = None,
        user_email: str | None = None,
    ) -> Awaitable[DecisionResult]: ...


class DecideUpdate(Protocol):
    """One Confirm / Edit+Confirm / Dismiss press on a proposed deal update, decided by policies."""

    def __call__(
        self,
        *,
        user_ref: str,
        update_id: str,
        action: Literal["confirm", "dismiss"],
        edits: dict[str, str | None] | None = None,
        user_email: str | None = None,
    ) -> Awaitable[UpdateDecisionResult]: ...


@dataclass(frozen=True)
class SlackPorts:
    """dealbot as the Slack adapter sees it."""

    handle: Callable[[IncomingMessage], Awaitable[Reply]]  # identity, then the agent
    decide: Decide
    card: Callable[[str], Awaitable[ProposalCard | None]]  # a proposal's card as it stands now
    home: Callable[[str, str | None], Awaitable[HomeSummary]]  # (Slack user id, email) -> home screen
    seen_before: Callable[[str, str], Awaitable[bool]]  # (source, delivery id): records it; True on a repeat
    decide_update: DecideUpdate | None = None  # proposed deal updates (Confirm / Edit / Dismiss)
    update_card: Callable[[str], Awaitable[UpdateCard | None]] | None = None  # an update's card as it stands now
    check_edits: Callable[[dict[str, str | None]], tuple[str, str] | None] | None = None  # (field, problem) or None


@dataclass(frozen=True)
class SlackConfig:
    """The Slack app's credentials and limits; HTTP events need the signing secret, Socket Mode the app token."""

    bot_token: str
    signing_secret: str | None = None
    app_token: str | None = None
    api_url: str = SLACK_API_URL
    max_concurrent_answers: int = 8  # agent runs at once; more requests wait (their placeholder is already up)
    user_cache_seconds: float = 600.0  # how long a users.info email is trusted
