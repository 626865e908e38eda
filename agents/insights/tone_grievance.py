"""How a customer tells us we let them down: the reactions that sour a message beyond the failure it reports.

A failure told plainly ("the import skipped two columns, could you check?") is bad news, not a change of tone.
What makes it a grievance is the reaction around it: our own words thrown back ("you said that last time"),
distrust ("I'm not sure you do"), what it cost them ("my team has been working blind", "I had to send them
home"), the face they lost inside ("after I told everyone this was the right tool", "I don't know what to say to
my director"), our silence spelled out ("no email, no call"), resignation ("I've stopped expecting answers") and
a jibe at how backward it left them ("back on paper like it's 1995"). Each is a class: a message that tells two of
them, or one beside a failure of ours, has soured whatever its words score (sentiment.py).

``(class, pattern, needs_failure)``: cues whose words are ordinary on their own ("I had to cancel the meeting",
"for over a week", "I told the board this would work") count only in a message that reports a failure of ours
(tone_failure.py). ``<people>``, ``<boss>``, ``<contact>`` and ``<before>`` stand for the shared phrases below.
"""

from __future__ import annotations

import re

from agents.insights.tone_done import DONE_LISTENING
from agents.insights.tone_escalation import ESCALATION
from agents.insights.tone_face_upward import FACE_UPWARD
from agents.insights.tone_wait_counted import WAIT_COUNTED

_SHARED = {
    "<people>": r"(?:team|people|staff|reps|engineers|technicians|managers|agents|users|planners|drivers|nurses"
    r"|consultants|sales ?people|crew|colleagues|field (?:team|staff)|whole (?:team|office|department)|everyone)",
    "<boss>": r"(?:director|boss|board|ceo|cfo|coo|cto|md|vp|manager|management|head of [\w-]+|owner|owners|partners"
    r"|leadership|exec(?:utive)?s?|committee|steering group|chairman|president|superiors?|line manager)",
    "<contact>": r"(?:e-?mails?|calls?|phone calls?|messages?|word|apology|apologies|explanation|warning|notice"
    r"|heads-?up|texts?)",
    "<day>": r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)",
    "<before>": r"(?:last time|before|last week|last month|yesterday|twice|three times|already|every time|on (?:monday"
    r"|tuesday|wednesday|thursday|friday)|in (?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december))\b",
}

