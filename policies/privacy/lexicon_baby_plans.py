"""Health cues for a pregnancy told as the birth to come (LABELS.md: health includes pregnancy): "she's having
her second baby", "Ana is having twins in May", "they're about to have their first child". :mod:`.lexicon_pregnancy`
names the pregnancy itself ("expecting", "pregnant", "baby due"); this is the same news said with "have".

Senses that must stay quiet: a baby's goods or events that are no birth ("having a baby shower for her sister",
"the store is having a baby-gear sale", "we're having a baby-steps rollout"), and a child that is a thing's
("a child process", "a child account")."""

from __future__ import annotations

_ORDINAL = r"(?:(?:first|second|third|fourth|fifth|sixth|new|little|\d+(?:st|nd|rd|th)) )?"
# the baby, with whose it is; a bare "child" only with whose or which one it is ("her second child")
_BABY = (
    r"(?:(?:a|an|another|her|his|their|our|my) " + _ORDINAL + r"(?:baby|babies|little one)|twins|triplets|"
    r"(?:a|another|her|his|their|our|my) (?:twins|triplets)|"
    r"(?:her|his|their|our|my|another) " + _ORDINAL + r"(?:child|kid)|"
    r"(?:a|an) (?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:child|kid))"
)
# what makes the baby a thing's or an event's, not a birth
_NOT_A_BIRTH = (
    r"(?![\w-])(?! (?:shower|monitors?|sitters?|photos?|pictures?|food|products?|brands?|range|lines?|clothes|gear|"
    r"registry|names?|sale|boom|steps?|process(?:es)?|accounts?|compan(?:y|ies)|entit(?:y|ies)|records?|nodes?|"
    r"tickets?|pages?|themes?|seats?|licen[cs]es?|plans?|polic(?:y|ies)|versions?|safety|locks?|proofing|care "
    r"(?:centre|center|voucher|scheme))\b)"
)

BABY_PLANS = (
    (
        r"(?:\b(?:is|are|am|be|been|will be)|'s|’s|'re|’re|'m|’m) having " + _BABY + _NOT_A_BIRTH + r"|"
        r"\b(?:going to|gonna|about to|due to|set to) have " + _BABY + _NOT_A_BIRTH,
        "person",
    ),
)
