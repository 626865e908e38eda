"""Privacy classes blind35 showed missing, each in new wordings beside hard negatives: a child's common illness
told of a named parent; fertility treatment by its steps; an injury done to a body part ("scalded her hand"); a
person's own voice used to authenticate them; an offence hyphenated before its conviction; a formal suspect's
status in the languages that name it; a place on a programme open to Black or other racialised staff; the
writer's own operation or crutches in Portuguese, Spanish or Italian; a person defending a party's own policy.
And two about no one: a site shut at a clock time for a religious observance, and a special-category word
quoted as the label of a product's value."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # a child's common illness, told of the parent
    ("Bruno's toddler caught hand foot and mouth at nursery, so Bruno is home all week.", "health"),
    ("Keep Friday light for Ines, her daughter is off with slapped cheek syndrome.", "health"),
    # fertility treatment by its steps
    ("Marta is freezing her eggs this month, so mornings are out for her.", "health"),
    ("Move the review, Priya's embryo transfer is on Tuesday.", "health"),
    # an injury done to a body part
    ("Tomas scalded his hand on the espresso machine and can't type much.", "health"),
    ("Yuki trapped her finger in the van door, she's at A&E.", "health"),
    # a person's own voice used to authenticate them
    ("The helpline verifies Olga by her own voice, so her assistant can't ring for her.", "genetic_biometric"),
    ("Arjun's bank line identifies him using his voice, he set it up in March.", "genetic_biometric"),
    # an offence hyphenated before its conviction
    ("Declan has a hit-and-run conviction from 2009, HR needs to know.", "criminal_record"),
    ("Ops flagged that Pavel has a breach-of-the-peace caution on file.", "criminal_record"),
    # a formal suspect's status
    ("Segundo a imprensa, o Nuno Almeida foi constituído arguido no caso das licenças.", "criminal_record"),
    ("Heads-up: Marco Bianchi è indagato nell'inchiesta sugli appalti.", "criminal_record"),
    ("Lucía Ortega fue imputada en la causa por malversación.", "criminal_record"),
    # a place on a programme open to Black or racialised staff
    ("Kwame joined the Black Professionals Network at Duvant last year.", "ethnicity"),
    ("Aroha was selected for the Māori leadership programme, so she's away in May.", "ethnicity"),
    # the writer's own operation or crutches, other languages
    ("Hola Pablo, me operaron de la rodilla el lunes y ando con muletas. Saludos, Elena", "health"),
    ("Ciao Luca, sono stata operata alla spalla, rientro lunedì. Giulia", "health"),
    ("Oi Rita, estou de muletas até sexta, faço a reunião por vídeo. Abraço, Tiago", "health"),
    # a person defending a party's own policy
    ("On the panel, Farah defended Labour's rent cap for twenty minutes.", "political_opinion"),
    ("Jonas backed the Greens' road-pricing scheme in the council meeting.", "political_opinion"),
])  # fmt: skip
def test_blind35_classes_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", [
    # the illnesses named with no one having them
    "Our nursery leaflet covers hand, foot and mouth disease and when to keep children home.",
    "The ad shows a slapped cheek and a cartoon tear.",
    # fertility treatment as a market or a benefit
    "Ovia says egg-freezing clinics are the fastest-growing segment in Lisbon.",
    "Does the Zentra plan include egg freezing benefits for staff?",
    # injuries in a figure of speech
    "Lars burned his fingers on that crypto deal and won't invest again.",
    "Mo crushed his targets this quarter, well done.",
    # voice as a product feature, or a person's voice recognised by a person
    "The app can verify customers by voice once they opt in.",
    "Ravi recognised her by her voice on the conference line.",
    "Ana recorded her voice note for the client before lunch.",
    # a belief before "conviction", a hyphenated word that is no offence
    "Hugo speaks with a deeply-held conviction about open source.",
    "Her long-standing convictions about pricing won the room.",
    # the suspect's word as a word, or a firm made a suspect
    "Rui explained what 'arguido' means under Portuguese law.",
    "A empresa foi constituída arguida no processo.",
    # programmes with no one's place in them, Black Friday
    "The Black Leaders programme is hiring mentors from our partners.",
    "Kwame ran the Black Friday campaign for Duvant.",
    "Isdom sponsors the Black Founders fund every year.",
    # crutches and operations that are no one's
    "A loja do Tiago vende muletas e cadeiras de rodas.",
    "A máquina foi operada sem problemas durante a noite.",
    # a party's policy explained, or with no one
    "The memo from Farah explains Labour's rent cap for the client.",
    "The editorial defended the Greens' road-pricing scheme.",
    # a site shut at a clock time for an observance
    "Dalvo's Kuala Lumpur branch closes at 12:15 on Fridays for Friday prayers, so set their demos for Thursday.",
    "Selka's Doha office is shut 11:45-14:00 on Fridays for Friday prayers; their team is back after lunch.",
    # a special-category word quoted as the label of a value
    "Will Brio's HRIS let Nadia add a 'pregnancy' leave type to the picklist?",
    "Map the 'chemotherapy' reason code to 'medical' in Lena's import script.",
])  # fmt: skip
def test_blind35_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []


@pytest.mark.parametrize(("text", "category"), [
    # a person going to an observance after a closure, a time in the sentence
    ("Idris says the office shuts at 12:00 so he can go to Friday prayers.", "religion"),
    # scare quotes with no label after them, and a label that is someone's
    ("Ana is on 'sick leave' again, apparently until Friday.", "health"),
    ("Ravi's 'sick leave' status runs until the 20th.", "health"),
])  # fmt: skip
def test_blind35_quiet_rules_leave_a_persons_own(text: str, category: str) -> None:
    assert category in detect(text).categories
