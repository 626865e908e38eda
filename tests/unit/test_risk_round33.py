"""Risk classes the 33rd blind set showed the engine missing, each tried on wordings of our own with hard negatives:
an apology refused and the choice of us regretted (a grievance that hardens a thread); the papers of the deal (an MSA,
an order form) not looked at before a later date, and a close date called "off"; our price named as where they
struggle, or a figure they need to come down; and other work shelved, which is no slip of this deal."""

from __future__ import annotations

from agents.insights import cues_pricing as prices
from agents.insights import cues_timeline as slips
from agents.insights.cues_pricing_verdicts import PRICE_VERDICTS
from agents.insights.signals import cue_weight
from agents.insights.tone_grievance import reactions
from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


def test_an_apology_refused_or_the_choice_regretted_is_a_grievance() -> None:
    for text in ("I don't need sorry, I need the sync to work.",
                 "Frankly I'm beginning to regret recommending you to the board.",
                 "I'm starting to regret putting my name on this rollout."):  # fmt: skip
        assert reactions(text, failure_context=True), text


def test_regret_in_other_senses_is_no_grievance() -> None:
    for text in ("I regret to say I can't make Thursday.",
                 "We regret the delay on our side, the PO is coming.",
                 "No regrets about the pilot at all."):  # fmt: skip
        assert not reactions(text, failure_context=True), text


def test_the_deals_papers_not_looked_at_before_a_later_date_slip() -> None:
    for text in ("Their legal team is swamped, realistically nobody will look at the MSA before mid-August.",
                 "Procurement won't get to the order form until the second week of August.",
                 "So the end of June is off, sorry."):  # fmt: skip
        assert latest(text) == ["timeline_slip"], text


def test_an_earlier_date_or_a_date_that_holds_is_no_slip() -> None:
    for text in ("Legal will look at the MSA before the 26th, so the end of June holds.",
                 "The pressure's off now that the board said yes; signing on the 28th.",
                 "We're off to a good start with the pilot, order form back by Friday."):  # fmt: skip
        assert latest(text) == [], text


def _pricing(sentence: str) -> float:
    return cue_weight(sentence, (*prices.PRICING, *PRICE_VERDICTS))


def test_the_price_as_the_hard_part_or_a_figure_to_come_down_is_an_objection() -> None:
    for text in ("What we keep getting stuck on is the per-licence cost for occasional users.",
                 "My one hesitation is the pricing for the warehouse seats.",
                 "We'd need the quote to come down meaningfully before I can take it to the MD.",
                 "Finance will need the total to go lower than that."):  # fmt: skip
        assert _pricing(text) >= 0.8, text


def test_other_hard_parts_or_a_price_that_need_not_move_are_no_objection() -> None:
    for text in ("Where I struggle is the reporting module, not the price.",
                 "We don't need the price to come down, it's fine as quoted.",
                 "My one hesitation is the training schedule."):  # fmt: skip
        assert _pricing(text) == 0.0, text


def test_other_work_shelved_is_no_slip_of_this_deal() -> None:
    for text in ("Good news: two other IT projects have been shelved, so our team has time for the setup.",
                 "Some of the other initiatives were put on hold, which frees up budget for yours."):  # fmt: skip
        assert latest(text) == [], text
    assert slips.OTHER_WORK.search("a couple of other projects were shelved")
    assert latest("The CRM project has been shelved along with two other initiatives.") == ["timeline_slip"]
