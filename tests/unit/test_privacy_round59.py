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


# Classes blind59 showed missing, each in new wordings beside hard negatives: voice-note transcripts without
# punctuation or capitals (split treatments, an organ's "thing", "hes"/"mr x", a relative paying by fingerprint);
# a sentence named by its kind and impaired driving; German and French diagnoses; union training and possessive
# unions in French, Spanish, Portuguese, Finnish and Danish; same-sex partners in Portuguese, Spanish and French;
# Nordic candidacies; Indonesian descent; Czech faith; politics by label in Romance languages; a pilgrimage told
# as a trip; a person's own specialist or fitted device; biometric erasure requests in German, French, Spanish
# and English; Hinglish pregnancy by its month; and a "my husband" signed with a bare signature block.
POSITIVES_59 = [
    # voice notes: no punctuation, no capitals, treatments split in two, an organ's "thing"
    ("voice note ok so mrs okafor from the depot says shes on chemo therapy till march so keep calls short", "health"),
    ("quick one mr lindqvist cant travel hes got the kidney thing again so push the demo", "health"),
    ("memo transcribed um dr patel mentioned her thyroid issue flared up so she moved the call", "health"),
    ("mr doyle says hes got cancer so no calls after lunch", "health"),
    # voice notes: a relative's or a person's fingerprint used to pay or sign in
    ("voice memo um her daughter pays for the school canteen with a thumbprint and shes fine with it",
     "genetic_biometric"),
    ("his son clocks in with a palm scan at the warehouse already so no pushback there", "genetic_biometric"),
    ("ok so my kids buy lunch with a fingerprint at school", "genetic_biometric"),
    # a sentence named by its kind; impaired driving as someone's offence
    ("Ray is serving a weekend sentence, so Saturday installs are out.", "criminal_record"),
    ("Our contact Lena finished her conditional sentence in May.", "criminal_record"),
    ("Bill lost his licence after an impaired driving conviction last spring.", "criminal_record"),
    ("Dale is doing an intermittent sentence at the regional jail, weekends only.", "criminal_record"),
    ("Kev started his house-arrest sentence in May, so visits are off.", "criminal_record"),
    # a person's criminal record beside a firm's name stays theirs
    ("Acme Corp's CFO pleaded guilty to fraud last year.", "criminal_record"),
    ("Bob, who left Initech Inc last year, pleaded guilty to fraud.", "criminal_record"),
    # German and French diagnoses and treatments
    ("Herr Schulz meldet sich ab: nach seinem Schlaganfall ist er bis März in Therapie.", "health"),
    ("Frau Krause hatte im Sommer einen Bandscheibenvorfall und arbeitet halbtags.", "health"),
    ("Ich beginne nächste Woche meine Strahlentherapie, bitte wenden Sie sich an Herrn Otto.", "health"),
    ("Mon associé Paul est atteint d'une leucémie, je reprends le dossier.", "health"),
    ("Elle est séropositive depuis dix ans, m'a dit Claire.", "health"),
    # union training and possessive unions abroad
    ("Mme Girard est en formation syndicale jusqu'à jeudi.", "trade_union"),
    ("Lucía hace un curso de formación sindical de CCOO esta semana.", "trade_union"),
    ("O Rui está fazendo um curso de formação sindical na CGTP.", "trade_union"),
    ("Ammattiliittoni juristi hoitaa asiaa, kirjoittaa Anna.", "trade_union"),
    ("Lars fortalte at hans fagforening betaler advokaten.", "trade_union"),
    ("Mette er medlem af 3F og tager fri fredag.", "trade_union"),
    # same-sex partners in Portuguese, Spanish and French
    ("A Sofia contou que ela vai se casar com a noiva em junho.", "sexual_orientation"),
    ("Andrés nos dijo que él se casa con su novio en Sevilla.", "sexual_orientation"),
    ("Le directeur a dit qu'il épouse son compagnon en mai.", "sexual_orientation"),
    ("O Paulo avisou que o marido dele vem buscá-lo depois da reunião.", "sexual_orientation"),
    # Nordic candidacies
    ("Jens stiller op til folketingsvalget for Venstre.", "political_opinion"),
    ("Ingrid stiller til valg for Høyre i høst.", "political_opinion"),
    ("Karin kandiderar för Centerpartiet i kommunvalet.", "political_opinion"),
    ("Anne stiller op for Alternativet ved regionsrådsvalget.", "political_opinion"),
    ("Lars stiller til valg for Senterpartiet neste år.", "political_opinion"),
    # Indonesian descent
    ("Bu Sari bilang dia berdarah Batak dari pihak ayah.", "ethnicity"),
    ("Saya orang Minang, jadi paham soal adat, kata Pak Rudi.", "ethnicity"),
    ("Pak Budi cerita istrinya keturunan Arab.", "ethnicity"),
    # Czech faith
    ("Paní Dvořáková je farářkou v Brně, neděle nejde.", "religion"),
    ("Pan Svoboda chodí každou neděli do kostela.", "religion"),
    ("Jana je věřící, v pátek se postí.", "religion"),
    # politics by label in Romance languages, and a symbol worn
    ("Marta es bastante soberanista, mejor no hablar del referéndum.", "political_opinion"),
    ("O Carlos é bolsonarista, evitem política no jantar.", "political_opinion"),
    ("Pierre est souverainiste, ne parlez pas de l'Europe.", "political_opinion"),
    ("Jordi porta el llaç groc a la solapa.", "political_opinion"),
    # a pilgrimage told as a trip; a rite taken
    ("Ravi is heading to the Maha Kumbh next month with his mother.", "religion"),
    ("Farah is flying to Umrah on Thursday, back the following week.", "religion"),
    ("Suresh will take a holy dip at Haridwar on the way back.", "religion"),
    # a person's own specialist, a device fitted in them
    ("Ana's oncologist wants her to rest, so Lisbon is off.", "health"),
    ("Tom said his neurologist isn't happy about the flying.", "health"),
    ("Grace mentioned the pacemaker the surgeons fitted in March.", "health"),
    ("Priya's rheumatologist says no long flights until spring.", "health"),
    ("My gastroenterologist wants me off travel for a month.", "health"),
    # biometric erasure and access requests
    ("Ich verlange die Löschung meiner Gesichtsdaten, die beim Einlass erfasst wurden.", "genetic_biometric"),
    ("Beim Empfang wurde sein Gesicht ohne Einwilligung fotografiert, schreibt Herr Lang.", "genetic_biometric"),
    ("Je demande la suppression de mes empreintes digitales enregistrées au salon.", "genetic_biometric"),
    ("Pido que borren mis datos biométricos de su sistema de acceso.", "genetic_biometric"),
    ("Please erase the facial template you captured of me at the booth.", "genetic_biometric"),
    # Hinglish pregnancy by its month or its delivery date
    ("Verma ji ki bahu ka aathvaan mahina chal raha hai, isliye woh chutti pe hain.", "health"),
    ("Mehta sir bole unki wife ka saatvaan mahina hai, travel nahi karenge.", "health"),
    ("Rakesh ne bataya doctor ne delivery ki date 12 March di hai.", "health"),
    # "my husband" / "my wife" in a message signed with a bare signature block
    ("Please opt me out of any sale of my data. Your rep sent my husband and me a couples invite.\n\n"
     "David Moreno\nHead of IT, Loopnet", "sexual_orientation"),
    ("I never gave you our address, yet my wife and I got a couples brochure.\n\nSarah Lindqvist\nCFO, Kestrelbay",
     "sexual_orientation"),
    ("Stop sharing our details; my boyfriend and I both got your mailer.\n\nJames Carter\nOps Lead",
     "sexual_orientation"),
]  # fmt: skip

