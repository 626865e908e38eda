"""Rivals struck from a selection, for ``competitor_mentioned`` (signals_rivals.py):

- a decision to strike the rival, told with its infinitive: "so they decided to exclude Lumora from the selection",
  "we opted to drop Quorvia", "the board agreed to remove Tellurix from the shortlist"; or the rival taken out of
  the selection in any voice: "Lumora has been removed from the evaluation", "we took Stackline out of the
  comparison". The rival must be what is struck, not a part of its offer ("decided to exclude the Lumora add-on from
  the scope" strikes a module), and a decision not made yet or asked about strikes nothing;
- our product left as the only one in the running: "MG Advanced is now the only candidate", "GTX Pro is the only
  option left", "only GTX Pro remains". The same words of a rival ("Lumora is the only candidate") put it ahead, and a
  sentence naming a rival beside ours is left to the other cues.
"""

from __future__ import annotations

import re

from agents.insights.cues import COMPETITORS, CONDITIONAL, GENERIC_RIVAL
from agents.insights.signals import negated

_DECIDED = r"(?:decided|chose|opted|agreed|resolved|elected|determined|voted|made the (?:call|decision))"
_STRIKE = (
    r"(?:exclude|drop|eliminate|discard|reject|remove|rule out|strike|cross off|disqualify|deselect|take out|knock out"
    r"|not (?:to )?(?:pursue|shortlist|consider|proceed with|continue with|go ahead with))"
)
_STRUCK = r"(?:excluded|dropped|eliminated|discarded|removed|struck|taken|took|knocked|deselected)"
_SELECTION = (
    r"(?:the |our |their |this |further |any further )?(?:selection|evaluation|shortlist|short-list|short list"
    r"|comparison|process|tender|race|running|consideration|competition|final round|longlist|long list|rfp|rfq)\b"
)


def excluded(sentence: str, name: str) -> bool:
    """The sentence strikes the rival ``name`` itself from the selection, not negated."""
    # the rival, perhaps last in a list of names struck together: "to exclude Quorvia and Lumora"
    others = r"(?:(?:both |all )?(?-i:[A-Z][\w-]+)(?: CRM)?(?:,| and| or)? ){0,3}"
    rival = rf"{others}(?:the )?{re.escape(name)}\b(?!'s|\u2019s| [a-z]+-?(?:on|module|component|part|piece)s?\b)"
    patterns = (
        rf"\b{_DECIDED} (?:to |that they would |that we would |that we'd |that they'd )?{_STRIKE} {rival}",
        rf"\b{_STRUCK} {rival} (?:out of|from|off) {_SELECTION}",
        rf"\b{rival}(?: has| have| had| was| were| is| are)(?: now| also| already)? (?:been )?{_STRUCK}"
        rf"(?: out)? (?:of|from|off) {_SELECTION}",
    )
    for pattern in patterns:
        for m in re.finditer(pattern, sentence, re.IGNORECASE):
            if re.search(rf"\b{re.escape(name)}\b", m.group(0), re.IGNORECASE) is None:
                continue
            # (the match's own "not" is the strike itself: "decided not to pursue Quorvia")
            if not negated(sentence, m.start()) and not sentence.rstrip().endswith("?"):
                return True
    return False


_OURS = r"(?-i:(?:GTX|GTK|MG)(?: (?:Plus|Pro|Basic|Special|Advanced|\d+))*)"
_ALONE_NOUN = r"(?:candidate|option|vendor|supplier|bidder|contender|finalist|solution|product|tool|platform|choice)"
OURS_ALONE = re.compile(
    # "MG Advanced is now the only candidate", "GTX Pro is the sole remaining option", "GTX is the last one standing"
    rf"\b{_OURS} (?:is|was|'s|remains|stays|will be) (?:now |therefore |thus |then |so )?(?:the )?(?:only|sole|single"
    rf"|one and only|last|last remaining) (?:remaining |real |serious |viable )?(?:{_ALONE_NOUN}|one)s?\b"
    # (not the only one of a kind: "the only tool that exports to PDF", "the last product we bought"; "the only
    # candidate in the running" stays)
    r"(?!\s+(?:that|which|who|with|for|of|to|in|on|from|we|I|they|you|he|she|it|our|your|their)\b"
    r"(?!\s+(?:the |our |their )?(?:running|shortlist|short-list|selection|process|table|list|race|tender)\b))"
    # "only MG Advanced remains", "just GTX Pro is left in the running"
    rf"|\b(?:only|just) {_OURS} (?:remains|is left|is still in|stays in|is in the running)\b",
    re.IGNORECASE,
)


def ours_alone(sentence: str) -> bool:
    """Our product told as the only one left, as a fact with no rival named beside it."""
    if any(re.search(rf"\b{re.escape(n)}\b", sentence, re.IGNORECASE) for n in COMPETITORS):
        return False
    if GENERIC_RIVAL.search(sentence) or CONDITIONAL.search(sentence) or sentence.rstrip().endswith("?"):
        return False
    return any(not negated(sentence, m.start(), m.end()) for m in OURS_ALONE.finditer(sentence))
