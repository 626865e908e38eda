"""Round 65 of the privacy detector: classes of wording the blind set privacy_blind67 (renewal notes, invite
threads and data-subject requests in several languages) showed missing, each with invented positives (none of
them the set's sentences) and hard negatives that must stay as they are."""

from __future__ import annotations

import pytest

from policies.privacy import detect


def _categories(text: str) -> list[str]:
    return detect(text).categories


# an addiction, or a recovery from one, named in German, French, Spanish, Italian, Portuguese or Dutch
# (lexicon_addiction_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Herr Lange ist trockener Alkoholiker, beim Abendessen bitte keinen Wein bestellen.",
        "Notiz zu Frau Keller: ist alkoholkrank, war im Frühjahr in Behandlung.",
        "Jürgen ist seit Jahren spielsüchtig, sagt sein Kollege.",
        "Marc est un ancien alcoolique, pas de champagne au dîner.",
        "Carmen es alcohólica en recuperación, mejor un restaurante sin bar.",
        "Pablo es exalcohólico y lleva tres años sin beber.",
        "Giorgio è un ex alcolista, niente brindisi alla cena.",
        "O Sérgio é alcoólatra, segundo a irmã dele.",
        "Pieter is alcoholist, geen borrel na de vergadering.",
        "Lucía es adicta a la cocaína, según su exsocio.",
    ],
)
def test_an_addiction_abroad_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Carmen dice que las bebidas alcohólicas no están incluidas en el menú.",
        "Marc propose une boisson alcoolique pour le cocktail de lancement.",
        "Pablo es adicto al trabajo, contesta correos a medianoche.",
        "Jürgen ist süchtig nach Schokolade, bitte Pralinen mitbringen.",
        "Giorgio dice che la birra è alcolica ma leggera.",
        "Frau Keller sagt, die Anonymen Alkoholiker haben unseren Raum gebucht.",
        "Herr Lange erzählt einen Alkoholiker-Witz nach dem anderen.",
    ],
)
def test_a_drink_or_a_habit_of_work_is_not(text: str) -> None:
    assert _categories(text) == []


# Alcoholics Anonymous gone to, by its name in German, Spanish, French or Italian (lexicon_addiction_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Marco va a Alcohólicos Anónimos los martes, no le pongas cenas ese día.",
        "Herr Lange geht seit Jahren zu den Anonymen Alkoholikern.",
        "Marc va aux Alcooliques anonymes depuis un an.",
        "Giulia frequenta gli Alcolisti Anonimi il giovedì sera.",
    ],
)
def test_going_to_aa_abroad_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Marco dice que la empresa va a patrocinar a Alcohólicos Anónimos este año.",
        "Marc dit que la boîte va sponsoriser les Alcooliques anonymes.",
        "Giulia dice che gli Alcolisti Anonimi hanno prenotato la sala riunioni.",
    ],
)
def test_the_fellowship_as_a_body_is_not(text: str) -> None:
    assert _categories(text) == []


# a church named by its denomination after a person's verb of being (lexicon_denominations_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Chiara è valdese, quindi niente cene il sabato sera con lei? No, va bene il sabato.",
        "Matteo è avventista e non lavora il sabato.",
        "Rocío es pentecostal y no bebe alcohol.",
        "A Fernanda é presbiteriana, prefere não marcar nada no domingo.",
        "Frau Brandt ist Mennonitin, kein Alkohol beim Abendessen.",
        "Gérard est adventiste, pas de réunion le samedi.",
        "Frau Brandt ist Freikirchlerin und trinkt keinen Alkohol.",
    ],
)
def test_a_denomination_abroad_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Chiara dice che la chiesa valdese è nostra cliente da due anni.",
        "Matteo vende software a una scuola avventista di Firenze.",
        "Gérard dit que c'est Baptiste qui signe le bon de commande.",
        "Il referente è Battista Ferri, dice Chiara.",
        "Gérard est vaudois, il vit à Lausanne depuis toujours.",
        "Fernanda diz que o hospital é presbiteriano e compra por licitação.",
    ],
)
def test_a_body_a_name_or_a_canton_is_not(text: str) -> None:
    assert _categories(text) == []


# a lay preacher in one's church, in Italian, Spanish, Portuguese, French or German (lexicon_denominations_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Marco fa il predicatore laico nella sua parrocchia la domenica.",
        "Inés es predicadora laica en su iglesia de Sevilla.",
        "O Rui é pregador leigo e não viaja aos domingos.",
        "Hélène est prédicatrice laïque dans sa paroisse.",
        "Frau Ostermann ist Laienpredigerin in ihrer Gemeinde.",
    ],
)
def test_a_lay_preacher_abroad_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Marco dice che la parrocchia cerca un predicatore laico per l'estate.",
        "Inés vende sistemas de audio a iglesias que buscan predicadores laicos.",
        "Rui says the predicate logic module is laid out in the appendix.",
    ],
)
def test_a_preacher_sought_by_a_church_is_not(text: str) -> None:
    assert _categories(text) == []


