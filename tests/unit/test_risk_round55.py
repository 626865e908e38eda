"""Risk classes the 55th blind set showed the engine missing: whole messages in the customer's language (a rival
evaluated and compared, the champion leaving with a successor taking the decision, the price too high with a
discount asked, new projects frozen with no date yet, and a Dutch tone going sour), and sarcasm that relishes the
time a failure of ours costs them. Each has hard negatives in the same words."""

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


# --- a rival evaluated and compared, in their language --------------------------------------------------------------


def test_a_rival_under_evaluation_in_italian_is_a_competitor() -> None:
    text = "Stiamo valutando anche Tellurix per lo stesso progetto, ne parliamo con il team."
    assert latest(text) == ["competitor_mentioned"]


def test_a_rival_under_evaluation_in_german_is_a_competitor() -> None:
    assert latest("Wir evaluieren derzeit auch NorthPeak für dasselbe Projekt.") == ["competitor_mentioned"]


def test_a_rival_no_longer_evaluated_is_no_competitor() -> None:
    assert latest("Ya no estamos evaluando Lumora, nos quedamos con ustedes.") == []


def test_evaluating_our_own_proposal_is_no_competitor() -> None:
    assert latest("Stiamo valutando la vostra proposta con il team tecnico.") == []


def test_evaluating_only_us_after_ruling_a_rival_out_is_no_competitor() -> None:
    assert latest("Nous avons écarté Quorvia, nous évaluons seulement votre offre.") == []


# --- the champion leaving and a successor taking the decision, in their language ------------------------------------


def test_leaving_the_firm_with_a_successor_deciding_in_spanish_is_a_change() -> None:
    text = (
        "Les cuento que dejo la empresa en octubre. Pablo Ruiz, nuestro nuevo director, se hace cargo y tomará la"
        " decisión."
    )
    assert latest(text) == ["stakeholder_change"]


def test_leaving_the_firm_with_a_successor_deciding_in_italian_is_a_change() -> None:
    text = "Lascio Harrowfield a fine mese. Giulia Conti prende in carico il progetto e prenderà la decisione."
    assert latest(text) == ["stakeholder_change"]


def test_leaving_a_link_is_no_change() -> None:
    assert latest("Te dejo el enlace a la grabación de la demo.") == []


def test_leaving_the_office_for_the_day_is_no_change() -> None:
    assert latest("Je quitte le bureau à 17h, appelez-moi demain.") == []


def test_getting_back_in_touch_is_no_change() -> None:
    assert latest("Marc reprend contact avec vous demain pour la signature.") == []


# --- the price too high and a discount asked, in their language -----------------------------------------------------


def test_a_price_too_high_in_spanish_is_an_objection() -> None:
    assert latest("El precio es demasiado alto para lo que usamos.") == ["pricing_objection"]


def test_a_price_too_high_in_french_is_an_objection() -> None:
    assert latest("Le prix est trop élevé pour une équipe de notre taille.") == ["pricing_objection"]


def test_a_percentage_off_the_list_price_in_spanish_is_an_objection() -> None:
    assert latest("Para seguir necesitaríamos un 30% de descuento sobre el precio de lista.") == ["pricing_objection"]


def test_a_quality_that_is_very_high_is_no_objection() -> None:
    assert latest("La qualità del supporto è molto alta, complimenti.") == []


def test_a_price_that_is_not_too_high_is_no_objection() -> None:
    assert latest("El precio no es demasiado alto, está bien así.") == []


def test_a_price_breakdown_in_french_is_no_objection() -> None:
    assert latest("Pouvez-vous détailler le prix par licence ?") == []


# --- new projects frozen with no date, in their language ------------------------------------------------------------


def test_new_projects_frozen_with_no_date_in_spanish_is_a_slip() -> None:
    text = "La dirección decidió congelar todos los proyectos nuevos hasta la auditoría; todavía no hay fecha."
    assert latest(text) == ["timeline_slip"]


def test_new_projects_frozen_in_french_is_a_slip() -> None:
    assert latest("On doit geler tous les nouveaux projets jusqu'à la fusion.") == ["timeline_slip"]


def test_no_date_yet_for_the_training_is_no_slip() -> None:
    assert latest("Todavía no hay fecha para la formación, pero firmamos el contrato el viernes.") == []


def test_prices_frozen_in_their_catalogue_is_no_slip() -> None:
    assert latest("Congelaron los precios de nuestro catálogo hasta marzo, buenas noticias para los clientes.") == []


# --- a tone going sour, in Dutch ------------------------------------------------------------------------------------


def test_a_dutch_thread_going_from_keen_to_disappointed_is_a_drop() -> None:
    codes = thread(
        "Hoi Imke, het team is enthousiast, we willen graag verder. Dank je wel!",
        "Imke, de koppeling werkt nog steeds niet. Dat is jammer.",
        "Een week later en nog niets. Ik ben behoorlijk teleurgesteld. Zo gaan we niet verder.",
    )
    assert codes == ["sentiment_drop"]


def test_a_dutch_thread_with_one_mild_pity_amid_warmth_is_no_drop() -> None:
    codes = thread(
        "Hoi Imke, het team is enthousiast. Dank je wel!",
        "Jammer dat de demo kort was, maar we willen graag verder.",
        "Geweldig, hartelijk dank voor de snelle hulp!",
    )
    assert codes == []


def test_a_dutch_not_disappointed_is_no_drop() -> None:
    codes = thread(
        "Hoi Imke, het team is enthousiast. Dank je wel!",
        "Ik ben niet teleurgesteld, integendeel: geweldig werk. Bedankt!",
    )
    assert codes == []


# --- sarcasm that relishes the time a failure of ours costs them ----------------------------------------------------


def test_loving_spending_evenings_redoing_after_a_failure_is_a_drop() -> None:
    codes = thread(
        "The sync failed overnight and we lost the day's orders. Can you look?",
        "Sync failed again. Absolutely loving spending our evenings re-entering orders.",
    )
    assert codes == ["sentiment_drop"]


def test_enjoying_rekeying_every_invoice_after_a_failure_is_a_drop() -> None:
    codes = thread(
        "The export broke and wiped the invoice batch. Could someone check?",
        "Export broke again. Really enjoying re-keying every invoice by hand.",
    )
    assert codes == ["sentiment_drop"]


def test_loving_spending_a_day_with_the_team_is_sincere() -> None:
    assert latest("We'd love spending a day with your team in Leeds next month.") == []


def test_enjoying_the_time_saved_once_fixed_is_sincere() -> None:
    codes = thread(
        "The sync failed overnight. Can you look?",
        "It's fixed now, thank you. Honestly we're enjoying spending our mornings in the new dashboard.",
    )
    assert codes == []
