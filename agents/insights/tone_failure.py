"""What went wrong, and whose failure it was: the failures a customer reports, what says they were put right, and
what says the failure was theirs (their own file, their old system) rather than ours.

A reported failure turns praise beside it into sarcasm and lets a grievance (tone_grievance.py) sour the message;
both only when the failure is ours and still open. sentiment.py reads them.
"""

from __future__ import annotations

import re

from agents.insights.tone_denied import without_denied_worry
from agents.insights.tone_failure_counted import COUNTED_FAULT
from agents.insights.tone_failure_forms import FAILURE_FORMS, REPEATED_SAME, worsened
from agents.insights.tone_failure_rejected import REJECTED
from agents.insights.tone_failure_skewed import SKEWED
from agents.insights.tone_failure_work import WORK_FAILED

# nobody holding out any more, a double negative that is praise: "nobody on the team is unconvinced any more",
# "no one here is against it", "none of us has doubts now" (tone_cues.py scores it as warmth)
DOUBLE_NEGATIVE = (
    r"\b(?:nobody|no one|no-one|none of (?:us|them|the team|my team|our team))(?: (?!(?:but|except)\b)[\w'-]+){0,4}?"
    r" (?:is|was|are|were|'s|has|have|seems?|remains?|feels?)(?: been)?(?: still| any longer| now)?"
    r" (?:unconvinced|unhappy|unsure|against (?:it|this|the (?:idea|deal|purchase|move))|opposed|sceptical|skeptical"
    r"|doubtful|hesitant|reluctant|worried|concerned|dissatisfied|disappointed|negative|(?:any )?doubts"
    # nobody's interest lost: "nobody here has gone cold on it", "no one has lost interest", "none of us has cooled"
    r"|gone cold|lost (?:all |any |their |much )?interest|cooled|gone off (?:it|the idea)|changed (?:their|his|her)"
    r" minds?|had second thoughts|backed off)\b"
)
# nobody on their own side standing in, a fact of their staffing, not a failure of ours: "nobody else signs in the
# meantime", "no one else can approve it", "nobody here signs off while she's away"
_OWN_SIDE_NOBODY = (
    r"\b(?:nobody|no one|no-one) (?:else\b|(?:here |on our side |at our end |in the team )?(?:else )?(?:can |may |will "
    r"|is able to |is allowed to |is authori[sz]ed to |has authority to )?(?:signs?|sign off|signs off|approves?"
    r"|decides?|authori[sz]es?|has (?:the )?(?:authority|sign-?off|signing rights))\b)"
)
# something went wrong, said plainly; "without errors", "no bugs" are not failures
FAILURE = re.compile(
    r"(?<!without )(?<!no )(?<!zero )(?<!any )(?<!nothing )(?<!nothing's )(?<!nothing is )"
    # stuck on our price is an objection, not a failure: "where the board gets stuck is the price"
    r"\b(?:still (?:not|stuck|broken|waiting|at|showing|no)"
    r"|stuck(?! (?:on|with|over|is) (?:the |your |our )?(?:price|pricing|cost|number|figure|quote|discount)s?\b)|broken"
    r"|(?:is|are|went|was) down(?! (?:a treat|well|a storm|nicely|brilliantly|great))|down again|yet again|again"
    r"|another (?:week|day|month|delay|outage|bug|error|problem"
    r"|issue|glitch)|not working|doesn't work|don't work|didn't work|errors?|crash\w*|outage|fail(?:ed|ing|s|ure)?"
    r"|bugs?|wrong|(?<!been )missing|(?!" + DOUBLE_NEGATIVE + r")(?!" + _OWN_SIDE_NOBODY + r")(?:nobody|no one)"
    r"|never (?:arrived|appeared|came|worked)|last month's"
    r"|without a working|actually works|actually fixed|(?:days?|weeks?|months?) (?:without|with no)"
    # a support ticket left open, or a status in scare quotes: "the 'urgent' ticket is still 'in progress'"
    r"|still [^\w\s](?:in progress|open|pending)|(?:ticket|case|issue|bug|fix)\b[^.]{0,30}\bstill (?:in progress"
    r"|open|pending|unresolved|outstanding)"
    # data lost or mangled, and a feature that quit: "the sync wiped every meeting", "notes, gone", "now show up twice"
    # (a verb, not a label or the writer's own doing: "the Deleted Items folder", "I deleted the draft")
    r"|(?<!\bthe )(?<!\bany )(?<!\bI )(?<!\bi )(?-i:wiped|deleted|erased|corrupted|overwritten|vanished|disappeared)"
    r"|locked (?:[\w-]+ ){0,6}out\b|(?:logged|kicked|threw|throws|kicks|logs) (?:every|all|each|our|the|my|half"
    r"|some|several|\d+|them|us|me|staff|users|people|everyone|everybody)\b[\w\s-]{0,30}? out\b"
    # work thrown away by the tool: "throws away the count they were halfway through"
    r"|(?:throws|threw|thrown|throwing|discards?|discarded|discarding) (?:away )?(?:the|our|their|my|all|every|half"
    r"|any)\b (?:[\w-]+ ){0,2}(?:count|counts|data|work|entries|records|changes|notes|edits|input|progress|numbers"
    r"|figures|scans|orders)\b|stopped (?:halfway|partway|part-way|midway|short"
    r"|working(?! (?:blind|in the dark|late|weekends|overtime|nights|from home))|syncing|loading"
    r"|saving|responding|updating|sending)|,\s*(?:all )?gone(?=\s*[.!]|$)|(?:show|shows|showed|showing|appear|appears"
    r"|appeared|appearing)(?: up)? twice|broke(?=\s*[.,;!]| again| down\b(?! (?:the|by|into|each))| on | when | after"
    r"| during| overnight| yesterday| today| this)"
    # the work done by hand because the tool failed: "I built the board pack by hand over the weekend"
    r"|(?:had to|ended up|built|compiled|typed|re-?keyed|re-?did|redid|put together|clean\w*|tid\w+|fix\w*"
    r"|correct\w*|reconcil\w*|re-?enter\w*)\b[^.;]{0,40}\b(?:by hand"
    r"|manually)"
    # the same thing going wrong again, or a promise not kept: "third time in a fortnight", "a third problem",
    # "still don't have answers", "hadn't looked at our data", "no sign of Aisha", "still coming three weeks later"
    r"|(?:second|third|fourth|fifth) (?:time|problem|error|mistake|issue|outage|version|attempt|try|draft|go)"
    # our promised work reported undone in a flat note: "Re-import not done.", "Fix still not there."
    r"|^(?:the |your )?[\w-]+(?: [\w-]+)? (?:still )?not (?:done|fixed|sorted|delivered|corrected|there|in)"
    r"(?=\s*[.!]|$)"
    r"|still (?:don't|do not|haven't"
    r"|hasn't|doesn't|didn't|coming)|(?:hadn't|hasn't|haven't|didn't|never) (?:even )?(?:looked|read|prepared"
    r"|bothered|turned up|showed up|shown up|joined)|no sign of|came and went"
    # data that never arrived, an app that quits, a promised duration that grew: "half our notes didn't come
    # across", "the app keeps closing itself", "the four days became eight"
    # (said of the thing, with no object: not "I haven't opened it", "we did not migrate employees")
    r"|(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?:didn't|did not|never|hasn't|haven't|has not|have not|won't"
    r"|wouldn't) (?:come across|carr(?:y|ied) over|make it (?:across|over)|transfer|migrate|import|sync|save|load"
    r"|upload|open|launch|install)(?=\s*(?:[.,;:!?)\u2014]|$)|\s+(?:and|but|properly|correctly|at all|either|over"
    r"|into|from|when|after|any ?more)\b)"
    r"|(?:keeps?|kept|started|starts) (?:closing|shutting down|freezing|crashing|hanging(?! around| on\b| out)"
    r"|logging (?:us|me|them|people|everyone) out)|clos(?:es|ing) (?:itself|by itself|on its own)"
    r"|freez(?:es|ing) (?:up|when|whenever|every)"
    # our software as the agent of the damage: "the update removed every custom field", "your patch reset the rota"
    r"|(?:update|upgrade|patch|fix|release|migration|import|sync|script|app|system|software|tool|integration"
    r"|(?:re-?)?run|re-?import|re-?sync|upload|export|job|batch|rollout|install|merge|mapping)"
    # a hedged report is still one: "the migration seems to have dropped half our notes"
    r" (?:has |have |had |then |just |also |(?:seems?|appears?) to have |(?:must|may|might) have )?"
    r"(?:now |somehow |since |also |then |just )?"
    r"(?:removed|dropped|lost|scrambled|mangled|garbled|duplicated|overwrote"
    r"|ate|eaten|swallowed|chewed up|gobbled"
    r"|reset|broke|emptied|blanked|hid|hidden)\b"
    r"|still (?:blank|empty|down|failing|crashing|frozen|unusable|unreadable|greyed out|offline|garbled|corrupt\w*"
    r"|out of sync|half-?empty)"
    # records doubled: "left us with hundreds of duplicates", "every deal is now duplicated", "twice the mess"
    r"|(?:full of|created|made|left (?:us )?with|thousands of|hundreds of|dozens of|riddled with) (?:[\w-]+ )?"
    r"duplicates\b|(?:is|are|was|were|got|been|now) (?:all )?duplicated\b|twice the (?:mess|work|problems?)"
    # or values: "every event shows its revenue twice", "it counted each sale twice" (not "we showed it twice")
    r"|(?:shows?|showed|showing|lists?|listed|listing|counts?|counted|counting|displays?|displayed)"
    r" (?:its|their|the|each|every|all|our|some) (?:[\w-]+ ){0,2}twice\b"
    r"|double-?booked|over-?booked|(?<!\bwe )(?<!\bi )(?<!\bthey )froze\b(?! (?:the|our|all"
    r"|any|its|their|hiring|spending|budgets?|prices?|recruitment))|(?:went|came|go|goes|going) out (?:blank|empty"
    r"|wrong|garbled|twice)|(?:problem|issue|bug|error|glitch|outage|fault) (?:is|are|was|has come|came) back"
    # our people let them down, work skipped, trouble that persists or moves on: "your trainer cancelled an hour
    # before", "closed our ticket without touching it", "still isn't", "something else breaks", "now in its third week"
    r"|(?:your|the) (?:[\w-]+ )?(?:trainer|engineer|consultant|rep|team|support|desk|installer|technician|specialist"
    r"|contact|account manager|developer|project manager|implementation lead)s? ['\u2018\"\u201c]?(?:cancell?ed|didn't"
    r" (?:show|turn up|come|call)|no-?showed|forgot|never (?:showed|came|called|turned up)|rescheduled|postponed"
    r"|called (?:it )?off|bailed|pulled out)"
    # put off at the last minute: "'rescheduled' today's session forty minutes before the start"
    r"|(?<!\bwe )(?<!\bI )\b(?:cancell?ed|rescheduled|postponed|called off|pulled|moved|dropped)\b"
    r"['\u2019\"\u201d]?[^.;]{0,40}"
    r"\b(?:minutes?|mins?|an hour|hours?|half an hour) before (?:the |it |we )?(?:start|was due|kick-?off|began|begin"
    r"|session|call|meeting|training|workshop)"
    # our person who never came, listed as missing, and the wait for them: "No trainer, no call.", "a no-show",
    # "sat in the meeting room from 9:00 until 9:45"
    r"|\bno (?:trainer|engineer|consultant|technician|installer|instructor|presenter|specialist|rep|representative"
    r"|one from your (?:side|team|end))(?=\s*(?:[,.;!\u2014]|$))|\ba no-?show\b"
    r"|\b(?:waited|sat|stood|were waiting|was waiting|sat waiting)\b[^.;]{0,50}\bfrom \d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:am|pm)? (?:until|till|to) \d{1,2}"
    r"|\b\w+ed\b[^.;]{0,40}\bwithout (?:even )?(?:touching|looking at|reading|checking|testing|opening|fixing) (?:it"
    r"|them|the|our|anything)|still (?:isn't|is not|aren't|are not|won't)|still (?:can't|cannot) (?:log|access|open"
    r"|see (?:our|the|any)|get in|use|load|sync|save|print|export|import)|something (?:else )?(?:breaks|broke"
    r"|goes wrong|went wrong|fails|failed|falls over|fell over)|(?:now|already) (?:in|into|on) (?:its|their|the|our)"
    r" (?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:week|month|day)"
    # what should have been quick overran, and what should be full is empty: "ran all night", "the depots are empty"
    r"|(?:ran|took|dragged on|went on) (?:all|the whole|the entire) (?:night|day|weekend|week|morning|afternoon)"
    r"|(?:is|are|was|were|came (?:back|out|through)|shows?|showing|turned up|left) (?:completely |totally |still "
    r"|half )?(?:empty|blank)\b"
    # the damage put down to something of ours: "last year's figures in it, thanks to your template"
    r"|thanks to your (?:[\w-]+ )?(?:template|update|fix|patch|team|system|app|software|tool|import|export|sync"
    r"|migration|support|release|integration|report|engineer|trainer|consultant|rollout)"
    # a fix that did not hold: "the 'permanent fix' lasted two days"
    r"|(?:(?:hot|quick|temporary|permanent)[ -]?)?(?:fix|solution|workaround|patch|repair)['\u2019\"\u201d]?"
    r" (?:only |just |barely )?(?:lasted|held|worked"
    r"|survived) (?:for )?(?:only |just |barely )?(?:a|an|one|two|three|\d+|a few|a couple of) (?:hours?|days?|weeks?)"
    # our remedy held up in scare quotes is one that failed: "the 'fix' went in and ...", "The 'complete fix' landed"
    # or "Friday's 'correction'" (a label is capitalised: "the 'Fix' button"); data that the tool now shows as never
    # there: "now shows no bookings at all"
    r"|(?-i:\b(?:[Tt]he|[Yy]our|[Tt]his|[Tt]hat|so-called|[A-Za-z]+['\u2019]s) ['\u2018\"\u201c](?:[a-z-]+ )?(?:fix"
    r"|solution|update|upgrade|workaround|patch|hotfix|improvement|repair|correction|remedy|resolution|adjustment"
    r"|tweak)e?s?(?=['\u2019\"\u201d]))"  # the closing quote is looked ahead at: the whole ends on a word boundary
    # figures of ours that disagree with their source: "the totals don't match our sheet", "they're out by forty"
    # (not "we're out by five": their own hour)
    r"|\b(?:totals?|figures?|numbers?|counts?|amounts?|sums?|balances?|values?|data|results?|reports?|invoices?)"
    r"\b[^.;]{0,40}\b(?:don't|doesn't|do not|does not|didn't|did not|no longer|still don't|won't) (?:match|add up"
    r"|tally|reconcile|line up|agree)\b|(?<!\bwe)(?<!\bi)(?<!\bwe')(?<!\bi')(?:'re|'s|\bare|\bis|\bwere|\bwas)"
    r" (?:still |now |all )?(?:out|off) by (?:about |around |roughly |nearly |almost |some |over |more than )?"
    r"(?:\d[\d,.]*%?|a (?:few|couple|lot|mile|fair bit)|(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety|hundreds?|thousands?|dozens?|two|three|four|five|six|seven|eight|nine|eleven|twelve)\b)"
    r"(?!\s*(?:o'clock|am\b|pm\b|[:.]\d))"
    r"|(?:shows?|showed|showing|displays?|displayed|lists?|listed|returns?|returned) (?:no|zero) (?:[\w-]+ ){1,2}at all"
    # our document states the wrong thing: "now it says five seats instead of two"
    r"|\b(?:it|the (?:quote|invoice|proposal|contract|order form|document|figure|total|amount)) (?:now |still )?"
    r"(?:says|shows|lists|reads|states|quotes)\b[^.;]{0,40}\binstead of\b"
    r"|(?<!\blike it )(?<!\bas if it )(?<!\bas though it )(?<!\blike they )never existed"
    r"|(?:minutes?|hours?|days?|weeks?|months?)(?: of [\w-]+)? (?:became|turned into|have become|has become"
    r"|grew (?:in)?to|stretched (?:in)?to) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fourteen|twenty)"
    # what we promised came late: "These arrived a week after the date you gave us", "the slides came two days late"
    r"|(?:arrived|came(?: in| through)?|landed|turned up|showed up|got (?:here|to us)|reached us|delivered)"
    r" (?:(?:a|one|two|three|four|five|six|\d+|several|a few|a full|a whole|over a|more than a) (?:[\w-]+ )?"
    r"(?:days?|weeks?|hours?)|days|weeks) (?:late\b|(?:after|past|beyond) (?:the|your|our) (?:date|deadline|day))"
    # our help that left them where they were: "didn't answer my questions", "our queries are still unanswered"
    r"|(?<!\bi )(?<!\bwe )(?:didn't|did not|couldn't|could not|failed to|never) (?:actually |really )?(?:answer"
    r"|address|resolve|solve|fix|explain) (?:any of |either of |one of |half of )?(?:my|our|the) (?:questions?"
    r"|quer(?:y|ies)|problems?|issues?|concerns?|points?)|(?:questions?|quer(?:y|ies)) (?:are |is |were |was )?"
    r"(?:still |left |went |remain(?:ed|s)? )?unanswered)\b",
    re.IGNORECASE,
)
# (a fix denied is none: "which has still not been resolved", "it hasn't been fixed", "has not yet been sorted")
FIXED = re.compile(
    r"\b(?<!not )(?<!n't )(?<!never )(?<!yet )(?:(?:is|was|has been|have been|got|are|were|been) (?:now )?(?:fixed"
    r"|resolved|sorted|solved)|fixed (?:the|it|"
    r"that|this)\b|works (?:now|again|perfectly|fine)|worked (?:perfectly|fine|first time)|went through (?:fine"
    r"|perfectly|cleanly|smoothly)|all sorted|back up and running|(?:is|are) gone)",
    re.IGNORECASE,
)
# the failure is the customer's own, or their old system's: "our mistake", "nothing to do with you", "the old
# system went down again" (unless they name ours too: "your app", "your fix")
NOT_OURS = re.compile(
    r"\b(?:our|my) (?:own )?(?:mistake|fault|error|bad|oversight)\b|\bnot your fault\b|\bnothing to do with (?:you|your"
    r" (?:side|team|product|app|software))\b|\b(?:our|the) (?:old|current|existing|legacy|previous|present) (?:system"
    r"|tool|crm|vendor|provider|supplier|spreadsheets?|setup|software|platform|database|server|solution)\b"
    # their people taken up by trouble of their own: "our director has been pulled into a network outage", "my team
    # is tied up with a server failure"; an incident new to the thread ("a", not "the" one we know of) is theirs
    r"|\b(?:our|my) (?:[\w-]+ ){1,2}(?:has|have|is|are|was|were|got|gets|'s|'re)(?: been| being)? (?:pulled|called"
    r"|dragged|drawn|tied up|caught up|swamped|buried|busy|stuck|absorbed|consumed) (?:in|into|with|by|on|dealing"
    r" with|firefighting) (?:a|an|some) (?:[\w-]+ ){0,3}(?:outage|failure|incident|crisis|emergency|breach|fire"
    r"|flood|problem|issue|recall|audit|strike|shutdown|meltdown|breakdown)s?\b"
    # their apology for moving a date themselves: "Sorry, I have to push Wednesday's review"
    r"|^(?:(?:so |very |really )?sorry|apologies|my apologies)\b[^.;]{0,20}\b(?:i|we)(?:'ll| will)? (?:have|need|must"
    r"|'ve got|have got) to (?:push|move|postpone|reschedule|cancel|delay|bump|shift|rearrange|put off|call off)\b"
    # their own delivery late: "our feedback arrived a week late"
    r"|\b(?:our|my) (?:[\w-]+ ){1,2}(?:arrived|came(?: in| through)?|landed|turned up|got to you|reached you)\b"
    r"[^.;]{0,30}\b(?:late|after)\b",
    re.IGNORECASE,
)
YOURS = re.compile(
    r"\byour (?:[\w-]+ )?(?:app|fix|update|patch|team|side|system|software|tool|platform|product|support|engineers?"
    r"|trainer|people|migration|import|sync|release|upgrade|integration|service|help ?desk)\b|\byou(?:'ve| have)?"
    r" (?:broke|broken|lost|wiped|deleted|missed|forgot|forgotten)\b",
    re.IGNORECASE,
)
# our claim reported back is not news that it works: "you told us last week this was solved"
CLAIM = re.compile(r"\byou(?:'ve| have)? (?:said|say|told|promised|claimed|assured|swore)\b|\bsupposed(?:ly)?\b",
                   re.IGNORECASE)  # fmt: skip


