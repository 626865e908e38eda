"""Privacy classes blind49 showed missing, each in new wordings beside hard negatives: a mind's illness and a
doctor's sick note abroad, a person named by a role in another language, pre-trial detention in the past tense
or in Dutch and Polish, a faith or none said of a person abroad, a genetic test's finding and the inherited
illness it names abroad, a Polish party by its declined names, a seat held "per la" / "pelo" a party, the
peoples of mainland Southeast Asia and a family's side, "mat leave", and deafness or blindness abroad."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # a mind's illness with a verb that gives it to someone, and a doctor's sick note
    ("Ojo con Carmen: sufre de ataques de pánico desde el verano, mejor que la llame Toni.", "health"),
    ("A Mariana anda com crises de ansiedade e pediu para adiar a reunião.", "health"),
    ("Chiara soffre di attacchi d'ansia, quindi niente call a sorpresa.", "health"),
    ("Herr Kowalczyk leidet unter Panikattacken, bitte keine Präsentation vor großer Runde.", "health"),
    ("A Ximena su doctora le dio la baja por dos semanas, así que Paco lleva la cuenta.", "health"),
    # a person named by a role in another language, whatever their given name
    ("A Rantouch mudou de ideias: o Anselmo, diretor comercial, foi condenado por suborno em 2012.", "criminal_record"),
    # pre-trial detention in the past tense, with words between, and in Dutch and Polish
    ("Laut Presse kam Herr Vogt nach drei Monaten aus der Untersuchungshaft frei.", "criminal_record"),
    ("Frau Ebner saß im Frühjahr zwei Wochen in U-Haft, sagt Jonas.", "criminal_record"),
    ("Meneer Dekker zat een maand in voorlopige hechtenis, zegt Femke.", "criminal_record"),
    ("Pan Zbigniew przebywał w areszcie tymczasowym do marca.", "criminal_record"),
    # a faith or none said of a person abroad
    ("Herr Okafor ist Zeuge Jehovas, also bitte keine Weihnachtsgeschenke.", "religion"),
    ("Mijn contactpersoon Ilse is getuige van Jehova en viert geen verjaardagen.", "religion"),
    ("Ottavio è ateo convinto, quindi niente benedizione alla cena.", "religion"),
    ("Frau Demir ist gläubige Muslimin und isst kein Schweinefleisch.", "religion"),
    ("La señora Ibarra es testigo de Jehová, no le mandéis la tarjeta de cumpleaños.", "religion"),
    # a genetic test's finding abroad, and the inherited illness it names
    ("Paolo ci ha detto che l'esame genetico ha rivelato una cardiomiopatia ereditaria.", "genetic_biometric"),
    ("Paolo ci ha detto che l'esame genetico ha rivelato una cardiomiopatia ereditaria.", "health"),
    ("Según Beatriz, el test genético confirmó la mutación, así que se opera en mayo.", "genetic_biometric"),
    ("Bei Frau Haas hat der Gentest eine erbliche Nierenerkrankung bestätigt.", "health"),
    # a Polish party by its declined names, with a tie of the person's
    ("Pani Ewa od dawna należy do Konfederacji, więc unikajmy tematu podatków.", "political_opinion"),
    ("Pan Piotr jest aktywnym członkiem Platformy Obywatelskiej w gminie.", "political_opinion"),
    ("Pan Marek rozdaje ulotki PiS-u przed każdymi wyborami.", "political_opinion"),
    # a seat held for a party with "per la", "pelo", "por el"
    ("La dottoressa Rinaldi è consigliera comunale per la Lega a Treviso.", "political_opinion"),
    ("O Caetano é vereador municipal pelo PSOL em Niterói.", "political_opinion"),
    # peoples of mainland Southeast Asia, and any people told as a side of the family
    ("Sokha said she's Cham and her grandparents left Kampong Cham in the 70s.", "ethnicity"),
    ("Minh mentioned his dad's side is Khmer, not Vietnamese as the form says.", "ethnicity"),
    ("Priya's mum's side is Sri Lankan, she told us at the offsite.", "ethnicity"),
    # maternity leave by its shorthand
    ("fyi dana is going on mat leave in april, raj covers her accts", "health"),
    ("Beatrix's mat-leave starts on the 3rd so loop in Colm.", "health"),
    # deafness or blindness abroad
    ("O Rui é surdo de nascença, então vamos precisar de intérprete de LIBRAS.", "health"),
    ("Mi contacto, Lucia, es ciega y usa lector de pantalla.", "health"),
    ("Herr Brandt ist gehörlos, bitte Untertitel im Webinar einschalten.", "health"),
    ("Pani Halina jest niewidoma, więc wyślijmy umowę w wersji dostępnej.", "health"),
])  # fmt: skip
def test_new_classes_are_flagged(text: str, category: str) -> None:
    assert category in detect(text).categories, text


@pytest.mark.parametrize(("text", "category"), [
    # anxiety and depression as an economy's or a market's; "dar de baja" as cancelling
    ("Carmen dice que la depresión económica tiene a todos nerviosos.", "health"),
    ("Mariana disse que o mercado de apps de ansiedade está a crescer.", "health"),
    ("Toni le ha dado de baja la cuenta antigua en el CRM.", "health"),
    ("Paco dice que hay que dar de baja las licencias que sobran.", "health"),
    # a role abroad with nothing sensitive, and a conviction as criticism
    ("O Anselmo, diretor comercial, foi promovido em 2012.", "criminal_record"),
    ("Il direttore ha condannato le nuove regole doganali in riunione.", "criminal_record"),
    # pre-trial detention as law or policy, no one's
    ("Der Minister will die Regeln zur U-Haft verschärfen, sagt Jonas.", "criminal_record"),
    ("Femke stuurde een artikel over de hervorming van de voorlopige hechtenis.", "criminal_record"),
    # a faith's group or building, and a faith as a body's adjective
    ("Herr Okafor hat einen Artikel über die Zeugen Jehovas gelesen.", "religion"),
    ("Frau Demir sagt, das Krankenhaus ist katholisch geprägt und zahlt pünktlich.", "religion"),
    ("La señora Ibarra dice que el cliente es la escuela católica del barrio.", "religion"),
    ("Ilse zegt dat de kerk een goede klant is.", "religion"),
    # a lab's genetic tests, a diagnosis's test, and "hereditary" of a title or a debt
    ("Paolo dice che il loro laboratorio vende test genetici agli ospedali.", "genetic_biometric"),
    ("Paolo dice che il titolo nobiliare ereditario del cliente è curioso.", "health"),
    ("Beatriz dice que el turismo familiar crece un 8 %.", "health"),
    # a Polish party in the news, and the left in general
    ("Pani Ewa mówi, że Konfederacja przegrała w jej okręgu.", "political_opinion"),
    ("Pan Piotr drukuje ulotki dla naszej firmy co kwartał.", "political_opinion"),
    # a council with no party, and "per la" before a thing
    ("La dottoressa Rinaldi è consigliera comunale per la seconda volta.", "political_opinion"),
    ("O Caetano é vereador pela primeira vez.", "political_opinion"),
    # a people's name as a script, a place or a regime; a side in a deal
    ("Sokha asked whether the app ships with Khmer script support.", "ethnicity"),
    ("Minh says the buyer's side is ready to sign, the seller's side is Khmer Rouge-era landlords.", "ethnicity"),
    ("Priya booked a trip to the Cham Islands for the team.", "ethnicity"),
    ("Priya says the seller's side is Korean and the buyer's side is Thai, so two law firms.", "ethnicity"),
    # a mat as a thing, maternity as a product line
    ("Dana left the yoga mat in the meeting room, Raj has it.", "health"),
    ("Beatrix runs the maternity wear line at Fernwood.", "health"),
    ("Dana is on a mat leave cover contract until June.", "health"),
    # deaf or blind to something, a word for silly, a product's accessibility
    ("O Rui é surdo aos nossos argumentos sobre o preço.", "health"),
    ("Lucia es ciega ante los números del trimestre, según Paco.", "health"),
    ("Herr Brandt sagt, die neue Preisliste ist doof.", "health"),
    ("Herr Brandt ist taub für jede Preisdiskussion.", "health"),
])  # fmt: skip
def test_hard_negatives_stay_quiet(text: str, category: str) -> None:
    assert category not in detect(text).categories, text
