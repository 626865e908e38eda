"""Errands the bot cannot run, asked as if it could: "book me a flight to Denver for the West QBR", "get us a table
at 7 after the Konex dinner", "submit my expense claim for the Ganjaflex dinner"; and pastimes it is not for: "write me
a haiku about quarter end". dealbot reads the CRM and drafts customer messages for approval; it books no travel,
files no expenses and writes no verse for the rep, and a sales word beside the errand ("for the West QBR") does
not make it one. A meeting with a customer is no errand: it goes out as an invitation the rep approves, and a
question about travel figures ("how many deals did we book in Denver") asks nothing to be booked.

Patterns run on each sentence, ``normalised``."""

from __future__ import annotations

import re

from agents.offline.lexicon import normalised

# what an errand gets: a seat, a room, a ride, a ticket, a table
_THING = (
    r"(?:flights?|plane tickets?|air ?fare|airline tickets?|train(?: tickets?)?|rail tickets?|bus tickets?|hotels?"
    r"|hotel rooms?|rooms? (?:at|in|near|for)|airbnbs?|accommodation|lodging|(?:rental |hire )?cars?|car hire"
    r"|rentals?|ubers?|lyfts?|taxis?|cabs?|rides? (?:to|from|home)|limos?|shuttles?|tables? (?:at|for|near|tonight)"
    r"|reservations?|restaurants?|dinner reservations?|tickets? (?:to|for)|parking(?: spots?)?|visas?)"
)
# the rep's own admin: "submit my expense claim", "file my expenses", "put in my PTO request"
_ADMIN = (
    r"(?:expense (?:claims?|reports?|forms?)|expenses|timesheets?|time sheets?|pto(?: request)?|leave requests?"
    r"|holiday requests?|vacation requests?)"
)
# the errand asked of us, opening its sentence: "book me a flight", "can you reserve us a hotel room", "pls get me an
# uber to the airport", "I need a flight to Denver booked"; not news of one ("I will get a room for our meeting",
# "she was able to get a flight out")
_ASKED = (
    r"^ (?:(?:hey|hi|ok|okay|so|and|also|then|pls|plz|please|kindly|dealbot|can you|could you|would you|will you"
    r"|can u|could u|pls can you|i need you to|i'd like you to|id like you to)\s)*"
)
_ERRAND = re.compile(
    rf"{_ASKED}(?:submit|file|put in|fill in|fill out|send in|process|do) (?:my |our |the |a |an )?(?:[\w'-]+ ){{0,3}}?"
    rf"{_ADMIN}"
    rf"|{_ASKED}(?:book|reserve|order|buy|purchase|get|grab|arrange|organi[sz]e|sort out|find|rent|hire|schedule)"
    r" (?:me |us |the team |my team |for me |for us )?(?:a |an |the |some |two |2 |my |our )?"
    rf"(?:[\w'-]+ ){{0,2}}?{_THING}"
    rf"|{_ASKED}(?:i |we )?(?:need|want|would like|'d like|d like) (?:a |an |the |my |our )?"
    rf"(?:[\w'-]+ ){{0,2}}?{_THING}"
    r"(?: [\w'-]+){0,4}? (?:booked|reserved|sorted|arranged|organi[sz]ed|ordered)"
)
_SENTENCE = re.compile(r"(?<=[.!?;\n])\s*|\s+[-–—]+\s+")

# a change to someone's pay, which lives in payroll, not the CRM: "bump Markita's commission rate to 12%", "raise my
# base salary"; not "update the bonus slide" (an article, not a person, before it) nor "what's my commission on X"
_PAY_CHANGE = re.compile(
    rf"{_ASKED}(?:bump|raise|increase|up|change|set|update|adjust|cut|lower|reduce|drop|double|fix) (?!the |a |an "
    r"|this |that |their |its )(?:[\w'-]+ )(?:[\w'-]+ )?(?:commission(?: rate| split)?s?|salary|salaries|base pay"
    r"|pay(?: rate)?|bonus(?:es)?|comp(?:ensation)?(?: plan)?|wages?|ote)(?= )"
)


