"""Privacy classes blind53 showed missing, each in new wordings beside hard negatives: a condition written as a
clinical abbreviation in a contact note, coming to Islam as a "revert", a fast kept told in Turkish or Hinglish,
an office in a union told in Polish, Turkish or Hinglish, a Polish voice sample or fingerprint named as a titled
person's, a Portuguese detention after a street event or a criminal charge faced, a protest held by a named party
or movement, and a Korean illness that caused leave or a Korean-Chinese origin, said of a titled person."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # a condition as a clinical abbreviation, an item of a contact note's row
    ("Harrow Ltd / contacts\nJ. Mensah - VP Ops - T2D, lunch by 12 pls\nnext: pricing review", "health"),
    ("Priya (finance) - COPD; no site visits in winter", "health"),
    # coming to Islam in the community's word for it
    ("Quick note on Daniel Okafor: he reverted to Islam in the spring, so no Friday afternoon calls.", "religion"),
    ("Chloe mentioned she took her shahada last year, so skip the wine pairing at dinner.", "religion"),
    # a fast kept, in Turkish and Hinglish
    ("Ayşe Hanım oruç tutuyor, öğle toplantısını sabaha alalım.", "religion"),
    ("Kerem Bey bu hafta oruçlu, akşam yemeği davetini ertelemek istiyor.", "religion"),
    ("Anjali ji Ekadashi ka vrat rakhti hain, toh Thursday ko lunch mat book karna.", "religion"),
    ("Imran bhai roza rakh rahe hain, call 5 baje ke baad rakho.", "religion"),
    # an office in a union, in Polish, Turkish and Hinglish
    ("Pan Marek Zieliński zasiada w prezydium komisji zakładowej Solidarności, więc umowę przeczyta dokładnie.",
     "trade_union"),
    ("Pani Joanna jest przewodniczącą organizacji związkowej w zakładzie w Kielcach.", "trade_union"),
    ("Hakan Bey, Birleşik Metal sendikasının baştemsilcisi; demoya o da katılacak.", "trade_union"),
    ("Elif Hanım aynı zamanda sendika üyesi, toplantıda bunu dikkate alalım.", "trade_union"),
    ("Rakesh ji depot mein union ke president hain, unke bina rollout nahi hoga.", "trade_union"),
    # a Polish voice sample or fingerprint named as a titled person's
    ("Przesyłam próbkę głosu Pani Anny Kowalskiej do zarejestrowania w systemie weryfikacji.", "genetic_biometric"),
    ("Proszę usunąć odcisk palca Pana Piotra z czytnika w recepcji.", "genetic_biometric"),
    # a Portuguese detention after a street event, and a criminal charge faced
    ("O Rodrigo da Vendral foi detido durante o protesto em frente à prefeitura, então a reunião caiu.",
     "criminal_record"),
    ("A Beatriz responde a processo criminal desde março, por isso o jurídico pediu outro signatário.",
     "criminal_record"),
    # a protest held by a named party or movement, with the person at it
    ("Ele passou o sábado na manifestação do MTST na Avenida Paulista.", "political_opinion"),
    ("Elle était à la manifestation de LFI samedi, elle arrive en retard lundi.", "political_opinion"),
    # a Korean illness that caused leave, and Korean-Chinese origin, of a titled person
    ("최 과장님은 우울증으로 다음 달까지 휴직하신대요. 견적 문의는 정 대리님께 해주세요.", "health"),
    ("한 팀장님이 허리디스크로 입원하셔서 미팅을 다음 주로 미뤘어요.", "health"),
    ("송 이사님은 암으로 수술을 받으셔서 한 달간 출근을 안 하세요.", "health"),
    ("윤 차장님은 고려인이라서 러시아어를 잘하세요.", "ethnicity"),
    ("이 부장님은 조선족 출신이라 중국 파트너와 통화를 맡으세요.", "ethnicity"),
])  # fmt: skip
def test_round53_classes_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", [
    # an abbreviation as a market or a charity's, and in a sentence about research
    "Harrow Ltd - T1D research funder - renewal due Q3",
    "The T2D devices segment grew 12% for Harrow; J. Mensah wants the breakdown.",
    "Priya says COPD inhaler sales drive their Q4.",
    # reverting a thing, and a faith as a subject
    "Daniel reverted to the old pricing sheet after the call.",
    "Chloe is writing a white paper on Islamic finance for the Gulf launch.",
    # a fast as a crowd's or a menu's, and a fast that is no faith's
    "Ramazan boyunca oruç tutanlar için iftar menüsü kampanyası hazırlıyoruz.",
    "Ayşe Hanım bu ay dijital oruç tutuyor, e-postalara geç dönebilir.",
    "Navratri vrat thali menu launch Thursday ko hai, Anjali ji deck bhej dengi.",
    # the unions as a body, "związek" as a relationship, meeting a rep, another kind of union
    "W zakładzie działa silna organizacja związkowa, więc wdrożenie potrwa dłużej.",
    "Pan Marek mówi, że nasz związek z Vendral jest dla nich strategiczny.",
    "Hakan Bey sendika temsilcisiyle görüştü, zam görüşmeleri sürüyor.",
    "Sendika temsilcileri yarın fabrikayı ziyaret edecek.",
    "Rakesh ji ne kaha European Union ke president hain jo summit mein aayenge.",
    "Union ke leaders strike pe hain, depot band hai, Rakesh ji ne bataya.",
    # voice samples as a group's, and a product feature
    "Przesyłam próbki głosu lektorów do reklamy radiowej.",
    "System weryfikacji głosowej obsługuje odcisk palca i skan twarzy klientów.",
    # goods held, a civil claim, and a firm's statement
    "O contêiner foi detido após a vistoria da Receita, a entrega atrasa.",
    "A Beatriz responde a processo por danos morais movido por um ex-fornecedor.",
    "O Rodrigo leu a manifestação do PT sobre o orçamento e achou confusa.",
    # an illness as a market or a group's, and a people as a place
    "최 과장님은 우울증 환자용 앱 시장을 조사하고 계세요.",
    "송 이사님은 데이터 암호화로 보안 치료 모듈 대신 새 인증을 원하세요.",
    "우울증으로 병가를 내는 직원이 늘었다고 인사팀이 말했어요.",
    "이 부장님은 연변 조선족 자치주에 있는 공장을 방문하세요.",
])  # fmt: skip
def test_round53_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []
