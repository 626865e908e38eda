"""The phrases behind each topical risk reason, as data: what raises it, what cancels it.

Each :class:`Cue` is matched on one sentence the customer wrote (or our note reports). A cue that is
``negatable`` is cancelled by a negation just before it in the same clause ("budget *isn't* going to be
a problem", "*nobody* here thinks the price is out of line"); cues that carry their own negation ("can't
sign before March") are not. ``BLOCKERS`` are sentences that make a whole message benign for a reason
("I'm still your point of contact and the decision stays with me").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    weight: float
    negatable: bool = True


def cue(pattern: str, weight: float, *, negatable: bool = True) -> Cue:
    return Cue(re.compile(pattern, re.IGNORECASE), weight, negatable)


COMPETITORS = ("Quorvia", "Stackline", "Brightwave", "Lumora", "Tellurix", "NorthPeak", "Kestrel CRM", "Kestrel")
OUR_PRODUCTS = re.compile(r"\b(?:GTX|GTK|MG)\b")
GENERIC_RIVAL = re.compile(
    r"\b(?:another|other|alternative|a second|a third|two other|three other|a couple of other|a few other|several other"
    r"|competing|rival|different) (?:vendors?|suppliers?|providers?|tools?|options|products?|solutions?|platforms?"
    r"|bidders?|companies|quotes|bids|proposals|offers)\b|\ba competitor\b|\bcompetitors?\b|\balternatives\b"
    r"|\b(?:current|existing|incumbent|present) (?:provider|vendor|supplier|system|tool|solution|crm)\b",
    re.IGNORECASE,
)
# what makes a named vendor a live contender, and what rules it out
RIVAL_ACTIVE = re.compile(
    r"\b(?:evaluat\w*|look(?:ing)? at|looked at (?:\w+ )?(?:as well|too)|consider\w*|talk(?:ing)? to|speak(?:ing)? "
    r"(?:to|with)|trial\w*|pilot\w*|demo\w*|quot\w*|proposal|offer\w*|bid\w*|tender|shortlist\w*|compar\w*|lean\w*"
    r"|prefer\w*|favou?r\w*|go(?:ing)? with|switch\w* to|in the running|alongside|as well|also|session with"
    r"|meeting with|cheaper|less|under yours|undercut|stay(?:ing)? with|stick(?:ing)? with|renew(?:ing)? with"
    r"|parallel|side[- ]by[- ]side|pitch\w*|presentation|recommended|uses it|fair comparison|(?:stronger|better"
    r"|preferred|best|cheaper|safer|leading|front) (?:option|choice|fit|offer|bet|candidate)|front-?runner"
    r"|ahead of you|the edge|invited|in talks)\b",
    re.IGNORECASE,
)
RIVAL_OUT = re.compile(
    r"\b(?:decided against|ruled (?:\w+ )?out|off the table|dropped|rejected|not (?:going|considering|pursuing|"
    r"renewing|convinc\w*|interested|an option|a contender|(?:really )?in the running)|no longer|won't be (?:going|"
    r"using|renewing)|never (?:go|going) back|would never|never (?:really )?(?:in the running|an option|a contender|"
    r"serious)|leaving|replac\w*|out of the running|eliminated|didn't make|cho(?:se|sen) you|went with you|go(?:ing)?"
    r" (?:ahead )?with you|picked you|decided on you|isn't where we need|doesn't work for us|didn't work for us"
    r"|never worked|not (?:a|the) (?:right )?fit|crossed off|moving away from|switching away|switches off"
    r"|contract ends|lapses|wasn't for us|not for us|passed on|our pick|is our choice|not in the picture"
    r"|(?:our|the) (?:previous|former|old) (?:provider|vendor|supplier|system|tool)|used to (?:use|be with)"
    r"|ended (?:that|the|our) contract)\b",
    re.IGNORECASE,
)

BUDGET = (
    cue(
        r"\bbudgets?\b[^.;]{0,50}\b(?:cut|slashed|frozen|reduced|pulled|reallocated|redirected|diverted|moved|withdrawn"
        r"|cancell?ed|gone|exhausted|used up|spent|under review|on hold|earmarked|lower than|smaller than|halved"
        r"|trimmed|squeezed|tight|taken|clawed back)\b",
        0.85,
    ),
    cue(
        r"\b(?:cut|slash|reduce|freeze|froze|frozen|halve|trim|claw\w* back)\w* (?:[\w'-]+ ){0,6}(?:budgets?"
        r"|spend(?:ing)?|funding)\b",
        0.85,
    ),
    cue(
        r"\b(?:spending|spend|budget|hiring and spending|purchasing|procurement|capex|investment|cost) (?:freeze"
        r"|moratorium)\b|\bfreeze on (?:all )?(?:[\w'-]+[- ]?){0,3}(?:spend\w*|purchas\w*|software|tools|investment)",
        0.9,
    ),
    cue(
        r"\b(?:hold|freeze|pause|stop|halt)\w* (?:all |any )?(?:discretionary |non-essential |new |further )+"
        r"(?:spend\w*|purchas\w*|investments?|expenditure)",
        0.85,
    ),
    cue(
        r"\bno (?:more )?(?:budget|money|funds|funding)\b(?! (?:issues?|problems?|concerns?|worries|freeze))",
        0.8,
        negatable=False,
    ),
    cue(
        r"\b(?:money|funds|funding|budget)\b[^.;]{0,60}\b(?:set aside|earmarked|allocated|had)\b[^.;]{0,40}"
        r"(?:has been|have been|was|were|got|is being) (?:moved|reallocated|redirected|diverted|cut|pulled|withdrawn"
        r"|taken|re-?prioriti[sz]ed)",
        0.9,
    ),
    cue(
        r"\b(?:money|funds|funding|budget|cash)\b[^.;]{0,40}\b(?:went|gone|going|diverted|redirected) (?:to|into"
        r"|elsewhere)\b|\b(?:money|budget|funds|cash)(?:'s| is| are)? (?:very |really |extremely |too )?tight\b",
        0.75,
    ),
    cue(
        r"\b(?:money|funds|funding|budget)\b[^.;]{0,40}(?:isn't|is not|won't be|will not be|may not be|might not be"
        r"|no longer|not) (?:there|available|approved)",
        0.8,
        negatable=False,
    ),
    cue(
        r"(?:can't|cannot|couldn't) (?:say|promise|guarantee) (?:whether |that )?the (?:money|budget|funding|funds)"
        r"|whether the (?:money|budget|funding) will (?:still )?be there|(?:money|budget|funding) survives",
        0.8,
        negatable=False,
    ),
    cue(
        r"\b(?:purchases?|spend\w*|investments?|capital (?:purchases?|expenditure)|projects?)\b[^.;]{0,60}"
        r"(?:under review|justify or cut|put on hold|frozen|cut back)",
        0.8,
    ),
    cue(
        r"\b(?:came|come|coming) in (?:lower|smaller|under)\b|\bearmarked for (?:a|an|the) (?:other|different|\w+) "
        r"(?:project|initiative)|\b(?:cost[- ]cutting|cost[- ]reduction|austerity|belt[- ]tightening|spend controls"
        r"|savings programme)\b|\brun out of (?:budget|money|funds)|\b(?:lost|losing|lose) (?:our |the |its )?"
        r"(?:funding|budget|grant)\b|\bgrant (?:didn't|did not|fell|was (?:cut|refused|rejected|not))"
        r"|\b(?:funding|investment) round\b[^.;]{0,30}"
        r"(?:delayed|postponed|fell through|failed|pulled)",
        0.75,
    ),
    cue(
        r"\b(?:can't|cannot|can not|unable to|not allowed to) (?:spend|commit|release) (?:anything|any money|money"
        r"|funds|a penny|a cent)",
        0.8,
        negatable=False,
    ),
)
BUDGET_RESOLVED = re.compile(r"\bbudget\b[^.]{0,40}\b(?:released|restored|unfrozen|approved again|back)\b"
                             r"|\bfreeze (?:has been |was )?lifted", re.IGNORECASE)  # fmt: skip

_PRICE = (
    r"(?:price|prices|pricing|cost|costs|fee|fees|quote|quotation|rate|licen[cs]e fees?|subscription|premium|number"
    # terms are part of the price: "the three-year upfront commitment is too heavy for the value"
    r"|(?<!in )terms|lock-in|(?:upfront|up-front|multi-year|[\w-]+-year|annual|contract|payment|minimum) "
    r"(?:commitment|term))"
)
PRICING = (
    cue(
        r"\b" + _PRICE + r"\b[^.;]{0,60}\b(?:too high|too much|steep|out of (?:our )?(?:range|reach)|above (?:what|our)"
        r"|more than we|over (?:our|what)|sticking point|hard to (?:justify|defend|swallow)|difficult to (?:justify"
        r"|defend)|a lot for|expensive|pricey|excessive|out of line|holding us back|stumbling block|deal[- ]?breaker"
        r"|(?:only|main|biggest) (?:thing|issue|obstacle|blocker|hurdle)|too heavy|too rich"
        r"|(?:higher|more) than (?:we|I)(?:'d| had| have)? "
        r"(?:expected|budgeted|hoped|planned|thought|anticipated))",
        0.85,
    ),
    cue(
        r"\b" + _PRICE + r"\b (?:is|was|remains|has become|'s) (?:an issue|a problem|a concern|an obstacle|a blocker|"
        r"the (?:main |big |real )?(?:issue|problem|obstacle|blocker))",
        0.75,
    ),
    cue(
        r"\b(?:too expensive|too pricey|overpriced|over-priced|expensive for|pricey for|steep for|hard (?:for us )?to "
        r"see the value|(?:closer|nearer) to half|more than we (?:hoped|expected|wanted|planned) to (?:pay|spend)"
        r"|well above what we|above what we(?:'ve| have)? (?:can|could|budgeted|expected|planned)"
        r"|over (?:our|the) budget"
        r"|more than (?:we've|we have) budgeted|(?:higher|more) than our budget|exceeds? (?:our|the) budget"
        r"|(?:a lot|too much|quite a lot|a fair bit) of money|hard to swallow"
        r"|(?:a lot|too much) to (?:ask|pay) (?:for|given) (?:what|the value|the little))\b",
        0.85,
    ),
    cue(
        r"\b(?:can't|cannot|couldn't|can not) (?:justify|defend) (?:the|that|this|your) (?:cost|price|spend|fee|"
        r"premium)|\bnot worth (?:the|that|it)\b|\b(?:can't|cannot|couldn't) make (?:the|a) (?:business case|numbers"
        r"|case|roi) work|\b(?:the )?numbers (?:don't|do not) work|\b(?:business case|roi) (?:doesn't|does not) "
        r"(?:work|stack up)",
        0.75,
        negatable=False,
    ),
    cue(
        r"\b(?:\d+ ?%|a third|half|a quarter) (?:less|cheaper|lower|below|off|under)\b|\bcome down (?:by|on|to|a lot"
        r"|meaningfully|significantly)|move (?:meaningfully |significantly )?on (?:the )?(?:price|pricing|list price)"
        r"|sharpen (?:your|the) pencil|\bmatch (?:their|that|the|this) (?:price|offer|number|quote)|get (?:closer|"
        r"nearer) to (?:their|that|our) (?:number|price)|(?:closer|nearer) on (?:the )?(?:price|pricing|cost|number)"
        r"|under yours|cheaper than (?:you|yours)|knock\w* (?:[\w%]+ ){0,3}off|\b(?:get|come|go) (?:a lot |much "
        r"|a bit |quite a bit |any |somewhere )?(?:closer|nearer) to (?:that|their|theirs|them|it)(?=[,.;!?]|$)",
        0.8,
    ),
    cue(  # a price said, then "hard to justify": "at twenty-six seven, the GTK 500 is hard to justify"
        r"\bat (?:\$?[\d.,]+ ?(?:k|K|grand|thousand)?|[a-z]+-[a-z]+(?: [a-z]+)?|that price|this price|those numbers"
        r"|that number)\b[^.;]{0,60}\b(?:hard|difficult|tough) to (?:justify|defend|swallow)",
        0.85,
    ),
    cue(
        r"\b(?:substantial|significant|big|bigger|serious|deep|deeper|steep|meaningful|sizeable|hefty|large|proper)"
        r" discount|\bdiscount of (?:\d{2}|at least)|\b(?:[2-9]\d|1[5-9]) ?% (?:discount|off)\b",
        0.8,
    ),
    cue(
        r"\bwhy (?:we'd|we would|should we|would we) pay (?:a premium|the difference|(?:[\d.]+ ?%|\w+ percent"
        r"|so much|far|much|a lot|double|twice as much) more|more|that much)|pay a premium"
        r"|(?:any|some) flexibility (?:at all )?(?:on|in|with) (?:the )?(?:price|pricing|cost|fee)"
        r"|(?:do|offer) (?:anything|something|more) (?:on|with) (?:the )?(?:price|pricing|cost)",
        0.75,
    ),
    cue(
        r"\bmake the numbers work\b|\bmore than (?:we|I) (?:can|could) (?:defend|justify|get approved)"
        r"|\bget (?:it|this) approved\b[^.;]{0,40}\b(?:\d[\d,]*|lower|less)\b",
        0.6,
    ),
)

# the decision moved to a person ("now sits with our CFO"), not to a date ("moves to the end of February"), or a
# purchase that now needs someone new ("every purchase over 5k now goes through our new CRO"), not a routine step
_MOVED_TO_SOMEONE = (
    r"(?:decisions?|purchas\w*|project|budget sign-off)s? (?:(?:for|over|above) [\w$.,]+ (?:\w+ )?)?(?:(?:now )?"
    r"(?:sits?|rests?|lies|lie|has moved|moves) (?:with|to)(?!\s*(?:the (?:end|start|beginning|middle|close)|early|late"
    r"|mid|next|after|q[1-4]\b|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|now (?:goes|go|runs?|routes?) "
    r"through (?!procurement|purchasing|legal|finance\b))"
)
_ROLE = (r"(?:director|head|cfo|ceo|cto|coo|cio|vp|manager|owner|lead|boss|sponsor|decision[- ]maker|md|managing "
         r"director|president|partner|chief \w+ officer)")  # fmt: skip
STAKEHOLDER = (
    cue(
        r"\b(?:taken over|take over|taking over|takes over|will own|now owns?|own(?:s|ing)? (?:this|the) (?:purchase|"
        r"project|decision|evaluation|deal)(?: going forward| from (?:here|now)| now)"
        r"|(?:be )?making the (?:call|decision)"
        r" (?:from here|from now|going forward|now|on)|(?:will|now) (?:make|makes) the (?:final )?(?:call|decision)"
        r"|(?:who|he|she|they)(?: will|'ll) (?:now )?(?:\w+ )?(?:\w+ and )?(?:make|own|lead|take) (?:the (?:final )?"
        r"(?:call|decision)|this|it|over)|" + _MOVED_TO_SOMEONE + r"|(?:his|her|their) (?:replacement|successor)"
        r"|has been replaced|replaced (?:him|her|by)|hand(?:ed|ing)? (?:this |it |the project |things )?over to"
        r"|handed (?:over )?(?:the project|this project|the evaluation|her projects|his projects|my projects)"
        r"|take (?:this|it) forward from here|instead of me|in my (?:place|stead)|take the lead (?:on|from)"
        r"|will be (?:leading|owning|running|handling|driving|deciding) (?:the|this) (?:evaluation|project|purchase"
        r"|decision|process|deal)[^.;]{0,30}(?:from now|going forward|from here|instead))",
        0.85,
    ),
    cue(
        r"\bin my absence\b[^.;]{0,60}\b(?:sign|decid|approv|own|lead|handle)|\b(?:sign|decid|approv|own|lead|"
        r"handle)\w*\b[^.;]{0,60}\bin my absence\b|\bmy last day\b|\b(?:I've|I have|I'm|I am|I'll be|I was|she's|"
        r"he's|she has|he has) been (?:moved|reassigned|transferred|seconded) to (?:another|a different|a new|the)\b",
        0.75,
    ),
    cue(
        r"\bno longer (?:the|our|your) (?:decision[- ]maker|champion|sponsor|contact|point of contact)"
        r"|\bno longer (?:in charge|responsible|involved|leading|own(?:s|ing)?)",
        0.85,
        negatable=False,
    ),
    cue(
        r"\b(?:new|incoming|interim|acting) (?:\w+ ){0,2}" + _ROLE + r"\b[^.;]{0,80}\b(?:own|lead|decid|review"
        r"|sign[- ]?off|approv|take over|in charge|responsible|make the call|wants to|revisit|re-?evaluat)",
        0.8,
    ),
)
# a departure of a person who matters to the deal (checked with a person as the subject, see signals)
DEPARTURE = re.compile(
    r"\b(?:left|leaving)(?=\s*(?:[.,;!)]|$)|\s+(?:the (?:company|business|team|firm|organi[sz]ation|group)|us\b|our\b"
    r"|(?-i:[A-Z])|last\b|this\b|on\b|at the end|earlier|yesterday|today|for (?:a|another|good)|to join|and\b"
    r"|suddenly|unexpectedly|abruptly|recently|in (?-i:[A-Z])))"
    r"|\b(?:departed|departing|resigned|resigning|retired|retiring|retires|stepping down|stepped down|moved on"
    r"|moving on|moving to (?:our|another|a new|a different|the) (?:\w+ ){0,2}(?:site|office|role|team|position|"
    r"department|company|job|division|country)|no longer (?:with|at|part of|works?|working))\b"
    r"(?! (?:a|an|you|me|him|her|us a|over|behind|out|it|them)\b)",
    re.IGNORECASE,
)
PERSON_SUBJECT = re.compile(
    r"\b(?:(?i:our (?:\w+ )?" + _ROLE + r"|(?:cfo|ceo|cto|coo|vp|director|manager|champion|sponsor|boss))"
    r"|I|I'm|I am|I've|I'll|he|she|he's|she's|who|[A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]{2,})\b",
)
STAKEHOLDER_BLOCKERS = re.compile(
    r"\b(?:still (?:your|the|our) (?:main |primary )?(?:point of contact|contact|decision[- ]maker|one signing|owner)"
    r"|(?:decision|sign[- ]off) (?:stays|remains|is still) with me|I(?:'m| am) still (?:the one|leading|in charge|"
    r"signing|deciding|your|the decision)|I remain (?:the|your)|(?:standard|routine|usual|normal) (?:step|process|"
    r"practice|procedure)|as (?:planned|usual|always))",
    re.IGNORECASE,
)

PAUSE = (
    cue(
        r"\b(?:pause|pausing|paused|put(?:ting)? (?:[\w-]+ ){0,5}on hold|on hold|on ice|hold(?:ing)? off|postpon\w+"
        r"|defer\w*|delay(?:ing|ed|s)?|push(?:ed|ing)? (?:[\w-]+ ){0,4}(?:back|out|to)|slip(?:s|ping|ped)?|shelv\w+"
        r"|park(?:ed|ing)? (?:this|it|the \w+)"
        r"|de-?prioriti[sz]\w+|(?:not|no longer) a priority|revisit (?:this |it |things )?(?:in|after|next|later|once"
        r"|when)|pick (?:this|it|things) (?:back )?up (?:in|after|next|later|once|when|again)"
        r"|pick(?:s|ed|ing)? (?:this |it |things )?back up"
        r"|put (?:this|it|things|the "
        r"\w+|everything) (?:off|back)|freez\w+ (?:all )?new)\b",
        0.8,
    ),
    cue(
        r"\b(?:timing (?:just )?(?:isn't|is not|wasn't) right|not the right (?:time|moment)|(?:bad|wrong) timing"
        r"|decided not to (?:proceed|go ahead|move forward)"
        r"|(?:done|finished|stopping|stopped) (?:evaluating|looking)\b[^.;]{0,20}\bfor (?:now|this year|the year"
        r"|the time being|this quarter)|not (?:going to|able to) (?:proceed|go ahead|move forward) "
        r"(?:for now|at (?:this|the moment)|right now))\b",
        0.75,
        negatable=False,
    ),
    cue(
        r"\b(?:not|won't|will not|can't|cannot|unable to|isn't going to|is not going to)(?: be able to| be)?(?: to)? "
        r"(?:sign(?:ing)?|decid(?:e|ing)"
        r"|commit(?:ting)?|proceed(?:ing)?|mov(?:e|ing) forward|go(?:ing)? ahead|finali[sz](?:e|ing)|approv(?:e|ing)"
        r"|happen(?:ing)?|be made|place the order|make (?:a|the|our|"
        r"any) (?:final )?decision|reach a decision|give you (?:a|an|our) (?:answer|decision)|sign off)\b[^.;]{0,50}"
        r"\b(?:before|until|till|this (?:year|quarter|month)|in (?:q[1-4]|january|february|march|april|may|june|july"
        r"|august|sept?|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec))\b",
        0.85,
        negatable=False,
    ),
    cue(
        r"\b(?:decision|signature|signing|contract|purchase|go-ahead|approval|sign-off|order)s?\b[^.;]{0,40}\b(?:won't"
        r"|will not|isn't going to|is not going to|can't|cannot)\b[^.;]{0,25}\b(?:before|until|till)\b",
        0.85,
        negatable=False,
    ),
    cue(r"\b(?:later|longer) than (?:planned|expected|we (?:hoped|thought|planned))\b", 0.6),
)
# a date-bearing move of signature or decision: judged by the date, against the expected close
MOVE = re.compile(
    r"\b(?:now (?:expect|plan|aim|hope|look|think|intend|target)\w*|(?:we're|we are) (?:now )?looking at|instead"
    r"|moved (?:to|the)|moving (?:it|this|signature|the decision) to|new (?:target|date)|revised (?:target|date)"
    r"|realistically|at the earliest|not before|rather than|wait(?:ing)? (?:until|till)|hold (?:off )?until"
    r"|(?:need|needs|needed) (?:\w+ ){0,3}(?:until|till)|earliest (?:we|I) (?:can|could)|(?:will|would|'ll) now"
    r"|now (?:be|happen|look|likely|probably|looks|in|on|for)|won't be ready (?:until|before))\b",
    re.IGNORECASE,
)
DEAL_OBJECT = re.compile(
    r"\b(?:sign\w*|signature|decision|decide|deal|project|purchase|purchasing|order|contract|evaluations?|"
    r"paperwork|go-ahead|approval|commit\w*|procurement|this|it|everything|things|crm|budget|close|closing|projects?"
    r"|initiatives?|investments?|purchases?|orders?|deals?|decisions?|contracts?)\b",
    re.IGNORECASE,
)
MEETING_ONLY = re.compile(
    r"\b(?:meeting|call|demo|review session|session|workshop|training|kick-?off|catch-?up|check-?in|appointment"
    r"|presentation|onboarding|go-?live|rollout|roll-out|implementation|install\w*)\b",
    re.IGNORECASE,
)
# pauses that are about the deal whatever the sentence names ("we'd love to revisit in 2018")
STRONG_PAUSE = re.compile(
    r"\b(?:revisit|pick (?:this|it|things) (?:back )?up|pick(?:s|ed|ing)? (?:this |it |things )?back up|shelv\w+"
    r"|postpon\w+|on hold|on ice|not a priority|de-?prioriti[sz]\w+|defer\w*|timing|not to proceed|proceed"
    r"|(?:done|finished|stopping|stopped) (?:evaluating|looking))\b",
    re.IGNORECASE,
)
NOT_A_SLIP = re.compile(
    r"\b(?:sorry|apolog\w+) for (?:the|my|our|this) (?:delay|slow)|delay in (?:getting back|replying"
    r"|responding|my reply|coming back|answering)|without (?:further )?delay",
    re.IGNORECASE,
)
TIMELINE_RESOLVED = re.compile(r"\b(?:back on track|back on|resum\w+|unpaused|restart\w*|green light)\b", re.IGNORECASE)
# a resumption still to come: "no date yet for when we'll restart", "once we resume", "until we restart"
NOT_YET_RESUMED = re.compile(
    r"\b(?:when|once|until|till|if|before|after)\b(?: [\w']+){0,3} ?$|\bno (?:date|timeline|plan)\b", re.IGNORECASE
)
# a vendor named as the source of a move is the one being left: "migrating data off Stackline"
LEAVING_FROM = re.compile(
    r"\b(?:migrat\w*|mov(?:e|es|ed|ing)|switch\w*|transition\w*|import\w*|export\w*|transfer\w*|port(?:ing|ed)?)\b"
    r"(?: [\w-]+){0,3} (?:from|off|out of|away from)\s*$",
    re.IGNORECASE,
)
# a later sentence of the same message about the vendor named earlier: "We're not going with them."
THEM = re.compile(r"\b(?:them|they|their|that vendor|that one|those guys)\b", re.IGNORECASE)
# a sentence that goes on about the vendor just named
THEY_FIRST = re.compile(r"^(?:They|Them|Their|That vendor|That one|Those guys)\b")
NEGATORS = re.compile(
    r"\b(?:not|no|never|nothing|nobody|none|without|hardly|neither|nor|isn't|aren't|wasn't|weren't|don't|doesn't"
    r"|didn't|won't|wouldn't|can't|cannot|couldn't|shouldn't|haven't|hasn't|no one)\b|n't\b",
    re.IGNORECASE,
)
