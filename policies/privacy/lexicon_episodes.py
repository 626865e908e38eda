"""Health cues for an acute episode told by whose it was and when ("back after his stroke", "since Ines's
heart attack", "recovering from her seizure"), and for what such an episode left in a named part of a body
("numbness in her left arm", "weakness in his right hand"). The bare episode with an article is
:mod:`.lexicon_health`'s ("a suspected stroke"); a hedged one ("nearly had a stroke") is a figure of speech.

Senses that must stay quiet: the same words in sport, law and talk ("his stroke of genius", "her stroke play",
"their seizure of the pallets", "a weakness in his argument"), and a card player's hand ("weakness in his hand"),
so a bare hand needs its side."""

from __future__ import annotations

_WHOSE = r"(?:his|her|my|(?-i:[A-Z][a-z]+)(?:'s|’s))"
_EPISODE = (
    r"(?:stroke|mini-stroke|heart attack|cardiac arrest|seizure|aneurysm|brain (?:ha?emorrhage|bleed)|"
    r"(?-i:TIA)|embolism|blood clot|overdose)s?"
)
# ("their" is left out: a firm's "seizure" is of goods); golf, swimming, rowing and customs ("her stroke play",
# "his stroke rate", "Ana's seizure by the port")
_NOT_AN_EPISODE = r"(?! (?:of|play|count|rate|index|average|technique|length|by|order|notice|warrant)\b)"
_SIDE = r"(?:left|right)"
_BODY = (
    r"(?:" + _SIDE + r" (?:hand|arm|leg|foot|side|eye|ear|shoulder|knee|hip)|(?:" + _SIDE + r" )?(?:arms|legs|feet|"
    r"fingers|face|toes))"
)
_AFTER_EFFECT = (
    r"(?:weakness|numbness|tingling|paralysis|tremors?|pins and needles|no (?:feeling|strength)|loss of (?:feeling|"
    r"movement|sensation|grip|strength)|limited (?:movement|mobility|use))"
)

EPISODES = (
    (
        r"\b(?:after|since|following|before|from|recovering from|recovered from|recovery from|post) "
        + _WHOSE
        + r" (?:(?:recent|first|second|third|latest|last|big|major|minor|mild|massive|bad|small|serious|sudden) )?"
        + _EPISODE
        + r"\b"
        + _NOT_AN_EPISODE,
        "person",
    ),
    (r"\b" + _AFTER_EFFECT + r" in (?:his|her|my|their) " + _BODY + r"\b", "person"),
)
