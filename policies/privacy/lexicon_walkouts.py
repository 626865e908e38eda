"""Trade-union cues for a striker told from the strike itself: "I'll be dialling in from the picket line",
"calling in from the picket", "our local is out over the pension changes", "her local went out on strike".
Being on a picket line is :mod:`.lexicon_unions`'s; these are the ways a striker says where they are calling
from, and a union branch ("the local") said to be out.

Senses that must stay quiet: a picket seen by someone else ("Reuters ran footage from the picket line"), a
local shop, team or pub ("our local team is out over the holidays", "our local is out of stock")."""

from __future__ import annotations

WALKOUTS = (
    (
        r"\b(?:dialling|dialing|calling|phoning|ringing|logging|joining|zooming|video-?calling) in from (?:a |the |"
        r"our |my |his |her |their )?(?:[\w.'’-]+ )?picket(?: lines?)?\b(?! fences?)|"
        r"\b(?:our|my|his|her|their) (?:union )?local (?:is|was|are|were|'s|’s|went|has gone|have gone|goes|"
        r"voted to go) out (?:on strike|over|again|for|since|from|until|today|tomorrow)\b",
        "person",
    ),
)
