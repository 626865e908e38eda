"""The lines other mail clients and languages use to head a forwarded or quoted mail: Apple Mail's "Begin forwarded
message:", Outlook's "-----Ursprüngliche Nachricht-----" or "-----Message d'origine-----", and the headers under
them ("Von:", "De :", "Van:", "Betreff:", "Objet :"). A forward in German is still a forward: what it passes on is
read for what it says, and the quoted mail below a reply is not the customer's own words."""

from __future__ import annotations

# a marker that heads a forwarded mail, in other clients and languages
FORWARD_HEADS = (
    r"begin forwarded message|forwarded message|weitergeleitete nachricht|anfang der weitergeleiteten nachricht"
    r"|doorgestuurd bericht|begin doorgestuurd bericht|message transf[ée]r[ée]|d[ée]but du message r[ée]exp[ée]di[ée]"
    r"|mensaje reenviado|inicio del mensaje reenviado|messaggio inoltrato"
)
# a marker that heads an original mail quoted in a reply
ORIGINAL_HEADS = (
    r"urspr[üu]ngliche nachricht|message d'origine|oorspronkelijk bericht|mensaje original|messaggio originale"
)
# the quoted block starts at one of these lines (the English ones are thread.py's own)
QUOTE_START = rf"-*\s*(?:{FORWARD_HEADS}|{ORIGINAL_HEADS})\s*-*\s*:?\s*$"
# header names in those languages
HEADER_NAMES = (
    r"von|an|betreff|gesendet|datum|de|à|objet|envoy[ée]|date|van|aan|onderwerp|verzonden|asunto|enviado|para"
)
