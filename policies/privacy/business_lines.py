"""A condition named as a drug maker's line of business: "the oncology and diabetes franchises", "our HIV
antiretroviral line", "the cancer business unit". The condition is a therapeutic area there, nobody's illness;
"her diabetes is on the line" keeps a verb between, so it stays a person's."""

from __future__ import annotations

# up to two describing words (not a verb or a determiner) before the business noun
AS_A_BUSINESS_LINE = (
    r"(?![- ](?:(?!(?:is|was|are|were|has|had|on|the|his|her|my|their)\b)[\w-]+ ){0,2}(?:franchises?|"
    r"(?:product )?lines?|business units?|divisions?|field forces?|sales forces?|therapeutic areas?)\b)"
)
