"""More ways a note says its next step, kept apart from ``next_step`` (which is at its size limit): a step the
writer tags after saying it ("..., that's the next hurdle", "so that's my job this weekend"), what the customer
needs from us said as a thing ("what she needs from us is a W-9"), a paper of ours announced as coming
("Revised quote coming", "proposal to follow"), a step under way and the writer saying nothing more is to be done."""

from __future__ import annotations

import re

# a step tagged after it is said, closing its sentence: "..., that's the next hurdle", "so that's my job this
# weekend", "that one's on me"; not "that's my job title" nor "that's the next quarter"
STEP_TAGGED_AFTER = re.compile(
    r"\b(?:so |and )?(?:that's|that is|that one's|that one is|which is)\s+"
    r"(?:(?:the|our|my) next (?:hurdle|step|thing|job|task|move|milestone|gate|box to tick)"
    r"|(?:my|our) (?:job|homework|task|action|to-?do)|(?:on|down to) (?:me|us))"
    r"(?:\s+(?:for )?(?:today|tonight|tomorrow|this (?:week|weekend|afternoon|evening)|next week|before (?:then|that)|"
    r"first))?\s*(?:[.!;)\n—–]|$)"
)

# what the customer needs from us, said as a thing (an alternative of ``next_step._NEXT_IMPLICIT``): "what she
# needs from us is a W-9 form", "all they want from us is the DPA", "the one thing he asked us for is a reference";
# not what they need for themselves ("what she needs is more headcount")
NEEDED_FROM_US = (
    r"(?:what|all|the (?:one |only )?thing) (?:she|he|they|legal|finance|procurement|it) (?:still )?"
    r"(?:(?:needs?|wants?|requires?|would like) from (?:us|me|our side)|asked (?:us|me) for|is asking (?:us|me) for) "
    r"(?:is|are)\b"
    # ... or asked for as a paper of ours they would like: "I'd like the order form for the three-year version",
    # "we would need a countersigned NDA"; not a wish about the deal itself ("we'd like the price lower")
    r"|(?:i|we)(?:'d|’d| would) (?:like|need|love) (?:the|a|an|your|a copy of (?:the|your))(?: [\w-]+){0,2}? "
    r"(?:order form|quote|proposal|contract|agreement|sow|msa|dpa|nda|invoice|paperwork|w-9|w9)s?\b"
    # ... or a paper of ours the customer will need: "our CFO will need an invoice in advance"; not one from others
    r"|(?:will|'ll|’ll) need (?:a|an|the|your)(?: [\w-]+){0,2}? (?:order form|quote|proposal|invoice|w-9|w9|sow)s?\b"
    r"(?=\s*(?:[.,;:!)]|$|(?:in|before|for|by|with|to|first|so|and|ahead|asap|today)\b))"
    # ... or a meeting the writer wants: "I'd like a short feedback call with him in April", "we'd like a quick
    # debrief"; not a product feature ("we'd like a call centre module") nor a wish about the deal
    r"|(?:i|we)(?:'d|’d| would) (?:like|love) (?:to (?:have|set up|book|do) )?(?:a|an) (?:[\w-]+ ){0,2}?"
    r"(?:call|meeting|demo|session|debrief|catch-?up|workshop|walkthrough|site visit)\b"
    r"(?!\s*(?:cent(?:er|re)|recording|routing|queue|logs?|module|feature)\b)"
)

