"""The Adaptive Cards 1.5 JSON schema from the shared protocol folder, as a jsonschema validator."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
from jsonschema import Draft6Validator, ValidationError

from tests.conftest import SHARED_DATA

SCHEMA_PATH = SHARED_DATA / "protocol" / "adaptivecards" / "adaptive-card-1.5.0.schema.json"


@cache
def _validator() -> Draft6Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft6Validator.check_schema(schema)
    return Draft6Validator(schema)


def assert_valid_card(card: dict[str, Any]) -> None:
    """Fail with every schema violation listed if ``card`` is not a valid Adaptive Card 1.5."""
    if not SCHEMA_PATH.is_file():
        pytest.skip(f"Adaptive Cards schema not found at {SCHEMA_PATH}")
    assert card.get("version") == "1.5", card.get("version")
    errors = [leaf for error in _validator().iter_errors(card) for leaf in _leaves(error)]
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message[:200]}" for e in errors)


def _leaves(error: ValidationError) -> list[ValidationError]:
    """The innermost reasons: the root ``anyOf`` otherwise hides them behind one vague message."""
    if not error.context:
        return [error]
    return [leaf for sub in error.context for leaf in _leaves(sub)]
