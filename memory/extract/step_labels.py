"""More ways a note labels or says its next step, kept apart from ``next_step`` (at its size limit): the label in
Portuguese, Italian or Dutch ("Próximo passo:", "Volgende stap:"), an "Action item:" or minutes' "AI:" label, a
to-do line tagged with its owner ("Me: send the quote", ">> us: draft the plan"), a to-do line led by an arrow
("-> chase PO"), and
the writer's own work said as going on ("I'm chasing", "I'm putting together a cost model for her") or as due
("our RFP response is due on the 14th"). Patterns run on lower-cased text."""

from __future__ import annotations

import re

# the cheap test words for the labels below ("action" and "next" are ``next_step``'s own already)
LABEL_WORDS = ("passo", "stap", "me:", "us:", "ai:", "ai -", "ai (", "tomorrow:", "tomorrow :")

_TODO_VERB = (
    r"(?:send|draft|book|schedule|set up|prepare|build|write up|write|call|email|chase|follow up|share|arrange|"
    r"organi[sz]e|put together|pull together|update|revise|draw up|get|run|confirm|review|check)\b"
)
# after the "NS" label only (a transcript's "Me: ask you something" is talk, not a to-do), a step that asks the
# customer for something: "NS ask tobias for a debrief", "ns request the PO number", "NS invite ravi to the demo"
_ASK_VERB = r"(?:ask|request|invite|ping|remind|nudge|propose|line up|loop in)\b"
# a label for the step, to put among ``next_step._NEXT_EXPLICIT``'s alternatives (each ends where the step begins)
LABELS = (
    r"(?:pr[oó]ximos? pass?os?|prossim[oi] pass[oi]|volgende stap(?:pen)?|action items?)\s*:|"
    # a time still ahead as the label, opening its line or sentence: "nxt wk: scoping workshop", "tmrw: send the
    # paperwork", "next fri: demo"; not a weekday alone ("Mon: spoke to Ana" heads a log's past entry)
    r"(?:^|(?<=\n))[\s*•>-]*(?:(?:early |later )?next (?:week|wk)|tomorrow|later this week|"
    r"next (?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)(?:day|nesday|rsday|sday)?)\s*:\s*(?=\w)|"
    # a to-do tagged with its owner, us, a verb straight after: "Me: send updated quote", ">> us: draft the plan";
    # not a speaker's label in a transcript ("Me: Hi Ann, thanks for joining")
    r"(?:^|(?<=\n))[\s>»→*•-]*(?:me|us|our side|my side)\s*:\s*(?=" + _TODO_VERB + r")|"
    # minutes' "AI" (action item) opening a line, its owner and a to-do's verb after: "- AI: Reed to book the
    # review", "AI (Ann): send the deck"; not "AI: they loved the roadmap" (no to-do follows)
    r"(?:^|(?<=\n))[\s*•-]*ai\s*(?:\([^)\n]{1,30}\))?\s*[:-]\s*"
    r"(?=(?:[a-z][\w'-]*\s+){0,3}?(?:to|will|'ll|should)\s+" + _TODO_VERB + r"|" + _TODO_VERB + r")|"
    # the "NS" or "todo" label typed with no colon, a to-do's verb straight after, opening its sentence or after a
    # comma: "NS send invoice details", "..., ns chase the PO", "todo - book the demo"; not "NS Energy", "NS tbd"
    r"(?:^|(?<=[,;]))\s*(?:ns|todo)\s*(?:[-–—]\s*)?(?=" + _TODO_VERB + r"|" + _ASK_VERB + r")"
)