# words that report a failure only in some company: "again" after a greeting or thanks ("thanks again", "Carl Lin
# again"), "nobody" who has a concern ("nobody on our side has any concerns")
_SOCIAL_AGAIN = re.compile(r"(?:\b(?:thanks|hello|hi|hey|once|here|met|meet|speak|talk|chat|catch up|reminded"
                           r"|(?:thank|see|seeing|meet|meeting|hear from|speak to|talk to|chat to|catch) you)"
                           r"|\b(?-i:[A-Z][a-z]+))[\s,]*$", re.IGNORECASE)  # fmt: skip
# "again" in a request to do a thing once more is a request, not a failure: "could you send the quote again?",
# "shall we meet again Tuesday", "please run the numbers again with 12 seats"
_REQUEST_OPENER = (
    r"(?:(?:can|could|would|will) (?:you|we|someone|somebody)|please|pls|shall we|let's|let us|do you mind"
    r"|would you mind|is it possible to|would it be possible to|any chance (?:you|we)(?: could)?|happy to|keen to"
    r"|we'd like to|i'd like to)\b(?: (?:also|just|kindly|quickly|please))?"
)
_REQUESTED_ACT = (
    r"(?:re)?(?:send|share|run|walk|go|take|explain|show|demo|present|forward|do|meet|call|ring|review|circulate"
    r"|quote|price|email|join|visit|talk|speak|chat|catch up|book|schedule|cost|model|mail|attach|copy|include|loop"
    r"|pull|put|get together|see)\b"
)
_REQUEST_AGAIN = re.compile(
    r"(?:^|[.!?;\n]\s*)(?:(?:hi|hey|hello|ok|okay|thanks|great|sure)\b[\w ]{0,20},\s*)?" + _REQUEST_OPENER + " "
    + _REQUESTED_ACT + r"[^.!?;\n]*$",
    re.IGNORECASE,
)  # fmt: skip
# "he never has to read my spreadsheets again": a chore we spare them, not a failure repeated
_SPARED_AGAIN = re.compile(
    r"\b(?:never|won't|will not|wont|no longer|doesn't|don't|do not|does not|shan't|nobody|no one)(?: \w+)?"
    r" (?:has|have|had|need|needs|having|got) to\b[^.!?;\n]{0,60}$",
    re.IGNORECASE,
)
# "nobody has to retype the job sheets": a chore spared, not a no-show
_NOBODY_NEEDS = re.compile(r" (?:\w+ )?(?:has|have|needs|need|will have|'ll have) to\b", re.IGNORECASE)
_NOBODY_WORRIED = re.compile(r"[^.;,]{0,40}\b(?:concerns?|objections?|object(?:s|ed)?|complain\w*|unhappy|worried"
                             r"|questions?|minds?|issues?|problems?)\b", re.IGNORECASE)  # fmt: skip


