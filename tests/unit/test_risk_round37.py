"""Risk classes the 37th blind set showed the engine missing, each tried on wordings of our own with hard negatives:
a pasted form whose risk fields are answered no, a rival's trial stopped by the customer, reallocated money that
landed with the buyer, the money set aside for us cut, gone or steered elsewhere by someone's decision, another
company's story of years ago, a colleague's word on our own budget in a note, "they" for the rival named a few
lines up, the signature date in the passive, the decision inherited with a role, a bare "Thanks." heading a cold
deferral, and a feeling about us said inside a price objection."""

from __future__ import annotations

from agents.insights.form_answers import denied_field
from tests.unit.risk_threads import HALVORSEN, HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


def _opening() -> list:
    return [msg(*THREAD.asked), msg(*THREAD.answered, "outbound")]


# --- a pasted form: risk fields answered no ------------------------------------------------------------------------


def test_form_fields_answered_no_are_no_evidence() -> None:
    sheet = ("Tobias here. Our sourcing sheet, for your file:\nAlternative suppliers quoted: none\n"
             "Discount sought: not requested\nSponsor change anticipated: no\nSchedule risk: low")  # fmt: skip
    assert latest(sheet) == []
    record = (
        "Copy of the approval record below.\nOther vendors assessed: nil (sole source)\nNew decision maker expected: no"
    )
    assert latest(record) == []


def test_form_fields_with_content_or_a_missing_resource_stay() -> None:
    assert "competitor_mentioned" in latest("Our sourcing sheet, for your file:\nAlternative suppliers quoted: "
                                            "Stackline and Lumora, both quoting this week")  # fmt: skip
    assert not denied_field("Budget available: none")
    assert not denied_field("Funding remaining: nil")
    assert denied_field("Competitor involvement: none - single source")


# --- a rival's trial stopped by the customer -----------------------------------------------------------------------


def test_a_rival_trial_the_customer_stopped_rules_it_out() -> None:
    assert latest("Update on Stackline: we scrapped their trial after a week, it was a mess.") == []
    assert latest("Good news on Lumora: we've pulled the plug on the pilot. Send the contract.") == []


def test_a_rival_trial_still_running_stays() -> None:
    assert "competitor_mentioned" in latest("We're still running the Stackline trial alongside yours.")
    assert "competitor_mentioned" in latest("Lumora's pilot starts Monday; we decide after.")


# --- reallocated money that landed with the buyer ------------------------------------------------------------------


def test_reallocated_money_that_reached_the_buyer_is_good_news() -> None:
    assert (
        latest("Head office reallocated some events money and a chunk of it came my way, so make it six seats.") == []
    )
    assert (
        latest("Finance redirected the unspent travel budget and part of it ended up in my pot. Six seats then!") == []
    )


def test_reallocated_money_that_left_stays_a_budget_concern() -> None:
    assert "budget_concern" in latest("Finance reallocated the events budget to the new warehouse, so nothing left.")
    assert "budget_concern" in latest("Our budget was redirected to the plant refit last week.")


# --- the money set aside for us cut, gone or steered elsewhere ------------------------------------------------------


def test_money_set_aside_cut_gone_or_steered_elsewhere() -> None:
    assert "budget_concern" in latest("The new COO's first move was to axe this year's tools budget.")
    assert "budget_concern" in latest("The 9k I had put aside for your licences has simply vanished.")
    assert "budget_concern" in latest("Our finance people 'rebalanced', as they put it, which leaves the money I had "
                                      "reserved for this at zero.")  # fmt: skip
    assert "budget_concern" in latest("Finance redirected all discretionary spend to the factory refit.")


def test_money_plans_that_take_nothing_from_us_stay_healthy() -> None:
    assert latest("His first act was to sign off this year's tools budget, so we're clear.") == []
    assert latest("The 9k I had put aside for your licences is ready, send the order form.") == []


# --- another company's story of years ago -------------------------------------------------------------------------


def test_another_companys_past_is_context() -> None:
    assert latest("A partner company of ours bought Quorvia back in 2014 and their budget was cut within a year. "
                  "Please include a rollout plan.") == []  # fmt: skip
    assert latest("At my previous employer the sponsor left years ago and the project was shelved. Not here though: "
                  "we sign on the 28th.") == []  # fmt: skip


def test_another_companys_news_now_or_our_own_past_stays() -> None:
    assert "budget_concern" in latest("Our sister company has just frozen all spending, and we share their budget.")
    assert "budget_concern" in latest("Our budget was cut last week, I'm afraid.")


# --- a colleague's word on our own budget in a note ---------------------------------------------------------------


def _noted(text: str) -> list[str]:
    note = msg("2017-06-10T17:00", text, "internal", "meeting_note")
    return codes([*_opening(), note, msg(THREAD.latest_at, "All good here, PO on its way.")])


def test_a_colleague_on_our_own_budget_is_not_theirs() -> None:
    assert _noted("Priya says our marketing budget is frozen until January, so no event tickets for them.") == []
    assert _noted("Internal: Joao mentioned our travel money is cut this quarter; I'll do the kickoff by video.") == []


