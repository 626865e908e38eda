"""Risk classes the 47th blind set showed the engine missing or misreading, each tried on wordings of our own with hard
negatives: sarcasm after a failure of ours told through our remedy in scare quotes at the head of a sentence ("The
'patch' ...") or a parodied customer review ("Ten out of ten, would buy again."); a chase that escalates, a bare
reminder followed by replies that count the requests, doubt we can deliver and say everything had to be chased;
rivals struck from the shortlist several at once ("removed Quorvia and Lumora from our shortlist"); and signature
pulled earlier, a bound the deal must beat ("before the April conference") being no date of signing."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from agents.insights.tone_grievance import reactions
from agents.insights.tone_sarcasm import SCARE_QUOTES
from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
latest = THREAD.latest
WARM = "Imke, the pilot was a joy - my planners had their first routes out before lunch. Thank you!"


def _three(second: str, third: str, first: str = WARM) -> list[str]:
    """Three replies of theirs, with ours between."""
    msgs = [
        THREAD.msg("2017-05-20T10:00", first),
        THREAD.msg("2017-05-21T09:00", "Great to hear. I'll get the order form ready.", "outbound"),
        THREAD.msg("2017-06-05T10:00", second),
        THREAD.msg("2017-06-06T09:00", "Sorry about that, I've raised it with our engineers.", "outbound"),
        THREAD.msg("2017-06-16T11:00", third),
    ]
    return THREAD.codes(msgs)


# --- sarcasm: our remedy in scare quotes heading the sentence, and a parodied review ---------------------------------


def test_our_remedy_in_scare_quotes_counts_at_the_head_of_a_sentence() -> None:
    for text in ("The 'hotfix' from Friday broke the login page.", "This 'upgrade' deleted our route templates.",
                 "That 'workaround' cost us the morning."):  # fmt: skip
        assert SCARE_QUOTES.search(text), text


def test_a_label_in_quotes_is_no_scare_quote_wherever_it_sits() -> None:
    for text in ("The 'Summary' tab is empty.", "Your 'Export' button moved to the left.",
                 "The 'current' figures are in the sheet."):  # fmt: skip
        assert not SCARE_QUOTES.search(text), text


def test_a_parodied_review_after_a_failure_is_sarcasm() -> None:
    for text in ("The 'patch' you sent on Monday wiped every depot code we had. Ten out of ten, would buy again.",
                 "Sync failed again overnight and dropped half our contacts. 5 stars, would highly recommend.",
                 "The import is still broken after your fix. A+ service."):  # fmt: skip
        tone = message_tone(text)
        assert tone.sarcastic and tone.score <= -0.3, text
    assert "sentiment_drop" in _three(
        "The route import failed twice and we lost a day of deliveries. Not ideal.",
        "The 'update' you pushed last night deleted every saved route. Ten out of ten, would recommend.",
    )


def test_a_sincere_review_stays_praise() -> None:
    for text in ("The rollout went smoothly and the drivers picked it up in a day. Would highly recommend.",
                 "Five stars from our planners for the onboarding sessions.",
                 "The import failed at first, but support fixed it within the hour. Would recommend."):  # fmt: skip
        tone = message_tone(text)
        assert not tone.sarcastic and tone.score >= 0, text
    assert "sentiment_drop" not in _three(
        "Quick one: the import skipped a column, could you check?",
        "Fixed and working now. Five stars, would recommend!",
    )


# --- a chase that escalates ------------------------------------------------------------------------------------------


def test_the_chase_counted_doubted_and_made_a_habit_are_grievances() -> None:
    assert "reproach" in reactions("That's the fourth reminder I've sent about the API keys.", failure_context=False)
    assert "reproach" in reactions("We have now requested the keys three times.", failure_context=False)
    assert "distrust" in reactions("Our CFO is beginning to wonder if you can deliver at all.", failure_context=False)
    assert "distrust" in reactions("Ops are asking whether you can really handle our volumes.", failure_context=False)
    assert "neglect" in reactions("We've had to chase your team for every single answer.", failure_context=False)


def test_ordinary_counts_questions_and_their_own_chasing_are_no_grievance() -> None:
    for text in ("This is the second time we've used a tool like this and it's the easiest yet.",
                 "This is the third time I've recommended you to a colleague.",
                 "Finance is asking whether you can invoice in euros.", "Legal are asking if you can send the DPA.",
                 "We've had to chase our own legal team for everything this quarter."):  # fmt: skip
        assert not reactions(text, failure_context=False) - {"sarcasm"}, text


def test_a_bare_reminder_then_two_grievances_is_a_drop() -> None:
    codes = _three(
        "That's the second reminder I've sent about the driver app logins, and frankly it's getting really annoying."
        " Ops are starting to ask whether you can actually support a fleet our size.",
        "Very disappointed. We've had to chase your team for every answer.",
        first="Still no driver app logins. The depot is asking.",
    )
    assert "sentiment_drop" in codes


def test_a_chase_that_ends_in_thanks_or_one_plain_reminder_is_no_drop() -> None:
    assert "sentiment_drop" not in _three(
        "That's the third time I've asked for the logins.",
        "Logins arrived and everyone is in - thanks, much appreciated!",
        first="Still no driver app logins. The depot is asking.",
    )
    assert "sentiment_drop" not in _three(
        "Any update on the logins? The depot would like to start on Monday.",
        "Got them, thank you. We'll start Monday as planned.",
        first="Still no driver app logins. The depot is asking.",
    )


# --- rivals struck from the shortlist together -----------------------------------------------------------------------


def test_rivals_removed_from_the_list_together_are_out() -> None:
    for text in ("Quick update: we've removed Quorvia and Lumora from our shortlist. You're the last one standing.",
                 "We struck Tellurix, NorthPeak and Stackline off the list after the demos.",
                 "Procurement has taken Brightwave and Kestrel CRM off the shortlist."):  # fmt: skip
        assert "competitor_mentioned" not in latest(text), text


def test_rivals_added_kept_or_cutting_prices_stay_in() -> None:
    for text in ("We've added Quorvia and Lumora to the shortlist and will compare all three.",
                 "We removed Lumora from the shortlist, but Quorvia is still in the running.",
                 "We've cut the shortlist down to Quorvia and you."):  # fmt: skip
        assert "competitor_mentioned" in latest(text), text


# --- signature pulled earlier, with a bound for something else -------------------------------------------------------


def test_signature_pulled_in_ahead_of_a_later_event_is_no_slip() -> None:
    for text in ("We need it running ahead of the July conference, so could we sign on 23 June rather than at the"
                 " end of the month?",
                 "To be ready before the July freeze, can we move signature to 22 June instead of the 30th?",
                 "They want it live in time for the August rollout, so let's sign by 26 June instead."):  # fmt: skip
        assert "timeline_slip" not in latest(text), text


def test_a_bound_refused_or_a_later_date_named_is_still_a_slip() -> None:
    for text in ("We can't sign before August now, so the end of June is off.",
                 "Signature moves to 20 July instead of the end of June, before the September kickoff.",
                 "Signing has to wait until after the August board, before the September kickoff."):  # fmt: skip
        assert "timeline_slip" in latest(text), text
