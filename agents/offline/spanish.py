"""Sales questions asked in Spanish ("¿cuántos deals gané en el Q3?"): their question words, verbs and pronouns
read as the English ones the parser knows. Only a message that reads as Spanish is touched, so an English
"mi" or "de" never changes meaning; deal words reps keep in English ("deals", "pipeline", "Q3") need nothing."""

from __future__ import annotations

import re
import unicodedata

# words that mark a message as Spanish; two of them (or an accented question word) are needed
_MARKERS = re.compile(
    r"\b(?:cuantos|cuantas|cuanto|cuanta|cual|cuales|que|el|los|las|en|mis|mi|tengo|tenemos|gane|ganamos|perdi"
    r"|perdimos|este|esta|ano|mes|trimestre|semestre|total|gracias|porfa|por favor|hola|oye|suman|y|necesito|correo"
    r"|para|un|una|escribelo|redactalo|ingles|desde|hemos|ganado|perdido)\b"
)
_PHRASES = {
    "cuantos": "how many", "cuantas": "how many", "cuanto": "how much", "cuanta": "how much",
    "cual": "which", "cuales": "which", "quien": "who", "quienes": "who",
    "gane": "i won", "ganamos": "we won", "cerre": "i closed", "cerramos": "we closed", "vendi": "i sold",
    "perdi": "i lost", "perdimos": "we lost", "tengo": "i have", "tenemos": "we have",
    "mis": "my", "mi": "my", "nuestro": "our", "nuestros": "our", "nuestra": "our", "nuestras": "our",
    "abiertos": "open", "abiertas": "open", "ganados": "won", "perdidos": "lost", "ingresos": "revenue",
    "suman": "total", "en total": "in total", "este trimestre": "this quarter", "el trimestre pasado": "last quarter",
    "este mes": "this month", "el mes pasado": "last month", "este ano": "this year", "el ano pasado": "last year",
    "tasa de exito": "win rate", "tasa de cierre": "win rate",
    "primer semestre": "first half", "segundo semestre": "second half", "este semestre": "this half",
    "el semestre pasado": "last half", "que sector": "which sector", "que producto": "which product",
    "menos": "least", "toda la empresa": "company-wide",
    # a message asked for: "necesito un correo para X", "escríbelo en inglés"
    "necesito": "i need", "un correo": "an email", "una nota": "a note", "un mensaje": "a message",
    "correo": "email", "escribelo": "write it", "redactalo": "draft it", "para": "for",
    # the perfect tense and a period's start: "desde Labor Day cuántos deals he ganado?"
    "he ganado": "have i won", "hemos ganado": "have we won", "he perdido": "have i lost",
    "hemos perdido": "have we lost", "he cerrado": "have i closed", "hemos cerrado": "have we closed",
    "desde": "since", "el total": "the total",
    # a period up to today: "en lo que va del año" (so far this year), "hasta la fecha" (to date)
    "en lo que va del ano": "so far this year", "en lo que va de ano": "so far this year",
    "en lo que va del trimestre": "so far this quarter", "en lo que va del mes": "so far this month",
    "en lo que va de mes": "so far this month", "en lo que llevamos de ano": "so far this year",
    "hasta la fecha": "to date", "hasta ahora": "so far", "toda la compania": "company-wide",
    "toda la company": "company-wide",
    # the accounts by where they are based: "cuentas con sede fuera de Estados Unidos", "clientes con sede en Japón"
    "cuentas": "accounts", "cuenta": "account", "clientes": "customers", "cliente": "customer",
    "con sede fuera de": "headquartered outside", "con sede en": "headquartered in", "fuera de": "outside",
    "estados unidos": "the united states", "ee uu": "the united states", "eeuu": "the united states",
    "tienen": "have", "tiene": "has", "deals abiertos": "open deals", "oportunidades abiertas": "open opportunities",
    "ahora mismo": "right now", "son": "are", "y": "and", "o": "or", "del sector": "in the sector",
    # a won deal at an end and whom the answer is for: "mi venta ganada mas grande", "para el 1:1 con Summer"
    "fue": "was", "fueron": "were", "venta": "deal", "ventas": "deals", "negocio": "deal", "negocios": "deals",
    "ganada": "won", "ganadas": "won", "ganado": "won", "perdida": "lost", "perdidas": "lost", "perdido": "lost",
    "con": "with", "tuve": "did i have", "tuvimos": "did we have",
    "mas grande": "biggest", "mas grandes": "biggest", "mas pequena": "smallest", "mas pequeno": "smallest",
    "con que cuenta": "with which account", "que cuenta": "which account", "oye": "hey",
    "quiero": "i want", "la quiero mencionar": "i want to mention it", "lo quiero mencionar": "i want to mention it",
    "mencionar": "mention", "reunion": "meeting", "en el": "in the",
    "enero": "january", "febrero": "february", "marzo": "march", "abril": "april", "mayo": "may", "junio": "june",
    "julio": "july", "agosto": "august", "septiembre": "september", "setiembre": "september", "octubre": "october",
    "noviembre": "november", "diciembre": "december",
    # a quarter by its ordinal: "en el tercer trimestre" (in Q3); a rep's past-tense verbs: "¿cuánto ganó Boris?"
    "primer trimestre": "q1", "1er trimestre": "q1", "segundo trimestre": "q2", "2do trimestre": "q2",
    "tercer trimestre": "q3", "3er trimestre": "q3", "cuarto trimestre": "q4", "4to trimestre": "q4",
    "gano": "won", "ganaron": "won", "perdio": "lost", "perdieron": "lost", "cerro": "closed", "cerraron": "closed",
}  # fmt: skip
# the adjective after the noun: "venta ganada mas grande" reads "biggest won deal", "deal perdido mayor" the same
_END_AFTER = re.compile(
    r"\b(venta|deal|negocio|oportunidad)(?:s|es)? (?:(ganad[ao]s?|perdid[ao]s?|abiert[ao]s?) )?"
    r"(mas grande|mayor|mas pequen[ao]|menor)\b"
)
_END_WORD = {"mas grande": "biggest", "mayor": "biggest", "mas pequena": "smallest", "mas pequeno": "smallest",
             "menor": "smallest"}  # fmt: skip
