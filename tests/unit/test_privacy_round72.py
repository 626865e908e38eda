"""Round 72 of the privacy detector: classes of wording the blind set privacy_blind74 (customer-success and event
chatter in English, Portuguese, Italian, Polish and Swedish) showed missing, each with invented positives (none of
them the set's sentences) and hard negatives that must stay as they are."""

from __future__ import annotations

import pytest

from policies.privacy import detect


def _categories(text: str) -> list[str]:
    return detect(text).categories


# a same-sex partner in Swedish brought by a named owner, "sin" telling whose (lexicon_nordic_couples)
@pytest.mark.parametrize(
    "text",
    [
        "Erik kommer med sin pojkvän till julbordet, boka två stolar.",
        "Lars bor ihop med sin sambo Anders i Uppsala och pendlar på tisdagar.",
        "Karin från Brightway tar med sig sin flickvän till galamiddagen.",
        "Johan och hans sambo Mikael checkar in på fredag.",
    ],
)
def test_swedish_same_sex_partners_are_orientation(text: str) -> None:
    assert _categories(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    "text",
    [
        "Johan tar med sin sambo Anna till middagen.",
        "Erik tar med sin partner Lars från Acme till mötet.",
        "Karin kommer med sin man, de delar rum.",
        "Erik tar med sin kollega Lars till mässan.",
    ],
)
def test_swedish_other_partners_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# an office in a Swedish party, its local branch or youth league (lexicon_swedish)
@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg är kassör i Moderaterna i Lund, så hon kan inte på måndagar.",
        "Karin är vice ordförande för Centerpartiets krets i Umeå.",
        "Erik sitter i styrelsen för SSU i Malmö och har möte varannan torsdag.",
        "Nils har varit sekreterare i Kristdemokraternas lokalförening sedan 2019.",
    ],
)
def test_swedish_party_offices_are_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Lars är ordförande i bostadsrättsföreningen och fixar lokalen.",
        "Moderaternas lokalavdelning hyr vår konferenssal i maj, Erik har kontraktet.",
        "Erik sitter i styrelsen för Volvo Cars sedan i våras.",
    ],
)
def test_swedish_non_party_offices_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# worship and faith said of a person in Swedish (lexicon_swedish_faith)
@pytest.mark.parametrize(
    "text",
    [
        "Maria går i kyrkan varje söndag, så inga möten före lunch.",
        "Erik är praktiserande katolik och äter fisk på fredagar.",
        "Omar fastar under ramadan, så middagen blir efter solnedgång.",
        "Jonas är präst i Svenska kyrkan och predikar på söndagar.",
        "Yusuf håller i fredagsbönen, så han är ledig till 14.",
        "Sofia är aktiv i sin församling i Lund.",
    ],
)
def test_swedish_worship_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Moskén i Rinkeby har stängt gatan på fredag, så Anna får ta en annan väg.",
        "Svenska kyrkan är kund hos oss sedan i fjol, Erik sköter kontot.",
        "Det är fredagsbön i moskén intill, så Lars säger att parkeringen är full.",
        "Erik säger att musiken på mässan är kristen.",
        "Anna är ortodox när det gäller budgeten.",
    ],
)
def test_swedish_places_and_figures_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# a Polish faith noun in the instrumental after "jest" (lexicon_faiths_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Pan Tomasz jest praktykującym katolikiem, więc w Wielki Piątek bez spotkań.",
        "Pani Ewa jest głęboko wierzącą muzułmanką i nie pije alkoholu.",
        "Tomek jest buddystą i medytuje przed pracą.",
        "Jacek był ewangelikiem od dziecka, mówi jego żona.",
    ],
)
def test_polish_faith_nouns_are_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Szpital jest katolickim szpitalem, Marek to potwierdził.",
        "Marek jest wierzącym fanem Legii i chodzi na każdy mecz.",
        "Ten projekt jest buddyjski w duchu, mówi Anna.",
    ],
)
def test_polish_faith_adjectives_of_things_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# a movement followed in the writer's own "I follow" / "I practise" (lexicon_religion)
@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the invite. I practise Falun Dafa every morning at six, so breakfast meetings are hard.",
        "I follow the Soka Gakkai tradition and chant before work, so please start at ten.",
        "Happy to join, though I belong to the Brahma Kumaris and will skip the wine.",
    ],
)
def test_first_person_movements_are_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "I follow the Scientology trial in the news every week, Tom.",
        "Tom said I follow the Opus Dei podcast for the history bits.",
        "She follows the Scientology lawsuit closely.",
    ],
)
def test_movements_followed_as_news_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# an allergy to a named allergen, and anaphylaxis as an adjective (lexicon_allergens)
@pytest.mark.parametrize(
    "text",
    [
        "Tom is severely allergic to kiwi, so no fruit platter at his seat.",
        "Priya's mustard allergy means the dressing goes on the side for her.",
        "Dan went into anaphylactic shock at last year's dinner.",
        "Marta is anaphylactic to cashews, the kitchen knows.",
        "Heads up: Ken is anaphylactic, keep the nut dessert away from table 4.",
    ],
)
def test_named_allergies_are_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom says he's allergic to meetings before 10.",
        "Sesame is one of the 14 allergens the caterer lists, Tom says.",
        "Jenny booked the first-aid course, which covers anaphylactic shock.",
        "Raj gets anaphylactic about scope creep.",
        "Tom says the menu has a dairy allergy option.",
    ],
)
def test_allergens_without_a_sufferer_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# a person's face or selfie matched against a record (lexicon_face_matches)
@pytest.mark.parametrize(
    "text",
    [
        "Omar's face was verified against his passport at the kiosk.",
        "We matched Nadia's selfie to the guest list this morning.",
        "Sven's face match failed at gate B, so print him a badge.",
        "Lena sent her selfie and it got enrolled in the door system.",
    ],
)
def test_faces_matched_are_biometric(text: str) -> None:
    assert _categories(text) == ["genetic_biometric"]


@pytest.mark.parametrize(
    "text",
    [
        "The hotel offers face-match check-in for groups; Tom wants a quote.",
        "Her selfie with the CEO went viral, Tom says.",
        "Kofi's match on Saturday was rained off.",
        "His profile was matched to a mentor in the programme, Anna said.",
    ],
)
def test_face_features_and_other_matches_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# Polish templates of named people, stored (lexicon_biometrics_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Wczoraj zarejestrowaliśmy odciski palców Anny w systemie wejściowym.",
        "Skan twarzy Tomasza został zapisany w bazie kontroli dostępu.",
        "Odciski palców Ewy i Marka zostały pobrane przez technika.",
    ],
)
def test_polish_named_templates_stored_are_biometric(text: str) -> None:
    assert _categories(text) == ["genetic_biometric"]


@pytest.mark.parametrize(
    "text",
    [
        "Czytnik odcisków palców Suprema jest zamontowany przy wejściu, mówi Marek.",
        "Terminal obsługuje odciski palców i skan twarzy, Jacek sprawdzi cenę.",
    ],
)
def test_polish_template_features_stay_quiet(text: str) -> None:
    assert _categories(text) == []
