"""Privacy classes blind50 showed missing, each in new wordings beside hard negatives: people named by a form of
address abroad (Dutch, Polish, Spanish, Italian professional titles), he/she in the other languages, a name
glossed by its firm in brackets, a partner whose owner is a gendered job title, German "Lebensgefährten", a
migraine by its kind, the Italo-Albanians, Swedish health and party seats, a person's biometric template abroad,
union membership and office in German and Dutch, a lasting condition suffered or been abroad, parish offices and
Afro-Brazilian faiths, and a sentence received or served in Dutch and Portuguese."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.detector import sentences
from policies.privacy.persons import refers_to_person


@pytest.mark.parametrize(("text", "category"), [
    # a form of address abroad, and he/she in another language, as the only person in the text
    ("Graag nagaan of mevrouw Brouwer van Kalmo mee kan: ze werd vorig jaar veroordeeld wegens oplichting.",
     "criminal_record"),
    ("Kunnen we dit in het dossier zetten? Hij kreeg in 2019 een taakstraf wegens heling.", "criminal_record"),
    ("L'avv. Conti di Brivo soffre di emicrania cronica, quindi niente luci forti in sala.", "health"),
    ("Dott.ssa Ferri, responsabile IT, è diabetica: prevedere pause per lo spuntino.", "health"),
    # a name glossed by its firm, then a verb
    ("Gwenaël (Lorvex) est catéchiste le dimanche, donc pas de démo ce jour-là.", "religion"),
    # a partner whose owner is known only by a gendered job title
    ("Le directeur financier de Haltro viendra avec son compagnon au cocktail.", "sexual_orientation"),
    ("La diretora de compras da Vemo traz a sua namorada para o jantar de sexta.", "sexual_orientation"),
    ("La directora de ventas de Plonk viene con su esposa a la cena.", "sexual_orientation"),
    # German "Lebensgefährte" declined
    ("Herr Brenner hat seinem Lebensgefährten Tobias einen Platz beim Dinner reserviert.", "sexual_orientation"),
    # a migraine by its kind
    ("heads up: their head of ops has hemiplegic migraines, keep the calls short", "health"),
    # the Italo-Albanians, in Italian spelling
    ("Mi ha detto Marco che è arbëresh, ci tiene molto.", "ethnicity"),
    # Swedish health and party seats
    ("Kerstin bröt handleden på tennisen, så hon är borta resten av veckan.", "health"),
    ("Nils ska opereras i knät nästa vecka, ta demon med Maja istället.", "health"),
    ("Vår kontakt Ingrid är medlem i Centerpartiet och sitter i nämnden.", "political_opinion"),
    ("Olle sitter i regionfullmäktige för Liberalerna sedan valet.", "political_opinion"),
    # one person's biometric template abroad
    ("Pani Zofia zgodziła się, żebyśmy zapisali jej odcisk palca w czytniku.", "genetic_biometric"),
    ("Får vi lagra Karins fingeravtryck i kundregistret?", "genetic_biometric"),
    ("Wir haben seinen Fingerabdruck für das Terminal gespeichert, sagt Herr Lenz.", "genetic_biometric"),
    ("Hemos guardado su huella dactilar en el lector, confirma Marta.", "genetic_biometric"),
    # union membership and office in German and Dutch
    ("Frau Schuster ist seit Jahren bei der IG BCE und kennt den Tarifvertrag auswendig.", "trade_union"),
    ("Joost is bestuurslid van de FNV en wil het rooster eerst zien.", "trade_union"),
    ("Femke zit morgen namens de vakbond aan tafel bij de demo.", "trade_union"),
    ("Herr Polat ist beim Warnstreik am Dienstag mitgelaufen, hat er erzählt.", "trade_union"),
    # a lasting condition suffered or been abroad
    ("Teresa sufre de epilepsia desde niña, así que nada de luces parpadeantes.", "health"),
    ("Herr Vogel leidet an Zöliakie, bitte glutenfreies Catering bestellen.", "health"),
    ("A Luísa é celíaca, vamos escolher outro restaurante.", "health"),
    ("Marc est asthmatique, évitez la salle avec la moquette.", "health"),
    # parish offices, Afro-Brazilian faiths, and a faith that follows another trait
    ("Stefano è diacono nella sua parrocchia e sabato ha una celebrazione.", "religion"),
    ("Der Einkäufer, Herr Roth, ist Kirchenvorsteher und sonntags nie erreichbar.", "religion"),
    ("A Jussara é da umbanda e não come carne às sextas.", "religion"),
    ("Lucía es vegetariana y también católica practicante, nada de carne el viernes.", "religion"),
    # a sentence received or served
    ("Sabem se o gerente da Tolvo ainda está a cumprir pena? Saiu no jornal.", "criminal_record"),
    ("O antigo CFO deles está em prisão domiciliária desde março.", "criminal_record"),
])  # fmt: skip
def test_new_classes_are_flagged(text: str, category: str) -> None:
    assert category in detect(text).categories, text


@pytest.mark.parametrize("text", [
    # forms of address and pronouns that are not about anyone's special-category data
    "Meneer Bakker van Dorvo gaat in juni met pensioen en verhuist naar Zeeland.",
    "Pan Am used to fly that route; the Pan-European rollout is on track.",
    "Hij vroeg of de offerte voor vrijdag binnen kan zijn.",
    # brackets after a product, not a name
    "GTX Pro (Sonron) renewal is due in March.",
    # a gendered title with a partner of the other sex, or no partner
    "La directrice financière viendra avec son mari au cocktail.",
    "Der Einkaufsleiter kommt mit seiner Frau zum Sommerfest.",
    # migraines and minorities as markets or places
    "Their vestibular migraine product line is selling well in Spain.",
    "Il tour passa per Piana degli Albanesi e i paesi arbëreshë della zona.",
    # Swedish figures and news
    "Kunden bröt avtalet i fjol och vi förhandlar om ett nytt.",
    "Det där demot var sjukt bra, Oskar!",
    "Miljöpartiet vill höja flygskatten, enligt morgonens nyheter.",
    "Kommunfullmäktige beslutade i går att köpa in nya system.",
    # biometric features of a product, not one person's
    "Czytnik odcisków palców w GTK 500 można wyłączyć w ustawieniach.",
    "Systemet lagrar ansiktsmallar för alla besökare i trettio dagar.",
    "Können wir das Fingerabdruck-Login im Terminal abschalten?",
    # a union as a body, and a strike as news
    "Die IG Metall fordert acht Prozent mehr Lohn.",
    "De bond wil volgende week overleg over het rooster.",
    "Der Warnstreik legte gestern den Hafen lahm.",
    "Die Belegschaft ist in der IG Metall organisiert.",
    # conditions as markets and products
    "Il mercato dei farmaci per l'epilessia cresce del 5%.",
    "El pan celíaco de Harinex es nuestro producto estrella.",
    # faith offices and churches as bodies
    "La diaconie de la paroisse est cliente depuis 2019.",
    "O terreiro de candomblé da Vila virou cliente do MG Basic.",
    "La escuela es privada y católica, Ana lleva allí la cuenta de GTX Basic.",
    # a penalty that is a firm's or a contract's
    "Het bedrijf heeft een boete gekregen voor de datalek, de straf voor late levering staat in het contract.",
    "A empresa cumpre todas as normas de segurança.",
])  # fmt: skip
def test_hard_negatives_stay_quiet(text: str) -> None:
    assert not detect(text).sensitive, (text, detect(text).categories)


@pytest.mark.parametrize(
    "text",
    [
        "Volgens meneer Kuiper van Dorvo klopt het budget.",
        "Pan Lewandowski potwierdził termin.",
        "Doña Remedios firmará el lunes.",
        "Ne ho parlato con l'ing. Marchetti ieri.",
        "Hij belt morgen terug over de offerte.",
        "Skicka offerten till honom efter lunch.",
        "Gwenaël (Lorvex) est d'accord.",
    ],
)
def test_forms_of_address_and_pronouns_abroad_name_a_person(text: str) -> None:
    assert refers_to_person(text), text


@pytest.mark.parametrize(
    "text",
    [
        "the Pan Am logo is on slide two.",
        "GTX Pro (Sonron) 2024.",
        "Il cliente ha firmato il contratto.",
    ],
)
def test_not_forms_of_address(text: str) -> None:
    assert not refers_to_person(text), text


def test_an_abbreviated_title_does_not_end_a_sentence() -> None:
    text = "L'avv. Gatti ha firmato. Poi è partito."
    assert [text[s:e] for s, e in sentences(text)] == ["L'avv. Gatti ha firmato.", "Poi è partito."]
