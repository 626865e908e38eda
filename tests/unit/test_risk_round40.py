"""Risk classes the 40th blind set showed the engine missing, each tried on wordings of our own with hard negatives:
signing barred until a time told before the verb ("Until the policy is rewritten, nobody below the COO can sign"),
a tender's award moved past the close, the money that was to pay for this gone or nowhere else to charge it, and a
failure hailed as progress with our team congratulated on it."""

from __future__ import annotations

from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- signing barred until a time told first ---------------------------------------------------------------------------


def test_a_bar_on_signing_told_after_its_until_is_a_slip() -> None:
    assert "timeline_slip" in latest("Until the group policy is rewritten (October, they reckon) nobody below the COO"
                                     " can sign new contracts.")  # fmt: skip
    assert "timeline_slip" in latest("Till the merger closes in September, our CFO won't approve any new tools.")
    assert "timeline_slip" in latest("Before the audit closes in October our finance director won't approve new"
                                     " contracts.")  # fmt: skip


def test_a_bar_waiting_on_us_lifted_in_time_or_a_permission_stays_quiet() -> None:
    assert "timeline_slip" not in latest("Until you send the signed DPA, nobody here can sign anything.")
    assert "timeline_slip" not in latest("Until 25 June nobody can sign, but we'll sign on the 26th.")
    assert "timeline_slip" not in latest("Until September we can sign anything up to 10k without the board.")


# --- a tender's award moved past the close --------------------------------------------------------------------------


def test_the_award_moved_past_the_close_is_a_slip() -> None:
    assert "timeline_slip" in latest("The award has been pushed to mid-August, sadly.")
    assert "timeline_slip" in latest("Award is delayed by six weeks, to mid-August.")


def test_a_prize_or_an_award_kept_in_time_stays_quiet() -> None:
    assert "timeline_slip" not in latest("The awards dinner has been pushed to August.")
    assert "timeline_slip" not in latest("We won an award for our app; the trophy delivery was pushed to August.")
    assert "timeline_slip" not in latest("The award is still on for 28 June.")


# --- the money that was to pay for this gone, or nowhere else to charge it -----------------------------------------


def test_the_payer_gone_or_nowhere_to_charge_it_is_a_budget_concern() -> None:
    assert "budget_concern" in latest("The settlement that was going to pay for your licences has been slashed.")
    assert "budget_concern" in latest("The innovation grant which would have covered your licences has been"
                                      " withdrawn.")  # fmt: skip
    assert "budget_concern" in latest("There's nowhere else we can charge it this year, I'm afraid.")
    assert "budget_concern" in latest("No other cost centre I could book it against, the IT one is closed.")


def test_the_old_tools_line_a_room_or_another_line_named_stay_quiet() -> None:
    assert "budget_concern" not in latest("The old line that was paying for the legacy tool is gone, which frees up"
                                          " money for yours.")  # fmt: skip
    assert "budget_concern" not in latest("There's nowhere else we can put it, the server room is full.")
    assert "budget_concern" not in latest("There is nothing else I can charge it to but the IT budget, which has"
                                          " plenty of room.")  # fmt: skip
    assert "budget_concern" not in latest("The funding that was paying for this is still there, don't worry.")


# --- a failure hailed as progress, our team congratulated on it -----------------------------------------------------


def _after_a_fix(reply: str) -> list[str]:
    return codes([
        msg("2017-06-01T10:00", "Hi Imke, thanks so much for the lovely demo, the team is keen!"),
        msg("2017-06-02T09:00", "Trial workspace is live.", "outbound"),
        msg("2017-06-08T09:00", "Imke, the import is not working for two of our users. Can you check?"),
        msg("2017-06-09T09:00", "Sorry, fixed now.", "outbound"),
        msg("2017-06-16T11:00", reply),
    ])  # fmt: skip


def test_a_failure_hailed_as_progress_is_a_tone_drop() -> None:
    assert "sentiment_drop" in _after_a_fix("Ok, the fix is in. Now nobody can log in at all. Stellar progress, hats"
                                            " off to your developers.")  # fmt: skip
    assert "sentiment_drop" in _after_a_fix("The import crashed again overnight. Great improvement, my compliments"
                                            " to your engineers.")  # fmt: skip
    assert "sentiment_drop" in _after_a_fix("Got it. Now every report is blank and the export is broken. Real"
                                            " progress, kudos to the team.")  # fmt: skip


def test_progress_praised_once_fixed_or_congratulations_for_something_stay_warm() -> None:
    assert "sentiment_drop" not in _after_a_fix("Everything works now, the dashboards are live. Fantastic progress,"
                                                " congratulations to your team!")  # fmt: skip
    assert "sentiment_drop" not in _after_a_fix("The import works again. Stellar progress, hats off to your"
                                                " developers.")  # fmt: skip
    assert "sentiment_drop" not in _after_a_fix("The import crashed again overnight, please look. Congratulations to"
                                                " your team on the new release though!")  # fmt: skip
    assert "sentiment_drop" not in _after_a_fix("The import crashed again overnight, please look. Great progress on"
                                                " the mobile app though.")  # fmt: skip
