"""Ethnic-origin cues for a Māori iwi or hapū a person belongs to ("she's Ngāti Porou on her mum's side",
"he whakapapa to Te Arawa", a pepeha's "Ko Ngāi Tahu te iwi").

An iwi's name is also a trust's, a rūnanga's or a place's ("the client is Ngāi Tahu Holdings", "the venue
is Te Papa"), so a name opening with Ngāti/Ngāi/Kāi is read after a copula only when no entity word
follows it, and a "Te X" name only after a phrase that says affiliation (whakapapa, affiliates to, belongs
to, her iwi is, on her mum's side)."""

from __future__ import annotations

_CAP = r"(?-i:[A-ZĀĒĪŌŪ][\w-]+)"  # capitals kept under the cues' IGNORECASE
# the tribe words that open an iwi's or hapū's name; "Kai", "Nga" without macrons are given names too
_TRIBE = r"(?-i:Ngāti|Ngati|Ngāi|Ngai|Kāi|Kāti)"
# iwi whose one-word names hold no tribe word
_ONE_WORD = r"(?-i:Ngāpuhi|Ngapuhi|Tainui|Waikato-Tainui|Tūhoe|Tuhoe|Ngāruahine|Ngaruahine|Rongowhakaata|Moriori)"
# an iwi's business arm or a body named for it, and a possessive ("Ngāti Whātua's marae"), are no one's origin;
# the entity word may be read into the name itself ("Ngāi Tahu Holdings"), so it is looked for from its start
_ENTITY = (
    r"(?-i:Trust|Holdings|Rūnanga|Runanga|Rūnanganui|Runanganui|Limited|Ltd|Corporation|Group|Incorporation|Board|"
    r"Authority|Settlement|Whai Rawa|Development|Properties|Fisheries|Investments|Street|St|Road|Rd)\b"
)
_NAMED = r"(?:(?!(?:[\w-]+ ){1,3}?" + _ENTITY + r")" + _TRIBE + r" " + _CAP + r"(?: " + _CAP + r")?|" + _ONE_WORD + r")"
_TE_NAMED = r"(?:(?-i:Te) " + _CAP + r"(?: " + _CAP + r")?)"
_NOT_AN_ENTITY = r"(?!['’]s\b)(?! (?:[\w-]+ ){0,2}?" + _ENTITY + r")"
_OWNER = r"(?:his|her|my|their|(?-i:[A-Z][a-z]+)['’]s)"
_AFFILIATION = (
    r"(?:whakapapas?(?: back)? (?:to|ki)|affiliates? (?:to|with)|affiliated (?:to|with)|belongs? to|descends? from|"
    r"descended from|(?:a )?descendants? of|" + _OWNER + r" (?:iwi|hapū|hapu)(?: (?:is|are|was))?,?)"
)
_COPULA = r"(?:is|was|are|were|'s|’s|'m|’m|am|'re|’re|being|proud|proudly|fellow|identifies as)"
_SIDE = (
    r" (?:on|through|from) " + _OWNER + r" (?:mum|mom|mother|dad|father|nan|nana|nanna|koro|kuia|grandmother|"
    r"grandfather|grandma|grandad|granddad|whānau|whanau)(?:['’]s)?(?: side)?\b"
)

IWI = (
    (
        # an affiliation said outright, whatever the name's form ("whakapapa to Te Rarawa")
        r"\b" + _AFFILIATION + r" (?:both )?(?:" + _NAMED + r"|" + _TE_NAMED + r")" + _NOT_AN_ENTITY,
        "person",
    ),
    (
        # a copula before a tribe-word name ("she's Ngāti Porou"), or before a Te name that a side of the
        # family makes an affiliation ("he's Te Arawa through his koro")
        r"\b"
        + _COPULA
        + r" (?:(?:half|part|proudly|also) )?(?:"
        + _NAMED
        + _NOT_AN_ENTITY
        + r"|"
        + _TE_NAMED
        + _SIDE
        + r")",
        "person",
    ),
    # a pepeha's own line ("Ko Ngāti Kahungunu te iwi", "Ko Te Aitanga-a-Māhaki tōku iwi")
    (r"\bKo (?:" + _CAP + r" ){1,4}(?:te|tōku|toku|taku|tāku|aku|āku|ōku|oku) (?:iwi|hapū|hapu)\b", "person"),
)