# a prediction or a side taken in politics: "who do you think wins the next election", "which party should I vote
# for"; not news of one ("the snap election froze their budget")
_POLITICS = re.compile(
    r" (?:who|which (?:party|candidate|side)|what party) (?:[\w'-]+ ){0,5}?(?:wins?|win|will win|gonna win|going to"
    r" win|should (?:i|we) (?:vote|back|support)|to vote for|would you vote)(?: [\w'-]+){0,4}? (?:elections?|vote"
    r"|votes|race|primary|primaries|midterms?|presidency|senate|congress|parliament|referendum|polls?)? ?"
    r"|(?:your|ur) (?:take|view|opinion|thoughts) on (?:the )?(?:[\w'-]+ )?(?:elections?|politics|president"
    r"|government|referendum|democrats|republicans)"
)
_ELECTION_WORD = re.compile(
    r" (?:elections?|vote|voting|candidate|party|president|presidency|senate|congress"
    r"|parliament|referendum|midterms?|primar(?:y|ies)|democrats?|republicans?|politics) "
)


def asks_politics(text: str) -> bool:
    """Whether ``text`` asks the bot to predict an election or take a side in politics."""
    t = normalised(text)
    return _POLITICS.search(t) is not None and _ELECTION_WORD.search(t) is not None


def asks_pay_change(text: str) -> bool:
    """Whether ``text`` asks the bot to change someone's pay, commission or bonus."""
    return any(_PAY_CHANGE.search(normalised(s)) for s in _SENTENCE.split(text) if s.strip())


# verse or jokes for the rep: "write me a haiku about quarter end", "tell us a joke"; not a line for a customer's
# message ("write me a short poem for the Konex renewal card")
_PASTIME = re.compile(
    r" (?:write|compose|make up|come up with|give|tell|do|draft) (?:me|us) (?:a |an |some |another |one )?"
    r"(?:[\w'-]+ ){0,2}?(?:haiku|poem|limerick|sonnet|song|rap|lyrics|joke|jokes|riddle|bedtime story|ode|verse)s?"
    r"(?! (?:[\w'-]+ ){0,3}?(?:for|to) (?:[\w'&-]+ ){0,3}?(?:email|note|card|message|customer|client|renewal"
    r"|them|kick-?off|launch) )(?= )"
)


def asks_pastime(text: str) -> bool:
    """Whether ``text`` asks the bot for verse, a song or a joke for the rep themself."""
    return _PASTIME.search(normalised(text)) is not None


# papers about a person for HR, asked of us: "write my performance self-review for HR", "draft Kami's appraisal"; not
# news of one ("if you did not fill out a self evaluation, please do so now") nor a review of deals ("draft my
# pipeline review for Monday"); a resume or cover letter is personal writing (safety_rules)
_HR_PAPER = re.compile(
    rf"{_ASKED}(?:write|draft|compose|prepare|do|fill in|fill out|polish|punch up) (?:up )?(?:me |for me )?"
    r"(?:my |a |an |the "
    r"|our |his |her )?(?:[\w'-]+ ){0,2}?(?:self-? ?reviews?|self-? ?assessments?|self-? ?evaluations?|performance"
    r" (?:reviews?|appraisals?|evaluations?)|appraisals?|references? letters?|letters? of reference"
    r"|promotion case)(?= )"
)


def asks_hr_paper(text: str) -> bool:
    """Whether ``text`` asks the bot to write a performance review, appraisal or reference about a person."""
    return any(_HR_PAPER.search(normalised(s)) for s in _SENTENCE.split(text) if s.strip())


def asks_errand(text: str) -> bool:
    """Whether ``text`` (as written) asks the bot to book travel, a room, a table or a ride."""
    return any(_ERRAND.search(normalised(s)) for s in _SENTENCE.split(text) if s.strip())
