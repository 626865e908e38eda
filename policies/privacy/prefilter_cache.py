"""The prefilter's index kept on disk between processes. Building it reads all ~480 cue patterns with Python's
regex parser (~1.2 s), which every process paid on its first detection: the first chat message, every
``dealbot ingest`` run. The file is named by a digest of the patterns, their flags and the Python version whose
parser read them, so a changed cue gets a new file; a damaged or unreadable one is rebuilt, an unwritable cache
folder only costs the build."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from policies.privacy.prefilter import Prefilter

FORMAT = 2  # bump when the index's meaning changes, so old files are not used
KEEP = 8  # files of other cue versions kept (other checkouts, other releases)
log = logging.getLogger("dealbot.privacy")


def cache_file(patterns: Sequence[re.Pattern[str]]) -> Path:
    """Where the index for ``patterns`` is kept: ``$XDG_CACHE_HOME/dealbot/privacy`` (``~/.cache/...``). The
    cues' order differs between processes (some tables are sets), so the key is the sorted unique patterns."""
    return _file_for(sorted({(p.pattern, p.flags) for p in patterns}))


def _file_for(unique: list[tuple[str, int]]) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    key = json.dumps([FORMAT, list(sys.version_info[:2]), unique])
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    return Path(base) / "dealbot" / "privacy" / f"prefilter-{digest}.json"


def cached_build(patterns: Sequence[re.Pattern[str]]) -> Prefilter:
    """The prefilter for ``patterns``, read from the cache when it is there, else built and saved. It is built
    over the sorted unique patterns, then told in ``patterns``' own positions."""
    first: dict[tuple[str, int], re.Pattern[str]] = {}
    where: dict[tuple[str, int], list[int]] = {}
    for i, pattern in enumerate(patterns):
        first.setdefault((pattern.pattern, pattern.flags), pattern)
        where.setdefault((pattern.pattern, pattern.flags), []).append(i)
    unique = sorted(first)
    path = _file_for(unique)
    built = _load(path, len(unique))
    if built is None:
        built = Prefilter.build([first[key] for key in unique])
        _save(path, built)
    index = {
        gram: tuple((literal, i) for literal, j in entries for i in where[unique[j]])
        for gram, entries in built.index.items()
    }
    return Prefilter(index, frozenset(i for j in built.always for i in where[unique[j]]))


def _save(path: Path, built: Prefilter) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"index": built.index, "always": sorted(built.always)}
        with tempfile.NamedTemporaryFile("w", dir=path.parent, suffix=".tmp", delete=False) as handle:
            json.dump(data, handle)
        os.chmod(handle.name, 0o644)  # shared like any other cache file
        os.replace(handle.name, path)  # atomic: a process reading at the same time sees all or nothing
        for stale in sorted(path.parent.glob("prefilter-*.json"), key=lambda p: p.stat().st_mtime)[:-KEEP]:
            stale.unlink(missing_ok=True)  # the cues of older versions
    except OSError as exc:
        log.debug("privacy prefilter not cached (%s)", exc)


def _load(path: Path, patterns: int) -> Prefilter | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        index = {str(k): tuple((str(lit), int(i)) for lit, i in v) for k, v in data["index"].items()}
        always = frozenset(int(i) for i in data["always"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("privacy prefilter cache %s unreadable (%s); rebuilding it", path, exc)
        return None
    if any(not 0 <= i < patterns for i in always) or any(
        not 0 <= i < patterns for entries in index.values() for _, i in entries
    ):
        log.warning("privacy prefilter cache %s does not fit the cues; rebuilding it", path)
        return None
    return Prefilter(index, always)
