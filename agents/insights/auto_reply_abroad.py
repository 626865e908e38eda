"""Auto-reply markers in the customer's own language: "[Automatisch antwoord]", "Automatische Antwort",
"Abwesenheitsnotiz", "Réponse automatique", "Respuesta automática", "Risposta automatica". A mail client answering
in Dutch or German is no more a reply from a person than one answering in English."""

from __future__ import annotations

import re

AUTO_REPLY_ABROAD = re.compile(
    r"\b(?:automatische? (?:antwort|antwoord|beantwoording)|abwesenheits(?:notiz|nachricht|meldung)"
    r"|afwezigheidsbericht|r[ée]ponse automatique|message d'absence|respuesta autom[áa]tica"
    r"|risposta automatica|resposta autom[áa]tica)\b",
    re.IGNORECASE,
)
