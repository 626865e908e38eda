"""Religion cues said in the languages a rep's notes mix in, beyond a faith's adjective after a verb of being
(:mod:`.lexicon_faiths_abroad`): an office in a parish or congregation ("est diacre dans sa paroisse", "è
catechista", "ist Kirchenvorsteherin", "is ouderling"), the clergy's own callings ("é pastor evangélico", "es
rabino", "is dominee", "jest pastorem"), belonging to an Afro-Brazilian faith or a named church
("é do candomblé", "é da Assembleia de Deus"), and a faith that follows another thing the person is ("es
celíaco y además evangélico").

Senses that must stay quiet: an office or a faith as a body's or a thing's ("la diaconie de la paroisse", "o
terreiro de candomblé como cliente", "una escuela evangélica"): each needs a person's verb of being; and
"pastor" as a shepherd or a dog's breed ("é pastor alemão", "era pastor de ovelhas")."""

from __future__ import annotations

from policies.privacy.lexicon_faiths_abroad import _FAITH, _NOT_A_BODY, _NOT_OF_A_BODY

_IS = r"(?:est|était|è|e['’]|era|es|é|ist|war|is|was|jest|by[lł]a?)"
# the offices a layperson or a deacon holds in a congregation
_OFFICE = (
    r"(?:diacre|diaconesse|diacono|diaconessa|di[áa]cono|diaconisa|Diakon(?:in)?|diaken|diakon|ouderling|"
    r"kerkenraadslid|catéchiste|catechista|catequista|sacristain|sacrestano|sacrist[áa]n|Kirchenvorsteher(?:in)?|"
    r"Presbyter(?:in)?|Kirchen[äa]lteste[r]?|Messdiener(?:in)?|chierichetto|monaguillo|coroinha|"
    # the clergy, in Portuguese, Spanish, Dutch and Polish (Polish in the instrumental "jest pastorem"); not
    # Spanish "padre", "cura" or "imán" (Portuguese "imã"): a father, a cure, a magnet; nor Italian "pastore"
    r"pastor(?:a|em|ką)?(?! (?:alem[ãa]o|alem[áa]n|belga|australiano|ingl[êe]s|de (?:ovelhas|ovejas|cabras|gado))\b)|"
    r"sacerdote|rabin[oa]|rabinem|imame|imam(?:em)?|bispo|obispo|freira|monja|monje|monge|predikant|dominee|"
    r"pastoor|ksi[eę]dzem|zakonnic[aą]|zakonnikiem|rabbijn)"
)
# Afro-Brazilian faiths and the churches Brazilians name as theirs ("é do candomblé", "é da Universal")
_CHURCH = (
    r"(?:candombl[ée]|umbanda|quimbanda|santo daime|Assembleia de Deus|Congrega[çc][ãa]o Crist[ãa]|Igreja Universal|"
    r"Universal do Reino de Deus|Igreja Batista|Igreja Adventista|Igreja Presbiteriana|Testemunhas de Jeov[áa])"
)

FAITH_ROLES_ABROAD = (
    (r"\b" + _IS + r" (?:\w+ )?(?:un |una |uma |um |une |ein |eine |een )?" + _OFFICE + r"\b", "person"),
    (r"\b(?:é|era|sou|foi) (?:do|da|de) " + _CHURCH + r"\b", "person"),
    (
        # not a school's or a hospital's ("la escuela es privada y católica")
        r"\b" + _NOT_OF_A_BODY + r"(?:es|era|è|é|est|ist|is) (?:\w+ ){1,2}(?:y|e|et|und|en) (?:además |también |também "
        r"|anche |pure |aussi |auch |ook )?(?:" + _FAITH + r")\b" + _NOT_A_BODY,
        "person",
    ),
)
