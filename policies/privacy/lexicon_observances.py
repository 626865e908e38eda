"""Religion cues for an observance told by its time or in a rep's other languages: the Sabbath as the hours a
person keeps free ("won't travel from Friday sundown until Saturday nightfall"), Friday prayers in Malay and
Indonesian ("pergi solat Jumaat", "ikut sholat Jumat"), a Sikh's initiation ("his Amrit ceremony"), and a holy
day someone does not work or travel on, in whatever case chat writes it ("she doesnt work on shavuot").

Senses that must stay quiet: the hours of a shop or a maintenance window ("the site is closed from Friday
evening until Saturday night"), "Amritsar" the city, and a prayer room as a venue's facility ("surau tersedia")."""

from __future__ import annotations

from policies.privacy.lexicon_calendar import FESTIVAL_ANY_CASE

_DUSK = r"(?:sundown|sunset|dusk)"
_NIGHT = r"(?:nightfall|sundown|sunset|dark|three stars)"
# a person kept from work by the day; "the office doesn't work on Eid" is a place's closure
_NOT_A_PLACE = "".join(
    f"(?<!{place} )"
    for place in "office offices site store stores shop shops plant factory branch bank team warehouse lab desk "
    "school it this that".split()
)
_KEPT_FROM = (
    _NOT_A_PLACE + r"\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not|wouldn'?t|can'?t|cannot|never|not) (?:\w+ )?"
    r"(?:work|works|working|travel|travels|travelling|drive|drives|driving|take calls|do calls|fly|flies) "
    r"(?:on|over|during|through|for) (?:the )?(?:(?:first|last|second) (?:two )?days? of )?"
)
# what is worked on that is named for the day: a campaign, not a day kept
_AS_A_SEASON = (
    r"(?![\w'-])(?! (?:campaigns?|promotions?|promos?|projects?|launch|sale|menus?|edition|collection|deck|"
    r"release|banners?|pages?|emails?|creative|specials?)\b)"
)

OBSERVANCES = (
    (_KEPT_FROM + FESTIVAL_ANY_CASE + _AS_A_SEASON, "person"),
    (
        # the Sabbath's bounds: from Friday's sunset to Saturday's dark
        r"\bFriday (?:at |from )?" + _DUSK + r"\b[^.;\n]{0,20}?\b(?:until|till|til|to|through|and) (?:after )?"
        r"Saturday (?:at |after )?" + _NIGHT + r"\b",
        "person",
    ),
    (r"\b(?:solat|sholat|shalat|salat|sembahyang) (?:Jumaat|Jumat|Jum'at|Jum’at)\b", "people"),
    (
        r"\bAmrit (?:ceremony|sanskar|sanchar|initiation|chhakna|chakhna)\b|\b(?:took|taken|take|takes|taking) "
        r"(?:the )?Amrit\b",
        "person",
    ),
)
