"""Round 82 classes: risk written by European subsidiaries in their own language (German, French, Spanish, Italian,
Dutch): the signature put past the close (German verb last, a Dutch floor said on its own, a quarter, a slip verb, a
pause of all new projects); the parent freezing, cutting or taking back the money; a new CFO taking the decision; a
local vendor quoting and the offers compared; the amount weighed against its value and a discount asked; the tone
dropping in their words; a site closure or board sitting announced abroad that keeps a silence from counting; and a
salutation never quoted as evidence. Each class has hard negatives."""

from __future__ import annotations

from datetime import date

import pytest

from agents.insights.risk import assess
from agents.insights.thread import DealFacts, split_sentences
from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
latest, msg, codes = THREAD.latest, THREAD.msg, THREAD.codes


# --- the signature past the close, said in their language -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Wegen der Inventur können wir den Auftrag leider erst im September unterschreiben.",
    "Wir werden den Rahmenvertrag erst Ende August unterzeichnen.",
    "Ik wil eerst met de directie praten voordat we tekenen. Dat wordt niet vóór augustus.",
    "La firma del contratto slitta purtroppo a settembre, per via delle ferie.",
    "Nous ne pourrons pas signer avant le troisième trimestre.",
    "Hemos dejado en pausa todos los proyectos nuevos, incluido el vuestro, y aún no hay fecha.",
    "Door de reorganisatie kunnen we pas in september tekenen.",
    "La signature est malheureusement reportée à septembre.",
])  # fmt: skip
def test_a_signature_put_past_the_close_abroad_is_a_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    "Der Einkauf kann erst nach der Sitzung am 22. Juni unterschreiben.",
    "Wir können den Vertrag erst am 26. Juni unterschreiben, also noch rechtzeitig.",
    "Ik wil eerst met de directie praten voordat we tekenen. Dat wordt niet vóór 24 juni.",
    "La riunione slitta a giovedì, la firma resta confermata per il 28.",
    "Nous signerons avant le troisième trimestre, comme prévu fin juin.",
])  # fmt: skip
def test_a_date_kept_inside_the_window_abroad_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


# --- the money frozen, cut or taken back, said in their language ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Le groupe a annoncé le gel des dépenses informatiques; le budget pour votre outil n'est plus disponible.",
    "Het hoofdkantoor heeft ons marketingbudget met dertig procent gekort.",
    "Purtroppo la copertura economica per questo acquisto non c'è più dopo la revisione del piano.",
    "La partida que teníamos ya no está disponible: el presupuesto fue congelado por la matriz.",
    "Ons projectbudget is bevroren door het moederbedrijf.",
    "Suite à une coupe budgétaire du groupe, nous devons tout revoir.",
])  # fmt: skip
def test_money_frozen_or_gone_abroad_is_a_budget_concern(text: str) -> None:
    assert "budget_concern" in latest(text), text


@pytest.mark.parametrize("text", [
    "Der Ausgabenstopp betrifft nur das Werk in Bremen. Unser Budget ist freigegeben und davon nicht betroffen.",
    "Het budget is niet gekort, we gaan gewoon door.",
    "Het budget is niet bevroren, alles loopt volgens plan.",
    "Le budget reste disponible, aucun gel chez nous.",
])  # fmt: skip
def test_money_untouched_abroad_is_no_budget_concern(text: str) -> None:
    assert "budget_concern" not in latest(text), text


# --- a new CFO taking the decision ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Desde el lunes tenemos un nuevo director financiero y la compra ya no es mía: la decisión final es suya.",
    "Seit Juli entscheidet unser neuer Finanzchef selbst, ich bin nur noch beratend dabei.",
    "La decisione finale non è più mia, ora decide il nuovo direttore finanziario.",
])  # fmt: skip
def test_a_new_cfo_taking_the_decision_abroad_is_a_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "Wir haben einen neuen Finanzchef in der Zentrale, aber die Entscheidung liegt weiterhin bei mir.",
    "La decisión final sigue siendo mía; firmo yo la semana que viene.",
])  # fmt: skip
def test_the_decision_kept_by_the_champion_abroad_is_no_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