# a kosher or halal meal asked for, a weekly Friday-to-Saturday-night block, a Hebrew blessing heading each
# letter, and "seems religious" (lexicon_sabbath_signs)
@pytest.mark.parametrize(
    "text",
    [
        "Yossi asked the hotel for a kosher lunch at the awards dinner.",
        "For the offsite, she requested a halal-certified lunch.",
        "Menachem needs a strictly kosher dinner at the QBR, the caterer has been told.",
        "Her calendar is blocked every Friday from 3pm until Saturday night, so no Friday calls.",
        "Avi's phone is off every Friday from 4pm to Saturday nightfall.",
        "He is offline Fridays from sunset until Saturday evening.",
        "Shira writes 'BS\"D' at the top of every letter she sends us.",
        'Dov puts B"H on every email he sends.',
        "Rivka seems quite religious, should we skip the Friday evening drinks?",
        "he looks very devout, maybe no wine at the dinner.",
    ],
)
def test_a_sign_of_observance_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "The caterer offers a kosher-certified lunch for large events.",
        "Yossi ordered a kosher-certified lunch for the whole Jakarta delegation.",
        "Sarah says Procurement asked for a halal lunch at the kickoff.",
        "Her calendar is blocked from Friday 2pm until Saturday noon for the regatta.",
        "The warehouse is closed every Friday until Saturday night, says Avi.",
        "Dov writes BSD at the top of every source file, it's the licence.",
        "Rivka says the new logo looks religious, can design soften it?",
        "Shira seems religious about her Monday pipeline review.",
        "Menachem seems very observant, he spotted the typo in clause 4 at once.",
    ],
)
def test_a_menu_a_one_off_block_or_a_thing_is_not(text: str) -> None:
    assert _categories(text) == []


# a spouse's word put right by its owner (lexicon_spouse_corrections)
@pytest.mark.parametrize(
    "text",
    [
        "I invited 'Tom Reyes + wife' and he replied 'it's husband, actually'.",
        "The badge said 'Mrs Clarke + husband', and she wrote back: wife, not husband.",
        "Marek corrected the seating plan, it's my husband, actually.",
        "We had 'Priya + husband' on the list; she said 'wife, actually' and sent her name.",
    ],
)
def test_a_spouse_corrected_by_its_owner_is_orientation(text: str) -> None:
    assert _categories(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    "text",
    [
        "I invited 'Tom Reyes + guest' and he replied 'it's wife, actually'.",
        "Paul said it's her husband, actually, who signs the renewal.",
        "Lisa said the wife actually signs everything there.",
        "Dan's wife actually called to move the dinner.",
        "We had 'Priya + wife' on the list; she said 'husband, actually'.",
    ],
)
def test_a_correction_across_genders_or_none_is_not(text: str) -> None:
    assert _categories(text) == []


# HLA (tissue) typing and its result for a person (lexicon_tissue_typing)
@pytest.mark.parametrize(
    "text",
    [
        "Ingrid is off next month: HLA typing showed she's a full match for her sister.",
        "Jonas ist laut HLA-Typisierung kompatibel mit seinem Bruder und spendet Stammzellen.",
        "Marta resultó compatible en la tipificación HLA y donará médula a su hija.",
        "The tissue typing came back and Raj is a match for his father.",
        "Anna turned out to be an HLA match for her brother, so she's away in May.",
    ],
)
def test_a_typing_result_is_genetic(text: str) -> None:
    assert "genetic_biometric" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ingrid says the lab wants to renew its HLA typing kits contract, which matches our catalogue.",
        "Jonas is a perfect match for the CFO role.",
        "Marta's team compared HLA typing software, nothing matched our requirements.",
        "Anna says the blood bank wants to buy HLA-matched platelets from us.",
    ],
)
def test_typing_as_a_product_or_a_match_for_a_role_is_not(text: str) -> None:
    assert _categories(text) == []


# a people in lower case as French, Spanish, Italian or Portuguese write it, or a family of one
# (lexicon_identity)
@pytest.mark.parametrize(
    "text",
    [
        "M. Poigoune est kanak, il rentre à Lifou pour la coutume.",
        "Mme Tjibaou est une kanake de Houaïlou.",
        "Rosa es de familia gitana, según me contó ella misma.",
        "Karim vient d'une famille kabyle de Tizi Ouzou.",
        "Ataahua è maori e parla spesso della sua famiglia a Rotorua.",
        "Joana é de uma família cigana de Évora.",
        "Luca dice che Mirela è rom e vive a Torino da vent'anni.",
    ],
)
def test_a_people_abroad_is_ethnicity(text: str) -> None:
    assert _categories(text) == ["ethnicity"]


@pytest.mark.parametrize(
    "text",
    [
        "Rosa dice que la fiesta de la familia del cliente es en mayo.",
        "Karim vient d'une famille d'entrepreneurs lyonnais.",
        "M. Poigoune dit que le marché kanak est petit mais fidèle.",
        "Luca sagt, das Gerät hat ein ROM von 4 MB.",
    ],
)
def test_a_family_with_no_people_or_a_market_is_not(text: str) -> None:
    assert _categories(text) == []


# an ulcer named by where it is (lexicon_health)
@pytest.mark.parametrize(
    "text",
    [
        "Mr. Okafor is recovering from a stomach ulcer, nothing spicy at dinner please.",
        "Hanna had a bleeding ulcer in March and is still on a bland diet.",
        "Tomasz has a duodenal ulcer, so no coffee at the meeting.",
    ],
)
def test_an_ulcer_by_its_site_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Okafor says this renewal is giving me a stomach ulcer.",
        "Hanna's client sells a peptic ulcer drug in six markets.",
    ],
)
def test_an_ulcer_as_a_figure_or_a_market_is_not(text: str) -> None:
    assert _categories(text) == []
