"""How a tender reports its bidders, for ``competitor_mentioned`` (signals_rivals.py):

- a rival still in the running, told as the process tells it: "Two other suppliers remain in the process, Lumora and
  Tellurix", "the other finalists are X and Y", "X has also made the final round" (cues.RIVAL_ACTIVE wants a bid,
  demo or shortlist word);
- a rival out because the process knocked it out or it withdrew: "Quorvia was knocked out at the compliance stage",
  "Stackline withdrew their bid last week", "Lumora pulled out of the tender";
- our own product named as the tender's pick: "GTX Pro is the preferred supplier", "the award goes to MG Advanced".
  The rivals named before are then out, as when they say they have chosen us; the same words about a rival ("Lumora
  is the preferred supplier") are a rival ahead, and a sentence naming a rival beside our pick is left to the other
  cues.
"""

from __future__ import annotations

import re

from agents.insights.cues import COMPETITORS, CONDITIONAL, GENERIC_RIVAL
from agents.insights.signals import negated

# a bidder still in: "remain in the process", "still in the race", "through to the final round", "the other finalists"
STILL_IN = re.compile(
    r"\b(?:remains?|remaining|still|also|are|is|were|was|go(?:es)? (?:through|forward)|progressed|got|gone|went"
    r"|made it|qualified)(?: (?:still|also|now|both|all))? (?:in(?:to)?|through to|on to|onto)"
    r" (?:the )?(?:process|race|final (?:round|stage|phase|shortlist)|last (?:round|stage)|next (?:round|stage)"
    # (not a thing under way: "our competitors are in the process of merging")
    r"|contention|competition|tender|procurement)\b(?! of\b)"
    r"|\b(?:also |too )?(?:made|reached|makes|reach) (?:the )?(?:final|last|next) (?:round|stage|phase|shortlist)\b"
    r"|\b(?:the )?(?:other|remaining|fellow) finalists?\b|\bfinalists? (?:are|is|include|including)\b",
    re.IGNORECASE,
)
# a bidder gone by the process or its own hand (an auxiliary or the rival's name before it: "was knocked out")
WITHDRAWN = re.compile(
    r"\b(?:was|were|has been|have been|got|been|is|are)(?: now| also| already)? (?:knocked out|eliminated"
    r"|disqualified|screened out|excluded)\b"
    r"|\b(?:withdr[eao]w\w*|pulled|dropped|bowed) (?:out|their bid|its bid|their offer|its offer|their tender"
    r"|their proposal|its proposal|their submission)\b|\bwithdr[eao]w\w* (?:from )?(?:the|their|its) (?:bid"
    r"|tender|process|offer|proposal|submission|race)\b|\bpulled out of\b|\bdropped out of\b",
    re.IGNORECASE,
)
# our product named as the tender's pick: "GTX Pro is the preferred supplier", "they selected MG Advanced"
_OURS = r"(?-i:(?:GTX|GTK|MG)(?: (?:Plus|Pro|Basic|Special|Advanced|\d+))*)"
_PICK = (r"(?:the |our )?(?:preferred|selected|chosen|winning|successful|recommended|first-choice) (?:supplier|vendor"
         r"|bidder|tenderer|option|solution|provider|choice|bid|offer|tool|platform|product)")  # fmt: skip
OUR_PICK = re.compile(
    rf"\b{_OURS} (?:is|was|has been|'s|will be|remains) (?:now |officially |formally |clearly )?{_PICK}\b"
    # in the passive: "GTX Pro has been selected as the preferred supplier", "MG Advanced was awarded the contract"
    rf"|\b{_OURS} (?:has been|have been|was|were|got|is) (?:now |officially |formally )?(?:selected|chosen|picked"
    r"|appointed|awarded)\b"
    rf"|\b(?:selected|chose|chosen|picked|opted for|decided on|settled on|gone with|going with|went with"
    rf"|award(?:ed|ing)? (?:the (?:contract|tender|deal|business) |it )?to|award (?:goes|went) to) (?:the )?{_OURS}\b"
    rf"|\b{_OURS}\b[^.;]{{0,20}}\b(?:won|wins|has won|came out (?:on top|first)|ranked first|scored highest)\b",
    re.IGNORECASE,
)


# we are the ones still in: "so only you remain in the process", "your company has made the final round"
_US_BEFORE = re.compile(r"\b(?:only |just )?(?:you|your (?:company|firm|team|bid|offer|proposal|submission))"
                        r"(?: alone| only)?(?:'re| are| have| has)?\s*$", re.IGNORECASE)  # fmt: skip
_CLAUSE = re.compile(r"[,;:()\u2014]|\b(?:but|so|and|while|whereas)\b", re.IGNORECASE)


def still_in(sentence: str) -> bool:
    """A rival named here is said to be still in the tender: not negated ("Lumora didn't make the final round"), nor
    said of us ("only you remain in the process")."""
    for m in STILL_IN.finditer(sentence):
        clause = _CLAUSE.split(sentence[: m.start()])[-1]
        if not negated(sentence, m.start(), m.end()) and not _US_BEFORE.search(clause):
            return True
    return False


def withdrawn(clause: str) -> bool:
    """The clause that names the rival says the tender knocked it out or it withdrew, not negated."""
    return any(not negated(clause, m.start(), m.end()) for m in WITHDRAWN.finditer(clause))


def ours_picked(sentence: str) -> bool:
    """Our product named as the pick, as a fact with no rival named beside it."""
    if any(re.search(rf"\b{re.escape(n)}\b", sentence, re.IGNORECASE) for n in COMPETITORS):
        return False
    if GENERIC_RIVAL.search(sentence) or CONDITIONAL.search(sentence) or sentence.rstrip().endswith("?"):
        return False
    return any(not negated(sentence, m.start(), m.end()) for m in OUR_PICK.finditer(sentence))
