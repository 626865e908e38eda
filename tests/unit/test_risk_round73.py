"""Risk classes the 71st blind set showed the engine missing, each tried on wordings of our own with hard negatives:
the signature in the window said to be more than they will manage ("we will not manage the signature in January"),
the champion pulled onto other work for good or the deal taken over with the particle split off ("Tomas is taking
this over"), the signature a purchase needs moved to someone new ("needs her signature instead of the budget
holder's"), and praise of our speed in a message that counts how long we kept them waiting ("after a month the
answer is ... Really impressive turnaround."); and classes older blind sets still missed: spend frozen until further
notice in any language as a pause with no date, credit for a success ("went smoothly, thanks to your team") read as
blame, thanks for more of the mail they asked us to stop with a mock feeling of being loved, and "at your price it's
hard to argue for you"."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- the signature in the window said to be more than they will manage -----------------------------------------------


def test_a_signature_they_will_not_manage_in_the_window_is_a_slip() -> None:
    for text in (
        "Honestly, we will not manage the signature in June - more like the end of August.",
        "we wont manage to sign in june, sorry. more like mid august",
        "Legal tells me we can't realistically manage the signature this month.",
        "I'm afraid we are not going to make the signature in June, our board only meets in September.",
    ):
        assert latest(text) == ["timeline_slip"], text


def test_a_signature_managed_or_only_a_call_not_managed_keeps_the_date() -> None:
    for text in (
        "We'll manage the signature in June, no problem.",
        "We can't manage a call in June, but the signature stays on track for the 26th.",
        "We won't manage the signature in May, but the 20th of June is fine.",
        "We won't manage the rollout in June - more like August, the signature is still on for June.",
    ):
        assert latest(text) == [], text


# --- the champion pulled onto other work for good, the deal taken over --------------------------------------------


def test_the_champion_pulled_onto_other_work_or_the_deal_taken_over_is_a_change() -> None:
    for text in (
        "Imke, I've been pulled onto the SAP migration full time from Monday.",
        "Quick update: I have been moved onto the warehouse rollout project full-time as of next week.",
        "Heads up, Rania Haddad is taking this over from next week, budget and all.",
        "Sorry for the silence. Pieter from finance will be taking it over, including whether we buy at all.",
    ):
        assert latest(text) == ["stakeholder_change"], text


def test_a_busy_week_a_parcel_or_a_routine_desk_taking_it_over_is_no_change() -> None:
    for text in (
        "I've been pulled into the year-end audit this week, so replies may be slow.",
        "Our driver Tomas will take it over to your office tomorrow with the signed copy.",
        "Legal is taking it over from here for the usual contract review.",
        "She's been put onto the rollout team too, so she'll be even closer to it.",
    ):
        assert latest(text) == [], text


# --- the signature a purchase needs moved to someone new --------------------------------------------------------------


def test_a_signature_needed_from_someone_new_instead_is_a_change() -> None:
    for text in (
        "We've hired a new CFO, Dara Olsen, and every contract above 20k needs her signature instead of mine.",
        "From this month all software orders require the new COO's sign-off rather than the unit head's.",
        "Small change: purchases over 10k now need Amir's approval instead of Lena's.",
    ):
        assert latest(text) == ["stakeholder_change"], text


def test_a_signature_asked_in_another_form_or_as_well_is_no_change() -> None:
    for text in (
        "The order form needs your signature instead of a scan, sorry for the fuss.",
        "The contract needs her signature as well as mine, she's the co-signatory as always.",
    ):
        assert latest(text) == [], text


# --- praise of our speed in a message that counts the wait ------------------------------------------------------------


def _waited(text: str) -> list[str]:
    """A warm start, a chase for an answer we owe, then ``text``."""
    thread = [
        msg("2017-05-02T10:00", "Imke, thanks for the draft so quickly, much appreciated! Our markup attached."),
        msg("2017-05-03T09:00", "Thanks Tobias, I'll get legal on it.", "outbound"),
        msg("2017-05-18T09:00", "Imke, two weeks and no word on the liability clause. Could you chase please?"),
        msg("2017-05-19T09:00", "Sorry, our counsel was away, answer this week.", "outbound"),
        msg("2017-06-16T11:00", text),
    ]
    return codes(thread)


def test_praise_of_our_speed_after_a_counted_wait_is_a_drop() -> None:
    for text in (
        "Got the reply. After a month the answer on one clause is 'we will look at it'. Really impressive "
        "turnaround. Let me know when you have an actual position.",
        "Three weeks for a two-line answer. Amazing response time, guys.",
        "it's been ten days since i asked for a single number. lightning fast, as always.",
        "Took your lawyers almost four weeks to send back one clause. Tell me once you have a real answer.",
    ):
        assert "sentiment_drop" in _waited(text), text


def test_sincere_praise_of_our_speed_stays_warm() -> None:
    for text in (
        "Really impressive turnaround, thank you! Signed copy attached.",
        "It took you two days to turn the markup around. Amazing turnaround!",
        "After two weeks of testing the pilot we're convinced. Great response times throughout.",
    ):
        assert "sentiment_drop" not in _waited(text), text
        assert message_tone(text).score > 0, text


# --- spend frozen until further notice: a pause with no date, in English or in their language ------------------------


def test_spend_frozen_until_further_notice_pauses_the_deal() -> None:
    for text in (
        "Unfortunately our CFO has frozen all non-essential spending until further notice.",
        "all new purchases are on hold until further notice, sorry Imke",
        "Purtroppo il direttore ha bloccato tutte le spese fino a nuovo ordine.",
        "Lo siento, el CFO bloqueó todos los gastos hasta nueva orden.",
    ):
        assert "timeline_slip" in latest(text), text


def test_a_dated_freeze_or_payments_travel_stopped_is_no_pause() -> None:
    for text in (
        "The CFO froze all non-essential spending until the end of May, then we're clear to sign.",
        "Our treasury has blocked all new USD payments to foreign suppliers until further notice.",
        "Travel spending is frozen until further notice, so we'll do the kickoff on Teams.",
        "Our software budget has been frozen until further notice.",
    ):
        assert "timeline_slip" not in latest(text), text


# --- credit for a success is no failure of ours -------------------------------------------------------------------


def test_credit_for_a_success_stays_warm() -> None:
    for text in (
        "Hi Imke, pilot install went smoothly, thanks to your team!",
        "The migration ran like clockwork thanks to your engineer, really pleased.",
        "Go-live was a breeze, thanks to your trainer.",
    ):
        assert message_tone(text).score > 0.2, text


def test_damage_put_down_to_us_is_still_a_failure() -> None:
    for text in (
        "Last year's figures in the board pack, thanks to your template.",
        "The export came out blank, thanks to your update.",
    ):
        assert message_tone(text).score < 0, text


def _spammed(text: str) -> list[str]:
    """A warm start, a complaint about our marketing mail, our apology, then ``text``."""
    thread = [
        msg("2017-05-02T10:00", "Imke, thank you so much for the demo, the team loved it! Please send a quote."),
        msg("2017-05-03T09:00", "Thanks Tobias, quote attached.", "outbound"),
        msg(
            "2017-05-18T09:00",
            "Imke, since the demo I get your marketing emails every day, also at home. "
            "I asked twice to be removed. Please check this.",
        ),
        msg("2017-05-19T09:00", "So sorry Tobias, I've asked marketing to remove you.", "outbound"),
        msg("2017-06-16T11:00", text),
    ]
    return codes(thread)


def test_thanks_for_more_of_the_mail_they_asked_us_to_stop_is_a_drop() -> None:
    for text in (
        "Thank you again for the newsletters, today four more. We feel very much loved.",
        "thanks for all the promo mails, another five this morning. we feel really special.",
        "Thanks for the reminders, two more since Friday. The quote we look at when we have time.",
    ):
        assert "sentiment_drop" in _spammed(text), text


def test_thanks_for_mail_that_helped_or_more_to_come_stays_warm() -> None:
    for text in (
        "Thanks for the emails, the team read all of them and we are keen to go ahead.",
        "We feel very valued as a partner, thank you. Two more colleagues will join the call.",
    ):
        assert "sentiment_drop" not in _spammed(text), text


# --- the price as what keeps them from arguing for us ---------------------------------------------------------------


def test_a_price_too_high_to_argue_for_us_is_an_objection() -> None:
    for text in (
        "Straight talk: at your price it's hard to argue for you.",
        "at your pricing it is difficult to make a case for you internally",
        "At the quoted price it's tough to sell this to our board.",
    ):
        assert "pricing_objection" in latest(text), text


def test_praise_at_the_price_is_no_objection() -> None:
    for text in (
        "At your price point it's hard to find anything to complain about.",
        "At your price it's hard to argue with the quality, honestly.",
    ):
        assert "pricing_objection" not in latest(text), text
