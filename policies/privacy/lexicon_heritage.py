"""Ethnic-origin cues for a mixed or compound heritage, whatever the two nationalities: joined by a hyphen
("Korean-Brazilian", "Anglo-Indian") or told in parts ("half Nigerian", "part Irish, part Ghanaian").

A single nationality is no ethnic origin ("she's Brazilian" may be a passport); two together, or a part of
one, are a family's roots. What must stay quiet: a pair that is a market, a border or a deal ("the
Anglo-Dutch merger", "Franco-German relations", "half German-funded"), and a mix that is a team's."""

from __future__ import annotations

from policies.privacy.lexicon_identity import _HOST, _ORIGIN

_MORE_NATIONS = (
    r"(?-i:Brazilian|Argentine|Argentinian|Chilean|Peruvian|Venezuelan|Ecuadorian|Bolivian|Uruguayan|Paraguayan|"
    r"Costa Rican|Panamanian|Honduran|Nicaraguan|Bahamian|Guyanese|Malaysian|Singaporean|Burmese|Cambodian|"
    r"Laotian|Mongolian|Kazakh|Uzbek|Tajik|Kyrgyz|Georgian|Azerbaijani|Israeli|Jordanian|Saudi|Emirati|Yemeni|"
    r"Omani|Kuwaiti|Libyan|Sudanese|Zimbabwean|Zambian|Malawian|South African|Tanzanian|Rwandan|Malian|Ivorian|"
    r"Mauritian|Sierra Leonean|Liberian|Gambian|Togolese|Beninese|Czech|Slovak|Hungarian|Romanian|Bulgarian|"
    r"Serbian|Croatian|Bosnian|Slovenian|Albanian|Macedonian|Montenegrin|Lithuanian|Latvian|Estonian|Finnish|"
    r"Swiss|Austrian|Icelandic|Maltese|Cypriot|Belarusian|Moldovan|Fijian|Samoan|Tongan|Chinese|Scots|Jewish|"
    r"Spanish|Mexican|European)"
)
_NATION = r"(?:" + _ORIGIN + r"|" + _HOST + r"|" + _MORE_NATIONS + r")"
# the Latin and Greek first halves of a pair ("Anglo-Indian", "Sino-Malaysian", "Afro-Brazilian")
_PREFIX = r"(?-i:Anglo|Franco|Sino|Indo|Italo|Greco|Hispano|Luso|Russo|Afro|Hiberno|Nippo|Judeo)"
_PART = r"(?:half|part|partly|a quarter|quarter|one-quarter|an eighth)"
_PAIR = r"(?:(?:" + _PREFIX + r"-|" + _NATION + r"[- ])" + _NATION + r"(?:-" + _NATION + r")?)"
_PARTS = r"(?:" + _PART + r"[- ]" + _NATION + r"(?:,? (?:and |but )?(?:" + _PART + r" )?" + _NATION + r")?)"
# the heritage ends its phrase ("she's Korean-Brazilian and ..."): "is Anglo-Dutch owned" or "Japanese-funded"
# goes on to a firm
_ENDS_THE_PHRASE = (
    r"(?![\w-])(?=\s*[.,;:!?)–—]|\s*$|\s+(?:and|but|so|on|by|who|from|through|like|too|as well|originally|actually|"
    r"apparently|herself|himself|myself|if|though|although|because|since|with)\b)"
)
_ONE = (
    r"(?:kid|child|girl|boy|student|person|woman|man|guy|lady|bloke|colleague|engineer|founder|manager|director|"
    r"teenager|family|grandmother|grandfather|mother|father|mum|dad|wife|husband|parents)\b"
    r"(?! (?:business|firm|company|owned|run|brand|restaurant))"
)
# a firm's or a group's pair ("the company is Anglo-Dutch", "the board was half German"): no one's roots
_NOT_A_FIRMS = "".join(
    f"(?<!{word} )"
    for word in ("it", "which", "company", "firm", "group", "bank", "business", "brand", "plc", "Ltd",
                 "Inc", "LLC", "Holdings", "AG", "NV", "BV", "SA", "GmbH", "team", "board", "venture", "fund",
                 "market", "owner", "ownership", "capital", "staff", "workforce", "crew")
)  # fmt: skip
HERITAGE = (
    (
        r"\b"
        + _NOT_A_FIRMS
        + r"(?:is|was|'s|’s|am|'m|are|'re|were|grew up|born|raised|identifies as|identify as) (?:(?:a |an )?"
        r"(?:proud|proudly|(?:first|second|third)-generation) )?(?:"
        + _PAIR
        + r"|"
        + _PARTS
        + r")"
        + _ENDS_THE_PHRASE
        # one person so described ("a Korean-Brazilian engineer", "her half-Nigerian husband")
        + r"|\b(?:a|an|this|that|the|his|her|my|their) (?:(?:proud|young|(?:first|second|third)-generation) )?"
        r"(?:" + _PAIR + r"|" + _PART + r"-" + _NATION + r") (?:[\w-]+ )?" + _ONE,
        "person",
    ),
)
