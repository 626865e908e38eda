"""Phone numbers asked for: "whats the direct cell # for the IT director at Kan-code?", "give me their buyer's
mobile number", "best number to reach the CFO at Konex". No tool of ours reads a phone number: the bot answers from
deals, accounts and products, and reaches customers only by a drafted email the rep approves. So the ask is out of
scope (agents.offline.domain), never answered with the account's figures. It is no privacy refusal: a work number
is no private detail (a home or personal one is refused as private by agents.safety_private).

Not caught: a phone call, a drive or a flight mentioned around a real question ("had a call with their IT director
- how many deals have we won there?"), and numbers that are figures ("the number of deals", "my numbers").
Patterns run on ``normalised`` text."""

from __future__ import annotations

import re

# a phone number, named so it can only be one: "cell #", "mobile number", "direct line"; or someone's phone ("the
# CFO's cell", "his mobile"), not a "phone call", a "mobile app" or "cell tower"
_DEVICE = r"(?:phone|telephone|cell|cellphone|cell phone|mobile|mobile phone)"
_SOMEONE = (
    r"(?:his|her|their|cfo|ceo|cto|cio|coo|cmo|vp|director|manager|buyer|champion|contact|rep|lead|head|owner"
    r"|founder|guy|gal|woman|man|person|assistant|procurement|admin|president|chief|officer|boss)"
)
_PHONE = (
    rf"(?:(?:direct|work|office|main|business|best|personal) )?{_DEVICE} (?:number|numbers|#|num|no)"
    r"|direct (?:line|dial|number|#)|landline|land line|whatsapp"
    rf"|{_SOMEONE} (?:(?:direct|work|office|business) )?{_DEVICE}(?! (?:calls?|conversations?|meetings?|chats?"
    r"|screens?|interviews?|apps?|bills?|plans?|deals?|sales|contracts?|campaigns?|support|towers?|service|services"
    r"|providers?|carriers?|coverage|signal|network|devices?|version|logs?|notes?|records?|revenue|budget|systems?"
    r"|upgrades?|rollouts?|projects?|orders?|purchases?|vendors?|hardware|equipment|usage|polic(?:y|ies)|charges?"
    r"|expenses?|spend))"
)
_LOOKUP = (
    r"(?:what|whats|what's|what is|what are|which|do you have|have you got|you got|got|is there|give me|get me|send me"
    r"|find|find me|look up|dig up|pull up|pull|share|need|i need|want|can i get|can i have|could i get|know)"
)
# the ask, the phone within a few words of it: "whats the direct cell # for ...", "need the CFO's direct line"; not
# the rep's own or ours ("what's on my phone"), nor one given ("if you need a room, the hotel phone number is 503...")
_ASKED = re.compile(
    rf" {_LOOKUP} (?:[\w'&#-]+ ){{0,6}}?(?<! my )(?<! our )(?<! your )(?:{_PHONE})(?= )(?! (?:is|are|was|at|on) \d)"
    # or only named, as a terse ask: "phone numbers for Kan-code?", "the CFO's cell at Konex pls"
    rf"|^ (?:(?:the|their|a|any|his|her) )?(?:{_PHONE}) (?:for|of|at|from|on) (?!\d)"
)
# a number wanted to call someone on: "best number to reach their buyer", "what number do I call for the CFO"
_NUMBER_TO_CALL = re.compile(
    rf" {_LOOKUP} (?:(?:the|a|an|their|his|her|best|right|good|direct|other|another|any) ){{0,3}}(?:number|#)"
    r" (?:(?:do|should|can|could) i |i (?:can|should|could) |to )(?:use to )?(?:call|reach|ring"
    r"|dial|text|phone|get hold of|get ahold of|contact) (?!back |out )"
)
# one of these is in every ask above: most messages have none, and skip the patterns
_CUES = ("phone", "cell", "mobile", "direct ", "landline", "land line", "whatsapp", "number", " #")


def asks_phone_number(t: str) -> bool:
    """Whether ``t`` (normalised) asks for someone's phone number, which the bot has no way to look up."""
    if not any(word in t for word in _CUES):
        return False
    return _ASKED.search(t) is not None or _NUMBER_TO_CALL.search(t) is not None
