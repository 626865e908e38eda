"""Religion cues told by belonging to a faith's own group: an order, a circle, a coven or a grove one is in or
joined ("I'm in a Druid order", "she joined a Wiccan coven", "part of a Buddhist sangha"), and a rite led or
kept with one's pagan group ("our grove's midsummer ceremony", "her coven's Samhain ritual").

Senses that must stay quiet: such a group as a customer or a place ("we shipped robes to a Druid order", "the
Catholic order runs three schools"), and the words' other senses ("the Grove's summer party", "a purchase
order", "in order of priority")."""

from __future__ import annotations

from policies.privacy.lexicon_religion import _FAITH

# the group a faith's people belong to, named by its own word
_GROUP = (
    r"(?:orders?|circles?|covens?|groves?|kindreds?|hearths?|lodges?|communit(?:y|ies)|fellowships?|"
    r"congregations?|sanghas?|groups?|brotherhoods?|sisterhoods?|societ(?:y|ies)|churche?s?|temples?|"
    r"moots?|tradition)"
)
# a group's institution, which people join for work or a cause ("joined the Jewish community centre board")
_AN_INSTITUTION = (
    r"(?! (?:centres?|centers?|schools?|hospitals?|charit(?:y|ies)|foundations?|trusts?|banks?|funds?|boards?|"
    r"colleges?|universit(?:y|ies)|halls?|shops?|stores?|accounts?|clinics?|care|councils?|newspapers?|radio|"
    r"press|magazines?|projects?|accounts?|deals?|contracts?|tenders?|sites?|customers?|clients?|builds?|"
    r"renovations?|refurb\w*|roofs?)\b)"
)
# how one stands in it ("I's in" is "I'm in" read in the third person, see :mod:`.speaker`)
_BELONGS = (
    r"(?:(?:is|'s|’s|are|'re|was|were|been|being) (?:\w+ )?(?:in|part of|(?:a |an )?(?:\w+ )?members? of|active "
    r"in|initiated into|ordained into|received into)|joined|joins|joining|belongs to|belonged to|initiated into|"
    r"ordained into|received into|a member of|members of|member of)"
)
# the group's own rites, which only its members lead or keep ("our grove's midsummer ceremony")
_RITE = r"(?:ceremon(?:y|ies)|rituals?|rites?|circles?|gatherings?|blessings?|handfastings?|moots?)"
_PAGAN_GROUP = r"(?-i:grove|coven|kindred|hearth|moot)"

# a lay member of a religious order or house ("a lay associate of the order", "an oblate of Quarr Abbey", "a
# Third Order Franciscan"); "the lay member of the audit committee" and "a tribunal's lay member" are a board's
_ORDER_NAMES = (
    r"(?-i:Benedictine|Cistercian|Trappist|Carmelite|Franciscan|Jesuit|Dominican|Augustinian|Carthusian|Capuchin|"
    r"Ursuline|Poor Clare)(?:s|(?: (?:community|family|house))?)"
)
_LAY_MEMBER = (
    r"\b(?:lay|secular) (?:associate|member|brother|sister|oblate|affiliate|companion)s? of (?:the|an?|his|her) "
    r"(?:[\w'’-]+ ){0,2}?(?:order|abbey|monastery|priory|convent|friary|religious community|" + _ORDER_NAMES + r")\b"
    r"(?! (?:form|book|number|value|flow|management|desk|system|team)s?\b)|\b(?:an?|is|was|as|'s|’s|became|"
    r"becoming) (?:an? )?oblate (?:of|at|with) (?:the |an? )?(?-i:[A-Z])|\b(?-i:Third Order|Secular Franciscan|"
    r"Lay Carmelite|Lay Dominican)s?\b"
)

FAITH_GROUPS = (
    (
        r"\b" + _BELONGS + r" (?:a|an|the|his|her|my|their|our) (?:local |small |new |old )?"
        r"(?:(?-i:[A-Z])[\w'’-]+ )?" + _FAITH + r" " + _GROUP + r"\b" + _AN_INSTITUTION,
        "person",
    ),
    (
        r"\b(?:his|her|my|their|our|(?-i:[A-Z][a-z]+)(?:'s|’s)) (?:local )?" + _PAGAN_GROUP + r"(?:'s|’s)? "
        r"(?:[\w-]+ )?" + _RITE + r"\b",
        "person",
    ),
    (_LAY_MEMBER, "person"),
)
