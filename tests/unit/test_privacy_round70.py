"""Round 70 of the privacy detector: classes of wording the blind set privacy_blind72 (account notes and call
notes in English, French, German, Dutch, Spanish, Portuguese and Italian) showed missing, each with invented
positives (none of them the set's sentences) and hard negatives that must stay as they are."""

from __future__ import annotations

import pytest

from policies.privacy import detect


def _categories(text: str) -> list[str]:
    return detect(text).categories


# going before a criminal court, told by the verb (lexicon_court_appearances)
@pytest.mark.parametrize(
    "text",
    [
        "Échange avec Hugo Lefèvre : il comparaît devant le tribunal correctionnel mardi, on décale la démo.",
        "Nota: Alberto Ruiz comparece ante el juzgado de lo penal el día 9, así que firma su adjunta.",
        "Herr Vogel steht nächste Woche vor dem Strafgericht, die Freigabe macht Frau Brandt.",
        "Chiamata con Stefano Bassi: è stato rinviato a giudizio per corruzione, il rinnovo lo segue la collega.",
    ],
)
def test_going_before_a_criminal_court_is_criminal(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Lefèvre passe devant le tribunal de commerce pour le litige avec son fournisseur.",
        "Alberto Ruiz comparece ante el juzgado de lo social por el despido de un empleado.",
        "Stefano Bassi ha rinviato a giovedì la riunione sul rinnovo.",
        "Julien Morel dit qu'on passe devant le tribunal correctionnel en allant au bureau.",
    ],
)
def test_a_civil_court_or_a_postponed_meeting_is_not(text: str) -> None:
    assert _categories(text) == []


# a conviction as someone's noun, or a sentence they are serving (lexicon_sentences_served)
@pytest.mark.parametrize(
    "text",
    [
        "Notitie: Kees de Vries doet een werkstraf, dus hij is alleen 's middags bereikbaar.",
        "Sinds haar veroordeling wegens verduistering tekent Sanne Bakker niets meer zelf.",
        "Herr Albers verbüßt derzeit eine Bewährungsstrafe, sagt sein Kollege.",
        "Selon son associé, Julien Morel purge une peine de prison depuis mars.",
        "Depuis sa condamnation pour abus de biens sociaux, Julien Morel ne signe plus rien.",
    ],
)
def test_a_conviction_or_a_sentence_served_is_criminal(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "Kees de Vries sprak zijn veroordeling van de aanslag uit tijdens de vergadering.",
        "Julien Morel a exprimé sa condamnation de la décision du conseil.",
        "De rechter kan in zulke zaken een taakstraf opleggen, schrijft de krant.",
    ],
)
def test_a_condemnation_or_a_sentence_in_general_is_not(text: str) -> None:
    assert _categories(text) == []


# a leave named after its illness (lexicon_illness_leaves)
@pytest.mark.parametrize(
    "text",
    [
        "FYI Priya from procurement went on burnout leave last Friday, cc her deputy instead.",
        "Gavin is back from convalescent leave on the 3rd, he'll pick the renewal up then.",
        "Oksana has been on stress-related leave since June per her manager.",
    ],
)
def test_a_leave_named_for_an_illness_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Their HR team asked whether the module supports a stress leave policy template.",
        "Please add burnout leave as an absence type in the next release.",
    ],
)
def test_a_leave_as_a_policy_is_not(text: str) -> None:
    assert _categories(text) == []


# a party's conference named with its kind and no possessive (lexicon_party_conferences)
@pytest.mark.parametrize(
    "text",
    [
        "Mina is speaking at the SNP spring conference so the call moves to Tuesday.",
        "Out of office: I'm at the Labour Party annual conference until Wednesday.",
        "Ruth can't do Thursday, she's a delegate at the Lib Dem autumn conference.",
    ],
)
def test_being_at_a_partys_conference_is_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Mina is speaking at the Oracle annual conference so the call moves to Tuesday.",
        "Ruth presented at the Liberal Arts spring conference about campus software.",
    ],
)
def test_a_firms_or_colleges_conference_is_not(text: str) -> None:
    assert _categories(text) == []


