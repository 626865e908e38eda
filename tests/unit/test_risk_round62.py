"""Risk classes the 62nd and 63rd blind sets showed the engine missing: the decision told as someone else's with the
time marker trailing, or the champion as no longer the one deciding; signature doubted for a window in the passive,
or new commitments sent to a later planning cycle; money steered elsewhere with what it was for told in between, a
whole kind of spend on hold, a Spanish preterite freeze, and "nothing's been cut" as no cut; a rival ruled out with
its name fronted or as "done", and a quote "getting one from" a rival; a polite price objection, and one answered
later ("the price is fine for us now"); a worry denied read as no bad tone, and a retry "same result" as a failure
that makes praise sarcasm; a site "shut from ... to ..." as an announced absence. Each has hard negatives."""

from __future__ import annotations

from tests.unit.risk_threads import HALVORSEN

latest = HALVORSEN.latest  # a warm, eager opening; the deal closes 2017-08-31, now is 2017-06-20
msg = HALVORSEN.msg


# --- the decision someone else's, the time marker trailing ------------------------------------------------------


def test_purchases_through_her_from_now_on_is_a_stakeholder_change() -> None:
    text = "Tomas, quick update: after the merger every software purchase comes through her from now on."
    assert latest(text) == ["stakeholder_change"]


def test_her_call_at_this_point_is_a_stakeholder_change() -> None:
    assert latest("Tomas, I've shared the quote with Marta; it's her call at this point.") == ["stakeholder_change"]


def test_the_one_approving_not_me_is_a_stakeholder_change() -> None:
    text = "Tomas, heads up: our finance director will be the one approving this, not me."
    assert latest(text) == ["stakeholder_change"]


def test_no_longer_the_budget_holder_is_a_stakeholder_change() -> None:
    text = "Tomas, after the reshuffle I'm not the budget holder anymore."
    assert latest(text) == ["stakeholder_change"]


def test_purchases_through_her_as_always_is_no_change() -> None:
    assert latest("Tomas, purchases come through her as always, so nothing changes.") == []


def test_orders_through_procurement_from_now_on_is_no_change() -> None:
    assert latest("Tomas, every order goes through procurement from now on, but it's still my decision.") == []


def test_not_the_decision_maker_as_ever_is_no_change() -> None:
    assert latest("Tomas, I'm not the decision maker, as you know, Piet always signs.") == []


def test_the_writer_signing_off_is_no_change() -> None:
    assert latest("Tomas, I'll be the one signing off, not my boss.") == []


# --- signature doubted for a window, or sent to a later planning cycle ----------------------------------------------


def test_not_getting_signed_before_a_later_month_is_a_slip() -> None:
    assert latest("Tomas, the paperwork isn't getting signed before September.") == ["timeline_slip"]


def test_not_seeing_it_signed_this_quarter_is_a_slip() -> None:
    text = "Tomas, honestly I don't see this getting signed this quarter."
    assert latest(text, close="2017-06-28") == ["timeline_slip"]


def test_best_considered_in_the_next_budget_cycle_is_a_slip() -> None:
    text = "Tomas, the committee felt this is best considered in the next budget cycle, which starts in January."
    assert latest(text) == ["timeline_slip"]


def test_not_signed_before_a_date_inside_the_window_is_no_slip() -> None:
    text = "Tomas, no stress: I don't see this getting signed before July, well ahead of your deadline."
    assert latest(text) == []


def test_considered_in_this_years_cycle_is_no_slip() -> None:
    assert latest("Tomas, this was considered in the 2017 planning cycle and the money is there.") == []


# --- money steered elsewhere, spend on hold, a Spanish freeze, "nothing's been cut" --------------------------------


def test_an_envelope_diverted_with_our_funds_is_a_budget_concern() -> None:
    text = (
        "Tomas, management decided to divert the innovation envelope, funds for this included, into the new warehouse."
    )
    assert latest(text) == ["budget_concern"]


def test_non_essential_spend_on_hold_is_a_budget_concern() -> None:
    text = "Tomas, from today all non-essential software spend is on hold pending the audit."
    assert "budget_concern" in latest(text)


def test_a_spanish_preterite_freeze_is_a_budget_concern() -> None:
    text = "Tomas, malas noticias: el director congeló el presupuesto hasta nuevo aviso."
    assert latest(text) == ["budget_concern"]


def test_spend_on_hold_until_a_set_review_is_no_budget_concern() -> None:
    assert latest("Tomas, all new tool spend is on hold until our planning review on 10 July.") == []


def test_budget_redirected_towards_our_licences_is_no_concern() -> None:
    assert latest("Tomas, we'll redirect some of the travel budget towards your licences.") == []


def test_nothing_cut_from_the_money_set_aside_is_no_concern() -> None:
    text = "Tomas, good news: the funds we'd set aside for this are safe, nothing's been cut."
    assert latest(text) == []


def test_ring_fenced_and_nothing_cut_is_no_concern() -> None:
    text = "Tomas, asked about budget: it's ring-fenced, set aside in the spring plan, nothing's been cut."
    assert latest(text) == []


# --- a rival ruled out with its name fronted or as "done"; a quote "getting one from" a rival ----------------------


