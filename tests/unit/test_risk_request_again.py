""" "Again" in a request to do a thing once more is no failure: "could you send the quote again?" after two warm
messages was read as a failure of ours and flagged the deal's tone as dropping. Found by probing the engine with
everyday requests; a thing that broke again still counts."""

from __future__ import annotations

import pytest

from tests.unit.risk_threads import HALVORSEN as T


def _third(text: str) -> list[str]:
    """Two warm customer messages, our reply between, then ``text``."""
    return T.codes([
        T.msg("2017-06-01T10:00", "Tomas, the team loved the walkthrough. Please send the quote, we're keen!"),
        T.msg("2017-06-02T09:00", "Quote for five seats attached.", "outbound"),
        T.msg("2017-06-08T10:00", "Thanks, great to see it. Looking forward to the next step."),
        T.msg("2017-06-16T11:00", text),
    ])  # fmt: skip


@pytest.mark.parametrize("text", [
    "Could you send the quote again? I can't find it in my inbox.",
    "Can you run the numbers again with twelve seats?",
    "Would you walk our CFO through the pricing again next week?",
    "Thanks, could you share the deck again so I can forward it?",
    "Shall we meet again on Tuesday to go through the rollout?",
])  # fmt: skip
def test_asking_for_a_thing_once_more_is_no_drop(text: str) -> None:
    assert _third(text) == [], text


@pytest.mark.parametrize("text", [
    "The import failed again last night and we lost a day's entries.",
    "It crashed again this morning and the whole team lost their notes. Not good enough.",
    "Can you tell me why the report is empty again? This is getting old.",
])  # fmt: skip
def test_a_thing_gone_wrong_again_still_drops(text: str) -> None:
    assert "sentiment_drop" in _third(text), text
