"""Microsoft Teams through the Bot Framework: every botbuilder import of dealbot lives in this package.

The botbuilder SDK is archived upstream (successor: the Microsoft 365 Agents SDK); keeping it here
keeps that migration local. The package translates only: the composition root (``bot.teams_wiring``)
hands it the pipeline, the approval desk and the reference store as :class:`TeamsHandlers`."""

from adapters.teams.bot import TeamsBot, TeamsHandlers, send_reply
from adapters.teams.endpoint import TeamsCloudAdapter, build_adapter
from adapters.teams.proactive import send_proactive
from adapters.teams.translate import ChatContact, DecisionRequest
from adapters.teams.update_translate import UpdateDecisionRequest

__all__ = [
    "ChatContact",
    "DecisionRequest",
    "TeamsBot",
    "TeamsCloudAdapter",
    "TeamsHandlers",
    "UpdateDecisionRequest",
    "build_adapter",
    "send_proactive",
    "send_reply",
]
