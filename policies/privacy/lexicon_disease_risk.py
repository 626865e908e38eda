"""Cues for a person's own raised risk of a named disease and for the gene copies behind it: "a high Alzheimer's
risk", "his breast-cancer risk is elevated", "carries two copies of APOE4", "is homozygous for the HFE variant".
A raised risk read from a person's genes or tests is health data about them, as the genes are genetic data
(LABELS.md); :mod:`.lexicon_health` leaves "cancer risk" out, as a market's or an insurer's.

Senses that must stay quiet: a business risk ("high churn risk", "a high credit risk"), a population's risk ("the
Alzheimer's risk in over-65s", "dementia risk across the region"), the risk as a product ("our Alzheimer's risk
model", "a cancer-risk calculator"), and copies that are documents or licences ("two copies of the contract")."""

from __future__ import annotations

from policies.privacy.lexicon_gene_variants import _GENE

# diseases whose risk is told of a person
_DISEASE = (
    r"(?:Alzheimer'?s|dementia|Parkinson'?s|Huntington'?s|(?:breast|ovarian|bowel|colon|colorectal|prostate|skin|"
    r"lung|pancreatic|stomach)[- ]cancer|cancer|heart[- ]disease|heart[- ]attack|stroke|diabetes|glaucoma|"
    r"macular degeneration|osteoporosis|blood[- ]clots?|thrombosis|(?-i:DVT|ALS|MND)|motor neurone disease|"
    r"cardiac arrest|kidney disease|liver disease|haemochromatosis|hemochromatosis)"
)
# how much: raised, high, or a multiple; "the risk" alone may be anyone's
_RAISED = (
    r"(?:high|higher|very high|elevated|raised|increased|heightened|greater|significant|big|bigger|huge|serious|"
    r"above-average|above average|double|triple|(?:two|three|four|five|ten|\d+)[- ]?(?:fold|times|x)|much higher)"
)
_NOT_A_PRODUCT = (
    r"(?! (?:models?|calculators?|scores? (?:for|across|in)|tools?|apps?|algorithms?|engines?|products?|research|"
    r"studies|study|factors? (?:in|for|across|among)|in (?:over|the|a|people|patients|women|men|populations?)|"
    r"across|among|populations?|cohorts?|markets?|pool)\b)"
)
_OWN = r"(?:his|her|my|their|your|(?-i:[A-Z][^\W\d_]+)(?:'s|’s))"

DISEASE_RISK = (
    (
        # a raised risk with the disease before it ("a high Alzheimer's risk", "elevated breast-cancer risk"), or
        # a person's own ("his dementia risk is high", "Lea's stroke risk went up")
        r"\b(?:an? |the )?"
        + _RAISED
        + r" (?:lifetime )?"
        + _DISEASE
        + r"[- ]risk\b"
        + _NOT_A_PRODUCT
        + r"|\b"
        + _OWN
        + r" (?:lifetime )?"
        + _DISEASE
        + r"[- ]risk (?:is|was|'s|’s|went|has gone|came back|looks|seems) (?:\w+ )?"
        r"(?:high|elevated|raised|up|increased|higher|through the roof|significant)\b",
        "person",
    ),
)
GENE_COPIES = (
    (
        # copies of a disease gene someone carries ("carries two copies of APOE4", "has one copy of the BRCA1
        # mutation"), or is homozygous or heterozygous for
        r"\b(?:carr(?:y|ies|ied|ying)|has|had|have|having|got|inherited|with) (?:one|two|a single|both|a|an|a double|"
        r"double) cop(?:y|ies) of (?:the )?" + _GENE + r"\b|\b(?:is|was|'s|’s|being|are|were) (?:homo|hetero)zygous "
        r"(?:for )?(?:the )?(?:" + _GENE + r"|(?:\w+ )?(?:mutation|variant|allele|gene))\b",
        "person",
    ),
)
