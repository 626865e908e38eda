"""Round 73 of the privacy detector: classes of wording the blind set privacy_blind75 (small talk in sales-call
transcripts in English, Japanese, Chinese, Turkish, Polish, Dutch, Spanish, French, German, Portuguese and
Hinglish) showed missing, each with invented positives (none of them the set's sentences) and hard negatives that
must stay as they are."""

from __future__ import annotations

import pytest

from policies.privacy import detect


def _categories(text: str) -> list[str]:
    return detect(text).categories


# an ancestry share a DNA kit gave a person: genetic data and their ethnic origin at once (lexicon_asides)
@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitfield  0:41\nso my sister got me an AncestryDNA kit and apparently I'm 40% Nigerian, who knew.",
        "[00:03:10] Luis: the ancestry test my wife bought me says about a quarter Basque, which explains a lot.",
        "Priyanka said her 23andMe report came back almost sixty percent Tamil and the rest Sinhalese.",
    ],
)
def test_an_ancestry_share_from_a_dna_kit_is_genetic_and_ethnic(text: str) -> None:
    assert _categories(text) == ["ethnicity", "genetic_biometric"]


@pytest.mark.parametrize(
    "text",
    [
        "23andMe grew 30 percent German customers last year, per their filing.",
        "The ancestry kits segment is about 40% Irish market share for the reseller.",
        "Our DNA kit partner reported thirty percent Canadian revenue growth.",
    ],
)
def test_a_dna_kit_market_share_stays_quiet(text: str) -> None:
    assert _categories(text) == []


# a positive result for a cancer-risk gene is the person's health as well as their genes (lexicon_asides)
@pytest.mark.parametrize(
    "text",
    [
        "Marta mentioned her BRCA1 test came back positive, so she'll be in and out of clinics for a while.",
        "[00:12:02] Owen: long story, I tested positive for BRCA2 last month, so bear with me on dates.",
        "Ken's sister had her PALB2 result back and it was positive, he's flying out to see her.",
    ],
)
def test_a_positive_cancer_gene_result_is_health_too(text: str) -> None:
    assert _categories(text) == ["health", "genetic_biometric"]


@pytest.mark.parametrize(
    "text",
    [
        "Anton's BRCA2 result came back negative, so he's staying on the rollout.",
        "The lab runs BRCA panels and the customer feedback was positive across the board.",
    ],
)
def test_a_negative_or_a_labs_gene_result_is_no_health(text: str) -> None:
    assert "health" not in _categories(text)


# a cold told with no verb before it, as chat does (lexicon_asides)
@pytest.mark.parametrize(
    "text",
    [
        "Ines (Pallaway): sorry about the voice, nasty cold since Tuesday.",
        "Leo: yeah, still a chest cold for a week now, I'll keep muted.",
        "[00:00:09] Hana: ugh, this stomach bug since Sunday, bear with me.",
    ],
)
def test_a_verbless_cold_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Ines: it's been bitterly cold since Tuesday in Oslo, the ferry was late.",
        "Leo: the cold storage unit has been offline since Monday.",
        "We shipped a cold chain sensor for a week of testing.",
    ],
)
def test_cold_weather_and_cold_chains_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# a relative admitted in a hospital named by its name, Indian English style (lexicon_asides)
@pytest.mark.parametrize(
    "text",
    [
        "Arjun: my mother was admitted in Fortis last night, so I may drop off early.",
        "Neha said her husband is admitted at Manipal since Friday.",
        "sorry yaar, my nani got admitted in Medanta, typhoid they're saying.",
    ],
)
def test_admitted_in_a_named_hospital_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Arjun admitted in March that the forecast was off by a quarter.",
        "The vendor was admitted in Court as a creditor of the estate.",
        "Neha admitted at the review that the pilot slipped.",
    ],
)
def test_admitting_a_fact_stays_quiet(text: str) -> None:
    assert _categories(text) == []


