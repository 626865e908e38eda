"""Privacy classes blind39 showed missing, each in new wordings beside hard negatives: a stay in hospital told
in French, Spanish, Portuguese, Italian, Catalan or German; a protest that takes a side, told in those Romance
languages; a family's origin in immigrants told in them; a party named for the people it speaks for ("the
Farmers' Party"); a religious order's house or lay membership; a voice identified as its owner's however the
owner's voice is qualified; and medical figures of speech over a pipeline's roll call of accounts."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # a stay in hospital, in the languages a rep's notes mix in
    ("Pour info, Mathilde est hospitalisée à Lyon depuis mardi, on décale la démo.", "health"),
    ("Sergio está ingresado en el hospital desde el viernes, firmamos la semana que viene.", "health"),
    ("O Rui foi internado ontem, por isso a reunião fica para segunda.", "health"),
    ("Giorgio è ricoverato da martedì, quindi il contratto slitta.", "health"),
    ("En Jordi està hospitalitzat des de dilluns, parlem amb el seu adjunt.", "health"),
    ("Klaus liegt seit Montag im Krankenhaus, also verschieben wir den Termin.", "health"),
    # a protest with a side, told in a Romance language
    ("Javier fue a la marcha contra el gobierno con sus hijos, so maybe avoid politics on Monday.",
     "political_opinion"),
    ("A Beatriz foi à passeata contra o governo no sábado e postou fotos.", "political_opinion"),
    ("Matteo era al corteo antifascista del 25 aprile con tutta la famiglia.", "political_opinion"),
    ("Apparemment Olivier était à la manif contre la réforme des retraites hier.", "political_opinion"),
    ("Ull: la Mireia va anar a la concentració antifeixista dissabte amb el seu germà.", "political_opinion"),
    # a family's origin in immigrants, or an origin said of a person, in those languages
    ("A Yara é filha de imigrantes coreanos e cresceu em São Paulo.", "ethnicity"),
    ("Lucía es nieta de inmigrantes libaneses, nos lo contó en la cena.", "ethnicity"),
    ("Karim est petit-fils d'immigrés algériens, il en parle souvent.", "ethnicity"),
    ("Hiroshi é de origem japonesa, por isso adorou o restaurante.", "ethnicity"),
    # a party named for the people it speaks for
    ("Dorothea chairs the regional branch of the Farmers' Party, FYI before the lunch.", "political_opinion"),
    ("Ignatius sits on the district executive of the Citizens' Alliance these days.", "political_opinion"),
    ("He joined the Pensioners' Party last spring, Ottoline says.", "political_opinion"),
    # a religious order's house or lay membership
    ("Benedikt spends a week every Lent on retreat at the Cistercian abbey near Orval.", "religion"),
    ("Ottilie is a lay member of the Carmelite community in Avila.", "religion"),
    ("Anselm has been an oblate of Quarr Abbey for years, so no calls on Sunday mornings.", "religion"),
    # a voice identified as its owner's, with a word before it
    ("The helpline authenticates Ingeborg using her registered voice before any transfer.", "genetic_biometric"),
    ("Their IVR identifies him by his stored voice biometric, so the EA can't call for him.", "genetic_biometric"),
])  # fmt: skip
def test_blind39_classes_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", [
    # hospital words that are no one's stay
    "O número de pacientes internados subiu 5% este ano, e o hospital quer o módulo de camas.",
    "El pago fue ingresado en la cuenta el lunes, confirma Sergio.",
    "Sergio ha ingresado 500 euros en la cuenta del proyecto.",
    "Le service hospitalisation de la clinique veut une démo, dit Mathilde.",
    # protests and marches that take no side, or are no protest
    "La manifestación de interés para la licitación vence el lunes, dice Javier.",
    "Olivier a une manifestation commerciale à Lyon la semaine prochaine.",
    "La marcha del proyecto va bien, según Javier.",
    # origin and immigrants that are no one's family
    "A campanha para imigrantes coreanos foi um sucesso, diz a Yara.",
    "Os produtos de origem japonesa chegaram, avisou o Rui.",
    # alliances and associations that are no party
    "Ignatius sits on the steering committee of the Open Banking Alliance.",
    "Dorothea chairs the local branch of the Residents' Association.",
    # lay members of secular bodies, and a company's retreat at a converted house
    "Clemens is the lay member of the audit committee.",
    "Ingrid is a lay member of the employment tribunal in Leeds.",
    "Our sales retreat at a converted Cistercian abbey went well, says Anke.",
    "The offsite is at a former Benedictine priory, now a hotel, per Anke.",
    # a qualified factor that is no voice
    "The portal verifies him by his registered phone number before any change.",
    "The app can verify customers by their registered email address.",
    # medical figures over a roll call of accounts
    "Pipeline review: the Kestrel renewal is bleeding out, Dunmore is in intensive care and Vantor has flatlined.",
    "Forecast call: the Halden deal flatlined last week, Orsk is on life support.",
])  # fmt: skip
def test_blind39_negatives_stay_quiet(text: str) -> None:
    assert detect(text).categories == []


@pytest.mark.parametrize("text", [
    # a person's health beside a business figure stays theirs
    "The Kestrel renewal stalled, Maria is in intensive care since Monday.",
    "The deal has flatlined because Okafor is on life support after the crash.",
    "The Halden deal flatlined, Dunmore is in intensive care after his stroke.",
])  # fmt: skip
def test_a_persons_health_beside_a_deal_figure_stays_found(text: str) -> None:
    assert "health" in detect(text).categories
