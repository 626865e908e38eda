"""An office held in a part of a union or a party, the body named after the part ("chairs the drivers' branch
of the union", "secretary of the Leeds branch of Unite", "sits on the committee of the local branch of the
Free Democrats"): one rule over the sentence's parts (an office, a unit, the body), which the union and the
party cues (:mod:`.lexicon_unions`, :mod:`.lexicon_party_members`) fill with their own body.

What must stay quiet: a part of a firm or a bank ("heads the Leeds branch of Barclays"), a meeting chaired
with a branch ("chairs the call with the Leeds branch of Unite"), a set's union ("the union of two sets")."""

from __future__ import annotations

# the office: said with a verb ("chairs", "sits on"), or as a title before "of" ("treasurer of", "rep for")
_HOLDS = (
    r"(?:chairs?|chaired|chairing|heads?(?: up)?|headed(?: up)?|heading(?: up)?|leads|led|leading|runs|ran|running|"
    r"presides? over|presided over|presiding over|fronts|fronted|fronting|convenes|convened|convening|"
    r"(?:sits?|sat|sitting|serves?|served|serving|elected|re-elected|co-opted) (?:on|to|onto)|"
    r"(?:chair(?:man|woman|person)?|vice-chair(?:man|woman|person)?|president|vice[- ]president|secretary|"
    r"treasurer|steward|organi[sz]er|delegate|conven[eo]r|officer|official|rep|representative|"
    r"spokes(?:man|woman|person)|member|leader|head|founder|co-founder) (?:of|for|in|at))"
)
# the part of the body; words before it may name its trade or place, but not open a new phrase ("with")
_UNIT = r"(?:branch|local|chapter|lodge|chapel|section|wing|committee|executive|caucus|association)(?:es|s)?"
_WORDS_BEFORE = r"(?:(?!(?:with|and|about|to|from|on|at|by|against|versus|vs)\b)[\w.'’-]+ ){0,4}?"


def office_in_a_branch(body: str) -> str:
    """A regex for an office held in a unit ``of`` the body ``body`` matches (a union's or a party's name)."""
    return (
        r"\b"
        + _HOLDS
        + r" (?:the |a |an |his |her |their |our |its )?"
        + _WORDS_BEFORE
        + _UNIT
        + r" of (?:the |his |her |their |our |its )?(?:local |regional |national )?"
        + body
    )
