"""The cues behind a message's tone, as data: lexicon fixes for VADER, phrases with their scores, warmth and
sincerity. Sarcasm lives in tone_sarcasm.py, failures and whose they are in tone_failure.py, grievances in
tone_grievance.py; sentiment.py combines them.
"""

from __future__ import annotations

import re

from agents.insights.tone_failure import DOUBLE_NEGATIVE

# single words VADER gets wrong in sales mail, and words it lacks (VADER's scale: -4..4)
LEXICON_FIXES = {
    "po": 0.0, "no": 0.0, "raised": 0.0, "premium": 0.0, "cut": -0.3, "honest": 0.3, "straight": 0.0,
    "stuck": -1.8, "frustrating": -2.4, "frustrated": -2.4, "grumbled": -1.2, "gripe": -1.0, "flaky": -1.8,
    "unreliable": -2.0, "buggy": -2.0, "broken": -2.0, "outage": -2.0, "glitch": -1.5, "slow": -0.8,
    "keen": 1.6, "enthused": 2.2, "sold": 0.6, "sorted": 1.2, "smooth": 1.5, "seamless": 1.8, "lovely": 2.0,
    "frankly": -0.5, "blunt": -0.8, "noted": 0.0, "patience": 0.8, "sorry": -0.2, "afraid": -0.6, "bearer": 0.0,
    "well": 0.5, "ok": 0.3, "okay": 0.3, "fine": 0.4, "buzzing": 2.0, "obsessed": 0.0,
}  # fmt: skip

