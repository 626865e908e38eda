"""Asking for a person's private contact details: a home address, a personal mobile, a private email. A contact's
work details are in the CRM; anything beyond them is not ours to look up (GDPR data minimisation), whatever the
kind motive ("drop off a hamper at her house"). Patterns run on ``normalised`` text."""

from __future__ import annotations

import re

_PRIVATE = (
    r"(?:home|house|residential|private|personal|own) (?:address|addresses|postcode|zip code|phone|phone number"
    r"|number|cell|cell number|mobile|mobile number|email|email address|e-mail|whatsapp|landline)"
    r"|where (?:she|he|they) (?:lives?|live|stays?)|(?:her|his|their) (?:house|home|flat|apartment)(?! office)"
    # their private accounts online and where they go: "his personal instagram", "where he's been checking in"
    r"|(?:personal|private) (?:instagram|facebook|tiktok|snapchat|twitter|x account|social media|socials|profiles?"
    r"|accounts?)|where (?:she|he|they)(?:'s| is| has|'ve| have| are|'re)? (?:been )?(?:checking in|hanging out"
    r"|going|spending (?:her|his|their) (?:evenings|weekends))|(?:his|her|their) (?:location|whereabouts|movements)"
)
_LOOKUP = (
    r"(?:dig up|dig out|look up|find|find out|get|get me|give me|pull|pull up|track down|search for|hunt down"
    r"|send me|share|what is|what's|whats|what are|what're|do you have|have you got|is there|can you get|locate"
    r"|figure out)"
)
PRIVATE_DETAILS = re.compile(rf" {_LOOKUP} (?:[\w'&-]+ ){{0,8}}?(?:{_PRIVATE}) ")


def asks_private_details(t: str) -> bool:
    """Whether ``t`` (normalised) asks for someone's private contact details."""
    return PRIVATE_DETAILS.search(t) is not None
