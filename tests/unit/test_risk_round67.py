"""Risk classes the 67th blind set showed the engine missing or over-reading: a halt told without the pause words
(nobody can say when it restarts, purchase orders stopped, the purchase among the items parked), a spending ban, a
signature tied back to a date named first, "the quarter after next", "the 20th of next month" as an absence's end,
a departure in Spanish, Portuguese or Italian, sarcasm by mock patience or disbelief; and the false alarms of a trip
read as a departure, "spent-on-signature" read as money spent, and another site's cut beside "my budget is
unchanged". Each class has hard negatives."""

from __future__ import annotations

from tests.unit.risk_threads import HARROWFIELD

latest = HARROWFIELD.latest  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20
msg = HARROWFIELD.msg


# --- the deal halted with no date, in words the pause cues do not know ---------------------------------------------


def test_nobody_can_say_when_the_tender_reopens_is_a_slip() -> None:
    assert latest(
        "Imke, the money is still there, but nobody can tell me when the tender will be reopened. Speak soon."
    ) == ["timeline_slip"]


def test_we_dont_know_when_the_purchase_resumes_is_a_slip() -> None:
    assert latest("Imke, after the audit finding we don't know when the purchase will resume. Speak soon.") == [
        "timeline_slip"
    ]


def test_no_idea_when_it_goes_ahead_is_a_slip() -> None:
    assert latest("Imke, the requisition is frozen in workflow and I have no idea when it will go ahead.") == [
        "timeline_slip"
    ]


def test_purchase_orders_frozen_until_go_live_is_a_slip() -> None:
    assert latest("Imke, purchasing has frozen PO creation until the new finance system is live. Budget is fine.") == [
        "timeline_slip"
    ]


def test_no_pos_can_be_raised_is_a_slip() -> None:
    assert latest("Imke, no purchase orders can be raised while the ERP migration runs. The money is there.") == [
        "timeline_slip"
    ]


def test_purchase_among_the_items_parked_is_a_slip() -> None:
    assert latest("Imke, the committee met and the scanner purchase was one of the items parked.") == ["timeline_slip"]


def test_nobody_knows_when_the_canteen_reopens_is_no_slip() -> None:
    text = "Imke, the site is being refurbished and nobody can tell me when the canteen will reopen. Order on for June."
    assert latest(text) == []


def test_i_will_tell_you_when_the_tender_reopens_is_no_slip() -> None:
    assert latest("Imke, I'll tell you when the portal reopens for uploads; the order itself is on for June.") == []


def test_we_froze_the_po_at_ten_seats_is_no_slip() -> None:
    assert latest("Imke, we froze the PO at ten seats and it goes out on Monday.") == []


def test_our_order_is_not_among_the_items_parked_is_no_slip() -> None:
    assert latest("Imke, the board parked several items, but our scanner order was not one of them.") == []


# --- a spending ban said without "freeze" or "cut" ---------------------------------------------------------------


def test_nothing_new_gets_spent_until_april_is_a_budget_concern() -> None:
    assert "budget_concern" in latest("Imke, the board decided nothing new gets spent until the new financial year.")


def test_no_new_spending_until_is_a_budget_concern() -> None:
    assert latest("Imke, head office says no new spending until the audit closes.") == ["budget_concern"]


def test_nothing_more_can_be_bought_this_year_is_a_budget_concern() -> None:
    assert "budget_concern" in latest("Imke, bad news from finance: nothing more can be bought this year.")


def test_nothing_new_was_spent_on_travel_is_no_budget_concern() -> None:
    assert latest("Imke, we kept a tight ship: nothing new was spent on travel in May, and the order is on.") == []


def test_nothing_new_gets_decided_is_no_budget_concern() -> None:
    assert "budget_concern" not in latest("Imke, nothing new gets decided until Friday's call, then we sign.")


# --- a signature tied back to a date named first -------------------------------------------------------------------


def test_back_at_end_of_next_month_thats_when_we_sign_is_a_slip() -> None:
    assert latest("Imke, our CEO has to countersign and is away until mid-August, so that's when we'll sign.") == [
        "timeline_slip"
    ]


def test_board_meets_in_september_we_sign_then_is_a_slip() -> None:
    assert latest("Imke, the board only meets again on 14 September and we can sign then. Speak soon.") == [
        "timeline_slip"
    ]


def test_we_sign_at_that_point_after_a_later_date_is_a_slip() -> None:
    assert latest("Imke, our auditors finish on 21 July and we'll sign at that point. Speak soon.") == ["timeline_slip"]


