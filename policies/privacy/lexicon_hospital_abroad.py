"""Health cues for a person's stay in hospital in the languages a rep's notes mix in: French "est hospitalisée",
Spanish "está ingresado", Portuguese "foi internada", Italian "è ricoverato", Catalan "està hospitalitzat", German
"liegt im Krankenhaus". (The English "hospitalised" is in :mod:`.lexicon_health`.)

Senses that must stay quiet: money paid in ("el pago fue ingresado", "ha ingresado 500 euros"), a boarding school
("un internado en Suiza") and a hospital's own services ("le service hospitalisation"); so the words that also
mean those need a verb of being before them, and a visit to a hospital ("ist im Krankenhaus") is no stay."""

from __future__ import annotations

# the participles that mean nothing but a patient's admission
_FRENCH = r"\bhospitalisée?s?\b"
_ITALIAN = r"\bricoverat[oaie]\b"
_CATALAN = r"\bhospitalitza(?:t|ts|da|des)\b|\b(?:està|estava|va ser|segueix|continua) ingressa(?:t|ts|da|des)\b"
# "ingresado" is also money paid in and "internado" a boarding school: only as someone's state
_SPANISH = (
    r"\bhospitalizad[oa]s?\b|\b(?:está|estaba|estuvo|sigue|fue|ha sido|lleva \w+ \w+) (?:ingresad[oa]s?|"
    r"internad[oa]s?)\b(?! (?:en|a) (?:la |su |el )?cuenta)"
)
_PORTUGUESE = r"\b(?:está|estava|esteve|foi|ficou|segue|continua|anda) internad[oa]s?\b"
_GERMAN = (
    r"\b(?:liegt|lag|liege|liegen) (?:\w+ ){0,2}?im (?:Krankenhaus|Spital|Klinikum)\b|\bins (?:Krankenhaus|Spital) "
    r"eingeliefert\b|\bstationär aufgenommen\b"
)

HOSPITAL_ABROAD = tuple(
    (pattern, "person") for pattern in (_FRENCH, _ITALIAN, _CATALAN, _SPANISH, _PORTUGUESE, _GERMAN)
)
