"""Words just before a figure that settle its rank among the note's figures (``amount`` is at its size limit):
a self-correction ("3,300... wait, no, so 4,400") or an order to log it ("so log 73,800") puts it on top, and
an earlier version named as such ("the earlier draft was 1.1M") or one the note says to ignore puts it below the
figures still standing."""

from __future__ import annotations

import re

from memory.extract.numbers import Money

# the writer taking back what came before, then the figure in the same sentence: "wait, no, it's 4 packages, so
# 4,400", "scratch that, 12k", "correction: 9,900"; not "wait for the board" nor "no rush"
_CORRECTED = re.compile(
    r"(?:\b(?:wait|hang on|hold on)\s*(?:[,.…!—–-]|\bno\b)|\bno,? wait\b|\bcorrection\b|\bscratch that\b|"
    r"\bmake (?:that|it)\b|\bi mean\b|\bor rather\b|\bactually,)[^.;!?\n]{0,40}$",
    re.IGNORECASE,
)
# an order to enter the figure in the CRM, opening its clause: "so log 73,800", "- log it as 12k", "please book 40k";
# not "we log 5,000 tickets a month"
_LOGGED = re.compile(
    r"(?:^|[,;:(—–-]\s*|\b(?:so|just|please|then|pls|and)\s+)(?:log|book|enter|record|put down|put in)"
    r"(?: it| this| the(?: (?:amount|deal|value|figure|number))?)?(?: as| at| for)?\s*[$€£]?\s*$",
    re.IGNORECASE,
)


def ordered_logged(text: str, start: int) -> bool:
    """Whether the figure starting at ``start`` is the one the note orders logged ("(log the 14.4k total, not the
    monthly)"): the words around it that would set it aside describe the figure it is chosen over."""
    return _LOGGED.search(text, max(0, start - 60), start) is not None


# a figure named as an earlier version: "the earlier draft was 1.1M", "the original quote of $30k"
_EARLIER = re.compile(
    r"\b(?:earlier|previous|prior|original|initial|old|outdated|superseded)\s+(?:draft|quote|figure|number|price|"
    r"pricing|proposal|offer|estimate|version|bid)\b(?:\s+(?:was|of|at|had it at|came to|came in at|said))?"
    r"\s*[:=]?\s*[$€£]?\s*$",
    re.IGNORECASE,
)


# the note telling to leave the figure just said aside: "(v1 was 10,960 before the discount, ignore that one)",
# "12k - disregard that"; not "ignore that Tellurix said 9k" (a clause follows, not the figure's end)
_IGNORED_AFTER = re.compile(
    r"[^.;!?\n$€£\d]{0,60}?\b(?:ignore|disregard|don't use|do not use|don't log|do not log) (?:that|this|it)"
    r"(?: one| figure| number| quote| price)?(?=\s*(?:[).,;!\n—–-]|$))",
    re.IGNORECASE,
)


def reweigh_cued(text: str, ranked: list[tuple[int, int, Money]]) -> list[tuple[int, int, Money]]:
    """``ranked`` (tier, position in ``text``, figure) with corrected and logged figures raised to the top tier
    said so far (so the later one wins), and figures named as an earlier version lowered below the rest."""
    out = []
    top_so_far = 0
    for tier, pos, money in sorted(ranked, key=lambda r: r[1]):
        before = text[max(0, pos - 60) : pos]
        if tier >= 1 and (_EARLIER.search(before) or _IGNORED_AFTER.match(text, pos + money.end - money.start)):
            tier = 0
        elif tier >= 1 and _LOGGED.search(before):
            tier = max(tier, 2)
        elif tier >= 1 and _CORRECTED.search(before):
            tier = max(tier, top_so_far)
        top_so_far = max(top_so_far, tier)
        out.append((tier, pos, money))
    return out
