"""Religion cues for a person's practice told in Spanish, Portuguese, Italian, French, German or Dutch: going to
Mass or to a house of worship by habit ("va a misa cada mañana", "vai à missa todos os domingos", "va à la
mosquée le vendredi", "geht jeden Sonntag in die Kirche"), and belief said with an intensifier in a note's
shorthand ("muy católica", "très pratiquant", "molto credente"). :mod:`.lexicon_churchgoing` and
:mod:`.lexicon_services_attended` know the English wording only.

Senses that must stay quiet: the Spanish idiom "va a misa" for what is certain ("lo que dice el CFO va a misa"),
one visit for a wedding, a tour or a job ("va a la iglesia de San Juan para la boda"), and "religioso" as
meticulous ("muy religiosa con la puntualidad")."""

from __future__ import annotations

# a habit: how often, or when, in the same language ("cada mañana", "todos los domingos", "le vendredi", "jeden
# Sonntag"); the idiom "va a misa" never has one
_DAY = (
    r"(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados?|domingos?|lundis?|mardis?|mercredis?|jeudis?|"
    r"vendredis?|samedis?|dimanches?|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|sabati|domeniche|"
    r"domenica|segundas?|sextas?|s[áa]bados?|Sonntags?|Freitags?|Samstags?|zondags?|vrijdags?|zaterdags?)"
)
_HABIT = (
    r"(?:cada|todos los|todas las|tous les|toutes les|chaque|ogni|tutti i|tutte le|todos os|todas as|jeden|jede|"
    r"jedes|elke|iedere|(?:los|el|le|la|il|o|a|am|op) " + _DAY + r"|" + _DAY + r"|a diario|diariamente|siempre|"
    r"sin falta|tous les jours|r[ée]guli[èe]rement|regolarmente|sempre|regelm[äa]ßig|immer|elke dag|"
    r"antes de|avant|prima di|antes do|vor der|vor dem|temprano|de madrugada|por la mañana|le matin|la mattina)\b"
)
# Mass and the houses of worship, with the preposition each language goes there by
_TO_WORSHIP = (
    r"(?:a (?:la )?misa|a la (?:iglesia|mezquita|sinagoga)|al templo|"
    r"[àa] (?:la )?messe|[àa] la (?:mosqu[ée]e|synagogue)|[àa] l'[ée]glise|au temple|"
    r"a messa|in chiesa|in moschea|alla (?:moschea|sinagoga)|"
    r"[àa] missa|[àa] (?:igreja|mesquita|sinagoga)|"
    r"in die (?:Kirche|Messe|Moschee|Synagoge)|zur (?:Messe|Kirche|Moschee|Synagoge)|"
    r"naar (?:de )?(?:kerk|mis|moskee|synagoge))"
)
_GOES = (
    r"(?:va|iba|fue|van|voy|vamos|asiste|asist[íi]a|vai|ia|vou|vamos|va|allait|vont|vais|andava|vado|geht|ging|"
    r"gehen|gaat|ging|gingen)"
)
# belief with an intensifier; "religioso" is also meticulous, so not before what one is meticulous about
_DEVOUT = (
    r"(?:muy|bastante|s[úu]per|profundamente|muito|molto|assai|tr[èe]s|profond[ée]ment|fervientemente|"
    r"sehr|streng|zeer|erg) (?:cat[óo]lic[oa]s?|cattolic[oaie]|catholiques?|katholisch|katholiek|creyentes?|"
    r"credenti|credente|croyante?s?|crentes?|gelovig|practicantes?|praticanti|praticante|pratiquante?s?|devot[oaie]s?|"
    r"d[ée]vot(?:e|s)?|pieux|pieuse|evang[ée]lic[oa]s?|religios[oaie]s?(?! (?:con|en|para|nel|nei|nella|com|em|"
    r"avec|sur)\b))"
)

WORSHIP_ABROAD = (
    (
        # going by habit, the habit before or after ("va a misa cada mañana", "geht jeden Sonntag in die Kirche")
        r"\b"
        + _GOES
        + r" (?:(?:\w+ ){0,2}?"
        + _HABIT
        + r"(?: \w+){0,2}? )?"
        + _TO_WORSHIP
        + r"(?= (?:\w+ )?"
        + _HABIT
        + r")|\b"
        + _GOES
        + r" (?:\w+ ){0,2}?"
        + _HABIT
        + r"(?: \w+){0,2}? "
        + _TO_WORSHIP
        + r"\b",
        "person",
    ),
    (
        # Mass or prayer kept without fail ("no se pierde la misa", "nunca falta a misa", "reza el rosario")
        r"\b(?:no se pierde (?:la |una )?misa|nunca falta a (?:la )?misa|no falta a (?:la )?misa|oye misa|"
        r"reza el rosario|ne rate jamais la messe|non salta mai la messa|n[ãa]o falta [àa] missa|"
        r"betet den Rosenkranz)\b",
        "person",
    ),
    (r"\b" + _DEVOUT + r"\b", "person"),
)
