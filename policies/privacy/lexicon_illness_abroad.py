"""Health cues in the languages a rep's notes mix in (Spanish, Portuguese, Italian, French, German): an illness
caught, a fever kept in bed, a person off sick ("pillé dengue", "en cama con fiebre", "sono malata",
"krankgeschrieben").

Each needs a verb or state that gives the illness to someone; the bare disease names are news and market words
in every language ("la gripe aviar", "el mercado del dengue")."""

from __future__ import annotations

# illnesses by their everyday names in those languages, and the tropical ones a trip brings home
_ILLNESS_ABROAD = (
    r"(?:la |el |una |um |uma |o |a |il |l'|une |die |eine |einen )?(?:gripe|gripa|grippe|influenza|"
    r"resfriado|constipado|catarro|covid|dengue|malaria|paludisme|zika|chikungunya|fiebre|febre|febbre|"
    r"fièvre|fieber|bronquitis|bronquite|bronchite|neumonía|pneumonia|polmonite|pneumonie|lungenentzündung|"
    r"tifoidea|tifo|gastroenteritis|gastroenterite|gastro|infección|infecção|infezione|infection|erkältung|"
    r"angina|anginas|amigdalitis|otitis|migraña|enxaqueca|emicrania|migraine|varicela|catapora|varicella)\b"
)
# caught or had, in the first or third person ("pillé dengue", "apanhei uma gripe", "ho preso l'influenza")
_CAUGHT = (
    r"(?:pill[ée]|pilló|cog[ií]|cogió|agarr[ée]|agarró|tengo|tiene|tuve|tuvo|contraje|contrajo|peguei|pegou|"
    r"apanhei|apanhou|estou com|está com|estava com|tive|teve|ho preso|ha preso|ho|ha|ho avuto|ha avuto|j'ai "
    r"attrapé|a attrapé|j'ai chopé|a chopé|j'ai|ich habe|er hat|sie hat|hat sich)"
)
# a fever or flu someone is kept in bed with ("llevo una semana en cama con fiebre", "a letto con la febbre");
# the words before it are looked behind for, so that the cue prefilter requires the illness, not "con "
_WITH = "|".join(
    f"(?<=\\b{prep} {article})"
    for prep in ("con", "com", "avec", "mit")
    for article in ("", "la ", "el ", "il ", "a ", "o ", "une ", "hohem ", "alta ", "mucha ", "muita ", "forte ")
)
_WITH_FEVER = r"(?:" + _WITH + r")(?:fiebre|febre|febbre|fièvre|fieber|gripe|gripa|grippe|influenza|covid|dengue)\b"
# a person who is ill or off sick ("está de baja", "sono malata", "krankgeschrieben")
_OFF_SICK = (
    r"\b(?:estoy|está|estaba|estou|estava|sono|è|era|je suis|il est|elle est|ich bin|er ist|sie ist|bin) (?:\w+ )?"
    r"(?:enferm[oa]|doente|malat[oa]|malade|krank)\b|\b(?:(?:estoy|está|estaba|estuvo) de baja|de baja (?:médica|"
    r"por enfermedad)|en arrêt maladie|in malattia|krankgeschrieben|krankgemeldet|de atestado)\b"
)

ILLNESS_ABROAD = (
    (r"\b" + _CAUGHT + r" " + _ILLNESS_ABROAD, "person"),
    (_WITH_FEVER, "person"),
    (_OFF_SICK, "person"),
)