# deaf said of oneself, and a sign-language interpreter booked for a named person (lexicon_asides)
@pytest.mark.parametrize(
    "text",
    [
        "Robin (Glassline): I'm deaf, so captions on please.",
        "Quick note: Daniel's ASL interpreter will dial in separately on Thursday.",
        "she's hard of hearing, so keep the mics close when Priya asks questions.",
    ],
)
def test_deafness_and_a_persons_interpreter_are_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "We can book a BSL interpreter for the webinar if the client wants one.",
        "Robin: he's deaf to any argument about price, honestly.",
        "The app supports ASL interpreters for large events.",
    ],
)
def test_an_events_interpreter_and_a_deaf_ear_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# leading the prayer or the sermon at one's own house of worship, and "our masjid" (lexicon_asides)
@pytest.mark.parametrize(
    "text",
    [
        "Idris: Fridays are tight, I give the khutbah at my masjid twice a month.",
        "Hannah leads the minyan at her synagogue on Monday mornings.",
        "Tariq: we're raising money for our masjid roof, so I'm a bit distracted.",
    ],
)
def test_leading_prayer_at_ones_own_house_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Idris gave the sermon at kickoff about hitting quota, very motivational.",
        "Hannah leads the service desk team at her company.",
        "The new office is on Church Street next to the masjid-themed cafe.",
    ],
)
def test_a_sales_sermon_and_a_service_desk_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# a delegate at a party's congress, in English or in Turkish (lexicon_asides, lexicon_asides_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Serkan: not Saturday, sorry, party conference, I'm a voting delegate.",
        "[00:02:11] Ayşe: Cumartesi olmaz, AKP'nin il kongresinde delegeyim.",
        "[00:04:12] Mert (Konex): pazar günü MHP'nin il kongresine delege olarak gidiyorum.",
    ],
)
def test_a_party_congress_delegate_is_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Serkan is a delegate at the SaaS conference in Lisbon next week.",
        "CHP kongresi yarın yapılacak, haberlerde gördüm.",
        "The party conference season always slows public-sector deals.",
    ],
)
def test_an_industry_delegate_and_congress_news_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# a Polish party's campaign office, or its member said in the first person (lexicon_asides_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Tomasz: w niedzielę odpada, pomagam w sztabie Konfederacji przed wyborami.",
        "[00:05:20] Agnieszka: jestem członkinią Nowej Lewicy od dwóch lat.",
        "Piotr: należę do Razem, więc na debatę i tak idę.",
    ],
)
def test_polish_party_work_in_the_first_person_is_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Sztab partii ogłosił wyniki sondażu w poniedziałek.",
        "Tomasz: jestem członkiem zarządu spółki od dwóch lat.",
    ],
)
def test_a_campaign_office_as_news_stays_quiet(text: str) -> None:
    assert _categories(text) == []


# maternity leave in Japanese, Chinese and Korean, and a stay in hospital or an operation in Chinese
@pytest.mark.parametrize(
    "text",
    [
        "[00:01:05] 鈴木 (Hatfan): 実は再来月から産休を取ります。引き継ぎは山田です。",
        "[00:03:40] 陈经理: 我下个月开始休产假,这个项目交给小李。",
        "김 과장: 다음 달부터 출산휴가를 가서 박 대리가 담당합니다.",
        "李总: 我上周做了个小手术,现在好多了。",
        "[00:07:30] 张伟: 他昨天住院了,肺炎,下周再约吧。",
    ],
)
def test_leave_and_hospital_stays_in_east_asian_languages_are_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "当社の産休制度について資料を送ります。",
        "産休中の社員向けの機能を追加しました。",
        "这家医院的住院部需要二十台平板。",
        "我们的手术室排班系统下个月上线。",
    ],
)
def test_leave_policies_and_hospital_wards_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# a people told of "we" in Dutch, and Afro-Latin American origin in Spanish
@pytest.mark.parametrize(
    "text",
    [
        "Sandra (Drukwerk BV): wij zijn Surinamers, dus Keti Koti vieren we groot.",
        "[00:02:00] Kofi: we zijn allebei Kaapverdianen, mijn vrouw en ik.",
        "Marisol: yo soy afroecuatoriana, de Esmeraldas, por si sirve de contexto.",
        "Julián es afroperuano y lleva la cuenta de Lima.",
    ],
)
def test_a_people_said_of_we_or_afro_origin_is_ethnicity(text: str) -> None:
    assert _categories(text) == ["ethnicity"]


