"""The phrases behind ``pricing_objection``: our price or terms too high for the value, a substantial discount
asked for, and what says the price is fine after all.

Matched on one sentence the customer wrote (or our note reports), like the other cues (see cues.py).
"""

from __future__ import annotations

import re

from agents.insights.cues import Cue, cue

_PRICE = (
    r"(?:price|prices|pricing|cost|costs|fee|fees|quote|quotation|rate|licen[cs]e fees?|subscription|premium|number"
    # terms are part of the price: "the three-year upfront commitment is too heavy for the value"
    r"|(?<!in )terms|lock-in|(?:upfront|up-front|multi-year|[\w-]+-year|annual|contract|payment|minimum) "
    r"(?:commitment|term)"
    # the figure itself stands for the price, when it is money: "9,642 a year is a lot for what we'd use", "$14,200
    # is steep", "18k is too much" (not "1,000 yards", "12k users")
    r"|(?<=[$\u20ac\u00a3])(?:\d{1,3}(?:,\d{3})+|\d{3,})(?:\.\d+)?\s?[kKmM]?|(?<=[$\u20ac\u00a3])\d+(?:\.\d+)?\s?[kKmM]\b|(?:\d{1,3}(?:,\d{3})+|\d{2,3})(?:\.\d\d)?(?=\s?(?:a|per|/|each)\s?(?:year|yr|month|seat|user"
    r"|licen[cs]e|head|annum)\b|\s?(?:dollars|euros|pounds|usd|eur|gbp)\b)|\d+(?:\.\d+)?\s?[kK](?=\W|$)(?!\s*(?:seats?"
    r"|users?|licen[cs]es?|records?|rows?|people|staff|employees|contacts|members|customers|accounts|units|items"
    r"|hours|miles|km|steps|words)\b))"
)
PRICING: tuple[Cue, ...] = (
    cue(
        r"\b" + _PRICE + r"\b[^.;]{0,60}\b(?:too high|too much|steep|out of (?:our )?(?:range|reach)|above (?:what|our)"
        r"|more than we|over (?:our|what)|sticking point|hard to (?:justify|defend|swallow)|difficult to (?:justify"
        r"|defend)|a lot for|expensive|pricey|excessive|out of line|holding us back|stumbling block|deal[- ]?breaker"
        r"|(?:only|main|biggest) (?:thing|issue|obstacle|blocker|hurdle)|too heavy|too rich|too dear|a bit dear"
        r"|on the (?:high|steep|expensive|pricey|heavy) side"
        r"|(?:higher|more) than (?:we|I)(?:'d| had| have)? "
        r"(?:expected|budgeted|hoped|planned|thought|anticipated))",
        0.85,
    ),
    cue(
        r"\b" + _PRICE + r"\b (?:is|are|was|were|remains?|has become|have become|'s) (?:an issue|a problem|a concern"
        r"|an obstacle|a blocker|"
        r"the (?:main |big |real )?(?:issue|problem|obstacle|blocker))",
        0.75,
    ),
    cue(
        r"\b(?:too expensive|too pricey|too dear|overpriced|over-priced|expensive for|pricey for|steep for"
        r"|hard (?:for us )?to "
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
        r"|\b(?:business case|roi) (?:doesn't|does not) (?:work|stack up)"
        # the value denied outright or for the money: "At your price I just don't see the extra value" (not "the value
        # in a second workshop")
        r"|\b(?:don't|do not|can't|cannot|couldn't|struggle to|fail to) (?:really |just |quite )?see (?:the |enough "
        r"|much )?(?:extra |added |additional )?value\b(?=\s*(?:[.!,;]|$)| for (?:the|that|this|what|your|paying))",
        0.75,
        negatable=False,
    ),
    cue(
        r"\b(?:\d+ ?%|(?:[a-z]+[- ])?[a-z]+ per ?cent|a third|half|a quarter) (?:less|cheaper|lower|below|off|under)\b"
        r"(?! (?:time|admin|effort|work|typing|data entry|clicks|paperwork|errors?|churn|downtime|hours)\b)"
        r"|\bcome down (?:by|on|to|a lot"
        r"|meaningfully|significantly)|move (?:meaningfully |significantly )?on (?:the )?(?:price|pricing|list price)"
        # the price's big reduction in any tense (not "it comes down to timing"): "unless your figure comes down a lot"
        r"|\b(?:your|the|that|this) (?:price|number|figure|quote|cost|fee)s? (?:comes|came|coming|come) down (?:a lot"
        r"|a long way|a great deal|substantially|considerably|dramatically|massively|sharply|quite a (?:bit|lot))"
        r"|sharpen (?:your|the) pencil|\bmatch (?:their|that|the|this) (?:price|offer|number|quote)|get (?:closer|"
        r"nearer) to (?:their|that|our) (?:number|price)|(?:closer|nearer) on (?:the )?(?:price|pricing|cost|number)"
        r"|under yours|cheaper than (?:you|yours)|knock\w* (?:[\w%]+ ){0,3}off|\b(?:get|come|go) (?:a lot |much "
        r"|a bit |quite a bit |any |somewhere )?(?:closer|nearer) to (?:that|their|theirs|them|it)(?=[,.;!?]|$)",
        0.8,
    ),
    # a price said, then "hard to justify": "at twenty-six seven, the GTK 500 is hard to justify", "at your price it's
    # hard to argue for you", "at that price it's tough to make the case for you internally"
    cue(
        r"\bat (?:\$?[\d.,]+ ?(?:k|K|grand|thousand)?|[a-z]+-[a-z]+(?: [a-z]+)?|that price|this price|those numbers"
        r"|that number|your (?:price|pricing|number|quote|rate)s?|the (?:current|quoted|proposed) (?:price|number))\b"
        r"[^.;]{0,60}\b(?:hard|difficult|tough) to (?:justify|defend|swallow|argue for|make (?:a|the|any) case for"
        r"|sell (?:you|it|this)|get (?:it|this|you) (?:past|through))",
        0.85,
    ),
    # the figure as it stands can't be sold inside, is "steep" in a word, or a lower one is named as the price of a
    # signature: "At the current number I can't justify it", "That's steep.", "Get me to four thousand a seat"
    cue(
        r"\bat (?:that|this|the current|your|the quoted|the proposed|those|these|the list) (?:price|number|figure"
        r"|rate|quote|level|pricing|cost)s?\b[^.;]{0,60}\b(?:can't|cannot|couldn't|can not|won't be able to) "
        r"(?:really )?(?:justify|defend|sell|get (?:it|this) (?:approved|past|through))"
        r"|(?:^|[,;:] )(?:that's|that is|it's|it is|this is|which is)(?: (?:a bit|quite|very|pretty|rather|really"
        r"|too|a little|awfully|just))? (?:steep|pricey|expensive|dear|too rich|a lot of money)(?=\s*[.!?]|\s*$)"
        r"|\bget (?:me|us|it|this|that|the price|the number|the seats?) (?:down )?(?:to|nearer(?: to)?|closer to)"
        r" (?:\$\s?[\d,.]+\s?k?|[\d,.]+\s?"
        r"(?:k|grand|thousand)|(?:[a-z]+[- ])?(?:[a-z]+ )?(?:thousand|grand|hundred))\b",
        0.8,
        negatable=False,
    ),
    cue(
        r"\b(?:substantial|significant|big|bigger|serious|deep|deeper|steep|meaningful|sizeable|hefty|large|proper|real)"
        r" (?:cut|reduction|drop|price cut)\b(?=[^.;]{0,40}\b(?:or|before|if|unless|otherwise|to (?:get (?:this|it"
        r"|the deal) (?:approved|signed|through|over the line)|proceed|go ahead|sign))\b)|\b(?:substantial"
        r"|significant|big|bigger|serious|deep|deeper|steep|meaningful|sizeable|hefty|large|proper|real)"
        r" discount|\bdiscount of (?:\d{2}|at least)|\b(?:[2-9]\d|1[5-9]) ?% (?:discount|off)\b",
        0.8,
    ),
    # a why-question over paying more is an objection whatever negates the asking: "can't see why we'd pay 50% more"
    cue(
        r"\bwhy (?:we'd|we would|we should|should we|would we) pay (?:a premium|the difference"
        r"|(?:(?:over|nearly|almost|about|around|some|roughly|close to|more than|at least|well over) )?"
        r"(?:[\d.]+ ?%|\w+ percent"
        r"|so much|far|much|a lot|double|twice as much) more|more|that much)",
        0.75,
        negatable=False,
    ),
    cue(
        r"\bpay a premium"
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
        r"need to be|have to be|(?:want|need|expect|like)(?:s|ed)? (?:it|that|this|the (?:price|number|figure|cost"
        # the figure they were sent back to get: "the committee asked me to come back with something closer to 40,000"
        r"|quote))|(?:come|go|get|report) back (?:to (?:them|him|her|the [\w-]+) )?with)(?: for| at)?(?: something)?"
        r" (?:closer|nearer) (?:to )?(?:\$?\d|(?:twenty|thirty|forty"
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
    # the quote can't be taken inside at its price: "I can't take yours to my boss at that price", "no way I get
    # this past finance at the current number"
    cue(
        r"\b(?:can't|cannot|couldn't|can not|won't|will not|wouldn't|unable to|no way (?:I|we|he|she)(?: can| could)?)"
        r"(?: \w+)? (?:take|bring|sell|pitch|present|put|get|push|recommend|justify|defend|sign|approve|buy|commit"
        r"|go ahead)\b[^.;]{0,50}\bat (?:that|this|the current|your|the quoted|the proposed|those|these|the list"
        r"|that kind of|this kind of) (?:price|number|figure|rate|level|pricing|cost|quote)s?\b",
        0.8,
        negatable=False,
    ),
    # a price or amount that "is very hard to justify", however long the subject that names it
    cue(
        r"(?:\d[\d,.]*\s?k?\b|\b" + _PRICE + r"\b)[^.;]{0,120}\b(?:is|are|seems?|feels?|looks?) (?:very |really "
        r"|extremely |quite |pretty |just |simply |still )?(?:hard|difficult|tough|impossible) to (?:justify|defend"
        r"|swallow)",
        0.8,
    ),
    # the price weighed against the value and found wanting, a chunk off asked for, the purchase that can't be
    # argued for inside: "poor value for a two-person team", "take a big slice off the total", "I can't make the
    # case to our board"
    cue(
        r"\b(?:poor|bad|weak|terrible|questionable|lousy|not (?:great|good)|not very good) value\b"
        r"|\bvalue for money (?:isn't|is not|just isn't|simply isn't) there\b|\bnot (?:good |great )?value for money\b"
        r"|\byou\b[^.;]{0,25}?\btake (?:a |an )?(?:big |large |decent |good |serious |meaningful |sizeable |hefty "
        r"|real |proper )?(?:chunk"
        r"|slice|bite|lump|amount|\d+ ?%|\w+ percent) off\b",
        0.8,
    ),
    cue(
        r"\b(?:can't|cannot|couldn't|can not|won't be able to|unable to) (?:make|argue|win|sell) (?:the|a|any|that) "
        r"(?:business )?case (?:for (?:it|this|that)\b|internally|inside|upstairs|to (?:my|our|the) (?:board|boss"
        r"|cfo|ceo|director|finance|management|partners|committee|md|owner|owners))",
        0.75,
        negatable=False,
    ),
    # the figure itself can't be made to work, and a much lower one named to sign at: "I can't make 5,482 a seat
    # work for four people", "if we could land somewhere nearer 3,000 a seat, I'd sign"
    cue(
        r"\b(?:can't|cannot|couldn't|can not|won't be able to|unable to) make (?:the |that |this |your )?(?:[\w-]+ )?"
        + _PRICE
        + r"s?(?: [\w-]+){0,3} work\b"
        r"|\b(?:if (?:we|you) (?:could|can)|could (?:we|you)|can (?:we|you)|(?:we|I)(?:'d| would) need to)"
        r"(?: [\w-]+)? (?:land|meet|settle|come in|end up|get (?:it|this|that)(?: down)?)(?: somewhere| something)?"
        r" (?:nearer|closer to|more like|down to|nearer to)\b[^.;\d]{0,12}(?:[$\u20ac\u00a3]\s?\d|\d{1,3}(?:,\d{3})+"
        r"|\d+(?:\.\d+)?\s?k\b|\d{3,}\s?(?:a|per|/)\s?(?:year|month|seat|user|licen[cs]e))",
        0.75,
        negatable=False,
    ),
    # the price measured against their own sense of fair and found over it, or a sizeable cut named as the price of
    # going ahead: "considerably above what we consider reasonable", "we'd need a reduction of around 20% to proceed"
    cue(
        r"\b(?:above|over|beyond|more than|higher than|exceeds?|exceeding|outside) (?:what|anything) (?:we|I|the board"
        r"|finance|management)(?:'d| would| could| can)? (?:consider|think (?:is |of as )?|deem|regard as|see as|call"
        r"|find) (?:reasonable|fair|acceptable|sensible|realistic|justifiable|affordable)\b"
        r"|\b(?:need|needs|needed|want|wants|looking for|hoping for|asking for|require|requires|expect)\w* (?:a |an )?"
        r"(?:price |fee )?(?:reduction|discount|price cut|cut|decrease) of (?:around |about |roughly |some |at least "
        r"|approximately |nearly |close to |up to |something like )?(?:1[5-9]|[2-9]\d)\s?(?:%|per ?cent)"
        r"(?! (?:in|of|on) (?:time|admin|effort|errors?|churn|downtime|hours|data entry|our costs)\b)",
        0.8,
    ),
    # more than they would pay for their use, "rich" for a firm their size, or a much lower all-in figure named as
    # the price of a signature: "more than we'd pay for what we'd use", "a bit rich for us", "do it for 2,000 all in"
    cue(
        r"(?<!\bno )(?<!\bnot )\bmore than (?:we|I|a firm like ours|a team like ours)(?:'d| would)(?: ever| normally"
        r"| usually| realistically)? (?:pay|spend|want to (?:pay|spend))\b|\b(?:a bit|a little|too|rather|far|way"
        r"|quite|just) rich for (?:us|me|our|a (?:small|firm|team|company|business|shop|practice))\b"
        r"|\b(?:could|can) (?:you )?(?:do|get|bring|let us have) (?:it|this|that|them|the (?:seats?|licen[cs]es?"
        r"|deal|package|bundle)) (?:down )?(?:for|to|at) (?:about |around |roughly |something like )?(?:[$\u20ac\u00a3]"
        r"\s?)?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?k\b|\d{3,})(?: all[- ]in| in total| total| flat)?\b[^.;]{0,30}"
        r"\b(?:we'd|we would|I'd|I would|we'll|we will|I'll) (?:sign|go ahead|buy|commit|proceed)",
        0.8,
    ),
    # the figure met with recoil, or weighed against its worth to them: "the partners balked at the figure", "it's
    # more than the thing is worth to us"
    cue(
        r"\b(?:balk|baulk|blanch|bristle|flinch|recoil|choke|gasp|wince)(?:ed|s|ing)? at (?:the|that|this|your|our"
        r"|a) (?:[\w-]+ )?(?:price|pricing|figure|number|cost|quote|fee|total|amount|sum|rate)s?\b"
        r"|\bmore than (?:it|this|that|the (?:[\w-]+ )?(?:thing|tool|product|system|software|platform|service"
        r"|licen[cs]es?|seats?|package|subscription))(?:'s| is| would be|'d be| will be) (?:really |actually "
        r"|realistically )?worth\b",
        0.8,
    ),
    # the price as where they get stuck, or above what the like of it has cost them: "Where we struggle is the
    # price.", "we're stuck on the number", "well above what comparable kit has cost us in the past"
    cue(
        r"\b(?:struggl\w+|stuck|hung up|stumbl\w+) (?:a bit |a little |mainly |most )?(?:with|on|over) (?:the |your )?"
        r"(?:price|pricing|cost|number|figure|quote)s?\b(?! (?:page|sheet|tab|screen|table|calculator|tool|field"
        r"|breakdown|details|template)\b)|\bwhere (?:we|I|they|the [\w-]+) (?:struggles?|gets? stuck|(?:is|are) stuck"
        r"|(?:has|have) (?:a |an )?(?:problem|issue|difficulty)) is (?:with )?(?:the|your) (?:price|pricing|cost"
        r"|number|figure|quote)\b|\b(?:above|over|more than|higher than) (?:what|anything) (?:comparable|similar"
        r"|equivalent|like-for-like)\b[^.;]{0,30}\b(?:cost|costs|paid|charged?)\b",
        0.8,
    ),
)
# a money figure by any spelling: "$6k", "6,000", "400 a seat", "six thousand", "ten grand"
AMOUNT = (
    r"(?:[$\u20ac\u00a3]\s?\d[\d,.]*\s?k?|\d[\d,.]*\s?(?:k\b|grand|thousand|hundred)|\d[\d,.]*\s?(?:a|per|/)\s?(?:seat"
    r"|head|user|licen[cs]e|year|month)\b|\d{1,3}(?:,\d{3})+|(?:[a-z]+[- ])?[a-z]+ (?:thousand|grand|hundred)\b)"
)
PRICING = (
    *PRICING,
    # their verdict on the price in any form: "she can't see us paying close to ten thousand a year", "priced for a
    # team five times our size", "more than we can justify", "I can't walk into finance defending ten thousand more"
    cue(
        r"\b(?:can't|cannot|couldn't|can not|don't|won't) (?:really )?(?:see|imagine|picture|envisage) (?:us|them|him"
        r"|her|the board|finance|anyone|(?:our|my) [\w-]+) (?:paying|spending|signing off|approving|agreeing to)\b"
        r"[^.;]{0,40}(?:\d|thousand|hundred|grand|\bthat\b|\bthis\b|so much|\bmuch\b|price|\bfull\b|\blist\b|\bmore\b)"
        r"|\bpriced (?:for|like|as if (?:we were|for))\b[^.;,]{0,30}?\b(?:bigger|larger|enterprise|corporates?"
        r"|multinationals?|times (?:our|the|its) size)\b"
        r"|\bmore than (?:we|I|they|the board|finance|management) (?:can|could) (?:justify|afford|defend|stretch to"
        r"|swing|get approved)\b"
        r"|\b(?:can't|cannot|couldn't|won't|no way (?:I|we) (?:can|could))\b[^.;]{0,50}\b(?:defend|justify|explain)\w*"
        r"(?: [\w,.$\u20ac\u00a3-]+){0,3} (?:more|extra|difference|gap|premium|on top)\b"
        # or the sum they can't defend paying for the gap, however long the clause: "can't justify 13.5k to finance
        # for the difference" (not "for the difference in features")
        r"|\b(?:can't|cannot|couldn't|won't|no way (?:I|we) (?:can|could))\b[^.;]{0,50}\b(?:defend|justify)\w*\b"
        r"(?:[^.;]|\.(?=\d)){0,40}\b(?:for|on) (?:the|that|this|such a) (?:price |cost )?(?:difference|gap|premium)\b"
        r"(?=\s*(?:[.,;!?]|$))"
        # the quote will not pass inside at its price: "At the current price and terms it won't get through."
        r"|\bat (?:that|this|the current|your|the quoted|the proposed|those|these|the list) (?:price|number|figure"
        r"|rate|quote|level|pricing|cost)s?\b[^.;]{0,40}\b(?:it|this|that|we|they) (?:won't|will not|wouldn't|isn't"
        r" going to|is not going to|can't|cannot) (?:get|go|make it|be) (?:through|past|approved|signed)\b",
        0.85,
        negatable=False,
    ),
    # a counter-figure they need to sign, or a rival's number to come near: "if you could get to around 400 a seat
    # ... we could sign", "get it to somewhere around six thousand and I can get it signed", "something near their
    # number, or a lot closer than you are now"
    cue(
        r"\b(?:get|bring|drop|move|do|come down)\b(?: (?:it|this|that|yours|the (?:price|number|quote|figure|cost"
        r"|seats?)))?"
        r"(?: down)? (?:to|for|nearer|near|closer to) (?:somewhere |something )?(?:around |about |roughly |nearer "
        r"|near |closer to |like |in the region of )?" + AMOUNT + r"[^.;]{0,60}\b(?:sign\w*|approv\w*|through"
        r"|over the line|go ahead|commit|buy|yes)\b"
        # the gap to the rival's price to close: "get me within a couple hundred of their number and I sign"
        r"|\b(?:get|bring|come|be)\b(?: (?:me|us|it|this|yours|down))* within (?:[\w$%,.-]+ ){1,4}of (?:theirs\b"
        r"|(?:their|that|the other|the rival|[\w-]+'s) (?:[\w-]+ )?(?:number|price|figure|quote|offer|pricing)s?\b)"
        r"|\b(?:something|somewhere|anything) (?:near|nearer|close to|closer to|like) (?:theirs\b|(?:their|that|the"
        r" other|[\w-]+'s) (?:number|price|figure|quote|offer)s?\b)|\b(?:closer|nearer) than you are\b"
        # our price moved some way towards the rival's: "come down a long way towards their number", "move a good
        # deal closer to Kestrel's price"
        r"|\byou\b[^.;,]{0,25}?\b(?:come|go|move|get|drop|bring (?:it|this|yours|the (?:price|number|quote)))"
        r"(?: down)?(?: [\w-]+){0,4}? (?:towards?|nearer(?: to)?|closer to|in line with) (?:theirs\b|(?:their|that"
        r"|the other|the rival|[\w-]+'s) (?:[\w-]+ )?(?:number|price|figure|quote|offer|pricing|level)s?\b)",
        0.8,
        negatable=False,
    ),
)
# a message that says the price is fine makes its other price talk benign ("Tellurix came in 15% cheaper ...
# The price difference isn't an issue for us, your quote is approved as it is.")
PRICING_BLOCKERS = re.compile(
    r"\b(?:price|pricing|cost|quote|difference|fee)s?\b[^.;]{0,20}\b(?:isn't|is not|wasn't|was not|aren't|are not"
    r"|not) (?:an? )?(?:real |big )?(?:issue|problem|concern|obstacle|blocker|factor|sticking point)"
    r"|\b(?:quote|price|pricing|proposal|offer)\b[^.;]{0,20}\b(?:is|was|has been|got) approved"
    r"|\b(?:approved|fine) (?:as it is|as is|as it stands|at (?:that|this|your|the quoted) price)\b"
    r"|\b(?:happy|fine|comfortable) with (?:the|your) (?:price|pricing|quote|number)\b"
    r"|\b(?:list |your |the )?(?:price|pricing|quote|number|figure)s? (?:is|are|'s|looks?|seems?)"
    r" (?:absolutely |perfectly |totally )?(?:fine|ok|okay|acceptable)\b",
    re.IGNORECASE,
)
# in our notes, a discount our side means to give is not one the customer asked for ("She suggested offering
# Blackzim 10% off to lock in the quarter"); "they asked whether we could offer 10% off" still is
OUR_DISCOUNT = re.compile(
    r"\b(?i:offer(?:ing|ed)?|give|giving|throw(?:ing)? in|propos(?:e|ed|ing))\s+(?!us\b|me\b)(?:[A-Z][\w-]+ |them "
    r"|him |her )?(?i:an? )?(?:\d+ ?%|\w+ percent|(?:\w+ )?(?i:discount))",
)
# a discount a rival offers the customer, in a sentence that names the rival: their price, not an ask of ours ("a
# Kestrel CRM rep cold-called me offering a big discount if we'd switch"); signals.py drops it unless "you" offer it
RIVAL_OFFER = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|dangl(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|pitch(?:es|ed|ing)?|throw(?:s|n|ing)? in"
    r"|threw in|giv(?:e|es|ing)|gave)\b(?: us| me| them)?(?: an?)?(?: [\w%-]+){0,3}? (?:discount|price cut|off)\b",
    re.IGNORECASE,
)
THEIR_ASK = re.compile(r"\b(?:asked|asks|asking|wants?|wanted|request\w*|push\w* for|demand\w*|if we|whether we)\b",
                       re.IGNORECASE)  # fmt: skip
# a request taken back as a joke in the same breath or the next: "any chance of 90% off? Joking.", "Kidding!"
JOKE_RETRACTED = re.compile(
    r"(?:^|[?!.]\W*\s?|\s)(?:(?:only|just|i'm|i am|i was) )?(?:joking|kidding|jk|j/k|teasing)(?: aside)?\b\W*$",
    re.IGNORECASE,
)
