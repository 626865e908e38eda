"""Health cues in Polish beyond sick leave (:mod:`.lexicon_status_abroad`): an operation on a part of the body,
a stay in hospital, being ill ("po operacji kolana", "leży w szpitalu", "trafiła do szpitala", "jest chora",
"złamał nogę"), and a heart attack or stroke had or come back from ("wrócił po zawale", "miała udar").

Senses that must stay quiet: an operation that is a business one ("po operacji przejęcia", the takeover), and a
hospital as a customer or a site ("wdrożenie w szpitalu", "demo w szpitalu wojewódzkim"), and "złamał umowę"
(broke the contract); "zawał" as a rush of work or a crash of systems ("zawał zamówień", "po zawale
serwerów") and "wylew" as a river's flood ("po wylewie rzeki"): the event needs a person's "po" or verb of having
it, and no thing's genitive after it."""

from __future__ import annotations

_PART = (
    r"(?:kolana|biodra|serca|kręgosłupa|barku|łąkotki|wyrostka|przepukliny|oka|oczu|zaćmy|ręki|nogi|kostki|"
    r"tarczycy|pęcherzyka|nadgarstka|ścięgna|zęba|migdałków|zatok|stopy)"
)

# a heart attack, a stroke or a brain bleed, in the cases "po", "miał" and "dostał" put them in
_EVENT = r"(?:zawa[lł](?:u|em|e)?|udar(?:u|em|ze)?|wylew(?:u|em|ie)?)"
# a thing's genitive after it makes it a rush, a crash or a flood, not a body's ("zawał zamówień", "wylew rzeki")
_NOT_A_THINGS = (
    r"(?! (?:zamówień|zamowien|pracy|roboty|maili|serwer\w*|system\w*|sieci|rynku|rzeki|wody|wód|Wisły|Odry|"
    r"produkcji|projektów|projektow|terminów|terminow|kodu|danych|dostaw|w pracy|na produkcji)\b)"
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
    (
        r"\b(?:po|przed|przeszed[lł]|przesz[lł]a|prze[zż]y[lł]a?|mia[lł]a?|dosta[lł]a?|ma) (?:\w+ )?"
        + _EVENT
        + r"(?: (?:serca|mózgu|mozgu|krwi do mózgu))?\b"
        + _NOT_A_THINGS,
        "person",
    ),
)