# the writer's own action, said as what they want to do: "I want to send him our onboarding checklist", "we want to
# book a site visit"; not a wish to know or avoid something ("I want to know why"), nor "call it a day"
WRITER_WANTS = (
    r"(?:i|we) (?:really |just |still )?want to (?:send|share|email|ring|book|schedule|set up|arrange|run|draft|"
    r"prepare|put together|introduce|loop in|follow up|circle back|visit|call (?!it\b))"
    # ... or as what they have to do: "the thing I actually have to do is build her the ROI model", "what we need
    # to do now is send the DPA"; not "all I can do is wait"
    r"|(?:the (?:one |only |main |real |first )?thing|what|all) (?:i|we) (?:actually |really |still |now )?"
    r"(?:have|need|got|'ve got) to do (?:now |next |first |today )?is (?!(?:wait|nothing|sit tight|hope)\b)"
)
# a price kept, no step: "we'll hold 47.5", "we will honour the quoted rate"
HELD_PRICE = re.compile(
    r"\s+(?:hold|honou?r|keep|stick (?:to|with)|match)\s+(?:the |that |this |our |your )?(?:quoted )?"
    r"(?:[$€£]?\d[\d,.]*\s?k?|price|pricing|figure|number|rate|quote|discount)(?=\s*(?:[.,;!]|$)|\s+(?:for|until|till)\b)"
)

# a meeting the writer is arranging right now: "I'm arranging a joint session with them", "we're booking a demo";
# not "I'm setting up my new laptop"
# ... or a paper the customer asks us to raise: "please issue the PO for the first site"; not "please raise any
# issues"
STEP_UNDER_WAY = (
    r"(?:i'm|i am|we're|we are) (?:setting up|arranging|organi[sz]ing|booking|scheduling|lining up) (?:a|an|the|our) "
    r"(?:[\w-]+ ){0,2}?(?:call|meeting|demo|workshop|session|visit|review|trial|pilot|poc|presentation|walkthrough)s?"
    r"|(?:please|pls|plz) (?:raise|issue|draw up|cut) (?:the|a|an|our|your) (?:[\w-]+ ){0,2}?"
    r"(?:order|po|purchase order|invoice|contract|quote|order form)s?"
)

# a paper of ours announced as on its way, opening its sentence (a chat label first): "Revised quote coming",
# "👍 revised quote today", "proposal to follow"; not "Their quote came today" nor "Stackline's quote today was 20k"
PAPER_ON_ITS_WAY = re.compile(
    r"^\s*(?:[^\n]{0,40}?:\s+)?[^\w\n]*(?:(?:revised|updated|new|final|formal|signed|draft|the|a|an|our)\s+){0,2}"
    r"(?:quote|proposal|contract|order form|sow|dpa|msa|nda|invoice|deck|one-?pager|pricing|agreement|draft|"
    r"summary|recap|docs|documentation)\s+"
    r"(?:coming|on (?:its|the) way|to follow|going out|(?:will be |is )?(?:sent|out) (?:today|tonight|tomorrow)|"
    r"today|tonight|tomorrow|(?:by|on) (?:mon|tue|wed|thu|fri)\w*|this (?:afternoon|evening|week))"
    r"\s*(?:[.!]|$)"
)

# the writer saying nothing more is to be done, closing the sentence: "Nothing further to do on my side.",
# "nothing more for us to do"; not "nothing further to do on the DPA" (one thing, not the deal)
# nothing for us to do while we wait on them, after any step (theirs): "nothing for me to do till he pings"; not
# "nothing else to do for now" after our own step, which only says there is no second one
WAITING_ON_THEM = re.compile(
    r"\bnothing (?:(?:for (?:me|us) )?to do|(?:needed|required) from (?:me|us))\b[^.!;?\n]{0,20}?"
    r"\b(?:till|until|til|unless) (?:he|she|they|the customer|[a-z]+ (?:gets|get|comes|come|pings|reaches)\b)"
)
NOTHING_TO_DO = re.compile(
    r"\bnothing (?:further |more |else )?(?:(?:for (?:me|us) )?to do|(?:needed|required) from (?:me|us))"
    r"(?: (?:on|from) (?:my|our) (?:side|end))?(?: (?:for now|here))?\s*(?:[.!;\n]|$)"
)


def tagged_step(sentence: str) -> bool:
    """Whether ``sentence`` (lower case) says an action and then tags it as the next one, or as the writer's."""
    return bool(STEP_TAGGED_AFTER.search(sentence))


def paper_on_its_way(sentence: str) -> bool:
    """Whether ``sentence`` (lower case) announces a paper of ours as coming."""
    return bool(PAPER_ON_ITS_WAY.match(sentence))
