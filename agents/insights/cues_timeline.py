"""The phrases behind ``timeline_slip``: a pause, a move of signature or decision (judged by its date against
the expected close), and what says the plan holds after all.

Matched on one sentence the customer wrote (or our note reports), like the other cues (see cues.py).
"""

from __future__ import annotations

import re

from agents.insights.cues import COMPETITORS, cue
from agents.insights.cues_timeline_deferred import DEFERRED
from agents.insights.cues_timeline_fronted import FRONTED_BAR

PAUSE = (
    cue(
        r"\b(?:pause|pausing|paused|put(?:ting)? (?:[\w-]+ ){0,5}on hold|on hold"
        # the hold as a noun: "our FD has put a hold on every non-essential purchase"
        r"|(?:put|puts|putting|placed?|placing|slapped) (?:a |an )?(?:temporary |blanket |total |complete )?hold on"
        r"|on ice|hold(?:ing)? off|postpon\w+"
        r"|defer\w*|delay(?:ing|ed|s)?|push(?:es|ed|ing)? (?:[\w-]+ ){0,4}(?:back|out|to)|slip(?:s|ping|ped)?|shelv\w+"
        # (filed under a budget line or code is no pause: "the line we'd parked this under", "parked it against IT")
        r"|park(?:ed|ing)? (?:(?:this|it|the \w+|everything|things)(?! (?:under|against)\b(?! review| consideration))"
        r"|until|till|for (?:now|the moment|a while)|while|(?:all|any|every) (?:new|further|pending)\b)"
        r"|(?:everything|all|it|this|things|the (?:deal|project|purchase|order))(?: [\w-]+){0,2} parked"
        # "come spring" is a when as much as "in spring" is
        # the decision itself named as what is revisited: "we'll revisit the MG decision in the new year"
        r"|de-?prioriti[sz]\w+|(?:not|no longer) a priority|revisit (?:this |it |things |(?:the|our|this|that|your)"
        r" (?:[\w-]+ ){0,2}?(?:decision|deal|purchase|proposal|contract|order|project|business case) )?"
        r"(?:in|after|next|later"
        r"|once|when|come)|look (?:at (?:this|it|things) )?again (?:once|when|after|next|come"
        r"|in (?!the (?:morning|afternoon|evening)|a (?:bit|moment|minute|while|sec)))"
        r"|pick (?:this|it|things) (?:back )?up (?:in|after|next|later"
        r"|once|when|again)"
        r"|pick(?:s|ed|ing)? (?:this |it |things )?back up"
        r"|put (?:this|it|things|the "
        r"\w+|everything) (?:off|back)|freez\w+ (?:all )?new"
        # idioms for setting the deal aside: "let's put a pin in this", "back burner", "when the dust settles"
        r"|put(?:ting)? (?:a )?pin in|back[- ]burner|(?:hit|hitting|press|pressing) (?:the )?pause"
        r"|(?:reach out|get back to you|be in touch|come back to you|pick (?:this|it) up|revisit|reconnect|circle back"
        r"|talk again)\b[^.;]{0,20}\b(?:when|once|after) (?:the )?dust (?:has )?settle[sd]?"
        r"|(?:put|set|putting|setting) (?:this|it|things|everything) (?:to one side|aside))\b",
        0.8,
    ),
    cue(
        # "bad timing news:", or "bad timing." set apart as a headline ("aisha - bad timing. group cfo clawed back the
        # budget"), heads news of another kind (a freeze, a departure), not a pause
        r"\b(?:timing (?:just )?(?:isn't|is not|wasn't) right|not the right (?:time|moment)|(?:bad|wrong) timing"
        r"(?! news)(?!(?:,? (?:i'm afraid|i fear|sorry|unfortunately))?\s*[.:!\u2014-])"
        # "decided not to proceed with Lumora" rules out a rival, not our deal
        r"|decided not to (?:proceed|go ahead|move forward)(?! with (?:" + "|".join(COMPETITORS) + r")\b)"
        r"|(?:done|finished|stopping|stopped) (?:evaluating|looking)\b[^.;]{0,20}\bfor (?:now|this year|the year"
        r"|the time being|this quarter)|not (?:going to|able to) (?:proceed|go ahead|move forward) "
        r"(?:for now|at (?:this|the moment)|right now))\b",
        0.75,
        negatable=False,
    ),
    cue(
        r"\b(?:not|won't|will not|can't|cannot|unable to|isn't going to|is not going to)"
        r"(?: be able to| able to| be)?(?: to)? "
        r"(?:sign(?:ing)?|decid(?:e|ing)"
        r"|commit(?:ting)?|proceed(?:ing)?|mov(?:e|ing) forward|go(?:ing)? ahead|finali[sz](?:e|ing)|approv(?:e|ing)"
        # going on with this deal, not with a tool they leave: "we cannot continue in this year"
        r"|continu(?:e|ing)(?! (?:with|using|to use|on|running)\b(?! (?:this|it|the (?:project|deal|order|purchase)"
        r"|you)\b))"
        r"|happen(?:ing)?|be made|place the order|give you (?:a|an|our) (?:answer|decision)|sign off"
        # any wording of the decision itself: "won't be making decisions on any of them before ..."
        r"|(?:make|making|take|taking|reach|reaching) (?:a |the |our |any )?(?:final |firm )?decisions?)\b[^.;]{0,50}"
        r"\b(?:before|ahead of|prior to|until|till|this (?:year|quarter|month)|in (?:q[1-4]|january|february|march"
        r"|april|may|june|july|august|sept?|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec))\b",
        0.85,
        negatable=False,
    ),
    cue(
        r"\b(?:decision|signature|signing|contract|purchase|go-ahead|approval|sign-off|order)s?\b[^.;]{0,40}\b(?:won't"
        r"|will not|isn't going to|is not going to|can't|cannot)\b[^.;]{0,25}\b(?:before|ahead of|prior to|until"
        r"|till)\b",
        0.85,
        negatable=False,
    ),
    # the refusal carried by a negative subject, judged by its date: "nothing will be signed before the end of July",
    # "no new contracts get approved until October", "nobody here is committing to anything before Q4"
    cue(
        r"\b(?:nothing|nobody|no-?one|no one|none of (?:them|these|those|it|this|the [\w-]+(?: [\w-]+)?)|no (?:new "
        r"|further |more |other )?(?:contracts?|deals?|orders?|purchases?|purchase orders?|agreements?|paperwork"
        r"|decisions?|signatures?|spend|software|tools?|vendors?|suppliers?))\b(?: [\w'-]+){0,3}? (?:will|would|'ll"
        r"|is going to|are going to|can|could|may|shall|gets?|is|are)(?: (?:be|get|being|getting))? (?:(?:sign|approv"
        r"|agree|commit|decid|order|purchas|finali[sz])\w*|bought)\b[^.;]{0,40}\b(?:before|ahead of|prior to|until"
        r"|till|this (?:year|quarter|month)|in (?:q[1-4]|january|february|march|april|may|june|july|august|sept?"
        r"|september|october|november|december))\b",
        0.85,
        negatable=False,
    ),
    # completion ruled out by the window: "there's no way it gets signed this month", "no chance we close by then"
    cue(
        r"\b(?:no way|no chance|not a chance|zero chance|not a hope)\b,? (?:that )?(?:it|this|we|they|the (?:deal"
        r"|contract|order|purchase|paperwork))\b(?: [\w']+){0,4}? (?:done|signed|closed|finali[sz]ed|approved|over the "
        r"line|through|happen\w*|sign\w*|close\w*|finish\w*)\b[^.;]{0,30}\b(?:this (?:week|month|quarter|year)|in time"
        r"|before|by|until|till|in (?:q[1-4]|january|february|march|april|may|june|july|august|september|october"
        r"|november|december))\b",
        0.85,
        negatable=False,
    ),
    cue(
        r"\b(?:later|longer)(?: (?:date|timeline|start|signature))? than (?:planned|expected|we (?:hoped|thought"
        r"|planned))\b",
        0.6,
    ),
    # a decision we are told not to expect in the window (judged by its date): "please don't expect a decision this
    # year", "I wouldn't count on a signature before March", "we're not expecting to sign until Q1"
    cue(
        r"\b(?:don't|do not|wouldn't|would not|shouldn't|should not|won't|will not|not|never) (?:be )?(?:expect\w*"
        r"|count\w* on|bank\w* on|anticipat\w*|plan\w* (?:on|for)) (?:to (?:sign|decide|commit|approve|order)\b|(?:an?"
        r"|any|our|the|a final|the final|your) (?:final )?(?:decision|signature|answer|order|sign-?off|go-?ahead"
        r"|contract|commitment|purchase order|po|yes|approval)s?\b)[^.;]{0,40}\b(?:before|ahead of|prior to|until"
        r"|till|this (?:year|quarter|month)|in (?:q[1-4]|january|february|march|april|may|june|july|august|september"
        r"|october|november|december))\b",
        0.85,
        negatable=False,
    ),
    # signing barred from above for a while: "we have been asked not to sign any new agreements", "nobody may
    # commit to new vendors until the review is done"
    cue(
        r"\b(?:asked|told|instructed|ordered|directed|advised)(?: (?:us|me|everyone|all (?:of )?us))? not to (?:sign"
        r"|approve|commit|enter into|place|agree)\b|\b(?:not allowed|not permitted|forbidden|barred|prohibited|banned)"
        r" (?:from |to )(?:sign|approv|commit|enter|plac|agree)\w*|\b(?:nobody|no one|no-one) (?:may|can|is allowed to)"
        r" (?:sign|approve|commit)\b",
        0.8,
        negatable=False,
    ),
    FRONTED_BAR,  # the bar told first: "Until the new policy is out (March) nobody below the VP can sign"
    *DEFERRED,
)
# a date-bearing move of signature or decision: judged by the date, against the expected close
# nothing on the deal moves until a later point: "Realistically nothing will move on this until I'm back"
_STALLED = r"nothing (?:(?:will|'ll|is going to|can|would|is likely to) (?:\w+ )?(?:move|happen|progress|go ahead))\b"
MOVE = re.compile(
    rf"{_STALLED}[^.;]{{0,40}}\b(?:until|till)\b|"
    r"\b(?:now (?:expect|plan|aim|hope|look|think|intend|target)\w*|(?:we're|we are) (?:now )?looking at|instead"
    r"|moved (?:to|the)|moving (?:it|this|signature|the decision) to|new (?:target|date)|revised (?:target|date)"
    # "That moves our signature to the latter half of October", "shifts the decision into Q1"
    # "That puts any decision on our side into February"
    r"|(?:moves?|moved|moving|shifts?|shifted|shifting|pushes|bumps?|bumped|puts|putting|takes|kicks|kicked)"
    r" (?:our |the |it |this |that |any |a |their )?(?:final )?(?:signature"
    r"|signing|decision|sign-off|go-ahead|order|purchase|contract|it|this|things)\b[^.;]{0,20}\b(?:to|into|until|till"
    r"|past|beyond)\b"
    # the signature as the subject: "signing moves to the end of February", "the signature slips into March"
    r"|(?:signature|signing|sign-off|decision) (?:now |therefore |then |thus )?(?:moves?|shifts?|slides?|slips?"
    r"|is (?:moving|shifting|sliding|slipping))(?: back)? (?:to|into|until|till|past|beyond)\b"
    r"|realistically|at the earliest|not before|rather than|wait(?:ing)? (?:until|till)|hold (?:off )?until"
    r"|(?:need|needs|needed) (?:\w+ ){0,3}(?:until|till)|earliest (?:we|I) (?:can|could)|(?:will|would|'ll) now"
    # the talks themselves put off to a date: "I suggest we speak again after the summer", "let's reconnect in Q3"
    r"|(?:(?:speak|talk|chat|catch up|touch base) (?:again|further)|reconnect|regroup|resume (?:the |our )?(?:talks"
    r"|conversations?|discussions?)) (?:after|in|from|once|next|around|towards?|early|late|mid|at the (?:start|end"
    r"|beginning))\b"
    r"|now (?:be|happen|look|likely|probably|looks|in|on|for)|won't be ready (?:until|before)"
    # the deal not even looked at before a date: "I won't be looking at this before the new year"
    r"|(?:won't|will not|wouldn't|not going to|can't|cannot|shan't)(?: be able to)?(?: be)? (?:look(?:ing)? (?:at|into)"
    r"|get(?:ting)? (?:to|round to|around to)|turn(?:ing)? to|com(?:e|ing) back to|review(?:ing)?|consider(?:ing)?"
    r"|pick(?:ing)? up) (?:this|it|the (?:[\w-]+ )?(?:contract|proposal|deal|order|quote|purchase|paperwork))\b"
    r"[^.;]{0,30}\b(?:before|ahead of|prior to|until|till)\b"
    # a signing date of their own, judged against the expected close: "we'll extend the trial there and sign
    # after it wraps up on 20 October"
    r"|(?:we'll|we will|we'd|we would|we can|and|then) (?:only )?(?:sign|decide|commit|place the order) (?:after|once"
    r"|when|in|on (?=the \d|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec))|extend\w* (?:the |our |their )?(?:trial|pilot|evaluation|poc|proof of concept)"
    # time still needed before anyone can sign, counted from the message: "they'll need another three weeks after
    # they receive your answers before they can sign off"
    r"|(?:another|a further|an extra|an additional|at least|a minimum of) (?:\d+|a couple of|a few|several|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days|weeks|months)\b"
    r"(?=[^.;]*\b(?:before|until|till|ahead of)\b)"
    # a date they want or plan to decide by, and a decision scheduled in a noun phrase: "he wants to decide this
    # after the year-end", "responses due mid-November and a decision in January" ("by" is a deadline they keep)
    # or wants it signed then: "our MD wants it signed in Q3, not this month"
    r"|(?:wants?|wanted|prefers?|preferred|plans?|planning|intends?|hopes?|aims?|would like|'d like) (?:to (?:sign"
    r"|decide|commit|approve|place the order)(?: on)?|(?:it|this|that|the (?:contract|order|deal)) (?:signed"
    r"|approved|decided))(?: (?:this|it|that))? (?:after|once|when|in|on|around)"
    # a later date preferred: "we'd rather sign in the second half of January", "I'd sooner decide after Easter"
    r"|(?:'d|would) (?:rather|sooner|prefer to) (?:sign|decide|commit|approve|place the order|wait|hold off)"
    r"(?: on)?(?: (?:this|it|that))? (?:after|once|when|in|on|around|until|till)"
    r"|(?:and|with|then) (?:a |the |our |their |final )*(?:decision|signature|sign-?off|go-ahead|award)s? "
    r"(?:due |expected |planned |scheduled )?(?:in|on|around|for|early|late|mid|towards?|after)\b"
    # the decision said not to fall in the window, or a review to come before any signature, judged by its date:
    # "the decision won't be this month, rather mid-December", "she'll review everything in the new year before
    # anything gets signed"
    r"|(?:decision|signature|signing|sign-?off|go-ahead)s? (?:won't|will not|isn't going to|is not going to) (?:be"
    r"|happen|come)\b|(?:review|look (?:at|over)|go (?:through|over)|reassess|re-?evaluate|assess)\w* (?:everything"
    r"|it all|it|this|things|all of (?:it|this|them)|the (?:deal|contract|order|commitments?|proposals?))\b[^.;]{0,40}"
    r"\bbefore (?:anything|it|this|we|anyone|the (?:contract|order|deal))\b"
    # a date stated for signature itself: "so signature will be early November, not September"
    r"|(?:signature|signing|sign-?off|decision|go-ahead)s? (?:will|would|'ll|should|is going to|is likely to"
    r"|is expected to|can only|is now|now) (?:now |likely |probably |only |realistically )?(?:be|happen|come"
    r"|take place|land|go through)\b(?! (?:delivered|shipped|installed|rolled|deployed|sent|invoiced|easy|simple)))\b",
    re.IGNORECASE,
)
# what the slip is about; "approved" too, as in "nothing gets approved before October"
DEAL_OBJECT = re.compile(
    rf"\b{_STALLED}|"
    r"\b(?:sign\w*|signature|decision|decide|deal|project|purchase|purchasing|buy|buying|order|contract"
    r"|evaluations?|paperwork|go-ahead|approv\w*|commit\w*|procurement|this|it|everything|things|crm|budgets?|close|closing|projects?"
    r"|(?:be|get|gets|got|is|was) decided"
    # a tender's decision: "the award is pushed to January" (not a prize: "awards night", "an award for our app")
    r"|(?<!\ban )(?<!\bthe industry )award(?:ing)?(?![\w-]| (?:ceremony|dinner|night|gala|show|for|winner))"
    r"|initiatives?|investments?|purchases?|orders?|deals?|decisions?|contracts?"
    # the papers that make the deal: "nobody's going to look at our MSA before December"
    r"|msa|agreements?|order form|purchase order|po|dpa|sow|redlines?"
    # a blanket that covers this deal: "parking all new software purchases", "any new tool rollouts" (not new hires)
    r"|(?:all|any|every) (?:new|further|pending) (?:[\w-]+ ){0,2}(?:purchases|tools|software|rollouts|roll-outs"
    r"|projects|vendors|suppliers|contracts|systems|platforms|licen[cs]es|subscriptions|investments|initiatives))\b",
    re.IGNORECASE,
)
MEETING_ONLY = re.compile(
    r"\b(?:meeting|call(?! cent(?:re|er))|demo|review session|session|workshop|training|kick-?off|catch-?up"
    r"|check-?in|appointment|presentation|onboarding|go-?live|rollout|roll-out|implementation|install\w*"
    # showing our tool to someone inside, not their approval: "she postponed showing it to her director"
    r"|(?:showing|presenting|demoing|demo-ing|walking (?:\w+ )?through) (?:it|this|that|them|the [\w-]+(?: [\w-]+)?)"
    r" to\b(?![^.;]*\bapprov))\b",
    re.IGNORECASE,
)
# pauses that are about the deal whatever the sentence names ("we'd love to revisit in 2018", "park the rollout until
# the move is bedded in": work on it parked with no date is the deal parked)
STRONG_PAUSE = re.compile(
    r"\b(?:revisit|look (?:at (?:this|it|things) )?again|pick (?:this|it|things) (?:back )?up"
    r"|pick(?:s|ed|ing)? (?:this |it |things )?back up|shelv\w+"
    r"|park(?:ed|ing)? (?:the |our |this )?(?:rollout|roll-out|implementation|go-?live|install\w*)"
    r"|(?:rollout|roll-out|implementation|go-?live|install\w*) (?:is |was |has been |got )?parked"
    r"|postpon\w+|on hold|on ice|not a priority|de-?prioriti[sz]\w+|defer\w*|timing|not to proceed|proceed"
    r"|(?:done|finished|stopping|stopped) (?:evaluating|looking))\b",
    re.IGNORECASE,
)
# a pause of a back-office process of theirs, not of the deal: "Invoicing is on hold on our side", "hiring is frozen"
# work other than this deal put on hold, which frees them for it: "a couple of other IT projects have been shelved"
OTHER_WORK = re.compile(
    r"\b(?:other|(?:a couple|a few|some|several|two|three|many) (?:of )?(?:the )?other|unrelated)"
    r"(?: [\w-]+){0,2} (?:projects?|initiatives?|programmes?|programs?|purchases?|investments?|rollouts?|work"
    r"|priorities|tenders?)\b(?![^.;]{0,40}\b(?:and|as well as|along with|including) (?:this|ours|yours|the "
    r"(?:[\w-]+ )?(?:deal|purchase|project|order|crm))\b)",
    re.IGNORECASE,
)
# ... unless this deal is counted in with it: "every other project on hold, yours included"
_THIS_DEAL = (
    r"(?:yours|ours|this one|your (?:[\w-]+ )?(?:project|deal|order|tool|purchase|crm|contract|rollout|proposal))"
)
THIS_DEAL_TOO = re.compile(
    rf"\b(?:{_THIS_DEAL} (?:included|too|as well)|(?:including|and|as well as|plus|along with) {_THIS_DEAL})\b",
    re.IGNORECASE,
)
OTHER_PROCESS = re.compile(
    r"^(?:[\w'-]+ ){0,3}?(?:invoic\w*|billing|payments?|payroll|hiring|recruit\w*|shipping|deliveries|travel"
    r"|expenses|(?:the )?office move|renovations?|building works)\b",
    re.IGNORECASE,
)
NOT_A_SLIP = re.compile(
    r"\b(?:sorry|apolog\w+) for (?:the|my|our|this) (?:delay|slow)|delay in (?:getting back|replying"
    r"|responding|my reply|coming back|answering)|without (?:further )?delay"
    # money set aside is money reserved, not a deal put aside: "Budget isn't a concern, we set it aside in spring"
    r"|\b(?:budget|money|funds|funding|cash)\b[^.]{0,40}\b(?:set|put|setting|putting) (?:it|this|that|them) "
    r"(?:aside|to one side)\b",
    re.IGNORECASE,
)
# the plan holds again: "false alarm ... Still June, as planned" (a date past the close in it still slips)
TIMELINE_RESOLVED = re.compile(
    r"\b(?:back on track|back on|resum\w+|unpaused|restart\w*|green light|false alarm|(?:still )?on track"
    r"|on schedule|as (?:originally )?planned)\b",
    re.IGNORECASE,
)
# a pause feared earlier, now said not to have happened: "Nothing is paused", "none of it is on hold" (not "yet")
NOTHING_PAUSED = re.compile(
    r"\b(?:nothing|none of (?:it|this|that)|no part of (?:it|this))(?: is| has been| was| got| gets| will be|'s)?"
    r" (?:being )?(?:paused|on hold|delayed|postponed|deferred|shelved|stopped|on ice)\b(?!,? (?:yet|so far|for now))",
    re.IGNORECASE,
)
# a resumption still to come: "no date yet for when we'll restart", "once we resume", "until we restart"
NOT_YET_RESUMED = re.compile(
    r"\b(?:when|once|until|till|if|before|after)\b(?: [\w']+){0,3} ?$|\bno (?:date|timeline|plan)\b", re.IGNORECASE
)
# a sentence adverb between the verb and the verdict: "is therefore, unfortunately, not possible"
_ASIDE = r"therefore|thus|hence|so|then|unfortunately|sadly|regrettably|alas|obviously|clearly|certainly|really"
# a window the deal was aiming at, ruled out: "So October is off the table", "this quarter is not happening"; only
# a window that holds the expected close counts (signals_timeline.py), so "next quarter is out for phase two" and
# "Tuesday is out" for a meeting stay quiet
WINDOW_OUT = re.compile(
    # the negation contracted or on the verb: "end of November isn't happening", "Q3 won't happen"
    r"\b(?:(?:isn't|aren't|won't be) (?:realistically |really |now )?(?:happening|going to happen|realistic|doable"
    r"|feasible|achievable|possible|an option)|won't (?:really )?happen)\b|"
    # said softly too: "signing before Christmas is, let's say, aspirational", "June is optimistic, frankly"
    r"\b(?:is|are|'s),? (?:(?:let's say|shall we say|to put it (?:mildly|kindly|politely)|I'd say|frankly|honestly)"
    r",? )?(?:(?:now|definitely|realistically|simply|"
    + _ASIDE
    + r"),? ){0,3}(?:aspirational|optimistic|wishful thinking|a (?:bit of a )?"
    r"(?:stretch|long shot|pipe dream)|off the table|out of the question|not "
    r"happening|not going to happen|a non-starter|no longer (?:realistic|possible|doable|feasible|achievable|an option)"
    r"|not (?:realistic|doable|feasible|achievable|possible|an option)|unrealistic|impossible"
    # "so end of October is off": the date called off, not "off to a good start"
    r"|off(?!\s+(?:to|the|for|on|by|from|with|at|until|till|and)\b)"
    r"(?=\s*(?:[,.;!]|$|\s+(?:now|then|sadly|i'm afraid))))\b",
    re.IGNORECASE,
)
# the same window ruled out before its date is named: "don't plan on July", "I wouldn't count on September"
WINDOW_OUT_BEFORE = re.compile(
    r"\b(?:don't|do not|wouldn't|would not|shouldn't|should not|can't|cannot|won't|will not) (?:\w+ )?(?:plan"
    r"|count|bank|rely|bet)(?:ing)? on (?:it (?:being )?|anything |us |signing |a signature )?"
    r"(?:in |by |for |before )?$",
    re.IGNORECASE,
)
# a rollout or implementation paused with no date is the deal paused (the deal is still open): "we have to put the
# GTK rollout on ice"; a meeting or training paused is not, nor a rollout moved to a date (signals_timeline.py)
PROJECT_WORK = re.compile(r"\b(?:rollout|roll-out|implementation|go-?live|install\w*)\b", re.IGNORECASE)
# a commitment of theirs tied to its date in one clause, judged by that date whatever words surround it ("we'd much
# rather sign once the audit is behind us, most likely in February"); signals_timeline.py checks the clause
COMMIT = re.compile(
    r"\b(?:we|i|they|he|she|the board|(?:our|my) [\w-]+)\b(?:'d|'ll|'re)?(?: (?!you\b)[\w']+){0,4}?"
    r" (?:sign(?:ing)?(?: off)?|decid(?:e|ing)|buy(?:ing)?|order(?:ing)?|purchas(?:e|ing)|commit(?:ting)?"
    r"|go(?:ing)? ahead|plac(?:e|ing) the order"
    r"|mak(?:e|ing) (?:a|the|our) (?:final )?decision|put(?:ting)? pen to paper)\b",
    re.IGNORECASE,
)
# the date a deadline kept ("sign before Christmas"), or the clause about another purchase than this deal
DEADLINE_BEFORE = re.compile(r"\b(?:before|by|ahead of|no later than|within|in time for|until|till)\s*$", re.I)
OTHER_PURCHASE = re.compile(
    r"\b(?:second|next|another|additional|extra|further|more|rest|remaining|renewal|expansion|top-?up|phase"
    r" (?:two|2|three|3))\b|\b(?:if|unless|whether|and|but)\b",
    re.IGNORECASE,
)
# the forum that takes the decision, cancelled or moved, or not sitting again until a date: "the December board has
# been cancelled and the next one isn't until 25 January" (judged by that date)
FORUM = re.compile(
    r"\b(?:board|committee|panel|council|steering group|investment committee|exec(?:utive)? (?:team|board)"
    r"|(?:investment|quarterly|budget|capex|spending) review)\b",
    re.I,
)
# the forum's next sitting, which a purchase now has to wait for: "every contract now needs sign-off from the
# quarterly investment review, and the next one sits in late February" (judged by its date, with the deal named)
NEXT_SITTING = re.compile(
    r"\bnext (?:one|meeting|sitting|session|review|round)\b[^.;]{0,15}?\b(?:sits|is|falls|meets|takes place|will be"
    r"|happens|isn't until|is not until|won't be until)\b",
    re.IGNORECASE,
)
FORUM_MOVED = re.compile(
    r"\b(?:board|committee|panel|council|steering group)(?: meeting| sitting| session| date)?\b (?:has been |have been"
    r" |was |is |got |'s )?(?:now )?(?:cancell?ed|postponed|moved|pushed (?:back|out)|rescheduled|delayed"
    # said informally: "committee got bumped to the 20th", "the panel slid into November"
    r"|(?:bumped|shifted|pushed|slid|slipped)(?: back| out)? (?:to|into|until|till)\b)"
    r"|\bnext (?:one|meeting|sitting|session)\b[^.;]{0,20}\b(?:isn't|is not|won't be|will not be|not) (?:until|till)"
    r"|\b(?:doesn't|does not|won't|will not) (?:meet|sit|convene) (?:again )?(?:until|till)\b"
    # the deal kept from the forum until a date: "he won't bring anything to them before the February meeting"
    r"|\b(?:won't|will not|isn't going to|is not going to|not going to|refuses to|can't|cannot)"
    r" (?:bring|take|put|present|submit|table|send|escalate)\w* (?:anything|it|this|that|the [\w-]+|any [\w-]+)"
    r" (?:to|in front of|before)\b[^.;]{0,40}\b(?:before|ahead of|prior to|until|till)\b",
    re.IGNORECASE,
)
