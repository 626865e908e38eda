"""All of dealbot's configuration, validated once at start-up.

Read by the composition root (``create_app`` and the CLI), never at import time, so
tests can build any number of differently configured apps in one process.
"""

from __future__ import annotations

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
            shown = f" (got {got!r})" if isinstance(got, str | int | float) else ""
            problems.append(f"{variable}: {err['msg']}{shown}")
        raise ConfigurationError("invalid configuration: " + "; ".join(problems)) from None


def _env_name(field_name: str) -> str:
    info = Settings.model_fields.get(field_name)
    if info is not None and info.alias:
        return info.alias
    return field_name.upper()
