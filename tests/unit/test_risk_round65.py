"""Risk classes the 65th/66th blind sets showed the engine missing: a pricing objection written wholly in
Portuguese, Dutch or Hinglish (the price said to sit well above what they will pay, the cut demanded with its floor).
Each has hard negatives."""

from __future__ import annotations

from tests.unit.risk_threads import HALVORSEN

latest = HALVORSEN.latest  # a warm, eager opening; the deal closes 2017-08-31, now is 2017-06-20


# --- a pricing objection in Portuguese, Dutch or Hinglish ---------------------------------------------------------


def test_portuguese_price_well_above_is_a_pricing_objection() -> None:
    assert latest("Tomas, o preço é bem acima do nosso limite para este ano. Abraço.") == ["pricing_objection"]


def test_portuguese_discount_floor_is_a_pricing_objection() -> None:
    assert latest("Tomas, para fechar precisamos de um desconto de no mínimo 15% no contrato.") == ["pricing_objection"]


def test_dutch_price_well_above_is_a_pricing_objection() -> None:
    assert latest("Tomas, het bedrag zit ver boven ons budget voor dit kwartaal, helaas.") == ["pricing_objection"]


def test_dutch_no_go_without_discount_is_a_pricing_objection() -> None:
    assert latest("Tomas, zonder korting wordt het moeilijk om dit intern te verkopen.") == ["pricing_objection"]


def test_hinglish_rate_too_high_is_a_pricing_objection() -> None:
    assert latest("Tomas bhai, price kaafi zyada hai for a team our size.") == ["pricing_objection"]


def test_hinglish_cut_demand_is_a_pricing_objection() -> None:
    assert latest("Tomas, thoda adjust karo, 15% kam karo then we can close it.") == ["pricing_objection"]


def test_portuguese_satisfaction_well_above_is_no_objection() -> None:
    assert latest("Tomas, a qualidade está muito acima do que esperávamos. Parabéns à equipa!") == []


def test_portuguese_discount_already_applied_is_no_objection() -> None:
    assert latest("Tomas, vi que o desconto de 10% já está aplicado. Obrigado, tudo certo.") == []


def test_dutch_usage_well_above_target_is_no_objection() -> None:
    assert latest("Tomas, het gebruik ligt flink boven onze verwachting, het team is enthousiast.") == []


def test_hinglish_interest_high_is_no_objection() -> None:
    assert latest("Tomas bhai, team ka interest bahut zyada hai, let's move fast.") == []


def test_hinglish_cut_the_delay_is_no_objection() -> None:
    assert latest("Tomas, setup time 50% kam ho gaya with your tool, great stuff.") == []


# --- a later date given as the realistic estimate for signature -------------------------------------------------


def test_youre_looking_at_a_later_month_before_signing_is_a_slip() -> None:
    assert latest("Tomas, legal is slammed, so you're probably looking at October until the contract is signed.") == [
        "timeline_slip"
    ]


def test_youd_be_looking_at_a_later_month_for_the_order_is_a_slip() -> None:
    assert latest("Tomas, honestly you'd be looking at late November for the order, sorry.") == ["timeline_slip"]


def test_portuguese_signature_left_for_a_later_month_is_a_slip() -> None:
    assert latest("Tomas, com as férias, a assinatura vai ficar para outubro. Continuamos interessados.") == [
        "timeline_slip"
    ]


def test_spanish_signature_left_for_a_later_month_is_a_slip() -> None:
    assert latest("Tomas, por la auditoría la firma se queda para noviembre. Seguimos interesados.") == [
        "timeline_slip"
    ]


def test_youre_looking_at_an_on_time_month_before_signing_is_no_slip() -> None:
    assert latest("Tomas, all good: you're looking at early August before we sign, well ahead of plan.") == []


def test_youre_looking_at_a_saving_before_signing_is_no_slip() -> None:
    assert latest("Tomas, you're looking at a decent saving for us before any order, which is great.") == []


def test_portuguese_signature_left_for_an_on_time_date_is_no_slip() -> None:
    assert latest("Tomas, tudo certo, a assinatura vai ficar para 10 de agosto, como previsto.") == []


def test_portuguese_meeting_left_for_a_later_month_is_no_slip() -> None:
    assert latest("Tomas, a reunião de equipa vai ficar para outubro, nada a ver com o projeto.") == []


# --- the register turned formal: first name, then title and surname ---------------------------------------------

msg = HALVORSEN.msg


def _thread(warm: str, last: str) -> list[str]:
    return HALVORSEN.codes(
        [
            msg("2017-06-01T10:00", warm),
            msg("2017-06-02T09:00", "Glad to hear it, quote attached.", "outbound"),
            msg("2017-06-16T11:00", last),
        ]
    )


def test_dear_mr_after_hi_first_name_is_a_sentiment_drop() -> None:
    assert _thread(
        "Hi Tomas! Fantastic session, everyone here is excited. Let's move quickly!",
        "Dear Mr Berg,\n\nYour quote has been received and is under internal consideration.\n\nRegards,\nL. Ferro",
    ) == ["sentiment_drop"]


def test_german_formal_address_after_hallo_is_a_sentiment_drop() -> None:
    assert _thread(
        "Hallo Tomas, super Workshop heute, vielen Dank! Bis bald.",
        "Sehr geehrter Herr Berg,\n\nwir haben Ihr Angebot erhalten und prüfen es intern.\n\n"
        "Mit freundlichen Grüßen\nL. Ferro",
    ) == ["sentiment_drop"]