REACTIONS: tuple[tuple[str, str, bool], ...] = (
    # our own words thrown back, or the same trouble again: "You said that last time.", "that's what you promised",
    # "I've heard that before", "not the first time", "every week it's a new problem", "the truth next time"
    (
        "reproach",
        r"(?<!know )\byou(?:'ve| have)? (?:said|told (?:me|us)|promised|assured (?:me|us)|swore|claimed) (?:that"
        r"|this|so|the same(?: thing)?|it)(?: (?:too|as well))? <before>"
        r"|\b(?:that's|that is|which is|this is) (?:exactly |precisely )?what you (?:said|told (?:me|us)|promised)"
        r"|\b(?:i've|we've|i have|we have) heard (?:that|this|it) (?:before|already|one too many times)"
        r"|\bnot the first time\b|\bhow many (?:more times|times (?:do|must|have|will|should) (?:i|we))\b"
        r"|\b(?:same|that) (?:promise|answer|excuse|story|line|reply|assurance) (?:as|again|we got|i got|you gave)\b"
        r"|\bevery (?:single )?(?:week|day|time|release|update|month|morning)\b[^.;]{0,30}\b(?:a new|another|the same)"
        r" (?:problem|issue|bug|error|glitch|excuse|outage|fault)\b|\b(?:appreciate|like|prefer|want|expect) (?:the"
        r" truth|honesty|a straight answer|straight answers|an honest answer) (?:next time|this time|for once)\b"
        # apologies and assurances refused: "I don't need another apology", "every time we're told it's fixed"
        r"|\b(?:don't|do not) (?:need|want) (?:(?:another|more|any more|your|an?) )?(?:apolog\w+|sorry|excuses?"
        r"|promises?|reassurances?)\b"
        r"|\bevery time (?:we're|we are|i'm|i am|we get|i get|we've been|i've been|you) (?:told|tell|say|promise)\b",
        False,
    ),
    # the same failure yet again, and our word recalled, in a message that reports one: "Again?", "for the third
    # Monday running", "you told us last week this was solved", "the migration you said would take a weekend"
    (
        "reproach",
        r"(?<!know )\byou(?:'ve| have)? (?:said|told (?:me|us)|promised|assured (?:me|us)|swore|claimed) <before>"
        r"|\b(?:the|that|this) [\w-]+ you (?:said|promised|swore|told (?:me|us)) (?:would|will|was going to)\b"
        # the date we gave, recalled as the one we missed: "a week after the date you gave us"
        r"|\b(?:after|past|later than|beyond|missed) (?:the|your) (?:[\w-]+ )?(?:date|deadline|day|time) (?:that )?"
        r"(?:you|your [\w-]+) (?:gave|set|promised|quoted|named|agreed|committed to|told (?:me|us))\b"
        r"|^(?:what,? |seriously,? |really,? )?again\?[!?]*$|\b(?:second|third|fourth|fifth|sixth|seventh|eighth"
        r"|ninth|tenth|\d+(?:st|nd|rd|th)) (?:[\w-]+ )?(?:running|in a row)\b",
        True,
    ),
    # the failure they complained of back again, said as a bare echo: "Same trainer, same lecture.", "Same bug,
    # different day." (the whole sentence, in a message after a complaint still open)
    (
        "reproach",
        r"^(?:(?:and|so|well|yep|yes),? )?(?:it's |it was )?(?:the )?same (?:old )?[\w-]+(?: [\w-]+)?,?"
        r" (?:(?:the )?same|different) (?:old )?[\w-]+(?: [\w-]+)?[.!\u2026]*$",
        True,
    ),
    # distrust in what we say: "I'm not sure you do.", "not convinced anyone over there understands the impact",
    # "let me know when something actually changes", "you say it's fixed, but ...", "We'll see."
    (
        "distrust",
        r"\bnot (?:sure|convinced|certain) (?:that )?(?:you|anyone|anybody|somebody|someone)(?: (?:over there|there"
        r"|on your (?:side|end)|at your end))?(?: really| fully| actually| even)? (?:do|does|did|understands?"
        r"|reali[sz]es?|appreciates?|gets? it|cares?|grasps?|knows?)(?=\s*[.!?\u2026]|\s*$|\s+(?:how|what|the"
        r" (?:impact|scale|damage|seriousness|problem|cost)))"
        r"|\b(?:when|once|if) (?:something|anything|it|someone|somebody|anyone) (?:actually|finally|really|ever)"
        r" (?:changes|happens|works|moves|improves|gets (?:fixed|sorted|done|better)|shows up|turns up)\b"
        r"|\bif (?:it's|it is|it|this|that) (?:ever|actually) (?:sorted|fixed|resolved|done|ready|working)\b"
        r"|\byou say (?:it's|it is|that's|this is|it was|it has been|they're) (?:now )?(?:fixed|sorted|resolved"
        r"|working|done|ready|on its way|in hand)\b[^.;]{0,10}\bbut\b|\bforgive (?:me|us) if (?:i|we)(?:'m| am"
        r"|'re| are)? (?:don't|do not|not|sceptical|skeptical|doubt)|\b(?:don't|won't|can't|cannot|not going to"
        r"|no longer) (?:just )?take (?:your|you at your) word\b"
        r"|\b(?:won't|will not|never)(?: be)? (?:put|putting|sign|signing) (?:my|our) names? to\b|\bwithout (?:checking"
        r"|double-checking|verifying|re-?checking) every (?:line|number|figure|row|field|record)\b"
        r"|\bi'?ll believe (?:it|that) when i see it\b|^we'?ll see[.!\u2026]*$|\bwith (?:all due|the greatest)"
        r" respect\b|\bi(?:'d| would) like to believe (?:you|that)\b"
        # an account of what happened demanded before they will stand by us: "I'll need a very good explanation",
        # "we are owed an explanation" (not one of how a feature works: "a full explanation of the licence tiers")
        r"|\b(?:(?:expect|deserve|demand|insist on)\w* (?:a |an |some )?"
        r"|(?:owed|need|want|require)\w* (?:a |an |some )?(?:(?:very|really|pretty|damn|extremely) )?"
        r"(?:good|full|proper|complete|convincing|satisfactory|thorough"
        r"|straight|honest) )(?:explanation|account of what (?:happened|went wrong))\b(?! of\b| on how\b| of how\b)",
        False,
    ),
    # contact with us narrowed after a failure of ours: "Route everything through me from now on.", "From now on,
    # everything comes to me in writing"
    (
        "distrust",
        r"\b(?:route|send|run|channel|direct|pass|put) (?:everything|all (?:of it|communications?|correspondence"
        r"|e-?mails?|contact|paperwork|changes)|anything(?: further| else)?)\b[^.;]{0,20}\b(?:through|via|to|past) me\b"
        r"[^.;]{0,10}\b(?:from now on|going forward|in future|from here on)\b|\b(?:from now on|going forward"
        r"|in future),? (?:everything|all [\w-]+|anything) (?:goes|comes|must go|must come|has to go|should go) "
        r"(?:through|via|to) me\b|\b(?:in writing|through me) (?:only )?from now on\b",
        True,
    ),
    # what the failure cost them, told through their people: "my team has been working blind", "I had to send them
    # back to their desks with nothing", "the technicians are writing on paper again"
    (
        "cost",
        r"(?<!stopped )(?<!no longer )(?<!not )(?<!stop )\b(?:working|flying|selling|operating|running|left)"
        r" (?:completely |totally )?(?:blind|in the dark)\b"
        r"|\bempty-?handed\b|\bwith nothing(?: to (?:show|do|work with))?(?=\s*[,.;!\u2014]|\s*$|,)"
        r"|\b(?:send|sent|sending) (?:everyone|everybody|the (?:\w+ )?<people>|(?:my|our) (?:\w+ )?<people>|people"
        r"|[\w-]+ (?:people|managers|staff|reps|users)) (?:back|home|away)\b|\b(?:send|sent|sending) them (?:home|away"
        r"|back to their (?:desks|shops|stores|sites|offices|homes|jobs|work|branches|depots))\b"
        r"|\b(?:back|again) (?:on|to|with) (?:pen and paper|paper|spreadsheets?|excel|whiteboards?|post-?its?"
        r"|notebooks?|the old (?:way|system|spreadsheets?|tool))\b|\b(?:write|writes|writing|wrote|work|works|working"
        r"|doing (?:it|everything)|track(?:ing)? (?:it|everything|jobs))(?: again| once more)? (?:on paper|by hand"
        r"|in (?:excel|spreadsheets?|notebooks?))\b(?:[^.;]{0,20}\bagain\b)?"
        # the chance our delay cost them: "Mark had already moved on", "by then the moment had passed"
        # interest lost while we were late: "half the managers have lost interest by now", "it's all gone cold"
        r"|\b(?:had|has|have|'d|'ve) (?:already |long since |all |mostly )?(?:lost (?:all |their |any )?interest"
        r"|gone cold)\b|\b(?:had|has|have|'d) already (?:moved on|made other (?:plans|arrangements))\b"
        r"|\b(?:moved on|made other (?:plans|arrangements)) (?:by now|by then|in the meantime|meanwhile)\b"
        r"|\bthe (?:moment|window|chance|opportunity) (?:had|has) (?:already )?(?:passed|gone|closed)\b"
        r"|\bby then it was (?:already )?too late\b",
        True,
    ),
    # work redone by hand, forced to act or to apologise for us, left waiting, and how long it has lasted
    (
        "cost",
        r"\b(?:have|has|had) been [\w-]+ing\b[^.;]{0,40}\b(?:by hand|manually|on paper)\b"
        r"|\b(?:i|we|they|he|she) (?:had|have had|were forced|was forced|needed) to (?:(?:send|cancel|call off"
        r"|postpone|reschedule|scrap|abandon|re-?do|redo) (?:the|our|my|their|his|her|every|all|everything|it|them"
        r"|everyone)\b|(?:tell|apologi[sz]e to|explain (?:it |this |that )?to|turn away|stand down) )"
        r"|\b(?:spent|spend|spending) (?:the |my |our |a |an |all |half (?:of )?(?:the |my |our )?)?(?:whole |entire "
        r"|full )?(?:(?:<day> )?(?:morning|afternoon|evening|day|weekend|night|week|hours?|lunch(?:time)?)|<day>)\b"
        r"[^.;]{0,40}\b(?:apologi"
        r"[sz]\w*|explaining|calling|ringing|phoning|fixing|cleaning|re-?doing|re-?entering|re-?keying|chasing"
        r"|calming|untangling|[\w-]+ing\b[^.;]{0,30}\b(?:by hand|manually|on paper)\b)"
        r"|\bapologi[sz](?:e|ed|ing) to (?:our|my|the|their|every|all|each|\w+ of our) (?:\w+ )?"
        r"(?:clients|customers|patients|guests|members|tenants|users|drivers|partners|buyers|suppliers|<boss>)"
        r"|\bleft (?:waiting|stranded|hanging|standing (?:around|there))\b|\b(?:working|running|selling|operating) "
        r"from memory\b|\bcleared (?:their|our|my|his|her) (?:diaries|diary|calendars?|schedules?|afternoons?"
        r"|mornings?|days?)\b"
        # how long it has gone on, told with indignation: "for over a week", "for three days now"
        r"|\b(?:for|since) (?:(?:well )?over|more than|nearly|almost|the best part of|a full|a whole) (?:a|one|two"
        r"|three|four|five|six|\d+|several) (?:whole |full |entire )?(?:weeks?|days?|months?|working days?)"
        r"(?: now)?(?=\s*[.!\u2026]|\s*$)|\bfor (?:a|one|two|three|four|five|six|\d+|several) (?:whole |full |entire )?"
        r"(?:weeks?|days?|months?|working days?) now(?=\s*[.!\u2026]|\s*$)"
        # the same counted by its ordinal: "Third week now.", "Second day running.", "Week three and counting."
        r"|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:straight |whole "
        r"|full )?(?:day|week|month|working day) (?:now|running|in a row|and counting)(?=\s*[.!\u2026]|\s*$)"
        r"|\b(?:day|week|month) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:now|and counting)"
        r"(?=\s*[.!\u2026]|\s*$)",
        True,
    ),
    # face lost inside: "after telling all of them this was the right tool", "I don't know what to say to my
    # director", "I vouched for you", "I'm the one who has to face them", "he asked whether we chose the right
    # supplier", "explain this to my team", "I told the board this would work", "in front of our partners"
    (
        "face",
        r"\bafter (?:i |we )?(?:telling|told|promising|promised|assuring|assured|convincing|convinced|persuading"
        r"|recommending|recommended|vouching|championing|selling|sold) (?:all of |each of )?(?:them|everyone"
        r"|everybody|the (?:\w+ )?(?:<people>|<boss>)|(?:my|our) (?:\w+ )?(?:<people>|<boss>)|you|this)\b"
        r"|\b(?:don't|do not|didn't|did not) know what (?:to|i'?m (?:going|supposed) to|i can|i'?ll|i should) (?:say"
        r"|tell|answer|report)\b|\bwhat (?:am i|are we) (?:supposed|meant|going) to (?:say|tell)"
        r"|\b(?:vouched|stuck my neck out|went out on a limb|(?:put|putting) my (?:name|neck|reputation|credibility))\b"
        # the choice of us regretted: "starting to regret putting my name on this", "I regret recommending you"
        r"|\bregret\w* (?:ever )?(?:putting|choosing|picking|going with|signing|recommending|backing|championing"
        r"|buying|bringing (?:you|it|this) in)\b"
        r"|\bi'?m the one (?:who|that) (?:has|have|had|'ll have|will have|gets?) to (?:face|tell|explain|answer"
        r"|deal with|apologi)|\b(?:asked|asking|asks|wonder\w*|question\w*) (?:me |us )?(?:whether|if|why) we"
        r" (?:chose|picked|made|went with|are paying|'re paying|pay|bought|signed)\b"
        # the whole mess to be explained upwards: "looking forward to explaining all this to my VP"
        r"|\bexplain(?:ing)? (?:this|it|that|all (?:of )?(?:this|that|it)|(?:this|that|the) (?:whole )?(?:mess|saga"
        r"|fiasco|episode|thing)|everything) to (?:my|our|the) (?:\w+ )?(?:<people>|<boss>)\b"
        r"|\b(?:i|we) (?:told|assured|promised|convinced|persuaded) (?:all of )?(?:them|everyone|everybody|(?:my|our"
        r"|the) (?:\w+ )?(?:<people>|<boss>)) (?:that )?(?:this|you|it|your \w+|the (?:tool|product|system|software"
        r"|platform|app)) (?:was|were|would|will|is|are)\b|\b(?:i|we)\b[^.;]{0,60}?\b(?:said|promised|swore) (?:that )?"
        r"(?:this|it|you|your \w+|the (?:tool|product|system|software|platform|app)) (?:would|was going to)\b"
        r"|\bin front of (?:our|my|the whole|all (?:of )?(?:our|my|the)) (?:\w+ )?(?:<people>|<boss>|clients"
        r"|customers)\b|\bin front of the <boss>\b",
        True,
    ),
    (
        "face",
        r"\b(?:makes?|made|making) (?:me|us) look (?:bad|foolish|stupid|silly|incompetent|like (?:fools|idiots"
        r"|an idiot|a fool|amateurs))\b",
        False,
    ),
    # our silence spelled out: "No email, no call.", "not so much as an apology"
    (
        "neglect",
        r"\bno <contact>, (?:and )?no (?:\w+ )?<contact>\b|\bnot (?:even|so much as) (?:a|an|one) <contact>\b"
        r"|\bwithout (?:so much as|even) (?:a|an|one) <contact>\b",
        False,
    ),
    # given up on us: "I've stopped expecting answers", "my team has given up on it", "I just assume it won't work",
    # "I'm not going to chase any more", "I'm done chasing", "I've run out of ways to explain this"
    (
        "resignation",
        r"\b(?:i|we)(?:'ve| have)? (?:stopped|given up) (?:expecting|hoping|asking|chasing|believing|trusting"
        r"|relying)\b|\b(?:has|have|had) (?:all )?given up on (?:it|them|you|this|the (?:app|tool|system|software"
        r"|platform|product))\b|\b(?:i|we) (?:just |now |simply )?(?:assume|expect) (?:it|that|this|things?|nothing"
        r"|the \w+) (?:(?:won't|will not|isn't going to|wouldn't) (?:work|happen|change|get fixed|be fixed|arrive"
        r"|last|help|improve)|will (?:fail|break))\b|\b(?:not going to|won't|will not)"
        r" (?:chase|ask|remind|push|follow up) (?:any ?more|again)\b|\bnot holding (?:my|our) breath\b"
        r"|\b(?:don't|do not) know what else (?:to do|i can|we can)\b|\bwhat(?:'s| is) the point\b"
        r"|\b(?:i'm|i am|we're|we are) past caring\b"
        # nobody left who cares: "I'll see whether anyone still cares", "no one even cares any more"
        r"|\b(?:whether|if) (?:anyone|anybody|someone|somebody|the \w+) (?:here |there )?(?:still|even|actually|really)"
        r" cares?\b|\b(?:nobody|no one|no-one) (?:here |there )?(?:really |even )?cares? (?:any ?more|now)\b"
        r"|\b(?:i'm|i am|we're|we are) done (?:chasing|asking|waiting"
        r"|with (?:this|it|you))\b|\b(?:run|ran|running) out of (?:ways|excuses|patience|things|energy|ideas"
        r"|explanations)\b|\bno longer (?:surprised|expect)"
        r"|\b(?:i'm|i am|we're|we are) (?:so |really |just |frankly |honestly )?(?:tired|exhausted|weary)(?=\s*[.!;]"
        r"|\s*$)|\b(?:tired|sick|weary)(?: and tired)? of (?:this|it|chasing|waiting|asking|your|the (?:excuses|delays"
        r"|bugs|problems|issues|outages|workarounds|promises|runaround))\b",
        False,
    ),
    # the tool taken out of use until we prove ourselves: "I've told the team to stop using it", "we've parked it
    # until someone who knows what they're doing has a look"
    (
        "cost",
        r"\b(?:told|asked|instructed|ordered) (?:the |my |our |all |every )?(?:[\w-]+ )?(?:<people>|them|us|everyone)"
        r" (?:to )?(?:stop|not to|quit) (?:using|touching|relying on)\b|\b(?:i|we|they)(?:'ve| have| had)? (?:stopped"
        r"|quit|suspended|parked|pulled) (?:using |touching )?(?:it|the (?:app|tool|system|software|platform|pilot"
        r"|rollout))\b[^.;]{0,20}\buntil\b",
        True,
    ),
    # how backward our failure left them: "like it's 1995", "back to the stone age"; or how inept: "until someone
    # who knows what they're doing has a look"
    (
        "jibe",
        r"\bsomeone (?:who|that) (?:actually |really )?knows what (?:they're|they are|he's|she's|they) (?:doing|do)\b"
        r"|\bsomeone (?:actually |remotely )?competent\b",
        True,
    ),
    (
        "jibe",
        r"\blike (?:in |it'?s |it was )?(?:the )?(?:19[5-9]\d|(?:19)?[5-9]0'?s|fifties|sixties|seventies|eighties"
        r"|nineties|stone age|dark ages|middle ages|last century)\b|\bback to the (?:stone|dark|middle) ages\b",
        True,
    ),
    *ESCALATION,  # over our contact's head, and the runaround (tone_escalation.py)
    *WAIT_COUNTED,  # "Already two weeks." (tone_wait_counted.py)
    *FACE_UPWARD,  # "increasingly difficult to explain to our General Counsel why" (tone_face_upward.py)
)


