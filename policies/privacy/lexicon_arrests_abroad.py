"""Criminal-record cues for an arrest or police custody told in the languages a rep's notes mix in: Portuguese "foi
detido pela PF", "foi preso"; Spanish "fue detenido por la Guardia Civil", "fue arrestada", "lo detuvieron el
sábado"; French "a été arrêté", "placé en garde à vue"; Italian "è stato arrestato", "ai domiciliari"; German
"wurde festgenommen", "sitzt in U-Haft", "saß bis Mai in U-Haft"; Dutch "in voorlopige hechtenis"; Polish "w
areszcie tymczasowym"; Japanese "逮捕された", "書類送検された" (referred to prosecutors), "起訴された", said of a
person named by an honorific or title ("佐藤部長が…書類送検された"). (The English forms are in
:mod:`.lexicon_criminal` and :mod:`.lexicon_prosecutions`.)

Senses that must stay quiet: goods held at customs ("a carga foi detida na alfândega", "el envío fue detenido en la
aduana"), a firm referred to prosecutors ("法人として書類送検された"), someone stuck ("ficou preso no trânsito",
"está preso em reuniões") and a project halted ("el proyecto fue detenido"): so "detido"/"detenido" need a police
force, a time or a street event after them ("depois da manifestação"), and "preso" the passive "foi" and no place
of being stuck. "Responde a processo" is a charge only when the charge is a crime, not "danos morais"."""

from __future__ import annotations

