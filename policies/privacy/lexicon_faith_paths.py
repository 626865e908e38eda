"""Religion cues for a faith practised outside the big churches, and for joining one: a practising pagan, druid or
heathen and the seasonal rites of a circle or coven ("she's a practising pagan", "her coven marks Samhain",
"a Beltane ritual with his grove"), and baptism into or conversion to a faith told in French, Spanish, German or
Dutch ("je suis baptisée à la veillée pascale", "s'est convertie au catholicisme", "se convirtió al islam",
"konvertierte zum Judentum", "bekeerde zich tot de islam").

Senses that must stay quiet: French "baptisé" for a name given to a thing ("le projet baptisé Atlas"), a
conversion of data or to a currency ("converti au format PDF", "convertido al euro"), a pagan as an insult or a
history ("pagan Rome", "a heathen about spreadsheets"), and a solstice as a date ("the solstice sale")."""

from __future__ import annotations

_PAGAN = r"(?:pagan|neo-?pagan|druid|heathen|Wiccan|witch|Asatru|Ásatrú|Heathenry|polytheist)"
_SABBAT = r"(?:solstice|equinox|Beltane|Samhain|Imbolc|Lammas|Lughnasadh|Ostara|Litha|Mabon|Yule|sabbat|esbat)"
_FAITH_FR_ES = (
    r"(?:catholicisme|protestantisme|christianisme|judaïsme|bouddhisme|hindouisme|orthodoxie|islam|"
    r"catolicismo|protestantismo|cristianismo|judaísmo|budismo|hinduismo|evangelismo|"
    r"Katholizismus|Protestantismus|Christentum|Judentum|Buddhismus|Hinduismus|Islam|"
    r"katholicisme|protestantisme|christendom|jodendom|boeddhisme|hindoeïsme)"
)
# Easter Vigil, a church, Sunday mass: where a baptism is a sacrament, not a naming
_SACRED = (
    r"(?:veillée|vigile) pascale|vigilia pascual|Osternacht|paaswake|église|iglesia|Kirche|kerk|cathédrale|catedral|"
    r"paroisse|parroquia|Gemeinde|parochie|messe|misa|Pâques|Pascua|Ostern|Pasen|chapelle|capilla"
)

FAITH_PATHS = (
    (
        r"\b(?:practi[sc]ing|devout|committed|lifelong|initiated|ordained) " + _PAGAN + r"s?\b|"
        r"\b(?:is|she['’]s|he['’]s|I['’]m|am|was|identifies as|became) an? (?-i:[Pp]agan|[Nn]eo-?[Pp]agan|[Dd]ruid|"
        r"Wiccan|[Hh]eathen(?= (?:and|who) )|Ásatrú|Asatru)\b"
        r"(?! (?:about|when|with|in (?:the|a) (?:office|meeting))\b)|"
        r"\b(?:her|his|their|my) (?:coven|pagan circle|druid order|druid grove)\b|"
        r"\b" + _SABBAT + r" (?:\w+ ){0,3}?(?:ritual|rite|ceremony|blót|blot|circle)s?\b(?! (?:of|for) (?:the|a) "
        r"(?:brand|product|launch)\b)",
        "people",
    ),
    (
        # baptised at a sacred time or place, in French, Spanish, German or Dutch
        r"\b(?:baptis[ée]e?s?|bautizad[oa]s?|getauft|gedoopt)\b (?:\w+ ){0,4}?(?:à|a|en|in|la|le|el|der|de|het|"
        r"pendant|lors de|durante|während|tijdens|bij) (?:la |le |l['’]|el |der |de |het )?(?:" + _SACRED + r")\b|"
        # converted to a faith ("s'est convertie au catholicisme", "se convirtió al islam", "bekeerde zich tot")
        r"\b(?:converti(?:e|s|es)?|convertid[oa]s?|convirti[óo]|convert[íi]|konvertiert(?:e|en)?|bekeerd(?:e)?|"
        r"(?:heeft|hebben) zich bekeerd) (?:zich )?(?:au |à l['’]|al |a la |zum |zur |tot (?:de |het )?)"
        + _FAITH_FR_ES
        + r"\b",
        "person",
    ),
)
