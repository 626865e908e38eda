"""Risk classes the 21st blind set showed the engine missing: a failure greeted as good news ("that's just
marvellous") or its fallout savoured ("made for a fun meeting"), with values doubled or our remedy in scare quotes as
the failure; our deliverable arriving late, our own date thrown back, and the chance it cost them; "moved on to
other things", which is no departure; a vendor taken no further; an internal showing put off, which is no slip; the
deal not even looked at before a date past the close; and a price they were sent back to get lower, or named as
where they struggle. Every wording here is new, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- sentiment: a failure greeted as good news, its fallout savoured, values doubled ------------------------------


def test_a_failure_greeted_as_good_news_is_sarcasm() -> None:
    for text in ("Oh, how lovely. The export now lists every invoice twice.",
                 "Well, that's just wonderful. The 'quick fix' went in and half our contacts vanished.",
                 "The sync counted each booking twice, which made for a lovely morning with our auditors.",
                 "That's just perfect. Your update duplicated our whole price list."):  # fmt: skip
        tone = message_tone(text)
        assert tone.sarcastic and tone.score <= -0.4, text
        assert latest(text) == ["sentiment_drop"], text


def test_the_same_words_sincere_or_without_a_failure_stay_quiet() -> None:
    for text in ("Oh, how lovely. The team had a great first week with the app.",
                 "The workshop made for a fun afternoon, thank you!",
                 "We showed it twice to the board and they loved it."):  # fmt: skip
        assert not message_tone(text).sarcastic, text
        assert "sentiment_drop" not in latest(text), text


# --- sentiment: our deliverable late, our own date thrown back, the chance it cost them ----------------------------


def test_our_lateness_thrown_back_is_a_drop() -> None:
    for text in ("Received. The spec came two days after the deadline you set, and our board had already moved on.",
                 "The figures landed a week late. By then it was too late to use them. I'll forward them.",
                 "These turned up three days past the date you promised us. The moment had passed."):  # fmt: skip
        tone = message_tone(text)
        assert tone.grievance and tone.score <= -0.35, text
        assert latest(text) == ["sentiment_drop"], text


def test_a_date_of_ours_kept_or_their_own_delay_stays_quiet() -> None:
    for text in ("The spec arrived on the date you gave us, thanks, we're reviewing it now.",
                 "Our PO will come after the date you set for the install, which is fine by us.",
                 "Sorry, our feedback arrived a week late; the team loved the draft."):  # fmt: skip
        assert "sentiment_drop" not in latest(text), text


# --- stakeholder: "moved on to other things" is attention, not a departure -----------------------------------------


def test_moved_on_to_other_things_is_no_departure() -> None:
    for text in ("Our CFO has moved on to other priorities this week, but the purchase is still his call.",
                 "Greta moved on to other topics after the demo; she's keen to sign."):  # fmt: skip
        assert "stakeholder_change" not in latest(text), text


def test_moved_on_to_another_company_is_still_a_departure() -> None:
    for text in ("Greta, our operations director, has moved on to another company.",
                 "Our CFO has moved on, and his successor will own the decision."):  # fmt: skip
        assert "stakeholder_change" in latest(text), text


# --- competitor: a vendor taken no further ------------------------------------------------------------------------


def _rival_then(said: str) -> list[str]:
    return codes([
        msg("2017-06-01T10:00", "Tomas, we're also evaluating Lumora; their demo is on Friday."),
        msg("2017-06-02T09:00", "Thanks for telling us. Pricing for five seats attached.", "outbound"),
        msg("2017-06-16T11:00", said),
    ])  # fmt: skip


def test_a_rival_taken_no_further_is_out() -> None:
    for said in ("Quick update: we won't be taking things any further with Lumora. Send the order form.",
                 "We've decided not to proceed with Lumora; their setup fee was silly.",
                 "The managers agreed not to move forward with Lumora. Order form please."):  # fmt: skip
        assert _rival_then(said) == [], said


def test_taken_no_further_with_us_or_undecided_keeps_the_rival() -> None:
    for said in ("We may not go any further with you unless you match Lumora's quote.",
                 "We're still weighing whether or not to proceed with Lumora."):  # fmt: skip
        assert "competitor_mentioned" in _rival_then(said), said


# --- timeline: an internal showing put off is no slip; the deal not looked at before a date past the close ---------


def test_an_internal_showing_put_off_is_no_slip() -> None:
    for text in ("The data is still patchy, so I've postponed showing it to our CEO.",
                 "We delayed presenting the dashboards to the sales floor until the data is clean."):  # fmt: skip
        assert "timeline_slip" not in latest(text), text


def test_a_showing_for_approval_or_a_signature_put_off_still_slips() -> None:
    for text in ("I've postponed presenting it to the board for approval, no new date yet.",
                 "We've postponed the contract signature indefinitely."):  # fmt: skip
        assert latest(text) == ["timeline_slip"], text


def test_the_deal_not_looked_at_before_a_later_date_is_a_slip() -> None:
    for text in ("Our new MD won't get round to the order until October.",
                 "I can't look at this before mid-September, I'm afraid.",
                 "Finance won't be reviewing the contract until after the half-year close in October."):  # fmt: skip
        assert latest(text) == ["timeline_slip"], text


def test_the_deal_looked_at_inside_the_window_stays_quiet() -> None:
    for text in ("I won't be looking at this before Monday, but we're on track.",
                 "Finance can't review the contract until the 30th of June.",
                 "I won't look at the slides before the call."):  # fmt: skip
        assert "timeline_slip" not in latest(text), text


# --- pricing: sent back for a lower figure, the price where they struggle --------------------------------------------


def test_a_lower_figure_asked_for_or_the_price_as_the_struggle_is_pricing() -> None:
    for text in ("Our CFO told me to go back with something nearer 9,000.",
                 "Honestly, where the board gets stuck is the price.",
                 "Everyone likes it, but we're struggling with the pricing.",
                 "The quote is a lot more than what similar tools have cost us."):  # fmt: skip
        assert latest(text) == ["pricing_objection"], text


def test_a_struggle_elsewhere_or_a_price_welcome_stays_quiet() -> None:
    for text in ("We struggled with the pricing page on your site, could you send the PDF?",
                 "We don't struggle with the price at all; send the contract.",
                 "I'll come back with the signed form by Friday, closer to the 20th at worst."):  # fmt: skip
        assert "pricing_objection" not in latest(text), text
