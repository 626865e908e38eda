"""Criminal-record cues for time in prison or an arrest told in Spanish, Portuguese or Dutch, beyond the passive
arrests of :mod:`.lexicon_arrests_abroad`: "pasó dos años en la cárcel", "estuvo preso por fraude", "esteve na
cadeia", "ficou preso por corrupção", "werd gearresteerd", "is opgepakt door de politie", "zat drie jaar in de
gevangenis", "zit een celstraf uit".

Senses that must stay quiet: a prison as a site or a customer ("estuvo en la prisión de Soto del Real instalando
cámaras", "zat gisteren in de gevangenis van Vught voor de oplevering"), someone stuck ("ficou preso no
trânsito", "zat vast in het verkeer") and Dutch "opgepakt" as a task taken up ("het ticket is opgepakt"): so a
named prison is left out, "preso" needs its offence, and "opgepakt" the police or an offence."""

from __future__ import annotations

# what someone is held for ("por fraude", "por corrupção")
_OFFENCE = (
    r"(?:fraude|burla|corrup(?:ção|ción|cion|cao)|robo|roubo|furto|hurto|tr[áa]fico|agress(?:ão|ao)|agresi[óo]n|"
    r"estafa|estelionato|blanqueo|lavagem de dinheiro|evas(?:ão|ao|ión|ion) fiscal|homic[íi]dio|violencia|"
    r"viol[êe]ncia dom[ée]stica)"
)
# a prison with its name after it is a place someone went to for work ("la prisión de Soto del Real")
_NOT_NAMED = r"(?! (?:de|van|do|da) (?-i:[A-Z]))"
_IBERIAN = (
    r"\b(?:estuvo|ha estado|pasó|pasa|esteve|passou|tem estado) (?:\w+ ){0,3}?(?:en la cárcel|en la carcel|en la "
    r"prisión|en la prision|en prisión|en prision|na prisão|na prisao|na cadeia)\b" + _NOT_NAMED + r"|"
    r"\b(?:estuvo|ha estado|esteve|ficou|foi) pres[oa] (?:\w+ ){0,3}?(?:por|pelo crime de|acusad[oa] de) " + _OFFENCE
)
_DUTCH = (
    r"\b(?:is|werd|wordt|ben|zijn|werden) (?:\w+ ){0,3}?gearresteerd\b|\b(?:is|werd|wordt) (?:\w+ ){0,3}?"
    r"opgepakt (?:door de politie|wegens|voor (?:fraude|diefstal|mishandeling|drugshandel|rijden onder invloed))|"
    r"\b(?:zat|zit|heeft) (?:\w+ ){0,3}?in de gevangenis(?: gezeten)?\b" + _NOT_NAMED + r"|"
    r"\bzit (?:\w+ )?(?:een )?(?:gevangenisstraf|celstraf|taakstraf) uit\b|\bheeft (?:\w+ ){0,3}?vastgezeten\b"
)

PRISON_ABROAD = ((_IBERIAN, "person"), (_DUTCH, "person"))
