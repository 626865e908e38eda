"""Getting somewhere, asked of us: "whats the fastest way from o'hare to the regional office rn?", "how do I get to
the Kan-code office from the airport", "how long will it take to drive to their HQ", "how's traffic on the way to
Midway". The bot has no maps, routes or traffic; a sales word in the ask ("the regional office", "their HQ") makes it
no sales question, so it is declined, never answered with the office's figures.

Not refused: a trip told around a real question ("in an uber to Kan-code - how many open deals there?"), the quickest
way to a sales result ("fastest way to close the Kan-code deal", "how do I get to a 60% win rate", "best route to
market"), and where an account is based, which the CRM holds. Patterns run on each sentence, ``normalised``."""

from __future__ import annotations

import re

from agents.offline.lexicon import normalised

# where one travels to or from: a place, not a result ("the top of the leaderboard", "60%"), ending its phrase ("the
# office right now"), so "the top of the office leaderboard" is no place
_PLACE = (
    r"(?:airport|airports|o'hare|ohare|midway|jfk|lax|sfo|laguardia|heathrow|terminal|station|train station|hotel"
    r"|office|offices|hq|headquarters|downtown|city|city center|city centre|town|campus|site|venue|building"
    r"|convention center|conference center|their place|home|here|there)"
    r"(?= $| (?:from|to|by|via|in|on|for|at|right now|now|today|tonight|asap|quickly|fast|or|and|with|before|after"
    r"|if|so|please|pls|thanks) )"
)
_TO_A_PLACE = rf"(?:to|from) (?:the )?(?:[\w'&-]+ ){{0,3}}?{_PLACE}"
# stages and periods a deal goes "from" and "to": "the fastest way from engaging to won" is a sales question
_NOT_A_PLACE = r"(?!(?:prospecting|prospect|engaging|engaged|engage|lead|leads|won|lost|closed?|q[1-4]|stage) )"
_ASKED = (
    r"(?:what|whats|what's|what is|which|which is|how|hows|how's|how is|any|is there|know|tell me|give me|show me"
    r"|find me|need|want|can you|could you|pls|please)"
)
# the best way there: "the fastest way from o'hare to the regional office"
_BEST_WAY = (
    r"(?:fastest|quickest|best|shortest|easiest|cheapest|quicker|faster|better) (?:way|route|road|path)"
    rf"(?: to (?:get|drive|go|head|travel))? (?:from {_NOT_A_PLACE}(?:[\w'&-]+ ){{1,4}}?(?:to|into)"
    rf"|to (?:the )?(?:[\w'&-]+ ){{0,3}}?{_PLACE}|(?:there|home|downtown|into town)(?= ))"
)
# ... asked ("whats the fastest way ...", "any quicker route ..."), or opening a question ("quickest route to the
# hotel?"); "the best route from the airport is I-45" tells the way
_BEST_WAY_ASKED = re.compile(rf"^(?: the| a)? {_BEST_WAY}")
DIRECTIONS = re.compile(
    rf" {_ASKED}(?: [\w'-]+){{0,3}}? {_BEST_WAY}"
    # "how do I get to the Kan-code office from the airport", "how do we get there from midway"
    rf"| how (?:do|can|should|would) (?:i|we) (?:get|drive|walk|go|travel|head) (?:{_TO_A_PLACE}|there |home )"
    # "directions to their HQ", "can you give me directions from the hotel"
    rf"| (?:directions|a route|the route|a map) {_TO_A_PLACE}"
    # "how long will it take to drive to their HQ", "how long is the ride from o'hare", "how far is it to the hotel"
    r"| how (?:long|far) (?:will|would|does|is|should|could)(?: it)?(?: take)?(?: me| us)?(?: to)?(?: (?:drive|walk"
    r"|fly|ride|commute|get|the drive|the ride|the walk|the flight|the commute|the trip|the cab|the uber))?"
    rf" (?:{_TO_A_PLACE}|there )"
    # "which exit should I take", "should I take the highway or the tollway"
    r"| (?:which|what) (?:exit|highway|freeway|interstate|road|train|bus|subway|metro|terminal|gate) (?:should|do|does"
    r"|would|is)"
    r"| should (?:i|we) take (?:the )?(?:highway|freeway|interstate|tollway|expressway|train|subway|metro|bus|a cab"
    r"|a taxi|an uber|a lyft|i-?\d+)"
)
# traffic asked about on a trip: "how's traffic to o'hare", "is traffic bad on the kennedy rn"; not web traffic
_TRAFFIC = re.compile(
    r" (?:how|hows|how's|how is|what|whats|what's|what is|is|is there|any) (?:the )?traffic"
    r" (?:like|on|to|from|near|around|into|at|getting|going|bad|heavy|ok|okay|clear|light|now|right now|today"
    r"|tonight)(?= )"
)
_TRIP = re.compile(
    r" (?:uber|lyft|taxi|cab|car|drive|driving|road|roads|highway|freeway|interstate|tollway|airport|o'hare|ohare"
    r"|midway|commute|route|i-?\d+) "
)
_SENTENCE = re.compile(r"(?<=[.!?;\n])\s*|\s+[-–—]+\s+")


def asks_directions(text: str) -> bool:
    """Whether ``text`` (as written) asks the way somewhere, how long the trip takes, or how the traffic is."""
    lowered = text.lower()
    if not any(word in lowered for word in (" way", "route", "road", "direction", "map", "how ", "traffic", "take")):
        return False  # most messages ask none of this: skip the sentences
    for sentence in _SENTENCE.split(text):
        s = normalised(sentence)
        if DIRECTIONS.search(s) or (_TRAFFIC.search(s) and _TRIP.search(s)):
            return True
        if "?" in sentence and _BEST_WAY_ASKED.search(s):
            return True
    return False
