"""A customer not in the CRM yet (a new prospect), read from where a note puts its customer: a transcript's
header, a log line's heading, a table row's first cell, a mail's signature or a speaker's label.

Only the note's structure counts, never a capitalised word anywhere: people, products, our own firm and
rivals are named all over a note, but a note's heading or a signature's company line names the customer."""

from __future__ import annotations

import re

from memory.extract.opening_firm import opening_firm
from memory.extract.products import is_our_product
from memory.extract.roles import ROLE_WORDS, valid_role

# a firm's name: capitalised words, joined by "&" or "and" ("Kaplan & Sons Hardware", "Sakura Rail Services")
_WORD = r"[A-Z][\w'’.-]*"
_FIRM = rf"{_WORD}(?:[ \t]+(?:(?:&|and)[ \t]+)?{_WORD}){{0,3}}"
# where a heading's name ends: a dash, bar, colon, comma, bracket, an emoji, a full stop or the line's end
_NAME_END = r"[ \t]*(?:[-–—|:,(\[]|[^\w\s&'’.]|\.(?=\s)|$)"

# "[Call transcript - Sakura Rail Services - 18 Jan 2017, 08:30]"
_TRANSCRIPT = re.compile(
    rf"\A\s*\[[^\]\n]*?\b(?:transcript|call|meeting|notes?)\b[^\]\n]*?[-–—:][ \t]*({_FIRM})[ \t]*[-–—,\]]"
)
# "log: Pembe Kahve Roasters - ...", "call notes: Okonkwo Agro —", "Okonkwo Agro | MG Special | ..."
# ... after a tag saying the firm is new: "log: NEW LOGO (not in crm yet) — Oduya Logistics", "New prospect: X"
_NEW_TAG = (
    # ... or a bare "NEW" (or "New") tag, a dash or colon after it: "NEW - Corvane Robotics, not in CRM."
    r"(?:(?:(?i:new (?:logo|prospect|lead|account|customer|business|biz))|NEW|New(?=[ \t]*[:–—-]))[ \t]*"
    # ... said of it in brackets or after a comma: "new logo (not in crm yet) -", "new logo, not in CRM -"
    r"(?:\([^)\n]{0,40}\)|,(?:[^\n:–—|()-]|-(?=\w)){1,30}?)?[ \t]*[:–—|-][ \t]*)?"
)
_HEADING = re.compile(
    rf"\A\s*(?:(?i:log|notes?|call notes?|meeting notes?|visit notes?|update|recap|memo)[ \t]*[:–—-][ \t]*)?"
    rf"{_NEW_TAG}({_FIRM}){_NAME_END}",
    re.MULTILINE,
)
# a note opening by saying its firm is not in the CRM yet, the firm after a colon or dash: "New lead, not in CRM
# yet: Hallam Ropeworks (...)", "Brand new one, not in the CRM - X.", "pas encore dans le CRM : X", "noch nicht im
# CRM: X"; the tag may close with "!" or a bracket: "NEW LEAD (not in CRM!) — Harrow Glass & Frame"
_NOT_IN_CRM = re.compile(
    r"\A[^\n]{0,60}?(?i:not (?:yet )?in (?:the |our )?crm|pas (?:encore )?dans (?:le |notre )?crm|"
    r"no (?:está|esta) (?:todavía |todavia |aún |aun )?en (?:el )?crm|(?:noch )?nicht im crm)(?i:[ \t]+yet)?[!.]*\)?"
    r"[ \t]*(?::|[–—]|[ \t]-)[ \t]*([A-Z][\w'’-]*(?:[ \t]+(?:(?:&|and)[ \t]+)?[A-Z][\w'’-]*){0,3})"  # no dot: it ends
    + _NAME_END
)
# (capitalised too: "Meeting note - Brannock Cold Storage (new logo)")
_HEADING_KIND = re.compile(r"\A\s*(?i:log|notes?|call notes?|meeting notes?|visit notes?|update|recap|memo)\s*[:–—-]")
# a bare opening heading that places the firm, a sentence of its own: "Transportes Ribeiro (Porto). Luís ..."; a
# title in the brackets makes it a person ("Sarah Chen (CFO).", checked in ``_by_header``)
_PLACED = re.compile(rf"\A\s*({_FIRM})[ \t]*\(({_WORD}(?:[ \t]+{_WORD}){{0,2}})\)[ \t]*(?:\.(?=\s)|\n)")
_ROW = re.compile(rf"\A\s*({_FIRM})[ \t]*\|")
# a mail's last lines: the sender's name, then "Title, Firm" ("Procurement Manager, Halvorsen Marine")
# (or the title and the firm on lines of their own: "Group Practice Director\nAldersgate Veterinary Partners")
_SIGNATURE = re.compile(
    rf"\n[ \t]*{_WORD}(?:[ \t]+{_WORD}){{1,3}}[ \t]*\n[ \t]*([^\n]{{2,80}})(?:,|[ \t]*\n)[ \t]*({_FIRM})\s*\Z"
)
# ... also when the rep's own line or two follow it below a rule: "...Marrow & Vine Catering\n\n----\nlog it"
_BELOW_RULE = re.compile(r"\n[ \t]*(?:-{2,}|_{2,}|={2,})[ \t]*(?:\n[^\n]{0,120}){0,3}\Z")
# a transcript speaker's label: "Kenji Watanabe (General Manager, Procurement, Sakura Rail Services):"
_LABEL = re.compile(rf"^[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,3}}[ \t]*\(([^()\n]{{2,80}}),[ \t]*({_FIRM})\)[ \t]*:", re.M)

