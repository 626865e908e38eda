"""Risk classes the 24th and 25th blind sets showed the engine missing, read by structure rather than cue phrase: a
rival struck off with its name or pronoun between verb and particle, or the verdict for us given as a plain
statement; a departure beside the writer's word that the decision always was theirs; a why-question over paying
more, whatever negates the asking, and our price asked to move towards the rival's; and a reaction (the cost to
them, an explanation demanded) to a failure of ours that an earlier message reported and nothing since put right.
Every wording here is new, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # the deal closes 2017-08-31
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- competitor: a rival struck off in any words, or the verdict for us said plainly -------------------------------


def test_a_rival_struck_off_with_it_in_between_is_ruled_out() -> None:
    for text in ("We did trial Lumora in April, but we've struck them off: no offline mode at all. Order form please.",
                 "Tellurix came in for a demo as well; we wrote them off after the first hour.",
                 "We also spoke to Quorvia and have since ditched them, their support desk never answered.",
                 "Brightwave were in the frame too. We've counted them out now, since they won't do a UK hosting."
                 ):  # fmt: skip
        assert latest(text) == [], text


def test_the_verdict_for_us_said_plainly_rules_the_rivals_out() -> None:
    for text in ("We compared you with Stackline for a fortnight. So it'll be you. Can you send the order form?",
                 "We looked at NorthPeak as well. The contract is yours, send it over when ready."):  # fmt: skip
        assert latest(text) == [], text


def test_a_rival_still_weighed_or_cutting_its_price_still_counts() -> None:
    for text in ("We also had a look at Lumora and they knocked 15% off their quote, so we're comparing the two.",
                 "Tellurix are demoing to us on Thursday, so we haven't crossed them off yet.",
                 "If it's you, it will be because you beat Quorvia's quote, which we're still weighing."):  # fmt: skip
        assert "competitor_mentioned" in latest(text), text


# --- stakeholder: someone leaves, and the writer says the decision always was theirs -------------------------------


def test_a_departure_beside_the_decision_always_being_the_writers_is_no_change() -> None:
    for text in ("Our coordinator Jonas is leaving in July; his replacement starts in August. The sign-off has always"
                 " been mine, so nothing changes for the order.",
                 "Quick note: Priya, who joined the demo, has resigned. The final say was always with me anyway.",
                 "Mateo is moving to another team and his successor will use the seats. The decision will still be"
                 " mine."):  # fmt: skip
        assert latest(text) == [], text


def test_a_departure_of_the_one_who_decides_still_counts() -> None:
    for text in ("Our director Jonas is leaving in July; his replacement will make the call on this.",
                 "Priya has resigned. The decision was always hers, so her successor will now decide."):  # fmt: skip
        assert latest(text) == ["stakeholder_change"], text


# --- pricing: a why-question over paying more, and our price asked towards the rival's -----------------------------


def test_a_why_question_or_a_move_towards_their_number_is_an_objection() -> None:
    for text in ("Our CFO doesn't understand why we would pay nearly 40% more for the same seats.",
                 "I honestly can't see why we should pay so much more than last year.",
                 "Unless you can move a good deal closer to their price, I can't take this upstairs.",
                 "If you could come down some way towards the other quote, we'd sign this month."):  # fmt: skip
        assert "pricing_objection" in latest(text), text


def test_price_talk_that_is_no_objection_stays_quiet() -> None:
    for text in ("We can't see why we'd need more than five seats for now.",
                 "Your price came in well under their quote, so that part was easy.",
                 "I'd walk you towards their office, it's a short way from the station."):  # fmt: skip
        assert "pricing_objection" not in latest(text), text


# --- sentiment: a reaction to a failure of ours reported in an earlier message --------------------------------------

FAILURE = "Tomas, the import ran, but every contact now shows up twice. IT are looking at it with your engineer."
OUR_REPLY = "Sorry about that, Lucia. We'll re-run the import on Monday with the duplicates removed."


def _after_failure(text: str, before: str = FAILURE) -> list[str]:
    thread = [msg("2017-06-01T10:00", "Tomas, the team loved the walkthrough. Please send the quote, we're keen!"),
              msg("2017-06-02T09:00", "Quote for five seats attached.", "outbound"),
              msg("2017-06-08T10:00", before),
              msg("2017-06-09T09:00", OUR_REPLY, "outbound"),
              msg("2017-06-16T11:00", text)]  # fmt: skip
    return codes(thread)


def test_a_reaction_to_an_earlier_failure_of_ours_is_a_drop() -> None:
    for text in ("Well, the re-run happened. Our sales assistants spent Tuesday merging contacts by hand and calling"
                 " the ones we'd emailed twice.",
                 "I'll want a proper explanation before I put this in front of the board.",
                 "We are owed a full explanation, frankly. My reps spent the whole afternoon on the phone calming"
                 " customers."):  # fmt: skip
        assert _after_failure(text) == ["sentiment_drop"], text


def test_the_same_words_with_no_open_failure_stay_quiet() -> None:
    fixed = ("The re-run went through cleanly and the duplicates are gone. The team spent Tuesday morning calling"
             " customers with the good news.")  # fmt: skip
    assert _after_failure(fixed) == []
    calm = "Thanks Tomas. The team spent Monday morning setting up their profiles and they're happy."
    assert _after_failure(calm, before="Tomas, the import ran fine, the team are testing it this week.") == []
    asked = "Could you send a good explanation of how the merge rules work? We'd like it before the rollout."
    assert _after_failure(asked, before="Tomas, the import ran fine, the team are testing it this week.") == []


def test_a_demanded_explanation_sours_one_message_only_with_a_second_reaction() -> None:
    assert message_tone("I expect a full explanation before this goes any further.").score > -0.3
    assert message_tone("We need a full explanation of the licence tiers, please.").grievance == ()
