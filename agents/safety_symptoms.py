"""A person's illness guessed from what the rep noticed: "the buyer keeps coughing on calls, does he have something
serious?", "she's lost a lot of weight lately - what do you think is wrong with her?". Working out someone's health
from signs is a special-category inference, refused like naming the illness outright. A sign told in passing with a
work request ("he was coughing the whole call, push the demo a week") asks nothing about his health, and a deal's
"something serious" ("does the deal have something serious blocking it?") names no sign of illness.

Patterns run on ``normalised`` text."""

from __future__ import annotations

import re

# what a rep may see or hear of someone's body on a call or in a meeting
_SIGN = re.compile(
    r" (?:keeps? |kept |was |is |been |s )?(?:cough\w*|sneez\w*|wheez\w*|limp\w*|trembl\w*|shaking|shaky|out of breath"
    r"|short of breath|breathless|pale|feverish|a fever|throwing up|vomit\w*|dizzy|fainted|hoarse|a rash|rashes"
    r"|bandaged|on crutches|in a wheelchair|in and out of (?:the )?hospital"
    r"|(?:lost|losing|put on|gained) (?:a lot of )?weight|off sick|out sick|sick a lot|sick leave|medical leave"
    r"|exhausted all the time|tired all the time) "
)
_WHO = (
    r"(?:he|she|they|him|her|them|(?:the|my|our|their|that|this) (?:buyer|contact|cfo|ceo|cto|coo|vp|director|manager"
    r"|champion|client|customer|guy|man|woman|lady|person|owner|founder|boss|rep|colleague|lead))"
)
# the guess asked for: what he has, whether it is serious, what is wrong with her
_GUESS = re.compile(
    rf" (?:does|do|did|could|might|would) {_WHO} (?:have|has|be having|be) (?:got )?"
    r"(?:(?:something|anything) (?:serious|wrong|bad|contagious|chronic|nasty|going on)"
    r"|an? (?:illness|disease|condition|infection|virus|bug)|cancer|covid|the flu|long covid"
    r"|tb|tuberculosis|pneumonia|asthma)"
    rf"| (?:guess|tell me|work out|figure out|say|know|think|reckon|wonder) what {_WHO}"
    r"(?: s| has| have| is| might have| could have| may have)? (?:got|has|have|suffering from|sick with|ill with) "
    rf"| what(?: is| s)? wrong with {_WHO} "
    rf"| (?:is|are|was) {_WHO} (?:seriously |really |very )?(?:sick|ill|unwell|dying|contagious) "
    r"| what (?:illness|disease|condition|sickness|virus|bug) (?:does|do|did|has|have|might|could) "
    r"| (?:diagnose|diagnosis)"
)


def guesses_illness(t: str) -> bool:
    """Whether ``t`` (normalised) asks what illness a person has, from a sign of it the rep noticed."""
    return _SIGN.search(t) is not None and _GUESS.search(t) is not None
