"""A vendor named by a slip of the tongue and corrected at once: "a quote from Quorvia, sorry, I mean Lumora",
"they look at Stackline - no, Brightwave". LABELS.md: the last value wins when the speaker corrects themselves, so
the vendor taken back is no rival of this deal, unless the note names it again without taking it back."""

from __future__ import annotations

import re

from memory.extract.taken_back import taken_back_end

# between the correction and the right name: "sorry, I mean Lumora", "no, it's Lumora", "no - Lumora"
_FILLER = re.compile(r"(?:[\s,:—–-]|\bi mean(?:t)?\b|\bit'?s\b|\bit was\b|\bthe\b)*")


def without_slips(text: str, rivals: list[str]) -> list[str]:
    """``rivals`` less each one whose every mention in ``text`` is taken back, another rival named straight
    after the correction."""
    if len(rivals) < 2:
        return rivals  # a slip needs the right vendor named after it
    low = text.lower()
    heads = {r: r.split()[0].lower() for r in rivals}
    kept = [r for r in rivals if not _always_corrected(low, heads[r], [h for o, h in heads.items() if o != r])]
    return kept if len(kept) < len(rivals) else rivals


def _always_corrected(low: str, head: str, others: list[str]) -> bool:
    """Whether every mention of ``head`` is taken back at once in favour of one of ``others``."""
    at = low.find(head)
    seen = False
    while at != -1:
        end = at + len(head)
        whole = (at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "-")) and not (
            end < len(low) and (low[end].isalnum() or low[end] == "-")
        )
        if whole:
            back = taken_back_end(low, end)
            if back is None:
                return False  # said and meant
            start = _FILLER.match(low, back).end()  # type: ignore[union-attr]  # always matches, maybe empty
            if not any(low.startswith(o, start) for o in others):
                return False  # taken back, but for no other vendor: not a slip between vendors
            seen = True
        at = low.find(head, end)
    return seen