# the police forces that arrest ("pela PF", "por la Guardia Civil", "par la police")
_POLICE = (
    r"(?:pol[íi]cia|(?-i:PF|PM|PRF|PSP|GNR|PJ|PN)|Pol[íi]cia (?:Federal|Militar|Civil|Judici[áa]ria)|"
    r"Guardia Civil|Polic[íi]a Nacional|Mossos|Ertzaintza|gendarmerie|carabinieri|Guardia di Finanza|Polizei)"
)
# when it happened: an arrest told with its day reads as one ("foi detido ontem", "fue detenida anoche")
_WHEN = (
    r"(?:ontem|anteontem|hoje|esta (?:manhã|noite)|ayer|anoche|anteayer|hoy|esta (?:mañana|noche)|el (?:lunes|"
    r"martes|miércoles|jueves|viernes|sábado|domingo)|na (?:segunda|terça|quarta|quinta|sexta)|no (?:sábado|"
    r"domingo)|em flagrante|en flagrante|acusad[oa]|suspeit[oa]|sospechos[oa])"
)
# what a person is detained after or at: a street event, not an inspection ("a carga foi detida após a vistoria")
_STREET_EVENT = (
    r"(?:manifesta(?:ção|ções)|protestos?|atos?|passeatas?|marchas?|ocupa(?:ção|ções)|confrontos?|brigas?|"
    r"piquetes?|bloqueios?)"
)
# facing criminal charges ("responde a processo criminal", "responde a processo por dano ao patrimônio"); a
# civil claim ("responde a processo por danos morais") is no record
_CHARGED = (
    r"\bresponde(?:m|rá)? (?:a|em) (?:um )?(?:processo|a(?:ção|ções)) (?:criminal|penal)\b|\bresponde(?:m|rá)? "
    r"(?:a|em) (?:um )?processo por (?:dano ao patrim[ôo]nio|furto|roubo|agress(?:ão|ões)|les(?:ão|ões) corporal|"
    r"desacato|resist[êe]ncia|vandalismo|tr[áa]fico|estelionato|apropria(?:ção|ções) ind[ée]bita|homic[íi]dio)"
)
_PORTUGUESE = (
    r"\bfoi detid[oa] (?:\w+ )?(?:depois|após|durante|logo após|no meio) (?:d[aoe]s? |a |o |de uma |de um )?"
    + _STREET_EVENT
    + r"\b|"
    + _CHARGED
    + r"|\b(?:detid[oa]s?|pres[oa]s?) (?:\w+ )?(?:pela|pelo|por) "
    + _POLICE
    + r"\b|\bfoi detid[oa] "
    + _WHEN
    + r"|\b(?:foi|foram|tinha sido|ter sido) pres[oa]s?\b(?! (?:no|na|nos|nas|em|num|numa) (?:\w+ )?(?:tr[âa]nsito|"
    r"engarrafamento|elevador|reuni[ãaõo]\w*|fila|trabalho|escrit[óo]rio|call|chamadas?))|"
    r"\bpris[ãa]o (?:preventiva|domiciliar|domicili[áa]ria|tempor[áa]ria)\b"
)
# the active voice, the person its clitic ("lo detuvieron el sábado", "la arrestó la policía", "prenderam-no
# ontem", "o prenderam na manifestação"); held to a time, a police force or a street event, as the passive is,
# since "lo detuvieron en la aduana" is a parcel's
_THEY_HELD = (
    r"\b(?:lo|la|le) (?:detuvieron|detuvo|arrestaron|arrestó|han detenido|han arrestado|ha detenido|ha arrestado)|"
    r"\b(?:o|a) (?:prenderam|prendeu|detiveram|deteve)|\b(?:prenderam|prendeu|detiveram|deteve)-(?:no|na|o|a)"
)
_HELD_AT = (
    r"(?: (?:" + _WHEN + r"|(?:\w+ ){0,2}?(?:la |el |los |a |o )?(?:polic[íi]a|" + _POLICE + r")|(?:\w+ ){0,2}?"
    r"(?:en|na|no|durante|tras|ap[óo]s|"
    r"depois d[ae]) (?:la |el |una |un |a |o |uma |um )?(?:manifestaci[óo]n|protesta|marcha|concentraci[óo]n|"
    r"huelga|piquete|disturbios|" + _STREET_EVENT + r")))"
)
# what a person is held for: an offence ("lo detuvieron por fraude", "la arrestaron el mes pasado por robo"); a
# parcel is held for papers, not for these
_FOR_AN_OFFENCE = (
    r"(?: (?:\w+ ){0,4}?por (?:fraude|estafa|robo|hurto|agresi[óo]n|lesiones|tr[áa]fico|contrabando|malversaci[óo]n|"
    r"soborno|cohecho|blanqueo|lavado de dinero|violencia|amenazas|abuso|acoso|homicidio|asesinato|vandalismo|"
    r"conducir (?:ebri[oa]|borrach[oa])|manejar (?:ebri[oa]|borrach[oa])|alcoholemia|desacato|falsificaci[óo]n|"
    r"extorsi[óo]n|secuestro|posesi[óo]n|narcotr[áa]fico|corrupci[óo]n)\b)"
)
_SPANISH = (
    r"(?:" + _THEY_HELD + r")\b(?:" + _HELD_AT + r"|" + _FOR_AN_OFFENCE + r")|"
    r"\b(?:detenid[oa]s?|arrestad[oa]s?) (?:\w+ )?(?:por|a manos de) (?:la |los |el )?" + _POLICE + r"\b|"
    r"\b(?:fue|ha sido|han|quedó|está) (?:detenid[oa]|arrestad[oa]) " + _WHEN + r"|\b(?:fue|ha sido|han sido) "
    r"arrestad[oa]s?\b|\bprisi[óo]n (?:preventiva|provisional)\b"
)
_FRENCH = (
    r"\b(?:a été|ont été|s'est fait|avait été) (?:arrêtée?s?|interpellée?s?)\b|\b(?:placée?s?|mise?s?|est|était) en "
    r"garde à vue\b|\ben détention provisoire\b"
)
_ITALIAN = (
    r"\b(?:è|sono) stat[oaie] (?:arrestat[oaie]|fermat[oaie] dalla polizia)\b|\b(?:agli|ai) (?:arresti )?"
    r"domiciliari\b|\bin custodia cautelare\b"
)
_GERMAN = (
    r"\b(?:wurde|wurden|ist|sind) (?:\w+ ){0,2}?(?:festgenommen|verhaftet)\b|\b(?:sitzt|sa(?:ß|ss)|sa(?:ß|ss)en|war|"
    r"kam|landete|verbrachte|bleibt|blieb) (?:[\w-]+ ){0,5}?(?:in (?:der )?|aus der )(?:U-Haft|Untersuchungshaft)\b"
)
# pre-trial detention in Dutch and Polish ("zat in voorlopige hechtenis", "przebywa w areszcie tymczasowym")
_DUTCH_POLISH = (
    r"\bin voorlopige hechtenis\b|\bw areszcie (?:tymczasowym|śledczym)\b|\baresztowan[yao] (?:za|w|przez)\b"
)

# Japanese: the person is the honorific or title before the verb, so the cue names whose it is (the person gate
# reads no Japanese); a firm ("Konex社") has neither, and a denial ("逮捕されていない") is no record
_JAPANESE_PERSON = r"(?:さん|氏|様|部長|課長|社長|専務|常務|取締役|係長|主任|会長|理事|くん|君)"
_JAPANESE = (
    _JAPANESE_PERSON + r"[^。！？\n]{0,40}?(?:(?:逮捕|書類送検|送検|起訴|略式起訴)され|(?:有罪|実刑|罰金)判決を受け)"
    r"(?!ていな|ていませ|なかっ|ませ|ず)"
)

ARRESTS_ABROAD = tuple(
    (pattern, "person") for pattern in (_PORTUGUESE, _SPANISH, _FRENCH, _ITALIAN, _GERMAN, _DUTCH_POLISH)
) + ((_JAPANESE, "self"),)
