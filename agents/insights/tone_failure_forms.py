"""Failures of ours told in forms the plain-failure cues (tone_failure.FAILURE) miss: a document we sent carrying
another customer's details or the wrong figures ("the contract you sent has another company's name all through
schedule 2"), and a no-show told by ellipsis after what did happen ("Unit arrived on the 28th. Technician didn't.")."""

from __future__ import annotations

import re

_DOCUMENT = (
    r"(?:contract|quote|quotation|invoice|proposal|order form|draft|agreement|document|paperwork|statement|renewal"
    r"|schedule|pack)s?"
)
FAILURE_FORMS = re.compile(
    # what we sent, wrong in what it says: someone else's details, or the wrong ones
    r"\b" + _DOCUMENT + r" (?:that )?(?:you|your [\w-]+) (?:sent|gave|shared|attached|issued|emailed|drew up"
    r"|prepared|produced)\b[^.;]{0,60}\b(?:another (?:company|customer|client|firm|organi[sz]ation|account)"
    r"(?:'s|\u2019s)"
    r"|someone else(?:'s|\u2019s)|(?:the )?wrong (?:name|company|customer|client|prices?|pricing|figures?|amounts?"
    r"|details|address|entity|terms)|incorrect (?:name|prices?|pricing|figures?|amounts?|details|address|terms))"
    # the no-show as a bare sentence of a person or thing of ours: "Technician didn't.", "The engineer never did."
    r"|(?:^|(?<=[.!?]\s))(?:the |your |our )?(?!(?:I|We|You|They|He|She|It|That|This|Which|Who)\b)[A-Z]?[a-z-]+"
    r"(?: [a-z-]+)? (?:didn't|did not|never did|still hasn't|hasn't|wasn't|never was)[.!]*(?=\s|$)",
)
