"""Genetic cues for what a gene test or screen found in someone, told with the test it came from: "was flagged
with cystic fibrosis on the heel-prick genetic screen", "diagnosed with Lynch syndrome through a gene screen",
"the DNA screen picked up haemochromatosis in her dad". The finding is the person's genetic data, whatever health
word names it too.

Senses that must stay quiet: a lab's research screen ("hits identified in a CRISPR genetic screen of yeast"), and
the test as a product or market ("our DNA screen platform picked up three customers", "the newborn genetic
screen market was flagged as a growth area")."""

from __future__ import annotations

# a research screen is a lab's method, not a person's result
_NOT_RESEARCH = r"(?!(?:CRISPR|RNAi|knockout|forward|reverse|genome-wide|high-throughput|drug|compound)\b)"
_SCREEN = (
    r"(?:genetic|gene|genomic|DNA|exome|genome|chromosom(?:e|al)|carrier) (?:screen|screening|test|testing|panel|"
    r"sequencing|analysis)s?\b"
)
_NOT_A_PRODUCT = (
    r"(?! (?:kits?|products?|market|business|platforms?|labs?|services?|vendors?|customers?|partners?|portfolio|"
    r"pipeline|programm?e|team|of (?:\w+ )?(?:cells?|yeast|mice|flies|worms|zebrafish|bacteria|lines|strains))\b)"
)
_FOUND = (
    r"(?:flagged|diagnosed|identified|picked up|found|spotted|confirmed|detected|caught|shown|revealed|tested "
    r"positive|screened positive)"
)

_OWNER = r"(?:the|a|an|his|her|their|my|our|(?-i:[A-Z][a-z]+)['’]s)"
_NAMED_SCREEN = _OWNER + r" (?:" + _NOT_RESEARCH + r"[\w-]+ ){0,2}?" + _SCREEN + _NOT_A_PRODUCT

SCREEN_FINDINGS = (
    (
        # someone found to have something by the test ("was flagged with CF on the newborn genetic screen"); the
        # test is looked ahead to, so that the condition stays outside the cue and counts as health too
        r"\b(?:was|were|got|gets|been|being|is|are|'s|’s) " + _FOUND + r"(?=(?:[ ,]+[\w'’-]+){0,6}?[ ,]+"
        r"(?:on|by|in|through|from|via|after|with) " + _NAMED_SCREEN + r")"
        # the test finding it ("the DNA screen picked up haemochromatosis in her dad")
        r"|\b" + _OWNER + r" (?:" + _NOT_RESEARCH + r"[\w-]+ )?" + _SCREEN + r" (?:results? )?(?:flagged|picked up|"
        r"identified|spotted|turned up|caught|found|detected|showed)\b"
        r"(?! (?:\w+ )?(?:customers?|clients?|orders?|deals?|sales|revenue|leads?)\b)",
        "person",
    ),
)
