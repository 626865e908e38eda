"""Risk classes the 57th blind set showed the engine missing: a deal paused, money cut and purchases put off to a
later half-year, said in Spanish, Portuguese, French or Italian; warmth said as an adjective ("encantados") before
a curt reply; and a price ask the customer sizes as small themselves ("even a few percent"), which is no
substantial discount. Each has hard negatives in the same words."""

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


# --- the project paused, in their language ---------------------------------------------------------------------------


def test_a_spanish_project_put_on_pause_is_a_slip() -> None:
    assert latest("Tobias aquí: hemos puesto el proyecto en pausa hasta nuevo aviso.") == ["timeline_slip"]


def test_an_italian_contract_on_pause_with_no_date_is_a_slip() -> None:
    assert latest("Il contratto è in pausa per ora, non ho una data da darti.") == ["timeline_slip"]


def test_a_meeting_paused_for_minutes_is_no_slip() -> None:
    assert latest("Dejamos la llamada en pausa diez minutos y seguimos con el contrato.") == []


def test_a_pause_already_over_is_no_slip() -> None:
    assert latest("O projeto esteve em pausa em maio, mas já voltámos: assinamos na sexta.") == []


# --- money cut and purchases put off, in their language --------------------------------------------------------------


def test_a_portuguese_board_cutting_the_budget_and_deferring_to_h2() -> None:
    text = "A direção recortou o orçamento da área e adiaram as compras de software para o segundo semestre."
    assert latest(text) == ["budget_concern", "timeline_slip"]


def test_a_spanish_budget_cut_in_the_plain_past_is_a_budget_concern() -> None:
    assert latest("Finanzas recortó el presupuesto de sistemas este mes.") == ["budget_concern"]


def test_a_budget_not_cut_is_no_concern() -> None:
    assert latest("Finanzas no recortó el presupuesto de sistemas, seguimos adelante.") == []


def test_a_meeting_put_off_a_day_is_no_slip() -> None:
    assert latest("A equipa adiou a reunião de terça para quarta.") == []


def test_a_call_that_cut_out_is_no_budget_concern() -> None:
    assert latest("Se cortó la llamada, te llamo en cinco minutos.") == []


# --- warmth as an adjective, then a curt reply ----------------------------------------------------------------------


def test_delighted_as_an_adjective_then_a_complaint_then_a_bare_receipt_is_a_drop() -> None:
    codes = thread("¡Encantadas con la demo, el equipo ya quiere empezar!", "La formación empezó tarde.", "Recibido.")
    assert codes == ["sentiment_drop"]


def test_portuguese_delight_then_a_bare_receipt_is_a_drop() -> None:
    codes = thread("Encantados com a proposta, a equipa já quer começar.", "O plano veio incompleto.", "Recebido.")
    assert codes == ["sentiment_drop"]


def test_delighted_twice_is_no_drop() -> None:
    codes = thread("¡Encantados con la demo, el equipo ya quiere empezar!", "Encantados también con la formación.")
    assert codes == []


def test_delighted_then_a_receipt_with_a_next_step_is_no_drop() -> None:
    codes = thread(
        "¡Encantados con la demo, el equipo ya quiere empezar!",
        "Recibido. Lo revisamos el lunes y te confirmo la fecha.",
    )
    assert codes == []


# --- a price ask sized as small ------------------------------------------------------------------------------------


def test_a_flexibility_ask_sized_as_a_couple_of_percent_is_no_objection() -> None:
    text = "Any flexibility on the fee? Just a couple of percent would make my CFO smile."
    assert "pricing_objection" not in latest(text)


def test_a_discount_ask_sized_as_a_small_gesture_is_no_objection() -> None:
    text = "Could you offer something on the pricing? A small gesture is all I'm after, the rest is agreed."
    assert "pricing_objection" not in latest(text)


def test_a_bare_ask_with_a_large_size_is_an_objection() -> None:
    text = "Could you do something on price? We'd need 25% off to get it approved."
    assert "pricing_objection" in latest(text)


def test_a_small_ask_beside_a_verdict_on_the_price_is_an_objection() -> None:
    text = "Honestly your pricing is far too high for what we get. Even a few percent would help."
    assert "pricing_objection" in latest(text)


def test_a_bare_ask_with_no_size_stays_an_objection() -> None:
    assert "pricing_objection" in latest("Could you do anything on price before we sign?")
