"""``dealbot teams manifest``: the Teams app package (manifest.json and two icons) to upload to Teams."""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import struct
import uuid
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from bot.errors import ConfigurationError
from bot.services import Services


def _teams_adapter_dir() -> Path:
    """The Teams adapter's folder, found without importing it: botbuilder is slow to load and not needed here."""
    spec = importlib.util.find_spec("adapters.teams")
    assert spec is not None and spec.submodule_search_locations is not None
    return Path(spec.submodule_search_locations[0])


MANIFEST = _teams_adapter_dir() / "manifest.json"
PLACEHOLDER = "{{MICROSOFT_APP_ID}}"
ACCENT = (0x2F, 0x55, 0x97, 0xFF)
WHITE = (0xFF, 0xFF, 0xFF, 0xFF)
CLEAR = (0, 0, 0, 0)

Pixel = tuple[int, int, int, int]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``teams`` subcommand, for ``bot.cli.build_parser``."""
    teams = sub.add_parser("teams", help="Microsoft Teams app")
    teams_sub = teams.add_subparsers(dest="teams_command", required=True, metavar="ACTION")
    manifest = teams_sub.add_parser("manifest", help="write the app package to upload in Teams (Apps > Manage)")
    manifest.add_argument("--out", type=Path, default=Path("dealbot-teams.zip"), metavar="FILE.zip")
    manifest.add_argument("--app-id", help="the bot's Microsoft App ID (default: MICROSOFT_APP_ID)")
    manifest.add_argument("--domain", action="append", default=[], metavar="HOST",
                          help="a domain the app may open links to (repeatable), e.g. your tunnel's host")  # fmt: skip


async def run(services: Services, args: argparse.Namespace) -> int:
    app_id = args.app_id or services.settings.microsoft_app_id
    args.out.write_bytes(app_package(app_id or "", domains=args.domain))
    print(f"wrote {args.out}: upload it in Teams (Apps > Manage your apps > Upload an app)")
    return 0


def app_package(app_id: str, *, domains: list[str] | None = None) -> bytes:
    """The zip Teams takes: the manifest with this bot's App ID, a 192 px colour icon and a 32 px outline."""
    try:
        app_id = str(uuid.UUID(app_id))
    except ValueError:
        raise ConfigurationError(
            f"the Teams app needs the bot's Microsoft App ID (a GUID), got {app_id!r}: set MICROSOFT_APP_ID or "
            "pass --app-id"
        ) from None
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8").replace(PLACEHOLDER, app_id))
    manifest["validDomains"] = list(domains or [])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", json.dumps(manifest, indent=2))
        package.writestr("color.png", png(192, _ring(192, inside=WHITE, outside=ACCENT)))
        package.writestr("outline.png", png(32, _ring(32, inside=WHITE, outside=CLEAR)))
    return buffer.getvalue()


def _ring(size: int, *, inside: Pixel, outside: Pixel) -> Callable[[int, int], Pixel]:
    """A ring in the middle of the square: Teams wants the outline icon white on transparent."""
    centre, outer, inner = (size - 1) / 2, size * 0.38, size * 0.24

    def pixel(x: int, y: int) -> Pixel:
        return inside if inner <= ((x - centre) ** 2 + (y - centre) ** 2) ** 0.5 <= outer else outside

    return pixel


def png(size: int, pixel: Callable[[int, int], Pixel]) -> bytes:
    """A square RGBA PNG (no imaging library needed for two icons)."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
