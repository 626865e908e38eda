"""Privacy classes blind57 showed missing, each in new wordings beside hard negatives: a person's branch of a
union named by its trade, a Swedish union club or membership, a Turkish religious festival or fast kept by a
person, romanised Japanese health words about a person or a relative, a disability in Spanish, Portuguese,
Italian or French, Polish colleagues by the short forms of their names, and Polish
health beyond sick leave."""

from __future__ import annotations

import pytest

from policies.privacy import detect

POSITIVES = [
    # a person's branch of a union named by its trade
    ("Rosa is off early, she runs the monthly branch meeting for the care workers' union.", "trade_union"),
    ("Can't book Ifeoma on the 9th: it's her branch AGM of the cleaners' union.", "trade_union"),
    ("Moved the call: Amara has her branch meeting of the bus drivers' union at six.", "trade_union"),
    # a Swedish union club or membership
    ("Anna kan inte komma på måndag, hon har årsmöte med sin fackklubb.", "trade_union"),
    ("Erik är med i Kommunal sedan länge och vill inte skriva under utan att prata med dem.", "trade_union"),
    ("Sofia gick med i IF Metall i fjol och vill prata med dem först.", "trade_union"),
    # a Turkish religious festival or fast kept by a person
    ("Mehmet Bey Kurban Bayramı için köyünde, pazartesi dönüyor.", "religion"),
    ("Kemal Bey namaz kılmak için 13:00'te çıkıyor, görüşmeyi 14:00'e alalım.", "religion"),
    ("Elif Hanım Şeker Bayramı'nda memleketinde olacak, imza gelecek hafta.", "religion"),
    ("Ahmet Bey cuma günleri Cuma namazına gidiyor, toplantıyı 14:00'e alalım.", "religion"),
    # romanised Japanese health words about a person or a relative
    ("Suzuki-san wa raigetsu shujutsu ga aru node, keiyaku wa Yamada-san ga tantou shimasu.", "health"),
    ("Sato-san no musume-san ga nyuuin shite iru node, kyou wa hayaku kaerimasu.", "health"),
    ("Kimura-san no okusan ga ninshin-chuu de, raigetsu kara ikuji kyuuka desu.", "health"),
    # a disability in Spanish, Portuguese, Italian or French
    ("Hablé con Marta: tiene una discapacidad auditiva, así que la demo necesita subtítulos.", "health"),
    ("O Rui tem uma deficiência visual, então mandamos o contrato em formato acessível.", "health"),
    ("Giulia è ipovedente, quindi le mandiamo il PDF con testo ingrandito.", "health"),
    # Polish colleagues by the short forms of their names
    ("Tomek z Arvalu jest na zwolnieniu lekarskim do piątku, podpisze w przyszłym tygodniu.", "health"),
    ("Cześć, Gosia z Interbudu jest po operacji biodra, więc spotkanie przesuwamy.", "health"),
    ("Basia z Kornexu jest w szpitalu, odezwie się po powrocie.", "health"),
    # Polish health beyond sick leave: an operation on a part of the body, hospital, a broken bone
    ("Pan Nowak czeka na operację zaćmy, więc Marek przejmuje projekt.", "health"),
    ("Jola z logistyki złamała nogę na nartach, wraca w marcu.", "health"),
]  # fmt: skip

NEGATIVES = [
    # a bank's branch meeting, a credit union, a union as a customer
    "The Kinsley branch meeting of the sales team moved to Friday, Ola will send the deck.",
    "Ola demoed the roster app to the nurses' union last week and they liked it.",
    "The credit union branch meeting with Ola is about their core banking RFP.",
    "Ola says Kinsley's cleaners' union signed a new pay deal, so their facilities budget is frozen.",
    # a Swedish union as a customer or a source, "kommunal" the adjective
    "Vi har sålt licenser till fackklubben på Scania, Johan skickar fakturan.",
    "Johan läste att Unionen publicerade en rapport om löner i IT-branschen.",
    "Johan är med i kommunal upphandling för skolorna i Lund.",
    # a Turkish festival as a closing or a date
    "Ramazan Bayramı nedeniyle ofisimiz kapalı olacak, Ayşe Hanım bilgilendirdi.",
    "Kurban Bayramı tatilinde teslimat yapılmayacak, Ramazan Bey onayladı.",
    # romanised Japanese in a hospital product's pitch
    "Tanaka-san wa byouin muke no nyuuin kanri shisutemu o teian shimasu.",
    "Suzuki-san no chiimu wa raishuu kara shucchou desu.",
    # disability as a policy's or a product's subject, a defect as a drawback
    "Lucía dice que la app cumple la normativa de accesibilidad para personas con discapacidad visual.",
    "Hablé con Marta: su deficiencia principal es el precio, no la integración.",
    "Marc dit que leur handicap, c'est le prix, pas la qualité.",
    # a Polish firm or offer, not a person
    "Oferta z Bluth jest gotowa, Kasia wyśle ją jutro.",
    "Tomek z Arvalu wysłał umowę, podpis w piątek.",
    # a business operation, a hospital as a site, a contract broken
    "Po operacji przejęcia Kasia z Bluth przejmuje dział zakupów.",
    "Tomek robi wdrożenie w szpitalu wojewódzkim, demo w środę.",
    "Kasia twierdzi, że Bluth złamał umowę i chce renegocjacji.",
]  # fmt: skip


@pytest.mark.parametrize(("text", "category"), POSITIVES)
def test_blind57_classes_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", NEGATIVES)
def test_blind57_hard_negatives_stay_quiet(text: str) -> None:
    assert not detect(text).sensitive
