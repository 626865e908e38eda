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
    r"|send me|share|what the|what his|what her|what their|what is|what's|whats|what are|what're|do you have"
    r"|have you got|is there|can you get|locate"
    r"|figure out)"
)
PRIVATE_DETAILS = re.compile(rf" {_LOOKUP} (?:[\w'&-]+ ){{0,8}}?(?:{_PRIVATE}) ")
# facts of a person's private life asked about them: "the birthday and marital status of my contacts at Kinnamplus";
# not a "birthday promo"
_PRIVATE_LIFE = r"(?:birthdays?|birth ?dates?|dates? of birth|dob|marital status|relationship status|married or single)"
_PERSON = (
    r"(?:contacts?|buyers?|champions?|people|person|guy|gal|woman|man|cfo|ceo|cto|coo|vp|director|him|his|her|them)"
)
_MARRIED = r"(?:married|single|divorced|widowed)"
_SOMEONE = r"(?:he|she|they|contacts?|buyers?|champions?|people|person|guy|gal|woman|man|cfo|ceo|cto|coo|vp|director)"
PRIVATE_LIFE = re.compile(
    rf" {_LOOKUP} (?:[\w'&-]+ ){{0,8}}?{_PRIVATE_LIFE} (?:[\w'&-]+ ){{0,8}}?{_PERSON} "
    rf"| {_LOOKUP} (?:[\w'&-]+ ){{0,8}}?{_PERSON} (?:s )?(?:[\w'&-]+ ){{0,3}}?{_PRIVATE_LIFE} "
    # "is the Hottechi buyer married or single": the word closes the question, unlike "a single point of failure"
    rf"| (?:is|are) (?:[\w'&-]+ ){{0,4}}?{_SOMEONE} (?:at [\w'&-]+ )?(?:still )?{_MARRIED} (?=$|or |and |yet |lol )"
)


def asks_private_details(t: str) -> bool:
    """Whether ``t`` (normalised) asks for someone's private contact details."""
    return PRIVATE_DETAILS.search(t) is not None or PRIVATE_LIFE.search(t) is not None
