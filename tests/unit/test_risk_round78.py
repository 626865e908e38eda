"""Round 78 classes (manufacturing, logistics and retail buyers): a rollout or go-live parked with no date; a pricing
objection written in German; our figure refused in a bare "not at 53k", or their own figure named as the price of
talking on; a budget cut told as last year's history, with this year's money said to be in place; and our delivered
work failing in plain words ("the go-live didn't go as planned", "the template still rejects our part numbers"), so
that a cold "Noted." or "Fine." after it is a drop from the warm messages before. Each class has hard negatives in
the same words."""

from __future__ import annotations

import pytest

from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
latest, msg, codes = THREAD.latest, THREAD.msg, THREAD.codes


# --- a rollout or go-live parked with no date ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The warehouse relocation is eating every hour we have, so we'll have to park the implementation for now.",
    "The go-live is parked until things calm down here, and I can't say when that will be.",
    "We're parking the install for the time being while the audit runs.",
    "Sorry, but we've parked the roll-out until the new site is bedded in.",
])  # fmt: skip
def test_a_rollout_parked_with_no_date_is_a_timeline_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    "Let's park the rollout until Monday's meeting and settle the order form first.",
    "We parked the training until next week; the order itself goes ahead.",
    "We'll park the demo for now and carry on with the questions.",
    "The car park by the loading bay is closed, so please use the side entrance for the install.",
])  # fmt: skip
def test_a_meeting_parked_or_a_car_park_is_no_timeline_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


# --- a pricing objection in German -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Guten Tag Frau Vos, preislich liegen Sie leider weit über dem, was wir intern rechtfertigen können.",
    "Der Preis ist für uns schlicht zu hoch.",
    "Ihr Angebot ist uns deutlich zu teuer, wir bräuchten mindestens 20 % Rabatt.",
    "Ohne spürbaren Preisnachlass wird das bei uns schwierig.",
    "Die Vorkasse für zwei Jahre ist für uns nicht akzeptabel.",
])  # fmt: skip
def test_a_german_pricing_objection_is_one(text: str) -> None:
    assert "pricing_objection" in latest(text), text


@pytest.mark.parametrize("text", [
    "Der Preis liegt deutlich unter unserem Rahmen, das passt gut.",
    "Preislich passt das, wir unterschreiben nächste Woche.",
    "Können Sie uns bitte eine Preisaufstellung für das zweite Jahr schicken?",
    "Die Vorauszahlung ist für uns kein Problem.",
    "Der Preis ist nicht zu hoch, das passt.",
    "Wir brauchen 20 Lizenzen, bitte schicken Sie uns ein Angebot.",
])  # fmt: skip
def test_german_price_talk_without_an_objection_is_none(text: str) -> None:
    assert "pricing_objection" not in latest(text), text


# --- our figure refused in a bare "not at", or their figure as the price of talking on -------------------------------


@pytest.mark.parametrize("text", [
    "Passing on our MD's reply as is:\n\n> Solid product. Not at 48k. If they come in at around 30 we can talk.",
    "Quick update from finance: not at £26,768.",
    "The team like it, but not at 12k a year.",
    "If you can bring it down to £9,000 we'll go ahead this month.",
    "Our director read it twice. If you come back nearer 18k we can sign.",
])  # fmt: skip
def test_our_figure_refused_or_their_counter_figure_is_a_pricing_objection(text: str) -> None:
    assert "pricing_objection" in latest(text), text


@pytest.mark.parametrize("text", [
    "Not at 9am please, could we do 11 instead?",
    "We're not at 50k users yet, but we're growing fast.",
    "If you can get it to 20 users we can sign next week.",
    "Come back at 10 and we can talk it through with the team.",
    "If you come back with 40 licences in the quote we can sign.",
])  # fmt: skip
def test_a_time_a_count_or_a_seat_number_is_no_pricing_objection(text: str) -> None:
    assert "pricing_objection" not in latest(text), text


# --- a budget cut told as history, with this period's money in place -------------------------------------------------


@pytest.mark.parametrize("text", [
    "Some history: we tried this last year but our budget was cut in the spring. This year it's in the plan and "
    "already signed off, so let's get going.",
    "Last year the funding was frozen and the project died. This time round it's budgeted and approved.",
    "Our budget was cut in 2016 and we dropped it. It's in this year's plan now and approved.",
    "Two years ago the money was pulled. This year the money's there and signed off.",
])  # fmt: skip
def test_a_past_cut_with_this_years_money_in_place_is_no_budget_concern(text: str) -> None:
    assert "budget_concern" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Our budget was cut last week. It's in the plan though.",
    "Our budget was cut. Is it in the plan and signed off this year?",
    "Our budget was cut last year. This year it's in the plan but not approved yet.",
    "This year it's in the plan and signed off, but finance has since frozen all new spend.",
])  # fmt: skip
def test_a_cut_not_answered_by_money_in_place_stays_a_budget_concern(text: str) -> None:
    assert "budget_concern" in latest(text), text


# --- our work failing in plain words, then a cold reply -------------------------------------------------------------


def _after_failure(failure: str, reply: str) -> list[str]:
    """A warm message, our rollout plan, their report of what went wrong, our apology, then ``reply``."""
    return codes([
        msg("2017-05-20T10:00", "Imke, the first depot is live and the pickers love it. Really pleased!"),
        msg("2017-05-22T09:00", "Wonderful. Plan for the other sites attached.", "outbound"),
        msg("2017-06-05T17:00", failure),
        msg("2017-06-06T09:00", "I'm so sorry. Our engineer is on site tomorrow.", "outbound"),
        msg("2017-06-16T11:00", reply),
    ])  # fmt: skip


@pytest.mark.parametrize(("failure", "reply"), [
    ("Imke, the cutover at site two did not go to plan. Half the pick lists were empty.",
     "Fine. Send me the fix date. That's all I need right now."),
    ("The import template still rejects our SKU codes. We've lost a day on this.", "Noted. Just send the file."),
    ("Site two went live with last month's prices on every label. Not where we hoped to be.",
     "Noted. Send the corrected file and the credit note."),
    ("The upgrade went badly: the scanners were offline all morning.", "Fine. Get it sorted."),
    ("The go-live at depot three didn't go as planned. We're not where we hoped we'd be.",
     "Noted. Send the fix date."),
    ("The uploader keeps refusing our barcode files, so the team is keying them in.", "Fine. Send the patch."),
])  # fmt: skip
def test_a_cold_reply_after_our_work_failed_is_a_sentiment_drop(failure: str, reply: str) -> None:
    assert "sentiment_drop" in _after_failure(failure, reply), (failure, reply)


@pytest.mark.parametrize(("failure", "reply"), [
    # their own plans going wrong are no failure of ours
    ("Imke, our stocktake did not go to plan, so the team is behind this week.", "Noted. Send the order form."),
    ("Our finance team still refuses to sign anything over 5k without two quotes.", "Noted. Send the second quote."),
    # our failure answered warmly, or put right before the reply
    ("The import template still rejects our SKU codes.", "Noted, thanks so much for jumping on it!"),
    ("The cutover at site two did not go to plan, but your engineer fixed it the same day and it works now.",
     "Noted. Just send the file."),
])  # fmt: skip
def test_their_own_trouble_or_a_warm_or_fixed_reply_is_no_drop(failure: str, reply: str) -> None:
    assert "sentiment_drop" not in _after_failure(failure, reply), (failure, reply)
