"""Religion cues told by where a person worships, practises or serves: a faith's house named with the practice
done in it ("worships at the gurdwara", "the Zen Buddhist monastery where he practises", "a silent retreat at a
Buddhist monastery"), and a mission served for a church ("served a two-year mission for the LDS Church").

Senses that must stay quiet: a building as a site or a customer ("delivered the kiosks to the Sikh temple",
"the demo at the cathedral's visitor centre"), worship as a figure of speech ("worships at the altar of
growth"), and a mission that is a trade's or a firm's ("a trade mission for the Chamber")."""

from __future__ import annotations

_FAITH = (
    r"(?-i:(?:Zen |Tibetan |Theravada |Soto |Rinzai )?Buddhist|Zen|Hindu|Sikh|Jain|Jewish|Muslim|Shinto|Taoist|"
    r"Catholic|(?:Greek |Russian |Serbian |Coptic )?Orthodox|Coptic|Anglican|Baptist|Methodist|Lutheran|"
    r"Presbyterian|Pentecostal|Evangelical|Mormon|LDS|Quaker|Bah[aá]'[ií]|Adventist)"
)
# a religious order's houses are devotion's as much as a faith's ("a Trappist monastery", "the Cistercian abbey");
# a former or converted one is a hotel's or a ruin's
_ORDER = (
    r"(?<!former )(?<!converted )(?<!ruined )(?-i:Benedictine|Cistercian|Trappist|Carmelite|Franciscan|Jesuit|"
    r"Augustinian|Carthusian|Camaldolese|Capuchin|Premonstratensian|Norbertine|Poor Clare|Ursuline)"
)
# houses that only a faith has; "church" and "temple" need the faith named ("band practice at the church")
_OWN_HOUSE = r"(?:gurdwara|mosque|masjid|synagogue|shul|mandir|zendo|vihara|ashram|kingdom hall|dharma cent(?:re|er))"
_HOUSE = (
    r"(?:monastery|temple|church|chapel|cathedral|abbey|convent|priory|shrine|meeting ?house|parish|"
    r"(?:meditation |retreat )?cent(?:re|er)|congregation|" + _OWN_HOUSE + r")"
)
_FAITHS_HOUSE = (
    r"(?:(?:a|an|the|his|her|my|their|our|local) )?(?:local )?(?:(?:" + _FAITH + r"|" + _ORDER + r") " + _HOUSE
    + r"|" + _OWN_HOUSE + r")"
)  # fmt: skip
_PRACTICE = (
    r"(?:worships?|worshipped|worshipping|practi[sc]es?|practi[sc]ed|practi[sc]ing|meditates?|meditated|"
    r"meditating|prays?|prayed|praying|sits? zazen|belongs?|studies|studied|studying|is ordained|was ordained)"
)

# a church as the one a mission is served for, by its name ("the Church of Jesus Christ of Latter-day Saints",
# "the Methodist Church", "his parish") or by its faith ("a Mormon mission", "a Catholic mission to Peru")
_CHURCH = (
    r"(?:(?:the |a |an |his |her |my |their |our |local )*(?:[\w'’.-]+ ){0,3}?(?-i:Church|church|LDS|parish|diocese|"
    r"Diocese|Latter-day Saints|Mormons?|Ministries|mission board|Mission Board|missionary society)\b"
    r"(?! (?-i:Street|St|Road|Lane|Hall)\b))"
)
_MISSION = r"(?:mission|missionary (?:work|service|trip|stint|posting|placement|year))s?"
_SERVING = (
    r"(?:serv(?:e|es|ed|ing)|did|does|doing|completed|completing|finished|went on|gone on|going on|goes on|was on|"
    r"is on|back from|returned from|home from|called to|called on|left (?:for|on))"
)

