"""Risk classes the 35th blind set showed the engine missing, each tried on wordings of our own with hard negatives:
a slip or a cut only supposed in an if-clause, a budget year or a service start read as a signing date, money
confirmed after an old freeze, a hold put on purchases, a rival denied in the perfect tense, the call said to be
someone else's "not mine" (and a reviewer leaving while the decision stays put), money "left" over, one line of our
quote objected to or a target figure for the seats, a debt owed to them, and the tone: a bare report with a promise
to revert, our document with another customer's details, contact narrowed to one person, ironic praise of the
logistics, a no-show told by ellipsis, and a customer terse from the first message."""

from __future__ import annotations

from agents.insights import cues_budget as cb
from agents.insights import cues_pricing as prices
from agents.insights.cues_pricing_lines import NOT_OUR_PRICE, PRICE_LINES
from agents.insights.cues_pricing_verdicts import PRICE_VERDICTS
from agents.insights.sentiment import message_tone
from agents.insights.signals import cue_weight
from agents.insights.thread import split_sentences
from agents.insights.tone_failure import our_open_failure
from agents.insights.tone_grievance import reactions
from tests.unit.risk_threads import HALVORSEN, HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- a slip or a cut only supposed: "if it slipped into August the money would go" ---------------------------------


def test_a_slip_or_a_cut_that_happened_still_counts() -> None:
    assert latest("Sorry, it slipped: signature is now mid-August.") == ["timeline_slip"]
    assert latest("The decision has been pushed to September by our board.") == ["timeline_slip"]
    assert latest("Head office cut our tools budget in half this morning.") == ["budget_concern"]
    assert latest("Our budget was frozen yesterday until further notice.") == ["budget_concern"]


def test_a_slip_or_a_cut_only_supposed_is_no_risk() -> None:
    for text in ("We want this signed by the 28th; if it slipped into August we'd lose the quarter's money.",
                 "Please keep the 28th firm, because in case signing were delayed to July the funds lapse.",
                 "Our lawyer asks, as she always does: if our budget were ever cut, can seats be reduced at renewal?",
                 "Supposing the funding got frozen next year, what are the exit terms? None is planned."):  # fmt: skip
        assert latest(text) == [], text


# --- a budget year, or the day the service starts, is not when they sign ----------------------------------------


def test_a_budget_year_or_a_start_date_is_no_slip() -> None:
    for text in ("Instead of a fight, finance says it's the smallest item in next year's budget. Signing on the 27th.",
                 "Rather than haggle, our controller filed it as the cheapest line in next year's plan.",
                 "We'd like to go ahead with four seats from September, contract back to you by the 28th.",
                 "We'd be glad to order the licences starting in August; I'll sign on Tuesday."):  # fmt: skip
        assert latest(text) == [], text


def test_a_signature_or_decision_moved_to_a_later_date_still_slips() -> None:
    for text in ("We'll sign from September, once the new financial year starts.",
                 "We now expect to sign in August, after the reorganisation."):  # fmt: skip
        assert latest(text) == ["timeline_slip"], text


# --- money confirmed after an old freeze; a hold put on purchases ------------------------------------------------


def test_an_old_freeze_with_the_money_now_confirmed_is_no_concern() -> None:
    for text in ("Our last CRM attempt died when the budget was frozen. This year I had the FD confirm the money "
                 "before I even called you.",
                 "Two years ago the budget was cut mid-project. This time finance has ring-fenced our funding up "
                 "front."):  # fmt: skip
        assert latest(text) == [], text


def test_a_freeze_with_the_money_only_awaited_is_still_a_concern() -> None:
    for text in ("The budget was frozen last week. I need the FD to confirm the money before anything moves.",
                 "Our budget was cut this morning and I'm waiting for finance to confirm the funding.",
                 "The budget was frozen last week. I had hoped the FD would confirm the money by now."):  # fmt: skip
        assert "budget_concern" in latest(text), text


