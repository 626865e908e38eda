"""A signature word that only says why we send a paper ("sending the contract for signature today", "I'll
DocuSign the order form for countersignature tomorrow"): the date is our sending's, a next step, not when the
customer signs. "They sign by the 20th" or "signature expected Friday" stay closing words."""

from __future__ import annotations

import re

# a sending verb, then the paper, then "for" right before the signature word
_SENT_FOR = re.compile(
    r"\b(?:send|sends|sending|sent|email|emailing|emailed|forward|forwarding|forwarded|docusign|docusigning|"
    r"routing|route|issue|issuing)\b[^.;!?\n]{0,50}\bfor (?:(?:their|his|her|the|final|e-) ?){0,2}$"
)


# ... or names the paper we send: "I'll send the signature page tonight", "emailing the signature pack tomorrow"
_SENT_PAPER = re.compile(
    r"\b(?:send|sends|sending|sent|email|emailing|forward|forwarding|courier|post|get|getting|upload|uploading)\b"
    r"(?: (?:you|them|him|her|over|across))? (?:the|a|our|your|their|an) (?:final |updated |clean |revised )?$"
)
_PAPER_NAME = re.compile(r"signature (?:pages?|packs?|packets?|blocks?|copy|copies|version|doc\w*)\b")


def sent_for_signature(low: str, at: int) -> bool:
    """Whether the signature word at ``at`` (in the lower-cased ``low``) is the purpose of our sending a paper, or
    part of the paper's name we send."""
    if _PAPER_NAME.match(low, at) and _SENT_PAPER.search(low, max(0, at - 50), at):
        return True
    return bool(_SENT_FOR.search(low, max(0, at - 80), at))


# ... with the sending's day straight after: "emailing the order form for signature today, back by the 28th"
_SENDING_DAY = re.compile(r"for (?:(?:their|his|her|the|final|e-) ?){0,2}(?:counter)?signature\s*,?\s*(?:on\s+)?$")


def sending_day(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` in ``sentence`` is the day we send a paper for signature, not the signing."""
    low = sentence.lower()
    near = _SENDING_DAY.search(low, max(0, start - 40), start)
    return near is not None and sent_for_signature(low, near.start() + len(near.group(0).split("signature")[0]))
