"""A new prospect named where a rep's own note opens: "Ostrander Dairy Co-op. Ruth Okafor (GM) says ...",
"Sundial Solar Installers, Marco Bellini (head of installs)", "WE WON Tindall & Roe Architects!!",
"harrowgate pumps -- spoke w/ ...".

A note's first words name a person as often as a firm ("Sarah Chen - call went well"), so the opening name
counts only with something that marks it a firm: a word firms are named with ("Co-op", "Hotels", "Credit
Union"), a header's tag before it ("Quick update X:", "Re: X"), what the deal is called after it ("X RFP"), or
the person the note is about named right after it with their role. An "&" alone marks nothing ("Mike & Sally").
"""

from __future__ import annotations

import re

from memory.extract.fields import KNOWN_COMPETITORS
from memory.extract.firm_words import has_firm_word
from memory.extract.products import is_our_product
from memory.extract.roles import ROLE_WORDS

_NAME_WORD = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"  # "Co-op", "O'Neill"
_OPENING_FIRM = rf"{_NAME_WORD}(?: (?:(?:&|and) )?{_NAME_WORD}){{0,3}}"  # one space between: as typed
# what may come before the firm: a voice note's filler, an update's tag, a mail's "Re:", a win or a loss,
# or a line of the rep's own introducing their notes ("note from Hugo (our AE): ", "my notes on top:\n")
_LEAD_IN = (
    r"(?:(?i:voice|audio)[ \t]?(?i:note|memo)[\s.…,:-]*(?:(?i:ok(?:ay)?|so|right|um|uh|er)\b[\s.…,]*)*"
    r"|(?i:we[ \t]+)?(?i:won|lost|signed|closed)[ \t]+"
    r"|[^\n:]{0,60}\b(?i:notes?)\b[^\n:]{0,60}:\s*"
    # ... these two head the note with the firm: the name needs no other mark
    r"|(?P<tag>(?i:(?:quick|short|brief|kurzes|kurze|small)[ \t]+update)(?:[ \t]+(?i:on|re|for|zu|about))?[ \t]+"
    r"|(?i:re|fwd?)[ \t]*:[ \t]*)"
    r")?"
)
# where the firm's name ends: a sentence's end, a colon, a dash, a bar, a bracket, a comma, or the line's end
_END = r"(?:[.!?]+(?=\s|\Z)|[ \t]*(?::|--?|[–—|(,])|[ \t]*(?:\n|\Z))"
# ... or what the rep calls the deal or the thread ("Copperline Utilities RFP.", "Northfold Insurance thread")
_DEAL_NOUNS = ("rfp", "rfq", "tender", "thread", "deal", "opp", "opportunity", "account", "renewal", "pilot")
_DEAL_NOUN = rf"[ \t]+(?i:{'|'.join(_DEAL_NOUNS)})\b"
# ... or what it did, when its name is a firm's ("Orrin Medical Supply is gone", "Kilnworth Ceramics signed")
_VERB = r"[ \t]+(?:is|are|was|were|has|have|had|signed|wants?|said|says|went|chose|needs?|called|rang|confirmed)\b"
_OPENING = re.compile(rf"\A\s*{_LEAD_IN}(?P<firm>{_OPENING_FIRM})(?:(?P<end>{_END})|{_DEAL_NOUN}|(?P<verb>{_VERB}))")
# a person with their role right after: "Deb Aronson (COO)", "Abena Mensah, Director of Grid Ops"
_PERSON_WITH_ROLE = re.compile(
    r"\b[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}[ \t]*(?:\(([^()\n]{2,40})\)|,[ \t]*(?:the[ \t]+)?([^,.\n]{2,40}),)"
)
# all lower case, a name heading the note on its own: "harrowgate pumps -- spoke w/ ...", "pixelmoth studio\n- x"
_LOWER_OPENING = re.compile(r"\A\s*([a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){1,2})(?:[ \t]+--?[ \t]+|[ \t]*\n)")

# first words that name no firm: greetings, sign-offs, time words, our side, the kind of note
_NOT_FIRST = frozenset(
    """call calls meeting notes note log update recap memo quick voice hi hey hello dear re fw fwd subject from
    to cc date sent ourteam our we i the my this that these those today tomorrow yesterday monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august september
    october november december thanks thank please fyi all team folks everyone greetings good great just
    attached see per as here following below also ok okay yes no sorry attention message alert mr mrs ms dr
    when what who how why if not new next last still ladies gentlemen personal confidential like unlike same
    such""".split()
)
# words inside a capitalised run that end the name before them: "Project OZ The deal team"
_NOT_INSIDE = frozenset("the a an for with to from of in on at by ladies gentlemen".split())
_LOWER_STOP = _NOT_FIRST | frozenset(
    "a an and or but so with for of in on at by is are was were be spoke talked met called emailed".split()
)


def opening_firm(text: str) -> str | None:
    """The firm the note opens on, when something marks it a firm; None when unsure."""
    m = _OPENING.match(text)
    if m is None:
        return _lower_opening(text)
    words = m.group("firm").split()
    if len(words) > 1 and words[-1].lower() in _DEAL_NOUNS:
        words = words[:-1]  # "Copperline Utilities RFP."
    name, end = " ".join(words), (m.group("end") or "").strip()
    if not _may_be_firm(name, words) or (end == ":" and _labels_lines(text, name)):
        return None
    if m.group("tag") and m.group("end") is not None and end not in ("(", ","):
        return name  # "Kurzes Update Velmora Textil:", "Re: Moorcroft Haulage"
    if len(words) < 2:
        return None  # "Group,", "Shudeish, I spoke with ...": a greeting
    if has_firm_word(words):
        return name
    if m.group("verb") or "&" in words or "and" in words or end in ("!", "?", "("):
        return None  # "Sarah Chen signed", "Mike & Sally,": people as likely
    if m.group("end") is None or not end:
        return name if m.group("end") is None else None  # "X RFP": the deal noun marks it; a bare line does not
    return name if _person_follows(text[m.end() :], name) else None


def _may_be_firm(name: str, words: list[str]) -> bool:
    if words[0].lower() in _NOT_FIRST or any(w.lower() in _NOT_INSIDE for w in words[1:]):
        return False  # "Thanks Mark", "Project OZ The deal team"
    if is_our_product(name) or any(w.lower() in ROLE_WORDS for w in words):
        return False
    return name not in KNOWN_COMPETITORS and not re.search(r"\d", name)  # a rival, or "Q3", "GTK 500"


def _labels_lines(text: str, name: str) -> bool:
    """Whether ``name`` also labels a later line: a transcript's speaker ("MOSES FRASE: ..."), no firm."""
    return bool(re.search(rf"\n[ \t]*{re.escape(name)}[ \t]*:", text, re.IGNORECASE))


def _person_follows(rest: str, name: str) -> bool:
    """Whether the note's next sentence or two name someone else with a role (the firm's contact)."""
    for m in _PERSON_WITH_ROLE.finditer(rest[:160]):
        role = m.group(1) or m.group(2) or ""
        if name not in m.group(0) and any(w.strip(".,").lower() in ROLE_WORDS for w in role.split()):
            return True
    return False


def _lower_opening(text: str) -> str | None:
    """In a note typed all in lower case, two or three words heading it with a firm's word among them."""
    m = _LOWER_OPENING.match(text)
    if m is None or any(w in _LOWER_STOP for w in m.group(1).split()):
        return None
    words = [w.capitalize() for w in m.group(1).split()]
    return " ".join(words) if has_firm_word(words) else None
