"""Religion in romanised Japanese, as chat types it without a Japanese keyboard ("Sato-san wa kurisuchan",
"bukkyouto desu", "maishuu kyoukai ni kayotte iru", "mosuku ni iku"). :mod:`.lexicon_romaji_health` and
:mod:`.lexicon_romaji_minds` read health and arrests, nothing read faith; the person is :mod:`.persons_romaji`'s.

Senses that must stay quiet: a brand or a school ("Kurisuchan Dioru", "katorikku kei no gakkou"), and "kyoukai"
as an association (a capitalised "Tekkou Kyoukai", "kyoukai no kaigi" its meeting): only going to it counts."""

from __future__ import annotations

# a believer named by the faith ("kurisuchan", "bukkyouto", "isuramu kyouto", "katorikku shinja")
_BELIEVER = (
    r"(?:kurisuchan|kirisuto[- ]?ky(?:ou|ō)to|bukky(?:ou|ō)[- ]?to|musurimu|isuramu[- ]?ky(?:ou|ō)to|"
    r"yudaya[- ]?ky(?:ou|ō)to|hindu[- ]?ky(?:ou|ō)to|katorikku(?:[- ]?shinja)?|purotesutanto|shinja)"
)
# a place of worship gone to ("kyoukai ni kayou", "misa ni iku", "mosuku de oinori")
_GOING = r"(?:ni|e) (?:iku|ikimasu|itte|itta|ikanai|kayou|kayotte|kayoimasu|sanka)"

ROMAJI_FAITH = (
    (
        r"\b(?:wa|mo|ga) " + _BELIEVER + r"(?: de| desu| da| na no de| na node| ni natta| to no koto)\b"
        r"(?! (?:dioru|dior|rabutan|kei|no gakkou)\b)",
        "person",
    ),
    (r"(?<![-\w])(?-i:ky(?:ou|ō)kai|misa|mosuku|shinagogu|reihai|ogamu) " + _GOING + r"\b", "person"),
)
