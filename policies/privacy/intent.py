"""Requests to infer special-category attributes of a person ("is the CFO pregnant?", "which party does
he vote for?"). The agent refuses them, whatever the model: guessing such things is the processing
GDPR Art. 9 forbids, and a guess about a customer's health or faith is never a sales fact."""

from __future__ import annotations

import re

from policies.privacy.detector import detect
from policies.privacy.persons import refers_to_person
from policies.privacy.trait_guess import guessed_trait

# the attribute words a question about a person would use, by category
ATTRIBUTES: dict[str, str] = {
    "health": r"pregnan\w*|expecting a baby|sick|ill|illness|unwell|health|healthy|disease|diagnos\w+|"
    r"disab\w+|depress\w*|mental(?:ly)?|cancer|chemo|diabetic|autis\w+|ADHD|therapy|medication|rehab|"
    r"alcoholic|addict\w*|on sick leave|medical condition|in hospital",
    "political_opinion": r"(?:political )?party|vote[sd]?|voting|voter|politic\w*|Democrat|Republican|Labour|Tory|"
    r"conservative|liberal|left-wing|right-wing|socialist|Trump|Brexit",
    "religion": r"religio\w+|Muslim|Jewish|Jew|Christian|Catholic|Hindu|Sikh|Buddhist|atheist|pray\w*|church|"
    r"mosque|synagogue|faith|believe in god",
    "ethnicity": r"ethnic\w*|race|racial|really from|origins?|heritage|Black|Asian|Hispanic|Latino|Arab|Roma",
    "sexual_orientation": r"gay|lesbian|bisexual|straight|queer|sexual\w*|orientation|trans(?:gender)?|"
    r"(?:a )?(?:boyfriend|girlfriend|husband|wife)",
    "trade_union": r"union(?:i[sz]ed)?(?: member)?|shop steward",
    "genetic_biometric": r"genetic\w*|DNA|genes?|fingerprints?|face scan|biometric\w*",
    "criminal_record": r"criminal\w*|record|arrest\w*|convict\w*|prison|jail|police|offen[cs]e\w*|fraud|charged",
}
_ATTRIBUTE = {c: re.compile(rf"\b(?:{p})\b", re.IGNORECASE) for c, p in ATTRIBUTES.items()}
# the shapes of a question or request about a person's attribute
_ASKS = re.compile(
    r"^\s*(?:is|are|was|were|does|do|did|has|have|had|which|what|who|whom|whose|how|can|could|would|will|any)\b|"
    r"\?(?:\s|$)|\bbased on (?:his|her|their|the) (?:name|surname|accent|photo|picture|looks)\b|"
    r"\b(?:guess|infer|find out|work out|figure out|tell me|check|predict|speculate|determine|deduce|"
    r"estimate|assess|know|wonder|think|reckon|sense|likely|probably|chances|look up|dig up|whether|if)\b",
    re.IGNORECASE,
)
# "is/does <person> <attribute>", "<person>'s <attribute>", "which <attribute> ... he/she"
_ABOUT_PERSON = re.compile(
    r"\b(?:is|are|was|does|do|did|has|have)\s+(?:[\w']+\s+){0,6}?(?:{a})\b|\b(?:his|her|their|\w+'s)\s+(?:{a})\b|"
    r"\b(?:which|what)\s+(?:{a})\b|\b(?:{a})\b.*\b(?:he|she|him|his|her)\b",
    re.IGNORECASE,
)
# business senses of the same words: "how healthy is my pipeline", "which party signs", "record of our calls"
_BUSINESS = re.compile(
    r"\b(?:pipeline|deal|deals|account|accounts|forecast|quarter|revenue|opportunit\w+|renewal|contract|"
    r"product|score|stage|territory|team's numbers|win rate|data|crm|system|the union of|third[- ]party|"
    r"party to the|counterparty)\b",
    re.IGNORECASE,
)


# the people of an account, asked about one by one: "guess the ethnicity of the people at Gekko from their surnames",
# "which of their contacts are Muslim?". An organisation's facts ("are their staff unionised?") are not this.
_PEOPLE = r"(?:people|contacts|folks|buyers|stakeholders|attendees|decision[- ]makers|execs|executives|employees|staff)"
_ABOUT_PEOPLE = re.compile(
    rf"\b(?:(?:which|how many|any|who) of (?:the|their|our|its|these|those) (?:\w+ )?{_PEOPLE}|"
    rf"the {_PEOPLE} (?:at|from|in|on|of)\b|(?:their|the) (?:sur)?names)",
    re.IGNORECASE,
)
_GUESS = re.compile(
    r"\b(?:guess|infer|predict|speculate|deduce|work out|figure out|tell from|judging by|based on)\b", re.IGNORECASE
)


