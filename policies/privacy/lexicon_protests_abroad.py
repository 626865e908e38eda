"""Political-opinion cues for a protest that takes a side, told in Catalan, Spanish, Portuguese, French or Italian
(the English ones are in :mod:`.lexicon_party_members`): "va anar a la manifestació per la independència", "fue a
la marcha contra el gobierno", "foi à passeata contra o governo", "à la manif contre la réforme", "al corteo
antifascista".

Senses that must stay quiet: the words' other senses ("la manifestación de interés", "une manifestation
commerciale", "la marcha del proyecto") and a protest that takes no side the cue can read."""

from __future__ import annotations

from policies.privacy.lexicon_parties import MOVEMENT, PARTY

_PROTEST = (
    r"(?:manifestaci(?:ó|ón|ons|ones)|manifesta(?:ção|ções)|manifestations?|manifs?|manifestazion[ei]|marxas?|marchas?|"
    r"marches|protestas?|protestos?|concentraci(?:ó|ón)|rassemblements?|cortèges?|corte[oi]|passeatas?|"
    r"mobilitzaci(?:ó|ons)|movilizaci(?:ón|ones)|mobiliza(?:ção|ções)|mobilisations?|mobilitazion[ei])"
)
# being there: a preposition of place or direction before it ("a la", "à", "al", "na", "en la")
_AT = r"(?:\b(?:a|à|al|na|no|nas|nos|en|alla|alle|in|de|da|del|dalla|à la|a la|a l'|en la|de la|pela|pelo)) "
_ARTICLE = r"(?:(?:la|el|le|les|los|las|l'|una|une|un|uma|o|a|os|as|il|lo|gli) ?)?"
# the side it takes: for a cause, against a government or a creed, or an adjective that names one
_CAUSE = (
    r"(?:independ[èe]ncia|independencia|independência|indépendance|indipendenza|autodeterminaci[óo]n?|"
    r"autodétermination|amnistia|amnistía|república|république|repubblica)"
)
_AGAINST = (
    r"(?:govern|gobierno|governo|gouvernement|guerra|guerre|fei?xisme|fascismo|fascisme|racisme|racismo|razzismo|"
    r"austeritat|austeridad|austeridade|austérité|austerità|monarquia|monarquía|monarchie|monarchia|OTAN|NATO|"
    r"réforme|reforma|riforma|presidente|président|ley|llei|loi|legge|lei)"
)
_SIDE_WORD = (
    r"(?:antifeixista|antifascista|antifasciste|antiracista|antirracista|antiraciste|independentista|"
    r"indépendantiste|indipendentista|feminista|féministe|femminista|proabort\w*|antiabort\w*|provida|pro-vida)s?"
)

_SIDED = (
    _AT
    + _ARTICLE
    + r"(?:gran |grande |grosse |enorme )?"
    + _PROTEST
    + r"(?: (?:[\w'’-]+ ){0,3}?(?:per|por|pela|pelo|pour|a favor de|en faveur de|contra|contre|contro) "
    + r"(?:(?:la|el|le|l'|o|a|il|els|les|los|las|os|as|i|du|del|dels|des|do|da) ?)?(?:"
    + _CAUSE
    + r"|"
    + _AGAINST
    + r")|(?: (?:[\w'’-]+ ){0,2}?)"
    + _SIDE_WORD
    + r")\b"
)

# Latin American movements that march under their own name ("a manifestação do MST", "la protesta del MTST")
_MOVEMENT_ABROAD = r"(?-i:MST|MTST|MBL|Vem Pra Rua|Movimento Passe Livre|MPL)"
# a protest named for the party or movement that holds it, with the person at it ("depois da manifestação do
# MST", "à la manifestation de LFI"); a party's statement ("a manifestação do PT sobre") has no preposition of place
_HELD_BY = (
    _AT
    + _ARTICLE
    # not "marcha", which is also progress ("a marcha do PT nas pesquisas")
    + r"(?:manifesta(?:ção|ções)|manifestaci(?:ó|ón|ones)|manifestations?|manifs?|protestos?|protestas?|passeatas?|"
    + r"rassemblements?|corte[oi]|atos?) (?:do|da|dos|das|del|de la|de los|du|de|des|dei|della|di) (?:l['’])?(?:"
    + _MOVEMENT_ABROAD
    + r"|"
    + PARTY
    + r"|"
    + MOVEMENT
    + r")\b(?! (?:sobre|acerca|a respeito|au sujet|sur)\b)"
)

PROTESTS_ABROAD = ((_SIDED, "person"), (_HELD_BY, "person"))
