"""Religion cues told by where a person worships or practises: a faith's house named with the practice done in
it ("worships at the gurdwara", "the Zen Buddhist monastery where he practises", "a silent retreat at a
Buddhist monastery").

Senses that must stay quiet: a building as a site or a customer ("delivered the kiosks to the Sikh temple",
"the demo at the cathedral's visitor centre"), and worship as a figure of speech ("worships at the altar of
growth")."""

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
)
