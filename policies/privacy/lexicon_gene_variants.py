"""Genetic cues for a named disease gene's variant found in a person ("has a PALB2 mutation", "came back with
an APOE4 variant"), and for a person's own results from a consumer DNA-test brand ("her 23andMe results", "his
AncestryDNA report").

Senses that must stay quiet: the gene as science or a product ("BRCA2 variants of uncertain significance",
"the PALB2 mutation panel hospitals ask for"), and the brand as a company ("23andMe results for the quarter",
"an AncestryDNA results dashboard")."""

from __future__ import annotations

# genes whose variants clinics test people for (case kept: "ATM" and "HFE" read as words otherwise, so are left out)
_GENE = (
    r"(?-i:BRCA[12]|PALB2|CHEK2|TP53|PTEN|CDH1|STK11|MLH1|MSH[26]|PMS2|EPCAM|APC|MUTYH|APOE[- ]?(?:e?4|ε4)|APOE|"
    r"HTT|CFTR|LDLR|PCSK9|SMN1|FMR1|DMD|HBB|GBA1?|LRRK2|RET|VHL|MYBPC3|MYH7|KCNQ1|SCN5A)"
)
_CHANGE = r"(?:variants?|mutations?|deletions?|alleles?|repeat expansion|gene change)"
# a gene's variant as a lab's product or a population's statistic, not someone's finding
_NOT_A_PRODUCT = (
    r"(?! (?:panels?|tests? kits?|kits?|assays?|database|market|screening programm?e|research|studies|study|"
    r"frequenc(?:y|ies)|of uncertain significance|classification|interpretation|dashboard|pipeline)\b)"
)
_BRAND = (
    r"(?-i:23andMe|23andme|AncestryDNA|Ancestry DNA|MyHeritage(?: DNA)?|FamilyTreeDNA|Family Tree DNA|LivingDNA|"
    r"Living DNA|Nebula Genomics)"
)
_OWN = r"(?:his|her|my|their|(?-i:[A-Z][a-z]+)(?:'s|’s))"

GENE_VARIANTS = (
    (
        # a variant someone has or was found with ("has a PALB2 mutation", "came back with a BRCA2 variant")
        r"\b(?:an?|the|his|her|my|their) "
        + _GENE
        + r"[- ]"
        + _CHANGE
        + r"\b"
        + _NOT_A_PRODUCT
        # their own results from a DNA-test brand ("Casimir's AncestryDNA results", "her 23andMe report")
        + r"|\b"
        + _OWN
        + r" "
        + _BRAND
        + r" (?:(?:health|ancestry|DNA|carrier) )?(?:results?|report|profile|"
        r"test|kit|data|matches)\b(?! (?:dashboards?|platform|business|market|integration|API|feed)\b)",
        "person",
    ),
    (
        # the same in the languages that join gene and change in one word or put the gene after ("BRCA1-mutasjon",
        # "eine CHEK2-Mutation", "una mutación en BRCA2"); singular, as the plural is a population's ("BRCA1-
        # mutasjoner finnes hos ..."), and not research into it
        r"(?<!forskning på )(?<!studier av )(?<!Forschung zur )(?<!Forschung zu )\b" + _GENE + r"-(?:mutasjon|"
        r"mutation|Mutation|mutatie|genmutasjon|genmutation|Genmutation|variant|Variante|genvariant)\b"
        r"|\b(?:mutaci[óo]n|muta[çc][ãa]o|mutazione) (?:en|no|na|nel|del|de|di|dell'|do) (?:(?:el |o )?gene? )?"
        + _GENE
        + r"\b",
        "person",
    ),
)
