"""Everyday names of common chronic and acute conditions, A to Z, for the health cues (:mod:`.lexicon_health`).

Two lists, by how much context a name needs to be about a person:

- :data:`CONDITIONS` are medical whatever surrounds them ("Bernd's gout flared up"); names that are also
  everyday words ("piles of work", "a real headache", "an allergy to paperwork") are left out or written
  in a form the everyday sense does not take;
- :data:`OUTBREAKS` are also news and market topics ("bird flu hit egg prices", "the Ebola response"), so
  they need a verb or preposition that gives them to someone ("came back from Kenya with malaria").

Place names that share a condition's name (Cushing, the Oklahoma oil hub) are kept to the full name
("Cushing's syndrome"); an all-capitals "AIDS" in a run of capitals is a heading ("SALES AIDS"). Names the
suffix patterns of :mod:`.lexicon_health` already catch (-itis, -osis, -aemia, -algia, -opathy)
are not repeated here.
"""

from __future__ import annotations

CONDITIONS = (
    # A-C
    r"acid reflux", r"Addison'?s disease", r"(?-i:(?<![A-Z] )AIDS(?! [A-Z]{2}))", r"alcoholism",
    r"(?:bad|severe|seasonal|terrible|food|multiple) allergies", r"altitude sickness", r"angina",
    r"an? (?:irregular|racing) heartbeat", r"arrhythmia", r"(?-i:AFib|Afib|A-fib|A-Fib)", r"atrial fibrillation",
    r"Asperger'?s", r"Bell'?s palsy", r"borderline personality disorder",
    r"a personality disorder", r"an? (?:triple |quadruple |double |heart |coronary |gastric )bypass",
    r"bunions?", r"carpal tunnel(?: syndrome)?", r"chlamydia", r"high cholesterol", r"cholera",
    r"cold sores?", r"a collapsed lung", r"congestive heart failure", r"croup",
    # D-H
    r"deafness", r"dystonia", r"ataxia", r"diarrhoea", r"diarrhea", r"dyspraxia", r"dyscalculia", r"Ehlers-Danlos",
    r"emphysema",
    r"erectile dysfunction", r"fibroids", r"a frozen shoulder", r"frostbite", r"gonorrh(?:o)?ea", r"gout",
    r"Graves'? disease", r"Guillain-Barr[ée]", r"haemorrhoids", r"hemorrhoids", r"heart (?:disease|failure|"
    r"murmur|trouble|surgery)", r"heat ?stroke", r"herpes", r"Hodgkin'?s", r"hyperthyroid(?:ism)?",
    r"hypothyroid(?:ism)?", r"hypoglycaemic", r"hypoglycemic",
    # I-M
    r"impetigo", r"incontinence", r"infertility", r"irritable bowel(?: syndrome)?", r"jaundice",
    r"head lice", r"Marfan(?: syndrome)?", r"a heart valve (?:problem|replacement)", r"mumps", r"(?-i:MRSA)",
    r"narcolepsy", r"nosebleeds",
    # N-S
    r"obsessive[- ]compulsive disorder", r"a (?:pulled|strained|torn) (?:muscle|hamstring|groin|calf|"
    r"tendon|Achilles|rotator cuff)", r"an? (?:knee|back|head|neck|hamstring|groin|shoulder|ankle|wrist|spinal|"
    r"sports|brain) injury", r"pleurisy", r"pre-?eclampsia", r"an ectopic pregnancy", r"Raynaud'?s", r"rosacea",
    r"rubella", r"scabies", r"scarlet fever", r"schizophrenia", r"sciatica", r"seasonal affective disorder",
    r"self-harm(?:ing)?", r"sepsis", r"shin splints",
    r"Sj[öo]gren'?s", r"sunstroke",
    r"(?:is|was|felt|feeling|been|became) suicidal", r"suicidal (?:thoughts|feelings|ideation)",
    r"(?:attempted suicide|tried to take (?:his|her|my|their) own life|a suicide attempt)", r"syphilis",
    # T-Z
    r"tennis elbow", r"(?:an )?essential tremor", r"(?:a )?(?:Parkinsonian|intention|resting) tremor",
    r"tonsils? (?:out|removed)", r"Tourette'?s", r"varicose veins",
    r"whooping cough", r"a (?:first|second|third) trimester", r"(?:first|second|third) trimester",
    # inherited metabolic and storage disorders by name (galactosaemia and the like end in -aemia, caught already)
    r"phenylketonuria", r"homocystinuria", r"alkaptonuria", r"maple syrup urine disease", r"Tay-Sachs",
    r"(?:Gaucher|Fabry|Pompe|Wilson|Niemann-Pick|Krabbe|Hunter|Hurler)'?s? disease", r"(?-i:MCAD) deficiency",
    r"urea cycle disorder", r"glycogen storage disease",
    # syndromes by name ("imposter syndrome", "not-invented-here syndrome" are figures of speech, not these)
    r"(?:Lynch|Down|Tourette|Asperger|Turner|Klinefelter|Rett|Williams|Prader-Willi|Angelman|Fragile X|"
    r"Stevens-Johnson|Reye|Kawasaki|Brugada|Wolff-Parkinson-White|Cushing|Sj[öo]gren|Guillain-Barr[ée]|"
    r"Ehlers-Danlos|Marfan|Noonan|Usher|Asherman|Cauda equina|Lennox-Gastaut|Dravet)'?s? syndrome",
    # disorders named by their kind ("a panic disorder", "generalised anxiety disorder"); "public disorder" and
    # "in disorder" name no kind, so a bare "disorder" never matches
    r"(?:(?:generali[sz]ed |social )?anxiety|panic|mood|bipolar|(?:major )?depressive|(?:acute |post-?traumatic )"
    r"stress|adjustment|binge[- ]eating|dissociative(?: identity)?|schizoaffective|body dysmorphic|hoarding|"
    r"conversion|somatic symptom|sleep|seizure|bleeding|blood|clotting|autoimmune|neurological|attention[- ]deficit"
    r"(?: hyperactivity)?) disorder", r"social anxiety", r"agoraphobi[ac]", r"body dysmorphia",
    # with how bad it was between ("a bad manic episode", "a severe psychotic episode")
    r"an? (?:(?:bad|severe|serious|major|mild|acute|full-blown|short|brief|nasty|rough|sudden) )?(?:manic|psychotic|"
    r"depressive|dissociative|hypomanic) episode",
    r"(?:restless legs?|chronic fatigue|polycystic ovary|long QT|post-concussion|post-viral|nephrotic|"
    r"metabolic|toxic shock|compartment|irritable bowel|carpal tunnel|dry eye|burning mouth|short bowel) "
    r"syndrome",
)  # fmt: skip

