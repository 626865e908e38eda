"""The Teams app package: the manifest names this bot, the icons are the sizes Teams insists on."""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from bot.cli import main
from bot.commands_teams import MANIFEST, PLACEHOLDER, app_package

APP_ID = "11111111-2222-3333-4444-555555555555"


def _png_size_and_pixels(data: bytes) -> tuple[int, set[bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert width == height and (depth, colour) == (8, 6)
    raw = zlib.decompress(data[41 : 41 + struct.unpack(">I", data[33:37])[0]])
    stride = 1 + 4 * width
    pixels = {raw[row * stride + 1 + 4 * x : row * stride + 5 + 4 * x] for row in range(height) for x in range(width)}
    return width, pixels


def test_the_package_has_the_manifest_for_this_bot_and_both_icons() -> None:
    package = zipfile.ZipFile(io.BytesIO(app_package(APP_ID, domains=["abc.ngrok.app"])))
    assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
    manifest = json.loads(package.read("manifest.json"))
    assert manifest["id"] == APP_ID and manifest["bots"][0]["botId"] == APP_ID
    assert PLACEHOLDER not in json.dumps(manifest) and manifest["validDomains"] == ["abc.ngrok.app"]
    assert set(manifest["bots"][0]["scopes"]) == {"personal", "team", "groupChat"}
    assert _png_size_and_pixels(package.read("color.png"))[0] == 192
    size, pixels = _png_size_and_pixels(package.read("outline.png"))
    assert size == 32 and pixels == {b"\xff\xff\xff\xff", b"\x00\x00\x00\x00"}  # white on transparent only


def test_the_template_keeps_the_placeholder() -> None:
    assert MANIFEST.read_text(encoding="utf-8").count(PLACEHOLDER) == 2


def test_the_command_writes_the_package_or_says_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DEALBOT_VAR_DIR", str(tmp_path / "var"))
    for name in ("MICROSOFT_APP_ID", "MICROSOFT_APP_PASSWORD", "MICROSOFT_APP_TYPE", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    out = tmp_path / "dealbot-teams.zip"
    assert main(["teams", "manifest", "--out", str(out)]) == 2
    assert "set MICROSOFT_APP_ID or pass --app-id" in capsys.readouterr().err and not out.exists()
    assert main(["teams", "manifest", "--out", str(out), "--app-id", APP_ID]) == 0
    assert json.loads(zipfile.ZipFile(out).read("manifest.json"))["id"] == APP_ID
