"""Genetic cues for a person's HLA (tissue) typing and its result, the genetic test that matches a bone-marrow or
organ donor to a patient: "è risultata compatibile al test genetico di tipizzazione HLA", "HLA typing showed
he's a full match for his sister", "sie ist laut HLA-Typisierung kompatibel", "es compatible según la
tipificación HLA", "the tissue typing came back: she's a match". A typing's result is a genetic test result
(LABELS.md: genetic_biometric).

Senses that must stay quiet: typing as a lab's or a vendor's product or service ("HLA typing kits", "the lab
offers HLA typing to three hospitals"), and a match with no typing ("she's a perfect match for the role")."""

from __future__ import annotations

# the typing, in the languages a rep's notes mix in; not a product, a service or a market
_TYPING = (
    r"(?:HLA[- ](?:typing|typed|tissue typing|test(?:ing)?|tipizzazione|Typisierung|typage|tipificaci[óo]n|tipagem|"
    r"typering)|(?:tipizzazione|typage|tipificaci[óo]n|tipagem|typering|Typisierung) (?:HLA|tissutale)|"
    r"tissue[- ]typ(?:ing|ed)|Gewebetypisierung)"
    r"(?! (?:kits?|assays?|reagents?|software|services?|platforms?|labs?|laborator(?:y|ies)|market|panels?|"
    r"products?|contracts?|tenders?|workflows?|capacity|volumes?)\b)"
)
# what a typing finds about the person: compatible, a match, identical
_RESULT = (
    r"(?:compatib(?:le|ile|ili|el|ility|ilit[àa]|ilidad|ilidade)|kompatibel|match(?:ed|es|ing)?|identic[oa]|"
    r"idéntic[oa]|identique|identical|id[eê]ntic[oa]|übereinstimmend|haploidentic[oa]|haploidentical|"
    r"risultat[oa] (?:positiv[oa]|compatibile)|came back|showed|mostr[óo]|zeigte|ergab|a montré)"
)

# a person found to be an HLA match ("turned out to be an HLA match for her brother"), not a blood bank's stock
_HLA_MATCH = (
    r"\bHLA[- ](?:match(?:ed)?|compatib(?:le|ile|el)|kompatibel|identical|identic[oa]|idéntic[oa]|identique)\b"
    r"(?! (?:platelets|registr(?:y|ies)|units|products?|databases?|pools?|stock|inventory)\b)"
)

TISSUE_TYPING = (
    (_HLA_MATCH, "person"),
    (r"\b" + _RESULT + r"\b[^.;!?]{0,60}?\b" + _TYPING, "person"),
    (r"\b" + _TYPING + r"\b[^.;!?]{0,60}?\b" + _RESULT + r"\b", "person"),
)
