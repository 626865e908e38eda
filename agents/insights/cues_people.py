"""The phrases behind ``stakeholder_change``: who now decides, who left, and what says nothing changed.

Matched on one sentence the customer wrote (or our note reports), like the other cues (see cues.py).
"""

from __future__ import annotations

import re

from agents.insights.cues import cue
from agents.insights.cues_people_demoted import DEMOTED
from agents.insights.cues_people_elected import SEAT_LOST
from agents.insights.cues_people_elsewhere import ELSEWHERE
from agents.insights.cues_people_fronted import FRONTED
from agents.insights.cues_people_handover import HANDOVER
from agents.insights.cues_people_initiative import INITIATIVE_MOVED
from agents.insights.cues_people_moves import AUTHORITY_MOVED, DECISION_PASSED
from agents.insights.cues_people_public import POST_TAKEN, PUBLIC_CHANGE, PUBLIC_TITLES
from agents.insights.cues_people_pulled import PULLED_AWAY
from agents.insights.cues_people_routine import SITS_WITH
from agents.insights.cues_people_signing import SIGNING_LOST
from agents.insights.cues_people_theirs import DECISIONS_THEIRS

# the decision moved to a person ("now sits with our CFO", "on the e-invoicing rollout now rests with me"), not to
# a date ("moves to the end of February"), or a purchase that now needs someone new ("every purchase over 5k now
# goes through our new CRO"), not a routine step
_MOVED_TO_SOMEONE = (
    r"(?:decisions?|purchas\w*|project|budget sign-off|contracts?|orders?|spend(?:ing)?|vendors?)s? (?:(?:for|over"
    r"|above|on|about) [\w$.,-]+ (?:[\w-]+ ){0,3})?"
    r"(?:(?:now )?"
    r"(?:(?:sits?|rests?|lies|lie) (?:with|to)|(?:has moved|moves) to)(?!\s*(?:the (?:end|start|beginning|middle"
    r"|close)|early|late"
    # (a month, not a name that starts like one: "now lies with Marta", "rests with Junie")
    r"|mid|next|after|q[1-4]\b|\d|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b))|now (?:goes|go|runs?|routes?) "
    # (a routine function, named with its determiner too, is no new owner: "now goes through our legal team")
    r"through (?!(?:our |the |their |group )?(?:procurement|purchasing|legal|finance)\b)"
    r"|now (?:needs?|requires?) (?:(?!procurement|purchasing"
    r"|legal|finance\b)[\w'-]+ ){0,3}(?:sign-?off|approval|signature)\b"
    # or to the writer, who is new to it: "all open purchases now come across my desk", "now need my approval"
    r"|(?:now|from now on|going forward) (?:(?:all |will |must )?(?:come|comes|go|goes|land|lands|cross|crosses|pass"
    r"|passes|end up|ends up|route|routes|run|runs) (?:across|on|onto|over|through|to|via) (?:my|his|her) desk"
    r"|(?:will |must )?(?:come|comes|go|goes|route|routes|pass|passes|run|runs) (?:to|through|via) (?:me|him|her)\b"
    r"|(?:need|needs|require|requires) (?:my|his|her) (?:personal )?(?:approval|sign-?off|signature|say-?so)\b))"
)
_ROLE = (r"(?:director|head|cfo|ceo|cto|coo|cio|vp|manager|owner|lead|boss|sponsor|decision[- ]maker|md|managing "
         r"director|president|partner|chief (?:\w+ )?(?:officer|executive)|gm|general manager|"
         + PUBLIC_TITLES + r")")  # fmt: skip
_THEIR_CALL = (r"(?:it's|it is|it'll be|it will be|that's|that is)\s+(?:his|her|their|the (?:[\w-]+ ){0,2}[\w-]+'s"
               r"|[A-Z][\w-]+'s)\s+(?:decision|call)\b")  # fmt: skip