# --- a local vendor quoting, the offers compared ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Onze inkoper wil ook een andere leverancier bekijken voordat we beslissen.",
    "Unser Geschäftsführer will noch einen lokalen Anbieter anschauen, der auch ein Angebot schickt.",
    "De offerte van de andere partij komt vrijdag; daarna leggen we beide naast elkaar.",
])  # fmt: skip
def test_a_local_vendor_weighed_up_abroad_is_a_competitor(text: str) -> None:
    assert "competitor_mentioned" in latest(text), text


@pytest.mark.parametrize("text", [
    "We hoeven geen andere leverancier te bekijken, jullie offerte is prima.",
    "Ik heb jullie offerte bekeken en stuur hem door naar finance.",
])  # fmt: skip
def test_no_rival_abroad_is_no_competitor(text: str) -> None:
    assert "competitor_mentioned" not in latest(text), text


# --- the amount weighed against its value, a discount asked -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Riteniamo che il prezzo proposto non sia proporzionato al valore per un team così piccolo.",
    "Le montant proposé reste nettement au-dessus de ce que nous pouvons justifier en interne.",
    "Pour avancer, nous aurions besoin d'un geste commercial de l'ordre de 18 %.",
    "Der Preis ist für unsere Nutzung deutlich zu hoch.",
    "Eerlijk gezegd is de prijs te hoog voor een team van vier.",
])  # fmt: skip
def test_the_amount_against_its_value_abroad_is_a_pricing_objection(text: str) -> None:
    assert "pricing_objection" in latest(text), text


@pytest.mark.parametrize("text", [
    "Il prezzo proposto è in linea con il budget, nessuna obiezione.",
    "Le montant proposé nous convient, merci de préparer le contrat.",
    "De prijs is niet te hoog, we tekenen volgende week.",
])  # fmt: skip
def test_an_amount_accepted_abroad_is_no_pricing_objection(text: str) -> None:
    assert "pricing_objection" not in latest(text), text


# --- the tone dropping in their words ---------------------------------------------------------------------------------


def _tone(first: str, second: str, third: str) -> list[str]:
    return codes([msg("2017-06-01T10:00", first), msg("2017-06-02T09:00", "Glad to hear it.", "outbound"),
                  msg("2017-06-08T10:00", second), msg("2017-06-09T09:00", "Sorry, on it.", "outbound"),
                  msg("2017-06-16T10:00", third)])  # fmt: skip


@pytest.mark.parametrize("third", [
    "Toujours aucune mise à jour, trois semaines après. Vraiment le service dont on rêvait.",
    "Nog steeds kapot. Geen reactie gehad.",
    "Otra vez mal. Así es difícil defenderos ante la dirección.",
    "Ich muss offen sagen, dass unser Vertrauen erheblich gelitten hat.",
])  # fmt: skip
def test_a_drop_said_in_their_language_is_a_sentiment_drop(third: str) -> None:
    first = "Excellent kick-off, the whole team is delighted, thank you!"
    assert "sentiment_drop" in _tone(first, "The export fails since Monday, could you look?", third), third


@pytest.mark.parametrize("third", [
    "Merci, tout fonctionne à nouveau, excellent travail de votre équipe !",
    "Het werkt weer, dank je wel voor de snelle hulp!",
])  # fmt: skip
def test_a_fix_welcomed_in_their_language_is_no_sentiment_drop(third: str) -> None:
    first = "Excellent kick-off, the whole team is delighted, thank you!"
    assert "sentiment_drop" not in _tone(first, "The export fails since Monday, could you look?", third), third


def test_a_hello_with_a_title_then_a_formal_planning_mail_is_no_drop() -> None:
    found = codes([
        msg("2017-06-01T10:00", "Hallo Herr Vos, the users like it, das Feedback ist gut."),
        msg("2017-06-02T09:00", "Danke!", "outbound"),
        msg("2017-06-16T10:00", "Sehr geehrter Herr Vos,\n\nzur Planung: die Freigabe folgt am 22. Juni.\n\nMfG"),
    ])  # fmt: skip
    assert "sentiment_drop" not in found


