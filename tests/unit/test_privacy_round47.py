"""Privacy classes blind47 showed missing, each in new wordings beside hard negatives: a pregnancy told by its
weeks in Spanish or Portuguese, a stay or programme for someone's drinking, rehab and an operation in German,
French, Spanish, Portuguese and Italian, a verdict on a party's voters, re-joining a union and a seat held for a
union in French, Spanish or Italian, a name spelled the way of one's people, and an arrest in Portuguese,
Spanish, French, Italian or German; and a person the lists don't know, told by the firm set beside their name
("Quillon from Brellix, who ...", "o Anselmo, da Yearin, ...") or by a hyphenated verb ("Otis re-joined")."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # a pregnancy told by its weeks or months, in Spanish or Portuguese
    ("Ojo: Marisol ya está de 32 semanas, así que la visita a Lyon la hace Pablo.", "health"),
    ("A Beatriz está com sete meses, then no travel for her until spring.", "health"),
    ("Lucía está de siete meses y trabaja desde casa hasta el parto.", "health"),
    # a stay or programme for someone's drinking
    ("Conrad is away on a six-week residential stay for his drinking, his manager says.", "health"),
    ("Heard Priya's husband finished a detox programme for his drinking last month.", "health"),
    # rehab and operations in other languages
    ("Herr Brandt ist seit Dienstag zur Reha in Bad Kissingen, back on the 20th.", "health"),
    ("Frau Yilmaz hatte letzte Woche eine Hüft-OP, sie ist bis Ende Mai raus.", "health"),
    ("Josiane est en rééducation depuis son accident, elle revient en juin.", "health"),
    ("Nuno foi operado ao joelho e fica em casa duas semanas.", "health"),
    ("Carmen fue operada de la cadera el martes, so Jorge covers Madrid.", "health"),
    ("Davide è stato operato al ginocchio, rientra a fine mese.", "health"),
    # a verdict on a party's voters, said by someone
    ("Hector told us that anyone who votes Reform deserves what they get. Fun dinner.", "political_opinion"),
    ("Wiebke keeps saying people who vote AfD should be ashamed of themselves.", "political_opinion"),
    ("Gareth reckons Reform voters are all idiots, which made the pricing call awkward.", "political_opinion"),
    # re-joining a union, and a seat held for a union abroad
    ("Priyanka re-joined Unison after moving to the ward, so expect questions on rota data.", "trade_union"),
    ("Malik rejoined the union last spring when the night shift started.", "trade_union"),
    ("Attention, Karim est élu CFDT au comité et il relira la clause de surveillance.", "trade_union"),
    ("Paloma salió elegida por CCOO en la planta de Vigo, ask her before the rollout.", "trade_union"),
    ("Stefano è stato eletto FIOM nella RSU, quindi vorrà vedere i log.", "trade_union"),
    # a name spelled the way of one's people
    ("Mthunzi wants his surname written the Zulu way on the certificates.", "ethnicity"),
    ("Please use the Kurdish spelling of her name, Roj said twice.", "ethnicity"),
    ("Aroha prefers her Māori name in the email signature.", "ethnicity"),
    # an arrest in Portuguese, Spanish, French, Italian or German
    ("O Rogério foi preso na sexta, so the renewal signatory changes.", "criminal_record"),
    ("Soube que a Carla foi detida pela polícia no aeroporto.", "criminal_record"),
    ("Dicen que Iñaki fue detenido por la Guardia Civil el lunes.", "criminal_record"),
    ("Julien a été placé en garde à vue hier soir, so no demo Friday.", "criminal_record"),
    ("Hanno arrestato Paolo ieri: Paolo è stato arrestato per corruzione.", "criminal_record"),
    ("Herr Vogel wurde gestern festgenommen, the PO is on hold.", "criminal_record"),
    # a name the lists don't know, placed at a firm or before a hyphenated verb
    ("Long chat with Quillon from Brellix, who voted Labour at every election since 2005.", "political_opinion"),
    ("Fiquei sabendo que o Tarquínio, da Brellix, foi operado ao joelho.", "health"),
    ("Quillon, from Brellix, is off with shingles until the 9th.", "health"),
    ("Ysolde co-founded the local Unite branch at the depot.", "trade_union"),
])  # fmt: skip
def test_new_classes_are_flagged(text: str, category: str) -> None:
    assert category in detect(text).categories, text


@pytest.mark.parametrize(("text", "category"), [
    # weeks or months that are a delay or a holiday, not a pregnancy
    ("Marisol dice que el pedido está de 3 semanas de retraso.", "health"),
    ("Ana está com 3 semanas de férias acumuladas, says HR.", "health"),
    # drinking as a product, a friend group or water
    ("Conrad runs the loyalty programme for his drinking buddies' pub quiz.", "health"),
    ("Priya set up a filter programme for her drinking water at the plant.", "health"),
    # rehab as a sector or a job, an OP as a product, a building refurbished
    ("Frau Nowak arbeitet in der Reha-Branche und kauft 40 Lizenzen.", "health"),
    ("Herr Brandt leitet den Vertrieb an Kliniken in der Reha.", "health"),
    ("La rehabilitación del edificio de Carmen termina en mayo.", "health"),
    # a vote that is no verdict on voters, a reform that is a policy
    ("Hector says anyone who votes in the board election should register by Friday.", "political_opinion"),
    ("Gareth thinks the pension reform voters approved is a good thing for the sector.", "political_opinion"),
    # re-joining a call or a firm; a works council seat with no union; a union as an organisation
    ("Priyanka rejoined the call after the outage and approved the quote.", "trade_union"),
    ("Malik rejoined Unite Students as head of procurement.", "trade_union"),
    ("Sandrine est élue au CSE et suit le dossier informatique.", "trade_union"),
    ("La CGT a été élue première organisation chez Ron-tech, selon Karim.", "trade_union"),
    # a spelling that is a nation's or a product's, not a person's people
    ("Mthunzi wants the product name written the Zulu way on the packaging.", "ethnicity"),
    ("Please use the French spelling of her name, Roj said.", "ethnicity"),
    # goods held, or someone stuck in traffic
    ("A carga do Rogério foi detida na alfândega de Santos.", "criminal_record"),
    ("O Rogério ficou preso no trânsito e perdeu a demo.", "criminal_record"),
    ("El envío de Iñaki fue detenido en la aduana.", "criminal_record"),
    # a firm or a team beside a firm is no person
    ("The team from Brellix, who voted against the renewal, wants the old Labour-era pricing.", "political_opinion"),
    ("Sales at Brellix, despite the outage, hit the target; the DNA test kits sold out.", "genetic_biometric"),
])  # fmt: skip
def test_hard_negatives_stay_quiet(text: str, category: str) -> None:
    assert category not in detect(text).categories, text
