"""Sexual-orientation cues for a same-sex couple said as "he and the boyfriend" in Portuguese, Spanish, Italian or
French, where pronoun and partner word both carry a gender: "ele e o namorado vão adotar", "él y su novio se
mudan", "lui e il suo fidanzato", "elle et son épouse", "ela e a esposa". :mod:`.lexicon_romance_couples` has the
same pair when they marry, or when a name with its article comes first.

Senses that must stay quiet: a couple across genders ("ele e a namorada", "elle et son mari"), someone else's
partner ("ele e o namorado da Joana"), and words that are also not partners (French "femme de ménage", Italian
formal "Lei e sua moglie" to a man): so "femme" needs no "de" after it, and Italian "lei" its lower case."""

from __future__ import annotations

_HIS = r"(?:namorado|noivo|marido|companheiro|novio|esposo|prometido|ragazzo|fidanzato|marito|mari|fiancé|époux)"
_HERS = r"(?:namorada|noiva|esposa|companheira|novia|prometida|ragazza|fidanzata|moglie|épouse|fiancée|femme)"
_ARTICLE = r"(?:(?:o|a|el|la|il|le|son|sa|su|seu|sua|il suo|la sua) )?"
# the partner is someone else's when a "de"/"di"/"du" and a name follow; "femme de" is a job ("femme de ménage")
_THEIRS = r"\b(?! (?:d[oa]s?|del|de|di|della|dello|du|de la|d['’])\b| de (?-i:[A-Z]))"

PRONOUN_COUPLES = (
    (
        r"\b(?:ele|él|lui|il) (?:e|y|et) " + _ARTICLE + _HIS + _THEIRS + r"|"
        r"\b(?:ela|ella|(?-i:lei)|elle) (?:e|y|et) " + _ARTICLE + _HERS + _THEIRS,
        "self",
    ),
)
