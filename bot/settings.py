"""All of dealbot's configuration, validated once at start-up.

Read by the composition root (``create_app`` and the CLI), never at import time, so
tests can build any number of differently configured apps in one process.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import AnyHttpUrl, Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.errors import ConfigurationError

_DEFAULT_VAR_DIR = Path("var")


class Settings(BaseSettings):
    """Environment variables (and an optional ``.env``) as typed, checked settings."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    host: str = Field("127.0.0.1", alias="HOST")
    port: int = Field(3978, alias="PORT", ge=1, le=65535)
    var_dir: Path = Field(_DEFAULT_VAR_DIR, alias="DEALBOT_VAR_DIR")
    database_url: str | None = Field(None, alias="DATABASE_URL")
    demo_data_dir: Path | None = Field(None, alias="DEALBOT_DEMO_DATA")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", alias="LOG_LEVEL")

    openai_api_key: str | None = Field(None, alias="OPENAI_API_KEY")
    openai_base_url: AnyHttpUrl | None = Field(None, alias="OPENAI_BASE_URL")
    openai_model: str = Field("gpt-4o-mini", alias="OPENAI_MODEL")
    openai_timeout_seconds: float = Field(30.0, alias="OPENAI_TIMEOUT_SECONDS", gt=0)
    openai_max_retries: int = Field(2, alias="OPENAI_MAX_RETRIES", ge=0, le=10)

    chroma_host: str | None = Field(None, alias="CHROMA_HOST")
    chroma_port: int = Field(8000, alias="CHROMA_PORT", ge=1, le=65535)

    proposal_ttl_hours: float = Field(72.0, alias="PROPOSAL_TTL_HOURS", gt=0)
    proposal_lease_seconds: float = Field(120.0, alias="PROPOSAL_LEASE_SECONDS", gt=0)
    proposal_max_attempts: int = Field(5, alias="PROPOSAL_MAX_ATTEMPTS", ge=1, le=50)

    smtp_host: str | None = Field(None, alias="SMTP_HOST")
    smtp_port: int = Field(587, alias="SMTP_PORT", ge=1, le=65535)
    smtp_username: str | None = Field(None, alias="SMTP_USERNAME")
    smtp_password: str | None = Field(None, alias="SMTP_PASSWORD")
    smtp_tls: Literal["none", "starttls", "tls"] = Field("starttls", alias="SMTP_TLS")
    smtp_from: str | None = Field(None, alias="SMTP_FROM")
    worker_poll_seconds: float = Field(1.0, alias="WORKER_POLL_SECONDS", gt=0)

    webhook_max_attempts: int = Field(8, alias="WEBHOOK_MAX_ATTEMPTS", ge=1, le=100)
    webhook_timeout_seconds: float = Field(10.0, alias="WEBHOOK_TIMEOUT_SECONDS", gt=0, le=300)
    webhook_backoff_base_seconds: float = Field(2.0, alias="WEBHOOK_BACKOFF_BASE_SECONDS", gt=0)
    webhook_backoff_cap_seconds: float = Field(600.0, alias="WEBHOOK_BACKOFF_CAP_SECONDS", gt=0)

    # privacy: names, emails and phones are masked before text leaves for an external LLM endpoint
    privacy_external_llm_masking: bool = Field(True, alias="PRIVACY_EXTERNAL_LLM_MASKING")
    retention_days: int | None = Field(None, alias="RETENTION_DAYS", ge=1)  # unset: keep interactions
    data_region: str | None = Field(None, alias="DATA_REGION")  # set: outside endpoints must be in a region
    allowed_regions: str | None = Field(None, alias="ALLOWED_REGIONS")  # comma-separated; default DATA_REGION
    llm_region: str | None = Field(None, alias="LLM_REGION")  # where the OpenAI-compatible endpoint runs
    embedding_region: str | None = Field(None, alias="EMBEDDING_REGION")  # where CHROMA_HOST / embeddings run

    # insights: the KPI report's assumptions, and how often the worker re-reads open deals for risk
    go_live: date | None = Field(None, alias="DEALBOT_GO_LIVE")  # unset: the day of the first proposal
    kpi_minutes_per_email: float = Field(10.0, alias="KPI_MINUTES_PER_EMAIL", ge=0, le=600)
    kpi_edited_share: float = Field(0.5, alias="KPI_EDITED_SHARE", ge=0, le=1)  # of the time an edited draft saves
    kpi_action_window_days: int = Field(7, alias="KPI_ACTION_WINDOW_DAYS", ge=1, le=365)
    risk_scan_minutes: float = Field(60.0, alias="RISK_SCAN_MINUTES", gt=0)

    # POST /ingest: emails, transcripts and notes as JSON; off (503) until a bearer token is set
    ingest_token: str | None = Field(None, alias="INGEST_TOKEN", repr=False, min_length=16)
    ingest_max_mb: float = Field(10.0, alias="INGEST_MAX_MB", gt=0, le=200)  # one request body
    ingest_max_items: int = Field(100, alias="INGEST_MAX_ITEMS", ge=1, le=10_000)  # items in one request

    # Microsoft Teams (Bot Framework); no app id means Emulator mode: no authentication at all
    microsoft_app_id: str | None = Field(None, alias="MICROSOFT_APP_ID")
    microsoft_app_password: str | None = Field(None, alias="MICROSOFT_APP_PASSWORD", repr=False)
    microsoft_app_tenant_id: str | None = Field(None, alias="MICROSOFT_APP_TENANT_ID")
    microsoft_app_type: Literal["MultiTenant", "SingleTenant", "UserAssignedMSI"] = Field(
        "MultiTenant", alias="MICROSOFT_APP_TYPE"
    )

    # Slack (Bolt): HTTP events need the signing secret, Socket Mode the app-level token; both need the bot token
    slack_bot_token: str | None = Field(None, alias="SLACK_BOT_TOKEN", repr=False)
    slack_signing_secret: str | None = Field(None, alias="SLACK_SIGNING_SECRET", repr=False)
    slack_app_token: str | None = Field(None, alias="SLACK_APP_TOKEN", repr=False)
    slack_api_url: AnyHttpUrl = Field(AnyHttpUrl("https://slack.com/api/"), alias="SLACK_API_URL")

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_log_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        scheme = value.split(":", 1)[0].lower()
        if scheme.split("+", 1)[0] not in {"sqlite", "postgresql", "postgres"}:
            raise ValueError(f"unsupported database scheme {scheme!r}; use sqlite:/// or postgresql://")
        return value

    @model_validator(mode="after")
    def _smtp_complete(self) -> Settings:
        if bool(self.smtp_username) != bool(self.smtp_password):
            raise ValueError("SMTP_USERNAME and SMTP_PASSWORD must be set together")
        if self.smtp_from and "@" not in self.smtp_from:
            raise ValueError(f"SMTP_FROM must be an email address, got {self.smtp_from!r}")
        return self

    @field_validator("microsoft_app_id", "microsoft_app_password", "microsoft_app_tenant_id", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("microsoft_app_type", mode="before")
    @classmethod
    def _app_type_any_case(cls, value: object) -> object:
        known = {"multitenant": "MultiTenant", "singletenant": "SingleTenant", "userassignedmsi": "UserAssignedMSI"}
        return known.get(value.strip().lower(), value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _teams_complete(self) -> Settings:
        if not self.microsoft_app_id:
            if self.microsoft_app_password or self.microsoft_app_type != "MultiTenant":
                raise ValueError("MICROSOFT_APP_ID is needed with MICROSOFT_APP_PASSWORD or MICROSOFT_APP_TYPE")
            return self  # Emulator mode
        if self.microsoft_app_type != "UserAssignedMSI" and not self.microsoft_app_password:
            raise ValueError(f"MICROSOFT_APP_TYPE={self.microsoft_app_type} needs MICROSOFT_APP_PASSWORD")
        if self.microsoft_app_type != "MultiTenant" and not self.microsoft_app_tenant_id:
            raise ValueError(f"MICROSOFT_APP_TYPE={self.microsoft_app_type} needs MICROSOFT_APP_TENANT_ID")
        return self

    @field_validator("ingest_token", mode="before")
    @classmethod
    def _blank_ingest_token_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("slack_bot_token", "slack_signing_secret", "slack_app_token", mode="before")
    @classmethod
    def _blank_slack_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @model_validator(mode="after")
    def _slack_complete(self) -> Settings:
        if not (self.slack_bot_token or self.slack_signing_secret or self.slack_app_token):
            return self  # Slack is off
        if not self.slack_bot_token:
            given = "SLACK_SIGNING_SECRET" if self.slack_signing_secret else "SLACK_APP_TOKEN"
            raise ValueError(f"Slack is half-configured: SLACK_BOT_TOKEN (xoxb-...) is missing ({given} is set)")
        if not (self.slack_signing_secret or self.slack_app_token):
            raise ValueError("Slack is half-configured: SLACK_SIGNING_SECRET is missing (HTTP events need it; "
                             "or set SLACK_APP_TOKEN to use Socket Mode)")  # fmt: skip
        if not self.slack_bot_token.startswith("xoxb-"):
            raise ValueError("SLACK_BOT_TOKEN must be a bot token (xoxb-...)")
        if self.slack_app_token and not self.slack_app_token.startswith("xapp-"):
            raise ValueError("SLACK_APP_TOKEN must be an app-level token (xapp-...)")
        return self

    @property
    def slack_enabled(self) -> bool:
        """True when Slack is configured (the validator above guarantees it is completely)."""
        return bool(self.slack_bot_token)

    @property
    def teams_auth_enabled(self) -> bool:
        """False in Emulator mode (no MICROSOFT_APP_ID): /api/messages then accepts unauthenticated activities."""
        return bool(self.microsoft_app_id)

    @property
    def effective_database_url(self) -> str:
        """The configured database, or the embedded SQLite file under the var directory."""
        return self.database_url or f"sqlite:///{(self.var_dir / 'dealbot.db').as_posix()}"

    @property
    def llm_configured(self) -> bool:
        return bool(self.openai_api_key or self.openai_base_url)


def load_settings(**overrides: object) -> Settings:
    """Build :class:`Settings` from the environment, turning validation errors into one clear line."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            if not err["loc"]:  # a rule across several variables names them in its message
                problems.append(str(err["msg"]).removeprefix("Value error, "))
                continue
            variable = _env_name(str(err["loc"][0]))
            got = err.get("input")
            secret = any(not f.repr for n, f in Settings.model_fields.items() if variable in (n, f.alias))  # no echo
            shown = f" (got {got!r})" if isinstance(got, str | int | float) and not secret else ""
            problems.append(f"{variable}: {err['msg']}{shown}")
        raise ConfigurationError("invalid configuration: " + "; ".join(problems)) from None


def _env_name(field_name: str) -> str:
    info = Settings.model_fields.get(field_name)
    if info is not None and info.alias:
        return info.alias
    return field_name.upper()
