"""Slack users' email addresses (users.info), for identifying someone whose Slack id is not linked yet."""

from __future__ import annotations

import logging
import time

from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.messenger import WEB_API_ERRORS, describe

log = logging.getLogger("dealbot.slack")
CACHE_LIMIT = 10_000


class UserDirectory:
    """users.info emails, remembered for a while: one Web API call per person, not per message."""

    def __init__(self, client: AsyncWebClient, *, ttl_seconds: float) -> None:
        self._client = client
        self._ttl = ttl_seconds
        self._emails: dict[str, tuple[float, str | None]] = {}

    async def email(self, user_id: str) -> str | None:
        """The person's profile email (needs the users:read.email scope), or None if Slack will not say."""
        now = time.monotonic()
        cached = self._emails.get(user_id)
        if cached is not None and cached[0] > now:
            return cached[1]
        try:
            response = await self._client.users_info(user=user_id)
        except WEB_API_ERRORS as exc:  # not cached: the next message asks again
            log.warning("Slack users.info for %s failed: %s", user_id, describe(exc))
            return None
        user = response.get("user") or {}
        email = (user.get("profile") or {}).get("email")
        if len(self._emails) >= CACHE_LIMIT:
            self._emails.clear()
        self._emails[user_id] = (now + self._ttl, email if isinstance(email, str) else None)
        return self._emails[user_id][1]
