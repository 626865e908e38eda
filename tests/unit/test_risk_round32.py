"""Risk classes the 32nd blind set showed the engine missing, each tried on wordings of our own with hard negatives:
a chore spared "again" is relief, not a failure repeated ("he never has to read my spreadsheets again"); a session of
ours put off minutes before it started, greeted with sarcasm ("I suppose that counts as progress", "if anyone on your
side plans to turn up"); our price judged at length after the figure or the terms ("550 a head for what our engineers
will use ... feels steep", "that's a hard sell"), or a lower figure named as the condition of signing; and someone new
looking after the decision from now on."""

from __future__ import annotations

from agents.insights import cues_pricing as prices
from agents.insights.cues_pricing_verdicts import PRICE_VERDICTS
from agents.insights.sentiment import message_tone
from agents.insights.signals import cue_weight
from agents.insights.signals_people import _change_weight
from agents.insights.tone_failure import failed
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN
latest = THREAD.latest


# --- "again" for a chore spared -------------------------------------------------------------------------------------


def test_a_chore_spared_again_is_no_failure() -> None:
    for text in ("Send it over. Our GM won't say no to never having to rebuild the rota by hand again.",
                 "Great, so nobody has to retype the job sheets ever again.",
                 "Perfect, that means I don't have to chase the depots for numbers again."):  # fmt: skip
        assert not failed(text) and latest(text) == [], text


def test_a_failure_repeated_still_reads_as_one() -> None:
    for text in ("The sync broke again and we had to re-enter everything.",
                 "Nobody from your side joined the call again."):  # fmt: skip
        assert failed(text) and message_tone(text).score < 0, text


# --- a session of ours put off at the last minute, with sarcasm ------------------------------------------------------


def test_a_session_put_off_minutes_before_with_sarcasm_is_a_drop() -> None:
    texts = (
        "Lovely, another one. Your consultant 'postponed' this morning's workshop ten minutes before it was due. "
        "I suppose that counts as progress.",
        "Your engineer called off the install half an hour before the start. Do tell me if anyone from your team "
        "plans to show up on Friday.",
    )
    for text in texts:
        assert latest(text) == ["sentiment_drop"], text


def test_their_own_reschedule_or_a_sincere_counts_as_progress_stays_quiet() -> None:
    for text in ("We rescheduled our board meeting at the last minute, so can we move the call to Thursday?",
                 "Legal signed off the DPA yesterday, which counts as progress. Order form next week.",
                 "If anyone on your side wants to join our kick-off on the 3rd, you're very welcome."):  # fmt: skip
        assert latest(text) == [], text


# --- our price judged at length, or a lower figure named as the price of a signature ---------------------------------


def _pricing(sentence: str) -> float:
    return cue_weight(sentence, (*prices.PRICING, *PRICE_VERDICTS))


def test_the_price_judged_after_what_it_buys_is_an_objection() -> None:
    for text in ("Honestly, 480 a seat for what the drivers will really touch, which is the route list and the "
                 "photo upload, seems a bit steep.",
                 "The two-year minimum, and paying the full year up front, that's a tough sell with our CFO.",
                 "If it came down to nearer 300 a user we'd sign this month.",
                 "At around 6k a year I could get it signed tomorrow."):  # fmt: skip
        assert _pricing(text) >= 0.8, text


def test_a_fair_price_or_a_past_figure_is_no_objection() -> None:
    for text in ("The price for what we get is not steep at all.",
                 "The 12-month term is fine, and 400 a seat seems fair.",
                 "If it were 400 a seat we'd have signed last year, and now we're signing at 450 anyway.",
                 "The climb to the depot on the hill is steep, bring good shoes."):  # fmt: skip
        assert _pricing(text) == 0.0, text


def test_a_pricing_objection_inside_a_call_transcript_is_flagged() -> None:
    text = ("Lucia: Tomas, about the quote. To be blunt, 520 a head for what my team will actually open, which is "
            "the calendar and the notes, feels steep.\nTomas: Understood, let me see what's possible.")  # fmt: skip
    opening = [THREAD.msg(*THREAD.asked), THREAD.msg(*THREAD.answered, "outbound")]
    call = THREAD.msg(THREAD.latest_at, text, kind="call_transcript")
    assert "pricing_objection" in THREAD.codes([*opening, call])


# --- someone new looking after the decision -------------------------------------------------------------------------


def test_someone_new_looking_after_the_decision_is_a_change() -> None:
    for text in ("From next month Priya Nair, our new operations director, will be handling the purchase.",
                 "Going forward, Marek, who's just joined as Head of IT, will be looking after the vendor selection.",
                 "Anton will now be responsible for the buying decision."):  # fmt: skip
        assert _change_weight(text, set()) >= 0.8, text


def test_the_writer_cover_or_other_work_is_no_change() -> None:
    for text in ("I'll be handling the purchase myself, as planned.",
                 "Dmitri will be looking after the evaluation while I'm on leave next week.",
                 "Sara will run the rollout once we've signed.",
                 "We will be handling the purchase internally."):  # fmt: skip
        assert _change_weight(text, set()) == 0.0, text
