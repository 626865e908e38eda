"""A criminal cue whose subject is a firm, not a person: "Umbrella Corporation entered a guilty plea on a
federal fraud charge", "the bank was convicted of money laundering". LABELS.md: facts about organisations are
not special-category data.

The firm must be the clause's subject (what opens it), with nothing but its own verb phrase between it and the
cue: no comma, no "who"/"and", and no person (pronoun, role, name) there; "Acme Corp's CFO pleaded guilty" and
"Bob, who left Acme Corp, pleaded guilty" stay someone's."""

from __future__ import annotations

import re

from policies.privacy.persons import refers_to_person

_FIRM = re.compile(
    r"(?:\b(?-i:[A-Z][\w&.'’-]*)(?: (?-i:[A-Z][\w&.'’-]*)){0,3} (?-i:Corporation|Corp\.?|Inc\.?|Incorporated|Ltd\.?|"
    r"Limited|LLC|LLP|plc|PLC|GmbH|AG|SA|S\.A\.|NV|N\.V\.|BV|Company|Co\.|Bank|Group|Holdings)"
    r"|\b[Tt]he (?:company|firm|bank|vendor|supplier|manufacturer|corporation|insurer|lender|carrier|contractor))"
    r"(?!['’]s)\b"
)
_BREAK = re.compile(r"[,;:()]|\b(?:who|whom|whose|and|but|while|whereas)\b", re.IGNORECASE)
# what may open the clause before its subject ("In 2012, ...", "Then the bank ...")
_OPENING = re.compile(r"\s*(?:(?:in|since|back in) \d{4}\s*)?(?:then|also|later|eventually|previously|meanwhile)?\s*")


# German names the inquiry's target with "gegen" ("gegen die Firma wird wegen Preisabsprachen ermittelt")
_AGAINST_A_FIRM = re.compile(
    r"\bgegen (?:die|den|das|eine|einen) (?:\w+ )?(?:Firma|Konzern|Unternehmen|Gesellschaft|Bank|Lieferanten|"
    r"Hersteller|Händler|Anbieter|Kanzlei|Behörde|Stadtwerke|Gruppe)\b",
    re.IGNORECASE,
)


def of_a_firm(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the clause the cue at ``cue_start`` sits in has a firm for its subject, or, in German, a firm
    after "gegen" for its target, with no person between."""
    against = list(_AGAINST_A_FIRM.finditer(text, sentence_start, cue_start))
    if against and not _BREAK.search(text, against[-1].end(), cue_start):
        return not refers_to_person(text[against[-1].end() : cue_start])
    firms = list(_FIRM.finditer(text, sentence_start, cue_start))
    if not firms:
        return False
    firm = firms[-1]
    breaks = list(_BREAK.finditer(text, sentence_start, firm.start()))
    opening = text[breaks[-1].end() if breaks else sentence_start : firm.start()]
    between = text[firm.end() : cue_start]
    return _OPENING.fullmatch(opening) is not None and not _BREAK.search(between) and not refers_to_person(between)
