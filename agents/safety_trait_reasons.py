"""People picked out by a special-category reason for what they do: "which of my reps are skipping the forecast call
for religious reasons? check their calendars and list them", "who's off on medical grounds this week", "how many of
my reps miss saturday calls because of their faith". Answering would mean working out each person's faith or health
(GDPR Art. 9), so agents.safety refuses it as it refuses asking the trait outright; who is skipping a call,
who is off for the holiday, or a reason told about one named person ("Rahim is off for religious reasons, who can
cover his call?") are not this.

Patterns run on each sentence, ``normalised``."""

from __future__ import annotations

import re

from agents.offline.lexicon import normalised

_PEOPLE = (
    r"(?:reps?|people|persons?|folks|team ?mates?|colleagues|staff|employees|members|contacts|buyers|stakeholders"
    r"|attendees|guys|ones|salespeople|sales ?people|aes?|sdrs?|bdrs?|managers?|execs?|executives|users|agents"
    r"|workers|direct reports|reports)"
)
# the people are the unknown asked for: "which of my reps", "who", "anyone who", "list the reps that"
_WHO = (
    rf" (?:(?:which|what|how many|any|list(?: out)?|name|show me|tell me|flag|find|pull) (?:of )?(?:my |our |the |your"
    rf" |their |his |her |these |those |all )?(?:[\w'-]+ )?{_PEOPLE}|who|who'?s|whom|whoever|anyone|anybody|everyone"
    r"|everybody|someone|somebody|names? of)"
)
_TRAIT = (
    # not "political": a deal stalls "for political reasons" inside the customer, which is no one's opinion
    r"(?:religious|religion|faith|faith-based|spiritual|medical|health|health-related|mental health)"
)
_GROUNDS = (
    r"(?:reasons?|grounds|beliefs?|observances?|holidays?|holy days?|obligations?|conditions?|issues?|problems"
    r"|concerns|views|convictions|needs|practices?|requirements)"
)
# the reason is the trait: "for religious reasons", "on medical grounds", "because of their faith"
_REASON = (
    rf"(?:for|on|due to|because of|out of|owing to|over|citing|with) (?:(?:their|his|her|a|an|some|personal|private"
    rf"|the) )?{_TRAIT} {_GROUNDS}"
    r"|(?:because of|due to|owing to|over|for) (?:their|his|her) (?:religion|faith|beliefs|religious beliefs|health"
    r"|medical condition|condition|disability|pregnancy|political views|ethnicity|race|sexuality"
    r"|union membership)"
)
# between the question and the reason: no one already named or pointed at ("while rahim is away", "since she's")
_ASKED = re.compile(rf"{_WHO} (?P<between>(?:[\w'-]+ ){{0,14}}?)(?:{_REASON}) ")
_TOLD_OF_ONE = re.compile(r"(?:^| )(?:he|she|him|his|her|he'?s|she'?s|while|since|as|because|cause|cos) ")
_SENTENCE = re.compile(r"(?<=[.!?;\n])\s*|\s+[-–—]+\s+")


def _asks(s: str) -> bool:
    return any(not _TOLD_OF_ONE.search(m.group("between")) for m in _ASKED.finditer(s))


def picks_out_by_trait(text: str) -> bool:
    """Whether ``text`` asks who does something for a religious, medical or political reason: a list that can only
    be made by working out each person's faith, health or politics."""
    return any(_asks(normalised(s)) for s in _SENTENCE.split(text) if s.strip())
