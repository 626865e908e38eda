"""Criminal-record cues for a conviction named as a person's own noun, or a sentence they are serving, in the
languages a rep's notes mix in: Dutch "na zijn veroordeling voor mishandeling", "hij voert een taakstraf uit",
German "seit ihrer Verurteilung wegen Betrugs", "verbüßt eine Haftstrafe", French "depuis sa condamnation pour
fraude", "il purge une peine", "fait des travaux d'intérêt général", Spanish "tras su condena por estafa",
Italian "dopo la sua condanna per", "sconta una pena". (Passive convictions are in :mod:`.lexicon_convictions_abroad`.)

Senses that must stay quiet: a condemnation as criticism (Dutch "zijn veroordeling van de aanslag", French
"sa condamnation de la décision", Italian "la sua condanna dell'attacco"), and a sentence as news or policy ("de
rechter kan een taakstraf opleggen", "die Strafe wurde verbüßt" of nobody named): so the noun needs its owner and
"voor"/"wegens"/"pour"/"por"/"per", and serving needs an active verb."""

from __future__ import annotations

_OWNER = r"(?:zijn|haar|seiner|ihrer|seine|ihre|sa|son|su|la sua|sua|a sua|his|her)"
_CONVICTION = (
    r"\b" + _OWNER + r" (?:\w+ )?(?:veroordeling (?:voor|wegens|tot)|Verurteilung (?:wegen|zu)|condamnation (?:pour|à)|"
    r"condena (?:por|a)|condanna (?:per|a)|condena[çc][ãa]o (?:por|a))\b"
)
# serving it: an active verb and a sentence
_SERVING = (
    # Dutch ("voert een taakstraf uit", "doet een werkstraf", "loopt een enkelband")
    r"\b(?:voert|voerde|doet|deed|draait) (?:\w+ ){0,2}?(?:een |zijn |haar )?(?:taakstraf|werkstraf|celstraf|"
    r"gevangenisstraf)\b|\b(?:loopt|liep) (?:\w+ )?met een enkelband\b|"
    # German ("verbüßt eine Haftstrafe", "sitzt eine Bewährungsstrafe ab", "leistet Sozialstunden ab")
    r"\b(?:verbüßt|verbüsst|verbüßte|verbüsste) (?:\w+ ){0,2}?(?:eine |seine |ihre )?(?:\w+)?[Ss]trafe\b|"
    r"\b(?:sitzt|saß|sass) (?:\w+ ){0,2}?(?:eine |seine |ihre )?(?:Haft|Freiheits|Gefängnis)strafe ab\b|"
    r"\b(?:leistet|leistete|muss) (?:\w+ ){0,2}?Sozialstunden\b|"
    # French ("purge une peine", "effectue des travaux d'intérêt général", "fait des TIG")
    r"\b(?:purge|purgeait|a purgé|purgera) (?:\w+ ){0,2}?(?:une |sa )?peine\b|\b(?:effectue|fait|faisait|doit faire|"
    r"doit effectuer) (?:\w+ ){0,2}?(?:des |ses |un )?(?:travaux d['’]intérêt général|(?-i:TIG))\b|"
    # Italian and Spanish ("sconta una pena", "fa lavori socialmente utili", "hace trabajos en beneficio de la
    # comunidad")
    r"\b(?:sconta|scontava|ha scontato|sconterà) (?:\w+ ){0,2}?(?:una |la sua )?(?:pena|condanna)\b|"
    r"\b(?:fa|sta facendo|svolge) (?:\w+ ){0,2}?(?:i )?lavori socialmente utili\b|"
    r"\b(?:hace|está haciendo|cumple|realiza) (?:\w+ ){0,2}?trabajos en beneficio de la comunidad\b"
)

SENTENCES_SERVED = ((_CONVICTION, "person"), (_SERVING, "person"))
