"""Residency: with ``DATA_REGION`` set, every outside endpoint (the LLM, embeddings) must declare its
region and that region must be allowed, or the app refuses to start. Local models stay on the machine
and always pass."""

from __future__ import annotations

from collections.abc import Mapping

from bot.errors import ConfigurationError


def allowed_regions(data_region: str | None, allowed: str | None) -> set[str]:
    """``ALLOWED_REGIONS`` (comma-separated) or, when unset, ``DATA_REGION`` alone; lower case."""
    given = [r.strip().lower() for r in (allowed or "").split(",") if r.strip()]
    return set(given) or ({data_region.strip().lower()} if data_region else set())


def check_residency(
    *, data_region: str | None, allowed: str | None, endpoints: Mapping[str, tuple[bool, str | None]]
) -> None:
    """Raise :class:`ConfigurationError` for an endpoint outside the allowed regions. ``endpoints`` maps
    the region variable (``LLM_REGION``) to (is an outside endpoint configured, its declared region)."""
    if not data_region:
        return
    regions = allowed_regions(data_region, allowed)
    for variable, (configured, region) in endpoints.items():
        if not configured:
            continue
        if not region:
            raise ConfigurationError(
                f"DATA_REGION={data_region} needs {variable}: say where that endpoint processes data "
                f"(allowed: {', '.join(sorted(regions))})"
            )
        if region.strip().lower() not in regions:
            raise ConfigurationError(
                f"{variable}={region} is outside the allowed regions ({', '.join(sorted(regions))}) for "
                f"DATA_REGION={data_region}; refusing to start. Use an endpoint in an allowed region or change "
                "ALLOWED_REGIONS"
            )
