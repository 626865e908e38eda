"""Settings fail fast with a message that names the variable and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import ConfigurationError
from bot.settings import load_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no stray .env
    for var in (
        "HOST",
        "PORT",
        "DATABASE_URL",
        "DEALBOT_VAR_DIR",
        "OPENAI_BASE_URL",
        "OPENAI_API_KEY",
        "LOG_LEVEL",
    ):
        monkeypatch.delenv(var, raising=False)


def test_defaults_need_no_configuration() -> None:
    settings = load_settings()
    assert (settings.host, settings.port) == ("127.0.0.1", 3978)
    assert settings.effective_database_url == "sqlite:///var/dealbot.db"
    assert not settings.llm_configured


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("PORT", "eighty", "PORT: Input should be a valid integer"),
        ("PORT", "70000", "PORT: Input should be less than or equal to 65535"),
        (
            "DATABASE_URL",
            "mysql://localhost/x",
            "DATABASE_URL: Value error, unsupported database scheme 'mysql'",
        ),
        ("OPENAI_BASE_URL", "not a url", "OPENAI_BASE_URL: Input should be a valid URL"),
        ("LOG_LEVEL", "chatty", "LOG_LEVEL: Input should be 'DEBUG', 'INFO', 'WARNING' or 'ERROR'"),
    ],
)
def test_invalid_values_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigurationError) as info:
        load_settings()
    assert expected in info.value.message
    assert "\n" not in info.value.message


def test_environment_is_read_when_settings_are_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "8080")
    monkeypatch.setenv("DATABASE_URL", "postgresql://db.internal/dealbot")
    settings = load_settings()
    assert settings.port == 8080
    assert settings.effective_database_url == "postgresql://db.internal/dealbot"
