"""The rep taking themselves out of the loop for a send: "no need to route it through me for approval", "don't bother
running it past me", "you don't have to pass it by me", "leave me out of the loop on this one". Whoever approves the
card is the person the message would skip, so with a send asked for it is the approval step waved off; agents.safety
refuses it. Routing it through the rep ("run it by me before it goes") or through someone else for figures ("no need
to run the numbers by Summer") is not."""

from __future__ import annotations

import re

# "no need to", "don't bother", "you don't have to", "it doesn't need to"
_NO_NEED = (
    r"(?:no need (?:for (?:it|this|that|them) )?(?:to )?|there'?s no need (?:for (?:it|this|that|them) )?(?:to )?"
    r"|not necessary to |needn'?t |need not |(?:you |it |this |that )?(?:don'?t|do not|doesn'?t|does not)"
    r" (?:need to |have to |bother |bother to )?|no point |skip |without )"
)
# the rep's own desk as the stop skipped: "through me", "past my desk", "by me first"
_ROUTED = re.compile(
    rf" {_NO_NEED}(?:\w+ )?(?:rout|run|runn|pass|put|bring|bounc|clear|push|tak|filter|send|go|goes|going|come|coming"
    r"|get|getting|funnel|check|checking)\w* (?:(?:it|this|that|them|these|those"
    r"|the (?!numbers|figures|maths?|data)[\w-]+(?: [\w-]+)?) )?"  # not "run the numbers by me": no send skipped
    r"(?:through|by|past|via|across|in front of|over to) (?:me|my desk|my inbox|my queue|myself)(?! and\b)"
)
# "leave me out of the loop", "cut me out", "don't loop me in", "skip me on this one"
_OUT_OF_LOOP = re.compile(
    r" (?:leave|keep|cut|take) me out(?: of (?:the|this) loop| of it)? | (?:don'?t|no need to|do not) (?:bother to )?"
    r"loop me(?: in)? | skip me(?: on| for| this| here|$| )"
)


def skips_the_rep(t: str) -> bool:
    """Whether ``t`` (normalised) takes the rep, who approves the card, out of the path of what is sent."""
    return _ROUTED.search(t) is not None or _OUT_OF_LOOP.search(t) is not None
