"""Where a name is placed at another organisation (masked ``§``) rather than the customer: "Derek Mills at §",
"§'s account exec, some guy called Rob Tate", "§ (Efua Quansah, their AE)". Split from ``sides`` (its size limit)."""

from __future__ import annotations

import re

OTHER_ORG_AFTER = re.compile(
    r"^\s*(?:at|from|of|with)\s+§"
    # placed there with a word or a clause between: "Anita Brooks over at Toughzap", "Li Wei, who runs IT at Sonron"
    r"|^\s*,?\s*(?:over|out|now|currently|based|working|who works|who(?:['’]s| is)? (?:now |currently )?(?:based )?)"
    r"\s*(?:at|from|with)\s+§"
    r"|^\s*,?\s*who\s+(?!used\b|was\b|were\b)(?:[\w-]+\s+){1,3}?(?:at|over at|for)\s+§"
    # a title glossed after the name, then the firm: "Trent Waller, the account exec at §", "Jo Ames, a rep from §"
    r"|^\s*,\s*(?:the|their|a|an|its)\s+(?:[\w-]+\s+){1,3}?(?:at|from)\s+§"
    r"|^\s*[,(]\s*(?:(?:a|an|the|their|its|one of)\s+)?(?:[a-z-]+\s+)?§"  # "Mark Dunne, a Quorvia partner rep"
)
# a filler between a seller's title and their name: "Lumora's account exec, some guy called Rob Tate"
_CALLED_FILLER = (
    r"(?:(?:(?:some|a|an|this|one) (?:guy|woman|man|lady|chap|bloke|fellow|person|gal)|someone|somebody)"
    r" (?:called|named) )?"
)
# a seller's title in capitals, said like a word: "Stackline's AE Rick Dorsey", "Quorvia's regional VP Jo Ames"
_CAPS_TITLE = r"(?:AE|SE|AM|SDR|BDR|VP|SVP|EVP|RVP|CEO|CTO|CFO|COO|CRO|CMO|MD|GM)"
OTHER_ORG_BEFORE = re.compile(
    r"§+'s\s+(?:[a-z-]+,?\s+){0,3}" + _CALLED_FILLER + r"$|"
    r"§+'s\s+(?:[a-z-]+\s+){0,2}" + _CAPS_TITLE + r"\s+$|"  # no comma between: "Brightwave's demo, CFO Lena Park"
    # the vendor's title in capitals, then a comma: "Quorvia's EMEA CTO, Jan Berg"
    r"§+'s\s+(?:(?!(?:to|for|with|about|from)\b)[A-Za-z-]+\s+){0,3}(?!(?:to|for|with|about|from)\b)[A-Za-z-]+,\s*"
    + _CALLED_FILLER
    + "$"
    r"|§+\s+(?:account |sales |area )?(?:rep|manager|exec\w*|guy|person|ae|am)\s*,?\s*" + _CALLED_FILLER + "$"
    # "a call with Cheers (their COO, Paul Weber"; not the one their seller writes to: "(their rep Tim Ek keeps
    # calling Omar"
    r"|§+\s*[(,]\s*(?:their|its)\s+(?![\w -]{0,30}?\b[A-Z][a-z]+ [A-Z][a-z]+ (?:[a-z]+ )*?[a-z]+(?:s|ed|ing) $)"
    r"[\w -]{1,30},?\s*$"
    r"|§+\s*\(\s*$"  # the firm's person in brackets after it: "Brightwave (Efua Quansah, their AE)"
    # another firm's own use of the product, then its person in the next clause: "Sonron runs twelve units; their
    # plant manager Ivan Petrov will host" (a reference customer's person)
    r"|§+\s+(?:runs|uses|has|is using|bought|deployed|installed|rolled out|went live)\b[^.!?\n§¤]{0,60}[;,—–]\s*"
    r"(?:their|its)\s+[\w -]{1,30},?\s*$"
    # the vendor named earlier in the sentence, its seller after: "Tellurix came in low, their guy Jonah Pratt"
    # (a long sentence may run between: "Kestrel came in at 40k against our 47k ..., and their rep, Ben Hartley"; or
    # a semicolon soon after the vendor: "Incumbent is Brightwave; their AE, Sanjay Kapoor")
    r"|§+(?:[^.;!?\n§¤]{0,40};)?[^.;!?\n§¤]{0,120}\btheir (?i:(?:sales |account |partner )?(?:guy|rep|person|"
    r"salesperson|salesman|saleswoman|ae|exec\w*|manager))\s*,?\s*$"
    # ... or opening the next sentence with a seller's title: "Brightwave sent a quote. Their account exec, Lisa Holm"
    # (in a transcript the next speaker's turn may open it: "... with §?\nIngvild Rostad: Their account manager, Paul")
    r"|§+[^;!?\n§¤]{0,60}[.!?](?:\s*\n[^\n:§¤]{1,60}:)?\s+(?:(?i:yes|yeah|well|so|honestly|oh|um|uh|hmm)[,.]?\s+)*"
    r"(?i:their) (?i:(?:sales |account )?(?:rep|salesperson|salesman|saleswoman|ae|"
    r"account (?:exec\w*|manager)|sales (?:manager|director|lead)))\s*,?\s*$"
    r"|§+(?:'s)?\s+as (?:a |an |our )?reference\b[^.;!?\n§¤]{0,20}\b(?:their|its)\s+[\w -]{0,30}$",
)  # ^ "Hottechi as a reference - their admin Paul Grant": the reference customer's person