def test_thats_when_we_sign_inside_the_window_is_no_slip() -> None:
    assert latest("Imke, she's back on 26 June, so that's when we'll sign.") == []


def test_thats_when_we_wont_sign_is_no_slip_by_this_cue() -> None:
    assert latest("Imke, the auditors arrive on 3 July; that's when we review suppliers, not when we sign.") == []


# --- "the quarter after next", "the month after next" -------------------------------------------------------------


def test_quarter_after_next_for_signing_is_a_slip() -> None:
    assert latest("Imke, realistically we're looking at the quarter after next for signing.") == ["timeline_slip"]


def test_month_after_next_for_the_order_is_a_slip() -> None:
    assert latest("Imke, facilities need the room first, so we'll sign the month after next.") == ["timeline_slip"]


def test_year_after_next_for_the_decision_is_a_slip() -> None:
    assert latest("Imke, we're now looking at the year after next for the order.") == ["timeline_slip"]


def test_week_after_next_for_signing_is_no_slip() -> None:
    assert latest("Imke, we'll sign the week after next, well before month end.") == []


def test_quarter_after_next_for_the_rollout_is_no_slip() -> None:
    assert latest("Imke, we sign this month as planned; the rollout to other sites is the quarter after next.") == []


# --- a departure told in Spanish, Portuguese or Italian ---------------------------------------------------------


def test_spanish_left_the_company_is_a_stakeholder_change() -> None:
    assert latest("Imke, le informo de que Tobias Lindqvist dejó la empresa la semana pasada.") == [
        "stakeholder_change"
    ]


def test_portuguese_left_the_company_is_a_stakeholder_change() -> None:
    assert latest("Imke, informo que o Tobias Lindqvist deixou a empresa na sexta-feira.") == ["stakeholder_change"]


def test_italian_left_the_company_is_a_stakeholder_change() -> None:
    assert latest("Imke, la informo che Tobias Lindqvist ha lasciato l'azienda venerdì scorso.") == [
        "stakeholder_change"
    ]


def test_spanish_left_the_contract_signed_is_no_stakeholder_change() -> None:
    assert latest("Imke, Tobias dejó el contrato firmado en recepción esta mañana.") == []


def test_spanish_left_the_link_is_no_stakeholder_change() -> None:
    assert latest("Imke, te dejo el enlace a la carpeta con el pedido.") == []


# --- a trip is no departure ----------------------------------------------------------------------------------------


def test_left_for_a_tour_is_no_stakeholder_change() -> None:
    assert latest("Imke, our director has to countersign and she's just left for a tour of our plants.") == []


def test_left_on_a_trip_is_no_stakeholder_change() -> None:
    assert latest("Imke, Jonas left on a two-week trip to our suppliers, he signs when back on the 26th.") == []


def test_left_for_a_few_days_is_no_stakeholder_change() -> None:
    assert latest("Imke, my manager left for a few days, so the PO goes out on the 27th.") == []


def test_left_for_a_competitor_is_still_a_stakeholder_change() -> None:
    assert latest("Imke, heads-up: our CFO left for a competitor last week.") == ["stakeholder_change"]


def test_left_for_another_company_is_still_a_stakeholder_change() -> None:
    assert latest("Imke, our sponsor Jonas left for another company on Friday.") == ["stakeholder_change"]


# --- "spent-on-signature" is no money spent; another site's cut beside "my budget is unchanged" -------------------


def test_budget_approved_and_spent_on_signature_is_no_budget_concern() -> None:
    assert latest("Imke, this comes out of this year's budget, which is approved and spent-on-signature.") == []


def test_other_site_cut_with_my_budget_unchanged_is_no_budget_concern() -> None:
    text = "Imke, you may hear our Leeds depot's budget was cut. My budget and my sign-off are unchanged."
    assert latest(text) == []


def test_other_project_cut_with_our_budget_intact_is_no_budget_concern() -> None:
    text = "Imke, the press says the group budget was slashed for the new HQ. Our budget remains intact for this."
    assert latest(text) == []


def test_budget_set_up_as_spent_on_delivery_is_no_budget_concern() -> None:
    assert latest("Imke, our budget is set up as spent-on-delivery, so the invoice follows the kit.") == []


def test_budget_approved_and_spent_as_invoiced_is_no_budget_concern() -> None:
    assert latest("Imke, the budget is approved and spent-as-invoiced, so we pay on receipt.") == []


