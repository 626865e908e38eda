"""The phrases behind each topical risk reason, as data: what raises it, what cancels it.

Each :class:`Cue` is matched on one sentence the customer wrote (or our note reports). A cue that is
``negatable`` is cancelled by a negation just before it in the same clause ("budget *isn't* going to be
a problem", "*nobody* here thinks the price is out of line"); cues that carry their own negation ("can't
sign before March") are not. ``BLOCKERS`` are sentences that make a whole message benign for a reason
("I'm still your point of contact and the decision stays with me").

This module holds the competitor and budget cues; cues_people.py holds the stakeholder ones, cues_timeline.py
the timeline ones and cues_pricing.py the pricing ones.
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
    r"|meeting with|cheaper|less|under yours|under you|below (?:you|yours)|undercut"
    r"|stay(?:ing)? with|stick(?:ing)? with|renew(?:ing)? with"
    r"|parallel|side[- ]by[- ]side|pitch\w*|presentation|recommended|uses it|fair comparison|rf[pqi]s?"
    r"|requests? for (?:proposals?|quotes?|quotations?|tenders?)|(?:stronger|better"
    r"|preferred|best|cheaper|safer|leading|front) (?:option|choice|fit|offer|bet|candidate)|front-?runner"
    r"|ahead of you|the edge|invited|in talks|proof[- ]of[- ]concept|pocs?|bake-?off|head[- ]to[- ]head"
    r"|benchmark\w*|(?:running|run|ran|doing|did) (?:a |an |their )?(?:test|trial|pilot|evaluation)"
    r"|(?:see|seeing|saw|seen) (?:their|its|the) (?:platform|product|tool|solution|system|software|offering))\b",
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
    r"|(?:closed|shut) the (?:door|book) on(?! (?:nothing|nobody|no one|anyone|anybody|anything)\b)"
    r"|(?:was|is|'s) a (?:flat |total |complete )?non-starter\b"
    r"|ended (?:that|the|our) contract|told (?:them|him|her|\w+) no|said no to|turned (?:them|him|her|\w+) down"
    # a polite refusal: "we've told them thanks but no thanks", "gave them a firm no", "declined their offer"
    r"|thanks,? but no(?: thanks| thank you|(?=\s*(?:[.!,;]|$)))|(?:told|gave) (?:them|him|her|\w+) (?:a )?(?:polite "
    r"|firm |clear |flat |straight )no\b|declined (?:them\b|(?:their|the|his|her|[\w-]+'s) (?:offer|proposal|quote"
    r"|bid|terms))"
    # sworn off after a bad experience: "we were on Stackline and I swore never again"
    r"|never again|swor[en] off|(?:not|never) (?:touching|going near) (?:them|it|that) again"
    # "Quorvia came back at almost double your number, so they're out", "Brightwave is out: their limits ..."
    r"|(?:they're|they are|they've been|(?:(?-i:so [A-Z][\w-]+(?: [A-Z][\w-]+)?)|" + "|".join(COMPETITORS) + r")"
    r"(?:'s| is| are)) (?:now |definitely |already )?(?:out|knocked out|dropped out)(?=\s*(?:[.,;:!)\u2014]|$))"
    r"|out of (?:the picture|contention))\b",
    re.IGNORECASE,
)
# the customer has chosen us: every rival named so far is out ("I've told him we've already chosen you"), unless
# it is only a condition ("we'd go with you if you match Quorvia")
CHOSE_US = re.compile(
    r"\b(?:chosen|chose|picked|selected|decided on|signing with|(?:are|'re|'ll be|will be) going (?:ahead )?with) you"
    r"\b|\byou(?:'re| are) our (?:pick|choice|preferred (?:vendor|supplier))\b"
    # talking to nobody else: "you're the only vendor I'm talking to", "the only supplier on our shortlist"
    r"|\byou(?:'re| are) the only (?:vendor|supplier|provider|company|option|one|crm|tool)s? (?:(?:i|we)(?:'m| am"
    r"|'re| are) (?:talking|speaking) to|(?:i|we)(?:'m| am|'re| are) (?:considering|looking at|evaluating)|on (?:our"
    r"|my|the) (?:shortlist|list))\b|\b(?:only|exclusively) (?:talking|speaking) to you\b|\bnot (?:talking|speaking) to"
    r" (?:anyone|anybody) else\b",
    re.IGNORECASE,
)
CONDITIONAL = re.compile(r"\b(?:if|unless|whether|might|may|could|would|should|'d)\b", re.IGNORECASE)

BUDGET = (
    cue(
        r"\bbudgets?\b(?:(?!\b(?:quote|price|proposal|offer|bid|yours|cost|total)\b)[^.;]){0,50}\b(?:cut|slashed|frozen|reduced|pulled|reallocated|redirected|diverted|moved|withdrawn"
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
    cue(  # someone took the money back: "Finance has pulled the money we'd set aside for this", "raided the rest of
        # this year's software money" (a few words may name which money, not a price: "pulled the quote")
        r"\b(?:pulled|pulling|withdrawn|withdrew|taken back|took back|clawed back|reclaimed|redirected|diverted|raided"
        r"|reallocated|frozen|froze|cut|swallowed|repurposed) (?:back )?(?:the|our|all the|all of the|all our|that"
        r"|this|what's left of (?:the|our)|(?:the|what) (?:rest|remainder) of(?: the| our)?)(?: (?!(?:quote|price"
        r"|proposal|offer)\b)[\w'-]+){0,4}? (?:money|funds|funding|budget)\b"
        r"(?! (?:over )?(?:to|into|towards) (?:this|these|it|us|you|your|(?:the|our) (?:crm|licen|seats|order|purchase"
        r"|project)))"  # not moved to this deal
        r"(?! (?:figures|numbers|reports?|spreadsheets?|sheets?|files?|data|details|breakdown|summary|slides|deck"
        r"|rates?)\b)",  # budget paperwork, or an interest rate ("cut the Fed Funds rate"), not money taken
        0.85,
    ),
    cue(
        r"\b(?:spending|spend|budget|hiring and spending|purchasing|procurement|capex|investment|cost) (?:freeze"
        r"|moratorium)\b|\bfreeze on (?:all )?(?:[\w'-]+[- ]?){0,3}(?:spend\w*|purchas\w*|software|tools|investment)",
        0.9,
    ),
    cue(
        r"\b(?:hold|freeze|pause|stop|halt)\w* (?:all |any |every )?(?:discretionary |non-essential |new |further )+"
        r"(?:spend\w*|purchas\w*|investments?|expenditure|(?:financial )?commitments?)",
        0.85,
    ),
    # the money set aside for this, spent or moved by them on something else: "the owner has moved the money we'd
    # set aside for the CRM into a replacement van" (the money must be the one meant for this purchase)
    cue(
        r"\b(?:moved|moving|shifted|shifting|switched|put|putting|spent|spending|used|using|sunk|taken|took"
        r"|re-?prioriti[sz]ed) (?:the|our|all the|that|this) (?:money|funds|funding|budget|cash)\b[^.;]{0,30}"
        r"\b(?:set aside|earmarked|allocated|budgeted|put aside|saved|ring-?fenced|meant|intended) for (?:this|it"
        r"|you|(?:(?:the|our|your|a|this|new) (?:[\w-]+ )?)?(?:crm|software|system|tool|platform|project|licen[cs]es?"
        r"|seats?|subscription|purchase|order|deal|rollout|upgrade))\b",
        0.85,
    ),
    # nothing new is paid for until their own funding lands: "until the Series B closes", "until the raise is done"
    cue(
        r"\b(?:hold\w*|wait\w*|freez\w*|paus\w*|nothing|no new|can't|cannot|won't|not)\b[^.;]{0,60}\b(?:until|till"
        r"|pending) (?:the |our |we close (?:the |our )?)?(?:series [a-f]|(?:funding|investment|seed|growth|next)"
        r" round|fund-?rais\w*|raise)\b",
        0.8,
        negatable=False,
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
        r"\b(?:money|funds|funding|budget|cash|capex|opex)\b[^.;]{0,40}\b(?:went|gone|going|diverted|redirected)"
        r" (?:to|into"
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
        # the money came in lower, not our quote: "the budget came in lower than planned" (a quote that "came in
        # under what I'd set aside" is good news)
        r"\b(?:budgets?|allocation|funding|grant|money|envelope|settlement)\b(?:(?!\b(?:quote|price|proposal|offer|bid"
        r"|it|yours|cost|total)\b)[^.;]){0,40}\b(?:came|come|coming) in (?:well |much |far |way |a lot |slightly )?"
        r"(?:lower|smaller|under|short|below)\b|\bearmarked for (?:a|an|the) (?:other|different|\w+) "
        r"(?:project|initiative)|\b(?:cost[- ]cutting|cost[- ]reduction|austerity|belt[- ]tightening|spend controls"
        r"|savings programme)\b|\brun out of (?:budget|money|funds)|\b(?:lost|losing|lose) (?:our |the |its )?"
        r"(?:funding|budget|grant)\b|\bgrant (?:didn't|did not|fell|was (?:cut|refused|rejected|not))"
        r"|\b(?:funding|investment) round\b[^.;]{0,30}"
        r"(?:delayed|postponed|fell through|failed|pulled)",
        0.75,
    ),
    # the money swept back to the centre or folded into another pot, gone first in a cut, or no longer there at
    # all: "finance swept unspent budgets back to the centre", "the software line was the first to go", "the money I
    # was using for this no longer exists", "nothing left on our cost centre", "nothing to sign against"
    cue(
        r"\b(?:swept|sweep\w*|fold\w*|pulled|pulling|clawed|absorbed|merged|rolled)\b(?: [\w'-]+){0,5} (?:budgets?"
        r"|money|funds|funding|capex|opex|allocations?|lines?)(?: [\w'-]+){0,3}? (?:back )?(?:in)?to (?:the|that"
        r"|this|our|their|general|central|group|a|one)\b"
        r"|\b(?:budget|line|money|funds|funding|allocation|pot)\b[^.;]{0,30}\b(?:was|were|is|are|has been|will be)"
        r" (?:the |one of the )?(?:first|next) (?:thing |things |lines? )?to (?:go|be cut)\b"
        r"|\b(?:money|budget|funds|funding|allocation)\b[^.;]{0,60}\b(?:no longer exists?|doesn't exist any ?more"
        r"|does not exist any ?more)\b|\bnothing (?:left|remaining) (?:on|in) (?:our|the|my|their)"
        r" (?:cost cent(?:re|er)"
        r"|budget|line|allocation|account)\b|\bnothing (?:left )?to (?:sign|spend|charge (?:it|this))(?: it)? against\b"
        r"|\b(?:tranche|grant|award|allocation|funding|budget)\b[^.;]{0,40}\bat (?:roughly |about |around |only |just"
        r" |barely )?\d+ ?% of (?:what|the|our|last)",
        0.85,
        negatable=False,
    ),
    cue(
        r"\b(?:can't|cannot|can not|unable to|not allowed to) (?:spend|commit|release) (?:anything|any money|money"
        r"|funds|a penny|a cent)",
        0.8,
        negatable=False,
    ),
)
# cost-cutting as a reason to buy, not a squeeze on this purchase: "it's even part of our cost-cutting programme",
# "it fits our savings drive"; it gates only the programme cue (signals._budget_cue)
COST_PROGRAMME = re.compile(r"\b(?:cost[- ]cutting|cost[- ]reduction|savings programme)\b", re.IGNORECASE)
COST_MOTIVE = re.compile(
    r"\b(?:it's|it is|this is|that's|you're|you are|(?:the|your) (?:tool|product|platform|system|software)(?: is|'s))"
    r" (?:even |actually |also |now |really |already )?(?:part of|central to|key to|a pillar of|on the list for"
    r"|a (?:big |real )?win for|counted (?:in|towards))\b|\b(?:helps?|supports?|fits?|serves?|delivers? on"
    r"|counts? towards|contributes? to|sold (?:it )?(?:to )?(?:my|our|the) \w+ (?:as|on))\b[^.;]{0,25}"
    r"\b(?:cost[- ]cutting|cost[- ]reduction|savings)\b",
    re.IGNORECASE,
)
# the money is someone else's: "our clients are slashing their marketing budgets", "the freeze in the papers"
OTHERS_MONEY = re.compile(
    r"\b(?:our|their|the|many|most|some|other|its) (?:clients|customers|buyers|members|retailers|distributors"
    r"|resellers|partners|competitors|rivals|industry|market|sector|suppliers|tenants|advertisers|patients)\b"
    r"|\b(?:everyone else|other companies|other firms|the government|in the papers|in the news|in the press)\b",
    re.IGNORECASE,
)
# named right after the cue: "the spending freeze in the press", "the cuts everyone is reading about"
OTHERS_MONEY_AFTER = re.compile(
    r"\s*(?:(?:that was |that's |as )?(?:reported|announced|mentioned|covered) )?(?:in|from) the (?:press|news"
    r"|papers|media|headlines)\b|\s*(?:that )?(?:everyone|the press|the papers) (?:is|are) (?:talking|writing"
    r"|reading) about\b",
    re.IGNORECASE,
)
# the customer repeats our question before answering it ("You asked whether the freeze affects us. It doesn't."):
# what it names is no statement of theirs until they answer yes
ASKED_BACK = re.compile(
    r"\b(?:you|[A-Z][a-z]+) (?:asked|wondered|were wondering|wanted to know|enquired|inquired)(?: me| us)?"
    r" (?:whether|if|about)\b[^.;]{0,60}$|\b(?:re|regarding|as for|on|to answer) your question\b[^.;]{0,60}$",
    re.IGNORECASE,
)
ANSWER_YES = re.compile(
    r"(?:(?:yes|yeah|sadly|unfortunately)\b(?!,? (?:no|not)\b)|(?:i'm )?afraid so\b|(?:i'm afraid |sadly |yes,? )?it"
    r" (?:does|did|has|is|was|will)(?=\s*(?:[.!,;:\u2014]|$)))",
    re.IGNORECASE,
)
# a message that says this deal's money is safe makes its freeze talk benign ("nothing is frozen on our side")
BUDGET_SAFE = re.compile(
    r"\bnothing (?:is |has been |was )?(?:frozen|cut|affected|on hold)\b|\b(?:doesn't|does not|won't|will not"
    r"|didn't|did not) (?:affect|touch|cover|apply to|impact|hit) (?:us|our (?:project|deal|order|purchase|budget"
    r"|team)|this (?:project|deal|order|purchase)|the (?:project|deal|order|purchase))\b|\b(?:we're|we are|our "
    r"(?:project|budget|order|purchase)(?: is)?|this (?:project|order|purchase)(?: is)?|ours is|ours was) (?:not "
    r"affected|unaffected|exempt|ring-?fenced|safe|protected)\b|\bbudget (?:is|stays|remains) (?:safe|intact"
    r"|ring-?fenced|protected)\b"
    # said the other way round, or as money already spoken for: "so it isn't touched", "the money is already
    # committed", "this project was funded in the spring"
    r"|\b(?:it|this|ours|we|our (?:project|deal|order|purchase|money|funding)|this (?:project|deal|order|purchase)"
    r"|the (?:project|deal|order|purchase|money|funding))(?: is| was| will be| are)? ?(?:not|isn't|wasn't|won't be"
    r"|aren't|'s not|is not|was not) (?:being )?(?:touched|affected|impacted|hit|in scope|included|at risk)\b"
    r"|\b(?:money|budget|funding|funds)\b[^.;]{0,20}\b(?:is|are|was|were|has been|have been) (?:already|fully) "
    r"(?:committed|secured|ring-?fenced|allocated|approved|set aside)\b|\b(?:project|deal|order|purchase|this|it) "
    r"(?:was|is|has been) (?:already |fully )funded\b|\b(?:project|deal|order|purchase) (?:was|has been) funded "
    r"(?:in|last|back in|earlier)\b"
    # the cuts aimed elsewhere, or this purchase named inside an approved budget: "the savings programme is about
    # office space, not tools", "the freeze is limited to hiring, not software", "budget signed off, this included"
    r"|\b(?:is|are|'s|was|were) (?:only |just |all |purely |mainly |entirely |strictly )?(?:about|aimed at|focused on"
    r"|limited to|restricted to|confined to|targeting) [^.;]{1,40}?,? (?:and )?(?:not|rather than) (?:on )?(?:tools"
    r"|software|systems|it|tech\w*|licen[cs]es|crm|this|us|our (?:project|order|purchase|team|tools|software))\b"
    r"|\b(?:signed off|approved|secured|ring-?fenced|allocated)\b[^.;]{0,40}\b(?:this|it|yours|this (?:one|order"
    r"|purchase|project)) (?:included|covered)\b",
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
# the money is there after all: released, or approved once it was pending ("Good news: budget approved in full at
# the committee"); the approval must not be negated ("the budget isn't approved yet" is still pending)
BUDGET_RESOLVED = re.compile(
    r"\b(?:budget|funding|funds)\b[^.;]{0,40}?\b(?P<verb>released|restored|unfrozen|approved|signed off|granted"
    r"|back)\b|\bfreeze (?:has been |was )?(?P<lift>lifted)"
    # said actively: "the board lifted the freeze yesterday"
    r"|\b(?P<lifted>lifted|ended|removed|scrapped|unfroze) (?:the|our|its|their) (?:[\w-]+ ){0,2}?freeze\b",
    re.IGNORECASE,
)
# an approval still to come: "next year's budget, which is approved in February", "once the budget is approved"
NOT_YET = re.compile(
    r"\b(?:which|that|once|when|if|until|till|before|will|would|should|could|to be|gets?)"
    r"\b(?: [\w-]+)? (?:approved|signed off|granted|released|back)\b",
    re.IGNORECASE,
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
# the vendor just named, further on in a sentence: "we have booked their demonstration"
THEIRS = re.compile(r"\b(?:their|them|that vendor|that one|those guys)\b", re.IGNORECASE)
NEGATORS = re.compile(
    r"\b(?:not|no|never|nothing|nobody|none|without|hardly|neither|nor|isn't|aren't|wasn't|weren't|don't|doesn't"
    r"|didn't|won't|wouldn't|can't|cannot|couldn't|shouldn't|haven't|hasn't|no one)\b|n't\b",
    re.IGNORECASE,
)
