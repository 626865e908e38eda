"""Privacy classes blind58 showed missing, each in new wordings beside hard negatives: pregnancy in Italian,
Polish and Hinglish; a Dutch council seat held for a party; a pilgrimage in European languages; the writer's
own "I am" of a faith; a union office in Portuguese or Polish; a Polish conviction; romanised Japanese mental
health and arrests (with job-title honorifics and "X desu ga" as people); same-sex partners in Nordic
languages and a Hinglish partner whose owner was named a sentence before; and a pregnancy product named by a
compound ("pregnancy-tracking app")."""

from __future__ import annotations

import pytest

from policies.privacy import detect

POSITIVES = [
    # pregnancy in Italian, Polish and Hinglish
    ("Chiara è in stato interessante, da giugno la sostituisce Marco.", "health"),
    ("Vi scrivo: sono in gravidanza, da maggio subentra Luca.", "health"),
    ("Pani Agnieszka jest w ciąży i od czerwca przejmuje Marek.", "health"),
    ("Kasia zaszła w ciążę, więc negocjacje prowadzi teraz Piotr.", "health"),
    ("Sunita ke doctor ne unko bed rest diya hai, call Vikram lega.", "health"),
    ("Priya ko doctor ne unhe complete bed rest bola hai, follow-up Amit karega.", "health"),
    # a Dutch council seat held for a party
    ("Joost zit namens de Partij van de Arbeid in de gemeenteraad van Delft.", "political_opinion"),
    ("Sanne is Statenlid namens de VVD en heeft dinsdag vergadering.", "political_opinion"),
    ("Mila zit sinds mei namens de Partij voor de Dieren in het Europees Parlement.", "political_opinion"),
    # a pilgrimage in European languages
    ("Ahmed gaat in juli op hadj en is drie weken weg.", "religion"),
    ("Herr Yilmaz fährt im Juni auf Hadsch, die Abnahme verschieben wir.", "religion"),
    ("Dona Rosa vai em peregrinação a Fátima em maio, a assinatura fica para junho.", "religion"),
    # the writer's own "I am" of a faith
    ("Obrigado pelo convite, mas sou muçulmano e não bebo álcool no jantar.", "religion"),
    ("Gracias, pero soy testigo de Jehová y no celebro la Navidad.", "religion"),
    ("Dank je, maar ik ben moslim, dus de borrel sla ik over.", "religion"),
    # a union office in Portuguese or Polish
    ("A Marta é delegada do sindicato dos professores e está em reunião.", "trade_union"),
    ("O João tem reunião da direção sindical amanhã, passamos a demo.", "trade_union"),
    ("Pan Adam jest członkiem zarządu regionu związku zawodowego.", "trade_union"),
    ("Ewa jest działaczką Solidarności od lat.", "trade_union"),
    # a Polish conviction
    ("Pani Iwona została oskarżona o defraudację.", "criminal_record"),
    ("Ewa mówi, że jej wspólnik siedział w więzieniu za oszustwa.", "criminal_record"),
    ("Krzysztof siedział w więzieniu, zanim założył firmę.", "criminal_record"),
    # romanised Japanese mental health and arrests
    ("Watashi wa tekiou shougai de sankagetsu yasumimasu.", "health"),
    ("Ono-kachou wa panikku shougai no tame raishuu yasumi desu.", "health"),
    ("Tanaka-shachou ga sagi de taiho saremashita.", "criminal_record"),
    ("Mori-san wa yuuzai hanketsu o uketa sou desu.", "criminal_record"),
    # same-sex partners in Nordic languages; a Hinglish partner owned by someone named a sentence before
    ("Lars kommer inte, han och hans make firar bröllopsdag.", "sexual_orientation"),
    ("Karin och hennes fru Lena flyttar till Malmö i vår.", "sexual_orientation"),
    ("Mette er på barsel, hun og hendes kone har fået en datter.", "sexual_orientation"),
    ("Arjun Rao se baat hui. Woh apne husband ke saath Pune shift ho rahe hain.", "sexual_orientation"),
    ("Meera se mila aaj. Woh apni wife ke saath Dubai ja rahi hai.", "sexual_orientation"),
]  # fmt: skip

NEGATIVES = [
    # a pregnancy market or product, not a person
    "Their product is a pregnancy-tracking app; Dana wants a demo on Friday.",
    "Lena's team sells pregnancy tracker software to clinics, no patient data in the CRM.",
    "Giulia vende un'app per la gravidanza, la demo è giovedì.",
    "Aplikacja dla kobiet w ciąży od Bluth ma nową wersję, pisze Kasia.",
    # a council as a customer, a presentation to a council
    "Joost geeft namens het bedrijf een presentatie voor de gemeenteraad.",
    "Sanne heeft namens de gemeente overleg met de leverancier.",
    # a trip to Mecca or a travel firm's pilgrimage packages
    "Ahmed heeft een zakenreis naar Mekka voor het bouwproject.",
    "Ons bureau gaat hadj-reizen aanbieden, Ahmed maakt de offerte.",
    # "I am" without a faith
    "Sou responsável pela compra, envie a proposta.",
    "Ik ben moe, laten we morgen bellen.",
    # a union as a counterpart, not someone's post
    "Tivemos reunião com o sindicato sobre o novo turno, diz o Rui.",
    "Zarząd prowadzi negocjacje ze związkami zawodowymi, pisze Ewa.",
    # doomed to fail, stuck with each other
    "Ten projekt jest skazany na porażkę, mówi Tomek.",
    "Jesteśmy skazani na siebie do końca kwartału, pisze Ola.",
    # romanised Japanese: an app for patients, a meeting note
    "Suzuki-san wa utsubyou kanja muke no apuri o teian shimasu.",
    "Itou desu ga, raishuu no uchiawase wa getsuyoubi de onegaishimasu.",
    # "his man" a colleague on site; a husband or wife across genders
    "Lars skickar hans man på plats, Johan, till mötet.",
    "Karin och hennes man Johan kommer på mässan.",
    "Rohit se baat hui. Woh apni wife ke saath Goa ja rahe hain.",
]  # fmt: skip


@pytest.mark.parametrize(("text", "category"), POSITIVES)
def test_blind58_classes_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", NEGATIVES)
def test_blind58_hard_negatives_stay_quiet(text: str) -> None:
    assert not detect(text).sensitive