def test_a_hold_put_on_purchases_is_a_budget_concern_and_a_pause() -> None:
    for text in ("Our CFO has put a hold on every non-essential purchase until the audit is done.",
                 "Group finance placed a temporary hold on all new software purchases, ours included."):  # fmt: skip
        assert latest(text) == ["budget_concern", "timeline_slip"], text


def test_a_hold_on_something_else_is_no_pause_of_the_deal() -> None:
    assert cue_weight("Could you put a hold on the invoice until the PO lands?", cb.BUDGET) == 0.0
    assert latest("Please hold on a second, I'm checking with finance; signing on the 28th is fine.") == []


# --- a rival denied in the perfect tense -------------------------------------------------------------------------


def test_a_rival_denied_after_a_rumour_is_ruled_out() -> None:
    note = msg("2017-06-10T09:00", "Pipeline review: our manager worries Lumora are in there and could undercut us.",
               "internal", "meeting_note")  # fmt: skip
    for text in ("Honestly, we haven't talked to Lumora or anybody else.",
                 "No other vendor is in the frame; we never spoke with Lumora or anyone else."):  # fmt: skip
        thread = [msg(*THREAD.asked), msg(*THREAD.answered, "outbound"), note, msg(THREAD.latest_at, text)]
        assert codes(thread) == [], text


def test_a_rival_still_talked_to_stays_in_play() -> None:
    for text in ("We're talking to Lumora as well and will compare the two.",
                 "I haven't decided yet; we're also evaluating Stackline."):  # fmt: skip
        assert latest(text) == ["competitor_mentioned"], text


# --- the call said to be someone else's; a reviewer leaving; money left over -------------------------------------


def test_the_call_said_to_be_someone_elses_not_mine_is_a_change() -> None:
    for text in ("After the merger, all tooling spend goes through our new group CFO, and she makes the call, not me.",
                 "Our new owner's IT director decides now, not me; I've passed him your file."):  # fmt: skip
        assert latest(text) == ["stakeholder_change"], text


def test_a_reviewer_leaving_with_the_decision_still_mine_is_no_change() -> None:
    for text in ("Quick note: Pieter from our IT team has left the company. Nothing changes on the decision, "
                 "it's still mine.",
                 "FYI our security reviewer left last week; her colleague finishes the review. The call, "
                 "it's still mine."):  # fmt: skip
        assert latest(text) == [], text


def test_money_left_over_is_no_departure() -> None:
    for text in ("I can still pay for two seats from what's left and add the others in the autumn.",
                 "We'll use what is left of the training pot for the onboarding session."):  # fmt: skip
        assert "stakeholder_change" not in latest(text), text


# --- one line of our quote objected to; a target figure for the seats; a debt owed to them --------------------


def _pricing(sentence: str) -> float:
    return cue_weight(NOT_OUR_PRICE.sub(" ", sentence), (*prices.PRICING, *PRICE_VERDICTS, *PRICE_LINES))


def test_one_line_of_our_quote_objected_to_is_a_pricing_objection() -> None:
    for text in ("The 4,500 set-up charge is out of all proportion to a half-day job.",
                 "I have to push back on the training fee in your quote.",
                 "Unless the onboarding line is waived, I can't put this in front of the board.",
                 "Can you get the three licences down to roughly 9k? That's what I have."):  # fmt: skip
        assert _pricing(text) >= 0.8, text


def test_a_fee_in_proportion_or_a_line_explained_is_no_objection() -> None:
    for text in ("The set-up fee looks in proportion to the work, thanks for the breakdown.",
                 "Could you push the training session back a week?",
                 "Unless the board meets early, signing is on the 28th.",
                 "A supplier went bust owing us a lot of money, but this purchase is funded.",
                 "Your tool will save us a lot of money on courier fees."):  # fmt: skip
        assert _pricing(text) == 0.0, text


# --- the tone: a bare report, our wrong document, contact narrowed, ironic praise, a no-show, a terse customer ---


def test_a_bare_report_with_a_promise_to_revert_is_curt() -> None:
    for text in ("Call happened. We'll let you know.", "Delivered. Will review and get back to you."):
        tone = message_tone(text)
        assert tone.curt and tone.score <= -0.4, text


