"""The phrases behind each topical risk reason, as data: what raises it, what cancels it.

Each :class:`Cue` is matched on one sentence the customer wrote (or our note reports). A cue that is
``negatable`` is cancelled by a negation just before it in the same clause ("budget *isn't* going to be
a problem", "*nobody* here thinks the price is out of line"); cues that carry their own negation ("can't
sign before March") are not. ``BLOCKERS`` are sentences that make a whole message benign for a reason
("I'm still your point of contact and the decision stays with me").

This module holds the competitor cues; cues_budget.py holds the budget ones, cues_people.py the stakeholder ones,
cues_timeline.py the timeline ones and cues_pricing.py the pricing ones.
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
_NOT_A_CASE = (
    r"(?![ -](?:scenarios?|cases?|models?|analys[ie]s|situations?|hypothes[ie]s|assumptions?|clauses?"
    r"|provisions?|rules?|structures?|simulations?|tests?)\b)"
)
GENERIC_RIVAL = re.compile(
    r"\b(?:another|other|alternative|a second|a third|two other|three other|a couple of other|a few other|several other"
    r"|competing|rival|different) (?:vendors?|suppliers?|providers?|tools?|options|products?|solutions?|platforms?"
    r"|bidders?|companies|quotes|bids|proposals|offers)\b|\ba competitor\b|\bcompetitors?\b|\balternatives\b"
    # one unnamed rival bid: "the other bid is cheaper", "a competing offer" ("the other quote" may be ours again;
    # a case of a model is no bid: "there is also a competing offer scenario")
    r"|\b(?:(?:the|that|one|this) other|(?:a|the|one) (?:competing|rival)) (?:bid|bidder|tenderer)\b"
    + _NOT_A_CASE
    + r"|\b(?:a|the|one) (?:competing|rival) (?:offer|quote|proposal|tender)\b"
    + _NOT_A_CASE
    + r"|\b(?:current|existing|incumbent|present) (?:provider|vendor|supplier|system|tool|solution|crm)\b",
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
    r"\b(?:evaluat\w*|look(?:ing)? (?:(?:properly|closely|seriously|hard|carefully|more closely|again) )?at"
    r"|looked at (?:\w+ )?(?:as well|too)|consider\w*|talk(?:ing)? to|speak(?:ing)? "
    r"(?:to|with)|trial\w*|pilot\w*|demo\w*|quot\w*|proposal|offer\w*|bid\w*|tender|shortlist\w*|compar\w*|lean\w*"
    r"|prefer\w*|favou?r\w*|go(?:ing|es)? with|switch\w* to|in the running|alongside|as well|also|session with"
    # their price back for the same job: "Kestrel came in at roughly 18k", "Stackline comes in well under", "came
    # back at 18k"
    r"|c(?:ame|omes?|oming) (?:in|back) (?:\w+ )?(?:at|around|about|lower|cheaper|under|below|less)"
    r"|meeting with|workshop with|(?:choose|choosing|decide|deciding|pick|picking) between"
    # a quote named before, then "one" from the rival: "told to get a second quote, so we're getting one from X"
    r"|(?:get|gets|getting|got|request\w*|ask(?:ed|ing)? for|waiting (?:on|for)) (?:one|another one) from"
    r"|cheaper|less|under yours|under you|below (?:you|yours)|undercut"
    r"|stay(?:ing)? with|stick(?:ing)? with|renew(?:ing)? with"
    r"|parallel|side[- ]by[- ]side|pitch\w*|presentation|recommended|uses it|fair comparison|rf[pqi]s?"
    r"|requests? for (?:proposals?|quotes?|quotations?|tenders?)|(?:stronger|better"
    r"|preferred|best|cheaper|safer|leading|front) (?:option|choice|fit|offer|bet|candidate)|front-?runner"
    r"|ahead of you|the edge|invited|in talks|proof[- ]of[- ]concept|pocs?|bake-?off|head[- ]to[- ]head"
    r"|benchmark\w*|(?:running|run|ran|doing|did) (?:a |an |their )?(?:test|trial|pilot|evaluation)"
    r"|(?:see|seeing|saw|seen) (?:their|its|the) (?:platform|product|tool|solution|system|software|offering))\b",
    re.IGNORECASE,
)
# the list a price is read from, not the shortlist: "off the list price", "off list rates"
_NOT_LIST_PRICE = r"(?![ -](?:prices?|pricing|rates?|fees?|costs?|figures?|values?|amounts?|totals?)\b)"
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
    # taken no further: "we have decided not to go any further with Stackline" (not "with you")
    r"|(?<!\bor )(?:not|\w+n't) (?:to |be )?(?:(?:go|going|take (?:it|this|things|them)|taking (?:it|this|things|them)"
    r"|mov(?:e|ing)) (?:any |much )?(?:further|forward|ahead)|proceed\w*|continu\w+|carry on|carrying on)"
    r" with\b(?! you\b)"
    r"|thanks,? but no(?: thanks| thank you|(?=\s*(?:[.!,;]|$)))|(?:told|gave) (?:them|him|her|\w+) (?:a )?(?:polite "
    r"|firm |clear |flat |straight )no\b|declined (?:them\b|(?:their|the|his|her|[\w-]+'s) (?:offer|proposal|quote"
    r"|bid|terms))"
    # struck from a tender: "the other two bids have been excluded as non-compliant", "Lumora was disqualified"
    # or by the customer, the rival often fronted: "Stackline we have excluded already in spring"
    r"|(?:we|I|they)(?:'ve| have| had|'d)? (?:now |also |already )?(?:excluded|eliminated|discarded|dismissed)\b"
    r"(?! (?:nothing|nobody|no one|anyone|anybody|anything|any)\b)"
    r"|(?:been|was|were|is|are|got|gets) (?:now |also |both |all |formally )?(?:excluded|disqualified|struck off"
    r"|thrown out)\b|\b(?:deemed|found|judged|ruled|declared) (?:to be )?(?:non-?compliant|ineligible|inadmissible)"
    # sworn off after a bad experience: "we were on Stackline and I swore never again"
    r"|never again|swor[en] off|(?:not|never) (?:touching|going near) (?:them|it|that) again"
    # "Quorvia came back at almost double your number, so they're out", "Brightwave is out: their limits ..."
    r"|(?:they're|they are|they've been|(?:(?-i:so [A-Z][\w-]+(?: [A-Z][\w-]+)?)|" + "|".join(COMPETITORS) + r")"
    # or done with for good: "So, no, they're done, not coming back"
    r"(?:'s| is| are)) (?:now |definitely |already )?(?:out|knocked out|dropped out|done|finished)"
    # perhaps with a word adding it to others ruled out: "so they're out as well"
    r"(?:\s+(?:as well|too|also|now|then|for good))?(?=\s*(?:[.,;:!)\u2014]|$))"
    # the vendor named with no verb, or struck from the list: "With NorthPeak already out", "Lumora is off our list"
    r"|(?:" + "|".join(COMPETITORS) + r") (?:now |definitely |already |also )(?:out|gone)"
    r"(?:\s+(?:as well|too|also|now|then|for good))?(?=\s*(?:[.,;:!)\u2014]|$))"
    # (not a discount on the price list: "Tellurix knocked 15% off the list price")
    r"|(?<!not )(?<!n't )(?<!never )off (?:the|our|my) (?:short)?list\b" + _NOT_LIST_PRICE + r"|(?:struck|taken"
    r"|knocked|crossed|scratched) (?:\w+ )?off (?:the|our|my) (?:short)?list\b"
    + _NOT_LIST_PRICE
    # several named at once, taken out of the list: "we've cut Lumora and Quorvia from the shortlist", "removed both
    # of them from our list" (not a price: "cut 10% from the list price")
    + r"|\b(?:cut|cutting|remov\w*|struck|strik\w*|took|taken|taking|drop\w*|delet\w*|eliminat\w*|scratch\w*"
    r"|knock\w*|strip\w*|pull\w*) (?:[\w'-]+,? ){1,6}?(?:from|off) (?:the|our|my) (?:short-?)?list\b(?! of\b)"
    + _NOT_LIST_PRICE
    # struck off or written off with the rival between: "we've crossed them off", "wrote Lumora off", "counted them
    # out", "ditched them" (not a price cut: "knocked 10% off")
    + r"|(?:cross|strik|struck|scratch|scrubb?|writ|wrot|count)\w* (?:them|him|her|it|that one|those guys|that option"
    r"|(?-i:[A-Z][\w-]+)(?: CRM)?) (?:off|out)(?! (?:of )?(?:the|their|our|a|an) (?:price|quote|cost|number|figure"
    r"|fee)s?)|(?:ditch|bin|scrapp|dismiss)(?:ed|ing) (?:them|him|her|that one|those guys|that option|the idea"
    r"|(?-i:[A-Z][\w-]+))"
    # a verdict given on the rival: "Verdict on Lumora: still no", "our answer to Quorvia is a firm no"
    r"|(?:verdict|answer|decision) (?:on|for|about|to) [\w -]{2,30}?(?::| is| was|,)\s*(?:still |a |a firm |a clear |"
    r"definitely |also )?no\b(?! (?:decision|answer|verdict|date|news|change)\b)"
    # their trial stopped by the customer: "we've killed the pilot", "pulled the plug on their trial"
    r"|(?:killed|scrapped|cancell?ed|shelved|abandoned|binned|canned|pulled the plug on) (?:the|our|their|that|its)"
    r" (?:[\w-]+ )?(?:pilot|trial|evaluation|poc|proof[- ]of[- ]concept|test)\b"
    r"|out of (?:the picture|contention)"
    # nobody else talked to, in any tense: "I haven't spoken to Quorvia or anyone else", "no one else in the frame"
    r"|(?:haven't|have not|hasn't|has not|never|didn't|did not)(?: even| actually| really)? (?:spoken|talked|spoke"
    r"|talk|speak|been (?:talking|speaking)|met|approached|contacted) (?:to |with )?(?:[\w -]{1,30}? or )?(?:anyone"
    r"|anybody|any (?:other )?(?:vendors?|suppliers?|providers?)) else\b|(?:no ?one|nobody|no other (?:vendors?"
    r"|suppliers?|providers?))(?: else)? (?:is |are )?in the (?:frame|running|picture))\b",
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
    r" (?:anyone|anybody) else\b"
    # the verdict given as a plain statement: "So it's you.", "It'll be you then.", "the contract is yours"
    r"|\b(?:so |then )?it(?:'s| is|'ll be| will be|'s going to be| is going to be) you(?: then| after all)?"
    r"(?=\s*[.!]|$)"
    r"|\b(?:the|this) (?:deal|contract|business|order|work) is yours\b|\byou(?:'ve| have) won (?:the|this|our) (?:deal"
    r"|contract|business|order|tender)\b",
    re.IGNORECASE,
)
CONDITIONAL = re.compile(r"\b(?:if|unless|whether|might|may|could|would|should|'d)\b", re.IGNORECASE)

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
# the vendor just named, further on in a sentence: "we have booked their demonstration", "so they're doing a pilot"
THEIRS = re.compile(r"\b(?:their|them|that vendor|that one|those guys|they(?:'re| are|'ll| will))\b", re.IGNORECASE)
NEGATORS = re.compile(
    r"\b(?:not|no|never|nothing|nobody|none|without|hardly|neither|nor|isn't|aren't|wasn't|weren't|don't|doesn't"
    r"|didn't|won't|wouldn't|can't|cannot|couldn't|shouldn't|haven't|hasn't|no one)\b|n't\b",
    re.IGNORECASE,
)