def test_getting_one_from_a_rival_is_a_competitor() -> None:
    text = "Tomas, finance insisted on a comparison. So we're getting one from Quorvia this week."
    assert latest(text) == ["competitor_mentioned"]


def test_a_fronted_rival_excluded_is_no_competitor() -> None:
    assert latest("Tomas, we compared a few tools, and Tellurix we have excluded already.") == []


def test_a_rival_that_is_done_is_no_competitor() -> None:
    text = "Tomas, we had a Lumora demo in March. They kept crashing. So no, they're done."
    assert "competitor_mentioned" not in latest(text)


def test_not_getting_one_from_a_rival_is_no_competitor() -> None:
    assert latest("Tomas, we're not getting one from Stackline, your quote is enough.") == []


def test_excluded_nothing_yet_keeps_the_rival() -> None:
    text = "Tomas, we have excluded nothing yet; Lumora is still on the shortlist."
    assert latest(text) == ["competitor_mentioned"]


# --- a polite price objection, and one answered later ------------------------------------------------------------


def test_not_within_a_range_we_could_approve_is_a_pricing_objection() -> None:
    text = "Tomas, I'm afraid the quote is not within a range our board could approve."
    assert latest(text) == ["pricing_objection"]


def test_a_substantial_reduction_on_the_fee_is_a_pricing_objection() -> None:
    text = "Tomas, we'd need to see a substantial reduction on the licence fee to move."
    assert latest(text) == ["pricing_objection"]


def test_well_within_a_range_is_no_objection() -> None:
    assert latest("Tomas, your quote is well within a range our board could approve.") == []


def test_a_significant_improvement_in_speed_is_no_objection() -> None:
    assert latest("Tomas, we'd need to see a significant improvement in the import speed first.") == []


_OBJECTION = ("2017-06-05T10:00", "Tomas, at this price it's hard to justify. We were hoping for 20% off list.")
_OFFER = ("2017-06-06T09:00", "Lucia, I can offer quarterly payments and the service bundled instead.")


def _after_objection(text: str) -> list[str]:
    messages = [msg(*HALVORSEN.asked), msg(*_OBJECTION), msg(*_OFFER, "outbound"), msg("2017-06-15T10:00", text)]
    return HALVORSEN.codes(messages)


def test_price_fine_now_answers_the_earlier_objection() -> None:
    assert (
        _after_objection("Tomas, with the payment plan the price is fine for us now. Please send the contract.") == []
    )


def test_price_fine_only_on_a_condition_keeps_the_objection() -> None:
    text = "Tomas, the price would be fine if you took another 20% off."
    assert _after_objection(text) == ["pricing_objection"]


def test_the_objection_after_a_fine_price_stands() -> None:
    messages = [msg(*HALVORSEN.asked), msg("2017-06-05T10:00", "Tomas, the price is fine for us."),
                msg(*_OFFER, "outbound"), msg("2017-06-15T10:00", _OBJECTION[1])]  # fmt: skip
    assert HALVORSEN.codes(messages) == ["pricing_objection"]


# --- a worry denied is no bad tone; a retry with the same result is a failure ------------------------------------


def test_a_denied_worry_is_no_tone_drop() -> None:
    messages = [
        msg(*HALVORSEN.asked),
        msg("2017-06-05T10:00", "Thanks Tomas, passing it to our CFO."),
        msg("2017-06-15T10:00", "Tomas, not that the price is a problem, nobody's asking you for a discount. "
                                "He just wants the lines split. Great, then we're on track."),
    ]  # fmt: skip
    assert HALVORSEN.codes(messages) == []


def test_a_retry_with_the_same_outcome_makes_praise_sarcasm() -> None:
    messages = [
        msg(*HALVORSEN.asked),
        msg("2017-06-05T10:00", "Tomas, ran the contact sync today. It stopped early, a third of the records missing."),
        msg("2017-06-06T09:00", "Sorry Lucia, support will fix it today.", "outbound"),
        msg("2017-06-15T10:00", "Second sync run, same outcome. Splendid."),
    ]
    assert HALVORSEN.codes(messages) == ["sentiment_drop"]


def test_a_retry_with_the_same_good_result_is_no_drop() -> None:
    messages = [
        msg(*HALVORSEN.asked),
        msg("2017-06-05T10:00", "Tomas, the contact sync ran fine today, all records in."),
        msg("2017-06-15T10:00", "Second sync run, same result: all green. Wonderful work, thank you!"),
    ]
    assert HALVORSEN.codes(messages) == []


# --- a site shut from one date to another is an announced absence -------------------------------------------------


def _shut_thread(now: str) -> list[str]:
    messages = [
        msg(*HALVORSEN.asked),
        msg("2017-07-10T10:00", "Tomas, thanks. Our offices are shut from 20 July to 21 August, so no replies then."),
        msg("2017-07-25T09:00", "Lucia, a small update on the quote validity.", "outbound"),
        msg("2017-08-10T09:00", "Lucia, a quick note so it's waiting when you're back.", "outbound"),
    ]
    return HALVORSEN.codes(messages, now=now, close="2017-09-29")


def test_silence_while_the_offices_are_shut_is_not_gone_quiet() -> None:
    assert _shut_thread("2017-08-15") == []


def test_silence_after_the_shut_offices_reopened_is_gone_quiet() -> None:
    assert _shut_thread("2017-09-05") == ["gone_quiet"]