# a voice note's opening, said aloud: "Voice note for Viñedos Altamira.", "Voice memo re Okonkwo Agro - ..."; the
# firm after a preposition or a dash, closing its sentence (after a comma it may be any word: "Voice note, Right")
_SPOKEN_WORD = r"[A-Z][\w'’-]*"  # no dot: a spoken sentence ends on it ("for Acme. Call Jo")
_VOICE = re.compile(
    r"\A\s*(?i:voice|audio)[ \t]?(?i:note|memo|message|recording)[ \t]*(?:[-–—:][ \t]*|[ \t]+(?i:for|re|about|on|"
    rf"regarding)[ \t]+)({_SPOKEN_WORD}(?:[ \t]+(?:(?:&|and)[ \t]+)?{_SPOKEN_WORD}){{0,3}})[ \t]*"
    r"(?:[.!:–—-](?=\s)|\n|[.!]?\Z)"
)
# ... but the one the note is for is a person when a pronoun picks them up: "Voice note for Jorge Peña. He's keen"
_PERSON_NEXT = re.compile(r"\A[^\w]*(?:he|she|his|her|him)\b", re.IGNORECASE)

# words that open a note but name no firm: "Call with ...", "Quick update", greetings, days
_NOT_FIRM = frozenset(
    "call calls meeting notes note log update recap memo quick voice hi hey hello dear re fw fwd subject from to "
    "cc date sent ourteam our we i the my this today tomorrow monday tuesday wednesday thursday friday "
    "yesterday".split()
)


def structural_account(text: str) -> str | None:
    """The customer named by the note's structure, when no known account is named; None when unsure."""
    found_by = (_by_label, _by_signature, _by_header, _new_opening, _by_intro, opening_firm)
    for found in (read(text) for read in found_by):
        if found:
            return found
    return None


def _by_header(text: str) -> str | None:
    voice = _VOICE.match(text)
    if voice and not _PERSON_NEXT.match(text[voice.end() :]):
        return _firm(voice.group(1))
    m = _TRANSCRIPT.match(text) or _ROW.match(text) or _not_in_crm(text)
    placed = _PLACED.match(text)
    if m is None and placed and not _is_title(placed.group(2)) and not _PERSON_NEXT.match(text[placed.end() :]):
        m = placed
    if m is None and _HEADING_KIND.match(text):
        m = _HEADING.match(text)  # a bare capitalised opening ("Sarah Chen - ...") may be a person: need "log:"
        titled = m and _TITLED_AFTER.match(text, m.end(1))
        if titled and _is_title(titled.group(1)):
            return None  # "Meeting notes - Sarah Chen (CFO)": a person heads the note
    return _firm(m.group(1)) if m else None