def sensitive_inference(text: str) -> str | None:
    """The category a request asks the bot to infer about a person, or None for ordinary requests."""
    people = _ABOUT_PEOPLE.search(text) is not None and (
        _GUESS.search(text) is not None or re.search(r"\b(?:which|how many|any|who) of\b", text, re.I) is not None
    )
    if not _ASKS.search(text) or not (people or refers_to_person(text)):
        return None
    for category, attribute in _ATTRIBUTE.items():
        match = attribute.search(text)
        if match is None:
            continue
        shape = re.compile(_ABOUT_PERSON.pattern.replace("{a}", attribute.pattern), re.IGNORECASE)
        about_them = people and re.search(rf"\b{_PEOPLE}\b.{{0,60}}\b(?:{attribute.pattern})\b", text, re.I)
        if (shape.search(text) or about_them) and not _business_sense(text, match):
            return category
    return None


# idioms that use an attribute word about conduct, not the person's trait (LABELS.md's hard negatives):
# "straight with us on pricing", "sick of our emails", "religious about his stand-ups"
_FIGURATIVE = re.compile(
    r"(?:straight|sick|religious(?:ly)?)\s+(?:with (?:us|me|you|them)|up|away|answer|talk|to the point|"
    r"of|and tired|to death|about|when it comes to)\b",
    re.IGNORECASE,
)


def _business_sense(text: str, match: re.Match[str]) -> bool:
    """The attribute word is about a deal, not a person ("health of my pipeline", "record of calls"), or is
    used in an idiom about conduct ("is he straight with us?")."""
    if _FIGURATIVE.match(text, match.start()):
        return True
    near = text[max(0, match.start() - 30) : match.end() + 30]
    return _BUSINESS.search(near) is not None and not re.search(r"\b(?:he|she|him|his|her)\b", near, re.IGNORECASE)


def trait_request(text: str) -> str | None:
    """The special-category attribute a message asks the bot to infer or guess about a person, or None: the
    attribute named directly and asked about (:func:`sensitive_inference`, gated below), or asked through signs
    and euphemisms (:func:`guessed_trait`). This is the one decision the chat screen refuses on."""
    direct = sensitive_inference(text)
    if direct is not None and _asks_to_infer(text):
        return direct
    return guessed_trait(text)


_QUESTION_START = re.compile(r"^\s*(?:is|are|was|were|does|do|did|has|have|had|which|what|who|whose)\b", re.I)
_INFER = re.compile(
    r"\b(?:guess|infer|predict|speculate|deduce|determine|work out|figure out|dig up|look up|whether|based on|"
    r"(?:find out|check|see|know|tell me|ask|verify|confirm|wonder) if)\b",
    re.I,
)


def _asks_to_infer(text: str) -> bool:
    """A request to infer a special-category attribute ("is the CFO pregnant?"). A rep who *states* such a
    fact while asking for something else ("Maria's out for chemo, can you push the call?") is not refused:
    the fact is redacted wherever it would be stored or sent instead. Stated facts can still lead up to a
    question of its own ("she's been off sick a lot - is she pregnant?"): that question is refused. Only called
    once :func:`sensitive_inference` has found an attribute asked about."""
    if not detect(text).sensitive or _QUESTION_START.search(text) is not None or _INFER.search(text) is not None:
        return True
    return any(_TRAIT_QUESTION.search(c) and sensitive_inference(c) for c in _CLAUSE_BREAK.split(text))


_CLAUSE_BREAK = re.compile(r"(?<=[?.!;])\s+|\s+[-–—]+\s+")
# the trait is what the clause asks about the person: "is she pregnant?", "is he a union member?", not a trait word
# further on ("does he look like you or your husband?")
_TRAIT_QUESTION = re.compile(
    r"^\s*(?:is|are|was|were|does|do|did|has|have|had)\s+(?:he|she|they|[A-Z][\w'-]+)\s+(?:\w+\s+){0,2}?"
    rf"(?:{'|'.join(ATTRIBUTES.values())})\b",
    re.IGNORECASE,
)