# (pattern, score): multi-word signals; a phrase that contains its own negation is listed as a whole
PHRASE_TABLE: tuple[tuple[str, float], ...] = (
    (r"running out of patience|losing (?:my |our )?patience|fed up|at the end of (?:my|our) tether", -0.9),
    (r"stopped (?:using|logging in|logging on|opening)|nobody (?:is )?(?:using|logs in)", -0.7),
    (
        r"(?:doesn't|don't|does not|do not|didn't|did not|isn't|is not|aren't|are not|still not|never) "
        r"(?:actually |really )?(?:work|working|load|loading|sync|syncing|show|showing)\b",
        -0.6,
    ),
    (
        r"without a working|the basics don't|basics do not|not good enough|not acceptable|unacceptable|not fit for"
        r" purpose|(?:let me know|tell me) when it(?:'s| is) (?:actually )?(?:fit for purpose|usable|(?:ready|fit|good"
        r"|suitable) for (?:actual|real|proper|genuine|everyday|daily|serious) (?:use|work|users|people))",
        -0.8,
    ),
    (
        r"nobody (?:on your side |from your (?:side|team) )?(?:has )?(?:answered|replied|got back|explained|called)"
        r"|no one (?:has )?(?:answered|replied|got back|explained)|never (?:appeared|arrived|came|heard back|got)",
        -0.6,
    ),
    (
        r"(?:lost|wasted|losing|wasting) (?:a |an |another |the )?(?:few |several |two |three |four |\d+ |a couple of "
        r"|many |whole |full |entire |good )?(?:days?|weeks?|hours?|fortnight|months?|mornings?|afternoons?)\b",
        -0.5,
    ),
    (r"hard (?:for (?:me|us) )?to (?:argue|justify|defend|recommend|trust)|(?:second|serious) thoughts", -0.5),
    (r"not (?:great|ideal|impressed|happy|pleased|thrilled)|a bit surprised|(?:really|very) surprised", -0.45),
    (
        r"still (?:stuck|broken|waiting|at \d+|showing|no\b|nothing|not|don't|haven't|hasn't)|(?:problem|issue|bug"
        r"|error|glitch|outage|fault|crash|freeze|lag)(?:'s| is| are) back\b|yet again"
        # "as usual" is a jibe only about something that went wrong: "late as usual", not "procurement as usual"
        r"|(?:late|down|broken|slow|wrong|stuck|nothing|no (?:reply|answer|update|word))[^.;]{0,20}as usual",
        -0.45,
    ),
    (
        r"(?:something|a (?:version|product|tool)) that actually works|(?:when|once|until) (?:someone|somebody|you)"
        r"(?:'ve| has| have)? (?:actually )?(?:fixed|sorted|got)",
        -0.5,
    ),
    (r"we'll decide what to do|we will decide what to do|reconsider|rethink(?:ing)? (?:this|the)", -0.4),
    # a cold brush-off after warmth: "Fine. We'll be in touch if we need anything.", "No need for more 'just
    # checking in' emails"; with a commitment beside it ("no need to chase, we'll sign on the 30th") it reassures
    (
        r"(?:(?:we'll|we will|i'll|i will) (?:be in touch|let you know|reach out|get back to you|call you) if (?:we|i) "
        r"(?:need|want|have) (?:anything|something|you|more|questions)|don't call us"
        # our chasing waved off, however it is named: "No need to keep nudging.", "you don't have to keep pinging me"
        r"|(?:no need|(?:you )?(?:don't|do not) (?:need|have) to|you can stop) (?:to )?(?:keep |continue |go on )?"
        r"(?:follow(?:ing)? up|chas(?:e|ing)|nudg(?:e|ing)|remind(?:ing)?|prod(?:ding)?|pok(?:e|ing)|ping(?:ing)?"
        r"|pester(?:ing)?|bump(?:ing)? (?:this|it)|check(?:ing)? in|writing|e-?mailing)\b"
        r"|no need (?:for|to send) (?:any )?(?:more|further|other) (?:[\w'\u2018\u2019-]+ ){0,3}(?:e-?mails?|calls?"
        r"|follow-?ups?|check-?ins?|reminders?|messages?|chasers?)|(?:don't|do not) (?:need|want) (?:any )?"
        r"(?:more|further) (?:[\w'\u2018\u2019-]+ ){0,3}(?:e-?mails?|calls?|follow-?ups?|check-?ins?|reminders?"
        r"|chasers?))"
        r"(?![^.;]*\b(?:we'll|we will|i'll|i will|we're ready to|ready to) (?:sign|send|confirm|go ahead|place))",
        -0.55,
    ),
    (r"(?:took|take|taking|takes) us for granted|waste of (?:our|my) time", -0.8),
    # cold formality that points at being ignored: "Per my last email", "as I have already explained" ("as previously
    # requested" is plain business English and stays neutral)
    (
        r"\bper my (?:last|previous|earlier) (?:e-?mail|message|note|reply)|\bas i (?:have )?already (?:said|mentioned"
        r"|flagged|explained|raised|pointed out)|\bfor the (?:second|third|fourth|last) time\b",
        -0.5,
    ),
    # exasperation at being asked to redo their part: "we've checked those codes twice already", "I don't have time
    # for another round of this", "we've been over this" ("checked it twice" without "already" is plain diligence)
    (
        r"\b(?:we've|we have|i've|i have|we|i) (?:already )?(?:checked|double-checked|been (?:over|through)|gone "
        r"(?:over|through)|answered|sent|corrected|fixed|explained|reviewed|verified|redone)\b[^.;]{0,30}\b(?:twice"
        r"|three times|several times|multiple times|more than once|over and over|(?:a|the) (?:second|third) time)"
        r" (?:already|now|before)\b"
        r"|\b(?:we've|we have|i've|i have) been (?:over (?:this|that|all this)(?: (?:already|before))?"
        r"|through (?:this|that|all this) (?:already|before))[.!]*$"
        r"|\bhow many (?:more )?times (?:do|must|will|should|have|did) (?:we|i|you)\b(?! (?:usually|normally))"
        r"|\b(?:i|we) (?:don't|do not|haven't got|have no|can't|cannot) (?:have )?(?:the )?(?:time|patience|energy)"
        r" for (?:yet another|(?:any )?more of (?:this|that)|this again|another round|all this|this back and forth)\b"
        r"|\banother round of (?:this|that|these|it)\b",
        -0.7,
    ),
    # a bare order to use what they already gave us: "Use the list we sent." ("Please use the list we sent" is polite)
    (
        r"^(?:just )?use (?:the|what|our)(?: [\w-]+){0,2} (?:we|i) (?:already )?(?:sent|gave you|provided|supplied)\b",
        -0.4,
    ),
    # disappointment and lost faith in us, however politely put: "I'm disappointed", "my confidence ... is low"
    (
        r"(?:really|very|so|deeply|extremely|hugely|bitterly|quite|a bit|a little|i'?m|we'?re|i am|we are|feel)"
        r"(?: (?:honestly|frankly|genuinely|truly|seriously))? (?:disappoint(?:ed|ing)|let down)"
        r"|let (?:us|me) down|embarrass(?:ed|ing)"
        r"|(?:my|our) (?:confidence|faith|trust)\b[^.;]{0,50}\b(?:low|shaken|gone|dented|eroded|slipping|fading"
        r"|suffered|damaged|undermined)"
        r"|(?:lost|losing) (?:(?:my|our|all|some|a lot of) )?(?:confidence|faith|trust)",
        -0.8,
    ),
    # doubting that we can deliver, or that they can defend us inside: "wonder whether you can handle an account
    # our size", "I don't know how to defend this", "I don't see how I take this to my director"
    (
        r"(?:starting|beginning) to (?:wonder|doubt|question)|(?:wonder|wondering|doubt|doubting|question|questioning)"
        r" (?:whether|if) you(?:'re| are| can| could| will)? (?:really |actually |even )?(?:handle|deliver|cope"
        r"|manage|up to|able to|the right|capable|serious|care)|(?:don't|do not) (?:know|see) how (?:(?:i|we) "
        r"(?:can |could )?|to )(?:defend|justify|explain|sell|take|present|get) (?:this|it)"
        r"|not (?:encouraging|reassuring|a good look)|(?:doesn't|does not|didn't) (?:make (?:me|us) look|look) "
        r"(?:good|great)|(?:doesn't|does not|didn't) inspire (?:confidence|trust)",
        -0.7,
    ),
    # feeling misled or neglected: "feels like a bait-and-switch", "when we're worth someone's full attention"
    (
        r"bait[- ]and[- ]switch|moved the goal ?posts|(?:feel|felt|feels|were|was|been) misled"
        r"|worth (?:someone's|somebody's|your|anyone's) (?:full |proper )?(?:attention|time)"
        r"|get it right this time|(?:gone|went|going) back to (?:(?:the|their|our) )?(?:spreadsheets?|excel|paper"
        r"|whiteboards?|notebooks?|post-?its?|pen and paper|doing it by hand"
        r"|(?:the|our) old)",
        -0.7,
    ),
    # a rebuke, however politely put: "a heads-up would have been appreciated", "a vendor going around the person
    # running the evaluation", "I didn't have a good answer for him"
    (
        r"(?:heads-?up|warning|call|courtesy|word|notice|note|phone call) would have been (?:appreciated|nice|helpful"
        r"|good|welcome|courteous)|would have (?:appreciated|liked|preferred) (?:a |some |being |to be )?(?:heads-?up"
        r"|warning|call|notice|word|told|consulted|informed|asked)|(?:go|goes|going|gone|went) (?:around|round|over) "
        r"(?:me|my head|our heads|the person|us)\b|behind (?:my|our) back"
        r"|(?:didn't|did not|don't|do not) have (?:a |an )?(?:good |decent |sensible )?(?:answer|explanation|excuse) "
        r"for (?:him|her|them|my boss|our)",
        -0.6,
    ),
    # irritation at being chased, and anger told through the damage done: "emails every few days ... they're just
    # irritating", "I have spent my Monday apologising to clients", "I'm not in the mood for a call"
    (
        r"(?:just|really|getting|becoming|quite|very|so|frankly|plain|bit|rather|extremely|increasingly) "
        r"(?:irritating|annoying|infuriating|exasperating|tiresome|grating)|(?:aren't|isn't|won't|will not|is not"
        r"|are not|doesn't|don't|do not) (?:going to )?(?:speed|hurry|rush) (?:this|that|it|things|anything) "
        r"(?:up|along)|(?:stop|quit) (?:chasing|pestering|hounding|badgering)|pestering|badgering|hounding"
        r"|not in the mood|(?:spent|spend|spending|wasted) (?:my|our|the (?:whole|entire)|all|half (?:of )?(?:my|our"
        r"|the)) (?:[\w-]+ ){0,2}(?:apologi[sz]ing|cleaning up|firefighting|fire-fighting|calming|undoing)",
        -0.7,
    ),
    # pushed back on our pressure: "I'd rather not be reminded again", "I asked you not to do this", "we'll decide
    # when we decide", "the countdown emails are making this harder, not easier", "on his own schedule, not a vendor's"
    (
        r"(?:i'd|i would|we'd|we would) (?:rather|prefer) not (?:to )?be (?:reminded|chased|pushed|pressured|rushed"
        r"|hurried|nagged|contacted)|(?:i|we) (?:asked|told) you (?:not to|to stop)|(?:please )?(?:stop|don't|do not) "
        r"(?:remind|nag|pressure|pressuri[sz]e|rush|hurry) (?:me|us)|(?:we'll|we will|i'll|i will) decide when (?:we|i)"
        r" decide|(?:stop|quit|(?:don't|do not) keep) (?:ping|chas|e-?mail|call|ring|bugg|nudg|pester|badger|spamm"
        # a channel or hour asked for is no rebuff ("stop emailing me at the old address"); an answer promised only
        # "when we get to it" is: "we'll reply when we reply"
        r"|messag|text|hound)(?:e|ing)? (?:me|us)\b(?! (?:at|on|before|after|until|via|through|during|in|from)\b)"
        # ... whoever it is told of, the subject dropped too: "Will revert when we revert.", "It's done when it's
        # done." (not "we'll sign when we sign the renewals": a second object is a real when)
        r"|(?:\b(?:we|i|you|it|that|they)(?:'ll| will| shall)|^will) (?P<act>\w+(?: \w+){0,3}) when (?:we|i|you|it"
        r"|that|they) (?P=act)(?:s|es)?(?=\s*(?:[.!,;:]|$))|\b(?:it|that)(?:'s| is|'ll be| will be) (?P<state>\w+)"
        r" when (?:it|that)(?:'s| is) (?P=state)(?=\s*(?:[.!,;:]|$))"
        r"|(?:making|make|makes|made) (?:this|it|things|the decision|this decision) harder,? not easier"
        r"|on (?:his|her|our|their|my) own (?:schedule|timeline|timetable|time),? not (?:a|the|your) vendor'?s?"
        r"|(?:don't|do not|won't) (?:be|feel) (?:rushed|pressured|pushed|hurried)",
        -0.7,
    ),
    # given up on us, an ultimatum, and a wait told with indignation: "our developer has given up waiting and
    # frankly so have I", "if you want to stay in this, you'll have to ...", "over four weeks for one set of keys"
    (
        r"(?:given|giving|gave) up (?:waiting|on (?:you|this|your|getting))|(?:if|unless) you (?:want|wish|hope) to "
        r"(?:stay in|keep|remain in|win|be in) (?:this|the (?:running|race|deal)|our business|the account)"
        r"|(?:over|more than|nearly|almost|a full|going on) (?:a|one|two|three|four|five|six|\d+)"
        r" (?:whole |full )?(?:weeks?|months?) (?:for|to get|to receive|waiting for) (?:one|a|an|the|some|our|basic)\b",
        -0.6,
    ),
    (
        r"(?:isn't|is not|not) much (?:left )?to discuss"
        r"|nothing (?:more |left |further |else )?to (?:discuss|say about (?:it|this|that))"
        r"|(?:just |only )?(?:get|give|send|find) (?:me|us) (?:something|a (?:version|build|release|product|tool|fix"
        r"|system|app)) that (?:actually )?works|(?:when|once) "
        r"it(?:'s| is) actually (?:ready|working|fixed|done|live)",
        -0.6,
    ),
    # made to do our job, and advocacy withdrawn: "I don't have time to be your QA department", "cleaning it up by
    # hand instead of doing their actual jobs", "not going to keep defending this", "every step needs babysitting"
    (
        r"(?:to be|being|act as|acting as|become|turned into) your (?:unpaid |free |own )?(?:qa|quality assurance"
        r"|testers?|test team|beta testers?|guinea pigs?|support (?:desk|team|line)|help ?desk|project managers?"
        r"|babysitters?)\b|\bdo(?:ing)? your (?:job|testing|qa) for you|instead of (?:doing )?(?:their|our|my|his"
        r"|her) (?:actual |real |proper |day |own )*(?:jobs?|work)\b|(?:not going to|won't|will not|can't|cannot"
        r"|refuse to) (?:keep|continue|go on) (?:defending|championing|backing|vouching|justifying|making excuses"
        r"|covering|apologi[sz]ing|chasing|waiting)|babysit\w*|hand-?holding|spoon-?feed\w*",
        -0.6,
    ),
    # a bare order, and a jibe at our availability: "Sort it out.", "whenever someone over there has a spare moment"
    # (a plain "when someone has a moment" is polite)
    (
        r"^(?:just |now |so )?(?:sort|fix|figure|deal with|get) (?:it|this|that|them|things)(?: out| sorted| fixed"
        r"| now)?[.!]*$|(?:whenever|when|once|if) (?:someone|somebody|anyone|anybody) (?:over there|on your (?:side"
        r"|end|team)|at your end|there) (?:has|finds|gets|can find|can spare) (?:a |the )?(?:spare )?(?:moment"
        r"|minute|second|time|chance|round to (?:it|us|this))",
        -0.6,
    ),
    # candour announced before criticism: "I'll be frank:", "let me be blunt"
    (r"(?:i'll|i will|let me|i must|i have to|i need to|i'm going to) be (?:frank|blunt|candid|straight)", -0.25),
    # the messenger's politeness ("bad news, I'm afraid", "sorry to say") is not a tone towards us
    (
        r"bad news,? i'?m afraid|i'?m afraid (?:that |i )?|sorry to (?:say|tell|report|be the bearer)|unfortunately"
        r"|regret to|bearer of",
        0.3,
    ),
    (
        r"still waiting|still no (?:word|update|news|reply|fix)|haven't heard (?:anything|back)|(?:chasing|asking) "
        r"(?:again|twice)|feel(?:s)? ignored|poor (?:service|support|experience)",
        -0.5,
    ),
    (r"(?:becoming|is|turning into) a (?:real |serious |big )?(?:problem|issue|headache)|you promised", -0.35),
    (
        r"(?:no|not any|nothing) (?:real )?(?:complaints?|concerns?|issues?|problems?|objections?|red flags)"
        r"|nobody (?:is |was )?(?:complaining|unhappy)|(?:isn't|is not|aren't|not) unhappy"
        r"|(?:can't|cannot) say we've hit any|nothing(?: is|'s)? wrong|not having second thoughts|" + DOUBLE_NEGATIVE,
        0.35,
    ),
    # the last doubter won over: "not even our resident sceptic", "even the cynics are on board"
    (
        r"\bnot even (?:our|the|my|their) (?:resident |biggest |usual |chief |house |in-house )?(?:sceptics?|skeptics?"
        r"|cynics?|critics?|doubters?|naysayers?|pessimists?)|\beven (?:our|the|my) (?:resident |biggest |usual )?"
        r"(?:sceptics?|skeptics?|cynics?|critics?|doubters?|naysayers?) (?:is|are|was|were|has|have|'s|'re) (?:now )?"
        r"(?:on board|convinced|happy|sold|won over|a fan|fans|keen|in favour)",
        0.3,
    ),
    (
        # relief: "your quote came in lower than I feared"
        r"(?:better|lower|cheaper|less|smaller|fewer|quicker|faster|easier) than (?:i|we|anyone|everyone)(?: had)?"
        r" (?:feared|worried|dreaded)|couldn't be (?:better|happier)|could not be (?:better|happier)"
        r"|genuinely (?:positive|excited|impressed)"
        r"|really (?:impressed|excited|pleased)|exactly what (?:we|I|they|the team|our [\w-]+)\b"
        r"|looking forward|great news|good news",
        0.6,
    ),
    # enthusiasm in idioms VADER reads as neutral or worse: "you absolute star", "big thumbs up", "the team is
    # obsessed with the tagging", "quite taken with the board", "over the moon"
    (
        r"(?:(?:you|you're|you are|what)(?: an?)?(?: absolute| total| real| complete| utter)?|an? (?:absolute"
        r"|total|real|complete|utter)) (?:star|legend|hero|gem|lifesaver|life-saver|rock ?star)\b"
        r"(?! (?:rating|schema|system))|thumbs[- ]up|(?:quite|really|very|so|rather|all|completely) taken with"
        r"|obsessed with (?:the|your|it|this)|over the moon|blown away|game[- ]changer|dream come true",
        0.6,
    ),
)
PHRASES = tuple((re.compile(p, re.IGNORECASE), score) for p, score in PHRASE_TABLE)
# a reply that only acknowledges and puts us off to some day (no date, no warmth): "Received. We'll look at it when
# time allows." After warm messages it is a curt one, however many words it takes (sentiment.py).
DEFERRAL = re.compile(
    r"\b(?:when (?:time allows|time permits|(?:we|i) (?:get|find|have) (?:a (?:chance|moment|minute|sec(?:ond)?)"
    r"|the (?:time|chance)|time|round to it|around to it)|convenient|it suits(?: us| me)?|things (?:calm|settle) down"
    r"|there(?:'s| is) (?:(?:a bit of |some |more )?time|a (?:chance|moment|minute|gap|quiet spell))"
    # "Will look when I can.", "I'll read it when we're able": no time given
    r"|(?:i|we)(?: can|'m able| am able|'re able| are able| get the chance)(?=\s*[.!]|$))"
    r"|time permitting|in due course|at some (?:point|stage)|if and when|(?:eventually|sooner or later)(?=\s*[.!]|$))"
    # a meeting waved off to email: "Send whatever you need to send by email." ("send the slides by email" is not)
    r"|\b(?:send|put|email|drop) (?:me |us )?(?:whatever|anything|everything)\b[^.;]{0,30}\b(?:by|over|via|in"
    r"(?: an?)?) (?:e-?mail|writing)\b"
    # or with the verb itself, ending the sentence: "Email whatever you need to.", "Just put it in an email."
    # ("Email me whatever you need and we'll sign" goes on, so it is a reply)
    r"|(?:^|(?<=[.!?]\s))(?:just |please |simply )?(?:e-?mail (?:me |us )?(?:whatever|anything|everything|what you)"
    r"(?: else)?(?: (?:you |that you )?(?:need|want|have|like)(?: to(?: send| say| ask| share| know)?)?)?"
    r"|(?:put|send) (?:it|that|them|those|any questions) (?:in|by|over|via) (?:an? )?(?:e-?mail|writing)"
    r"|e-?mail (?:me|us)(?: instead| if you (?:need|must|have) to)?)(?: instead)?(?=\s*[.!]|\s*$)",
    re.IGNORECASE,
)
# a time offered instead keeps a put-off a reply: "Busy this week, but Tuesday works. Email whatever you need."
TIME_OFFERED = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\btomorrow\b|\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)\b"
    r"|\bthe \d{1,2}(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
