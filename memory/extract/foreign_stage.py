"""A stage set in the note's own language, the CRM's English label kept: "Bitte Stage auf Engaging setzen",
"pasar la oportunidad a Engaging", "passer le deal en Won", "zet de deal op Engaging", "mudar o estágio para Lost".
Not when held back ("noch nicht auf Won setzen", "no pasar a Won todavía") or on a condition ("wenn sie
unterschreiben, auf Won setzen", "si firman, pasar a Won")."""

from __future__ import annotations

import re

_STAGE = r"(prospecting|engaging|won|lost)\b(?!['’])"
_NOUN = r"(?:(?:die |den |das |el |la |lo |le |l'|de |het |o |a |il )?(?:stage|status|phase|stufe|etapa|fase|estado|" \
    r"étape|statut|estágio|stato|deal|opp\w*|oportunidad|opportunit[éey]|chance|kans)\s+)?"  # fmt: skip
_SET = re.compile(
    # German and Dutch: the stage, then the verb last ("auf Engaging setzen", "op Engaging zetten")
    r"\b(?:auf|op|naar)\s+" + _STAGE + r"\s+(?:zu\s+)?(?:setzen|stellen|umstellen|ändern|gesetzt|gestellt|geändert|"
    r"zetten|gezet|verplaatsen|zetten)\b"
    # German, Dutch and the Romance languages: the verb first ("setz es auf Won", "pasar la oportunidad a Engaging")
    r"|\b(?:setz\w*|stell\w*|zet|zetten|pasa\w*|pon\w*|mueve|mover\w*|cambia\w*|marca\w*|deja\w*|pass(?:e|er|ez|ons)|"
    r"mett(?:re|s|ez|ons)|mets|marqu(?:e|er|ez)|bascul\w*|mud(?:a|ar)\w*|coloc\w*|spost\w*|segn\w*|mett(?:i|ere))"
    r"(?:\s+(?:es|ihn|sie|ihn|lo|la|le|het|hem|o|a|ceci|isso))?\s+"
    + _NOUN
    + r"(?:auf|op|naar|a|al|en|como|à|comme|para|em|in|su|come)\s+"
    + _STAGE
    # ... the stage closing the clause: not the English word in "pasamos a engaging discussions"
    + r"(?=\s*(?:[.,;:!?)\n—–-]|$)"
    r"|\s+(?:bitte|please|por favor|svp|heute|hoy|today|jetzt|now|ya|maintenant|agora|ora|nu)\b)"
)  # run on the lower-cased text
_HELD = re.compile(r"\b(?:nicht|kein\w*|no|nunca|todavía no|aún no|pas|ne|niet|nog niet|não|non)\b[^.;!?\n]{0,25}$")
_IF = re.compile(r"\b(?:wenn|falls|sobald|si|cuando|quand|dès que|als|zodra|se|quando|once|if)\b[^.;!?\n]{0,60}$")


def foreign_stage(low: str) -> list[tuple[int, str]]:
    """Where each stage set in another language is said, with the stage; ``low`` is the lower-cased note."""
    found = []
    for m in _SET.finditer(low):
        before = low[max(0, m.start() - 60) : m.start()]
        if _HELD.search(before) or _IF.search(before):
            continue
        found.append((m.start(), m.group(1) or m.group(2)))
    return found
