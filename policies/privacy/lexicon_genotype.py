"""Genetic cues for what a gene test says about how a body handles medicines (pharmacogenetics): a person's
metaboliser status and their pharmacogenetic test ("she's a CYP2D6 poor metaboliser", "her pharmacogenetic
test came back", "his TPMT status").

Senses that must stay quiet: the science or a market ("CYP2D6 poor metabolisers make up 7% of Europeans", "the
drug is a CYP3A4 substrate", "pharmacogenetic testing kits", "a PGx panel for our lab customers")."""

from __future__ import annotations

# the genes pharmacogenetic panels report on (case kept: "tpmt" is no word, but "Factor" is)
_GENE = (
    r"(?-i:CYP\d[A-Z]\d{1,2}|TPMT|DPYD|NUDT15|SLCO1B1|UGT1A1|VKORC1|G6PD|MTHFR|HLA-[ABC](?:\*\d+(?::\d+)?)?|"
    r"Factor V Leiden)"
)
_STATUS = (
    r"(?:poor|intermediate|normal|extensive|rapid|ultra-?rapid|ultrarapid|slow|fast) (?:metaboli[sz]er|acetylator)"
)
_TEST = (
    r"(?:pharmacogen(?:etic|omic)s?|(?-i:PGx)|pharmacogenetics) (?:test(?:ing)?|panel|screen(?:ing)?|results?|"
    r"report|profile)"
)
_NOT_A_PRODUCT = (
    r"(?! (?:kits?|products?|market|business|labs?|services?|platforms?|panels?|portfolio|customers?|partners?|"
    r"vendors?|offering|programm?e)\b)"
)

GENOTYPE = (
    (
        # one person's status ("she's a CYP2D6 poor metaboliser", "turns out he is an ultra-rapid metabolizer")
        r"\b(?:is|'s|’s|was|am|being|as|turns? out to be|turned out to be|came back as|tested as) (?:an? )?(?:"
        + _GENE
        + r" )?"
        + _STATUS
        + r"\b",
        "person",
    ),
    (
        # a person's test or its result ("her pharmacogenetic test came back", "his TPMT status")
        r"\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)(?:'s|’s)) (?:\w+ )?(?:"
        + _TEST
        + r"|"
        + _GENE
        + r" (?:status|genotype|variants?|results?|mutation|test))\b"
        + _NOT_A_PRODUCT
        + r"|\b"
        + _TEST
        + r" (?:came back|showed|found|revealed|confirmed|flagged)\b",
        "person",
    ),
)
