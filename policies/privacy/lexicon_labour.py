"""Health cues for a birth under way, told by its signs (LABELS.md: health includes pregnancy): "her waters
broke at lunch", "my partner's waters have gone", "Mia's contractions are ten minutes apart", "she's gone into
early labour", "is being induced tomorrow", "gave birth to a boy". ("went into labour" and "in labour" are
:mod:`.lexicon_health`'s.)

Senses that must stay quiet: water that is not a body's ("the floodwaters broke the levee", "the news broke
over the waters"), contractions of a market or a word ("revenue contractions", "the contractions in the
draft"), labour as work and its market ("went into labour relations", "gone into labour law"), and a birth
that is a firm's or an animal's ("gave birth to a new industry", "herds give birth to their young")."""

from __future__ import annotations

_WHOSE = (
    r"(?:his|her|my|their|your|(?-i:[A-Z][a-z]+)(?:'s|’s)|(?:wife|partner|girlfriend|sister|daughter|fianc[ée]e?|"
    r"missus|other half)(?:'s|’s))"
)
_NOT_WORK = r"(?! (?:relations|law|market|costs?|rates?|shortages?|force|laws|union|party|government|MPs?)\b)"

LABOUR = (
    (
        # the waters, a body's by whose they are ("her waters just broke", "Tess's waters have gone")
        r"\b" + _WHOSE + r" waters (?:have |has |had |just |finally |already |suddenly )*(?:broke|broken|gone|went)\b|"
        # contractions timed, or whose they are ("contractions every five minutes", "her contractions started")
        r"\b" + _WHOSE + r" contractions (?:are|were|have|started|began|stopped|got|getting|every)\b|"
        r"\bcontractions (?:are |were )?(?:now )?(?:every )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|"
        r"ten|fifteen|twenty) (?:minutes?|mins?) apart\b|"
        # into labour by any tense, early or not ("has gone into early labour")
        r"\b(?:gone|go|goes|going|went) into (?:early |premature |preterm |active )?labou?r\b" + _NOT_WORK + r"|"
        # induced or giving birth ("she's being induced", "gave birth to a girl", "she gave birth at six"); a
        # firm gives birth to a product and a herd to its young, so a baby, or no object at all
        r"\b(?:she|(?-i:[A-Z][a-z]+))(?:'s|’s| is| was| will be| has been) (?:being |getting )?induced\b|"
        r"\b(?:gave|giving|give|gives|given) birth to (?:(?:a|an|her|their|his|my|our|healthy|beautiful|baby|little|"
        r"bouncing|first|second|third|another|premature) )*(?:baby|boy|girl|son|daughter|twins|triplets|child|"
        r"little one)\b|\b(?:she|(?-i:[A-Z][a-z]+)|wife|partner)(?:'s|’s| has| had| is| was)? (?:just |finally |"
        r"safely )?(?:gave|given|giving) birth\b(?! to\b)",
        "person",
    ),
)
