"""Risk classes the 56th blind set showed the engine missing: German and Dutch messages (a function word such as
the article "die" read as an English feeling, a German day number split off as a sentence end, signature moved or
the money not there in their language), our price refused as the terms of a signature, a spending freeze this deal
is outside of, the champion's own signature gone from a point on, and a tone going sour in new ways (the courtesy
spent and a bare order, a mock tip beside sarcasm, a Dutch change come back undone with a bare request). Each has
hard negatives in the same words."""

from __future__ import annotations

from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20
latest = THREAD.latest


def thread(*texts: str) -> list[str]:
    """The opening, then each text from the customer a few days apart, with a nudge of ours before each."""
    messages = [THREAD.msg(*THREAD.asked), THREAD.msg(*THREAD.answered, "outbound")]
    for day, text in zip(("2017-06-06", "2017-06-10", "2017-06-14", "2017-06-18"), texts, strict=False):
        messages.append(THREAD.msg(f"{day}T09:00", "Anything I can help with?", "outbound"))
        messages.append(THREAD.msg(f"{day}T15:00", text))
    return THREAD.codes(messages)


# --- German function words are not English feelings ----------------------------------------------------------------


def test_the_german_article_die_is_no_death() -> None:
    assert latest("Wir haben die Unterlagen erhalten, die Abteilung prüft sie bis Freitag.") == []


def test_the_german_war_is_no_war() -> None:
    assert latest("Das Gespräch mit der IT war gut, wir melden uns nächste Woche mit den Fragen.") == []


def test_die_in_an_english_complaint_keeps_its_sense() -> None:
    text = "Your sync made our whole pipeline die twice this week. This is a war of attrition and we're losing it."
    assert latest(text) == ["sentiment_drop"]


def test_war_in_an_english_grievance_keeps_its_sense() -> None:
    text = "Every release turns into a war with your support desk. We're fed up, honestly."
    assert latest(text) == ["sentiment_drop"]


# --- a German day number is no sentence end --------------------------------------------------------------------------


def test_rivals_and_a_comparison_on_a_german_date_are_a_competitor() -> None:
    text = "Die Anfrage ging auch an Quorvia und NorthPeak, am 3. Juli werden die Angebote verglichen."
    assert latest(text) == ["competitor_mentioned"]


def test_our_own_two_quotes_compared_on_a_german_date_is_no_competitor() -> None:
    assert latest("Am 3. Juli werden Ihre beiden Angebote intern verglichen.") == []


def test_a_rival_ruled_out_beside_a_german_date_is_no_competitor() -> None:
    assert latest("Quorvia haben wir ausgeschlossen, am 3. Juli unterschreiben wir bei Ihnen.") == []


# --- signature moved later, in Dutch, German or with the signature as the subject ------------------------------------


def test_dutch_signing_moved_past_the_close_is_a_slip() -> None:
    assert latest("De ondertekening schuift helaas naar eind augustus.") == ["timeline_slip"]


def test_german_signing_moved_past_the_close_is_a_slip() -> None:
    assert latest("Die Unterzeichnung verschiebt sich leider auf Ende August.") == ["timeline_slip"]


def test_the_signature_sliding_past_the_close_is_a_slip() -> None:
    assert latest("Signature now slides to the end of August, I'm afraid.") == ["timeline_slip"]


def test_dutch_signing_moved_within_the_window_is_no_slip() -> None:
    assert latest("De ondertekening schuift naar eind juni, dat past nog.") == []


def test_the_decision_moved_to_a_meeting_before_the_close_is_no_slip() -> None:
    assert latest("Signing moves to the 27th, after the team meeting.") == []


# --- the money not there, in German or Dutch -------------------------------------------------------------------------


def test_german_money_not_there_is_a_budget_concern() -> None:
    assert latest("Leider ist das so: das Geld ist dieses Jahr nicht da.") == ["budget_concern"]


def test_dutch_money_not_there_is_a_budget_concern() -> None:
    assert latest("Het geld is er gewoon niet, hoe graag we ook willen.") == ["budget_concern"]


