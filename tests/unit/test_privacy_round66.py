"""Round 66 of the privacy detector: classes of wording the blind set privacy_blind68 (field-sales and event notes
in English mixed with Spanish, Portuguese, Dutch and Polish) showed missing, each with invented positives (none of
them the set's sentences) and hard negatives that must stay as they are."""

from __future__ import annotations

import pytest

from policies.privacy import detect


def _categories(text: str) -> list[str]:
    return detect(text).categories


# a heart attack or stroke had or come back from, in Polish (lexicon_polish_health)
@pytest.mark.parametrize(
    "text",
    [
        "Spotkanie z Markiem przesunięte: dwa tygodnie temu miał zawał i jest w domu.",
        "Pani Joanna wraca do biura po udarze, na razie pół etatu.",
        "Tomek przeszedł rozległy zawał serca w sierpniu.",
        "Jakub z zakupów dostał wylewu w zeszłym roku.",
    ],
)
def test_a_polish_heart_attack_or_stroke_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Marek mówi, że po targach mamy zawał zamówień w magazynie.",
        "Po zawale serwerów w piątek Ania restartowała cały system.",
        "Pani Joanna poleca wiertarkę udarową z naszej oferty.",
        "Tomek pisze, że po wylewie rzeki magazyn był zamknięty.",
    ],
)
def test_a_rush_a_crash_or_a_flood_is_not(text: str) -> None:
    assert _categories(text) == []


# an illness denied in the languages a rep's notes mix in (denials)
@pytest.mark.parametrize(
    "text",
    [
        "Ewa nie jest chora, po prostu utknęła w korku na A4.",
        "Marek nie był chory, jego samolot nie wystartował.",
        "Ojo, Carlos no está enfermo: tuvo que quedarse con el stand en Bilbao.",
        "Pan Kowalski nie jest w szpitalu, jest na urlopie w Zakopanem.",
    ],
)
def test_an_illness_denied_abroad_is_not(text: str) -> None:
    assert _categories(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ewa jest chora, spotkanie w czwartek odwołane.",
        "Carlos está enfermo desde el lunes, no viene a la feria.",
        "Marek już nie jest chory, wrócił po dwóch tygodniach zwolnienia.",
    ],
)
def test_an_illness_told_abroad_still_is(text: str) -> None:
    assert _categories(text) == ["health"]


# a clergy calling after a verb of being, in Portuguese, Spanish, Dutch and Polish (lexicon_faith_roles_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Detalhe: o Rogério é pastor batista e não trabalha aos domingos.",
        "Dato útil: Samuel es rabino en su comunidad de Madrid.",
        "Bas is dominee in Kampen, dus geen afspraken op zondag.",
        "Pan Adam jest pastorem w zborze w Cieszynie.",
    ],
)
def test_a_clergy_calling_abroad_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "O Rogério disse que o cachorro dele é pastor alemão.",
        "O avô do Rogério era pastor de ovelhas no Alentejo.",
        "Samuel dice que la nueva tarifa es un imán para clientes.",
    ],
)
def test_a_shepherd_a_breed_or_a_magnet_is_not(text: str) -> None:
    assert _categories(text) == []


# a conviction with its time said before its offence, and drink-driving by its noun (lexicon_convictions_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Atenção: o Sr. Fábio Lopes foi condenado em 2021 por burla qualificada.",
        "La directora, Marta Gil, fue condenada el año pasado a seis meses por fraude.",
        "O Vítor foi multado por condução sob o efeito do álcool e está sem carta.",
        "Ojo, Andrés tiene un juicio por conducción bajo los efectos del alcohol.",
    ],
)
def test_a_conviction_told_with_its_time_is_criminal(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "O projeto do Fábio foi condenado pela imprensa local.",
        "O Vítor fez uma campanha contra a condução sob o efeito do álcool.",
        "Marta dice que la campaña de tráfico sobre la conducción bajo los efectos del alcohol fue un éxito.",
    ],
)
def test_a_criticism_or_a_campaign_is_not(text: str) -> None:
    assert _categories(text) == []


# a party's insignia worn or had, told with the party after the thing (lexicon_party_insignia_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Pan Wojciech nosi znaczek PiS-u w klapie marynarki.",
        "En la cena, Jorge llevaba una pulsera de Vox todo el rato.",
        "O Rui tinha um adesivo do Bolsonaro no notebook.",
        "Bram draagt altijd een speldje van de PVV op zijn jas.",
    ],
)
def test_a_party_insignia_worn_abroad_is_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Wojciech pyta, czy drukujemy przypinki dla Konfederacji na wrzesień.",
        "Jorge dice que imprimimos las camisetas de Vox para el mitin.",
        "Kees zegt dat we duizend stickers van de PVV moeten leveren.",
    ],
)
def test_insignia_made_for_a_party_are_not(text: str) -> None:
    assert _categories(text) == []


