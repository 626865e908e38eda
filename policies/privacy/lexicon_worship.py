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
# houses that only a faith has; "church" and "temple" need the faith named ("band practice at the church")
_OWN_HOUSE = r"(?:gurdwara|mosque|masjid|synagogue|shul|mandir|zendo|vihara|ashram|kingdom hall|dharma cent(?:re|er))"
_HOUSE = (
    r"(?:monastery|temple|church|chapel|cathedral|abbey|convent|priory|shrine|meeting ?house|parish|"
    r"(?:meditation |retreat )?cent(?:re|er)|congregation|" + _OWN_HOUSE + r")"
)
_FAITHS_HOUSE = (
    r"(?:(?:a|an|the|his|her|my|their|our|local) )?(?:local )?(?:" + _FAITH + r" " + _HOUSE + r"|" + _OWN_HOUSE + r")"
)
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

WORSHIP = (
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
        # company offsite at a converted abbey names no faith
        r"\b(?:retreat|sesshin|novitiate|vigil|pilgrimage) (?:at|in|to) (?:\w+ ){0,2}?" + _FAITHS_HOUSE + r"\b",
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
