"""Health cues for fertility treatment a person is going through, told in Spanish, Portuguese, Italian, French,
German or Dutch: "está en tratamiento de fertilidad", "se está haciendo una FIV", "fait une FIV", "sta facendo la
PMA", "ist in Kinderwunschbehandlung", "zit in een IVF-traject". :mod:`.lexicon_fertility` and the "IVF" cue of
:mod:`.lexicon_health` know the English wording only.

Senses that must stay quiet: the treatment as a clinic's business, a market or a benefit ("la clínica de
fertilidad es cliente", "el mercado de la reproducción asistida", "le remboursement de la FIV par la Sécu"), and
the fertility of soil or of a market ("fertilidad del suelo")."""

from __future__ import annotations

# the treatment by name, in words that name nothing else
_TREATMENT = (
    r"(?:tratamiento de (?:fertilidad|reproducci[óo]n asistida|infertilidad)|fecundaci[óo]n in "
    r"vitro|reproducci[óo]n asistida|inseminaci[óo]n artificial|vitrificaci[óo]n de [óo]vulos|congelar (?:sus "
    r"|mis )?[óo]vulos|transferencia de embriones|"
    r"tratamento de (?:fertilidade|infertilidade)|reprodu[çc][ãa]o assistida|fertiliza[çc][ãa]o in vitro|"
    r"congelar os (?:seus |meus )?[óo]vulos|"
    r"trattament[oi] (?:per la |di |della )?(?:fertilit[àa]|infertilit[àa]|procreazione assistita)|"
    r"fecondazione (?:assistita|in vitro)|procreazione (?:medicalmente )?assistita|"
    r"traitement (?:de |contre l'|pour l')(?:fertilit[ée]|infertilit[ée]|st[ée]rilit[ée])|f[ée]condation in vitro|"
    r"procr[ée]ation m[ée]dicalement assist[ée]e|insémination artificielle|congélation d'ovocytes|"
    r"Kinderwunschbehandlung|Kinderwunsch-Behandlung|künstliche Befruchtung|künstlichen Befruchtung|"
    r"Fruchtbarkeitsbehandlung|(?-i:IVF)-(?:Behandlung|Zyklus|traject|behandeling|poging)|"
    r"vruchtbaarheidsbehandeling|ivf-traject)"
)
_NOT_A_BUSINESS = (
    r"(?![\w-])(?! (?:(?:de|des|di|del|della|der|van|do|da) )?(?:cl[íi]nicas?|cliniques?|cliniche|Kliniken?|klinieken?|"
    r"mercado|march[ée]|mercato|Markt|markt|sector|secteur|settore|Branche|centros?|centres?|centri|Zentren|"
    r"seguros?|assurances?|cobertura|couverture|copertura|remboursement|Erstattung|programas?|programmes?|"
    r"programmi|empresas?|entreprises?|aziende)\b)"
)

# the short names are a person's only when someone does or goes through one ("se está haciendo una FIV", "fait
# une FIV", "sta facendo la PMA"): "PMA" alone is also a power marketing administration, a market approval
_ACRONYM_DONE = (
    r"(?:haciendo|hace|hizo|hacer|empez[óo]|empieza|fait|faire|fera|commence|a commenc[ée]|fa|facendo|fare|ha fatto|"
    r"ha iniziato|fazendo|faz|fez|fazer|come[çc]ou|sottopost[oa] a|en plena|en medio de una) (?:la |una |une |"
    r"uma |sua |su |sa |son |een |ihre |seine |eine |s[ae]gund[oa] |deuxi[èe]me |seconda |nueva |nouvelle |"
    r"nuova |nova )?(?-i:FIV|PMA|ICSI|FIVET|IVF)\b"
)

# ... nor the kind of clinic a supplier sells to ("vende a clínicas de reproducción asistida")
_NOT_A_CLINICS_KIND = "".join(
    f"(?<!{w} )"
    for w in ("clínicas de", "clínica de", "clinicas de", "centros de", "centro de", "cliniques de", "clinique de",
              "centres de", "cliniche di", "clinica di", "centri di", "clínicas de", "Kliniken für", "Klinik für",
              "mercado de", "mercado de la", "marché de la", "sector de la", "setor de")
)  # fmt: skip

FERTILITY_ABROAD = (
    (r"\b" + _NOT_A_CLINICS_KIND + _TREATMENT + _NOT_A_BUSINESS, "person"),
    (r"\b" + _ACRONYM_DONE + _NOT_A_BUSINESS, "person"),
)  # fmt: skip
