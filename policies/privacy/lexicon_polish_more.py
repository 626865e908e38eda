"""Polish health and criminal cues beyond :mod:`.lexicon_polish_health` and :mod:`.lexicon_polish_courts`: an
infection or illness someone has ("ma zapalenie oskrzeli", "złapała grypę", "choruje na cukrzycę", "jest na
chemioterapii") and a criminal charge or trial ("jest oskarżony o kradzież", "usłyszał zarzuty", "ma rozprawę
karną", "jechał po pijanemu").

Senses that must stay quiet: a blame that is no charge ("oskarżany o opóźnienia", "oskarżony o brak
komunikacji"), a civil hearing of a firm ("rozprawa w sprawie umowy"), and "zapalenie" as lighting
("zapalenie światła"): an inflammation needs its organ, a trial needs to be criminal or a charge."""

from __future__ import annotations

_ORGAN = r"(?:płuc|oskrzeli|ucha|uszu|zatok|gardła|wyrostka|opon mózgowych|pęcherza|nerek|wątroby|trzustki|stawów)"

POLISH_ILLNESS = (
    (
        r"\bzapaleni(?:e|em|a) " + _ORGAN + r"\b|\b(?:ma|miał|miała|złapał|złapała|przechodzi) "
        r"(?:grypę|anginę|covid|covida|ospę|odrę|raka|cukrzycę|półpasiec|zapalenie)\b|"
        r"\bchoruje na\b|\b(?:jest|był|była) na (?:chemioterapii|chemii|dializach|zwolnieniu lekarskim)\b",
        "person",
    ),
)
POLISH_CHARGES = (
    (
        r"\b(?:jest|był|była|zostanie) oskarżon[yaei] o\b(?! (?:brak|opóźnienia|opóźnienie|spóźnienie|lenistwo)\b)|"
        r"\b(?:usłyszał|usłyszała|postawiono (?:mu|jej)) zarzut(?:y|)\b|\b(?:ma|miał|miała) (?:rozprawę|proces) "
        r"(?:karn[ąy]|w sądzie karnym|o (?:kradzież|oszustwo|pobicie|jazdę))|"
        r"\b(?:jechał|jechała|prowadził|prowadziła|jazd[ęay]|złapany|złapana|zatrzymany|zatrzymana)"
        r"(?: \w+){0,2} po pijanemu\b",
        "person",
    ),
)
