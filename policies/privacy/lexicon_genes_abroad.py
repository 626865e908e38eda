"""Genetic and health cues for a genetic test's finding told in the languages a rep's notes mix in: Italian "il
test genetico ha confermato la policistosi renale ereditaria", Spanish "el test genético confirmó", Portuguese "o
teste genético mostrou", German "der Gentest hat ... bestätigt", French "le test génétique a révélé". The finding
is a genetic result (``genetic_biometric``) and the inherited illness it names is health as well.

Senses that must stay quiet: a lab's or a product's tests ("il nostro laboratorio fa test genetici", "el
mercado de test genéticos"), which have no result, "hereditary" said of a title or a debt ("un titolo
ereditario", "una deuda hereditaria"), which has no illness's name before it."""

from __future__ import annotations

_TEST = (
    r"(?:test|esame|analisi|teste|exame|an[áa]lisis|estudio|examen) (?:genetic[oa]|gen[ée]tic[oa]|g[ée]n[ée]tique|"
    r"del DNA|del ADN|de ADN|de DNA)|Gentest|genetische[rn]? (?:Test|Untersuchung|Analyse)|genetische test|"
    r"DNA-test|badanie genetyczne|badania genetyczne|test genetyczny"
)
# what a result does ("ha confermato", "confirmó", "bestätigte", "a révélé", "wykazało")
_FOUND = (
    r"(?:ha (?:confermato|rivelato|evidenziato|mostrato|trovato)|ha dato esito positivo|confermava|confirm[óo]|"
    r"ha confirmado|revel[óo]|mostr[óo]|detect[óo]|confirmou|mostrou|revelou|detetou|detectou|deu positivo|"
    r"a (?:confirmé|révélé|montré)|(?:hat|hatte) (?:\w+ ){0,4}?(?:bestätigt|ergeben|gezeigt)|bestätigte|ergab|"
    r"heeft (?:\w+ ){0,3}?(?:bevestigd|aangetoond)|bevestigde|toonde aan|wykaza[lł]o|wykaza[lł]y|potwierdzi[lł]o)"
)
# an illness's name by its medical ending, then inherited ("policistosi renale ereditaria", "erbliche ...")
_INHERITED = (
    r"\b(?!diagnos|prognos)[\w-]+(?:osi|osis|ose|ite|itis|patia|patía|emia|emie|ämie|trofia|trofie|ofie|oma|"
    r"ismo|ismus|sindrome|síndrome|syndrom|syndrome|malattia|enfermedad|doença|maladie|Krankheit)(?: [\w-]+){0,2}? "
    r"(?:ereditari[ao]|heredit[áa]ri[ao]|hereditari[ao]|h[ée]r[ée]ditaire|erbliche?[nrs]?|genetic[ao]|"
    r"gen[ée]tic[ao])\b|\b(?:erbliche?[nrs]?|vererbte[nr]?|angeborene[nr]?) [\w-]*"
    r"(?:krankheit|erkrankung|syndrom|störung)\b"
)

GENES_ABROAD = ((r"\b(?:" + _TEST + r") " + _FOUND + r"\b", "person"),)
INHERITED_ILLNESS = ((_INHERITED, "person"),)
