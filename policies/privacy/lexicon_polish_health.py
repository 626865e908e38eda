"""Health cues in Polish beyond sick leave (:mod:`.lexicon_status_abroad`): an operation on a part of the body,
a stay in hospital, being ill ("po operacji kolana", "leży w szpitalu", "trafiła do szpitala", "jest chora",
"złamał nogę").

Senses that must stay quiet: an operation that is a business one ("po operacji przejęcia", the takeover), and a
hospital as a customer or a site ("wdrożenie w szpitalu", "demo w szpitalu wojewódzkim"), and "złamał umowę"
(broke the contract)."""

from __future__ import annotations

_PART = (
    r"(?:kolana|biodra|serca|kręgosłupa|barku|łąkotki|wyrostka|przepukliny|oka|oczu|zaćmy|ręki|nogi|kostki|"
    r"tarczycy|pęcherzyka|nadgarstka|ścięgna|zęba|migdałków|zatok|stopy)"
)

POLISH_HEALTH = (
    (
        r"\b(?:po|przed|czeka na|ma|miał|miała|przeszedł|przeszła) (?:operacji|operację|operacja|zabiegu|zabieg) "
        + _PART
        + r"\b",
        "person",
    ),
    (
        r"\b(?:jest|leży|był|była|przebywa|został|została|zostanie) (?:teraz |nadal |jeszcze )?w szpitalu\b|"
        r"\b(?:trafił|trafiła|poszedł|poszła|trafi) do szpitala\b|\b(?:jest|był|była) (?:ciężko |bardzo )?"
        r"(?:chory|chora)\b|\b(?:zachorował|zachorowała)\b|\b(?:złamał|złamała|skręcił|skręciła) (?:sobie )?"
        r"(?:nogę|rękę|kostkę|nadgarstek|obojczyk|żebro|kolano|palec)\b",
        "person",
    ),
)