# suspected of a deed about something faked; the police holding a person's things (lexicon_fake_deeds)
@pytest.mark.parametrize(
    "text",
    [
        "Their finance lead Martin Cole is suspected of submitting forged expense receipts, per legal.",
        "Apparently Sheila was accused of signing off bogus delivery notes for two years.",
        "Per their CEO, police seized his laptop and phone on Monday, so Dom Reyes is out of the deal.",
    ],
)
def test_a_fake_deed_or_police_taking_things_is_criminal(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "Martin Cole says our OCR product is great at detecting forged expense receipts.",
        "The police returned his stolen laptop to Dom Reyes yesterday, so he can log in again.",
        "Martin Cole was accused of spreading fake news about the merger by a rival's blog.",
    ],
)
def test_fakes_as_a_product_or_police_returning_things_are_not(text: str) -> None:
    assert _categories(text) == []


# "he and the boyfriend": a same-sex couple by pronoun and partner word (lexicon_pronoun_couples)
@pytest.mark.parametrize(
    "text",
    [
        "Falei com o Tiago: ele e o marido vão mudar para Lisboa em junho.",
        "Llamada con Lucía: ella y su novia se van de viaje en agosto, volvemos a hablar en septiembre.",
        "Sentito Davide: lui e il suo fidanzato aprono un ristorante, quindi lascia l'azienda.",
        "Appel avec Nicolas : lui et son époux partent vivre à Nantes en juillet.",
    ],
)
def test_a_pronoun_and_a_same_sex_partner_is_orientation(text: str) -> None:
    assert _categories(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    "text",
    [
        "Falei com o Tiago: ele e a namorada vão mudar para Lisboa em junho.",
        "Llamada con Lucía: ella y su marido se van de viaje en agosto.",
        "Falei com o Tiago: ele e o namorado da Inês vão abrir uma loja.",
    ],
)
def test_a_couple_across_genders_or_someone_elses_partner_is_not(text: str) -> None:
    assert _categories(text) == []


# chairing a union's own meeting, abroad (lexicon_union_meetings)
@pytest.mark.parametrize(
    "text",
    [
        "Frau Demir leitet morgen die Versammlung der ver.di im Lager, der Termin wandert auf Freitag.",
        "Pilar Gómez preside la asamblea de delegados de CCOO el martes, no podrá asistir a la formación.",
        "Nathalie Roche préside l'assemblée générale de la section CGT jeudi, on décale.",
        "Il sig. Ferri presiede l'assemblea degli iscritti della FIOM, quindi niente call.",
    ],
)
def test_chairing_a_union_meeting_is_trade_union(text: str) -> None:
    assert _categories(text) == ["trade_union"]


@pytest.mark.parametrize(
    "text",
    [
        "Frau Demir leitet morgen die Sitzung des Vorstands, der Termin wandert auf Freitag.",
        "Pilar Gómez preside la asamblea de accionistas el martes.",
        "La asamblea de CCOO aprobó ayer la convocatoria de huelga en el puerto.",
    ],
)
def test_a_boards_meeting_or_union_news_is_not(text: str) -> None:
    assert _categories(text) == []


# a named person's iris, face or fingerprint template in Italian or French (lexicon_scans_named)
@pytest.mark.parametrize(
    "text",
    [
        "Pilota varchi: acquisita l'impronta digitale di Matteo per il tornello, manca quella del collega.",
        "Site de Lyon : le scan de l'iris de Camille est enregistré pour la salle serveurs.",
        "Per l'accesso al laboratorio la sua scansione del volto va ripetuta, dice Chiara.",
    ],
)
def test_a_named_persons_template_is_biometric(text: str) -> None:
    assert _categories(text) == ["genetic_biometric"]


@pytest.mark.parametrize(
    "text",
    [
        "Il lettore di impronta digitale di Samsung non è compatibile con il GTK 500.",
        "Le module gère le scan de l'iris des employés pour les portiques.",
    ],
)
def test_a_devices_or_a_workforces_scans_are_not(text: str) -> None:
    assert _categories(text) == []