def test_a_first_name_hello_then_a_cold_formal_mail_still_drops() -> None:
    found = codes([
        msg("2017-06-01T10:00", "Hallo Imke, super Workshop, vielen Dank!! Alle sind begeistert."),
        msg("2017-06-02T09:00", "Gerne!", "outbound"),
        msg("2017-06-16T10:00", "Sehr geehrte Frau Vos,\n\nwir stellen fest, der Fehler ist nicht behoben.\n\nMfG"),
    ])  # fmt: skip
    assert "sentiment_drop" in found


# --- an absence or board sitting announced abroad; the salutation never quoted ----------------------------------------


def _silent(announcement: str, now: str) -> list[str]:
    return codes([msg("2017-07-03T10:00", announcement), msg("2017-07-10T09:00", "Any news?", "outbound"),
                  msg("2017-07-24T09:00", "Following up.", "outbound")], now=now, close="2017-10-30")  # fmt: skip


@pytest.mark.parametrize("announcement", [
    "Buongiorno Imke,\n\ngli uffici restano chiusi per ferie dal 10 luglio al 20 agosto compreso.",
    "Bonjour Imke,\n\nnos bureaux sont fermés pour congés du 10 juillet au 20 août.",
    "Guten Tag Frau Vos,\n\ndas Angebot geht an die Geschäftsführung in ihrer Sitzung am 18. August. Bis dahin"
    " habe ich nichts Neues.",
])  # fmt: skip
def test_a_closure_or_board_sitting_announced_abroad_and_not_over_is_no_silence(announcement: str) -> None:
    assert "gone_quiet" not in _silent(announcement, "2017-08-10"), announcement


@pytest.mark.parametrize("announcement", [
    "Buongiorno Imke,\n\ngli uffici restano chiusi per ferie dal 10 luglio al 20 agosto compreso.",
    "Guten Tag Frau Vos,\n\ndas Angebot geht an die Geschäftsführung in ihrer Sitzung am 18. August. Bis dahin"
    " habe ich nichts Neues.",
])  # fmt: skip
def test_the_same_announcement_once_over_is_silence_again(announcement: str) -> None:
    assert "gone_quiet" in _silent(announcement, "2017-09-20"), announcement


@pytest.mark.parametrize("greeting", ["Guten Tag Herr Vos,", "Dag Imke,", "Buongiorno Imke,", "Hola Imke:",
                                      "Monsieur Vos,", "Sehr geehrte Frau Vos,"])  # fmt: skip
def test_a_salutation_abroad_is_no_sentence_of_evidence(greeting: str) -> None:
    assert split_sentences(f"{greeting}\n\nwe will revert after the review.") == ["we will revert after the review."]


@pytest.mark.parametrize("line", ["Hallo Herr Vos, the pilot users are happy.", "Beste prijs tot nu toe, dank je.",
                                  "Cara grazie per la demo."])  # fmt: skip
def test_a_sentence_that_goes_on_after_the_greeting_is_kept(line: str) -> None:
    assert split_sentences(line) == [line]


def test_gone_quiet_quotes_what_they_said_not_the_greeting() -> None:
    messages = [msg("2017-07-03T10:00", "Dag Imke,\n\nik moet dit eerst intern verdedigen. Ik kom bij je terug."),
                msg("2017-07-10T09:00", "Any news?", "outbound"),
                msg("2017-07-24T09:00", "Following up.", "outbound")]  # fmt: skip
    verdict = assess(DealFacts("Engaging", date(2017, 10, 30), "Harrowfield"), messages, date(2017, 8, 20))
    quiet = next(r for r in verdict.reasons if r.code == "gone_quiet")
    assert quiet.evidence[0].quote == "ik moet dit eerst intern verdedigen."
