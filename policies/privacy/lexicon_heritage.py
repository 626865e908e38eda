"""Ethnic-origin cues for a mixed or compound heritage, whatever the two nationalities: joined by a hyphen
("Korean-Brazilian", "Anglo-Indian") or told in parts ("half Nigerian", "part Irish, part Ghanaian").

A single nationality is no ethnic origin ("she's Brazilian" may be a passport); two together, or a part of
one, are a family's roots. So is any name the sentence itself calls a people ("she's Aromanian, a minority
in Romania"). What must stay quiet: a pair that is a market, a border or a deal ("the
Anglo-Dutch merger", "Franco-German relations", "half German-funded"), and a mix that is a team's."""

from __future__ import annotations

from policies.privacy.lexicon_identity import _HOST, _ORIGIN
from policies.privacy.lexicon_parties import PARTY
from policies.privacy.lexicon_religion import _FAITH

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
# a people the writer glosses for the reader, whatever its name: "is <Name>, a (small) minority / an ethnic group
# / a Turkic people"; a faith or a party can be a minority too ("he's Catholic, a minority in Leeds"), and a
# "minority stake" or "a people person" is no people
_GLOSSED = (
    r"\b(?:is|was|'s|’s|am|'m|are|'re|were|identifies as) (?:(?:half|partly|proudly) )?(?!(?:"
    + _FAITH
    + r"|"
    + PARTY
    + r"|Tory|Tories|Republican|Democrat|Conservative|Liberal|Labour)s?\b)(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)s?"
    r"(?:,| ?[–—]| -{1,2}) (?:a|an|one of the|part of an?|from an?) (?:[\w-]+ ){0,2}?(?:minority|minorities|"
    r"ethnic group|people|peoples|tribe|tribes|nationality)\b(?![\w-])(?! (?:stakes?|shareholders?|interests?|"
    r"owners?|ownership|investors?|partners?|positions?|shares?|holdings?|votes?|views?|report|leaders?|government|"
    r"person|people|manager|skills|pleaser|owned|business|suppliers?|vendors?)\b)"
)
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
    (_GLOSSED, "person"),
)
