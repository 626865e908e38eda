"""A count asked for with a size word: "the biggest open deal count", "largest number of wins". The superlative
ranks how many deals there are, not how big one deal is, so it reads as "most"/"fewest"."""

from __future__ import annotations

import re

_MORE = "biggest|largest|highest|greatest|top|max|maximum|most"
_LESS = "smallest|lowest|least|fewest|min|minimum"
_STAGE = r"(?:(?P<stage>open|won|lost|closed|active|live|engaging|prospecting)[- ])?"
_NOUN = r"(?P<noun>deals?|opps?|opportunit(?:y|ies)|wins?|loss(?:es)?)"
_TALLY = re.compile(
    rf" (?:the )?(?P<sup>{_MORE}|{_LESS}) (?:{_STAGE}{_NOUN}[- ](?:count|counts|tally)"
    # "biggest number of deals": "biggest" alone would ask for the largest single deal
    rf"|(?:number|count|tally) of {_STAGE.replace('stage', 'stage2')}"
    r"(?P<noun2>deals|opps|opportunities|wins|losses))(?= )"
)
_PLURAL = {"deal": "deals", "opp": "opps", "opportunity": "opportunities", "win": "wins", "loss": "losses"}


def as_most(t: str) -> str:
    """``t`` (a normalised message) with a superlative count as "most"/"fewest" ... deals."""

    def plain(m: re.Match[str]) -> str:
        word = "fewest" if m.group("sup") in _LESS.split("|") else "most"
        stage = m.group("stage") or m.group("stage2")
        noun = m.group("noun") or m.group("noun2")
        return f" the {word} {stage + ' ' if stage else ''}{_PLURAL.get(noun, noun)}"

    return _TALLY.sub(plain, t)