# our own work on the deal, said as going on or due, closing its clause: "contract redline from legal, I'm chasing",
# "I'm building an ROI model for her", "our RFP response is due 14 July"; not "I'm doing well", "I'm writing to
# introduce myself", "their response is due"
_OWN_WORK = re.compile(
    r"\bi(?:'m| am) (?:still )?chasing(?= (?:it|this|that|them|him|her|legal|procurement|the \w+)\b|\s*(?:[.!;)]|$))"
    r"|\bi(?:'m| am) (?:doing|building|preparing|drafting|putting together|pulling together|writing up|working on) "
    r"(?:a|an|the|our|their|her|his|them|him|up)\b(?! (?:bit|lot|favou?r|while)\b)"
    r"|\bour (?:[\w-]+ ){0,3}?(?:response|proposal|quote|submission|bid|deck|answers|questionnaire|pricing)s? "
    r"(?:is|are) due\b"
    # ... or as set for a day ahead: "I'm calling him back next Thursday re pricing", "I'm sending the SOW tomorrow";
    # not "I'm calling to say hi" (no day ahead), "I'm meeting friends tonight" (no one of the deal's)
    r"|\bi(?:'m| am) (?:calling|ringing|phoning|emailing|sending|meeting|visiting|following up) "
    r"(?:him|her|them|back|up|with|the|our|over)\b[^.;!?\n]{0,40}?"
    r"\b(?:tomorrow|tonight|later (?:today|this week)|next (?:week|mon|tue|wed|thu|fri)\w*|"
    r"(?:on |this )?(?:mon|tues|wednes|thurs|fri)day|this (?:afternoon|evening|week))\b"
)
# a to-do line led by an arrow, a verb among its first words: "-> mark Won, schedule onboarding", "=> chase PO";
# not an arrow leading an outcome ("-> they went with Kestrel")
_ARROW_TODO = re.compile(
    r"^\s*(?:->|=>|→|>>)\s*(?:[^\n,;]{0,25}(?:,|\band\b|\bthen\b)\s*)?"
    r"(?:follow up|chase|send|book|schedule|set up|draft|prepare|arrange|call|email|ping)\b"
)


# "NS" typed as a label with no colon, opening a line or a chat message, the step in lower case straight after: "NS
# intro call w/ Mbali", "Vicki: NS architecture review"; not "NS Energy" (a name) nor "NS and ..." (no step)
_BARE_NS = re.compile(
    r"(?:^|(?<=: ))[ \t]*NS(?=[ \t]+(?!(?:and|or|is|are|was|were|has|had|have|said|says)\b)[a-z])", re.M
)


# the label set off by a dash instead, opening a line or a sentence: "ns - pricing sheet", "NS — call Tue", "next
# step -> demo"; not a dash inside a word or name ("DNS - outage", "Mns - x") nor "ns" mid-sentence
_DASH_NS = re.compile(r"(?:^|(?<=[.;!?] )|(?<=: ))[ \t]*(?i:ns|next steps?)[ \t]*(?:-+>?|–|—|=>|→)[ \t]+(?=\w)", re.M)


def colon_bare_ns(text: str) -> str:
    """``text`` with a bare "NS" label given its colon ("NS: intro call"), the form the step readers know; a
    dash after the label ("ns - pricing sheet") written as that colon."""
    text = _DASH_NS.sub(lambda m: m.group(0).rstrip(" \t-–—=>→") + ": ", text)
    return _BARE_NS.sub(lambda m: m.group(0) + ":", text) if "NS " in text else text


def own_work(sentence: str) -> bool:
    """Whether ``sentence`` (lower case) says our work on the deal as going on or due, or is an arrow's to-do."""
    return bool(_OWN_WORK.search(sentence) or _ARROW_TODO.match(sentence))


# with no step of ours said, the customer's decision waiting on an event names what comes next: "he'll decide in
# 3 weeks after he sees the pilot results", "she will sign once legal has reviewed the DPA"; not a decision made
# ("she decided after she saw the demo") nor one with no event ("he'll decide in three weeks")
_GATED_DECISION = re.compile(
    r"\b(?:'ll|will|(?:is|are|'s|'re) going to|plans? to|wants? to|expects? to) (?:\w+ ){0,2}?"
    r"(?:decide|sign|commit|make (?:the|a|their|his|her) (?:final )?(?:decision|call))\b[^.;!?\n]{0,40}?"
    r"\b(?:after|once|when|as soon as) (?:he|she|they|legal|procurement|finance|the \w+|their \w+) "
    r"(?:has |have )?(?:sees?|seen|reviews?|reviewed|gets?|got|reads?|read|checks?|checked|receives?|received) "
    r"(?:the|our|their|his|her|a|an)\b"
)


def gated_decision(sentence: str) -> bool:
    """Whether ``sentence`` (lower case) says the customer decides once an event has happened."""
    return bool(_GATED_DECISION.search(sentence))