def test_other_site_lost_its_budget_with_ours_untouched_is_no_budget_concern() -> None:
    text = "Imke, our Hull site lost its budget in the cuts. Our budget stays untouched and we sign on the 28th."
    assert latest(text) == []


def test_sister_plant_frozen_with_budget_as_agreed_is_no_budget_concern() -> None:
    text = "Imke, the press says our sister plant's budget was frozen. Budget and timing are as agreed on our side."
    assert latest(text) == []


def test_budget_spent_on_repairs_is_still_a_budget_concern() -> None:
    assert latest("Imke, sorry, the budget was spent on the roof repairs.") == ["budget_concern"]


def test_budget_cut_with_scope_unchanged_is_still_a_budget_concern() -> None:
    assert latest("Imke, our budget was cut by half; the scope is unchanged, but we can't pay for it.") == [
        "budget_concern"
    ]


# --- "the 20th of next month" ends an announced absence ----------------------------------------------------------


def _shutdown(until: str, now: str) -> list[str]:
    return HARROWFIELD.codes(
        [
            msg("2017-05-02T10:00", f"Imke, our plant shuts down from Friday {until}, so I'll be unreachable."),
            msg("2017-05-03T10:00", "Good luck with the shutdown.", "outbound"),
            msg("2017-05-20T10:00", "Hi Tobias, sharing the plan for when you're back.", "outbound"),
            msg("2017-06-05T10:00", "Hi Tobias, a short reminder on the slots.", "outbound"),
        ],
        now=now,
        close="2017-07-31",
    )


def test_absence_until_the_20th_of_next_month_still_running_is_not_quiet() -> None:
    assert _shutdown("until the 20th of next month", "2017-06-10") == []


def test_absence_until_the_30th_of_next_month_still_running_is_not_quiet() -> None:
    assert _shutdown("until the 30th of next month", "2017-06-25") == []


def test_absence_until_the_25th_of_the_following_month_still_running_is_not_quiet() -> None:
    assert _shutdown("until the 25th of the following month", "2017-06-20") == []


def test_absence_until_the_5th_of_next_month_long_over_is_quiet() -> None:
    assert _shutdown("until the 5th of next month", "2017-07-20") == ["gone_quiet"]


def test_absence_until_the_10th_of_this_month_over_is_quiet() -> None:
    assert _shutdown("until the 10th of this month", "2017-06-20") == ["gone_quiet"]


# --- sarcasm by mock patience or disbelief beside a failure ------------------------------------------------------


def _dropped(last: str) -> list[str]:
    return HARROWFIELD.codes(
        [
            msg("2017-06-01T10:00", "Imke, really impressed with the pilot, thank you. Looking forward to go-live!"),
            msg("2017-06-02T09:00", "Import runs Thursday.", "outbound"),
            msg("2017-06-09T10:00", "Imke, the import ran and some records came through wrong. Please check."),
            msg("2017-06-12T09:00", "Fixed and re-imported.", "outbound"),
            msg("2017-06-16T10:00", last),
        ]
    )


def test_mock_patience_beside_a_failure_is_a_sentiment_drop() -> None:
    text = "Imke. Now the reports are blank. Oh, take your time, it's not like I promised my boss a demo today."
    assert _dropped(text) == ["sentiment_drop"]


def test_not_as_if_we_had_customers_waiting_is_a_sentiment_drop() -> None:
    text = "Imke, the reports are blank now. It's not as if we had customers waiting on those orders or anything."
    assert _dropped(text) == ["sentiment_drop"]


def test_sure_you_will_after_a_failure_is_a_sentiment_drop() -> None:
    text = "Imke, the dashboards are empty again. You say it'll be fixed by noon. Sure you will."
    assert _dropped(text) == ["sentiment_drop"]


def test_plain_patience_after_a_failure_is_no_sentiment_drop() -> None:
    text = (
        "Imke, thanks for the quick fix yesterday, all good now. No rush on the report, take your time, it's not"
        " like we lost any data."
    )
    assert "sentiment_drop" not in _dropped(text)


def test_sure_thing_is_no_sentiment_drop() -> None:
    text = "Imke, the dashboards are fine again, thanks for the quick fix. Sure thing on the call Friday, great!"
    assert _dropped(text) == []


def test_sure_you_will_get_the_order_is_no_sentiment_drop() -> None:
    assert _dropped("Imke, all fixed, thanks. Sure, you will get the signed order on Friday.") == []
