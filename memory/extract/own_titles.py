"""How a speaker gives their own title on one of their lines: "I'm the contact centre director", "As revenue
operations lead I can recommend", "put me down as procurement lead"; or the function they work in: "from the
finance side, yes", "I'm in procurement". ``roles.own_title`` reads a line with these."""

from __future__ import annotations

import re

# ... or the capacity owning the decision: "as head of logistics that's my call", "as CFO, it's my sign-off"
I_WE = r"(?:,? I\b|[,:] we\b|,? (?:that's|that is|it's|it is) (?:my|our) (?:call|decision|sign-?off|budget)\b)"
# a speaker giving their title anywhere on their own lines: "And for your notes, I'm the contact centre director"
_OWN_TITLE = re.compile(r"\b(?i:i'm|i’m|i am|im)\s+(?:(?i:the|a|an|their|your)\s+)?([^,.;:!?\n()]{2,50})")
# ... or speaking in that capacity: "As revenue operations lead I can recommend", "speaking as CFO, I'm fine"
_AS_I = re.compile(r"\b[Aa]s (?:the |a |an |their |our )?([A-Za-z][^,.;:!?\n()]{1,40}?)" + I_WE)
# ... or telling us how to file them: "for your CRM, put me down as procurement lead", "list me as the buyer"
_FILE_ME_AS = re.compile(
    r"\b(?i:put|list|have|mark|log|record|keep)\s+me\s+(?i:down\s+)?(?i:as)\s+(?:(?i:the|a|an|your|our)\s+)?"
    r"([^,.;:!?\n()]{2,40})"
)
OWN_TITLES = (_OWN_TITLE, _AS_I, _FILE_ME_AS)

_FUNCTION = r"(?i:procurement|purchasing|finance|legal|ops|operations|hr|security|compliance|facilities)|IT"
# a speaker placing themselves in a function: "from the finance side, yes", "on the legal side we're fine"
_OWN_SIDE = re.compile(r"\b(?i:from|on) (?i:the |our |my )?(" + _FUNCTION + r") (?i:side)\b")
# ... or saying they work in it, the phrase ending there: "I'm in procurement, Liam is our architect" (not "I'm in
# finance meetings all day", nor the pronoun "I'm in it")
_IN_FUNCTION = re.compile(
    r"\b(?i:i'm|i’m|i am|im|i work)\s+(?i:in)\s+(?:(?i:the)\s+)?(" + _FUNCTION + r")(?:\s+(?i:team))?"
    r"(?=\s*(?:[,.;!?\n]|$)|\s+(?i:and|here|so|but)\b)"
)


def own_function(line: str) -> str | None:
    """The function a speaker says they work in or speak for on ``line``."""
    side = _OWN_SIDE.search(line) or _IN_FUNCTION.search(line)
    return side.group(1) if side else None