def test_german_money_there_is_no_budget_concern() -> None:
    assert latest("Das Geld ist schon freigegeben, die Bestellung folgt morgen.") == []


def test_dutch_money_there_is_no_budget_concern() -> None:
    assert latest("Het geld is er, de bestelling volgt morgen.") == []


# --- our price refused as the terms of a signature -------------------------------------------------------------------


def test_refusing_to_sign_at_the_quoted_figure_is_an_objection() -> None:
    assert latest("I'm not willing to commit at 18,400 for four seats.") == ["pricing_objection"]


def test_refusing_to_sign_at_list_price_is_an_objection() -> None:
    assert latest("Our director won't sign at list price, full stop.") == ["pricing_objection"]


def test_signing_at_the_quoted_figure_is_no_objection() -> None:
    assert latest("I'm happy to sign at 18,400 for four seats.") == []


def test_not_ready_to_sign_at_this_stage_is_no_objection() -> None:
    assert latest("We're not ready to sign at this stage, the review runs until Friday.") == []


def test_a_figure_that_cannot_go_to_the_approver_is_an_objection() -> None:
    assert latest("Honestly, I can't put this figure in front of our board.") == ["pricing_objection"]


def test_a_figure_taken_to_the_approver_is_no_objection() -> None:
    assert latest("I can put this figure in front of our board next week.") == []


def test_a_call_that_cannot_go_to_the_approver_is_no_objection() -> None:
    assert latest("I can't take this call to our board room, the line is bad.") == []


def test_a_share_cut_from_the_price_is_an_objection() -> None:
    assert latest("We'd be looking for a 25% cut in the fee before we go further.") == ["pricing_objection"]


def test_a_small_cut_from_the_price_is_no_objection() -> None:
    assert latest("The 5% reduction on the price for paying upfront is noted, thanks.") == []


def test_a_share_cut_from_admin_time_is_no_objection() -> None:
    assert latest("The pilot showed a 30% reduction in admin time for the team.") == []


def test_a_charge_to_come_down_before_signing_is_an_objection() -> None:
    text = "The migration charge has to be brought right down, or we can't go ahead."
    assert latest(text) == ["pricing_objection"]


def test_a_clause_to_go_before_signing_is_no_objection() -> None:
    assert latest("I need that auto-renewal clause gone, or I can't get this signed.") == []


def test_something_cut_down_without_a_condition_is_no_objection() -> None:
    assert latest("We cut the user list right down to the four leads, and I can get this signed Friday.") == []


# --- a spending freeze this deal is outside of -----------------------------------------------------------------------


def test_a_purchase_outside_the_freeze_is_no_budget_concern() -> None:
    text = (
        "Head office announced a spending freeze this week. Your subscription falls outside the freeze, it is billed"
        " to the client."
    )
    assert latest(text) == []


def test_an_order_exempt_from_the_cuts_is_no_budget_concern() -> None:
    assert latest("Group announced budget cuts today. This order is exempt from the cuts, it's rebilled.") == []


def test_only_payroll_outside_the_freeze_is_a_budget_concern() -> None:
    text = (
        "Head office announced a spending freeze this week. Only payroll falls outside the freeze, as far as I can"
        " tell from the memo."
    )
    assert latest(text) == ["budget_concern"]


def test_travel_exempt_from_the_freeze_is_a_budget_concern() -> None:
    assert latest("We announced a spending freeze today. Travel is exempt from the freeze.") == ["budget_concern"]


# --- the champion's own signature gone from a point on ---------------------------------------------------------------


def test_no_longer_signing_it_off_yourself_is_a_change() -> None:
    text = "Small change: I don't approve these myself any longer; our new COO does."
    assert latest(text) == ["stakeholder_change"]


def test_no_longer_signing_the_contract_is_a_change() -> None:
    assert latest("I no longer sign off the contract, Pieter does now.") == ["stakeholder_change"]


def test_never_having_signed_it_off_yourself_is_no_change() -> None:
    assert latest("I don't sign these off myself, our finance lead always has.") == []


