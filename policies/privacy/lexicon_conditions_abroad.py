"""Health cues for a lasting condition someone has, said in the languages a rep's notes mix in: suffering from
it ("soffre di epilessia", "sufre de migrañas", "leidet an Epilepsie", "lijdt aan diabetes") or being it
("es celíaco", "è diabetica", "é epiléptico", "est cœliaque", "ist Diabetiker").

Senses that must stay quiet: the condition as a market, a product's or a campaign's word ("il mercato
dell'epilessia", "pan celíaco", "la línea para diabéticos", "la campagna sull'epilessia"): so it needs a person's
verb of suffering or being."""

from __future__ import annotations

# conditions by their names in Italian, Spanish, Portuguese, French, German and Dutch
_CONDITION = (
    r"(?:epiless[iy]a|epilepsia|[ée]pilepsie|epilepsie|emicrania|migra[ñn]as?|enxaquecas?|migraines?|Migr[äa]ne|"
    r"diabete|diabetes|diab[èe]te|asma|asthme|Asthma|depressione|depresi[óo]n|depress[ãa]o|d[ée]pression|"
    r"Depressionen?|depressie|artrite|artritis|arthrite|Arthritis|artritis|sclerosi multipla|esclerosis m[úu]ltiple|"
    r"escleros[ei] m[úu]ltipla|scl[ée]rose en plaques|Multiple[rn]? Sklerose|celiachia|celiaqu[ií]a|"
    r"doen[çc]a cel[ií]aca|maladie c(?:œ|oe)liaque|Z[öo]liakie|coeliakie|fibromialgia|fibromyalgie|"
    r"ansia|ansiedad|ansiedade|anxi[ée]t[ée]|Angstst[öo]rung(?:en)?|morbo di Crohn|enfermedad de Crohn|"
    r"doen[çc]a de Crohn|maladie de Crohn|Morbus Crohn|ziekte van Crohn|psoriasi|psoriasis|psor[ií]ase|ipertensione|"
    r"hipertensi[óo]n|hipertens[ãa]o|hypertension|Bluthochdruck|insonnia|insomnio|ins[ôo]nia|insomnie)"
)
# a person who is the condition ("è celiaco", "es celíaca", "ist Diabetikerin"); "el pan celíaco" has no verb
_IS_ONE = (
    r"(?:cel[ií]ac[oa]|celiac[oa]|c(?:œ|oe)liaque|diab[ée]tic[oa]|diabetic[oa]|diab[ée]tique|Diabetiker(?:in)?|"
    r"diabeet|epil[ée]ptic[oa]|epilettic[oa]|[ée]pileptique|Epileptiker(?:in)?|epilepticus|asm[áa]tic[oa]|"
    r"asthmatique|Asthmatiker(?:in)?|astmapati[ëe]nt|hipertens[oa]|iperteso|ipertesa|hypertendue?)"
)

CONDITIONS_ABROAD = (
    (
        r"\b(?:soffre|soffriva|ha sofferto|sufre|sufr[ií]a|ha sufrido|sofre|sofria|sofreu|souffre|souffrait|"
        r"leidet|litt|hat gelitten|lijdt|leed|cierpi|cierpia[lł]a?) (?:da (?:anni|tempo) |desde hace \w+ |"
        r"depuis \w+ |seit \w+ )?(?:di|de|da|d['’]|an|unter|aan|na) (?:una |un |uma |um |une |la |el |a |o |l['’]|"
        r"einer |chronischer |chronische |chronica |cr[óo]nica |chronique )?(?:\w+ )?" + _CONDITION + r"\b",
        "person",
    ),
    (
        r"\b(?:es|era|è|e['’]|é|est|ist|war|is) (?:\w+ )?(?:un |una |uma |um |une |ein |eine |een )?" + _IS_ONE + r"\b",
        "person",
    ),
)
