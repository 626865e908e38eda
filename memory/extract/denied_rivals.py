"""A vendor the note says is no rival in this deal, though it names it: "Brightwave isn't a competitor here
(it's their programme's name)", "they've never used or looked at Lumora", "our StackSync, nothing to do with
Stackline", "Tellurix isn't part of this conversation", "NorthPeak ... Quorvia ... they never looked at either".
Ruled-out vendors still count ("looked at Lumora last year and passed"): only a denial drops one, and a
denial followed by "but now they're evaluating it" does not."""

from __future__ import annotations

import re

# what the denial says the vendor is not: "isn't a competitor here", "is not really in the running"
_NOT_A_RIVAL = (
    r"['’\"]?\s+(?:isn['’]t|is not|['’]s not|wasn['’]t|was not|aren['’]t|are not)\s+(?:really\s+|actually\s+)?"
    r"(?:(?:a\s+|an\s+|the\s+)?(?:competitor|rival|competing|competition|in the running|in the mix|in contention)\b|"
    # ... no part of this deal: "Tellurix isn't part of this conversation", "is not involved in the deal"
    r"(?:(?:a\s+)?part\s+of|involved\s+in|relevant\s+to|in\s+play\s+(?:in|for))\s+(?:this|the|our)\s+"
    r"(?:\w+\s+)?(?:conversation|discussion|deal|opportunity|evaluation|project|process|bid|tender|decision)\b)"
)
# the customer never having dealt with it: "they've never used or looked at X", "never evaluated X"
_NEVER = (
    r"\bnever\s+(?:(?:used|looked at|considered|evaluated|talked to|spoken to|spoke to|engaged|trialled|trialed|"
    r"approached)(?:,?\s+(?:or|nor|and)\s+|,\s*)?){1,3}\s*"
)
_NOTHING = r"\b(?:nothing to do with|unrelated to|no relation to)\s+"
# the denial said further on in the vendor's line, with no subject or by a pronoun: "Their phones are Tellurix
# (the customer's telephony supplier ...). Not competing with us on this.", "X does their payroll; they're not a rival"
_LATER = (
    r"[^\n]{0,250}?(?:[.!?;(—–][ \t]*|\b(?:they|it)(?:['’]re| are|['’]s| is)\s+)(?:not|never)\s+(?:really\s+)?"
    # ... with us, or in this deal; not on some point ("not competing on price")
    r"(?:competing(?=\s+(?:with us|against us|here|on this|for this|in this)\b|\s*(?:[.;,)!]|$))|a competitor\b|"
    r"a rival\b|in competition\b)"
)
# the denial said by a pronoun after the vendors were named: "NorthPeak ... Quorvia ... they never looked at either"
_NEVER_THEM = re.compile(
    _NEVER + r"(?:either(?: of (?:them|those))?|any of (?:them|those)|both of them)(?=\s*(?:[.;,!?)\n]|$))", re.I
)
_BACK = 400  # how far back of that denial the vendors it stands for may be named
_BUT_NOW = re.compile(
    r"[^.;!?\n]{0,40}?\b(?:but|and|though)\s+(?:now\s+)?(?:(?:they|she|he)(?:['’]re| are| is|['’]s)?|are|is)\s+"
    r"(?:now\s+)?"
    r"(?:also\s+)?(?:evaluating|considering|looking at|getting a quote|trialling|trialing|talking to)",
    re.IGNORECASE,
)


def denied(text: str, vendor: str) -> bool:
    """Whether ``text`` says the vendor ``vendor`` (its first word may stand for it) is no rival in this deal."""
    name = r"\b" + re.escape(vendor.split()[0]) + r"\b"
    if not re.search(name, text, re.IGNORECASE):
        return False
    pattern = re.compile(rf"{name}(?:{_NOT_A_RIVAL}|{_LATER})|(?:{_NEVER}|{_NOTHING}){name}", re.IGNORECASE)
    if any(not _BUT_NOW.match(text, m.end()) for m in pattern.finditer(text)):
        return True
    return _denied_by_pronoun(text, name)


def _denied_by_pronoun(text: str, name: str) -> bool:
    """Whether every naming of the vendor comes shortly before a "never looked at either" and none after it."""
    denials = [m for m in _NEVER_THEM.finditer(text) if not _BUT_NOW.match(text, m.end())]
    if not denials:
        return False
    named = [m.start() for m in re.finditer(name, text, re.IGNORECASE)]
    return all(any(0 < d.start() - at <= _BACK for d in denials) for at in named)
