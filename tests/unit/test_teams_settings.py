"""Bot Framework settings: Emulator mode when unset, a clear one-line error when half set."""

from __future__ import annotations

import pytest

from bot.errors import ConfigurationError
from bot.settings import load_settings

GUID = "11111111-2222-3333-4444-555555555555"
TEAMS_VARS = ("MICROSOFT_APP_ID", "MICROSOFT_APP_PASSWORD", "MICROSOFT_APP_TENANT_ID", "MICROSOFT_APP_TYPE")


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in TEAMS_VARS:
        monkeypatch.delenv(name, raising=False)


def test_no_app_id_is_emulator_mode_and_blank_counts_as_unset() -> None:
    settings = load_settings(MICROSOFT_APP_ID="  ", MICROSOFT_APP_PASSWORD="")
    assert settings.microsoft_app_id is None and not settings.teams_auth_enabled
    assert settings.microsoft_app_type == "MultiTenant"


def test_a_complete_single_tenant_app_and_any_case_app_type() -> None:
    settings = load_settings(MICROSOFT_APP_ID=GUID, MICROSOFT_APP_PASSWORD="pw", MICROSOFT_APP_TENANT_ID="t",
                             MICROSOFT_APP_TYPE="singletenant")  # fmt: skip
    assert settings.microsoft_app_type == "SingleTenant" and settings.teams_auth_enabled
    assert "pw" not in repr(settings)  # the secret stays out of logs


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"MICROSOFT_APP_PASSWORD": "pw"}, "MICROSOFT_APP_ID is needed"),
        ({"MICROSOFT_APP_ID": GUID}, "MultiTenant needs MICROSOFT_APP_PASSWORD"),
        ({"MICROSOFT_APP_ID": GUID, "MICROSOFT_APP_PASSWORD": "pw", "MICROSOFT_APP_TYPE": "SingleTenant"},
         "SingleTenant needs MICROSOFT_APP_TENANT_ID"),
        ({"MICROSOFT_APP_ID": GUID, "MICROSOFT_APP_TYPE": "UserAssignedMSI"}, "needs MICROSOFT_APP_TENANT_ID"),
        ({"MICROSOFT_APP_ID": GUID, "MICROSOFT_APP_PASSWORD": "pw", "MICROSOFT_APP_TYPE": "Anonymous"},
         "MICROSOFT_APP_TYPE"),
    ],
)  # fmt: skip
def test_half_configured_apps_fail_fast(values: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        load_settings(**values)