# an operation a person is off after, with "following" (lexicon_health)
@pytest.mark.parametrize(
    "text",
    [
        "Auto-reply from Hanne: out of office following surgery until 3 March.",
        "Mateus from procurement will be on leave following knee surgery.",
        "Nora is working reduced hours following an operation in May.",
    ],
)
def test_off_following_an_operation_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Hanne says the following operations need sign-off before the audit.",
        "Dev sent these following operations for the migration checklist.",
    ],
)
def test_a_list_of_operations_is_not(text: str) -> None:
    assert _categories(text) == []


# a diagnosis given to someone, and autism said of someone, in Portuguese, Spanish and Dutch
# (lexicon_diagnosed_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "A Luana não vem: a mãe dela foi diagnosticada com Alzheimer.",
        "Dato para la visita: a Lucía le diagnosticaron fibromialgia en marzo.",
        "Pieter werd vorig jaar gediagnosticeerd met een zeldzame spierziekte.",
        "O Caio contou que o filho é autista e por isso sai cedo às quintas.",
        "Elena dice que su hija tiene autismo y está en terapia.",
    ],
)
def test_a_diagnosis_abroad_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "A Luana diz que a falha foi diagnosticada com a ferramenta de suporte.",
        "Elena dice que el problema fue diagnosticado con el equipo de red.",
        "O Caio quer patrocinar a campanha de conscientização sobre o autismo.",
    ],
)
def test_a_faults_diagnosis_or_a_cause_is_not(text: str) -> None:
    assert _categories(text) == []


# an arrest in the active voice, the person its clitic, in Spanish (lexicon_arrests_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Lo de Andrés: lo detuvieron anoche en Bilbao, ya está en casa.",
        "A Nuria la arrestó la policía en el aeropuerto el martes.",
        "De Álvaro: lo arrestaron durante la protesta del viernes.",
    ],
)
def test_an_arrest_told_actively_is_criminal(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "Gorka dice que el envío lo detuvieron en la aduana de Algeciras.",
        "Nuria: el proyecto lo detuvieron por falta de presupuesto.",
    ],
)
def test_goods_or_a_project_halted_are_not(text: str) -> None:
    assert _categories(text) == []


# time done with the place it was done in (lexicon_criminal)
@pytest.mark.parametrize(
    "text",
    [
        "Heads-up: their treasurer did two years in Belgium for tax evasion.",
        "Rumour is Kai served eighteen months in Portugal for embezzlement.",
        "Their founder apparently spent a year over there for bribery.",
    ],
)
def test_time_done_somewhere_is_criminal(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "Kai spent two years in Madrid for the Iberia rollout.",
        "Their founder did six months in Brazil for the Petrobras project.",
    ],
)
def test_time_spent_somewhere_on_work_is_not(text: str) -> None:
    assert _categories(text) == []


# a same-sex couple told by the articles before a name, in Portuguese and colloquial Spanish
# (lexicon_romance_couples)
@pytest.mark.parametrize(
    "text",
    [
        "Novidade: a Beatriz e a noiva compraram casa em Braga.",
        "Soube ontem que o Tiago vai casar com o namorado em setembro.",
        "Dicen que la Laia y su novia se mudan a Girona.",
    ],
)
def test_a_same_sex_couple_by_articles_is_orientation(text: str) -> None:
    assert _categories(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    "text",
    [
        "Novidade: o Tiago e a noiva compraram casa em Braga.",
        "A Beatriz e a namorada do Tiago vieram ao jantar da feira.",
        "Dicen que la Laia y su novio se mudan a Girona.",
    ],
)
def test_a_couple_across_genders_or_someone_elses_is_not(text: str) -> None:
    assert _categories(text) == []


# a person's or a family's roots told in Dutch (lexicon_dutch_origins)
@pytest.mark.parametrize(
    "text",
    [
        "Karim vertelde dat zijn ouders Marokkaans-Berbers zijn.",
        "Ravi: zijn familie is Hindoestaans, en hij spreekt Sarnami.",
        "Kevin is van Antilliaanse afkomst, zei zijn collega.",
        "Rachid is een Riffijn uit Nador.",
    ],
)
def test_roots_told_in_dutch_are_ethnicity(text: str) -> None:
    assert _categories(text) == ["ethnicity"]


@pytest.mark.parametrize(
    "text",
    [
        "Ravi zegt dat de lunchzaak Surinaams is.",
        "Naima: haar ouders hebben een Turks restaurant in Utrecht.",
        "Kevin is van eenvoudige afkomst, zei zijn collega.",
    ],
)
def test_food_a_firm_or_a_class_is_not(text: str) -> None:
    assert _categories(text) == []


# a person named by the party or movement they are for (lexicon_political)
@pytest.mark.parametrize(
    "text",
    [
        "FYI their CFO Marla is a huge Tory type, keep Brexit out of the small talk.",
        "Glen is a diehard MAGA man, so skip the election jokes.",
        "Her dad is a proper Labour man through and through.",
    ],
)
def test_a_partisan_person_is_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Marla says a Labour guy rang about booking the venue.",
        "Glen says the Tory man from the council signed the permit.",
    ],
)
def test_a_partys_caller_is_not(text: str) -> None:
    assert _categories(text) == []


