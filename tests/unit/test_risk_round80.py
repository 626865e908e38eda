"""Round 80 classes: the signature as the subject with "is" contracted ("signature's moving to ..."); no new date
offered for the deal; the writer unable to let the budget out for this deal; and mock praise at a mishap come round
again. Each class has hard negatives."""

from __future__ import annotations

import pytest

from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
latest, msg, codes = THREAD.latest, THREAD.msg, THREAD.codes


# --- the signature as the subject, "is" contracted -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Quick one: the signature's moving to early September, their audit runs long.",
    "FYI the order's now sliding past the end of August, their finance lead says.",
    "Sign-off's shifting to, as far as I know, mid-September.",
])  # fmt: skip
def test_a_contracted_signature_moved_past_close_is_a_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    "The signature's moving to the 26th, a few days earlier than we said.",
    "The contract's moving to our legal team's shared drive today.",
])  # fmt: skip
def test_a_contracted_move_inside_the_window_or_of_a_file_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


# --- no new date offered for the deal --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "With the merger talks reopening, I can't commit to a new date for you.",
    "Honestly we can't give you a revised timeline at this point.",
    "I'm not able to name a new target date while legal sits on it. Sorry.",
])  # fmt: skip
def test_no_new_date_for_the_deal_is_a_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    "I can't give you a new date for the training session yet, but signing stays on the 28th.",
    "We don't need a new date at all: the order goes in on the 27th as planned.",
])  # fmt: skip
def test_a_meeting_without_a_date_or_no_need_for_one_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


# --- the writer unable to let the budget out -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "After the audit findings I can't release the budget for the seats.",
    "Procurement tells me they are unable to free up any funds for this quarter's tools.",
    "We won't be able to unlock the project money for your licences.",
])  # fmt: skip
def test_budget_that_cannot_be_released_is_a_concern(text: str) -> None:
    assert "budget_concern" in latest(text), text


@pytest.mark.parametrize("text", [
    "I can't release the funds until your signed W-9 is on file, so please send it over.",
    "Good news: I can release the budget for the seats on Monday.",
])  # fmt: skip
def test_budget_held_for_our_paper_or_released_is_no_concern(text: str) -> None:
    assert "budget_concern" not in latest(text), text


# --- mock praise at a mishap come round again ------------------------------------------------------------------------

_WARM = ("2017-06-05T10:00", "Imke, you're a star, the team can't wait to start!")
_FLAT = ("2017-06-09T10:00", "Received the contract draft. Will read it over the weekend.")


def _after(text: str) -> list[str]:
    opening = [msg(*THREAD.asked), msg(*THREAD.answered, "outbound")]
    return codes([*opening, msg(*_WARM), msg(*_FLAT), msg(THREAD.latest_at, text)])


@pytest.mark.parametrize("text", [
    "Noted. Wonderful, yet another invoice mix-up is just what finance wanted on a Friday.",
    "Perfect, another sync hiccup is exactly what my manager needed this month.",
    "Fine. Brilliant, one more login glitch is precisely what our team hoped for.",
])  # fmt: skip
def test_mock_praise_at_a_repeated_mishap_is_a_sentiment_drop(text: str) -> None:
    assert "sentiment_drop" in _after(text), text


@pytest.mark.parametrize("text", [
    "Great, another pleasant surprise: the new dashboard is exactly what we needed! Thanks so much.",
    "Great news, one more glitch gone: the export runs fine now, thanks a million!",
])  # fmt: skip
def test_praise_for_a_good_surprise_or_a_fix_is_no_drop(text: str) -> None:
    assert "sentiment_drop" not in _after(text), text
