"""Cues for religious or philosophical belief (GDPR Art. 9), atheism and leaving a faith included.

Business senses that must not match: "religious about his stand-up", "product evangelist", "praying the deal
closes", "treats the report as gospel", "their annual pilgrimage to Dreamforce"."""

from __future__ import annotations

from policies.privacy.lexicon_calendar import FESTIVAL, HOLY_DAY, RITE_THING
from policies.privacy.lexicon_unbelief import AGNOSTIC

# places of pilgrimage: "a pilgrimage to Lourdes" tells a faith, "their annual pilgrimage to Dreamforce" does not
_HOLY_PLACE = (
    r"(?:the )?(?-i:Mecca|Makkah|Medina|Madinah|Lourdes|F[áa]tima|Santiago|Compostela|Camino|Jerusalem|the Vatican|"
    r"Vatican|Rome|Varanasi|Benares|Amritsar|Golden Temple|Lumbini|Bodh ?Gaya|Karbala|Najaf|Mashhad|Knock|"
    r"Walsingham|Medjugorje|Cz[ęe]stochowa|Guadalupe|Tirupati|Sabarimala|Kedarnath|Badrinath|Vaishno Devi|"
    r"Haridwar|Rishikesh|Kailash|Mount Athos|Athos|Iona|Western Wall|Kotel|Bethlehem|Nazareth|Assisi|Holy Land|"
    r"Haifa|Shrine|shrine|Ajmer|Nankana Sahib|Kartarpur|Mount Kailash|Uman|Ise)"
)
_PILGRIMAGE = (
    r"(?-i:Kumbh Mela|Arba'?een|Char Dham Yatra|Amarnath Yatra|Shikoku pilgrimage|Camino(?: de Santiago)?)|hajj|umrah|"
    r"pilgrimage(?!s? to (?!" + _HOLY_PLACE + r"))"
)
_FAITH = (
    r"(?-i:Muslim|Catholic|Christian|Jewish|Jew|Hindu|Sikh|Buddhist|Mormon|Jehovah's Witness|Quaker|Evangelical|"
    r"Protestant|Orthodox|Baptist|Methodist|Anglican|Pagan|atheist|Atheist|" + AGNOSTIC + r"|Jain|Bahá'í|Baha'i|"
    r"Alevi|Sunni|Shia|Shi'ite|Druze|Zoroastrian|Parsi|Rastafarian|Wiccan|Scientologist|Pentecostal|Lutheran|"
    r"Presbyterian|Amish|Mennonite|Adventist|Hare Krishna|Taoist|Shinto|LDS|Latter[- ][Dd]ay Saints?|"
    r"Seventh-day Adventist|Jehovah's Witnesses|Christian Scientist|Unitarian|Episcopalian|Calvinist|Anabaptist|"
    r"Hutterite|Moravian|Coptic|Maronite|Haredi|Hasid|Salafi|Ismaili|Ahmadi|Sufi|Vaishnav|Shaivite|Confucian|"
    r"Humanist|humanist|Satanist|Druid|Rastafari|freethinker|Christadelphian|Ra[eë]lian|Theosophist|"
    r"Anthroposophist|Unificationist|Moonie|Santero|Santera|Heathen|Asatruar|Eckist|Swaminarayan)"
)
# newer and smaller movements by name; their members are seldom called by an adherent noun, so the cue reads
# a person's own group or practice ("chants with his Soka Gakkai group", "a Falun Gong practitioner")
# (a name's accented letters leave the cue prefilter its longest ASCII run to require: "Candombl", "satr")
_MOVEMENT = (
    r"(?-i:Soka Gakkai|Falun Gong|Falun Dafa|Nichiren(?: Buddhism| Shoshu)?|ISKCON|Scientology|Eckankar|"
    r"Tenrikyo|Cao Dai|Caodaism|Brahma Kumaris|Raelism|Raelian [Mm]ovement|Santer[ií]a|Candombl[eé]|Umbanda|"
    r"Vodou|Vodun|[ÁA]satr[úu]|Heathenry|Wicca|Druidry|Unification Church|Christadelphians|Subud|Mahikari|"
    r"Sukyo Mahikari|Seicho-no-Ie|Rissho Kosei-kai|Won Buddhism|Cheondoism|Baha'i Faith|Bahai Faith|"
    r"Hare Krishna movement|Ahmadiyya|Opus Dei|Neocatechumenal Way|Focolare|Brahmo Samaj|Arya Samaj|"
    r"Radha Soami|Sant Nirankari|Sathya Sai|Anthroposophy|Theosophy|Jehovah's Witnesses)"
)
# how a person stands to a movement ("joined the", "chants with his"): looked back for, so that the cue
# prefilter requires the movement's name rather than "following"
_TO_A_MOVEMENT = [
    verb + (" " + article if article else "")
    for verb in (
        "member of", "members of", "joined", "joining", "joins", "belongs to", "belonged to", "practises",
        "practices", "practising", "practicing", "practised", "practiced", "follows", "following", "followed",
        "converted to", "active in", "involved in", "involved with", "chants with", "chant with", "chanting with",
        "meets with", "goes to", "went to", "attends", "attending", "attended", "introduced to", "raised in",
        "grew up in", "left", "his", "her", "my", "their",
        # the writer's own, in the plain form "I" takes ("I follow the Brahma Kumaris path")
        "I follow", "I practise", "I practice", "I belong to", "I attend",
    )
    for article in ("", "the", "a", "an", "his", "her", "my", "local", "the local", "his local", "her local")
    if not (verb in ("his", "her", "my", "their") and article not in ("", "local"))
]  # fmt: skip
# a movement followed as news, not as a faith ("follows the Scientology trial", "I follow the Opus Dei podcast")
_NOT_NEWS = (
    r"\b(?! (?:story|stories|case|trial|scandal|saga|controversy|news|coverage|documentary|series|podcast|"
    r"channel|feed|blog|debate|lawsuit|inquiry)\b)"
)
_BRANCH = (
    r"(?:evangelical |charismatic |fundamentalist |orthodox |catholic )?(?-i:(?:Sunni|Shia|Shi'a|Greek|Russian|"
    r"Roman|Coptic|Reform|Orthodox|Hasidic|Evangelical|Southern|Tibetan|Zen|Ismaili|Ahmadi|Sufi|Latter-day|"
    # the people a faith is told with ("is Punjabi Sikh", "an Arab Christian")
    r"Punjabi|Arab|Somali|Lebanese|Syrian|Egyptian|Armenian|Assyrian|Palestinian|Nigerian|Pakistani|Bengali|"
    r"Gujarati|Tamil|Irish|Polish|Filipino|Malay|Ethiopian|Eritrean|Iranian|Persian|Turkish|Kurdish|Bosnian|"
    r"Albanian|Ukrainian) )?"
)
_ISM = r"(?:Catholicism|Judaism|Islam|Buddhism|Hinduism|Sikhism|Christianity|Orthodoxy|Protestantism)"
_NOT_A_PERSON = (  # "a Catholic school", "a Muslim-majority country", "a Trappist ale", "a former Cistercian abbey"
    r"(?!-)(?! (?:(?-i:[A-Z])|market|customers?|schools?|hospitals?|charit\w+|organi[sz]ations?|community centre|staff|"
    r"employees|workers|network|users|holidays?|festivals?|calendar|names?|values|ethos|traditions?|texts?|scriptures?|"
    r"music|art|church(?:es)?\b(?!-)|chapels?\b(?!-)|temples?|mosques?|synagogues?|cathedrals?|"
    r"dioceses?|universit\w+|colleges?|banks?|groups?|foundations?|trusts?|missions?|orders?|weddings?|ceremon\w+|food|"
    r"cuisine|restaurants?|publishers?|countr\w+|nations?|majority|minority|population|areas?|neighbou?rhoods?|communit\w+|"
    r"monaster\w+|abbeys?|prior(?:y|ies)|convents?|nunner\w+|friar(?:y|ies)|beers?|ales?|brewer\w+|cheeses?))"
)
# what a faith asks its people to wear or carry ("wears his kirpan", "her hijab")
_ARTICLE = (
    r"(?:hijab|headscarf|turban|dastar|patka|kirpan|kara|kippah|kippa|yarmulke|skullcap|taqiyah|niqab|burqa|"
    r"crucifix|rosary(?: beads)?|prayer beads|tallit|tallis|tzitzit|tefillin|tilak|sheitel|tichel)"
)
# a qualifier the lists do not know ("an amritdhari Sikh", "a Sephardic Jew"); not a joining word ("Karen's
# and Christian's offices")
_QUALIFIER = r"(?!(?:and|or|but|nor|the|of|to|in|on|at|for|with|from|by|as|not|than)\b)(?-i:[a-z][\w-]+)"
# the hours of prayer a person keeps ("only checks email after Vespers", "leaves for the evening minyan")
_PRAYER_HOUR = (
    r"(?:the )?(?:morning |evening |afternoon |daily |dawn )?(?:Vespers|Compline|Matins|Lauds|evensong|minyan|"
    r"Mincha|Maariv|Shacharit|Fajr|Maghrib|(?:Isha|Asr|Dhuhr|Zuhr|Fajr|Maghrib) (?:prayers?|namaz)|Jumm?ah|"
    r"Jumu'ah|tarawih|taraweeh|namaz|puja|pooja|aarti|satsang|kirtan|morning prayers|evening prayers|"
    r"confession|Sunday service|(?:Sunday|Friday|Sabbath) worship)"
)
# an office in a congregation ("an elder at his Pentecostal church", "the organist at St Mary's church")
_CONGREGATION_ROLE = (
    r"(?:elder|deacon|deaconess|churchwarden|warden|lay reader|lay preacher|lay minister|cantor|choirmaster|"
    r"choir (?:director|leader|member)|organist|verger|sexton|sacristan|altar server|usher|trustee|treasurer|"
    r"volunteer|youth leader|youth pastor|worship leader|Sunday school teacher|bell-?ringer|imam|rabbi|priest|"
    r"pastor|minister|vicar|granthi|sevadar|muezzin|gabbai|clerk|assistant clerk|overseer|sidesman|sidesperson)"
)
# Friends call their congregation a meeting: only "Quaker" or "Friends" before it makes it one ("her Quaker meeting")
_QUAKER_MEETING = r"(?-i:Quaker|Friends|Friends') [Mm]eeting"
# an office in a congregation as a signature sets it out ("Permanent Deacon, Holy Cross Parish", "Elder, Grace
# Baptist Church"): capitals both sides, so the title is its holder's
_SIGNED_OFFICE = (
    r"(?-i:\b(?:(?:Permanent|Lay|Senior|Assistant|Associate|Youth|Eucharistic|Head) )?(?:Deacon|Deaconess|Elder|"
    r"Churchwarden|Reader|Lay Minister|Cantor|Verger|Sacristan|Pastor|Imam|Rabbi|Granthi|Gabbai|Catechist|Acolyte|"
    r"Altar Server|Sunday School Teacher|Choir Director|Worship Leader|Minister|Chaplain)),? (?:at |of |for )?(?:the )?"
    r"(?-i:(?:St\.? )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) (?-i:Parish|Church|Mosque|Masjid|Synagogue|Temple|"
    r"Gurdwara|Chapel|Cathedral|Congregation|Kirk|Abbey|Mandir|Shul|Minster|Fellowship)\b"
)
# who serves a faith, by title ("Rabbi Cohen", "Father Brennan") or order ("a Benedictine monk"); "Brother" and
# "Sister" are as often a fraternity's ("Brother Skilling is at it again") or a firm's ("Lehman Brother")
_CLERGY_TITLE = (
    r"(?-i:\b(?:Rabbi|Imam|Reverend|Rev\.|Pastor|Fr\.|Father|Swami|Lama|Sheikh|Shaykh|Mullah|"
    r"Monsignor|Abbot|Abbess|Friar|Bhikkhu|Ayatollah) (?!(?:Industries|International|Corp\w*|Act|Sledge|Christmas|"
    r"Time|Nature|Earth|Ship|Company|City|Printer\w*|Inc)\b)[A-Z][a-z]+)"
)
_ORDER = (
    r"(?-i:Benedictine|Franciscan|Jesuit|Carmelite|Cistercian|Trappist|Augustinian|Capuchin|Salesian|Poor Clare|"
    r"Ursuline|Dominican(?= (?:friar|nun|sister|brother|priest|monk)))"
)
_CLERIC = (
    r"(?:priest|pastor|imam|rabbi|vicar|deacon|nun|monk|friar|abbot|abbess|chaplain|cantor|granthi|lama|swami|"
    r"sadhu|mullah|muezzin|seminarian|lay preacher|minister of religion)"
)
# being or going somewhere, as a worshipper would (not "sold to", "visited", "installed at")
_ATTENDING = (
    r"(?:be|'ll be|will be|am|'m|is|'s|was|were|are|'re|been|pray(?:s|ing|ed)?|worship(?:s|ping|ped)?|goes|go|went|"
    r"going|gone|attends?|attending|attended|heads?|heading|headed|spends?|spending|spent)"
)
# what a supplier or a visitor does at a house of worship: a job, not worship
_NOT_A_JOB_THERE = (
    r"(?!'s|’s|-)(?! (?:to (?:fit|install|deliver|fix|demo|pitch|survey|inspect|measure|quote|set up|check|meet|"
    r"repair|service|film|photograph|see the|look at)|for (?:the |a |an )?(?:install\w*|demo|survey|pilot|meeting|"
    r"audit|handover|tour|site visit|delivery)|(?:project|account|site|build|renovation|board|committee|office|"
    r"hall|car park|parking|roof|gift shop|caf[eé]|shop|kitchen|tender|contract)\b))"
)