def _expand(pattern: str) -> str:
    for key, phrase in _SHARED.items():
        pattern = pattern.replace(key, phrase)
    return pattern


_COMPILED = tuple(
    (name, re.compile(_expand(pattern), re.IGNORECASE), needs) for name, pattern, needs in (*REACTIONS, *DONE_LISTENING)
)


# a reaction whose subject is nobody tells the opposite: "Nobody here has gone cold on it", "none of the reps has
# lost interest" (the word is outside the cue, in its clause just before it)
_NOBODY_BEFORE = re.compile(
    r"\b(?:nobody|no one|no-one|none of (?:us|them|you|the [\w-]+|my [\w-]+|our [\w-]+)|not (?:one|a single)"
    r"(?: [\w-]+)?(?: of (?:us|them|the [\w-]+))?|neither of (?:us|them))\b(?: [\w'-]+){0,3}\s*$",
    re.IGNORECASE,
)


def _said_of_nobody(sentence: str, start: int) -> bool:
    clause = re.split(r"[,;:()\u2014]|\b(?:but|and|so)\b", sentence[:start])[-1]
    return _NOBODY_BEFORE.search(clause) is not None


def reactions(sentence: str, *, failure_context: bool) -> set[str]:
    """The grievance classes one sentence tells (those that need a failure only when the message reports one)."""
    return {name for name, pattern, needs in _COMPILED if (failure_context or not needs)
            and any(not _said_of_nobody(sentence, m.start()) for m in pattern.finditer(sentence))}  # fmt: skip
