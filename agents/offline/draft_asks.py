"""A message for a customer asked for without a drafting verb in the imperative: "could Konmatfix get a recap of
today's call?", "would be great if something went out to them", "mind replying to them?", "help me say it nicely to
them". Patterns run on ``normalised`` text; agents.offline.actions reads them as draft requests."""

from __future__ import annotations

import re

_MESSAGE = (
    r"(?:recap|summary|follow-?up|note|email|e-mail|message|reply|answer|response|update|thank-?you(?: note)?"
    r"|heads-?up|confirmation|reminder|line|quick word|written answer)"
)
_TO_THEM = r"(?:them|him|her|the customer|the client|[\w'&-]+(?: [\w'&-]+)?)"

INDIRECT_DRAFT = re.compile(
    # a message wished for: "some kind of friendly nudge would be nice", "a short check-in would be good"
    r" (?:a|an|some|some kind of|some sort of|a kind of) (?:[\w'-]+ ){0,2}?(?:nudge|follow-?up|check-?in|note|email"
    r"|message|reminder|reply|line|recap|thank-?you) (?:would be|'d be|d be|might be|could be|would go down)"
    r" (?:really |very )?(?:nice|good|great|helpful|ideal|lovely|perfect|useful|welcome|well) "
    # the customer as the one who gets it: "could Konmatfix get a recap", "can Hatfan have a short thank-you note"
    rf"|^ (?:could|can|should|shall|would) [\w'&-]+(?: [\w'&-]+)? (?:get|have|receive) (?:a|an|some|our)"
    rf"(?: [\w'-]+){{0,2}}? {_MESSAGE} "
    # wished to have gone out: "would be great if something went out to them", "be good if a note went to Zoomit"
    rf"| (?:great|good|nice|ideal|helpful|best|fine|ok|okay|perfect|lovely) if (?:something|a note|an email|a message"
    rf"|a reply|an answer|a response|a line|word) (?:went|goes|could go|can go|got sent|was sent|were sent)"
    rf" (?:out )?to {_TO_THEM} "
    # "mind replying to them?", "could you get back to Sumace", "pls write back to her"; not "they didn't mind replying"
    r"|(?<! didn't)(?<! didnt)(?<! don't)(?<! dont)(?<! wouldn't)(?<! doesn't) (?:mind|could you|can you|would you"
    r"|will you|pls|please) (?:just |quickly )?(?:replying|responding|writing back|getting back|answering|emailing"
    rf"|reply|respond|write back|get back) (?:to )?{_TO_THEM} "
    # the rep wants the words: "help me say it nicely to them", "help me word this for Singletechno"
    r"| help me (?:say|word|phrase|put|tell|explain|break|write|get across) (?:it|this|that|the news|them)?"
    r"(?: [\w'-]+){0,2}? (?:to|for) "
)


# a reply made for the customer by a making verb, its article often dropped in non-native English: "prepare answer
# for Dontechi", "could you make a short response to Konex"; not one for the rep or the team ("an answer for me")
_REPLY_MADE = re.compile(
    r"(?<! did)(?<! we)(?<! they)(?<! i) (?:prepare|prep|make|create|formulate|compose|craft|put together|draw up"
    r"|whip up|write|draft) (?:(?:a|an|the|some|our|my) )?(?:(?:short|small|quick|nice|polite|formal|good|proper"
    r"|brief|friendly|written|official|first) ){0,2}(?:answer|response|reply|mail|letter|message|note|email)"
    r" (?:to|for) (?!me |us |myself |my |our |the team |internal )"
    # the customer answered in so many words: "answer Dontechi that yes, 10% works", "pls answer them about it"
    r"|^ (?:(?:pls|please|kindly|can you|could you|you) )*answer (?:to )?(?!me |us |this |that |these |how |what )"
    r"[\w'&-]+ (?:that|about|regarding|with|and say|saying|yes|no|ok|okay) "  # "answer them yes + ask for a slot"
)

# a written word to the customer that the rep says must be sent: "need to say sorry to them in writing", "we have
# to apologise to Cheers by letter"; or that they hand to us ("...you're better at this than me"). Not what the
# customer must do ("they need to confirm in writing": no one is told), nor a plan of the rep's alone.
_SAY_TO_THEM = (
    r"(?<! they)(?<! he)(?<! she)(?<! you)(?<! it) (?:need|have|got|gotta|must|should|want|wanna|ought)"
    r" (?:to )?(?:say sorry|apologi[sz]e|tell|let|explain|confirm|thank|inform|notify|break (?:it|the news)"
    r"|say (?:thanks|thank you|sorry))(?: to)? (?:them|him|her|the customer|the client|[\w'&-]+) "
)
_IN_WRITING = re.compile(_SAY_TO_THEM + r"(?:[\w'&-]+ ){0,12}?(?:in writing|in a letter|in an email|on paper) ")
_HANDED_OVER = re.compile(
    r" (?:(?:you're|youre|you are) (?:much |way |far |a lot |so )?better (?:at|with) (?:this|that|it|words|writing"
    r"|wording|these|this stuff|that stuff)|you (?:write|word things|phrase things|put things) better"
    r"|(?:i'll|ill|i will) leave (?:the )?(?:wording|words|writing|it) to you) "
)
_SAID_TO_THEM = re.compile(_SAY_TO_THEM)

# a meeting with the customer asked for: "set up a call with Cheers", "can you book a demo with them next week". The
# bot reaches them by an invitation the rep approves; not a question ("did we set up a call with X?") nor the rep's
# own news ("I set up a call with X")
_MEETING_ASKED = re.compile(
    r"^ (?:(?:pls|please|kindly|can you|could you|would you|will you|hey|hi|ok|okay|and) )*(?:set up|setup"
    r"|schedule|book|arrange|organi[sz]e|line up|sort out|get|lock in|pencil in) (?:(?:a|an|the|some|our|my) )?"
    r"(?:[\w'-]+ ){0,2}?"
    r"(?:call|meeting|demo|catch-?up|sync|chat|intro|walkthrough|walk-through|review|session|workshop) with"
    r" (?!me |us |myself |the team |my team |our team |my manager |my boss |[\w'-]+ from (?:our|my) )"
)


def asks_indirectly(t: str) -> bool:
    """Whether ``t`` (normalised) asks for a customer message in one of the indirect ways above."""
    if INDIRECT_DRAFT.search(t) or _REPLY_MADE.search(t) or _IN_WRITING.search(t) or _MEETING_ASKED.search(t):
        return True
    return _HANDED_OVER.search(t) is not None and _SAID_TO_THEM.search(t) is not None
