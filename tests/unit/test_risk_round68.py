"""A rival vendor's name inside a place's name ("our new office is in the Brightwave Tower", "the Stackline Arena",
"meet me on Lumora Street") is the place, not the vendor; the vendor named beside it still counts."""

from __future__ import annotations

import pytest

from agents.insights.signals_rivals import only_a_place
from tests.unit.risk_threads import HARROWFIELD

latest = HARROWFIELD.latest  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20


@pytest.mark.parametrize("text", [
    "Imke, signing on 3 July. Also, our new office is in the Brightwave Tower, 5th floor, so use the east entrance.",
    "Imke, all set for the 3rd. Also, we moved to Tellurix Road, unit 4, so use that on the delivery note.",
    "Imke, contract signed. Also, the kickoff is at the Stackline Arena conference suite, gate B.",
])  # fmt: skip
def test_a_rival_in_a_place_name_is_no_rival(text: str) -> None:
    assert "competitor_mentioned" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, Brightwave quoted us 20% less, and their office is in the Brightwave Tower down the road.",
    "Imke, we're also seeing a Stackline demo next week at the Stackline Arena conference centre.",
])  # fmt: skip
def test_the_vendor_beside_its_building_still_counts(text: str) -> None:
    assert "competitor_mentioned" in latest(text), text


def test_only_a_place_reads_every_mention() -> None:
    assert only_a_place("our office is in the Brightwave Tower", "Brightwave")
    assert not only_a_place("Brightwave is in the Brightwave Tower", "Brightwave")
    assert not only_a_place("Brightwave quoted 20% less", "Brightwave")
