"""Criminal-record cues for a pending criminal trial or charge told in Spanish, Portuguese or French: "le acusan
de lesiones", "está acusado de estafa", "tiene juicio por la pelea del bar", "va a juicio por agresión", "responde
por lesões corporais", "il passe en correctionnelle", "elle est jugée pour escroquerie". An alleged offence
before a court is criminal-record data (LABELS.md), as "he is accused of assault" is in English.

Senses that must stay quiet: a civil or labour case ("tiene juicio por el despido", "juicio laboral", "procès aux
prud'hommes"), a firm accused ("acusan a la empresa de competencia desleal"), and an accusation that is an
opinion ("le acusan de ser lento", "accusé de trop parler"): so the charge must name an offence."""

from __future__ import annotations

# offences a person is charged with or tried for, Spanish and Portuguese, then French
_OFFENCE = (
    r"(?:(?:un |el |o |a )?(?:delito|crime) de |(?:un |una |el |la )?)?(?:lesiones|les[õo]es(?: corporais)?|"
    r"agresi[óo]n(?:es)?(?: sexual)?|agress[ãa]o|robo|roubo|hurto|furto|estafa|estelionato|fraude|blanqueo|"
    r"apropiaci[óo]n indebida|malversaci[óo]n|cohecho|soborno|suborno|amenazas|amea[çc]as|acoso|ass[ée]dio|"
    r"homicidio|homic[íi]dio|conducir (?:ebrio|borracho|bebido)|alcoholemia|violencia (?:de g[ée]nero|dom[ée]stica)|"
    r"viol[êe]ncia dom[ée]stica|tr[áa]fico de (?:drogas|estupefacientes)|falsedad documental|administraci[óo]n "
    r"desleal|abuso sexual|pelea|riña|rina|briga|coups et blessures|violences?(?: conjugales| volontaires)?|vol|"
    r"escroquerie|agression|abus de biens sociaux|abus de confiance|détournement de fonds|harcèlement|"
    r"conduite en état d['’]ivresse|trafic de stupéfiants|recel)\b"
)
_TRIAL = r"(?:juicio|julgamento|audiencia|audiência|vista oral|procès|audience)"

TRIALS_ABROAD = (
    (
        # accused or charged in person ("le acusan de lesiones", "está imputada por estafa", "accusé de vol")
        r"\b(?:(?:le|la|lo|les|o|a) (?:acusan|acusaron|acusam|acusaram|imputan|denunciaron|denunciou)|"
        r"(?:est[áa]|fue|ha sido|foi|é|está sendo|es) (?:acusad[oa]|imputad[oa]|investigad[oa]|procesad[oa]|"
        r"denunciad[oa]|indiciad[oa]|r[ée]u)|(?:est|a été|sera) (?:accusée?|poursuivie?|mise? en examen|"
        r"jugée?|inculpée?)) (?:formalmente |formellement )?(?:de|por|pour|pelo|pela|du|des) " + _OFFENCE + r"|"
        # a trial of one's own for an offence ("tiene juicio por la pelea", "passe en procès pour vol")
        r"\b(?:tiene|tendrá|tenía|tem|terá|va a|vai a|vai a um|passe en|passera en|a) (?:un |o |su |seu |son )?"
        + _TRIAL
        + r"\b(?: \w+){0,4}? (?:por|pour|pelo|pela) (?:\w+ ){0,1}?"
        + _OFFENCE,
        "person",
    ),
)