def _after(*phrases: str) -> str:
    """A point right after one of ``phrases`` (each a fixed string): the words lead to the cue without being
    part of what it must contain, so that the cue prefilter files it under the festival's name, not "for"."""
    return "(?:" + "|".join(r"(?<=\b" + phrase + " )" for phrase in phrases) + ")"


def _forms(stems: str, *endings: str) -> list[str]:
    return [stem + ending for stem in stems.split() for ending in endings]


# a festival as a business's season or closure ("the office closes for Lebaran", "the Diwali bonus", "the Eid
# rush"), not anyone's observance
_SHUT = "".join(
    f"(?<!{verb} {prep} )"
    for verb in "closes closed closing close shuts shut shutting down".split()
    for prep in ("for", "over")
)
_AS_A_SEASON = (
    r"(?! (?:bonus(?:es)?|sales?|promotions?|promos?|campaigns?|season|rush|peak|traffic|demand|orders|trading|"
    r"hampers?|gifts?|menus?|collections?|editions?|shutdown|closures?|stock|inventory|deliveries|shipping))"
)
_KEEPING_A_FESTIVAL = _after(
    *_forms("fasting fasts fast fasted", "", " on", " through"),
    "observes",
    "observing",
    "observant",
    "celebrates",
    "celebrating",
    "keeps",
    "keeping",
    "marks",
    "marking",
    "observance of",  # "out of the office in observance of Yom Kippur"
    "for",
    "during",
    "over",
    "pray during",
    "prays during",
    "praying during",
)
_THE_DAY_IS = _after(
    *_forms("it that", "'s", "’s", " is", " was", " will be", "'ll be"),
    *_forms("Monday Tuesday Wednesday Thursday Friday Saturday Sunday tomorrow today", " is"),
)
_PART_OF_A_FESTIVAL = _after("day of", "days of", "night of", "nights of", "evening of", "evenings of", "eve of")
_KEEPING_A_HOLY_DAY = _after(
    "observe", "observes", "observed", "observing", "celebrate", "celebrates", "celebrated", "celebrating", "keeps",
    "keeping", "kept",
    *_forms("fast fasts fasting fasted", " through", " during", " for", " on"),
    *_forms("pray prays praying prayed", " on", " during", " for"),
    *_forms("Mass church service services worship", " on", " for"),
)  # fmt: skip
RELIGION = (
    (
        # a festival kept or taken off ("fasting for Ramadan", "the first two days of Sukkot off", "Purim off"),
        # a holy day kept ("observes Good Friday"), and what a festival is kept with ("eats in the sukkah")
        # (the cheap checks first, so that the lookbehinds run only before a capital)
        r"(?<= )(?=(?:the )?(?:holy month of )?(?:the )?(?:(?-i:[A-Z])|iftar))(?:"
        + _KEEPING_A_FESTIVAL
        + r"|"
        + _PART_OF_A_FESTIVAL
        + r")"
        + _SHUT
        + r"(?:the )?(?:holy month of )?"
        + FESTIVAL
        + r"\b"
        + _AS_A_SEASON
        + r"|\b"
        + FESTIVAL
        + r"(?= off\b)|(?<= )(?=(?:the )?(?-i:[A-Z]))"
        + _KEEPING_A_HOLY_DAY
        + r"(?:the )?"
        + HOLY_DAY
        + r"\b|\b"
        + RITE_THING
        + r"\b",
        "people",
    ),
    (
        # a festival given as the reason for an absence ("was out Mon-Tue: Rosh Hashanah", "off Thursday - Diwali"),
        # or as what the day is, beside the person it keeps away ("move it off the 15th: it's Vesak and she'll
        # be with family", "Friday is Eid for him")
        r"\b(?:out|off|away|OOO)\b(?: [\w/–-]+){0,3}?(?::|\s[–—-]) (?:the )?" + FESTIVAL + r"\b" + _AS_A_SEASON + r"|"
        r"(?<= )(?=(?:the )?(?:(?:first|last|second) day of (?:the )?)?(?-i:[A-Z]))" + _THE_DAY_IS + r"(?:the )?"
        r"(?:(?:first|last|second) day of (?:the )?)?" + FESTIVAL + r"\b" + _AS_A_SEASON,
        "person",
    ),
    (
        # a pilgrimage made ("performing Hajj", "back from Umrah", "went on the Kumbh Mela")
        r"\b(?:perform(?:s|ing|ed)?|doing|did|making|made|(?:going|gone|went|be|is|was|'s|'ll be) on|back from|"
        r"returning from|home from|off on|away on|walk(?:s|ed|ing)?|cycl(?:es|ed|ing)) "
        r"(?:the |his |her |my |their |a )?"
        r"(?:" + _PILGRIMAGE + r")\b",
        "people",
    ),
    (
        r"(?:\b(?:a|an|is|are|was|were|as a|as an|being|devout|practi[sc]ing|observant|lapsed|born-again|strict|"
        r"orthodox|converted to|convert to|raised|family is|family are)|'s|'re) (?:devout |practi[sc]ing |"
        r"observant |strict |committed |both |all )?(?:"
        + _QUALIFIER
        + r" )?"
        + _BRANCH
        + _FAITH
        + r"\b"
        + _NOT_A_PERSON,
        "person",
    ),
    (
        r"\b(?:goes|go|went|going) to (?:church|mosque|synagogue|temple|gurdwara|(?-i:Mass)|mass(?! (?:production|"
        r"market|adoption|scale|rollout)\b)|chapel|Friday prayers)\b|"
        # ("for mass adoption" is a market's: the rite keeps its capital)
        r"\b(?:at|from|after|before|to|for|during) (?:church|(?-i:Mass)|mosque|synagogue|gurdwara|shul|Friday prayers|"
        + _PRAYER_HOUR
        + r")\b|\b(?:his|her|my|their) (?:local |home |own |new |old |(?-i:[A-Z])[\w'-]+ )?(?:church|mosque|"
        r"synagogue|temple|gurdwara|parish|congregation|chapel|shul|mandir|kingdom hall|meeting house)\b(?!-)"
        r"(?! (?-i:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Square|Sq|Close|Way|Place|Hill|Gate)\b)|"
        # the writer's own ("our church's mission trip"); "our church customers" is a vendor's market
        r"\bour (?:local |home |own |new |old )?(?:church|mosque|synagogue|gurdwara|parish|congregation|shul|mandir)"
        r"\b(?!-)(?! (?:customers?|clients?|accounts?|vertical|segment|market|sector|deals?|contracts?|tenders?|"
        r"council)\b)|"
        r"\bbible study\b|\b(?:church choir|Sunday[- ](?:service|school|mass)|mass on Sundays|Friday prayers)\b|"
        # someone at a house of worship ("I'll be at the mosque with my family"); a church or temple only for its
        # rites, since people visit them as sights too; not a job there ("at the mosque to fit the cameras")
        # (few enough spellings that the cue prefilter can require "at the mosque" whole)
        r"\b" + _ATTENDING + r" (?:\w+ ){0,2}?(?:at|to) (?:the|a) (?:local )?"
        r"(?:mosque|synagogue|gurdwara|shul|mandir|(?-i:Kingdom Hall)|(?:church|chapel|temple|cathedral)(?= (?:for|on|"
        r"every) (?:the )?(?:(?-i:Mass)|mass|services?|worship|prayers?|Sundays?|Fridays?|Saturdays?|Sabbath|"
        r"(?:morning|evening|midnight) (?:service|prayers?|mass))\b))\b" + _NOT_A_JOB_THERE + r"|"
        r"\b" + _CONGREGATION_ROLE + r" (?:at|of|in|for) (?:his|her|my|their|the|a|(?-i:St\.? [A-Z]\w+'?s?)) "
        # (no preposition between: "the clerk of the works on the church roof" is a building trade's)
        r"(?:local )?(?:(?!(?:on|at|in|for|of|to|with|near|by|from)\b)[\w'.-]+ ){0,3}?(?:church|mosque|synagogue|"
        r"temple|gurdwara|parish|congregation|chapel|shul|mandir|kirk|cathedral|kingdom hall|meeting house|abbey|"
        + _QUAKER_MEETING
        + r")\b(?!-)|"
        # a Quaker meeting attended ("goes to Friends meeting", "at meeting for worship"); its room hired is a venue
        r"\b(?:(?:his|her|my|their|our) (?:local |home |own |new |old )?|(?:goes|go|went|going|attends?|attending|"
        r"attended|at|from|after|before|to) (?:the |a |his |her |my |their )?(?:local )?)"
        + _QUAKER_MEETING
        + r"\b(?! (?:rooms?|house (?:hire|venue)|venue)\b)|\b(?:at|to|from|after|attends?|attending|attended) "
        r"(?:(?-i:Meeting|meeting) for (?-i:Worship|worship))\b",
        "person",
    ),
    (
        r"\b(?:wears?|wearing|carr(?:y|ies|ying)) (?:a |an |his |her |their )?"
        + _ARTICLE
        + r"\b|\b(?:his|her|my) "
        + _ARTICLE
        + r"\b|"
        r"\b(?:eats|keeps|eat|keep|only) (?:strictly )?(?:halal|kosher)\b|\b(?:halal|kosher) (?:meals?|food|"
        r"menu|options?|catering|restaurant)\b|\bprayer (?:room|break|times|mat)\b|\b(?:to|will|must|needs to) "
        r"pray\b|\bprays? (?:five times|daily|at)\b",
        "people",
    ),
    (
        r"\b(?:his|her|my) (?:religious |christian |muslim |jewish )?(?:faith|religion|beliefs?\b(?! (?:that|is|"
        r"are|was|were|about|on)\b))\b(?! in)|"
        r"\b(?:religious|faith) (?:holiday|festival|observance|reasons|grounds|beliefs?)\b|\b(?:is|as) a (?:priest|"
        r"pastor|imam|rabbi|vicar|deacon|nun|monk|lay preacher)\b|\b(?:bar|bat) mitzvah\b|\bchristening\b|"
        r"\bdoesn'?t believe in god\b|"
        # leaving a faith or holding none ("left the Church at twenty", "a proud non-believer", "an ex-Mormon");
        # "a non-believer in cold calls" and "left the church after the speeches" are not beliefs
        r"\b(?:non-?believers?|unbelievers?|apostates?)\b(?! (?:in|when|on|about|of|that)\b)|"
        r"\bex-(?-i:Muslim|Catholic|Mormon|Christian|evangelical|Evangelical|Jehovah's Witness|JW|Orthodox|Amish|"
        r"Hasid|Haredi|Jesuit|nun|priest|monk)s?\b|\b(?:left|leaving|leave|leaves|quit|quitting|walked away from|"
        r"turned (?:his|her|my|their) back on) the (?-i:Church|Catholic Church|Mormon Church|LDS Church|Kirk|"
        r"Jehovah's Witnesses|priesthood|convent|monastery|faith)\b(?! (?-i:[A-Z]))|\b(?:left|leaving|"
        r"renounced|renouncing|abandoned|quit) (?-i:Islam|Judaism|Christianity|Catholicism|Mormonism|Hinduism|"
        r"Sikhism|Buddhism|religion|organi[sz]ed religion)\b|\b(?:has|have|had|follows?|practi[sc]es?) no religion\b|"
        r"\bno religion (?:of any kind|at all|whatsoever)\b|\b(?:is|'s|am|'m|was|isn't|is not|wasn't|not) "
        r"(?:at all |remotely |particularly |very |deeply |quite |a bit )?(?:religious|a believer)\b"
        r"(?! (?:about|when it comes|in|with|over))|"
        r"\bpilgrimage to "
        + _HOLY_PLACE
        + r"\b|\b(?:converted|converting|convert|conversion) to "
        + _ISM
        + r"|\b(?:practi[sc]es|follows|practi[sc]ing) "
        + _ISM,
        "person",
    ),
    (
        # religious orders ("a former Jesuit", "a Carmelite nun"); ordination
        r"\b(?:an?|is|was|'s|as an?|fellow) (?:former |devout |lay )?"
        + _ORDER
        + r"(?: (?:monk|nun|friar|brother|sister|priest|father|novice|oblate))?\b"
        + _NOT_A_PERSON
        + r"|\b(?:was|got|been|being|is|be) ordained\b",
        "person",
    ),
    (
        # someone said to be clergy, or set beside a name as one: the cleric is the person ("Anselm, a
        # Benedictine monk who runs the books", "Sister Agnes (the nun who keeps the accounts)")
        r"(?:\b(?:is|as|was|'s|became|becoming|ordained as|trained as) (?:an? |the )|(?:, |\(|\s[–—-] ?)(?:an? |the ))"
        r"(?:[\w-]+ ){0,2}?" + _CLERIC + r"s?\b(?! fruit)",
        "self",
    ),
    (
        # a person's own movement or its practice ("his Soka Gakkai group", "joined Falun Gong", "chanting
        # daimoku"); "the Scientology building" and "Opus Dei's bank" are an organisation's
        r"(?<= )(?=(?-i:[A-Z]))(?:"
        + _after(*_TO_A_MOVEMENT)
        + r"|(?<='s )|(?<=’s ))"  # "Kenji's Tenrikyo church"
        + _MOVEMENT
        + _NOT_NEWS
        + r"|\b"
        + _MOVEMENT
        + r"(?= (?:member|practitioner|follower|devotee|adherent|believer|convert|chanting|practice|meditation|"
        r"prayer)s?\b)|"
        r"\b(?:chants?|chanting|chanted) (?:daimoku|gongyo|Nam[- ]?myoho[- ]renge[- ]kyo|the Lotus Sutra|"
        r"the Hare Krishna mantra)\b|\b(?:daimoku|gongyo)\b",
        "people",
    ),
    (_CLERGY_TITLE, "self"),
    (_SIGNED_OFFICE, "self"),  # the title names its holder: "Rabbi Cohen will join"
    (
        # a faith's rites kept by a person: prayers said, mourning kept, sacraments taken
        r"\b(?:saying|says|said|say|recit(?:e|es|ed|ing)|pray(?:s|ed|ing)?) (?:the )?(?:Kaddish|rosary|novena|Shema|"
        r"namaz|Hail Marys?|Sukhmani Sahib|Japji Sahib|Gayatri Mantra|Hanuman Chalisa|Salat|salat)\b|\bKaddish\b|"
        r"\b(?:sit(?:s|ting)?|sat) shiva\b|\byahrzeit\b|\bminyan\b|\bdaven(?:s|ing|ed)?\b|\b(?:his|her|my|their|"
        r"(?:son|daughter|grandson|granddaughter|nephew|niece|baby|kid)'s) (?:first (?:holy )?communion|confirmation "
        r"(?:service|mass|class)|baptism|bris|brit milah|christening|naming ceremony|sacred thread ceremony|"
        r"upanayana|nikah|aqiqah|janazah|Amrit Sanchar)\b|\b(?:goes|go|went|going) to confession\b|\b(?:took|takes|"
        r"taking|take|receiv(?:e|es|ed|ing)) (?:holy )?communion\b|\b(?:got|was|been|being|be|getting) (?:re-?)?"
        r"bapti[sz]ed\b|\btith(?:es|ing|ed)\b|\btook Amrit\b|\b(?:did|does|doing|do|perform(?:s|ed|ing)?) "
        r"(?:the |a |his |her |their )?(?:puja|pooja|havan|aarti|shraddha|namaz|wudu|ablutions)\b",
        "people",
    ),
)