@pytest.mark.parametrize(
    "text",
    [
        "Wij zijn een Nederlands bedrijf met vestigingen in Suriname.",
        "We zijn met de Marokkaanse markt bezig sinds 2019.",
        "El festival afrocolombiano es patrocinador del evento.",
    ],
)
def test_a_firms_origin_and_a_festival_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# "my" partner in another language, the speaker's name telling their gender (lexicon_asides_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "[00:00:40] Thiago (Rundofase): foi mal, estava no mercado com o meu namorado.",
        "Diego: perdón, mi esposo tenía el coche, llego en cinco minutos.",
        "[00:01:15] Julien (Sonron): désolé, mon mari m'a appelé, on peut commencer.",
        "Francesca: scusate, la mia ragazza ha preso la macchina.",
    ],
)
def test_a_same_sex_partner_said_with_my_abroad_is_orientation(text: str) -> None:
    assert _categories(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    "text",
    [
        "[00:00:40] Thiago (Rundofase): foi mal, estava no mercado com a minha namorada.",
        "Julien: désolé, ma femme de ménage était là, on peut commencer.",
        "Francesca: scusate, mio marito ha preso la macchina.",
        "Alex: sorry, mi novio had the car.",
    ],
)
def test_partners_across_genders_or_unknown_speakers_stay_quiet(text: str) -> None:
    assert _categories(text) == []


# German "ich bin" and French "je fais" read as the third person the cues are written for (speaker)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Herr Vogt: ich bin seit zehn Jahren in der IG BCE, das sage ich gleich.", "trade_union"),
        ("Frau Lenz: ich bin Mitglied der IG Metall, nur damit Sie es wissen.", "trade_union"),
        ("Claire: pas de dessert pour moi, je fais le Ramadan cette année.", "religion"),
    ],
)
def test_german_and_french_first_person_reach_the_cues(text: str, category: str) -> None:
    assert _categories(text) == [category]


@pytest.mark.parametrize(
    "text",
    [
        "Herr Vogt: ich bin seit zehn Jahren bei der Firma, das sage ich gleich.",
        "Claire: je fais le point avec la direction lundi.",
    ],
)
def test_german_and_french_first_person_at_work_stays_quiet(text: str) -> None:
    assert _categories(text) == []


# a street named for a church and a unit's chemo chairs are no one's religion or treatment (lexicon_religion,
# lexicon_health)
@pytest.mark.parametrize(
    "text",
    [
        "Grace: the workshop moves to their Church Road site in June.",
        "Claire (Bioholding): phase one covers the infusion bay, chemo chairs 1-8.",
        "Mo: their Chapel Lane depot has the forklifts we need.",
    ],
)
def test_church_streets_and_chemo_chairs_stay_quiet(text: str) -> None:
    assert _categories(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Grace: I can't do Sunday, I help run the food bank at our church.", "religion"),
        ("Claire: sorry, I'm wiped, I had chemo yesterday.", "health"),
    ],
)
def test_a_persons_church_and_chemo_still_count(text: str, category: str) -> None:
    assert _categories(text) == [category]


def test_an_archaic_human_share_is_no_ethnicity() -> None:
    assert _categories("Bo's ancestry kit says he's about 2% Denisovan, which he brings up at every lunch.") == [
        "genetic_biometric"
    ]