# a named person's voice or fingerprint kept as a template, in Spanish and Portuguese (lexicon_biometrics_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "El banco guarda la huella de voz de Lucía para validar transferencias.",
        "A portaria cadastrou a impressão digital do Miguel ontem.",
        "Su aseguradora tiene grabada la voz de Pablo Ruiz como huella vocal.",
    ],
)
def test_a_named_persons_template_abroad_is_biometric(text: str) -> None:
    assert _categories(text) == ["genetic_biometric"]


@pytest.mark.parametrize(
    "text",
    [
        "Lucía dice que el lector de huella digital de Samsung es lento.",
        "Miguel diz que o app novo suporta biometria facial.",
        "Pablo pregunta si la plataforma admite huella de voz.",
    ],
)
def test_a_products_template_feature_is_not(text: str) -> None:
    assert _categories(text) == []


# sleeplessness as a condition, in Portuguese, Spanish, Dutch and Polish (lexicon_minds_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "A Joana contou que não dorme bem há semanas e anda a chorar no carro.",
        "Andrea lleva meses sin dormir, según su socio.",
        "Bram slaapt al maanden slecht, zei zijn vrouw.",
        "Pani Kasia od tygodni nie śpi, mówi jej zastępca.",
        "O Rui sofre de insônia desde o acidente.",
    ],
)
def test_sleeplessness_abroad_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "O Renato não dorme há dias por causa do lançamento.",
        "A Joana diz que o app novo ajuda quem tem insônia.",
        "Andrea dice que la campaña es para quien sufre insomnio.",
    ],
)
def test_a_busy_night_or_an_audience_is_not(text: str) -> None:
    assert _categories(text) == []


# the same classes in the set's other languages: a heart attack or a stroke in Spanish, Portuguese and Dutch, and
# Dutch illness told plainly (lexicon_attacks_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Ojo: Andrés tuvo un infarto en verano y no puede viajar.",
        "O Rui sofreu um AVC em março, volta só em junho.",
        "Bram kreeg vorig jaar een beroerte, zegt zijn collega.",
        "Pieter ligt sinds maandag in het ziekenhuis.",
        "Sander is ziek, de demo schuift naar vrijdag.",
    ],
)
def test_an_attack_or_dutch_illness_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Andrés dice que el dispositivo reduce el riesgo de infarto.",
        "O Rui mencionou um derrame de óleo no porto de Santos.",
        "Sander is niet ziek, alleen zijn trein reed niet.",
        "Pieter is ziek van al die vergaderingen over de licenties.",
    ],
)
def test_a_risk_a_spill_or_a_dutch_denial_is_not(text: str) -> None:
    assert _categories(text) == []


# a vote cast or a party joined, in Spanish, Portuguese and Dutch (lexicon_votes_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Andrés siempre vota al PP, mejor no hablar de política.",
        "A Beatriz é filiada ao PSOL desde a faculdade.",
        "Bram stemt al jaren op de SP, zegt zijn collega.",
    ],
)
def test_a_vote_abroad_is_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Andrés dice que el PP votó en contra de la ley.",
        "Bram stemt in met het voorstel van de inkoper.",
        "A Beatriz votou na proposta de orçamento ontem.",
    ],
)
def test_a_partys_vote_or_a_proposal_is_not(text: str) -> None:
    assert _categories(text) == []


# an orientation said of someone in Dutch or Polish (lexicon_orientation_nl_pl)
@pytest.mark.parametrize(
    "text",
    [
        "Sander is homo en neemt zijn vriend mee naar het diner.",
        "Marek jest gejem, mówi jego kolega z działu.",
        "Anouk kwam vorig jaar uit de kast, zei haar manager.",
    ],
)
def test_an_orientation_in_dutch_or_polish_is_orientation(text: str) -> None:
    assert _categories(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    "text",
    [
        "Sander zegt dat de homo-emancipatie een thema is voor de klant.",
        "Marek pyta o sponsoring Parady Równości przez firmę.",
    ],
)
def test_a_cause_is_not(text: str) -> None:
    assert _categories(text) == []


# time in prison or an arrest in Spanish, Portuguese and Dutch (lexicon_prison_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Andrés pasó dos años en la cárcel, según su exsocio.",
        "O Rui esteve preso por corrupção nos anos noventa.",
        "Bram werd vorige maand gearresteerd in Antwerpen.",
        "Sander zat drie jaar in de gevangenis, zegt zijn zwager.",
    ],
)
def test_prison_or_an_arrest_abroad_is_criminal(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "Andrés estuvo en la prisión de Soto del Real instalando cámaras.",
        "O Rui ficou preso no trânsito e chegou atrasado.",
        "Bram zegt dat het ticket is opgepakt door support.",
    ],
)
def test_a_prison_site_traffic_or_a_ticket_is_not(text: str) -> None:
    assert _categories(text) == []
