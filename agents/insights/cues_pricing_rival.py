"""A rival's discount told with any verb of sending or tabling it: "Kestrel CRM just sent me a xmas hamper and a
'last chance' 30% discount", "Lumora came back with a 35% discount". Like ``RIVAL_OFFER`` (cues_pricing.py) it is
their price, not an ask of ours, and signals.py drops it from a sentence that names the rival; an ask of ours beside
it stays ("Stackline sent me a 30% discount; you'd need to come down by 20%")."""

from __future__ import annotations

import re

# words between the verb and the discount: what else came with it, quoted labels ("a 'last chance' 30%"), never an
# ask or its addressee ("sent their deck and asked for a discount" asks one)
_FILLER = (
    r"(?: (?!(?:you|your|yours|asked?|asking|asks|need|needs|needed|want|wants|wanted|could|can|would|if|unless"
    r"|match|beat)\b)[\w%'\u2018\u2019\"\u201c\u201d-]+){0,8}?"
)
RIVAL_SENT = re.compile(
    r"\b(?:sent|sends|sending|e-?mailed|mailed|texted|quoted|floated|tabled|dropped|slid|came back with|come back with"
    r"|coming back with|came in with|put)\b(?: over| across| through| in| on the table)?(?: us| me| them| our [\w-]+"
    r"| my [\w-]+)?" + _FILLER + r" (?:discount|price cut|off)\b",
    re.IGNORECASE,
)
