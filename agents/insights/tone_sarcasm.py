"""Sarcasm cues: praise that says the opposite ("couldn't be better", "Truly the reliability we were promised"), a
praising head before the complaint, and a remedy in scare quotes. sentiment.py reads them only beside a failure
the customer reports (tone_failure.py), so sincere praise stays praise."""

from __future__ import annotations

import re

SARCASM = re.compile(
    r"couldn't be better|could not be better|going (?:brilliantly|great|swimmingly)|just what (?:we|i) needed"
    r"|just perfect|^(?:oh,? )?(?:great|fantastic|wonderful|brilliant|perfect|lovely|marvell?ous|super|splendid"
    r"|excellent|terrific|superb|fabulous|amazing|awesome|outstanding"
    # the same as an answer to "is it working?": "Oh, wonderfully."
    r"|wonderfully|brilliantly|beautifully|perfectly|splendidly|marvell?ously|fantastically|superbly|famously)[,.!]"
    # the damage savoured: "so that was perfect timing", "loved every minute of redoing it by hand"
    r"|\b(?:perfect|great|impeccable|brilliant|excellent|superb|lovely) timing\b|\bwhat timing\b"
    r"|\b(?:loved|enjoyed|relished|savoured|savored) every (?:minute|second|moment|hour) of\b"
    # the failure as the wish come true: "Exactly what I was hoping for in a CRM", "just what we'd asked for"
    # (or anyone's wish: "exactly what my team lead wanted to be explaining to our biggest account")
    r"|(?:exactly|just|precisely) what (?:I|we|my [\w-]+(?: [\w-]+)?|our [\w-]+(?: [\w-]+)?|everyone|everybody)"
    r"(?:'d| had)? (?:needed|wanted|(?:was|were) (?:hoping|looking|after)"
    r"(?: for)?|hoped for|asked for|ordered|had in mind|signed up for|paid for)|love (?:that|how|it when)"
    r"|thanks a lot|thanks for nothing"
    # awe at the failure as a headline, and mock eagerness to do it all again: "Truly impressive, two ways to break
    # one file.", "my team is thrilled to start the third round"
    r"|^(?:(?:truly|really|very|most|so|how|deeply|hugely) )?impressive(?: stuff| work)?[,.!]"
    r"|\b(?:thrilled|delighted|excited|overjoyed|ecstatic|can't wait|cannot wait) to (?:start|begin|do|go through"
    r"|sit through|face|tackle|redo) (?:the |a |yet )?(?:second|third|fourth|fifth|another|next|yet another) (?:round"
    r"|time|go|attempt|pass|run|try|lot)\b"
    # the failure held up as publicity: "A real advert for the service contract.", "a fine testament to your QA"
    r"|\b(?:a |an )?(?:real|great|fine|fantastic|wonderful|shining|glowing|brilliant|perfect|ringing) (?:advert"
    r"|advertisement|ad|testament|endorsement|recommendation|showcase) (?:for|to)\b|\bnothing says\b[^.;]{1,40}\blike\b"
    r"|^(?:(?:well|so|and|oh),? )?(?:that|this|it) went (?:smoothly|well|brilliantly|great|perfectly"
    r"|swimmingly)|^(?:(?:oh|well|really),? )?(?:great|good|nice|lovely|fine|super|smashing) (?:job|work|effort)"
    r"(?: all round| everyone| guys| team| there)?(?:,? (?:really|honestly|truly|seriously|indeed))?[.!]*$"
    r"|what a (?:surprise|treat)|well done,? (?:guys|everyone|team)"
    # a mocking nickname the failure earned what we sold: "the ops team have taken to calling it the data blender",
    # "we've nicknamed your update 'the eraser'" (not "calling the helpdesk a lot": someone of theirs or ours)
    r"|\b(?:calling|call|calls|called|referring to|nicknamed|dubbed|christened|renamed) (?:it|them|your [\w-]+"
    r"|the (?:app|tool|system|update|upgrade|platform|software|sync|fix|product|integration|release|patch|new [\w-]+"
    r"|feature|module|plugin|add-on|portal))(?: as)? ['\u2018\"\u201c]?(?:the|a|an|our) ['\u2018\"\u201c]?[\w-]+"
    r"(?: [\w-]+){0,2}['\u2019\"\u201d]?(?=\s*[.!,;]|\s*$)"
    # a customer review parodied after the failure, opening the sentence or as a clause of its own: "Five stars,
    # would recommend.", "Lovely patch, honestly, ten out of ten." (not "we gave the trainer ten out of ten")
    r"|(?:^|(?<=, )|(?<=: )|(?<=\u2014 )|(?<= - ))"
    r"(?:(?:a |an )?(?:five|5|ten|10)[- ]stars?|(?:10|ten)(?:/| out of )(?:10|ten)|a\+(?: service| support)?)"
    r"(?=[,.!]|$)"
    r"|\bwould (?:(?:highly|definitely|totally|thoroughly|strongly) )?(?:recommend|buy (?:again|from you again)|do"
    r" (?:it|this|business) again|use (?:you |it )?again)(?: to (?:a friend|friends|anyone|everyone|others))?[.!]*$"
    # the failure hailed as progress, and our team congratulated on it: "Stellar progress, hats off to your
    # developers." (a congratulation "on" or "for" something names what it is for, and is sincere)
    r"|^(?:(?:oh|well|wow|yes|yeah|ah),? )?(?:(?:really|truly|such|real|what) )?(?:fantastic|great|brilliant|wonderful"
    r"|excellent|amazing|impressive|tremendous|remarkable|superb|marvell?ous|splendid|terrific|stellar|stunning"
    r"|outstanding|real) (?:progress|improvement|advance|step forward|achievement)s?(?=\s*(?:[,.!\u2026]|$))"
    r"|\b(?:congratulations|congrats|kudos|hats off|bravo|my compliments)\b,? (?:to )?(?:you and )?(?:all )?(?:your"
    r"|the) (?:[\w-]+ )?(?:team|developers|devs|engineers|people|guys|folks|support|department|colleagues|staff)\b"
    r"(?! (?:on|for)\b)"
    # the failure greeted as good news, "just" or a sigh giving it away: "Well, that's just marvellous.", "Oh, how
    # lovely." ("That's great." alone stays sincere)
    r"|^(?:(?:oh|well|ah),? )?(?:that's|that is|this is|isn't that|it's) just (?:great|marvell?ous|wonderful"
    r"|fantastic|brilliant|perfect|lovely|super|splendid|terrific|fabulous|amazing|charming|delightful|dandy)[.!]*$"
    r"|^(?:oh|well|ah),? (?:that's|that is|this is|how|isn't that) (?:simply |absolutely |truly |really )?(?:great"
    r"|marvell?ous|wonderful|fantastic|brilliant|perfect|lovely|super|splendid|terrific|fabulous|amazing|charming"
    r"|delightful|dandy)[.!]*$"
    # the fallout savoured: "which made for a fun meeting", "that made for a lovely morning with the board"
    r"|\b(?:made|makes|making) for (?:a |an |some )?(?:really |very |truly )?(?:fun|lovely|great|delightful"
    r"|pleasant|entertaining|memorable|cheerful|relaxing|jolly|enjoyable) (?:[\w-]+ )?(?:meeting|conversation"
    r"|morning|afternoon|evening|day|week|call|chat|discussion|weekend|review|presentation)s?\b"
    # an exclamation of praise for how it went: "What a wonderful start to our partnership.", "What a lovely
    # welcome to the platform." (beside a failure only, like every cue here)
    r"|^(?:oh,? |well,? )?what an? (?:(?:really|truly|absolutely) )?(?:wonderful|lovely|great|fantastic|brilliant"
    r"|marvell?ous|superb|splendid|terrific|fabulous|amazing|delightful|impressive|perfect|excellent|smooth"
    r"|promising|glorious|memorable) (?:[\w-]+ ){0,2}(?:start|beginning|welcome|introduction|launch|debut|kick-?off"
    r"|experience|way|first (?:week|day|month|impression)|onboarding|rollout|partnership|surprise|result|outcome)\b"
    # the ironic understatement: "Thursday was really something.", "That was quite the experience."
    r"|\b(?:was|has been|is|were) (?:really |quite |certainly |truly |definitely )something(?=\s*[.!]|$)"
    r"|\bquite the (?:experience|ride|show|adventure|introduction|welcome|start|day|morning|afternoon)\b"
    # the praise promised upwards: "I'll be sure to tell my manager how smooth everything has been", "I'll make
    # sure the board hears how reliable it was"
    r"|\b(?:tell|let (?:\w+ ){1,2}know|inform|remind|report to|mention to|explain to|assure|make sure (?:\w+ ){1,3}"
    r"(?:hears?|knows?))\b[^.;]{0,40}\bhow (?:very |really |incredibly |wonderfully )?(?:smooth(?:ly)?|well|great"
    r"|wonderful(?:ly)?|brilliant(?:ly)?|reliable|seamless(?:ly)?|painless(?:ly)?|easy|easily|helpful|professional"
    r"|quick(?:ly)?|fast|efficient(?:ly)?|flawless(?:ly)?|perfect(?:ly)?|impressive|responsive|good)\b"
    r"|(?:really |great way of |nice way of )?(?:building|inspires?|inspiring|fills? (?:me|us) with) (?:real )?"
    r"(?:confidence|trust)|(?:off to|what) a (?:great|flying|fantastic|brilliant) start|love to see it|good times"
    # effusive praise of the very service that failed: "Wow, amazing service really", "we are so impressed"
    # the setback hailed as a gain, or our people's turning up doubted: "so I suppose that counts as progress",
    # "do let me know if anyone on your side plans to turn up next week"
    r"|\b(?:I suppose|I guess|I dare say|I daresay)\b[^.;]{0,20}\b(?:counts as|qualifies as|is) (?:progress|a win"
    r"|an improvement|a result|something|an achievement|a success)\b"
    r"|\bif (?:anyone|anybody|someone|somebody|any of you)"
    r" (?:on|from|at) your (?:side|team|end|company) (?:plans|bothers|deigns|decides|intends|manages|is planning"
    r"|can be bothered|feels like|fancies) to (?:turn up|show up|attend|join|appear|come|be there)\b"
    r"|^wow\b|(?:amazing|fantastic|brilliant|stellar|wonderful|excellent|superb|outstanding|top-notch|world-class)"
    r" (?:service|support|job|work|turnaround|response)|(?:so|truly) impressed|good exercise"
    r"|(?:very|so|really|more than) happy to (?:type|enter|re-?key|re-?enter|copy|keep typing)"
    # relish at the time the failure costs them, or at redoing the work: "Really loving spending my Mondays rebuilding
    # mappings", "enjoying giving up our evenings to it", "loving re-keying every invoice"
    r"|\b(?:lov|enjoy|relish|ador)(?:e|es|ed|ing|s)? (?:spending|giving up|losing|sacrificing|wasting)"
    r" (?:my|our|the|a|an|another|every|all|whole)(?: [\w-]+)? (?:mondays?|tuesdays?|wednesdays?|thursdays?"
    r"|fridays?|saturdays?|sundays?|weekends?|mornings?|afternoons?|evenings?|nights?|days?|hours?"
    r"|lunch(?:es| breaks?)?|time)\b"
    r"|\b(?:lov|enjoy|relish|ador)(?:e|es|ed|ing|s)? (?:re-?doing|re-?building|re-?entering|re-?keying|re-?typing"
    r"|re-?importing|re-?creating|re-?uploading) (?:it|them|everything|all|every|each|the|our|my)\b"
    # praise of the very quality that failed, as a dream come true: "truly the kind of reliability I dream of"
    r"|\b(?:i|we)(?:'d)? (?:dream|dreamed|dreamt) of\b|\b(?:truly|just|exactly|precisely|really) the (?:kind|sort"
    r"|type|level|standard) of (?:[\w-]+ )?(?:reliability|service|support|quality|professionalism|care|attention"
    r"|communication|stability|uptime|competence|partner|vendor|experience)\b"
    # whatever was promised, held up as delivered: "Exactly the time saving we were promised."
    r"|\b(?:truly|just|exactly|precisely) the (?:[\w-]+ ){1,3}?(?:(?:we|I) (?:were|was) (?:promised|sold|guaranteed)"
    r"|you (?:promised|advertised|sold us|guaranteed))\b|\bthe (?:[\w-]+ )?(?:reliability|service"
    r"|support|quality|stability|uptime|speed|care) (?:(?:we|I) (?:were|was) (?:promised|sold|told about|guaranteed)"
    r"|you (?:promised|advertised|sold us|guaranteed|boasted about))\b"  # "Truly the reliability we were promised"
    # relish at reporting the failure upwards: "can't wait to explain that to the board"
    # a mock forecast of when it will finally be right: "At this rate we'll have a correct quote by Christmas"
    r"|\bat this rate\b[^.;]{0,60}\bby (?:christmas|easter|next (?:year|decade|century)|the end of the (?:year"
    r"|decade|century)|retirement|the time)\b"
    # the failure held up as publicity for us, or a mock consolation for the people it hurt: "truly a great advert
    # for the product", "I'm sure the ticket number will keep the passengers warm"
    r"|\b(?:great|fine|wonderful|brilliant|fantastic|perfect|excellent|glowing|superb|real) (?:advert|advertisement"
    r"|ad|showcase|testimonial|endorsement|selling point|sales pitch|case study|reference|poster child) for\b"
    r"|\b(?:i'm|i am|we're|we are) sure (?:the|your|that|this|a|an|our)\b[^.;]{0,50}\b(?:will|'ll)"
    r" (?:keep (?:\w+ ){1,2}"
    r"(?:warm|happy|company|entertained|busy)|be (?:a )?(?:great |real |huge |big )?(?:comfort|consolation)"
    r"|cheer (?:\w+ ){1,2}up|make (?:\w+ ){1,2}feel (?:better|loads better|much better))"
    r"|\b(?:can't wait|cannot wait|looking forward|look forward|dream of|love|thrilled|excited|delighted) (?:to )?"
    r"(?:(?:explain|present|tell|show|report)\w* (?:(?:this|that|it|them) )?to (?:the|my|our)\b"
    # or with nobody named, the failure itself what must be accounted for: "Really looking forward to explaining
    # that one.", "Can't wait to justify this." ("looking forward to explaining the new workflow" names no failure)
    r"|(?:explain|justify|defend|account)\w*(?: for)? (?:(?:this|that) one|this|that|it|why|how(?= it| this| that))"
    r"(?=\s*[.!,;]|\s*$| to\b| (?:it|this|that) (?:broke|failed|happened|went)))",
    re.IGNORECASE,
)
# a praising head before a colon or dash whose news is a failure: "Marvellous news: the update wiped our notes"
PRAISE_HEAD = re.compile(r"^(?P<head>(?:oh,? |well,? )?[\w'-]+(?: [\w'-]+){0,2})\s*(?::|\u2014|\s-\s)\s*(?P<rest>.+)$")
# our word or instruction held up in scare quotes beside a failure: "your 'experts'", "the 'fix' wiped it", "told
# us to 'clear the cache'" (not a label: "the 'Summary' tab", "the 'current' figures")
_Q, _UNQ = "['\u2018\"\u201c]", "['\u2019\"\u201d]"
SCARE_QUOTES = re.compile(
    rf"\b(?i:your)\s+{_Q}[a-z][^'\u2019\"\u201d]{{0,30}}{_UNQ}|\b(?:(?i:the|this|that|so-called)|[A-Za-z]+['\u2019]s)\s+{_Q}"
    rf"(?:[a-z-]+ )?(?:fix(?:es)?|solution|update|upgrade|workaround|patch|support|help|improvement|answer|service"
    rf"|priority|urgent|expert|specialist|escalation|hotfix|quick \w+|corrections?|remed(?:y|ies)|repairs?"
    rf"|adjustments?|tweaks?){_UNQ}|\b(?:told|advised|asked) (?:us|me|him|her|them|(?:my|our) "
    rf"[\w-]+) to\s+{_Q}[a-z][^'\u2019\"\u201d]{{1,40}}{_UNQ}"
    # our promise quoted back: 'the engineer said he would "look into it"', "you promised it was 'a quick job'"
    rf"|\b(?:said|says|promised|assured (?:us|me)|claimed|told (?:us|me)) (?:that )?(?:he|she|they|you|it|we)"
    rf"(?:'d| would| will|'ll| was| were| is| are|'s|'re)\s+(?:\w+\s+)?{_Q}[a-z][^'\u2019\"\u201d]{{1,40}}{_UNQ}",
)
# praise of our competence is sarcasm beside a failure unless something sincere comes with it: "Very efficient,
# your support team, really impressive stuff." (not "Thanks, support were really responsive on the bug")
# the very quality that failed, praised as a bare headline beside the failure: "Very modern solution, thank you so
# much.", "Rock-solid platform!" (a full sentence of praise, "Solid product overall, but ...", is not one)
SARCASM_QUALITY = re.compile(
    r"^(?:(?:oh|well|wow|yes|yeah),? )?(?:(?:very|really|so|truly|such an?|what an?|real|a|an|most|ever so|quite the"
    r"|properly|seriously) )?(?:modern|innovative|cutting[- ]edge|state[- ]of[- ]the[- ]art|advanced|reliable|robust"
    r"|stable|seamless|smooth|bulletproof|rock[- ]solid|clever|smart|elegant|polished|slick|professional|efficient"
    r"|world[- ]class|first[- ]class|top[- ]notch|enterprise[- ]grade|intuitive|user[- ]friendly|high[- ]tech"
    r"|future[- ]proof|next[- ]gen(?:eration)?) (?:solution|fix|product|app|software|system|tool|platform|update"
    r"|release|upgrade|patch|service|support|technology|tech|engineering|migration|rollout|onboarding|work|job|stuff"
    r"|experience|setup|integration|logistics|delivery|shipping|scheduling|planning|coordination|co-ordination"
    r"|organi[sz]ation|communication|follow-up|aftercare|customer service)s?\s*(?:[,.!\u2026]|$)",
    re.IGNORECASE,
)
SARCASM_COMPETENCE = re.compile(
    r"\b(?:very|really|so|truly|most|super|ever so|hugely|incredibly) (?:efficient|impressive|professional|slick"
    r"|reliable|responsive|competent|organi[sz]ed)\b|\bimpressive stuff\b",
    re.IGNORECASE,
)
