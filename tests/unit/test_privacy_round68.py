"""Round 68 of the privacy detector: classes of wording the blind set privacy_blind70 (Slack and Teams chat between
reps, with slang, emoji and Hinglish, Taglish, Spanglish, Arabic-English and French-English code-switching) showed
missing, each with invented positives (none of them the set's sentences) and hard negatives that must stay as they
are."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.quoted_speaker import quoted_speaker


def _categories(text: str) -> list[str]:
    return detect(text).categories


# Hinglish: an illness caught or a hospital stay, the verb after the noun (lexicon_hinglish_chat)
@pytest.mark.parametrize(
    "text",
    [
        "Neha ka malaria test positive aaya, isliye Thursday wala workshop shift karna padega",
        "Saurabh ko typhoid ho gaya hai, next week tak offline rahega 😷",
        "Anil sir ICU mein admit hai, family ne bola visit mat karo abhi",
        "Deepika ki tabiyat kharab hai aaj, PO kal sign karegi",
    ],
)
def test_a_hinglish_illness_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Server ka load high hai, demo slow chalega",
        "Rohit ne bola pricing positive aaya client side se, deal aage badhegi",
    ],
)
def test_a_hinglish_server_or_deal_is_not(text: str) -> None:
    assert _categories(text) == []


# Hinglish: work for an Indian party (lexicon_hinglish_chat)
@pytest.mark.parametrize(
    "text",
    [
        "Sunil (Tricom) BJP ke liye door-to-door prachar kar raha hai is mahine, meetings evening mein rakho",
        "Mohit Congress ka purana karyakarta hai, usse policy pe baat mat karna",
        "Nikita ne AAP join kiya last year, she's on their ward team now",
    ],
)
def test_hinglish_party_work_is_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "aap ke liye campaign dashboard ready hai, check kar lo",
        "BJP ki sarkar ne naya GST rule nikala, pricing update karni padegi",
    ],
)
def test_a_party_in_the_news_or_aap_as_you_is_not(text: str) -> None:
    assert _categories(text) == []


# Hinglish: a seat in a union or its membership (lexicon_hinglish_chat)
@pytest.mark.parametrize(
    "text",
    [
        "Suresh ji INTUC ki district committee mein hain, unko tracking se dikkat hai",
        "Vinod union ka member hai, shift data pe woh sawal karega",
        "Ankur ne last month AITUC join kiya, pehle usse baat karo",
    ],
)
def test_a_hinglish_union_seat_is_trade_union(text: str) -> None:
    assert _categories(text) == ["trade_union"]


@pytest.mark.parametrize(
    "text",
    [
        "credit union ki committee ne loan approve kiya, invoice bhej do",
        "union budget mein GST change aaya, pricing dekh lo",
    ],
)
def test_a_credit_union_or_the_budget_is_not(text: str) -> None:
    assert _categories(text) == []


# Taglish: a faith named or worship kept, with Tagalog's markers (lexicon_taglish, persons_taglish)
@pytest.mark.parametrize(
    "text",
    [
        "Heads up, si Kuya Ramon ay Katoliko pala siya, kaya walang meeting sa Good Friday",
        "Si Mylene nagsisimba tuwing Linggo ng umaga, so Monday na lang ang call",
        "FYI member ng Iglesia ni Cristo si Jun kaya may samba siya Thursday night",
    ],
)
def test_a_taglish_faith_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Samba night sa Friday para sa buong sales team 💃",
        "Yung Iglesia account, renewal na sa March, pakicheck ang invoice",
    ],
)
def test_samba_the_dance_or_a_church_account_is_not(text: str) -> None:
    assert _categories(text) == []


# Taglish: an illness or a hospital stay, the person marked by "si" (lexicon_taglish)
@pytest.mark.parametrize(
    "text",
    [
        "May lagnat si Tess kaya hindi siya makakapunta sa demo bukas",
        "Na-ospital si Ben kagabi, next week na lang daw yung pricing call",
        "Si Marites naka-confine pa sa hospital, si Joel muna ang contact",
    ],
)
def test_a_taglish_illness_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Yung ospital na client natin sa Cebu, gusto ng demo ng scheduling module",
        "Sira yung printer sa office, pakitawag ang IT",
    ],
)
def test_a_hospital_customer_or_a_broken_printer_is_not(text: str) -> None:
    assert _categories(text) == []


# Taglish: a person's fingerprint or face enrolled, "ni" naming whose (lexicon_taglish)
@pytest.mark.parametrize(
    "text",
    [
        "Na-register na ang thumbprint ni Edwin sa bundy clock ng Makati branch",
        "Boss, na-enroll na yung face template ni Carla sa access gate, okay na siya",
        "Yung fingerprint ni Rodel, ayaw pa rin ma-enroll sa time clock, ulitin natin",
    ],
)
def test_a_taglish_enrolled_fingerprint_is_biometric(text: str) -> None:
    assert _categories(text) == ["genetic_biometric"]


@pytest.mark.parametrize(
    "text",
    [
        "Sira yung fingerprint reader ni Marco, papalitan ng supplier",
        "May fingerprint login ba yung app? Tanong ng client",
    ],
)
def test_a_reader_or_a_login_feature_is_not(text: str) -> None:
    assert _categories(text) == []


# a procedure told by the body part, a stent put in (lexicon_procedures)
@pytest.mark.parametrize(
    "text",
    [
        "Omar is booked in for a knee procedure on Tuesday, so Hana runs the QBR",
        "quick one: Dimitri went in for a minor eye procedure, back Thursday",
        "Bruce's cardiologist put in two stents last month, he's taking it slow",
    ],
)
def test_a_procedure_or_a_stent_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "The hospital put in a stent order for Q3, can you confirm the pricing?",
        "Our back-office procedure for refunds takes two days.",
    ],
)
def test_a_stent_order_or_a_business_procedure_is_not(text: str) -> None:
    assert _categories(text) == []


# a party named however the writer likes, worked for (lexicon_party_activism)
@pytest.mark.parametrize(
    "text",
    [
        "heads up, Nour is really active in the Free Patriotic party, skip politics at lunch",
        "Ahmed has been active with the Social Credit party for years 🙄",
        "Tom's very active for the Progressive Conservative party in his riding",
    ],
)
def test_activity_in_a_named_party_is_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Jess is really active with the Christmas Party committee this year",
        "Lina is active in the Working Party on data standards at the association",
    ],
)
def test_a_celebration_or_a_working_party_is_not(text: str) -> None:
    assert _categories(text) == []


# French: the activist's words, and canvassing for a party (lexicon_party_activism)
@pytest.mark.parametrize(
    "text",
    [
        "Attention, Hugo chez Dunmore est militant au PCF, évite le sujet des retraites",
        "Claire milite chez les Écologistes depuis 2020, she'll ask about our emissions",
        "M. Garnier tracte pour le RN le samedi matin, so no weekend calls",
        "Julie est militante anticapitaliste et le dit à tout le monde",
    ],
)
def test_a_french_militant_is_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Paul fait du porte-à-porte pour vendre ses panneaux solaires, pas de souci",
        "On fait campagne pour le nouveau produit en mars, keep the budget",
    ],
)
def test_selling_door_to_door_is_not(text: str) -> None:
    assert _categories(text) == []


# Spanish: an arrest for an offence; French: a conviction with its time (lexicon_arrests_abroad,
# lexicon_convictions_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "cuidado con Javier Ortega, la semana pasada lo detuvieron por estafa, no lo metas en el deal",
        "a Marisol la arrestaron anoche, está con su abogado",
        "Jérôme a été condamné en 2019 à six mois avec sursis, don't bring it up",
    ],
)
def test_an_arrest_or_conviction_abroad_is_criminal(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "el envío, lo detuvieron en la aduana por falta de papeles, llega el lunes",
        "Le projet a été condamné par le comité l'an dernier, on repart de zéro",
    ],
)
def test_a_parcel_held_or_a_project_condemned_is_not(text: str) -> None:
    assert _categories(text) == []


# a Meccan pilgrimage in chat's lower case (lexicon_pilgrim_trips, lexicon_religion)
@pytest.mark.parametrize(
    "text",
    [
        "Yusuf is going on hajj in June, out three weeks",
        "Mariam flies off to umrah on Friday, email only",
        "Tariq's back from umrah, call him Monday",
    ],
)
def test_a_lower_case_pilgrimage_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "The umrah travel agency in Jeddah wants a demo of the booking module",
        "Our hajj season pricing for the tour operators goes out Monday",
    ],
)
def test_a_pilgrimage_business_is_not(text: str) -> None:
    assert _categories(text) == []


# "in the" a named union: one person's membership (lexicon_unions)
@pytest.mark.parametrize(
    "text",
    [
        "Dave's been in the Teamsters since '98 and knows the contract by heart",
        "Heads up: Karen is in the UFCW, she'll ask about scheduling data",
        "Marcus, who is in the UAW, wants the shift reports",
    ],
)
def test_in_a_named_union_is_trade_union(text: str) -> None:
    assert _categories(text) == ["trade_union"]


@pytest.mark.parametrize(
    "text",
    [
        "The drivers are in the Teamsters, so the whole depot follows their contract",
        "Who in the UAW Students office handles procurement?",
    ],
)
def test_a_group_in_a_union_or_a_firm_named_so_is_not(text: str) -> None:
    assert _categories(text) == []


# a people's word before a faith ("is Punjabi Sikh"): both are told (lexicon_identity)
@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Gurdeep is Punjabi Sikh and keeps the gurpurab off", ["religion", "ethnicity"]),
        ("Rami is Arab Christian, he's off for Easter", ["religion", "ethnicity"]),
        ("Farida is Somali Muslim, so no lunch meetings in Ramadan", ["religion", "ethnicity"]),
    ],
)
def test_a_people_before_a_faith_is_ethnicity(text: str, categories: list[str]) -> None:
    assert sorted(_categories(text)) == sorted(categories)


@pytest.mark.parametrize(
    "text",
    [
        "Our distributor is Punjabi Foods Ltd in Leicester.",
        "The Somali Telecom deal closes in May.",
    ],
)
def test_a_firm_named_after_a_people_is_not(text: str) -> None:
    assert _categories(text) == []


# a quotation's "my" is its speaker's (quoted_speaker)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("haha Omar literally said 'my husband does the budgets at home'", "Omar"),
        ('Paul (Vortex) just texted "my boyfriend is driving me"', "Paul"),
        ("Elena goes: 'my wife would love this feature'", "Elena"),
    ],
)
def test_a_quotation_is_its_speakers(text: str, name: str) -> None:
    assert quoted_speaker(text, text.index("my ")) == name


@pytest.mark.parametrize(
    "text",
    [
        "lol Omar literally said 'my husband does the budgets at home' 😂",
        'fyi Paul (Vortex) just texted "my boyfriend is driving me, be there at 6"',
        "Elena goes: 'my wife would love this feature', so add it to the roadmap",
    ],
)
def test_a_quoted_same_sex_partner_is_orientation(text: str) -> None:
    assert _categories(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    "text",
    [
        "lol Priya said 'my husband does the budgets at home'",
        "Omar said 'ok' and my husband laughed at the whole thing",
    ],
)
def test_a_mixed_couple_or_a_closed_quotation_is_not(text: str) -> None:
    assert _categories(text) == []


# South Asian given names tell a Hinglish couple (names_south_asian, lexicon_hinglish)
@pytest.mark.parametrize(
    "text",
    [
        "Kunal apne fiancé Arjun ke saath Goa ja raha hai next week",
        "Mohit (Finvest) apne boyfriend Vivek ko dinner pe la raha hai",
        "Shruti apni girlfriend Meera ke saath shift ho rahi hai Pune",
    ],
)
def test_a_hinglish_same_sex_couple_is_orientation(text: str) -> None:
    assert _categories(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    "text",
    [
        "Shruti apne fiancé Arjun ke saath Goa ja rahi hai next week",
        "Kunal apni wife Meera ke saath shift ho raha hai Pune",
    ],
)
def test_a_hinglish_mixed_couple_is_not(text: str) -> None:
    assert _categories(text) == []


# a relative's gene screen with a hyphenated kind, and what it flagged (lexicon_records)
@pytest.mark.parametrize(
    "text",
    [
        "Noor's newborn's heel-prick genetic screen flagged PKU, she's offline this week",
        "Tom's toddler's whole-exome genetic screen came back, they're processing it",
        "Anita's infant's genetic screen picked up a marker, they're seeing a specialist",
    ],
)
def test_a_relatives_genetic_screen_is_genetic(text: str) -> None:
    assert "genetic_biometric" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "The lab's genetic screen flagged a bug in the batch pipeline",
        "Our heel-prick genetic screen products flagged strong demand in Q2",
    ],
)
def test_a_labs_screen_is_not(text: str) -> None:
    assert _categories(text) == []


# a trait only wondered about (speculation)
@pytest.mark.parametrize(
    "text",
    [
        "If the new buyer turns out to be a union guy we'll bring the works-council pack",
        "In case she happens to be a shop steward, keep the tracking slides out",
        "What if he turns out to be a Teamsters member, do we change the pitch?",
    ],
)
def test_a_trait_wondered_about_is_not(text: str) -> None:
    assert _categories(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Turns out Brian is a union guy, so bring the works-council pack",
        "If you call Maria, she's a shop steward at the Leeds depot",
    ],
)
def test_a_trait_found_out_is_still_told(text: str) -> None:
    assert _categories(text) == ["trade_union"]
