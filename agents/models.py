"""The chat models the agent can run on: any OpenAI-compatible endpoint, or the offline model.

An endpoint is used when ``OPENAI_API_KEY`` or ``OPENAI_BASE_URL`` is set: OpenAI itself, Azure
OpenAI (``https://<resource>.openai.azure.com/openai/v1/``), or a local server such as Ollama, vLLM or
LM Studio (base URL only; they want no key). Otherwise the offline model answers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

from langchain.agents.middleware import AgentMiddleware, hook_config
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage
from langchain_openai import ChatOpenAI

from agents.offline.entities import Gazetteer
from agents.offline.model import OfflineChatModel

ModelFactory = Callable[[Callable[[], Gazetteer]], BaseChatModel]
OPENAI_URL = "https://api.openai.com/v1"
NO_KEY = "not-needed"  # local servers ignore the key, but the openai client insists on one


class ModelSettings(Protocol):
    """The part of ``bot.settings.Settings`` that chooses the model."""

    openai_api_key: str | None
    openai_base_url: Any  # a URL, or None
    openai_model: str
    openai_timeout_seconds: float
    openai_max_retries: int
    privacy_external_llm_masking: bool


def offline_model(gazetteer: Callable[[], Gazetteer]) -> BaseChatModel:
    """The built-in model: no network, no key."""
    return OfflineChatModel(gazetteer)


@dataclass(frozen=True)
class RemoteModel:
    """A factory for a chat model behind an OpenAI-compatible endpoint. The openai client retries
    connection errors, timeouts, 408, 409, 429 and 5xx itself, honouring Retry-After, with
    exponential backoff between attempts."""

    model: str
    base_url: str | None = None
    api_key: str = NO_KEY
    timeout_seconds: float = 30.0
    max_retries: int = 2
    mask_personal_data: bool = True  # names, emails, phones masked before they reach the endpoint

    def __call__(self, gazetteer: Callable[[], Gazetteer]) -> BaseChatModel:
        return ChatOpenAI(
            model=self.model,
            base_url=self.base_url,
            api_key=self.api_key,  # type: ignore[arg-type]
            timeout=self.timeout_seconds,  # the default is no timeout at all
            max_retries=self.max_retries,
            temperature=0,
            use_responses_api=False,  # OpenAI-compatible servers speak chat completions only
        )

    @property
    def endpoint(self) -> str:
        """Where the model lives, fit to show a user: no credentials, no trailing slash."""
        parts = urlsplit(self.base_url or OPENAI_URL)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://{host}{port}{parts.path}".rstrip("/")


def model_factory(settings: ModelSettings) -> ModelFactory:
    """The configured endpoint's model when a key or a base URL is set; else the offline model."""
    if not (settings.openai_api_key or settings.openai_base_url):
        return offline_model
    return RemoteModel(
        model=settings.openai_model,
        base_url=str(settings.openai_base_url) if settings.openai_base_url else None,
        api_key=settings.openai_api_key or NO_KEY,
        timeout_seconds=settings.openai_timeout_seconds,
        max_retries=settings.openai_max_retries,
        mask_personal_data=settings.privacy_external_llm_masking,
    )


class AskAgainOnMalformedCalls(AgentMiddleware):
    """A remote model may call a tool with arguments that are not JSON. The loop would stop there
    with an empty answer; instead go back to the model, which then reads an error tool message
    for each such call (the agent adds them) and can try again."""

    @hook_config(can_jump_to=["model"])
    def after_model(self, state: Any, runtime: Any) -> dict[str, Any] | None:
        last = state["messages"][-1]
        if isinstance(last, AIMessage) and last.invalid_tool_calls and not last.tool_calls:
            return {"jump_to": "model"}
        return None
