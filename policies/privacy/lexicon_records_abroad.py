"""Genetic and biometric cues in a rep's other languages where the owner comes after the record: Spanish "es
portador de BRCA2", "se hizo el test genético", Dutch "een vingerafdruk en een irisscan van Daan geregistreerd".

Senses that must stay quiet: a lab's product ("el test genético de la empresa", "portador de datos"), a reader
or a login ("de vingerafdruklezer van het gebouw", "een irisscan van de toegangspoort"), a vendor's
("een gezichtsscan van Philips")."""

from __future__ import annotations

from policies.privacy.lexicon_gene_variants import _GENE
from policies.privacy.names import FEMALE, MALE

# a known given name, so a brand or a site after "van" is no owner ("een gezichtsscan van Philips")
_NAME = r"(?-i:" + "|".join(sorted(sorted(MALE | FEMALE), key=len, reverse=True)) + r")"

RECORDS_ABROAD = (
    # Spanish and Portuguese: a carrier of a gene's variant, or having the test done oneself
    (
        r"\bportador(?:a)? (?:de (?:una |la )?(?:mutaci[óo]n |muta[çc][ãa]o |variante )?(?:(?:en |de |del |do )?"
        r"(?:el |o )?gen )?)" + _GENE + r"\b|"
        r"\bse (?:hizo|hará|va a hacer|ha hecho) (?:el|un|una|la) (?:test|prueba|an[áa]lisis|estudio) gen[ée]tic[oa]\b",
        "person",
    ),
    # Dutch: templates of a named person ("vingerafdruk en irisscan van Daan")
    (
        r"\b(?:vingerafdruk(?:ken)?|irisscan|gezichtsscan|stemprofiel)(?: en (?:een )?(?:vingerafdruk(?:ken)?|"
        r"irisscan|gezichtsscan|stemprofiel))? van " + _NAME + r"\b",
        "self",
    ),
)
