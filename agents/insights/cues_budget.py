"""The budget cues: what says this deal's money is cut, frozen or gone (``BUDGET``), and what says the money talk is
not about this deal (someone else's money, cost-cutting the product serves, a freeze only repeated from our question,
money approved after all). Matched per sentence like every cue in cues.py."""

from __future__ import annotations

import re

from agents.insights.cues import Cue, cue
from agents.insights.cues_budget_diverted import DIVERTED
from agents.insights.cues_budget_emptied import EMPTIED
from agents.insights.cues_budget_grants import GRANT_REDIRECTED
from agents.insights.cues_budget_locked import LOCKED
from agents.insights.cues_budget_payer import PAYER_GONE
from agents.insights.cues_budget_share import GONE as _GONE
from agents.insights.cues_budget_share import MONEY as _MONEY
from agents.insights.cues_budget_share import SHARE
from agents.insights.cues_budget_source import REFUSED
from agents.insights.cues_budget_spend import SPEND_WITHDRAWN
from agents.insights.cues_budget_squeeze import SQUEEZE
from agents.insights.cues_budget_taken import TAKEN
from agents.insights.cues_budget_unreleased import UNRELEASED
from agents.insights.cues_budget_vanished import VANISHED
from agents.insights.cues_budget_withheld import WITHHELD

