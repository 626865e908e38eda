"""Mental health in romanised Japanese ("utsubyou no chiryou", "tekiou shougai de kyuushoku", "panikku shougai"),
which :mod:`.lexicon_romaji_health` (illness, a hospital stay, an operation) did not know; and arrests and
sentences in romanised Japanese ("inshu unten de taiho sareta", "yuuzai hanketsu o uketa", "kiso sareta"),
which no criminal lexicon knew but in kanji. Both stay gated on a person.

Senses that must stay quiet: the same words for a product or a market ("utsubyou kanja muke no apuri", an app
for patients; "taiho no nyuusu" with no one named), kept out by the word that follows."""

from __future__ import annotations

_NOT_A_PRODUCT = r"(?! (?:kanri|shisutemu|apuri|shijou|muke|kanja muke|taisaku shouhin)\b)"

ROMAJI_MINDS = (
    (
        r"\b(?:utsu-?byou|utsubyō|utsu-?byō|sou-?utsu-?byou|tekiou ?shougai|tekiō ?shōgai|panikku ?shougai|"
        r"panikku ?shōgai|shinkeishou|seishinka ni tsuu?in|mentaru fuchou|mentaru no fuchou)\b" + _NOT_A_PRODUCT,
        "person",
    ),
)
ROMAJI_ARRESTS = (
    (
        r"\b(?:taiho|taiho-|kiso|yuuzai hanketsu o uke|jikkei hanketsu o uke|shikkei|tokusou ni taiho) ?"
        r"(?:sareta|saremashita|sarete|sare|ta|mashita)\b|\bzenka (?:ga|mo) (?:aru|ari|arimasu)\b",
        "person",
    ),
)