def test_a_report_with_content_or_a_date_is_not_curt() -> None:
    for text in ("Call happened, the team loved it. We'll let you know by Friday.",
                 "Delivered and installed, thank you so much. Will review and get back to you."):  # fmt: skip
        assert not message_tone(text).curt, text


def test_our_document_wrong_or_an_elliptical_no_show_is_our_failure() -> None:
    for text in ("The invoice you sent has another customer's address on it.",
                 "The order form your team sent has the wrong prices throughout.",
                 "The screens arrived on Monday. Installer didn't."):  # fmt: skip
        assert our_open_failure(text, split_sentences(text)), text


def test_a_document_fine_or_a_person_of_theirs_is_no_failure() -> None:
    for text in ("The invoice you sent has our new address on it, thanks.",
                 "The order form you sent looks right to me.",
                 "I asked if we needed a second visit. We didn't."):  # fmt: skip
        assert not our_open_failure(text, split_sentences(text)), text


def test_contact_narrowed_after_a_failure_is_distrust() -> None:
    for text in ("Route all correspondence through me from now on.", "From now on, everything goes through me."):
        assert "distrust" in reactions(text, failure_context=True), text
        assert "distrust" not in reactions(text, failure_context=False), text


def test_ironic_praise_of_the_service_beside_a_failure_is_sarcasm() -> None:
    for text in ("The van came a day late and without the cables. Top-notch delivery, truly.",
                 "The engineer never arrived. A shining advert for your support plan."):  # fmt: skip
        assert message_tone(text).sarcastic, text


def test_the_same_praise_with_nothing_gone_wrong_is_sincere() -> None:
    for text in ("Top-notch delivery, truly, everything came on time.",
                 "Your onboarding team is a real advert for the support plan, thank you."):  # fmt: skip
        assert not message_tone(text).sarcastic, text


def test_a_drop_after_our_wrong_document_is_a_sentiment_drop() -> None:
    thread = [
        msg("2017-06-01T10:00", "What a great demo, thank you! Contract please, we're keen."),
        msg("2017-06-02T09:00", "Contract attached.", "outbound"),
        msg("2017-06-06T10:00", "The contract you sent has someone else's company name in every clause. Please "
            "fix it."),
        msg("2017-06-07T09:00", "So sorry, corrected version attached.", "outbound"),
        msg("2017-06-16T11:00", "Got it. Our lawyer will look when she can. Send everything via me from now on."),
    ]  # fmt: skip
    assert codes(thread) == ["sentiment_drop"]


def _terse_thread(last: str) -> list[str]:
    return HALVORSEN.codes([
        msg("2017-06-01T07:50", "quote for 2 seats pls."), msg("2017-06-01T09:00", "Quote attached.", "outbound"),
        msg("2017-06-05T07:50", "any setup fee? need it by july."),
        msg("2017-06-05T09:00", "No set-up fee.", "outbound"),
        msg("2017-06-12T07:50", "ok. send contract."), msg("2017-06-13T09:00", "Contract attached.", "outbound"),
        msg("2017-06-16T07:50", last),
    ])  # fmt: skip


def test_a_customer_terse_from_the_first_message_has_no_drop() -> None:
    assert _terse_thread("fine. signing fri.") == []
    assert _terse_thread("right. will return it next week.") == []


def test_curt_replies_after_warm_messages_still_drop() -> None:
    thread = [
        msg("2017-06-01T10:00", "Tomas, thank you so much for the lovely demo, the team is thrilled! Quote please."),
        msg("2017-06-02T09:00", "Quote attached.", "outbound"),
        msg("2017-06-08T10:00", "ok. send contract."), msg("2017-06-09T09:00", "Contract attached.", "outbound"),
        msg("2017-06-16T11:00", "Received. Will revert."),
    ]  # fmt: skip
    assert HALVORSEN.codes(thread) == ["sentiment_drop"]