def _not_in_crm(text: str) -> re.Match[str] | None:
    """The firm named after the note's "not in the CRM yet:" tag; a title after the name makes it a person
    ("not in CRM: Jo Hart (CFO)")."""
    tagged = _NOT_IN_CRM.match(text)
    titled = _TITLED_AFTER.match(text, tagged.end(1)) if tagged else None
    return None if titled and _is_title(titled.group(1)) else tagged


def declared_prospect(text: str) -> str | None:
    """The firm a note opens by declaring new, not in the CRM yet: "New lead, not in the CRM: Fennimore Bakeries.",
    "New prospect: Harbour Kilns -"; None when a title after the name makes it a person."""
    m = _not_in_crm(text) or _NEW_OPENING.match(text)
    titled = _TITLED_AFTER.match(text, m.end(1)) if m else None
    return None if m is None or (titled and _is_title(titled.group(1))) else _firm(m.group(1))


# (no dot in the name: "NEW: Tessaly Foods. Bo Lind (CFO)" ends it at "Foods")
_NEW_OPENING = re.compile(
    rf"\A\s*{_NEW_TAG.removesuffix('?')}({_SPOKEN_WORD}(?:[ \t]+(?:(?:&|and)[ \t]+)?{_SPOKEN_WORD}){{0,3}}){_NAME_END}"
)


def _new_opening(text: str) -> str | None:
    """The firm a note tags new as it opens ("New prospect: Harbour Kilns -", "NEW - Corvane Robotics,"), when no
    known account is named; not a person after the tag ("New lead: Ida Moss. She runs ...")."""
    m = _NEW_OPENING.match(text)
    if m is None or _PERSON_NEXT.match(text[m.end() :]):
        return None
    titled = _TITLED_AFTER.match(text, m.end(1))
    return None if titled and _is_title(titled.group(1)) else _firm(m.group(1))


# a title in brackets or between commas straight after the name: "Sarah Chen (CFO)", "Sarah Chen, head of ops,"
_TITLED_AFTER = re.compile(r"[ \t]*[(,][ \t]*((?:[\w&/-]+[ \t]*){1,4})[),]")


def _by_signature(text: str) -> str | None:
    text = text.rstrip()
    m = _SIGNATURE.search(text) or _SIGNATURE.search(_BELOW_RULE.sub("", text).rstrip())
    return _firm(m.group(2)) if m and _is_title(m.group(1)) else None


def _by_label(text: str) -> str | None:
    """The firm a speaker who is not ours speaks for ("(ourteam)" labels our side)."""
    for m in _LABEL.finditer(text):
        if _is_title(m.group(1)) and (firm := _firm(m.group(2))):
            return firm
    return None


# the writer introducing themselves by title at their firm: "I am Directora de Operaciones at Textiles Marisol in
# Puebla", "I'm the fleet manager with Kaplan Haulage."
_INTRO = re.compile(
    r"\b(?i:i am|i'm|i work as)[ \t]+(?:(?i:the|a|an)[ \t]+)?([^,.;:!?\n]{2,50}?)[ \t]+(?i:at|with|for)[ \t]+"
    rf"({_FIRM})(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?i:in|based|here)\b)"
)


# a verb with its particle, or one of standing in, before the firm: "I'm setting up a meeting with counsel for X",
# "I'm Bureau Chief Tom Reyes filling in for X" say what the writer does, not their title at the firm
_DOING = re.compile(
    r"\b\w+ing\s+(?:in|up|on|out|for|with|to|at|over|a|an|the)\b|\b(?:fill|stand|sitt|cover|deputi[sz])ing\b", re.I
)


def _by_intro(text: str) -> str | None:
    for m in _INTRO.finditer(text):
        if _DOING.search(m.group(1)) or not valid_role(m.group(1)):
            continue
        if firm := _firm(m.group(2)):
            return firm
    return None


def _is_title(words: str) -> bool:
    """Whether ``words`` hold a job title ("General Manager, Procurement"): the firm follows it."""
    return any(w.strip(",.").lower() in ROLE_WORDS for w in words.split())


def _firm(name: str) -> str | None:
    name = name.strip(" \t.,")
    words = name.split()
    if not words or words[0].lower() in _NOT_FIRM or words[-1] in ("&", "and"):
        return None
    if is_our_product(name) or any(w.lower() in ROLE_WORDS for w in words):
        return None  # "GTX Basic", "Head of Sales": a product or a title, no customer
    return name
