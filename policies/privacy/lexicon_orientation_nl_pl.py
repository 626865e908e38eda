"""Sexual-orientation cues said of a person in Dutch and Polish: "is homo", "is lesbisch", "kwam uit de kast",
"jest gejem", "jest lesbijką", "wyszedł z szafy", "zrobiła coming out".

Senses that must stay quiet: the words as a group's or a cause's ("de homo-emancipatie", "een lesbische bar",
"prawa gejów", "Parada Równości"), and "homo sapiens": so each is said of someone by a verb of being or coming
out."""

from __future__ import annotations

_DUTCH = (
    r"\b(?:is|was|ben) (?:zelf |ook |gewoon |openlijk )?(?:homo|homoseksueel|lesbisch|lesbienne|biseksueel)\b"
    r"(?! sapiens\b)(?!-)|\b(?:kwam|komt|is|was) (?:\w+ ){0,2}?uit de kast\b"
)
_POLISH = (
    r"\b(?:jest|by[lł]a?) (?:\w+ )?(?:gejem|lesbijk[aą]|biseksualist(?:ą|a|ką)|biseksualn[ya]|"
    r"homoseksualist(?:ą|a)|homoseksualn[ya])\b|\bwysz(?:ed[lł]|[lł]a) z szafy\b|\bzrobi[lł]a? coming out\b"
)

ORIENTATION_NL_PL = ((_DUTCH, "person"), (_POLISH, "person"))