# a deal moved into the stage: "¿cuántos deals metió Boris en Engaging?", "deals nuevos que pasaron a engaging"; read
# as "moved ... into engaging", the move dated by the period asked (the deals' engage date)
_INTO_ENGAGING = re.compile(
    r"\b(?:(?:ha|han|hemos|he) )?(?:metio|metieron|metido|paso|pasaron|pasado|llevo|llevaron|llevado|movio"
    r"|movieron|movido|puso|pusieron|puesto|entraron|entro|entrado)\b((?: [\w'-]+){0,3}?) (?:a|en|al) (?:la )?"
    r"(?:(?:etapa|fase) (?:de )?)?engaging\b"
)
_NEW_DEALS = re.compile(r"\b(deals|oportunidades|negocios|ventas) nuev[oa]s\b|\bnuev[oa]s (deals|oportunidades)\b")
# "en el T3": a trimestre is a quarter
_TRIMESTRE = re.compile(r"\bt([1-4])\b")
_PHRASE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _PHRASES), key=len, reverse=True)) + r")\b")


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def in_english(lowered: str) -> str:
    """``lowered`` (a lower-case message) with its Spanish question words in English, when it reads as Spanish."""
    folded = _folded(lowered)
    accented_question = re.search(r"[¿]|cu[áa]nt[oa]s?\b", lowered) is not None and folded != lowered
    if not accented_question and len(set(_MARKERS.findall(folded))) < 3:
        return lowered
    folded = _INTO_ENGAGING.sub(r"moved\1 into engaging", folded)
    folded = _NEW_DEALS.sub(lambda m: f"new {m[1] or m[2]}", folded)
    folded = _END_AFTER.sub(lambda m: f"{_END_WORD[m[3]]} {m[2] + ' ' if m[2] else ''}{m[1]}", folded)
    return _TRIMESTRE.sub(r"q\1", _PHRASE.sub(lambda m: _PHRASES[m.group(1)], folded))
