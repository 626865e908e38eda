"""An account's sister companies asked without the word "sister": "who's the parent of Faxquote, and what other accts
sit under that same parent", "which accounts share a parent with Faxquote", "faxquote's parent - and the other cos
under it?". The parent's other subsidiaries are meant, not the account's own (it has none); "what other accounts sit
under Sonron" names the parent itself and stays a question about its subsidiaries."""

from __future__ import annotations

import re

_OTHERS = r"(?:accounts|accts|companies|cos|firms|subs|subsidiaries|entities|businesses|ones|customers|members)"
# the others under the parent just asked about: "what other accts sit under that same parent", "the rest under it"
_UNDER_THE_PARENT = re.compile(
    rf" (?:other|rest of the|remaining|any more) (?:its )?{_OTHERS} (?:[\w'-]+ ){{0,3}}?(?:under|in|of|below|owned by"
    r"|belonging to|with|beneath) (?:that|the|this|its|their|same|that same|the same|it|them)(?: same)?"
    r"(?: (?:parent|group|owner|holding|family|company|co))?(?= )"
    r"| other its subsidiaries "  # "the other cos under it", as normalised
)
# the parent named as shared: "share a parent with Faxquote", "same parent as Faxquote", "under the same parent"
_SHARED_PARENT = re.compile(
    r" (?:share|shares|sharing|shared|have|has|with) (?:a|the same|the|its|their|one) (?:same |common )?parent"
    r"(?: company| co)? | same parent(?: company| co)? (?:as|like) | (?:under|with|by) the same (?:parent|owner) "
)


def with_sisters(t: str, facts: tuple[str, ...]) -> tuple[str, ...]:
    """``facts`` with "sisters" for the parent's other subsidiaries asked of ``t`` (normalised), and without the
    account's own subsidiaries that the same words ("sit under") cued."""
    shared = _SHARED_PARENT.search(t) is not None
    if not shared and not ("parent" in facts and _UNDER_THE_PARENT.search(t)):
        return facts
    return tuple(f for f in facts if f != "subsidiaries") + (() if "sisters" in facts else ("sisters",))
