"""What the rep asked an email to say, so the offline draft carries it: "introducing Violet as their new account
rep", "saying yes, it holds until Jan 31", "congratulating them on the new office", "proposing a demo the week of
Jan 8". Each becomes a sentence addressed to the customer ("their" becomes "your"); a colleague named by first
name is written in full."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable

from agents.drafting import without_courtesy

# a point runs to the end of its clause, or up to the next thing asked: "propose a call ... and ask who ..."
_NEXT_ASK = (r"ask|asking|propose|proposing|suggest|suggesting|offer|offering|tell|telling|let|letting|confirm"
             r"|confirming|mention|mentioning|invite|inviting|remind|reminding|thank|thanking|say|saying")  # fmt: skip
_END = rf"(?=\s+[-–—]\s|[.;!?(]|$|,?\s+and\s+(?:{_NEXT_ASK})\b)"
_ARTICLE = re.compile(r"(?:a|an|the|some|our|my|their|your|one|two|three|four|five|\d+)\b", re.I)
# a word for the message asked of us ("write back saying", "a note ... saying"), not "they came back saying"
_MESSAGE = r"\b(?:write|writing|reply|replying|respond|answer|e-?mail|note|message|draft|letter|mail)\b"
# how the rep says the customer's question has a yes for its answer: "it does", "we do, ..."
_YES_WORDS = r"(?:yes|yep|yup|it does|it can|it is|it will|they do|they can|we do|we can|correct)"
_POINTS: tuple[tuple[re.Pattern[str], Callable[[str], str]], ...] = (
    (re.compile(rf"\bintroduc(?:e|es|ing)\s+(?P<what>(?:[A-Z]|our |my |the )[^.;!?(]*?){_END}"),
     lambda what: f"I'd like to introduce {what}."),
    # the rep introducing themselves: "introducing me as the sales manager overseeing their evaluation"
    (re.compile(rf"\bintroduc(?:e|es|ing)\s+(?:me|myself)\s+(?P<what>as\s[^.;!?(]*?){_END}", re.I),
     lambda what: f"I'd like to introduce myself {what}."),
    (re.compile(rf"\bthank(?:s|ing)?\s+(?:them|him|her|the team|everyone)\s+for\s+(?P<what>[^.;!?(]+?){_END}", re.I),
     lambda what: f"Thank you for {what}."),
    (re.compile(rf"\bthank[- ]you(?:\s+(?:note|email|e-mail|message|letter|card))?\s+(?:to\s+[^.;!?(]+?\s+)?for\s+"
                rf"(?P<what>(?-i:their|his|her|the|signing|renewing|choosing)\b[^.;!?(]*?){_END}", re.I),
     lambda what: f"Thank you for {what}."),
    (re.compile(rf"\bcongratulat(?:e|es|ing)\s+(?:them|him|her|the team|\w+)\s+on\s+(?P<what>[^.;!?(]+?){_END}", re.I),
     lambda what: f"Congratulations on {what}!"),
    # "write back saying ...", not "they came back saying ...": what the customer said is no point to make
    (re.compile(rf"(?:{_MESSAGE}(?:\s+[\w'-]+){{0,4}}?\s+(?:saying|to say|say|explaining)|\btelling (?:them|him|her)"
                rf"|\blet(?:ting)? (?:them|him|her) know)\s+(?:that\s+)?(?P<what>[^;!?(]+?){_END}", re.I),
     lambda what: f"{what[:1].upper()}{what[1:]}."),
    # the message named by what it does: "an email confirming the demo", "write asking whether they'd ..."
    (re.compile(rf"{_MESSAGE}(?:\s+[\w'-]+){{0,4}}?\s+confirming\s+(?:that\s+)?(?P<what>[^;!?(]+?){_END}", re.I),
     lambda what: f"I'm writing to confirm {what}."),
    (re.compile(rf"{_MESSAGE}(?:\s+[\w'-]+){{0,4}}?\s+asking\s+(?:them\s+|him\s+|her\s+)?(?P<what>(?:whether|if)\s"
                rf"[^;!?(]+?){_END}", re.I),
     lambda what: f"I wanted to ask {what}."),
    (re.compile(rf"\bheads[- ]up\s+(?:that|on|about)\s+(?P<what>[^;!?(]+?){_END}", re.I),
     lambda what: f"A quick heads-up: {what}."),
    (re.compile(rf"\b(?:proposing|propose|suggesting|suggest)\s+(?P<what>[^.;!?(]+?){_END}", re.I),
     lambda what: f"I'd like to propose {what}."),
    (re.compile(rf"\boffering\s+(?!(?:them|him|her|you)\b)(?:to\s+)?(?P<what>[^.;!?(]+?){_END}", re.I),
     lambda what: f"I'd like to offer {what}." if _ARTICLE.match(what) or not re.match(r"[a-z]+\b", what)
     else f"I'd be happy to {what}."),
    # "we want offer them a free trial of MG Special": what we offer the customer
    (re.compile(rf"\boffer(?:ing)?\s+(?:them|him|her|you)\s+(?P<what>[^.;!?(]+?){_END}", re.I),
     lambda what: f"I'd like to offer you {what}."),
    # a decision pressed for: "push for a decision by friday", "nudge them towards sign-off before month end"
    (re.compile(rf"\b(?:push|pushing|press|pressing|nudge|nudging|ask|asking|aim|aiming)\s+(?:them\s+|him\s+|her\s+)?"
                rf"(?:for|towards?)\s+(?:a\s+|an\s+|their\s+|the\s+)?(?P<what>(?:final\s+)?(?:decision|answer|go-ahead"
                rf"|go ahead|sign-off|signoff|sign off|signature|commitment|verdict)\b[^.;!?(]*?){_END}", re.I),
     lambda what: f"Could we aim for {_a(what)}?"),
    # a value put right: "the invoice went out with the wrong PO number, correct one is PO-88213"
    (re.compile(r"\bwrong\s+(?P<what>[\w-]+(?:\s+[\w-]+){0,2}?\s*[,;:.]?\s*(?:but\s+|and\s+)?(?:the\s+)?(?:correct"
                r"|right|actual)\s+(?:one\s+|[\w-]+(?:\s+[\w-]+){0,2}?\s+)?(?:is|should be|should have been|=)\s+"
                r"[^,;!?(]+?)(?=[.,;!?(]\s|[.!?]*\s*$|\s+(?:and|but|so)\s)", re.I),
     lambda what: _correction(what)),
    # the customer's question answered by the rep: "X's IT asked whether GTX Pro supports SSO. it does."
    # ... and what the rep adds to the yes: "asked if we have a partner in Brazil. we do, Lumen Partners"
    (re.compile(r"\basked\s+(?:us\s+|me\s+)?(?:whether|if)\s+(?P<what>[^.;!?]+?[.;!?]+\s+" + _YES_WORDS
                + r"\b(?:\s*[,:;–-]\s*[^.;!?]+)?)", re.I),
     lambda what: _answered(what)),
    # a question quoted from their mail, the rep's answer on the line after: "> how long do you keep our data?"
    (re.compile(r"^[ \t]*>[^\n]*\?[ \t]*\n+[ \t]*(?!>)(?P<what>(?!(?:draft|answer|reply|write|respond|pls|please|can "
                r"you|could you|send|thanks)\b)[^.;!?\n]+?)(?=[.;!?]\s|[.;!?]?\s*(?:\n|$))", re.I | re.M),
     lambda what: f"To answer your question: {what}."),
    # a question the rep wants put to them: "... and ask who their admin contact will be" (not "they asked whether")
    (re.compile(rf"(?:^|[.;!?,]\s*|\b(?:and|then|also|please|pls|just)\s+)ask\s+(?:them\s+|him\s+|her\s+)?"
                rf"(?P<what>(?:who|what|when|where|whether|if|which|how)\s[^.;!?(]+?){_END}", re.I),
     lambda what: f"Could you let me know {what}?"),
)  # fmt: skip
_TO_YOU = {"their": "your", "them": "you", "they": "you", "they're": "you're", "theirs": "yours", "his": "your",
           "her": "your", "him": "you", "they'd": "you'd", "they'll": "you'll", "they've": "you've",
           "theyre": "you're", "theyd": "you'd", "theyll": "you'll", "theyve": "you've"}  # fmt: skip


def points(request: str, colleagues: Iterable[str] = ()) -> list[str]:
    """The sentences ``request`` asks the email to contain, in the order asked; none for a plain "follow up"."""
    full = _first_names(colleagues)
    request = without_courtesy(request)  # "... in next week, thank you": said to us, not in the email
    found: list[tuple[int, str]] = []
    for pattern, sentence in _POINTS:
        for m in pattern.finditer(request):
            what = m.group("what").strip(" ,")
            if what and not any(start <= m.start() < start + 200 and what in s for start, s in found):
                found.append((m.start(), sentence(_addressed(what, full))))
    return [s for _, s in sorted(found)]


# weekday and month names, to be capitalised; not "may" (most often the verb)
_DAY_NAMES = re.compile(
    r"\b(" + "|".join(n.lower() for n in (*calendar.day_name, *calendar.month_name[1:]) if n != "May") + r")\b"
)


def _a(what: str) -> str:
    """ "decision by friday" -> "a decision by Friday": the thing pressed for, with its article and day names."""
    what = _DAY_NAMES.sub(lambda m: m.group(1).capitalize(), what)
    return what if re.match(r"(?:your|a|an|the)\b", what) else f"{'an' if what[:1] in 'aeiou' else 'a'} {what}"


def _correction(what: str) -> str:
    found = re.match(r"(?P<noun>.+?)\s*[,;:.]?\s*(?:but\s+|and\s+)?(?:the\s+)?(?:correct|right|actual)\s+(?:one\s+"
                     r"|.+?\s+)?(?:is|should be|should have been|=)\s+(?P<value>.+)", what, re.I)  # fmt: skip
    if found is None:
        return f"A quick correction: {what}."
    noun, value = found.group("noun"), found.group("value")
    return f"A quick correction: the {noun} we gave you was wrong. The correct {noun} is {value}."


def _answered(what: str) -> str:
    """ "we have a partner in Brazil. we do, Lumen Partners" -> the question said as a yes, with what the rep added."""
    question = re.split(r"[.;!?]+\s+", what, maxsplit=1)[0]
    answer = what[len(question) :]
    added = re.split(_YES, answer, maxsplit=1, flags=re.I)
    more = added[1].strip() if len(added) > 1 else ""
    return f"To answer your question: yes, {question}" + (f": {more}." if more else ".")


_YES = r"\b" + _YES_WORDS + r"\b\s*[,:;–-]?\s*"


def subject_for(sentences: list[str]) -> str | None:
    """A subject that says what the email is, when its first point is an introduction or congratulations."""
    first = sentences[0] if sentences else ""
    if first.startswith("I'd like to introduce "):
        return "Introducing " + re.split(r",| as | who ", first.removeprefix("I'd like to introduce "))[0].rstrip(".")
    if first.startswith("Congratulations on "):
        return first.rstrip("!")
    if first.startswith("A quick correction: the "):
        return "Correction: " + first.removeprefix("A quick correction: ").split(" we gave you")[0]
    if first.startswith("As promised on our call"):
        return "Following up on our call"
    return None


def _addressed(text: str, full: dict[str, str]) -> str:
    """Third person about the customer becomes second person; a colleague's first name their full name."""
    words = re.split(r"(\W+)", text)
    out = []
    for i, w in enumerate(words):
        name = full.get(w)
        if name and not (i + 2 < len(words) and words[i + 2] == name.split()[-1]):
            out.append(name)
        else:
            out.append(_TO_YOU.get(w, w))
    return "".join(out)


def _first_names(colleagues: Iterable[str]) -> dict[str, str]:
    names = list(colleagues)
    firsts = [n.split()[0] for n in names if len(n.split()) > 1]
    return {n.split()[0]: n for n in names if len(n.split()) > 1 and firsts.count(n.split()[0]) == 1}