# a reply with nothing in it but receipt and a promise to be in touch some day: "Received, thank you. We will let
# you know." After warm messages it is curt; any content ("Checking with finance.") or a date makes it a reply.
# A hand-off with no view of its own, or leave given with indifference, is as bare: "I'll pass it on.", "Send it
# if you want.", "Leave the proposal with me."
BARE_PROMISE = re.compile(
    # the subject may be dropped, and the promise made only "if needed": "Will revert if needed.", "We'll be in touch
    # should anything come up." (a promise with no condition and no date is as bare)
    r"(?:(?:(?:we|i)(?:'ll| will| shall)|will) (?:let you know|be in touch|get back to you|come back to you|revert"
    r"|reach out|circle back|get in touch|contact you"
    r"|pass (?:it|this|that) (?:on|along)|forward (?:it|this|that)(?: on)?)"
    r"(?: (?:if|when|as|should) (?:(?:and when|it's|it is) )?(?:needed|necessary|required|relevant|appropriate"
    r"|(?:we|i) (?:need|have|want) (?:to|anything|something|more|you)|anything (?:comes up|changes|else comes up)"
    r"|something (?:comes up|changes)|(?:we|i) (?:do|must)))?"
    r"|(?:send|do|book|go ahead with) (?:it|that|this|one) if you (?:want|like|must|wish)"
    r"|(?:it's |that's )?up to you|suit yourself|whatever you (?:want|like|think)"
    # the paper taken off our hands with no view and no date: "Leave the proposal with me."
    r"|(?:just )?leave (?:it|this|that|them|the (?:proposal|quote|contract|paperwork|offer|order form|pricing))"
    r" with (?:me|us))[.!]?",
    re.IGNORECASE,
)
# our proposal turned down with nothing offered instead: "Not next week.", "Next week doesn't work." With a bare
# promise beside it ("I'll let you know.") it is a curt reply; naming another time ("Not next week, Tuesday?") is not
BARE_REFUSAL = re.compile(
    # a refusal that is all the sentence says: "No.", "Not needed.", "No need." ("No thanks." keeps its thanks)
    r"(?:no|nope|not (?:needed|necessary|required)|no need)[.!]?|"
    r"(?:no,? )?(?:not|can't do|cannot do|can't make|can't manage|won't work)(?: (?:next|this) (?:week|month)| now"
    r"| yet| today| tomorrow| at the moment| right now| for now)[.!]?|(?:next|this) (?:week|month) (?:doesn't|won't"
    r"|does not|will not|isn't going to) work[.!]?",
    re.IGNORECASE,
)
# a short reply that moves the deal on is brief, not cold: "Confirmed.", "Approved.", "Go ahead.", "Signed copy
# attached.", "See you Thursday." Only a short reply that withholds (bare receipt, refusal, put-off) is curt.
ASSENT = re.compile(
    # (not turned round by a "no"/"not": "No deal.", "Not approved.")
    r"(?<!\bno )(?<!\bnot )\b(?:yes|yep|agreed|agree|confirm(?:ed|ing)?|approved?|go ahead|go for it|proceed|will do"
    r"|on it|done|signed|countersigned|sent|attached|enclosed|booked|scheduled|accepted|accept|deal"
    r"|count (?:us|me) in|works for (?:me|us)"
    r"|sounds? (?:good|great|fine|right)|see you|talk (?:soon|then|tomorrow)|speak (?:soon|then|tomorrow)"
    r"|let's (?:do|go|proceed|book|sign)|happy to|ordered|paid|po\b|purchase order)",
    re.IGNORECASE,
)
# a sentence that only acknowledges receipt: its "thank you" is a formality, not warmth ("Received, thank you.")
ACKNOWLEDGEMENT = re.compile(
    r"(?:received|noted|got it|acknowledged|understood|seen|(?:saw|seen) (?:it|that|this))[,.;!]?"
    r"(?:\s*(?:thank you|thanks|many thanks))?[.!]?",
    re.IGNORECASE,
)
WARMTH = re.compile(r"\b(?:thanks|thank you|cheers|great|perfect|lovely|appreciate|pleased|happy|good|glad)\b",
                     re.IGNORECASE)  # fmt: skip


# what keeps a short positive sentence sincere even beside a failure: thanks, wishes, news that it works
SINCERE = re.compile(
    r"\b(?:thanks?|thank you|cheers|appreciate\w*|grateful|kind of you|hope|enjoy|good luck|congrat\w*|welcome"
    r"|fixed|sorted|resolved|working|works|back|now|again|have a|take care|best|regards|sincerely|wishes|meet\w*"
    r"|happy (?:new year|birthday|holidays?|thanksgiving|christmas|easter)|fun|glad|greetings|hello|hi"
    r"|good (?:morning|afternoon|evening|day))\b",
    re.IGNORECASE,
)
