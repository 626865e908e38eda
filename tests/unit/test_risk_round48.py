"""Risk classes the 48th blind set showed the engine missing, each tried on wordings of our own with hard negatives: a
pause whose restart is named only as what nobody can date ("I genuinely can't give you a date for restarting") is
still a pause, where the restart word used to read as the deal back on and clear it; a rival's discount "off the list
price" read as the rival struck off the list; and a refusal to sign "ahead of" or "prior to" a date past the close
(only "before" counted)."""

from __future__ import annotations

from agents.insights.signals_timeline import _resumed
from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20

# --- a restart nobody can date: the pause stands -----------------------------------------------------------------

UNDATED_RESTARTS = (
    "Honestly, nobody here can give me a timeline for resuming the work.",
    "There isn't any kind of target yet for restarting.",
    "I'm unable to offer you a restart date at this stage.",
    "The restart date is still unclear.",
    "Restarting is anyone's guess at this point.",
    "I really can't promise you any schedule for the restart.",
)
# a restart with its date, or a negation that says nothing of its timing: back on, as before
DATED_RESTARTS = (
    "I can now confirm a date for restarting: 26 June.",
    "There's no question in my mind that we restart on Monday.",
    "Nothing stands in the way of restarting now.",
    "The restart date is confirmed for 26 June.",
    "No more waiting, we resume on 22 June.",
)


def test_a_restart_nobody_can_date_is_no_resumption() -> None:
    for text in UNDATED_RESTARTS:
        assert not _resumed(text), text


def test_a_restart_with_its_date_or_an_unrelated_negation_still_resumes() -> None:
    for text in DATED_RESTARTS:
        assert _resumed(text), text


def test_a_pause_followed_by_an_undated_restart_is_a_slip() -> None:
    for pause in ("We've had to put the rollout of your tool on hold.", "Sadly we're shelving the purchase."):
        for restart in UNDATED_RESTARTS:
            text = f"Hi Imke, apologies for the news. {pause} {restart} I'll be in touch when things settle."
            assert "timeline_slip" in THREAD.latest(text), text


def test_a_pause_followed_by_a_restart_on_time_is_no_slip() -> None:
    for restart in DATED_RESTARTS:
        text = f"Hi Imke, short update. We put the purchase on hold for a week over an audit. {restart}"
        assert "timeline_slip" not in THREAD.latest(text), text


def test_an_undated_restart_across_messages_keeps_the_pause() -> None:
    msgs = [
        THREAD.msg(*THREAD.asked),
        THREAD.msg(*THREAD.answered, "outbound"),
        THREAD.msg("2017-06-12T10:00", "Imke, we need to pause the order while finance re-plans the quarter."),
        THREAD.msg("2017-06-13T09:00", "Understood, thanks for letting me know.", "outbound"),
        THREAD.msg("2017-06-16T11:00", "Still no news, sorry. Nobody can give me a date for resuming it."),
    ]
    assert "timeline_slip" in THREAD.codes(msgs)


# --- a rival's discount off the list price is no rival struck off the list ---------------------------------------


def test_a_rival_cutting_the_list_price_is_still_in_play() -> None:
    for text in ("We're also trialling Brightwave; they've taken a fifth off the list rate for us.",
                 "NorthPeak is still being evaluated after shaving 12% off the list price.",
                 "Lumora remain in the running and knocked a third off the list prices last week."):  # fmt: skip
        assert "competitor_mentioned" in THREAD.latest(text), text


def test_a_rival_struck_off_the_list_stays_ruled_out() -> None:
    for text in ("Lumora is off our shortlist.", "We took Quorvia off the list - no SSO.",
                 "We crossed Brightwave off the list, their price was too high anyway."):  # fmt: skip
        assert "competitor_mentioned" not in THREAD.latest(text), text


# --- a refusal to sign bounded by "ahead of" / "prior to" a date past the close ---------------------------------


def test_a_refusal_ahead_of_a_later_date_is_a_slip() -> None:
    for text in ("With the restructuring, nothing gets approved prior to the August review.",
                 "Please don't expect a decision prior to September.",
                 "Legal tell me we won't be able to commit ahead of the September board.",
                 "Given the merger we can't sign ahead of 20 July."):  # fmt: skip
        assert "timeline_slip" in THREAD.latest(text), text


def test_a_refusal_ahead_of_a_date_inside_the_window_is_no_slip() -> None:
    for text in ("We cannot sign prior to 25 June, but the end of the month works.",
                 "I can't see any reason not to sign ahead of the 28th.",
                 "Because of the stock count we can't sign ahead of 22 June."):  # fmt: skip
        assert "timeline_slip" not in THREAD.latest(text), text