# the money told coin by coin: "every euro left this year", "every last penny"
_EVERY_UNIT = r"every (?:last |single |spare )?(?:euro|pound|dollar|penny|cent|krona|krone|franc|quid|buck)"
BUDGET: tuple[Cue, ...] = (
    cue(
        r"\bbudgets?\b(?:(?!\b(?:quote|price|proposal|offer|bid|yours|cost|total)\b)[^.;]){0,50}\b(?:cut|slashed|frozen|reduced|pulled|reallocated|redirected|diverted|moved|withdrawn"
        # "spent", but not money that "has to be spent by the 31st anyway" or is "spent wisely", nor a compound
        # ("approved and spent-on-signature")
        r"|cancell?ed|gone|exhausted|used up|(?<!\bbe )spent(?! (?:wisely|well|carefully))(?!-)|under review|on hold"
        r"|earmarked|lower than|smaller than|halved|trimmed|squeezed|tight|taken|clawed back)\b",
        0.85,
    ),
    cue(
        # a share of it taken back: "pulled back 30% of every department's discretionary budget"
        r"\b(?:cut|slash|reduce|freeze|froze|frozen|halve|trim|claw\w* back|pull\w* back|took back|tak\w+ back)\w*"
        r" (?:[\w'%-]+ ){0,6}(?:budgets?"
        r"|spend(?:ing)?|funding|opex|capex|(?<!cost )allocations?)\b",
        0.85,
    ),
    cue(  # someone took the money back: "Finance has pulled the money we'd set aside for this", "raided the rest of
        # this year's software money" (a few words may name which money, not a price: "pulled the quote")
        r"\b(?:pulled|pulling|withdrawn|withdrew|taken back|took back|clawed back|reclaimed|redirected|diverted|raided"
        r"|reallocated|frozen|froze|cut|swallowed|repurposed) (?:back )?(?:the|our|all the|all of the|all our|that"
        r"|this|what(?:'s| is| was| had been)? (?:left|remaining|remained|remains) of (?:the|our|this year's)"
        r"|(?:the|what) (?:rest|remainder) of(?: the| our)?)(?: (?!(?:quote|price"
        r"|proposal|offer)\b)[\w'-]+){0,4}? (?:money|funds|funding|budget)\b"
        r"(?! (?:over )?(?:to|into|towards) (?:this|these|it|us|you|your|(?:the|our) (?:crm|licen|seats|order|purchase"
        r"|project)))"  # not moved to this deal
        r"(?! (?:figures|numbers|reports?|spreadsheets?|sheets?|files?|data|details|breakdown|summary|slides|deck"
        r"|rates?)\b)",  # budget paperwork, or an interest rate ("cut the Fed Funds rate"), not money taken
        0.85,
    ),
    # said in the passive, of any word for the money: "the funding for this project has been pulled", "our
    # allocation was axed last week" (not the quote: "the price was cut")
    cue(
        r"\b(?:funding|funds|money|budget|allocation|financing|capex|opex|" + _EVERY_UNIT + r")\b"
        r"(?:(?!\b(?:quote|price|proposal|offer|bid|cost)\b)"
        # an adverb may part the auxiliary from "been": "the money has since been pulled", "has now been axed"
        r"[^.;]){0,40}\b(?:(?:has|have|had|'s)(?: (?:since|now|also|just|already|then|quietly|suddenly|officially"
        r"|effectively|unfortunately|sadly|apparently|actually|partly|largely|entirely))? been|was|were|got|is being"
        r"|are being) (?:now |just |officially |quietly |suddenly |all |since |then )?(?:pulled|cut|slashed|withdrawn"
        r"|frozen|reallocated|redirected|diverted|scrapped|axed|cancell?ed|clawed back|taken away|removed|revoked"
        r"|rescinded)\b",
        0.85,
    ),
    cue(
        r"\b(?:spending|spend|budget|hiring and spending|purchasing|procurement|capex|investment|cost) (?:freeze"
        r"|moratorium)\b|\bfreeze on (?:all )?(?:[\w'-]+[- ]?){0,3}(?:spend\w*|purchas\w*|software|tools|investment)",
        0.9,
    ),
    cue(
        r"\b(?:hold|freeze|pause|stop|halt)\w* (?:on |to )?(?:all |any |every )?(?:discretionary |non-essential |new"
        r" |further )+"
        # what the spend is on may be named: "paused all new software spend"
        r"(?:(?:software|tool|it|tech|saas|vendor|capital|capex|opex) )?(?:spend\w*|purchas\w*|investments?|expenditure"
        r"|(?:financial )?commitments?)",
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
        r"\bno (?:more )?(?:budget|money|funds|funding)\b(?! (?:issues?|problems?|concerns?|worries|freeze))"
        # said with a verb: "right now I don't have the money for three seats"
        r"|\b(?:don't|do not|doesn't|does not|no longer) (?:have|got) (?:the |any |enough )?(?:budget|money|funds"
        r"|funding|cash)\b(?! (?:issues?|problems?|concerns?|worries))",
        0.8,
        negatable=False,
    ),
    cue(
        # "the line we'd earmarked for this is zeroed", "the capex we'd set aside for it was moved"
        r"\b(?:money|funds|funding|budget|line|pot|allocation|capex|opex)\b[^.;]{0,60}"
        r"\b(?:set aside|earmarked|allocated|had)\b"
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
        r"\b(?:money|funds|funding|budget|cash|capex|opex|" + _EVERY_UNIT + r")\b[^.;]{0,40}\b(?:went|gone|going"
        r"|diverted|redirected)"
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
        r"(?:under review|justify or cut|put on hold|(?<!un)frozen|cut back)",
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
BUDGET = (
    *BUDGET,
    *TAKEN,  # money taken to pay for something else, or none left in theirs for this
    *REFUSED,  # the grant or loan meant to pay for this refused
    *EMPTIED,  # the money set aside for this cut, gone or steered elsewhere by their decision
    *VANISHED,  # the figure they approved gone, or money frozen under a quantifier
    *WITHHELD,  # the money not there to pay, not released, or all new payments blocked
    *UNRELEASED,  # the writer unable to let the money out for this deal
    *PAYER_GONE,  # the money that was to pay for this gone, and nothing else to charge it to
    *SHARE,  # a share taken off their budget, or the money said gone with a hedge
    *SQUEEZE,  # an order from above to buy nothing new, or new spend queued until a date
    *DIVERTED,  # the money steered elsewhere, or a whole kind of spend on hold
    *GRANT_REDIRECTED,  # a gift, grant or appropriation steered to another project
    *SPEND_WITHDRAWN,  # spend itself withdrawn or frozen, said as a memo says it
    *LOCKED,  # the cost centre the purchase is charged to locked or frozen
    cue(
        rf"\b{_MONEY}\b(?:(?!\b(?:quote|price|proposal|offer|bid|cost|and|but)\b)[^.;:,]){{0,60}}\b(?:is|are|was|were"
        rf"|has been|have been|had been|got|gets|now)(?: now| just| already| all| completely| effectively)? {_GONE}\b",
        0.85,
    ),
    cue(
        r"\b(?:has|have|had|they|he|she|who|finance|management|leadership|head office|the board|[\w-]+ (?:team|office"
        r"|board|director|manager|cfo|ceo|coo|md|owner|group))"
        r" (?:just |now |quietly |also )?(?:moved|shifted|withdrawn|withdrew|took|taken|pulled|reallocated|redirected"
        r"|diverted|emptied|raided|swept|scrapped|axed|cut)\b(?= (?:back |over )?(?:the|our|my|this|that|what|all"
        r"|their|[\w-]+'s)\b)(?: (?!(?:quote|price|proposal|offer|bid|and|but)\b)"
        rf"[\w'-]+){{0,6}}? {_MONEY}\b(?! (?:over )?(?:to|into|towards) (?:this|these|it|us|you|your|(?:the|our)"
        r" (?:crm|licen|seats|order|purchase|project))|[^.;]{0,30}\b(?:bank )?account\b)",  # not banked elsewhere
        0.85,
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
    # a word or two may say which of them: "two of our biggest clients", "our retail customers"
    r"\b(?:our|their|the|many|most|some|other|its) (?:[\w-]+ ){0,2}?(?:clients|customers|buyers|members|retailers"
    r"|distributors|resellers|competitors|rivals|industry|market|sector|suppliers|tenants|advertisers|patients)\b"
    # the partners of a partnership are its owners: only someone else's when they are not the ones acting on the
    # money right after ("the partners have moved the IT envelope to compliance" is the firm's own decision)
    r"|\b(?:our|their|the|many|most|some|other|its) partners\b(?!(?:\s+(?:have|had|'ve|just|now|also|then))*\s*$)"
    r"|\b(?:everyone else|other companies|other firms|the government|in the papers|in the news|in the press)\b",
    re.IGNORECASE,
)


def others_money(clause: str, cue_text: str) -> bool:
    """The money of the cue is someone else's, named in the clause before it; partners acting on "their" budgets
    ("our partners have cut their budgets") are a business's partners, not its owners."""
    others = OTHERS_MONEY.search(clause)
    if others:
        # the writer's own money named after them: "our customers cut their spend and our own budget was slashed"
        return not re.search(r"\b(?:our|my) own\b", clause[others.end() :], re.IGNORECASE)
    return bool(
        re.search(r"\bpartners(?:\s+(?:have|had|'ve|just|now|also|then))*\s*$", clause, re.I)
        and re.search(r"\btheir\b", cue_text, re.I)
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
_ON_SPEND = (
    r" on (?:all )?(?:new )?(?:[\w-]+ ){0,2}?(?:spend\w*|purchas\w*|budgets?|buying|orders|contracts|software|tools)"
)
BUDGET_RESOLVED = re.compile(
    r"\b(?:budget|funding|funds)\b[^.;]{0,40}?\b(?P<verb>released|restored|unfrozen|approved|signed off|granted"
    r"|back|confirmed)\b"
    # the money for this deal confirmed: "the money for the six seats is confirmed in full"
    r"|\bmoney\b[^.;]{0,40}?\b(?:is|was|has been|'s been|are|have been|ha(?:s|ve) since been) (?:now |finally |all"
    r" )?(?P<money>confirmed|approved|released|secured|signed off|restored|reinstated)\b"
    # confirmed by someone, said actively and done: "I got the CFO to confirm the money in writing", "I had the FD
    # confirm the money", "finance has released our funding" (not "I need the CFO to confirm the money")
    r"|\b(?:got|had) (?:(?!(?:hoped|expected|wanted|planned|asked|would|will|could|might|should)\b)[\w-]+ ){1,3}"
    r"(?:to )?(?:confirm|approve|release|sign off|ring-?fence) (?:the|our|this) (?:money"
    r"|budget|funding|funds)\b|\b(?<!to )(?P<active>confirmed|approved|released|secured|ring-?fenced|signed off) (?:the"
    r"|our|this|all the) (?:money|budget|funding|funds)\b"
    # a stop on spending ended in any voice: "the freeze is lifted", "the pause on new spend is over", "the hold on
    # purchasing has been removed"
    r"|\b(?:freeze|pause|moratorium|embargo|hold(?=" + _ON_SPEND + r"))(?:" + _ON_SPEND + r")?"
    r" (?:(?:is|has been|was|got|'s been|have been|are) (?:now |finally |officially )?(?P<lift>lifted|over|ended"
    r"|removed|off)|(?:now |finally |officially )?(?P<lifted_>lifted|ended|removed))\b"
    # said actively: "the board lifted the freeze yesterday", "finance ended the pause on new spend"
    r"|\b(?P<lifted>lifted|ended|removed|scrapped|unfroze) (?:the|our|its|their) (?:[\w-]+ ){0,2}?(?:freeze|pause"
    r"|hold|moratorium|embargo)\b"
    # the spend itself let go again: "finance unfroze discretionary spend", "new spending has been unfrozen"
    r"|\b(?:unfroze|unfrozen|unblocked|reopened) (?:all |the |our |their )?(?:[\w-]+ ){0,2}?(?:spend(?:ing)?"
    r"|purchasing|budgets?)\b|\b(?:spend(?:ing)?|purchasing)\b[^.;]{0,30}?\b(?:is|has|was|'s|have|are)"
    r" (?:now |finally |officially )?(?:been )?(?:unfrozen|unblocked)\b",
    re.IGNORECASE,
)
# an approval still to come: "next year's budget, which is approved in February", "once the budget is approved"
NOT_YET = re.compile(
    r"\b(?:which|that|once|when|if|until|till|before|will|would|should|could|to be|gets?)"
    r"\b(?: [\w-]+)? (?:approved|signed off|granted|released|back|confirmed|lifted|over)\b",
    re.IGNORECASE,
)