def _reports_failure(text: str) -> bool:
    text = without_denied_worry(text)  # "nobody's asking you for a discount" reports nothing gone wrong
    if FAILURE_FORMS.search(text) or REPEATED_SAME.search(text) or COUNTED_FAULT.search(text) or worsened(text):
        return True
    if REJECTED.search(text):  # "your registration has been rejected twice", "AP have bounced that too"
        return True
    if SKEWED.search(text):  # "one hour too early", "showed at 8 instead of 9"
        return True
    if WORK_FAILED.search(text):  # "the go-live didn't go as planned", "the template still rejects our part numbers"
        return True
    for m in FAILURE.finditer(text):
        word = m.group(0).lower()
        if word == "again" and (
            _SOCIAL_AGAIN.search(text, max(0, m.start() - 25), m.start())
            or _REQUEST_AGAIN.search(text, 0, m.start())
            or _SPARED_AGAIN.search(text, max(0, m.start() - 90), m.start())
        ):
            continue
        if word in ("nobody", "no one") and (
            _NOBODY_WORRIED.match(text, m.end()) or _NOBODY_NEEDS.match(text, m.end())
        ):
            continue
        if word.startswith("thanks to your") and _CREDITED.search(re.split(r"[.!?;]", text[: m.start()])[-1]):
            continue  # "install went smoothly, thanks to your team": credit for a success, not blame
        return True
    return False


# a success the "thanks to your ..." after it credits us with: "the pilot install went smoothly, thanks to your team"
_CREDITED = re.compile(
    r"\b(?:went|ran|running|goes|going|worked|works|was|were|is|are|came (?:out|through)|landed)\b[^.;!?]{0,25}?"
    r"\b(?:smooth(?:ly)?|well|great|perfectly|fine|flawless(?:ly)?|brilliantly|like clockwork|without a hitch"
    r"|a (?:success|breeze|dream|hit))\b|\b(?:went live|all good|on time|ahead of schedule)\b",
    re.IGNORECASE,
)


def failed(sentence: str) -> bool:
    """The sentence itself reports something that went wrong (and not that it was put right)."""
    return _reports_failure(sentence) and not FIXED.search(sentence)


def our_open_failure(text: str, sentences: list[str]) -> bool:
    """The message reports a failure of ours that is still open: a failure, no news that it was put right (our
    claims that it was, reported back, don't count), and not the customer's own doing."""
    if not _reports_failure(text):
        return False
    if any(FIXED.search(s) and not CLAIM.search(s) for s in sentences):
        return False
    return NOT_OURS.search(text) is None or YOURS.search(text) is not None
