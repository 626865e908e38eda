"""Privacy classes blind51 showed missing, each in new wordings beside hard negatives: a treatment gone through
abroad (radiotherapy, chemotherapy, "in treatment for", a Nordic operation), union membership in German compounds
and the West Slavic languages, a Nordic conviction, a gene's mutation in the languages that join the words, a
biometric template kept on a named person's record, a holy day kept abroad, Alevi faith, party membership with
French "chez", the Sámi, and the French "M." title before a surname."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.detector import sentences


@pytest.mark.parametrize(("text", "category"), [
    # a treatment gone through, named, or "in treatment for" an illness
    ("A Joana, da Brivo, está fazendo quimioterapia até dezembro, por isso adiamos a reunião.", "health"),
    ("Rafael sigue en tratamiento por ansiedad, así que la demo la hace Marta.", "health"),
    ("Le directeur achats, Luc, suit une chimiothérapie ce mois-ci, on passe par son adjointe.", "health"),
    ("Sindre skal opereres i kneet på fredag, så vi flytter demoen.", "health"),
    ("Henrik skal ta en planlagt operasjon i april og er borte to uker.", "health"),
    # union membership in German compounds and the West Slavic languages
    ("Herr Lenz ist seit Jahren verdi-Mitglied, bitte die Schichtplanung vorab schicken.", "trade_union"),
    ("Jana z Kalma je tiež členom odborov, takže sa bude pýtať na nadčasy.", "trade_union"),
    ("Paní Horáková je členkou odborové organizace a chce vidět návrh smlouvy.", "trade_union"),
    ("Pani Nowak jest członkiem związku zawodowego, więc zapyta o monitoring.", "trade_union"),
    # a conviction in Danish, Norwegian and Swedish
    ("Jonas fra Kalmo blev dømt for bedrageri sidste år, så juristerne vil se kontrakten.", "criminal_record"),
    ("Kari ble dømt til samfunnsstraff i fjor og kan ikke reise til USA.", "criminal_record"),
    ("Erik dömdes för rattfylleri i våras och kan inte köra till mötet.", "criminal_record"),
    # a gene's mutation, joined to the gene or with the gene after
    ("Sigrid har en BRCA2-mutasjon og går til kontroll hvert halvår.", "genetic_biometric"),
    ("Herr Vogt hat eine CHEK2-Mutation, hat er beim Mittagessen erzählt.", "genetic_biometric"),
    ("A Laura contou que tem uma mutação no gene BRCA1.", "genetic_biometric"),
    # a template kept on a named person's record
    ("The face template saved against Ana Ruiz's profile should be purged before the audit.", "genetic_biometric"),
    ("Omar's CRM record still has a voiceprint from the pilot, please remove it.", "genetic_biometric"),
    # a holy day kept, in French, German and Italian
    ("Mme Haddad fait le ramadan, donc pas de déjeuner d'affaires ce mois-ci.", "religion"),
    ("Herr Stein hält den Sabbat, also bitte keine Termine am Samstag.", "religion"),
    ("Giulia osserva il Ramadan e preferisce riunioni al mattino.", "religion"),
    # Alevi faith said of a person
    ("Frau Demir ist Alevitin, bitte beim Catering daran denken.", "religion"),
    ("Ali di Brivo è alevita e non festeggia il Bayram.", "religion"),
    # party membership with French "chez", and La France insoumise in its own spelling
    ("Julien est adhérent chez Les Républicains depuis 2019, évite le sujet.", "political_opinion"),
    ("Claire est militante de La France insoumise depuis la fac.", "political_opinion"),
    # the Sámi in Norwegian and Swedish
    ("Ingrid er sørsame fra Røros og ønsker at vi ikke kaller henne nordmann.", "ethnicity"),
    ("Karin på Kalmo är samisk och talar lulesamiska hemma.", "ethnicity"),
])  # fmt: skip
def test_round51_classes_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", [
    # a treatment as equipment, a file being dealt with, a business operation
    "A Brivo vende equipamentos de radioterapia para hospitais do Norte.",
    "La solicitud de Rafael está en tratamiento por el equipo legal.",
    "Sindre skal ta over driften av lageret etter nyttår.",
    # a union as a body or a crowd
    "Die verdi-Mitglieder bei Kalmo streiken am Montag, sagt die Presse.",
    "Odborový svaz KOVO vydal ke smlouvě stanovisko, pan Novák ho přepošle.",
    # a plan doomed, not a person convicted
    "Projektet med Kalmo er dømt til at mislykkes, siger Jonas.",
    "Kari mener lanseringen er dømt til fiasko uten mer budsjett.",
    # a population's statistic, and research
    "BRCA1-mutasjoner finnes hos omtrent én av 400, sier Sigrid.",
    "Herr Vogt sagt, Forschung zur CHEK2-Mutation ist Kalmos Schwerpunkt.",
    # a template stored with no one's record, or on a vendor's system
    "We can store a voiceprint on each contact if the customer opts in, said Omar.",
    "Voiceprints are stored on Twilio's servers, not in our CRM, Ana confirmed.",
    # a holy day as a closing, and a shop's event
    "Le bureau de Kalmo est fermé pour Yom Kippour, dit Paul.",
    "La boutique de Nadia célèbre l'Aïd avec des promotions.",
    # Alevi as a body's word
    "Die alevitische Gemeinde mietet unseren Saal, sagt Frau Demir.",
    "Das Kulturzentrum ist alevitisch geprägt, meint Herr Stein.",
    # a party read about, and a club joined
    "Claire a lu le programme de La France insoumise pour un article.",
    "Julien est membre chez Kalmo Club depuis 2019.",
    # the look-alike words, and a product's language
    "Det er samme sak som i fjor, sier Ingrid.",
    "Språkpakken er samisk, sier Karin, så den må testes.",
])  # fmt: skip
def test_round51_hard_negatives(text: str) -> None:
    assert detect(text).categories == []


@pytest.mark.parametrize(("text", "count"), [
    ("Voir M. Benali demain pour la démo.", 1),
    ("Réunion avec MM. Dupont et Roy jeudi.", 1),
    ("On garde le plan B. Merci à tous.", 2),
    ("Il a tout réglé. Merci.", 2),
])  # fmt: skip
def test_round51_french_title_does_not_end_a_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count