OUTBREAKS = (
    r"malaria", r"dengue(?: fever)?", r"typhoid", r"cholera", r"Ebola", r"Zika", r"mpox", r"monkeypox",
    r"(?:swine|bird|avian) flu", r"(?-i:RSV)", r"tuberculosis", r"yellow fever", r"a (?:sore|scratchy|bad) throat",
    r"the (?:sniffles|lurgy|winter vomiting bug)",
)  # fmt: skip

# a condition told by the organ or body system it is in, with whose it is ("his kidney condition", "Ana's heart
# problem", "has a thyroid disorder"): any organ, not a list of named conditions. Organs whose word is also a
# business one ("back issues" of a journal, a "gut issue", a portal's "skin issue", a "joint problem") take only the
# medical nouns; a bare "issue" is left to the organs that have no other sense
_ORGAN = (
    r"(?:heart|cardiac|kidney|renal|liver|lung|respiratory|thyroid|bowel|bladder|prostate|pancreas|pancreatic|"
    r"stomach|spine|spinal|hormone|hormonal|immune|brain|nerve|eye|ear|sinus|hip|knee|chest|colon|ovarian|womb)"
)
_TROUBLE = r"(?:conditions?|problems?|troubles?|diseases?|disorders?|complaints?|failure|ailments?|issues?)"
_AMBIGUOUS_ORGAN = r"(?:back|gut|skin|bone|joint|blood)"
_MEDICAL_TROUBLE = r"(?:conditions?|diseases?|disorders?|complaints?|ailments?|problems?|troubles?)(?<!joint problem)"
ORGAN_TROUBLE = (
    r"\b(?:(?:his|her|my|their|your|(?-i:[A-Z][a-z]+)(?:'s|’s))|(?:has|had|have|got|with|diagnosed with|suffers "
    r"from|suffering from|suffered from|living with|because of|due to)(?: an?| some)?) (?:[\w-]+ )?(?:" + _ORGAN
    + r" " + _TROUBLE + r"|" + _AMBIGUOUS_ORGAN + r" " + _MEDICAL_TROUBLE + r")\b(?!-)"
)  # fmt: skip