def test_formal_address_throughout_is_no_drop() -> None:
    assert (
        _thread(
            "Dear Mr Berg, thank you for the session, we look forward to your quotation.",
            "Dear Mr Berg,\n\nYour quote has been received and is under internal consideration.\n\nRegards,\nL. Ferro",
        )
        == []
    )


def test_formal_address_with_warmth_is_no_drop() -> None:
    assert (
        _thread(
            "Hi Tomas! Fantastic session, everyone here is excited.",
            "Dear Mr Berg,\n\nWe are delighted to confirm the order, thank you so much for your help!\n\nL. Ferro",
        )
        == []
    )


def test_hi_first_name_both_times_is_no_drop() -> None:
    assert (
        _thread(
            "Hi Tomas! Fantastic session, everyone here is excited.",
            "Hi Tomas, quote received, we're reviewing it this week and will confirm by Friday.",
        )
        == []
    )


# --- the champion leaving, in Dutch or the French perfect -------------------------------------------------------


def test_dutch_leaving_the_firm_with_a_date_is_a_stakeholder_change() -> None:
    assert latest("Hoi Tomas, klein nieuwtje: ik vertrek eind juli bij Halvorsen. Groet, Lucia") == [
        "stakeholder_change"
    ]


def test_dutch_leaving_the_firm_is_a_stakeholder_change() -> None:
    assert latest("Hoi Tomas, ik verlaat Halvorsen volgende maand, Sem neemt het van me over.") == [
        "stakeholder_change"
    ]


def test_french_perfect_left_the_firm_is_a_stakeholder_change() -> None:
    assert latest("Bonjour, Mme Ferro a quitté Halvorsen fin mai. Écrivez à Paul Roux désormais.") == [
        "stakeholder_change"
    ]


def test_dutch_leaving_on_a_trip_is_no_change() -> None:
    assert latest("Hoi Tomas, ik vertrek morgen naar Lissabon voor de beurs, tot volgende week!") == []


def test_french_left_the_office_early_is_no_change() -> None:
    assert latest("Bonjour Tomas, Lucia a quitté le bureau plus tôt, elle vous rappelle demain.") == []


# --- a fault of ours counted by its ordinal, with sarcasm beside it ---------------------------------------------

_WARM = "Hi Tomas! Fantastic session, everyone here is excited. Let's move quickly!"


def test_counted_freeze_with_sarcasm_is_a_sentiment_drop() -> None:
    assert _thread(
        _WARM, "Fourth freeze today, mid client call. Oh, brilliant. Exactly the reliability we hoped for."
    ) == ["sentiment_drop"]


def test_spanish_third_time_with_sarcasm_is_a_sentiment_drop() -> None:
    assert _thread(_WARM, "Otra vez sin informe, tercera vez. Fantastic. Really top service.") == ["sentiment_drop"]


def test_counted_restart_of_the_plan_is_no_drop() -> None:
    assert _thread(_WARM, "Second restart of the plan today and it looks great. Wonderful, thanks!") == []


def test_third_time_working_together_praised_is_no_drop() -> None:
    assert _thread(_WARM, "Our third rollout with you went perfectly, many thanks to the whole crew!") == []


# --- a rival's bid named by its possessive alone ----------------------------------------------------------------


def test_rivals_possessive_bids_in_is_a_competitor() -> None:
    assert latest("Tomas, finance now holds Tellurix's and Quorvia's in, so it goes to a panel.") == [
        "competitor_mentioned"
    ]


def test_rivals_possessive_came_in_is_a_competitor() -> None:
    assert latest("Tomas, quick one: Stackline's came in on Monday, the panel meets Friday.") == [
        "competitor_mentioned"
    ]


def test_rivals_possessive_restaurant_is_no_competitor() -> None:
    assert latest("Tomas, dinner at Lumora's after the signing? Their risotto is famous.") == []


def test_rivals_possessive_keynote_is_no_competitor() -> None:
    assert latest("Tomas, did you catch Brightwave's keynote in Lisbon? Fun talk, unrelated to us.") == []


# --- an absence announced in the customer's language ------------------------------------------------------------


def _away(announced: str, now: str = "2017-09-01") -> list[str]:
    return HALVORSEN.codes(
        [
            msg("2017-08-02T10:00", announced),
            msg("2017-08-03T09:00", "Enjoy the break!", "outbound"),
            msg("2017-08-21T10:00", "Updated contract attached for your return.", "outbound"),
            msg("2017-08-30T11:00", "A reminder for when you're back: signature by end of September.", "outbound"),
        ],
        now=now,
        close="2017-09-29",
    )


def test_spanish_holiday_until_a_date_is_no_silence() -> None:
    assert _away("Hola Tomas, estoy de vacaciones hasta el 8 de septiembre. Seguimos adelante con el proyecto.") == []


def test_dutch_holiday_back_on_a_date_is_no_silence() -> None:
    assert _away("Hoi Tomas, ik ga op vakantie, ik ben terug op 8 september. Het project staat.") == []


def test_holiday_over_long_ago_is_still_silence() -> None:
    assert _away("Hola Tomas, estoy de vacaciones hasta el 5 de agosto. Seguimos adelante.", now="2017-09-20") == [
        "gone_quiet"
    ]


def test_foreign_note_with_no_absence_is_still_silence() -> None:
    assert _away("Hola Tomas, seguimos adelante con el proyecto, lo miro y te digo.") == ["gone_quiet"]
