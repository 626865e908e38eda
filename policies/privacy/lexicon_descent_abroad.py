"""Ethnic-origin cues for a family's roots told in Portuguese, Spanish, Catalan, French or Italian (the English ones
are in :mod:`.lexicon_identity`): a child or grandchild of immigrants ("neta de imigrantes japoneses", "petit-fils
d'immigrés algériens", "figlia di immigrati cinesi"), an origin said of a person ("ele é de origem japonesa", "elle
est d'origine vietnamienne") and the Japanese diaspora's own names ("é nikkei", "es nisei").

Senses that must stay quiet: immigrants as a market or an audience ("a campanha para imigrantes coreanos"), a
product's origin ("os produtos de origem japonesa", "el vino es de origen francés") and the Nikkei index."""

from __future__ import annotations

from policies.privacy.names import FEMALE, MALE

# a descendant, in the five languages
_KIN = (
    r"(?:net[oa]s?|bisnet[oa]s?|filh[oa]s?|niet[oa]s?|bisniet[oa]s?|hij[oa]s?|n[ée]t[ae]?s?|fill[ae]?s?|"
    r"petite?s?-(?:fils|filles?|enfants?)|fils|filles?|nipot[ei]|figli[oa]?|figlie|descendentes?|descendientes?|"
    r"descendants?|descendantes?|discendent[ei])"
)
_IMMIGRANTS = (
    r"(?:imigrantes|inmigrantes|immigrants|immigrés|immigrati|emigrantes|emigrants|emigrati|refugiados|réfugiés|"
    r"rifugiati|refugiats|japoneses|japonais|giapponesi|japonesos)"
)
# who the origin is said of: a pronoun or a given name the lists know ("o vinho é de origem francesa" is none)
_GIVEN = "|".join(sorted(sorted(MALE | FEMALE), key=len, reverse=True))
_COPULA = r"(?:é|és|es|est|è|são|son|sont|sono|era|eram|eran|était|erano)"
# (the look-ahead for a word and its copula first spares trying every name at every word)
_SUBJECT = (
    r"\b(?=[^\W\d_]+ " + _COPULA + r" )(?:ela|ele|elle|il|ella|él|lei|lui|ell|elles|eles|elas|ellos|ellas|loro|"
    r"(?-i:" + _GIVEN + r")) " + _COPULA
)
_ORIGIN = r"(?:origem|origen|origine|ascendência|ascendencia|ascendance|ascendenza|descendência|descendencia)"
# a class or a place, not a people ("de origem humilde", "d'origine modeste", "di origine contadina")
_NOT_A_PEOPLE = (
    r"(?! (?:humil\w*|humble|modest\w*|umile|obrer\w*|operári\w*|ouvrière|contadin\w*|campesin\w*|rural|"
    r"desconhecid\w*|desconocid\w*|inconnue?|ignota|sconosciut\w*|social|familiar))"
)

DESCENT_ABROAD = (
    (r"\b" + _KIN + r" (?:de |d'|d’|di |dels? |dos |das |do |da |des )" + _IMMIGRANTS + r"\b", "person"),
    (_SUBJECT + r" (?:\w+ )?(?:de|d'|d’|di) " + _ORIGIN + r"\b" + _NOT_A_PEOPLE, "person"),
    (_SUBJECT + r" (?-i:nikkei|Nikkei|nisei|Nisei|sansei|Sansei|issei|Issei|yonsei)\b(?! \d)", "person"),
)
