"""Privacy classes blind55 and blind56 showed missing, each in new wordings beside hard negatives: a German
criminal inquiry, a conviction as a noun in Spanish or Italian, Hinglish arrests and bail, a French candidacy on a
party list, an arrest at a protest that takes a side, a German life kept by a faith, an Italian union seat, a
French treatment one is "under", Dutch flu at home, a Spanish operation, visits to a clinic of a medical field, a
relative's due date or diagnosis, a Spanish gene carrier, Dutch templates of a named person, a German Sorb, a
child refugee, Hinglish ethnicity, prayer leave and a same-sex partner; and three figures that must stay quiet:
"agnostic" about a product, a condition as a risk a company's product is for, and a business number "is sick"."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # a German criminal inquiry or charge with its offence
    ("Gegen Herrn Brandt läuft seit März ein Strafverfahren wegen Betrug, also vorerst keine Referenz.",
     "criminal_record"),
    ("Frau Lenz wurde letzte Woche angeklagt wegen Steuerhinterziehung, sagt Jonas.", "criminal_record"),
    # a conviction as a noun, with what it was for
    ("Lucía no puede viajar a Miami: tiene una condena por fraude fiscal de 2015.", "criminal_record"),
    ("Marco ha una vecchia condanna per ricettazione, meglio non metterlo in copia.", "criminal_record"),
    # Hinglish arrests and bail
    ("Ravi ko kal police ne fraud case mein giraftar kiya, abhi lawyer ke saath hai.", "criminal_record"),
    ("Deepak abhi bail pe bahar hai, toh signing Meera karegi.", "criminal_record"),
    # a French candidacy on a party list
    ("M. Roussel est candidat sur la liste LFI aux législatives, donc pas de réunion avant juin.",
     "political_opinion"),
    ("Claire est candidate en tête de liste écologiste aux régionales, elle sera peu dispo.", "political_opinion"),
    # arrested at a gathering that takes a side
    ("Ines was detained at the climate vigil on Friday but is back in the office now.",
     "political_opinion"),
    ("Heads-up: Priya got arrested during a climate sit-in outside the refinery yesterday.", "political_opinion"),
    # a German life kept by a faith
    ("Frau Cohen lebt sehr religiös, Termine am Samstag bitte vermeiden.", "religion"),
    ("Herr Yilmaz isst streng halal, bitte beim Abendessen darauf achten.", "religion"),
    # an Italian union seat
    ("Rossi è stato eletto come RSU in magazzino, occhio alle domande sui turni.", "trade_union"),
    ("La nostra referente Giulia Gallo si è candidata come RLS alle elezioni di reparto.", "trade_union"),
    # a French treatment one is "under"
    ("Mme Perrin est sous chimio depuis janvier, on décale la revue au printemps.", "health"),
    # Dutch flu at home
    ("Jeroen ligt met koorts in bed, dus de call vervalt vandaag.", "health"),
    ("Noor zit thuis met buikgriep, de demo schuift een week.", "health"),
    # a Spanish operation
    ("Lucía se opera de la rodilla en marzo, estará fuera dos semanas.", "health"),
    ("A Pedro lo operan el lunes, así que la firma la hace Marta.", "health"),
    # visits to a clinic of a medical field
    ("Ola has made three trips to the fertility clinic this month, so keep her mornings light.", "health"),
    ("Mei is in and out of the fertility clinic on Tuesdays, so no morning calls then.", "health"),
    # a relative's due date or diagnosis
    ("Jon is off from the 3rd; his wife's due date is the 5th.", "health"),
    ("Ever since her dad's diagnosis in May, Ana has been working half days.", "health"),
    # a Spanish gene carrier, or a genetic test done oneself
    ("Elena me contó que es portadora de la mutación BRCA1, por eso se cuida tanto.", "genetic_biometric"),
    ("Jorge se hizo una prueba genética el mes pasado y está esperando resultados.", "genetic_biometric"),
    # Dutch templates of a named person
    ("Bij de klant hebben ze een gezichtsscan van Pieter opgeslagen voor de toegangspoort.", "genetic_biometric"),
    ("Ze willen de vingerafdrukken van Lotte registreren voor het serverhok.", "genetic_biometric"),
    # a German Sorb, a child refugee
    ("Frau Noack ist Sorbin und spricht zu Hause Sorbisch.", "ethnicity"),
    ("Amir told me he arrived in Sweden as a teenage refugee from Syria.", "ethnicity"),
    # Hinglish ethnicity, prayer leave and a same-sex partner
    ("note kar lo ki Harjit Punjabi hai, aur Vaisakhi pe chhutti leta hai.", "ethnicity"),
    ("Imran har Friday 1 baje namaz ke liye off leta hai, us time call mat rakhna.", "religion"),
    ("Rohan (Finhigh) apne husband ke saath Dubai shift ho raha hai.", "sexual_orientation"),
])  # fmt: skip
def test_round55_classes_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", [
    # an inquiry or a conviction of a firm, a condemnation as criticism
    "Gegen den Konzern läuft ein Kartellverfahren, sagt Jonas, das betrifft unseren Deal nicht.",
    "La CNMC impuso una sanción a Stackline, y Lucía dice que no afecta al contrato.",
    "Marco ha espresso la sua condanna dell'accordo in riunione.",
    # Hinglish: bailing out a project, a file, a stuck shipment
    "Ravi ne project ko bail out kiya, budget approve ho gaya.",
    "Deepak, FIR wali file ka format PDF hai ya Word?",
    # a supplier on a list, an election as a date
    "Notre offre est candidate sur la liste des fournisseurs retenus, dit M. Roussel.",
    "Claire dit que les municipales gèlent les budgets publics jusqu'en avril.",
    # a protest nobody named joined, an arrest of a trend
    "Tom said the climate march blocked the bridge, so he was late.",
    "Priya says the new pricing arrested the slide at the anti-fraud review.",
    # a method or a plan called strict, food as catering
    "Herr Brandt lebt streng nach Kalender, Termine nur dienstags.",
    "Frau Cohen sagt, das Catering ist koscher und halal zertifiziert.",
    # a works council as a body, a union named for a plant
    "Rossi dice che le RSU hanno chiesto un incontro sull'accordo aziendale.",
    "Gallo ci ha girato il contratto FIOM dello stabilimento per l'analisi dei turni.",
    # "sous" before a contract, a flu season in general
    "Mme Perrin est sous contrat jusqu'en juin, la revue se fait au printemps.",
    "Jeroen zegt dat de griepgolf de planning van het ziekenhuis raakt.",
    # a machine operated, a clinic as a customer
    "Lucía explicó cómo se opera desde la consola central.",
    "Sam is selling to the fertility clinic chain in Leeds next quarter.",
    # a task's due date, a diagnosis of a thing
    "Jon said her due date for the report is Friday.",
    "Ana agreed with the consultant's diagnosis of the pipeline problems.",
    # a lab's product, a carrier of data
    "Elena dice que el test genético de la empresa cubre BRCA1 y BRCA2.",
    "Jorge explicó que el portador de datos es un disco cifrado.",
    # a reader or a building's scanner
    "Pieter zegt dat de vingerafdruklezer van het gebouw kapot is.",
    "Lotte vroeg of de irisscan van de toegangspoort werkt.",
    # a festival or a town, a refugee from a firm
    "Herr Noack fährt zur Messe in die Lausitz, sagt Frau Ott.",
    "Amir joked that he is a refugee from the Oracle world.",
    # Hinglish things and figures
    "Dorje, ye restaurant Tibetan hai, momos zabardast hain.",
    "Imran bola prayer ke liye ready raho, deal tough hai.",
    "Rohan apni wife ke saath Dubai shift ho raha hai.",
    # "fir" as "then", a site run, a rep at a ward, a business partner's finding, a vendor's scanner
    "Deepak bola fir mein call karta hoon, pehle PO bhejo.",
    "Lucía dice que a la planta la operan desde Madrid.",
    "Sam went to the oncology ward to demo the referral workflow.",
    "Sam made two trips to the dialysis unit to install the kiosks.",
    "We agreed with the partner's diagnosis, the API was timing out.",
    "Pieter vergelijkt een gezichtsscan van Philips met die van Bosch.",
    # a method called orthodox, a kitchen's food
    "Herr Adler meint, der Ansatz ist sehr orthodox.",
    "Frau Cohen sagt, das Restaurant kocht halal.",
    # "agnostic" about a product, a condition as a risk a company's product is for, a number "is sick"
    "Naomi, we're agnostic - we sit on top of either CRM.",
    "Ana noted they're a diagnostics firm (panels for hereditary cancer risk), so no patient data.",
    "Erin said the forecast looks fine, but the Q3 number is sick.",
])  # fmt: skip
def test_round55_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []


@pytest.mark.parametrize("text", ["Client dinner ka Menu Punjabi hai, book kar do.", "Launch ke Theme Tibetan hai."])
def test_a_things_people_word_after_ka_is_no_ethnicity(text: str) -> None:
    assert not [f for f in detect(text).findings if f.category == "ethnicity"]
