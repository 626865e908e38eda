"""Risk classes a blind set showed the engine missing: sarcasm that wishes the failure true ("Exactly what I was
hoping for") or praises it with a tag ("Great job, really."); a newcomer who joined "this week as the new Chief
Executive", replacing a named person, with the decision "on new contracts" now sitting with them; and a price
that is "more than we'd pay for what we'd use", "a bit rich for us", with an all-in figure named to sign at.
Every thread here is new wording, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- sentiment: the failure as the wish come true, praise with a tag --------------------------------------------


def test_the_failure_as_a_wish_come_true_is_sarcasm() -> None:
    for text in ("Just what we'd asked for. The upgrade broke the export again.",
                 "The import deleted every contact we had. Precisely what I was looking for in a CRM.",
                 "The update wiped our pipeline. Exactly what we signed up for.",
                 "Great job, really. The sync lost a week of call notes.",
                 "Nice work, honestly. The migration dropped all our custom fields."):  # fmt: skip
        assert message_tone(text).sarcastic, text


def test_sincere_wishes_come_true_stay_praise() -> None:
    for text in ("The demo was exactly what I was hoping for. Great job, really.",
                 "Great job, really. Thanks for the quick setup.",
                 "Just what we asked for, thank you, the export works perfectly now."):  # fmt: skip
        tone = message_tone(text)
        assert not tone.sarcastic and tone.score > 0, text


def test_sarcasm_after_a_mild_complaint_is_a_sentiment_drop() -> None:
    thread = [
        msg("2017-06-01T10:00", "Tomas, brilliant session. The team is keen to start the pilot."),
        msg("2017-06-02T09:00", "Thanks Lucia, pilot workspace is ready.", "outbound"),
        msg("2017-06-08T10:00", "Pilot is up. The mail sync seems a little patchy, could someone look?"),
        msg("2017-06-09T09:00", "Of course, support will patch it this week.", "outbound"),
        msg("2017-06-16T11:00", "Oh, lovely. The patch deleted half our contacts. Just what we were after. Nice work."),
    ]
    assert codes(thread) == ["sentiment_drop"]


# --- stakeholder: a newcomer who now decides ----------------------------------------------------------------------


def test_a_newcomer_at_the_top_who_now_decides_is_a_change() -> None:
    for text in ("I joined Halvorsen last week as the new Chief Executive. I'd like a call before anything is signed.",
                 "Hello Tomas, I started at Halvorsen on Monday as Managing Director and will review the proposal.",
                 "I'm the new Finance Director, replacing Ms Okafor. Please send me the proposal.",
                 "The decision on new tooling now sits with me rather than with Lucia.",
                 "Decisions about software spend now rest with our new COO."):  # fmt: skip
        assert latest(text) == ["stakeholder_change"], text


def test_a_replacement_of_things_or_a_decision_still_with_the_champion_is_no_change() -> None:
    for text in ("We're replacing our spreadsheets with GTX Pro, can't wait.",
                 "Replacing her laptop took all week, sorry for the slow reply.",
                 "I joined Halvorsen last year as head of sales, so I know the team well. Quote looks great.",
                 "The decision on the seats still sits with me, as it always has.",
                 "The decision on the rollout date moves to the end of the month."):  # fmt: skip
        assert "stakeholder_change" not in latest(text), text


# --- pricing: more than they'd pay for their use, with a figure to sign at ---------------------------------------


def test_more_than_they_would_pay_or_rich_for_them_is_a_pricing_objection() -> None:
    for text in ("Honestly, that's more than we would pay for a tool we'd use twice a week.",
                 "We like it, but it's a little rich for a shop our size.",
                 "The product is good. If you can do it for 1,500 all in, we'll sign this week.",
                 "Love the product, just too rich for us at the moment.",
                 "Can you get the seats down to $2,400 in total? Then we'll go ahead."):  # fmt: skip
        assert latest(text) == ["pricing_objection"], text


def test_prices_that_are_fine_or_numbers_that_are_not_prices_stay_quiet() -> None:
    for text in ("It's no more than we'd pay for any other CRM, so that's fine.",
                 "Could you do it for Friday? We'd sign then.",
                 "Our founder is rich in ideas, we'll be in touch about the kick-off."):  # fmt: skip
        assert "pricing_objection" not in latest(text), text
