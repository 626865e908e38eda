"""Political-opinion cues for a party's or a politician's insignia a person wears or shows, told in Polish,
Spanish, Portuguese or Dutch, where the party comes after the thing ("ma przypinkę Konfederacji", "lleva un pin de
Vox", "usava um boné do Bolsonaro", "draagt een speldje van de PVV") or is joined to it ("een PVV-speldje"). The
English order ("a Trump hat") is :mod:`.lexicon_political`'s.

Senses that must stay quiet: insignia as goods a firm makes or ships for a party ("drukujemy przypinki dla
Konfederacji", "imprimimos las camisetas de Vox", "o pedido de bonés do PSDB"): so the thing must be one, worn or
had by someone (a verb of wearing or having, or "with" it), not a batch."""

from __future__ import annotations

from policies.privacy.lexicon_parties import PARTY, POLITICIAN
from policies.privacy.lexicon_party_poland import _PARTY as _POLISH_PARTY

_NAMED = r"(?=(?-i:[A-Z]))(?:" + PARTY + r"|" + POLITICIAN + r")"

# Polish: worn, had or pinned on, the thing in the accusative or instrumental, the party in the genitive after it
_POLISH = (
    r"\b(?:ma|mia[lł]a?|nosi|nosi[lł]a?|przypi[aą][lł]|przypi[eę][lł]a|z|ze|w) (?:\w+ )?(?:przypink[aęią]|"
    r"znacz(?:ek|kiem|ka)|wpink[aęią]|koszulk[aęią]|czapk[aęią]|naklejk[aęią]|szalik(?:iem)?|flag[aęą]) "
    r"(?:z logo |z napisem |z )?" + _POLISH_PARTY
)
# Spanish and Portuguese: the verbs of wearing and having, one thing "de"/"do"/"da" the party or politician (the
# spaces after the thing are "\s", so that the prefilter requires the thing, not " de ")
_IBERIAN = (
    r"\b(?:lleva|llevaba|llevó|usa|usaba|tiene|tenía|trae|traía|luce|lucía|con|usava|tem|tinha|veste|vestia|"
    r"estava com|está com|com) (?:siempre |sempre |todavía |ainda |hoy |hoje )?(?:un|una|uma|um|el|la|o|a|su|sua|"
    r"seu) (?:\w+ )?(?:pin|chapa|insignia|broche|"
    r"bot[óo]n|camiseta|camisa|gorra|gorro|bon[ée]|bandera|bandeira|pegatina|adesivo|pulsera|pulseira|bufanda|"
    r"cachecol)\s(?:de|del|do|da|de la|de los)\s(?:(?:la|el|los|o|a|os)\s)?" + _NAMED + r"\b"
)
# Dutch: the party before the thing, joined ("een PVV-speldje"), or "van" after it ("een speldje van de PVV"); the
# verbs are Dutch only, as "had" and "met" would set the cue off on every English text
_DUTCH_THING = r"(?:speldje|button|pin|petje|pet|shirt|t-shirt|sticker|badge|sjaal|vlag|vlaggetje)"
_DUTCH = (
    r"\b(?:draagt|droeg|heeft) (?:altijd |nog |steeds |vaak |zelfs |ook )?(?:een|zijn|haar|z['’]n) "
    r"(?:" + _NAMED + r"-" + _DUTCH_THING + r"\b|" + _DUTCH_THING + r" van (?:de |het )?" + _NAMED + r"\b)"
)

PARTY_INSIGNIA_ABROAD = ((_POLISH, "person"), (_IBERIAN, "person"), (_DUTCH, "person"))
