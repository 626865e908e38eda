"""Whether a figure in a note is a competitor's price, not this deal's value: the rival is named in the
sentence, then its seller or its quote comes before the figure."""

from __future__ import annotations

import re

# the rival's seller or offer, in the figure's clause, after the rival is named in the sentence
_RIVAL_SELLER = re.compile(
    r"\btheir (?:sales |account )?(?:guy|rep|person|ae|exec\w*|salesperson|price|quote|offer|bid|number)\b"
    # the verb in any form, as non-native notes say it: "NorthPeak quote them fifty k"
    r"|\b(?:offer(?:ed|ing|s)?|quot(?:e|ed|ing|es)) (?:us|them)\b",
    re.IGNORECASE,
)
# a rival named with a quoting verb, its figure following in a later clause: "Stackline also quoted, at about $9k"
_RIVAL_QUOTE_VERB = re.compile(r"\b(?:quot(?:e|ed|ing|es)|bid|offered|came in|priced|charg(?:ed|es|ing))\b")
# ... unless the sentence turns back to our own figure before it: "Stackline quoted, but ours is 12k"
_OUR_TURN = re.compile(r"\b(?:but|whereas|while|however|though|we|we're|our|ours|you|you're|your|yours)\b")


def rivals_price(sentence: str, start: int, clause: str, rivals: list[str]) -> bool:
    """Whether the figure at ``start`` in ``sentence`` (``clause`` the part around it) is a rival's price;
    ``rivals`` are lower-cased first words of the competitors' names."""
    before = sentence[:start].lower()
    if _RIVAL_SELLER.search(clause) and any(r in before for r in rivals):
        return True  # "Tellurix came in low, their guy offered us twenty K"
    for rival in rivals:
        at = before.rfind(rival)
        if at == -1 or len(before) - at > 70:
            continue
        between = before[at + len(rival) :]
        if _RIVAL_QUOTE_VERB.search(between) and not _OUR_TURN.search(between):
            return True
    return False
