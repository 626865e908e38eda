"""Round 69 of the privacy detector: classes of wording the blind set privacy_blind71 (customer-success account
notes and meeting minutes, a third in Swedish, Norwegian, Danish, Turkish, Russian, romanised Japanese, Greek and
Czech) showed missing, each with invented positives (none of them the set's sentences) and hard negatives that
must stay as they are."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.prefilter import Prefilter


def _categories(text: str) -> list[str]:
    return detect(text).categories


# Greek letters: treatment, illness, pregnancy (lexicon_greek), the person by a Greek title (persons_scripts)
@pytest.mark.parametrize(
    "text",
    [
        "Η κα Γεωργίου ξεκίνησε ακτινοθεραπεία, οπότε η παρουσίαση μετατίθεται για τον Ιανουάριο.",
        "Ο κ. Σταματόπουλος νοσηλεύεται από την Τρίτη, τα συμβόλαια τα υπογράφει ο αναπληρωτής.",
        "Ο Γιώργος Παππάς έπαθε έμφραγμα τον Σεπτέμβριο και δουλεύει μισή μέρα.",
        "Η κυρία Λαμπράκη είναι έγκυος, άρα από τον Μάρτιο μιλάμε με τον κ. Δήμου.",
    ],
)
def test_a_greek_treatment_or_illness_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Το νοσοκομείο Αγία Όλγα αγοράζει 40 άδειες GTX Pro για τη χημειοθεραπεία.",
        "Ο κ. Δήμου έκανε τη συνάντηση από το γραφείο του, όλα καλά με την προσφορά.",
    ],
)
def test_a_greek_hospital_as_customer_is_not(text: str) -> None:
    assert _categories(text) == []


# Greek letters: an office in a workers' union, a party office, an arrest (lexicon_greek)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Η κα Ιωάννου είναι γραμματέας του συνδικάτου των λιμενεργατών.", "trade_union"),
        ("Ο κ. Καραλής είναι μέλος του σωματείου εργαζομένων της τράπεζας.", "trade_union"),
        ("Ο κ. Μιχαηλίδης είναι υποψήφιος δήμαρχος στις εκλογές του Οκτωβρίου.", "political_opinion"),
        ("Ο κ. Βλάχος είναι στέλεχος του ΠΑΣΟΚ στην Πάτρα.", "political_opinion"),
        ("Ο κ. Ρήγας συνελήφθη χθες, λένε για φοροδιαφυγή.", "criminal_record"),
    ],
)
def test_a_greek_union_party_or_arrest_is_sensitive(text: str, category: str) -> None:
    assert _categories(text) == [category]


@pytest.mark.parametrize(
    "text",
    [
        "Ο κ. Καραλής είναι μέλος του αθλητικού σωματείου της γειτονιάς.",
        "Το συνδικάτο ζήτησε αναφορά για τα δεδομένα που καταγράφει το GTK 500.",
        "Η κα Ιωάννου είναι υποψήφιος πελάτης για το GTX Pro.",
    ],
)
def test_a_greek_sports_club_union_as_subject_or_candidate_customer_is_not(text: str) -> None:
    assert _categories(text) == []


# Russian: illness, treatment, recovery (lexicon_russian), the person by a Cyrillic full name (persons_scripts)
@pytest.mark.parametrize(
    "text",
    [
        "Анна Кузнецова (финансы) перенесла инсульт весной, на связи только по почте.",
        "Дмитрий Волков лежит в больнице, договор подпишет его заместитель.",
        "Ольга Смирнова проходит химиотерапию, встречи переносим на январь.",
        "Сергей Павлович на больничном до пятницы.",
    ],
)
def test_russian_illness_or_treatment_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Больница в Казани закупает 20 лицензий, Дмитрий Волков ведёт тендер.",
        "Ольга Смирнова провела операцию по счёту, оплата прошла.",
    ],
)
def test_a_russian_hospital_as_customer_or_a_bank_operation_is_not(text: str) -> None:
    assert _categories(text) == []


# Russian: an arrest with its charge, a sentence (lexicon_russian)
@pytest.mark.parametrize(
    "text",
    [
        "Павла Егорова задержали во вторник по подозрению в мошенничестве.",
        "Говорят, Иван Морозов осуждён условно, поэтому в референсы его не берём.",
        "Андрей Белов отбывает наказание, контакт теперь Мария Белова.",
    ],
)
def test_a_russian_arrest_or_sentence_is_criminal(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "Павел Егоров сказал, что поставку задержали на таможне до вторника.",
        "Банк арестовали счета компании, Иван Морозов ждёт решения суда.",
    ],
)
def test_a_russian_delay_or_seized_account_is_not(text: str) -> None:
    assert _categories(text) == []


# Russian: a union office or a party membership (lexicon_russian)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Елена Орлова — председатель профкома на заводе, ей важны данные об операторах.", "trade_union"),
        ("Борис Лебедев член профсоюза с 2010 года.", "trade_union"),
        ("Николай Зайцев баллотируется от КПРФ в городскую думу.", "political_opinion"),
    ],
)
def test_a_russian_union_office_or_party_is_sensitive(text: str, category: str) -> None:
    assert _categories(text) == [category]


@pytest.mark.parametrize(
    "text",
    ["Профсоюз прислал запрос о логах GTX Pro.", "КПРФ опубликовала программу, Николай Зайцев прислал ссылку."],
)
def test_a_russian_union_or_party_as_subject_is_not(text: str) -> None:
    assert _categories(text) == []


# Czech: sick leave, an operation, hospital, an illness (lexicon_czech), the person by "pan"/"paní"
@pytest.mark.parametrize(
    "text",
    [
        "Paní Svobodová je od pondělí na neschopence, nabídku posíláme jejímu zástupci.",
        "Pan Dvořák podstoupil operaci páteře a vrací se v lednu.",
        "Pan Černý leží v nemocnici, schůzku rušíme.",
        "Paní Horáková bojuje s rakovinou, komunikujeme jen e-mailem.",
    ],
)
def test_a_czech_sick_leave_or_operation_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Pan Dvořák schválil bankovní operace na účtu, smlouva platí.",
        "Nemocnice v Brně objednala 12 licencí, pan Černý je kontakt.",
    ],
)
def test_a_czech_bank_operation_or_hospital_customer_is_not(text: str) -> None:
    assert _categories(text) == []


# Czech: a man with his husband, a woman with her wife (lexicon_czech)
@pytest.mark.parametrize(
    "text",
    [
        "Pan Veselý dorazí na konferenci se svým manželem Petrem.",
        "Paní Marková přijde i s manželkou, objednat dvě vstupenky.",
        "Jeho manžel pracuje u konkurence, pozor na ceník.",
    ],
)
def test_a_czech_same_sex_spouse_is_orientation(text: str) -> None:
    assert _categories(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    "text",
    [
        "Pan Veselý dorazí na konferenci se svou manželkou Janou.",
        "Paní Marková přijde s manželem, objednat dvě vstupenky.",
        "Její manžel pracuje u konkurence, pozor na ceník.",
    ],
)
def test_a_czech_opposite_sex_spouse_is_not(text: str) -> None:
    assert _categories(text) == []


# Turkish: work, office or vote for a party; a union office (lexicon_turkish_politics)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Mehmet Bey MHP ilçe başkanı, seçim döneminde toplantı koymayalım.", "political_opinion"),
        ("Ayşe Hanım AKP'nin kadın kollarında aktif, cumartesileri dolu.", "political_opinion"),
        ("Selin Hanım geçen seçimde İYİ Parti'ye oy verdi, öyle söyledi.", "political_opinion"),
        ("Hasan Bey Türk Metal işyeri temsilcisi, veri kayıtlarını soracak.", "trade_union"),
    ],
)
def test_turkish_party_work_or_union_office_is_sensitive(text: str, category: str) -> None:
    assert _categories(text) == [category]


@pytest.mark.parametrize(
    "text",
    [
        "CHP'li belediye yeni ihale açtı, Mehmet Bey teklif hazırlıyor.",
        "AKP yeni yasa teklifi verdi, Ayşe Hanım vergi etkisini soruyor.",
        "Sendika ile toplu sözleşme imzalandı, Hasan Bey bilgi verdi.",
    ],
)
def test_a_turkish_party_or_union_as_subject_is_not(text: str) -> None:
    assert _categories(text) == []


# Danish and Norwegian: a party office, seat or vote (lexicon_danish_norwegian)
@pytest.mark.parametrize(
    "text",
    [
        "Ingrid Dahl er nestleder i Høyre i Bergen, så unngå politikk på middagen.",
        "Søren Madsen sidder i byrådet for Socialdemokratiet og holder møder om torsdagen.",
        "Trine Bakke er aktiv i Rødt og vil vite hvor dataene lagres.",
    ],
)
def test_a_danish_or_norwegian_party_post_is_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Senterpartiet vil flytte statlige arbeidsplasser, Ingrid Dahl sendte artikkelen.",
        "Søren Madsen er ikke medlem i Venstre, han spurgte bare om prisen.",
        "Trine Bakke er leder i Plexzap, ta kontakt med henne.",
    ],
)
def test_a_danish_or_norwegian_party_in_the_news_is_not(text: str) -> None:
    assert _categories(text) == []


# Danish and Norwegian: a faith movement, churchgoing, belief (lexicon_danish_norwegian)
@pytest.mark.parametrize(
    "text",
    [
        "Jens Poulsen er forstander i pinsemenigheden, så søndagsmøder er udelukket.",
        "Kari Lunde går i kirken hver søndag og vil ikke ha møter da.",
        "Anders Holm er medlem af Jehovas Vidner og deltager ikke i julefrokosten.",
    ],
)
def test_a_danish_or_norwegian_faith_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Menigheden har købt nye skærme til kirkesalen, Jens Poulsen er kontakt.",
        "Kari Lunde er leder i salgsteamet og går i kantinen hver dag.",
    ],
)
def test_a_church_as_customer_is_not(text: str) -> None:
    assert _categories(text) == []


# Danish and Norwegian union posts, a Swedish union's club, an English "club" of a Nordic union
@pytest.mark.parametrize(
    "text",
    [
        "Mads Nielsen er tillidsrepræsentant på lageret og vil se logningen.",
        "Hege Strand er klubbleder i Fellesforbundet på verftet.",
        "Eva Lindqvist är ordförande i Unionen-klubben på kontoret.",
        "Piotr chairs the Kommunal club at the depot, so expect questions on tracking.",
    ],
)
def test_a_nordic_union_post_is_trade_union(text: str) -> None:
    assert _categories(text) == ["trade_union"]


@pytest.mark.parametrize(
    "text",
    [
        "Vi har en aftale med 3F om vikarer, Mads Nielsen er kontakt.",
        "Hege Strand er medlem i golfklubben og spiller hver lørdag.",
        "Piotr chairs the book club at the depot.",
    ],
)
def test_a_union_deal_or_other_club_is_not(text: str) -> None:
    assert _categories(text) == []


# romanised Japanese: a partner word whose owner's given name tells the same gender (lexicon_romaji_couples)
@pytest.mark.parametrize(
    "text",
    [
        "Sato Takeshi-san wa kareshi to issho ni Osaka ni ikimasu.",
        "Yamamoto Kenta-san, kareshi no Daisuke-san mo party ni kuru sō desu.",
        "Ito Keiko-san no okusan ga byōin de hataraite imasu.",
    ],
)
def test_a_romaji_same_sex_partner_is_orientation(text: str) -> None:
    assert _categories(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    "text",
    [
        "Sato Takeshi-san no okusan mo party ni kuru sō desu.",
        "Tanaka-san no goshujin wa Osaka ni sunde imasu.",
        "Yuki-san ni aimashita, tsuma to issho ni Kyoto e ikimasu.",
    ],
)
def test_a_romaji_opposite_or_unknown_partner_is_not(text: str) -> None:
    assert _categories(text) == []


# English: one's probation told with the conviction it follows (lexicon_probation_terms)
@pytest.mark.parametrize(
    "text",
    [
        "Marcus said he's still on probation for another year after the conviction, so no site visits in Canada.",
        "Rob told me he finished probation last spring, the conviction was for fraud.",
        "She served her probation quietly after the conviction and never mentions it.",
    ],
)
def test_probation_with_a_conviction_is_criminal(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "Marcus finished his probation at the bank last year and got promoted.",
        "Dana's probation period ends in June; the contract sentence on renewals needs a fix.",
    ],
)
def test_a_job_probation_is_not(text: str) -> None:
    assert _categories(text) == []


# English: the minority peoples of the Black Sea, Balkans, Caucasus and Volga (lexicon_identity)
@pytest.mark.parametrize(
    "text",
    [
        "Nikos at Plexzap is Pontian, his grandparents came from Trabzon.",
        "Temir (ops lead) is Kumyk, his family is from Dagestan.",
        "Yiannis says he is Pontian on his father's side.",
    ],
)
def test_a_minority_people_is_ethnicity(text: str) -> None:
    assert _categories(text) == ["ethnicity"]


@pytest.mark.parametrize(
    "text",
    ["The Pontic region distributor wants a quote.", "Olga is shipping Bashkir honey samples to the office."],
)
def test_a_region_or_product_is_not(text: str) -> None:
    assert _categories(text) == []


# English: a person named in full with a firm and a verb, or by a full-name possessive (persons)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Zdenka Wrona from Kinetech is Kurdish.", "ethnicity"),
        ("Oyelaran Bello at Zotware has a pacemaker fitted, no MRI-gated demos.", "health"),
        ("Tamsin Ek of Dalttechnology was jailed for fraud in 2019.", "criminal_record"),
        ("Registered Sven Ek's fingerprint template on the door reader.", "genetic_biometric"),
        ("Nils sits on Malmö city council for the Moderates.", "political_opinion"),
    ],
)
def test_a_full_name_with_firm_or_possessive_is_a_person(text: str, category: str) -> None:
    assert category in _categories(text)


@pytest.mark.parametrize(
    "text",
    ["Head Office from Brussels is sending the fingerprint reader spec.", "The Moderates won the Malmö vote."],
)
def test_no_person_named_is_not(text: str) -> None:
    assert _categories(text) == []


# the prefilter files Greek and Cyrillic literals, their variant letters folded on both sides
def test_greek_and_cyrillic_cues_are_filtered_by_their_own_letters() -> None:
    import re

    built = Prefilter.build([re.compile(r"νοσηλεύεται", re.IGNORECASE), re.compile(r"инфаркт", re.IGNORECASE)])
    assert not built.always
    assert built.possible("ΝΟΣΗΛΕΎΕΤΑΙ από χθες") == {0}
    assert built.possible("после инфаркта") == {1}
    assert built.possible("plain English mail") == set()
    final_sigma = Prefilter.build([re.compile(r"καρκίνος", re.IGNORECASE)])
    assert final_sigma.possible("ΚΑΡΚΊΝΟΣ") == {0}
