"""Religion cues in Czech: a person's office in a church ("je kazatelem ve sboru", "byl farářem", "je jáhnem"),
their congregation ("ve sboru Církve bratrské"), churchgoing ("chodí každou neděli do kostela") and a faith
held ("je věřící", "je katolička").

Senses that must stay quiet: a church as a customer or a building ("dodáváme software farnostem", "kostel
přestavujeme na kanceláře"): the office needs "je/byl" and the instrumental case, the congregation "ve sboru"."""

from __future__ import annotations

_OFFICE = (
    r"(?:kazatel(?:em|kou)|farář(?:em|kou)|knězem|pastor(?:em|kou)|jáhnem|rabínem|imámem|presbyter(?:em|kou)|"
    r"kaplanem|řeholnicí|řeholníkem|jeptiškou|mnichem|kostelníkem)"
)
_FAITH = (
    r"(?:věřící|katolík|katolička|evangelík|evangelička|muslim|muslimka|žid|židovka|ateista|ateistka|buddhista|"
    r"buddhistka|pravoslavn[áý]|adventista|adventistka)"
)

CZECH_FAITH = (
    (r"\b(?:je|byl|byla|jsem|bude|stal se|stala se) (?:\w+ )?" + _OFFICE + r"\b", "person"),
    (r"\bve sboru (?-i:Církve|Českobratrské|Bratrské|Jednoty|Apoštolské|Adventistů|Evangelické)", "person"),
    (r"\b(?:chodí|chodil|chodila|jezdí) (?:\w+ ){0,2}?do (?:kostela|synagogy|mešity|sboru)\b", "person"),
    (r"\b(?:je|byl|byla|jsem) (?:\w+ )?" + _FAITH + r"\b", "person"),
)