# houses a person goes to stay in for devotion, not only to visit ("is at the ashram", "a month at a
# Buddhist monastery"); a converted abbey hotel names no faith, so other houses need the faith named
# (an order's retreat centre is a venue hired out: "the offsite is at the Jesuit retreat centre")
_RETREAT_HOUSE = (
    r"(?:ashram|zendo|vihara|gompa|"
    + _FAITH
    + r" (?:monastery|convent|abbey|priory|nunnery|retreat cent(?:re|er))|"
    + _ORDER
    + r" (?:monastery|convent|abbey|priory|nunnery))"
)
_STAYING = (
    r"(?:is|was|'s|’s|are|were|am|'m|be|been|stays?|stayed|staying|spen(?:t|ds?|ding)|lives?|lived|living|went|"
    r"goes|go|going|gone|back|home|returned|returning|away|off|heads?|headed|heading|moved|moving|retreats?|"
    r"retreated|days?|weeks?|months?|year)"
)
# a teacher of a faith as a person's own, with what only such a teacher has ("her guru's anniversary retreat",
# "his guru's ashram"); "my sales guru" has a word between and stays out
_OWN_GURU = r"(?:his|her|my|their|(?-i:[A-Z][a-z]+)['’]s) (?:spiritual )?guru(?:ji)?(?:['’]s)?"
_GURUS = (
    r"(?:anniversary|birthday|jayanti|retreat|ashram|darshan|satsang|teachings?|blessings?|samadhi|mahasamadhi|"
    r"initiation|diksha|puja|discourses?|feet|lineage|mantra)"
)
# a retreat named by its faith or its practice ("on a Vipassana retreat", "the parish retreat"); a "silent" or
# "meditation" retreat may be a secular wellness one, and a sales retreat is a company's
_DEVOUT = (
    r"(?:spiritual|religious|prayer|church|parish|Bible|Vipassana|Ignatian|dharma|Lenten|Advent|(?-i:Zen)|"
    r"Buddhist|Christian|Catholic|Hindu|Sikh|Jain|Muslim|Islamic|Jewish|Orthodox|Quaker|Sufi|Benedictine|"
    r"Jesuit|Carmelite|Franciscan)"
)

WORSHIP = (
    (
        # a stay at a house of devotion, and a teacher or retreat of a faith that is a person's own
        r"\b" + _STAYING + r" (?:\w+ ){0,2}?(?:at|in|to|from) (?:the |an? |his |her |my |their |our )?(?:[\w'’-]+ )"
        r"{0,2}?"
        + _RETREAT_HOUSE
        + r"\b|\b"
        + _OWN_GURU
        + r" (?:[\w-]+ )?"
        + _GURUS
        + r"\b|\b"
        + _DEVOUT
        + r" retreats?\b(?! (?:cent(?:re|er)s?|house|venue|hotel|grounds|site)\b)",
        "person",
    ),
    (
        # the practice, then the house ("meditates at the Tibetan Buddhist centre", "worships at a gurdwara")
        r"\b" + _PRACTICE + r" (?:at|in|with) " + _FAITHS_HOUSE + r"\b",
        "person",
    ),
    (
        # the house, then whose practice it is ("the Zen Buddhist monastery where he practises")
        r"\b"
        + _FAITHS_HOUSE
        + r",? (?:where|that|which) (?:he|she|I|my \w+|his \w+|her \w+) (?:\w+ )?"
        + _PRACTICE
        + r"\b",
        "person",
    ),
    (
        # a stay kept at a faith's house ("a ten-day silent retreat at the Zen Buddhist monastery"); a
        # company offsite or a sales retreat at a converted abbey names no faith
        r"\b(?<!sales )(?<!team )(?<!leadership )(?<!company )(?<!staff )(?<!board )(?<!strategy )"
        r"(?:retreat|sesshin|novitiate|vigil|pilgrimage) (?:at|in|to) (?:\w+ ){0,2}?" + _FAITHS_HOUSE + r"\b",
        "person",
    ),
    (
        # a mission served for a church, or one named by its faith ("served a two-year mission for the Church
        # of Jesus Christ of Latter-day Saints", "back from his LDS mission in Ghana")
        r"\b"
        + _SERVING
        + r" (?:a |an |his |her |my |their )?(?:[\w-]+ ){0,2}?"
        + _MISSION
        + r" (?:for|with) "
        + _CHURCH
        + r"|\b"
        + _SERVING
        + r" (?:a |an |his |her |my |their )?(?:[\w-]+ )?(?:"
        + _FAITH
        + r"|(?-i:Mormon)|church|Church|religious) "
        + _MISSION
        + r"\b",
        "person",
    ),
)