# what deciding on this deal is in charge of: buying, the budget, the decision (not "the rollout" or "training")
_BUYING = (r"(?:every |all |any |the |this |our |their )?(?:(?:software|new|it|tech|tool|crm|vendor|such) )?"
           r"(?:purchas\w*|procurement|buying|spend\w*|decisions?|budgets?|evaluation|deal|contract|vendor selection"
           r"|selection|sign-?off)\b")  # fmt: skip
# what takes over when something eats their time rather than the decision: "the office move has taken over
# everything", "year-end is taking over our diaries", "my week has been taken over by the audit"
BUSY_TAKE_OVER = re.compile(
    r"\s*(?:(?:all|most|half|much) of )?(?:everything(?! (?:to do with|related|relating|around|about|on|for|in|that))"
    r"|(?:my|our|the team's|everyone's|the|all (?:of )?(?:my|our)) (?:whole |entire )?(?:time|li(?:fe|ves)"
    r"|diar(?:y|ies)|calendars?|schedules?|week|month|days?|attention|bandwidth|capacity|focus|headspace|office|agenda"
    r"|inbox(?:es)?)\b)",
    re.IGNORECASE,
)
BUSY_SUBJECT = re.compile(
    r"\b(?:time|li(?:fe|ves)|diar(?:y|ies)|calendars?|schedules?|week|month|days?|attention|agenda|inbox(?:es)?)"
    r" (?:has|have|had|is|are|was|were|got|gets)(?: (?:been|being|completely|totally|now|just))* $",
    re.IGNORECASE,
)
# a person who takes over is a change whatever the object: "Lena has taken over everything"
PERSON_BEFORE = re.compile(r"\b(?:(?i:he|she|they|i)|[A-Z][a-z]+(?!-)|(?i:" + _ROLE + r"))\b")
_WHOSE_CALL = r"(?:his|her|their|(?-i:[A-Z][a-z]+)'s) (?:call|decision|sign-?off|say)"
_NOW = r"(?:now|from (?:here|now on)|these days|going forward|any ?more)"
STAKEHOLDER = (
    # the decision now someone else's, not the writer's: "every tool purchase is now her decision rather than mine",
    # "it's his call rather than mine from here" (not a standing arrangement: "it's her call, not mine")
    cue(
        rf"\b{_NOW}\b[^.;]{{0,40}}?\b{_WHOSE_CALL},? (?:rather than|not|instead of) (?:mine|me)\b"
        rf"|\b{_WHOSE_CALL} {_NOW},? (?:rather than|not|instead of) (?:mine|me)\b"
        rf"|\b{_WHOSE_CALL},? (?:rather than|not|instead of) (?:mine|me),? {_NOW}\b",
        0.85,
        negatable=False,
    ),
    cue(
        r"\b(?:taken over|take over|taking over|takes over|will own|now owns?|own(?:s|ing)? (?:this|the) (?:purchase|"
        r"project|decision|evaluation|deal)(?: going forward| from (?:here|now)| now)"
        r"|(?:be )?making the (?:call|decision)"
        r" (?:from here|from now|going forward|now|on)|(?:will|now) (?:make|makes) the (?:final )?(?:call|decision)"
        # said as it is spoken: "he's going to make the call on this now" (a plain "going to" without the "now" is not)
        r"|(?:is|'s|are|'re) (?:going to|gonna) make the (?:final )?(?:call|decision)(?: on (?:this|it|that))?"
        r" (?:now|from now on|from here|going forward)\b"
        r"|(?:who|he|she|they)(?: will|'ll) (?:now )?(?:\w+ )?(?:\w+ and )?(?:make|own|lead|take) (?:the (?:final )?"
        # (carrying it somewhere is no new owner: "he'll take it to the board", "she'll make it to the demo")
        r"(?:call|decision)|(?:this|it)(?! (?:to|up|back|before|in front of|into|through|along|with|home|work"
        r"|happen)\b)|over)|" + _MOVED_TO_SOMEONE + r"|(?:his|her|their) (?:replacement|successor)"
        r"|has been replaced|replaced (?:him|her|by)|hand(?:ed|ing)? (?:this |it |the project |things )?over to"
        # (a routine desk is no new owner: "handing over to procurement for the commercial bit")
        r"(?! (?:(?:our|the|their|group) )?(?:procurement|purchasing|legal|finance|accounts payable)\b)"
        # the buying itself passed on: "Thandiwe has handed the tools budget over to me"
        r"|hand(?:s|ed|ing)? (?:the |this |that |my |our |her |his |their )(?:[\w-]+ ){0,2}(?:budget|decision|purchase"
        r"|project|evaluation|sign-?off|deal|contract)s? over to (?!procurement|purchasing|legal|finance\b|the team\b)"
        r"|handed (?:over )?(?:the project|this project|the evaluation|her projects|his projects|my projects)"
        r"|take (?:this|it) forward from here|instead of me|in my (?:place|stead)|take the lead (?:on|from)"
        r"|will be (?:leading|owning|running|handling|driving|deciding) (?:the|this) (?:evaluation|project|purchase"
        r"|decision|process|deal)[^.;]{0,30}(?:from now|going forward|from here|instead))",
        0.85,
    ),
    cue(
        r"\bin my absence\b[^.;]{0,60}\b(?:sign|decid|approv|own|lead|handle)|\b(?:sign|decid|approv|own|lead|"
        r"handle)\w*\b[^.;]{0,60}\bin my absence\b|\b(?:I've|I have|I'm|I am|I'll be|I was|she's|"
        r"he's|she has|he has) been (?:moved|reassigned|transferred|seconded) to (?:another|a different|a new|the)\b",
        0.75,
    ),
    cue(
        r"\bno longer (?:the|our|your) (?:decision[- ]maker|champion|sponsor|contact|point of contact)"
        r"|\bno longer (?:in charge|responsible|involved|leading|own(?:s|ing)?)"
        r"|\bno longer (?:have|hold|has|holds) (?:the )?(?:sign-?off|final say|signing authority|authority"
        r"|budget authority)\b|\b(?:don't|do not|doesn't|does not) (?:have|hold) (?:the )?(?:sign-?off|final say"
        r"|signing authority)\b[^.;]{0,30}\b(?:any ?more|now|since)\b",
        0.85,
        negatable=False,
    ),
    # the decision is someone else's now: "it'll be his call on the seats from now on", "it's the committee's
    # decision now, not hers", "from now on it's the board's call"; "it's his call as always" is no change
    cue(
        r"\b(?:from now on|going forward|from here on|as of (?:today|now|this week|monday)),? "
        + _THEIR_CALL
        + r"|"
        + _THEIR_CALL
        + r"[^.;]{0,40}?\b(?:now|from now on|going forward|from here on|anymore|any more"
        r"|not (?:hers|his|mine|theirs|ours))\b",
        0.85,
        negatable=False,
    ),
    # someone put in charge of the buying, the decision said to be someone else's in so many words, and new owners
    # whose people now decide: "the new owners have put their own COO in charge of every software purchase", "the
    # decision is his now, not mine"
    cue(
        r"\b(?:(?:put|placed|made|appointed|named|installed)\b[^.;]{0,60}\b|(?:is|are|'s|will be) now )in charge of "
        + _BUYING,
        0.85,
    ),
    cue(
        r"\b(?:decision|call|sign-?off|approval|final say)(?: is| was|'s| will be)? (?:now )?(?:his|hers|theirs"
        r"|[A-Z][\w-]+'s)(?: now| from now on| going forward)?,? not (?:mine|ours)\b|\b(?:decision|call|sign-?off"
        r"|final say)(?: is|'s) (?:his|hers|theirs|[A-Z][\w-]+'s) now\b",
        0.85,
        negatable=False,
    ),
    # the call made by someone else, the writer named as no longer making it: "he makes the call, not me", "the
    # group CIO decides now, not me" (a routine step "as usual" is blocked elsewhere)
    cue(
        r"\b(?:makes?|making|take|takes|taking|has|have|gets?) (?:the |a )?(?:final |last )?(?:call|decision|say"
        r"|final say)s?(?: now| from now on| from here| going forward| on (?:this|it|that))?,? (?:and )?not (?:me|us"
        r"|I|mine)\b|\b(?:decides?|deciding|signs? off|approves?)(?: now| from now on| going forward)?,? not (?:me|us"
        r"|I)\b",
        0.85,
        negatable=False,
    ),
    cue(
        r"\b(?:new (?:owners?|parent(?: company)?|shareholders?|investors?|management)|(?:acquired|bought|taken over)"
        r" by)\b[^.;]{0,80}\b(?:in charge|decid\w*|decision|sign(?:s|ing)? off|approv\w*)\b",
        0.8,
    ),
    # the decision itself passed on to a person: "I'm handing the CRM decision to her", "passing the final call to
    # our new COO" (not to a routine step: "passing the paperwork to procurement")
    cue(
        r"\b(?:hand(?:s|ed|ing)?|pass(?:es|ed|ing)?|transfer(?:s|red|ring)?|delegat(?:e|es|ed|ing)) "
        r"(?:the |this |that |my |our |her |his |their )?(?:[\w-]+ ){0,2}(?:decision|call|final say|sign-?off"
        r"|evaluation|selection|vendor choice)s? (?:over )?to (?!procurement|purchasing|legal|finance\b|the team\b)",
        0.85,
    ),
    # a newcomer above the champion: "I've just joined as Director of Support. Lorna now reports to me"
    cue(
        r"\b(?:now|will now|will from now on|has started to|now has to) reports? (?:in)?to (?:me|him|her|them"
        r"|(?:our|the|their) new|(?-i:[A-Z]))|\b(?:I've|I have|I) (?:just |recently )?(?:joined|started at"
        r"|started with|come on board at) (?:(?-i:[A-Z])[\w-]+ |the (?:company|business|team|group) )?"
        # a when between the company and the role: "I joined Labdrill this week as the new Chief Executive"
        r"(?:(?:(?:this|last) (?:week|month)|recently|today|yesterday|on (?-i:[A-Z])[a-z]+day),? )?as (?:the "
        r"|their |our |a |an )?(?:new )?(?:[\w-]+ ){0,3}" + _ROLE + r"\b"
        # a stand-in appointed: "I have been appointed interim COO", "I've been named acting CFO" (a champion's own
        # promotion, "I've been made Director of Partnerships", leaves the decision where it was)
        r"|\b(?:I've|I have|I) (?:just |recently |now )?been (?:appointed|named|installed|brought in)"
        r" (?:as )?(?:the |their |our |a |an )?(?:interim|acting|temporary|caretaker) (?:[\w-]+ ){0,2}" + _ROLE + r"\b",
        0.8,
    ),
    # a named person succeeded: "replacing Mr Haller", "our new CFO, replacing her" (not "replacing our spreadsheets")
    cue(
        r"\b(?:replacing|succeeding|replaces|succeeds) (?:(?-i:Mr|Ms|Mrs|Miss|Dr)\.? (?-i:[A-Z])"
        r"|(?:him|her)(?=\s*(?:[.,;!]|$)))",
        0.8,
    ),
    cue(r"\bstep(?:ping|ped|s)? into (?:my|his|her|their|the) (?:role|shoes|position|job|seat)\b", 0.85),
    # the champion's authority or work passed to someone else: "has withdrawn all spending authority below board
    # level", "her sign-off, not mine", "I've inherited his open purchases", "his team has been folded into mine"
    cue(
        r"\b(?:withdr[ae]wn?|remov(?:ed|es|ing)|revok(?:ed|es|ing)|pulled|taken away|suspended) (?:all |my |our |his "
        r"|her |their |any )?(?:spending|signing|purchasing|budget|approval|sign-?off) (?:authority|rights|powers?"
        r"|limits?)\b|\b(?:sign-?off|approval|signature|decision|call),? not (?:mine|his|hers|theirs)\b"
        r"|\binherit(?:ed|s|ing)? (?:his|her|their|[A-Z][\w-]+'s) (?:[\w-]+ ){0,2}(?:purchases?|projects?|deals?"
        r"|budgets?|accounts?|portfolio|team|evaluations?|responsibilities|work|decisions?|proposals?)\b"
        r"|\b(?:his|her|their|[A-Z][\w-]+'s) (?:team|department|group|unit|role|function)s? (?:has |have )?(?:been "
        r"|was |were )?(?:folded|merged|absorbed) into (?:mine|ours|[A-Z][\w-]+'s)",
        0.85,
        negatable=False,
    ),
    cue(
        r"\b(?:new|incoming|interim|acting) (?:\w+ ){0,2}" + _ROLE + r"\b[^.;]{0,80}\b(?:own|lead|decid|review"
        r"|sign[- ]?off|approv|take over|in charge|responsible|make the call|wants to|revisit|re-?evaluat)",
        0.8,
    ),
    # the decision named as someone else's from now on, in any words: "he'll be the one deciding on tooling from now
    # on", "the network's COO now signs off all software", "it's no longer her call", "inside sales is being handed
    # to Damien Sauer" (a routine step, "as usual", is no change)
    cue(
        r"\b(?:he|she|they|(?-i:[A-Z][a-z]+))(?:'ll| will|'s| is|'d| would)? (?:now )?be the one"
        r" (?:who(?:'ll| will)? )?"
        r"(?:decid\w*|sign\w*|approv\w*|mak\w+ the (?:call|decision)|choos\w*|in charge)\b"
        r"|\bnow (?:signs?(?: off)?|approves?|decides?|owns?|makes the call on|has the final say on) (?:on )?(?:all"
        r"|every|any|new)\b(?![^.;]{0,40}\bas (?:always|usual|before|ever)\b)"
        r"|\bno longer (?:my|her|his|their|(?-i:[A-Z][\w-]+)'s) (?:call|decision|choice)\b"
        r"|\b(?:is|are|was|were|has been|have been|'s been) (?:being )?handed (?:over )?to (?!(?-i:Procurement|Legal"
        r"|Finance|Purchasing|IT)\b)(?-i:[A-Z][a-z]+)\b",
        0.85,
        negatable=False,
    ),
    # someone else looking after the decision from now on: "Graham, who's just joined us, will be looking after the
    # CRM decision"; not the writer ("I'll be handling the purchase") nor cover while someone is away
    cue(
        r"(?<!\bI )(?<!\bwe )(?<!\bI)(?<!\bwe)(?:\bwill be|'ll be|\bis now|\bare now|\bwill now be|\bwill now|\bwill)"
        r" (?:looking after|handling|running|in charge of|responsible for|owning|leading|driving|overseeing|managing"
        r"|take|taking|look after|handle|run|own|lead|drive|oversee)"
        r" (?:the |this |our |their )?(?:[\w-]+ )?(?:decision|purchase|evaluation|selection|buying decision|procurement"
        r"|vendor choice|business case|budget)\b"
        r"(?![^.;]{0,60}\b(?:while|until|till|whilst) (?:I|she|he|they)(?:'m| am|'s| is|'re| are)? ?(?:away|out|off"
        r"|on (?:leave|holiday|vacation|parental leave)|back))",
        0.8,
    ),
    *AUTHORITY_MOVED,
    *FRONTED,
    DECISION_PASSED,
    *ELSEWHERE,
    *HANDOVER,
    *PULLED_AWAY,
    *SITS_WITH,
    INITIATIVE_MOVED,
    DECISIONS_THEIRS,
    SIGNING_LOST,  # "I am not allowed to sign anymore"
    *PUBLIC_CHANGE,  # "his last day was", "no longer the approver", "decided by the Board rather than by managers"
    *DEMOTED,  # "I'm only consulted from now on", "renewals are now decided by central sourcing"
)
# a trip, not a departure: "she's just left for a tour of our overseas plants", "he left on a week's leave"
_TRIP = (
    r"(?! (?:(?:a|an|her|his|their|our) )?(?:(?:[\w'-]+ ){0,2}(?:tours?|trips?|visits?|holidays?|vacations?"
    r"|conferences?|trade ?shows?|roadshows?|sabbatical)|leave|week|weeks|few|couple|fortnight|days?)\b)"
)
# a departure of a person who matters to the deal (checked with a person as the subject, see signals)
DEPARTURE = re.compile(
    # (money remaining is not a departure: "fund three from what's left", "nothing left in the pot")
    r"(?<!\bwhat's )(?<!\bwhat is )(?<!\bwhat was )(?<!\bnothing )(?<!\banything )(?<!\bwhatever's )"
    r"\b(?:left|leaving)(?=\s*(?:[.,;!)]|$)|\s+(?:the (?:company|business|team|firm|organi[sz]ation|group)|us\b|our\b"
    r"|(?-i:[A-Z])|last\b|this\b|on\b"
    + _TRIP
    + r"|at the end|earlier|yesterday|today|for (?:a"
    + _TRIP
    + r"|another|good)|to join|and\b"
    r"|suddenly|unexpectedly|abruptly|recently|in (?-i:[A-Z])))"
    # "moved on to other things" is attention gone elsewhere, not a departure ("moved on to another company" is one)
    r"|\b(?:departed|departing|resigned|resigning|retired|retiring|retires|stepping down|stepped down"
    r"|moved on(?! to (?:other|different|new|more pressing|the next) (?:things|topics|matters|subjects|priorities"
    r"|questions|business|items|points|issues)\b)"
    r"|(?<!get )(?<!getting )(?<!got )(?<!keep )moving on"  # "happy to get moving on this" is no departure
    # losing the job in a restructuring: "was among the colleagues affected by last week's restructuring"
    r"|affected by (?:the |a |this |our |last \w+'s |this \w+'s |recent )?(?:restructur\w+|reorg\w*|re-org\w*"
    r"|layoffs?|redundanc\w+|downsizing|job cuts)|(?:was|has been|had been|got) (?:made redundant"
    r"|laid off|let go)"
    # the same as a bare participle with the cut that did it: "he's gone, let go in the restructure last week"
    r"|(?<=, )(?:let go|laid off|made redundant) (?:in|during|as part of|after|with|under) (?:the |a |this |our "
    r"|their |last \w+'s )?(?:recent |latest |big )?(?:(?:round|wave) of )?(?:restructur\w*|reorg\w*|re-org\w*"
    r"|layoffs?|redundanc\w+|downsizing|job cuts|cuts|cost[- ]cutting)"
    r"|moving (?:over |across )?to (?:our|another|a new|a different|the) (?:\w+ ){0,2}(?:site|office|role|team"
    r"|position|"
    r"department|company|job|division|country)|no longer (?:with|at|part of|works?|working)"
    # the same told as a noun of the person's: "following Ingrid's departure", "since his resignation"
    # (the event itself, not a thing named after it or an age: "her retirement party", "his retirement at 71")
    r"|(?:(?<=['\u2019]s )|(?<=\bhis )|(?<=\bher ))(?:sudden |recent |unexpected |abrupt )?(?:departure|resignation"
    r"|retirement|exit)(?=\s*(?:[.,;:!)\u2014]|$)|\s+(?:last|this|earlier|yesterday|today|on|in|from|as|and"
    r"|was|is|has|had|means|leaves|left|next)\b))\b"
    r"(?! (?:a|an|you|me|him|her|us a|over|behind|out|it|them)\b)"
    r"|"
    + POST_TAKEN  # gone to a post elsewhere: "has accepted a superintendent post in another state"
    + r"|"
    + SEAT_LOST,  # gone at the polls: "Cllr Frost did not retain her seat"
    re.IGNORECASE,
)
_TITLED = r"(?:cfo|ceo|cto|coo|vp|director|manager|champion|sponsor|boss|" + PUBLIC_TITLES + r")"
PERSON_SUBJECT = re.compile(
    r"\b(?:(?i:our (?:\w+ )?" + _ROLE + r"|" + _TITLED + r")"
    # names written with accents count too ("Tom\u00e1s", "Jos\u00e9 \u00c1lvarez")
    r"|I|I'm|I am|I've|I'll|he|she|he's|she's|who|[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+"
    r" [A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+|[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2,})\b",
)
STAKEHOLDER_BLOCKERS = re.compile(
    r"\b(?:still (?:your|the|our) (?:main |primary )?(?:point of contact|contact|decision[- ]maker|one signing|owner)"
    r"|(?:decision|sign[- ]?off|signature|final say|call)(?: and (?:the )?(?:decision|sign[- ]?off|signature"
    r"|final say|budget))? (?:stays?|remains?|is still|are still|still sits?|still sit) with me"
    r"|I(?:'m| am) keeping (?:this|the) (?:project|deal|purchase|evaluation|decision)"
    r"|I(?:'m| am) still (?:the one|leading|in charge|signing|deciding|your|the decision)"
    r"|I still (?:own|lead|decide|run|sign|make the (?:call|decision))"
    r"|I(?:'ll| will)? (?:still )?(?:keep|retain|hold on to|am keeping|'m keeping) (?:the|my) (?:budget|signature"
    r"|decision|sign-?off|final say|signing authority)"
    # the decision where it was and always has been: "is still mine", "was always mine", "has always been with me"
    # the same said of "it" after the decision is named: "Nothing changes on the decision, it's still mine"
    r"|\bnothing changes (?:on|for|about|with|in) (?:the|my|our) (?:decision|purchase|deal|project|side)\b"
    r"|\b(?:it|that)(?:'s| is| remains| stays)(?: (?:still|always))+ (?:mine|with me|my (?:call|decision))\b"
    r"|(?:decision|call|sign-?off|final say)(?:'s| is| was| has| will| remains?| stays?)?(?: (?:always|still|been|be"
    r"|remain|stay))+ (?:mine|with me)\b|I remain (?:the|your)|(?:standard|routine|usual|normal)"
    r" (?:step|process|practice|procedure)|as (?:planned|usual|always)"
    # the decision where it has always been: "sits with me, as it always has", "sit with me and always have"
    r"|(?:as|and) (?:it |they |that )?always (?:has|have|had|did|does|do)(?=\s*(?:[.,;!]|$)))",
    re.IGNORECASE,
)
# a blocker that keeps only the contact, not the decision: "I'm still your day-to-day contact"
CONTACT_ONLY = re.compile(
    r"\b(?:still|remain) (?:your|the|our) (?:main |primary |day-to-day |daily |usual |first )?(?:point of contact"
    r"|contact|person|go-to)\b",
    re.IGNORECASE,
)
# the decision said to be someone else's now: "it's his call rather than mine", "now her decision, not mine"
DECISION_ELSEWHERE = re.compile(
    r"\b(?:his|her|their|(?-i:[A-Z][a-z]+)'s) (?:call|decision|sign-?off|say)(?: now| from (?:here|now on))?,?"
    r" (?:rather than|not|instead of) (?:mine|me|my)\b|\b(?:no longer|not) my (?:call|decision)\b",
    re.IGNORECASE,
)
