"""Risk class the 28th blind set showed the engine missing, read by structure rather than cue phrase: a signature or
decision refused through a negative subject ("nothing will be signed before ...", "no new contracts get approved
until ..."), judged by its date against the expected close like the other refusals. Every wording here is new, with
the hard negatives beside it."""

from __future__ import annotations

from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # the deal closes 2017-08-31
latest = THREAD.latest


# --- timeline: a refusal carried by its subject ("nothing", "no contracts", "nobody") before a later date -----------


def test_a_negative_subject_refusing_signature_past_the_close_is_a_slip() -> None:
    for text in ("Our new finance director says nothing gets approved before the middle of October.",
                 "With the restructure, no new agreements will be signed until November.",
                 "None of the pending purchases will be committed before Q4, I'm told.",
                 "Nobody on the board is going to sign off anything until the new year."):  # fmt: skip
        assert "timeline_slip" in latest(text), text


def test_a_negative_subject_inside_the_window_or_about_something_else_stays_quiet() -> None:
    for text in ("Nothing will be approved before mid-August, which still fits your quarter-end.",
                 "Nothing will change for your users before October; the rollout plan stands.",
                 "No contracts were signed before the audit last year, so that's all clean."):  # fmt: skip
        assert "timeline_slip" not in latest(text), text