def test_no_longer_signing_anything_before_lunch_is_no_change() -> None:
    assert latest("I don't sign anything before lunch any more, so expect it this afternoon.") == []


# --- the courtesy spent and a bare order, after warmth ---------------------------------------------------------------

WARM = "Imke, the walkthrough was superb and the whole team is excited. Really looking forward to this!"


def test_asking_nicely_before_and_a_bare_order_is_a_drop() -> None:
    codes = thread(
        WARM,
        "Imke, small thing: your marketing team keeps sending us newsletters. Could you take us off the list? Thanks.",
        "Four more newsletters from your marketing team landed today, one in our chairman's inbox. We asked politely"
        " before. Get it sorted.",
    )
    assert codes == ["sentiment_drop"]


def test_asking_nicely_once_and_getting_it_is_no_drop() -> None:
    codes = thread(
        WARM,
        "Imke, small thing: could you send the invoices to our new address? Thanks.",
        "I asked nicely once and your team updated it the same day. Great service, thank you!",
    )
    assert codes == []


def test_sorting_it_out_together_is_no_drop() -> None:
    codes = thread(
        WARM,
        "Imke, small thing: the invoices went to our old address. Could you update it?",
        "Thanks, all updated now. Let's sort it out properly on Thursday's call, no rush at all.",
    )
    assert codes == []


# --- a mock tip beside sarcasm, after a failure of ours --------------------------------------------------------------


def test_a_mock_tip_and_sarcasm_after_a_failed_session_is_a_drop() -> None:
    codes = thread(
        WARM,
        "The training was fine overall, a couple of people found it fast. Could you send the notes?",
        "Our director phoned the trainer again himself, since the notes you sent didn't really answer anything. Top"
        " tip: when you pick a trainer, maybe check they know the module first. So that went perfectly. Cheers for"
        " that.",
    )
    assert codes == ["sentiment_drop"]


def test_a_pro_tip_with_no_failure_is_help() -> None:
    codes = thread(
        WARM,
        "The training was fine overall. Could you send the slides?",
        "Got the slides, thank you! Pro tip for your other customers: the export sits under Settings. All good here.",
    )
    assert codes == []


def test_so_that_went_well_with_nothing_wrong_is_sincere() -> None:
    codes = thread(
        WARM,
        "The training was fine overall. Could you send the slides?",
        "Slides received and the team used them today. So that went well, thanks again for the help!",
    )
    assert codes == []


# --- a Dutch change come back undone, with a bare request ------------------------------------------------------------


def test_a_dutch_change_come_back_undone_after_warmth_is_a_drop() -> None:
    codes = thread(
        "Hoi Imke, wat een fijne demo! Het team is echt enthousiast, precies wat we nodig hadden.",
        "Imke, onze jurist heeft de opzegtermijn aangepast, zie de markeringen. Kun je dat verwerken?",
        "De oude opzegtermijn staat er weer in. Onveranderd. Graag een nieuwe versie.",
    )
    assert codes == ["sentiment_drop"]


def test_an_english_change_come_back_undone_after_warmth_is_a_drop() -> None:
    codes = thread(
        "Imke, what a lovely demo! The team is really delighted, exactly what we needed.",
        "Imke, our lawyer changed the notice period, see the markup. Can you work that in?",
        "The old notice period is back in. Untouched. The right draft, please.",
    )
    assert codes == ["sentiment_drop"]


def test_a_dutch_colleague_back_in_the_office_is_no_drop() -> None:
    codes = thread(
        "Hoi Imke, wat een fijne demo! Het team is echt enthousiast.",
        "Imke, onze jurist is deze week op vakantie.",
        "Onze jurist is weer terug. Graag een nieuwe versie van het contract.",
    )
    assert codes == []


def test_a_dutch_draft_changed_as_asked_is_no_drop() -> None:
    codes = thread(
        "Hoi Imke, wat een fijne demo! Het team is echt enthousiast.",
        "Imke, onze jurist heeft de opzegtermijn aangepast. Kun je dat verwerken?",
        "Top, de opzegtermijn is aangepast. Graag de definitieve versie, dan tekenen we.",
    )
    assert codes == []