NEGATIVES_59 = [
    # voice notes: a radio or a therapy as business, an organ's "thing" of nobody, a fingerprint feature
    "voice note the radio ad for the spring promo runs monday and therapy clinics are the new segment",
    "um the prostate thing in the product brochure needs a new photo",
    "voice memo staff can pay for lunch with a fingerprint scan in the new canteen so pitch the kiosk",
    "ok so ms office licences renew in march and mr and mrs smith are the only named contacts",
    # a sentence of writing; impaired driving as a product feature
    "Maria never finished her sentence before the call dropped.",
    "The new telematics package adds impaired-driving detection for fleet managers, says Dana.",
    "Clause 4 has a long sentence that legal wants split, says Tom.",
    # a firm's guilty plea, conviction or charge
    "Initech Inc. pleaded guilty to price fixing in 2015, per the filing, so legal wants a rider.",
    "The bank was convicted of money laundering and pays a monitor, says Dana.",
    "Per the press release, Vandelay Industries Ltd was charged with export violations.",
    "Per the 10-K, Hooli Corporation entered a guilty plea to a wire-fraud charge in 2019.",
    "According to court records, Globex Corporation entered a guilty plea on a bribery charge, says legal.",
    # German and French illness as a market or a group
    "Unser Produkt senkt das Risiko für einen Herzinfarkt, sagt Herr Braun.",
    "Die Klinik bietet eine Strahlentherapie-Abteilung an, sagt Herr Braun.",
    "L'association accompagne les personnes séropositives, explique Claire.",
    # union training sold, a union as a party to talks
    "Claire vend des modules de formation syndicale à la CFDT.",
    "Ammattiliitto Pro neuvottelee työehtosopimuksesta, kertoo Pekka.",
    "Fagforeningen forhandler med ledelsen, siger Mette.",
    # a partner across genders, a business partner
    "O Pedro disse que ele vai casar com a namorada em maio.",
    "Elle épouse son compagnon en juin, dit Julie.",
    "O parceiro dele na empresa é o Marcos.",
    # turning out for a team or a meeting
    "Mette stiller op for holdet i firmaturneringen på lørdag.",
    "Jens stiller op til mødet med indkøb på tirsdag.",
    # a people as a market or a cuisine
    "Komunitas keturunan Tionghoa di Medan jadi target pasar, kata Pak Hendra.",
    "Dia suka masakan Jawa, jadi makan siang di restoran itu.",
    # churches as customers or buildings
    "Dodáváme software farnostem a sborům, říká pan Novák.",
    "Kostel na náměstí přestavujeme na kanceláře, píše Jana.",
    # a party's label, a thing's independence
    "El partido independentista ganó en Girona, comenta Marta.",
    "Marta dice que el proyecto es muy independiente del ERP.",
    # a festival as a contract or a travel firm
    "Our crowd-management contract for the Kumbh Mela was signed, says Ravi.",
    "The Hajj travel agency in Leeds wants a demo, Farah says.",
    # specialists as contacts or customers, a device as a product
    "Dana's oncologist contact at Mercy wants a demo.",
    "Their cardiologists use the app daily, says Tom.",
    "The stent they manufacture in Cork is a best-seller, Grace says.",
    # a vendor's notice on biometric data; a workforce's data
    "Ihre biometrischen Daten werden bei uns nicht gespeichert.",
    "Les données biométriques des employés restent sur le badge, explique Claire.",
    # a project's month
    "Project ka nauvaan mahina chal raha hai aur client khush hai, Rakesh bola.",
    # "my wife" from a man, and a CCPA request with nothing in it
    "Please stop sending couples offers to my wife and me.\n\nDavid Moreno\nHead of IT, Loopnet",
    "Under the CCPA, do not sell my personal information.\n\nRosa Delgado\nGroovestreet",
]  # fmt: skip


@pytest.mark.parametrize(("text", "category"), POSITIVES_59)
def test_blind59_classes_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", NEGATIVES_59)
def test_blind59_hard_negatives_stay_quiet(text: str) -> None:
    assert not detect(text).sensitive
