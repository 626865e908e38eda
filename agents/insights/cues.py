"""The phrases behind each topical risk reason, as data: what raises it, what cancels it.

Each :class:`Cue` is matched on one sentence the customer wrote (or our note reports). A cue that is
``negatable`` is cancelled by a negation just before it in the same clause ("budget *isn't* going to be
a problem", "*nobody* here thinks the price is out of line"); cues that carry their own negation ("can't
sign before March") are not. ``BLOCKERS`` are sentences that make a whole message benign for a reason
("I'm still your point of contact and the decision stays with me").

This module holds the competitor, budget and pricing cues; cues_people.py holds the stakeholder ones and
cues_timeline.py the timeline ones.
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
# a rival only asked about ("she asked whether any competitor is in play", "not sure if they've seen Lumora")
RIVAL_QUESTIONED = re.compile(
    r"\b(?:ask\w*|wonder\w*|check\w*|find out|know|sure|idea|confirm\w*)\b (?:whether|if)\b"
    r"(?:(?!\b(?:and|but|so|because|while)\b)[^.;,]){0,60}$",
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
    r"|ahead of you|the edge|invited|in talks|proof[- ]of[- ]concept|pocs?|bake-?off|head[- ]to[- ]head"
    r"|benchmark\w*|(?:running|run|ran|doing|did) (?:a |an |their )?(?:test|trial|pilot|evaluation))\b",
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
    r"|ended (?:that|the|our) contract|told (?:them|him|her|\w+) no|said no to|turned (?:them|him|her|\w+) down"
    # "Quorvia came back at almost double your number, so they're out"
    r"|(?:they're|they are|they've been|(?-i:so [A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:'s| is| are)) (?:now |definitely "
    r"|already )?(?:out|knocked out|dropped out)(?=\s*(?:[.,;!)\u2014]|$)))\b",
    re.IGNORECASE,
)
# the customer has chosen us: every rival named so far is out ("I've told him we've already chosen you"), unless
# it is only a condition ("we'd go with you if you match Quorvia")
CHOSE_US = re.compile(
    r"\b(?:chosen|chose|picked|selected|decided on|signing with|(?:are|'re|'ll be|will be) going (?:ahead )?with) you"
    r"\b|\byou(?:'re| are) our (?:pick|choice|preferred (?:vendor|supplier))\b",
    re.IGNORECASE,
)
CONDITIONAL = re.compile(r"\b(?:if|unless|whether|might|may|could|would|should|'d)\b", re.IGNORECASE)

BUDGET = (
    cue(
        r"\bbudgets?\b[^.;]{0,50}\b(?:cut|slashed|frozen|reduced|pulled|reallocated|redirected|diverted|moved|withdrawn"
        # "spent", but not money that "has to be spent by the 31st anyway" or is "spent wisely"
        r"|cancell?ed|gone|exhausted|used up|(?<!\bbe )spent(?! (?:wisely|well|carefully))|under review|on hold"
        r"|earmarked|lower than|smaller than|halved|trimmed|squeezed|tight|taken|clawed back)\b",
        0.85,
    ),
    cue(
        r"\b(?:cut|slash|reduce|freeze|froze|frozen|halve|trim|claw\w* back)\w* (?:[\w'-]+ ){0,6}(?:budgets?"
        r"|spend(?:ing)?|funding|opex|capex|(?<!cost )allocations?)\b",
        0.85,
    ),
    cue(  # someone took the money back: "Finance has pulled the money we'd set aside for this"
        r"\b(?:pulled|pulling|withdrawn|withdrew|taken back|took back|clawed back|reclaimed|redirected|diverted"
        r"|reallocated|frozen|froze|cut) (?:back )?(?:the|our|all the|that|this) (?:money|funds|funding|budget)\b",
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
        # "the line we'd earmarked for this is zeroed"
        r"\b(?:money|funds|funding|budget|line|pot|allocation)\b[^.;]{0,60}\b(?:set aside|earmarked|allocated|had)\b"
        r"[^.;]{0,40}(?:has been|have been|was|were|got|is being|is|are) (?:now )?(?:moved|reallocated|redirected"
        r"|diverted|cut|pulled|withdrawn|taken|re-?prioriti[sz]ed|zeroed|wiped|emptied)",
        0.9,
    ),
    # the money set aside went on something else, or its source fell through and nothing replaces it: "every euro
    # we'd set aside for projects has gone on repairs", "there's no other pot I can use"
    cue(
        r"\b(?:money|funds|funding|budget|cash|every (?:euro|pound|dollar|penny|cent)|(?:euros|pounds|dollars))\b"
        r"[^.;]{0,60}\b(?:set aside|earmarked|allocated|saved|put aside|ring-?fenced)\b[^.;]{0,60}\b(?:has|have|had)"
        r" (?:all )?(?:gone|been spent|been used|been needed) (?:on|for|to cover|elsewhere)\b"
        r"|\bno (?:other |spare |alternative |second )?(?:pot|source of (?:money|funds|funding)|pot of money"
        r"|budget line)\b|\b(?:money|funding|funds|budget)\b[^.;]{0,40}\b(?:fell through|dried up|evaporated"
        r"|vanished|disappeared|zeroed)\b|\bnothing (?:left )?in the (?:pot|kitty|coffers|budget)\b"
        r"|\b(?:pot|kitty|coffers) (?:is|are) (?:now )?(?:empty|dry|bare)\b",
        0.8,
        negatable=False,
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
# the money is someone else's: "our clients are slashing their marketing budgets", "the freeze in the papers"
OTHERS_MONEY = re.compile(
    r"\b(?:our|their|the|many|most|some|other|its) (?:clients|customers|buyers|members|retailers|distributors"
    r"|resellers|partners|competitors|rivals|industry|market|sector|suppliers|tenants|advertisers|patients)\b"
    r"|\b(?:everyone else|other companies|other firms|the government|in the papers|in the news|in the press)\b",
    re.IGNORECASE,
)
# a message that says this deal's money is safe makes its freeze talk benign ("nothing is frozen on our side")
BUDGET_SAFE = re.compile(
    r"\bnothing (?:is |has been |was )?(?:frozen|cut|affected|on hold)\b|\b(?:doesn't|does not|won't|will not"
    r"|didn't|did not) (?:affect|touch|cover|apply to|impact|hit) (?:us|our (?:project|deal|order|purchase|budget"
    r"|team)|this (?:project|deal|order|purchase)|the (?:project|deal|order|purchase))\b|\b(?:we're|we are|our "
    r"(?:project|budget|order|purchase)(?: is)?|this (?:project|order|purchase)(?: is)?|ours is|ours was) (?:not "
    r"affected|unaffected|exempt|ring-?fenced|safe|protected)\b|\bbudget (?:is|stays|remains) (?:safe|intact"
    r"|ring-?fenced|protected)\b",
    re.IGNORECASE,
)
# money missing only for a later, separate part ("the thirty southern seats are a separate question: there's no
# budget for them yet"), in a message that says this deal's own money is approved, is no concern for this deal
BUDGET_FUNDED = re.compile(
    r"\b(?:money|budget|funding|funds|PO|purchase order)\b[^.;]{0,40}\b(?:is|are|has been|have been|was|were)"
    r"(?: now| already| all)? (?:in (?:this year's|the|our|the current) budget|approved|secured|signed off|raised"
    r"|allocated|ring-?fenced)\b",
    re.IGNORECASE,
)
OTHER_SCOPE = re.compile(
    r"\b(?:a |the )?(?:separate|additional|extra|further|later|future|second|next) (?:question|matter|conversation"
    r"|phase|stage|wave|seats|licen[cs]es|sites|depots|teams|offices|regions|rollout|roll-out|expansion)\b"
    r"|\b(?:phase|wave|stage) (?:two|2|three|3)\b|\bthe (?:expansion|rest of the (?:rollout|seats|sites))\b",
    re.IGNORECASE,
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
        r"premium)|\b(?:not|isn't|aren't|wasn't) worth (?:the|that|it)\b|\b(?:can't|cannot|couldn't) make (?:the|a) "
        r"(?:business case|numbers|case|roi) work|\b(?:the )?numbers (?:don't|do not) work"
        r"|\b(?:business case|roi) (?:doesn't|does not) (?:work|stack up)",
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
    # the figure as it stands can't be sold inside, is "steep" in a word, or a lower one is named as the price of a
    # signature: "At the current number I can't justify it", "That's steep.", "Get me to four thousand a seat"
    cue(
        r"\bat (?:that|this|the current|your|the quoted|the proposed|those|these|the list) (?:price|number|figure"
        r"|rate|quote|level|pricing|cost)s?\b[^.;]{0,60}\b(?:can't|cannot|couldn't|can not|won't be able to) "
        r"(?:really )?(?:justify|defend|sell|get (?:it|this) (?:approved|past|through))"
        r"|(?:^|[,;:] )(?:that's|that is|it's|it is|this is|which is)(?: (?:a bit|quite|very|pretty|rather|really"
        r"|too|a little|awfully|just))? (?:steep|pricey|expensive|too rich|a lot of money)(?=\s*[.!?]|\s*$)"
        r"|\bget (?:me|us|it|this|that|the price|the number|the seats?) (?:down )?to (?:\$\s?[\d,.]+\s?k?|[\d,.]+\s?"
        r"(?:k|grand|thousand)|(?:[a-z]+[- ])?(?:[a-z]+ )?(?:thousand|grand|hundred))\b",
        0.8,
        negatable=False,
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
    # more than they had in mind, and the figure they were thinking of: "a lot more than the board had in mind",
    # "we were thinking closer to twenty", "we'd need to be nearer twenty", "get back to the figure you quoted"
    cue(
        r"\b(?:higher|more) than (?:we|I|they|the board|finance|management|(?:our|my) [\w-]+)(?:'d| had| have)? "
        r"(?:had )?(?:in mind|expected|budgeted|hoped|planned|thought|anticipated|wanted to (?:pay|spend))"
        r"|\b(?:thinking|hoping|expecting|looking|aiming|budgeting|budgeted|need(?:s|ed)? to be|'d need to be|would "
        r"need to be|have to be)(?: for| at)?(?: something)? (?:closer|nearer) (?:to )?(?:\$?\d|(?:twenty|thirty|forty"
        r"|fifty|sixty|seventy|eighty|ninety|ten|fifteen|half|that|their|our budget)\b)"
        r"|\b(?:get|go|come) back (?:down )?to the (?:figure|number|price|rate) (?:you|we) (?:quoted|mentioned|gave"
        r"|discussed|agreed)|\b(?:\d+ ?%|a third|half|double|twice) (?:more|higher|extra)\b[^.;]{0,30}\b(?:for the same"
        r"|than (?:what )?you (?:told|quoted|said|mentioned|promised|gave))\b",
        0.8,
    ),
    # the price does not pay back what they would use: "doesn't pay back on our volumes", "paying for a lot of
    # platform we won't touch", "he won't sign at that number", "come back with something significantly sharper"
    cue(
        r"\b(?:doesn't|does not|won't|wouldn't|didn't|will not|would not) pay (?:back|for itself)"
        r"|\b(?:much |far |a lot |significantly )?(?:better|faster|shorter|quicker|stronger) payback"
        r"|\bpayback (?:period )?(?:is |of )?(?:too long|too slow)"
        r"|\bpaying for (?:a lot of |lots of |so much |much )?[\w-]+(?: [\w-]+)? (?:(?:we|they) (?:won't|don't|wouldn't"
        r"|will never|aren't going to) (?:use|need|touch)|(?:nobody|no one)(?: will| would|'ll)? (?:uses?|needs?"
        r"|touch(?:es)?))"
        r"|\b(?:won't|will not|can't|cannot|wouldn't|isn't going to) (?:sign|approve|go ahead|pay|buy|commit) at "
        r"(?:that|this|the current|your|the quoted|those|these) (?:number|price|figure|level|rate|amount|cost|quote"
        r"|pricing)s?|\b(?:significantly |much |a lot |far |considerably |something )sharper\b"
        r"|\bsharper (?:price|number|offer|quote|pricing|deal)",
        0.8,
        negatable=False,
    ),
    # the figure they could sign: "more than I am prepared to approve", "a substantially lower figure", "we'd need
    # that cut to a third", "bring the bundle down to the cost of two", "two and a half times the price"
    cue(
        r"\bmore than (?:I|we|he|she|they|the board|finance|management)(?: am| are| is|'m|'re|'s)? (?:prepared"
        r"|willing|able|happy|comfortable) to (?:approve|pay|spend|sign off|sign|commit|accept)"
        r"|\b(?:need|want|looking for|hoping for|asking for|expect|come back with|require)\w* (?:a |an |some )?"
        r"(?:substantially|significantly|considerably|much|a lot|far|materially) (?:lower|smaller|cheaper|reduced)"
        r" (?:figure|number|price|quote|offer|amount|fee|total)s?\b"
        r"|\b(?:need|needs|want|wants|'d need|would need|'d want|would want) (?:(?:the |that |this |your )(?:[\w-]+ )?"
        + _PRICE
        + r"s? (?:cut|reduced|brought down|lowered|halved|trimmed|waived)|(?:that|it|this|them) (?:cut|reduced"
        r"|brought down|lowered|halved|trimmed) (?:to|by) (?:a third|half|a quarter|a fraction|\$?\d|at least"
        r"|something))"
        r"|\bbring (?:[\w-]+ ){0,3}down (?:to|by|a lot|significantly|substantially|meaningfully)\b"
        r"|\b(?:twice|double|triple|(?:two|three|four|five|\d+(?:\.\d+)?)(?: and a half)? times) (?:the (?:price|cost)"
        r"|what (?:we|I) (?:pay|paid|budgeted))\b",
        0.8,
    ),
    # a price or amount that "is very hard to justify", however long the subject that names it
    cue(
        r"(?:\d[\d,.]*\s?k?\b|\b" + _PRICE + r"\b)[^.;]{0,120}\b(?:is|are|seems?|feels?|looks?) (?:very |really "
        r"|extremely |quite |pretty |just |simply |still )?(?:hard|difficult|tough|impossible) to (?:justify|defend"
        r"|swallow)",
        0.8,
    ),
    cue(
        r"\bmake the numbers work\b|\bmore than (?:we|I) (?:can|could) (?:defend|justify|get approved)"
        r"|\bget (?:it|this) approved\b[^.;]{0,40}\b(?:\d[\d,]*|lower|less)\b",
        0.6,
    ),
)
# a message that says the price is fine makes its other price talk benign ("Tellurix came in 15% cheaper ...
# The price difference isn't an issue for us, your quote is approved as it is.")
PRICING_BLOCKERS = re.compile(
    r"\b(?:price|pricing|cost|quote|difference|fee)s?\b[^.;]{0,20}\b(?:isn't|is not|wasn't|was not|aren't|are not"
    r"|not) (?:an? )?(?:real |big )?(?:issue|problem|concern|obstacle|blocker|factor|sticking point)"
    r"|\b(?:quote|price|pricing|proposal|offer)\b[^.;]{0,20}\b(?:is|was|has been|got) approved"
    r"|\b(?:approved|fine) (?:as it is|as is|as it stands|at (?:that|this|your|the quoted) price)\b"
    r"|\b(?:happy|fine|comfortable) with (?:the|your) (?:price|pricing|quote|number)\b",
    re.IGNORECASE,
)
# in our notes, a discount our side means to give is not one the customer asked for ("She suggested offering
# Blackzim 10% off to lock in the quarter"); "they asked whether we could offer 10% off" still is
OUR_DISCOUNT = re.compile(
    r"\b(?i:offer(?:ing|ed)?|give|giving|throw(?:ing)? in|propos(?:e|ed|ing))\s+(?!us\b|me\b)(?:[A-Z][\w-]+ |them "
    r"|him |her )?(?i:an? )?(?:\d+ ?%|\w+ percent|(?:\w+ )?(?i:discount))",
)
THEIR_ASK = re.compile(r"\b(?:asked|asks|asking|wants?|wanted|request\w*|push\w* for|demand\w*|if we|whether we)\b",
                       re.IGNORECASE)  # fmt: skip

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