def test_their_words_quoted_in_a_note_stay_theirs() -> None:
    assert "budget_concern" in _noted('Call with Tobias. His words: "our budget is frozen until January."')
    assert "budget_concern" in _noted("Tobias says their budget has been frozen until January.")


# --- "they" for the rival named a few lines up --------------------------------------------------------------------


def test_they_refers_to_the_rival_named_lines_before() -> None:
    assert "competitor_mentioned" in latest("Lumora rang our CEO yesterday. Honestly. He liked them, so they're "
                                            "running a two-week trial with our ops team.")  # fmt: skip
    assert "competitor_mentioned" in latest("Kestrel CRM sent a team over. Long story. Their demo for the board is "
                                            "on Thursday.")  # fmt: skip


def test_they_for_a_rival_ruled_out_stays_out() -> None:
    assert latest("Lumora rang our CEO yesterday. Honestly. We've told them no, they're out.") == []
    assert latest("Lumora rang our CEO yesterday. Honestly. We're not going with them, ever.") == []


# --- the signature date in the passive ----------------------------------------------------------------------------


def test_a_later_signature_said_in_the_passive_is_a_slip() -> None:
    assert "timeline_slip" in latest("Great news overall, though it will only be signed in September with the "
                                     "other renewals.")  # fmt: skip
    assert "timeline_slip" in latest("The contract will be signed in August, once the new budget year opens.")


def test_a_passive_signature_on_time_or_past_is_no_slip() -> None:
    assert latest("It'll be signed by the 28th, no problem.") == []
    assert latest("The contract will be signed on the 27th.") == []


# --- the decision inherited with a role ---------------------------------------------------------------------------


def test_the_decision_inherited_with_a_role() -> None:
    assert latest("I'm moving to the Berlin office, so Kasia takes my desk and, with it, this decision.") == [
        "stakeholder_change"]  # fmt: skip
    assert latest("Surprise reshuffle: Marek inherits the purchase from me as of Monday.") == ["stakeholder_change"]


def test_inheriting_a_system_or_a_task_is_no_change() -> None:
    assert latest("We inherited the old CRM from the merger, hence the move to yours.") == []
    assert latest("Kasia picks up the training plan, with it the rota; I still own the decision.") == []


# --- a bare "Thanks." heading a cold deferral ---------------------------------------------------------------------


def _after_two_delays(last: str) -> list[str]:
    """A warm customer, our demo moved twice, a clipped reply, then ``last``."""
    thread = HALVORSEN
    return thread.codes([
        thread.msg(*thread.asked),
        thread.msg("2017-06-02T09:00", "Sorry Lucia, we need to move the demo to Tuesday.", "outbound"),
        thread.msg("2017-06-02T10:00", "No problem at all, Tuesday is fine, these things happen!"),
        thread.msg("2017-06-06T09:00", "Apologies again, could we move it once more, to Friday?", "outbound"),
        thread.msg("2017-06-06T10:00", "Fine. Friday. Again."),
        thread.msg("2017-06-10T09:00", "Recording of Friday's demo attached, sorry it ran short.", "outbound"),
        thread.msg("2017-06-14T10:00", last),
    ])  # fmt: skip


def test_a_bare_thanks_before_a_deferral_is_cold() -> None:
    assert "sentiment_drop" in _after_two_delays("Thanks. We'll look when things calm down.")
    assert "sentiment_drop" in _after_two_delays("Thank you. We'll get to it at some point.")


def test_a_warm_thanks_or_a_time_given_is_a_reply() -> None:
    assert "sentiment_drop" not in _after_two_delays("Thanks! Really useful, the team will go through it Monday.")
    assert "sentiment_drop" not in _after_two_delays("Thanks. We'll look at it on Tuesday at 10am.")


# --- a feeling about us said inside a price objection ------------------------------------------------------------


def _warm_then_received(last: str) -> list[str]:
    received = msg("2017-06-05T10:00", "Received. Will review.")
    offered = msg("2017-06-06T09:00", "Happy to talk it through.", "outbound")
    return codes([*_opening(), received, offered, msg(THREAD.latest_at, last)])


BOTH = ["pricing_objection", "sentiment_drop"]


def test_a_feeling_inside_a_price_objection_is_tone_too() -> None:
    steep = ("I've read it through. Five grand a head is steep for what we'd use, and I'm honestly disappointed "
             "nobody read our requirements.")  # fmt: skip
    assert _warm_then_received(steep) == BOTH
    high = ("Went through it with the team. The price is far too high for what we'd use, and we're really let down "
            "that the proposal missed the point.")  # fmt: skip
    assert _warm_then_received(high) == BOTH


def test_a_price_objection_without_a_feeling_is_price_only() -> None:
    calm = "Read it. At 6k a seat it's poor value for us; I'm not upset, we just need it lower."
    assert _warm_then_received(calm) == ["pricing_objection"]
    sharpen = "Read it. The price is too high for what we'd use, could you sharpen it?"
    assert _warm_then_received(sharpen) == ["pricing_objection"]
