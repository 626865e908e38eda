"""Everyday sales wording the detector flagged as health, found by probing it with ordinary messages: an arm twisted
to persuade, a hospital-grade product, a blind copy. Each beside the literal sense, which stays flagged."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize("text", [
    "Greta twisted my arm into a second workshop, so book the room for Thursday.",
    "We twisted her arm to take the three-year term.",
    "Rafael sells hospital-grade supplies; he's in hospital-grade disinfectant now, not wipes.",
    "Elena is blind-copied on the thread so she sees the pricing.",
])  # fmt: skip
def test_business_idioms_are_not_health(text: str) -> None:
    assert not detect(text).sensitive, text


@pytest.mark.parametrize("text", [
    "I twisted my arm at the weekend, so typing is slow.",
    "She twisted her arm skiing and is off until Monday.",
    "Omar is in hospital, so the signing waits.",
    "Sanna is blind, so please send the deck as accessible text.",
])  # fmt: skip
def test_the_literal_sense_stays_health(text: str) -> None:
    assert detect(text).categories == ["health"], text
