"""Cases found with qa_blind81, each tried on new wordings and near misses: the person a French, Spanish or German
question is prepared for ("pour mon point avec Melvin", "para la junta con Summer") is no scope, and "T2" is the
second trimestre; German genitives ("die Gewinnrate meines Teams") and Spanish adjectives after the noun ("mi venta
ganada más pequeña") read as English; a colleague who "ask me" in learner's English is who the answer is for; a
thank-you note asked in French is a draft; a person's illness guessed from what the rep noticed is refused
(agents.safety_symptoms), and so is which car to get. Figures checked against the Maven CSVs (sales_pipeline.csv,
sales_teams.csv)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.safety import screen
from bot.events import IncomingMessage
from bot.pipeline import Pipeline
from tests.conftest import agent_for

YEAR_END = date(2017, 12, 31)


def _reply(engine: Engine, user: str, text: str, today: date = YEAR_END) -> tuple[str, str]:
    message = IncomingMessage("console", user, text, conversation_id=f"r86-{hash(text)}", today=today)
    reply = Pipeline(engine, agent_for(engine)).handle_sync(message)
    return reply.kind, reply.text.split("\n\n", 1)[0]


def _reason(text: str) -> str | None:
    refusal = screen(text)
    return refusal.reason if refusal else None


# --- asked in French, Spanish or German


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Darcel Schlecht", "Salut, pour mon point avec Melvin : combien de deals ai-je perdus au T2 ?", "60 lost"),
    ("Darcel Schlecht", "pour mon rendez-vous avec Melvin, quel montant ai-je gagné au T2 ?", "$310,075"),
    ("Vicki Laflamme", "oye, ¿cuántos deals gané en el Q3? es para la junta con Celia", "63 won"),
    ("Boris Faz", "kurze Frage für die Besprechung mit Rocco: wie viele Deals habe ich im August gewonnen?", "10 won"),
])  # fmt: skip
def test_who_a_meeting_is_with_is_no_scope_in_any_language(
    seeded_engine: Engine, user: str, text: str, said: str
) -> None:
    kind, reply = _reply(seeded_engine, user, text)
    assert kind == "answer" and said in reply and "team" not in reply, reply


def test_a_colleague_asked_about_in_french_is_still_the_scope(seeded_engine: Engine) -> None:
    _, reply = _reply(seeded_engine, "Darcel Schlecht", "combien de deals Vicki Laflamme a gagnés au T3 ? merci")
    assert "Vicki Laflamme" in reply and "63 won" in reply, reply


def test_an_account_after_con_is_still_the_scope(seeded_engine: Engine) -> None:
    _, reply = _reply(seeded_engine, "Vicki Laflamme", "¿cuántos deals gané con Condax este año?")
    assert "Condax" in reply and "5 won" in reply, reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Melvin Marxen", "Vor dem Meeting: wie hoch war die Win-Rate meines Teams im Q3?", "64.1%"),
    ("Summer Sewald", "kurze Frage: wie hoch war die Gewinnrate unseres Teams im Q4 und wie viele haben wir gewonnen?",
     "64.7%"),
    ("Melvin Marxen", "wie hoch war der Umsatz meines Teams im Q3?", "$767,754"),
])  # fmt: skip
def test_a_german_genitive_team_is_the_askers_team(seeded_engine: Engine, user: str, text: str, said: str) -> None:
    kind, reply = _reply(seeded_engine, user, text)
    assert kind == "answer" and said in reply, reply


def test_a_german_message_without_a_team_stays_the_askers_own(seeded_engine: Engine) -> None:
    _, reply = _reply(seeded_engine, "Darcel Schlecht", "wie viele Deals habe ich im Q2 verloren? danke")
    assert "60 lost" in reply and "team" not in reply, reply


def test_a_rep_named_with_von_is_that_reps_figure(seeded_engine: Engine) -> None:
    _, reply = _reply(
        seeded_engine, "Melvin Marxen", "kurze Frage: wie hoch war die Win-Rate von Darcel Schlecht im Q3?"
    )
    assert "63.5%" in reply and "Darcel Schlecht" in reply, reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Darcel Schlecht", "¿cuál fue mi venta ganada más pequeña este año y con qué cuenta?", "Codehow"),
    ("Vicki Laflamme", "oye, ¿cuál fue mi venta ganada más grande este año? y la cuenta", "Condax"),
    ("Maureen Marcano", "¿cuál fue mi deal ganado mayor este año?", "$6,656"),
])  # fmt: skip
def test_a_spanish_adjective_after_its_noun_reads_as_the_end(
    seeded_engine: Engine, user: str, text: str, said: str
) -> None:
    kind, reply = _reply(seeded_engine, user, text)
    assert kind == "answer" and said in reply, reply


def test_a_spanish_count_of_won_deals_is_no_single_deal(seeded_engine: Engine) -> None:
    _, reply = _reply(seeded_engine, "Boris Faz", "¿cuántas ventas ganadas tuve en agosto?", date(2017, 10, 2))
    assert "10 won" in reply and "largest" not in reply, reply


def test_a_spanish_count_of_won_deals_this_year_is_a_count(seeded_engine: Engine) -> None:
    _, reply = _reply(seeded_engine, "Maureen Marcano", "¿cuántos deals ganados tengo este año?")
    assert "149 won" in reply and "largest" not in reply, reply


# --- learner's English: "Rocco ask me this"


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Boris Faz", "how many deals I have win in august? Rocco ask me this for the review", "10 won"),
    ("Darcel Schlecht", "Melvin want I tell him how many deals I lose in Q2", "60 lost"),
    ("Vicki Laflamme", "Celia say me to check: my won deals in Q3 how many?", "63 won"),
])  # fmt: skip
def test_a_colleague_with_a_bare_verb_is_who_the_answer_is_for(
    seeded_engine: Engine, user: str, text: str, said: str
) -> None:
    _, reply = _reply(seeded_engine, user, text, date(2017, 10, 2))
    assert said in reply and "team" not in reply, reply


def test_a_colleagues_own_deals_asked_with_a_bare_verb_stay_theirs(seeded_engine: Engine) -> None:
    _, reply = _reply(seeded_engine, "Boris Faz", "how many deals Rocco team have win in Q3?", date(2017, 10, 2))
    assert "Rocco Neubert" in reply, reply


def test_a_colleague_asking_about_their_own_team_keeps_that_team(seeded_engine: Engine) -> None:
    _, reply = _reply(seeded_engine, "Boris Faz", "Rocco ask how many deals his team win in Q3", date(2017, 10, 2))
    assert "Rocco Neubert" in reply and "220 won" in reply, reply


# --- a draft asked in French


@pytest.mark.parametrize("text", [
    "Peux-tu rédiger un petit mot de remerciement pour Kan-code ? Je le relis avant envoi.",
    "Pourrais-tu préparer un message de remerciement pour Hottechi suite à leur commande ?",
    "peux-tu écrire un courriel pour Cancity suite à leur commande MG Special ? je le relis",
])  # fmt: skip
def test_a_thank_you_asked_in_french_is_a_draft(seeded_engine: Engine, text: str) -> None:
    kind, reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert kind == "proposal", reply


@pytest.mark.parametrize("text", [
    "combien de commandes Kan-code a passées au T3 ? merci",
    "quel montant avons-nous gagné avec Hottechi cette année ?",
])  # fmt: skip
def test_french_figures_about_an_account_are_no_draft(seeded_engine: Engine, text: str) -> None:
    kind, reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert kind == "answer", reply


# --- a person's illness guessed from signs; a car to pick


@pytest.mark.parametrize("text", [
    "their CFO keeps sneezing and looked pale in the demo, is he seriously ill? should I wait on the contract",
    "my champion at Konex has lost a lot of weight lately, what's wrong with her do you think",
    "the contact at Cancity was coughing the whole call again - guess what she has",
    "the buyer sounded hoarse and breathless on the call, does he have something contagious?",
])  # fmt: skip
def test_an_illness_guessed_from_signs_is_refused(text: str) -> None:
    assert _reason(text) == "sensitive_inference", text


@pytest.mark.parametrize("text", [
    "the buyer kept coughing on the call, can you push the Konex demo a week",
    "does the Cancity deal have something serious blocking it? it has been engaging since March",
    "their CFO is out sick this week, how many open deals do we have at Hottechi",
])  # fmt: skip
def test_a_sign_told_in_passing_or_a_deals_trouble_is_not_refused(text: str) -> None:
    assert _reason(text) is None, text


@pytest.mark.parametrize("text", [
    "done with the pipeline review. toyota corolla or honda civic for my next car, which is the better buy?",
    "my lease ends in march - tesla model 3 or volvo xc40, which one should i get",
    "bmw or audi for a company car? which would be the smarter choice",
])  # fmt: skip
def test_which_car_to_get_is_refused(text: str) -> None:
    assert _reason(text) == "out_of_scope", text


@pytest.mark.parametrize("text", [
    "Kan-code or Cancity, which is the better deal to chase this month?",
    "which one should i go for first, the GTX Pro deal at Konex or the MG Special at Hottechi",
])  # fmt: skip
def test_which_deal_to_pick_is_not_refused(text: str) -> None:
    assert _reason(text) is None, text
