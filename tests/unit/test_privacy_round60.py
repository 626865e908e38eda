"""Privacy classes blind60 showed missing, each in new wordings beside hard negatives: faith in romanised
Japanese; a relative's illness and a detention or charge in Turkish; health, a party candidacy and a union
seat in Greek typed in Latin letters (with "o pateras tou", "eimai" as people); a Polish infection and a
Polish criminal charge; and being autistic, dyslexic or HIV-positive in Romance languages, also inside
data-subject requests."""

from __future__ import annotations

import pytest

from policies.privacy import detect

POSITIVES = [
    # faith in romanised Japanese
    ("Sato-san wa bukkyouto desu node, sono hi wa yasumi desu.", "religion"),
    ("Mori-buchou mo katorikku shinja de, maishuu misa ni itte imasu.", "religion"),
    ("Nakamura-san wa kinyoubi ni mosuku ni kayou node, gogo wa NG desu.", "religion"),
    ("Okusan ga kurisuchan na node, Endo-san wa nichiyou kyoukai ni iku sou desu.", "religion"),
    # a relative's illness in Turkish
    ("Babam kalp hastası, bu yüzden Ankara toplantısına gelemiyorum.", "health"),
    ("Ayşe Hanım'ın oğlu geçen hafta ameliyat oldu, teklifi Mehmet Bey takip edecek.", "health"),
    ("Kardeşim hastanede yatıyor, cuma gününe kadar e-postadan ulaşabilirsiniz.", "health"),
    ("Murat Bey'in annesi kemoterapi görüyor, toplantıyı erteledik.", "health"),
    # a detention, arrest or charge in Turkish
    ("Selin Hanım'ın kardeşi rüşvet iddiasıyla tutuklandı.", "criminal_record"),
    ("Ahmet Bey geçen yıl hapis cezası aldı, sözleşmeyi ortağı imzalıyor.", "criminal_record"),
    ("Zeynep'in eşi hakkında zimmet soruşturması açıldı, bu hafta izinli.", "criminal_record"),
    # health in Greeklish
    ("O Kostas eipe oti i mitera tou nosilevetai apo tin Kyriaki.", "health"),
    ("I Maria ksekinise aktinotherapeia kai tha doulevei apo to spiti.", "health"),
    ("O adelfos mou egine enchirisi, opote tha leipo tin Pempti.", "health"),
    # a party candidacy or membership in Greeklish
    ("O Yannis einai ypopsifios dimarchos stin Patra.", "political_opinion"),
    ("I Sofia mas eipe oti o pateras tis einai stelechos tou PASOK.", "political_opinion"),
    ("O Dimitris einai melos tou SYRIZA edo kai chronia.", "political_opinion"),
    # a union seat in Greeklish, also the writer's own
    ("O Petros einai melos tis ektelestikis epitropis tis GSEE.", "trade_union"),
    ("Zito diagrafi ton dedomenon mou. Eimai syndikalistria kai den thelo na to xerei kaneis.", "trade_union"),
    ("I Anna mas eipe oti o syzygos tis einai proedros tou syndikatou.", "trade_union"),
    # a Polish infection or illness
    ("Magda ma zapalenie oskrzeli i do środy pracuje zdalnie.", "health"),
    ("Moja żona złapała grypę, więc przełóżmy spotkanie.", "health"),
    ("Pan Janek choruje na cukrzycę, prosił o lunch bez cukru.", "health"),
    # a Polish criminal charge
    ("Paweł jest oskarżony o wyłudzenie, więc odszedł z zarządu.", "criminal_record"),
    ("Jej mąż usłyszał zarzuty korupcyjne w zeszłym tygodniu, pisze Ola.", "criminal_record"),
    ("Pan Robert jechał po pijanemu i stracił prawo jazdy.", "criminal_record"),
    ("Pani Ewa ma proces karny o oszustwo, pisze Marek.", "criminal_record"),
    # being autistic, dyslexic or HIV-positive in Romance languages, also in a request
    ("Vi chiedo di cancellare la nota: mia figlia è dislessica e non doveva finire nel CRM.", "health"),
    ("Marco ci ha detto che suo fratello è sieropositivo.", "health"),
    ("Mi hijo es autista, por eso prefiero reuniones por la mañana, dice Elena.", "health"),
    ("Il figlio di Paola ha la sindrome di Asperger, lei lavora da casa il lunedì.", "health"),
]  # fmt: skip

NEGATIVES = [
    # romanised Japanese: a brand, an association's meeting
    "Sato-san wa Kurisuchan Dioru no baiyaa desu.",
    "Tanaka-san wa Tekkou Kyoukai no kaigi ni shusseki shimasu.",
    # Turkish: an authority's investigation of a firm, goods held at customs, a hospital project
    "Rekabet Kurumu soruşturması nedeniyle Ayşe Hanım teklifi erteledi.",
    "Mehmet Bey'in kargosu gümrükte tutuldu, teslimat pazartesi.",
    "Kerem Bey hastane projesi için teklif istedi.",
    # Greeklish: a prospective customer, a company's board, a job candidate, a hospital as a site
    "O Nikos einai ypopsifios pelatis gia to GTX Pro.",
    "I Eleni einai melos tou diikitikou symvouliou tis Zoomit.",
    "O Giorgos einai ypopsifios gia ti thesi tou CFO.",
    "To demo einai sto nosokomeio gia to ergo tis Attikis, leei o Kostas.",
    "I Nea Dimokratia anakoinose neo programma, leei to deltio.",
    # Polish: a blame that is no charge, a civil hearing, a light switched on
    "Tomek mówi, że nasz dział jest oskarżony o brak komunikacji.",
    "Firma Kasi ma rozprawę w sprawie umowy z dostawcą.",
    "Marek prosi o zapalenie światła w sali konferencyjnej.",
    # Romance languages: a driver, an app for a group
    "Mio figlio è autista di autobus a Torino.",
    "Giulia vende un'app per bambini autistici, la demo è giovedì.",
]  # fmt: skip


@pytest.mark.parametrize(("text", "category"), POSITIVES)
def test_blind60_classes_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", NEGATIVES)
def test_blind60_hard_negatives_stay_quiet(text: str) -> None:
    assert not detect(text).sensitive
