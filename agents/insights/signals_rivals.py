"""``competitor_mentioned`` found in what the customer said: the vendors they are evaluating now, each judged by the
last word on it (ruled out is out), and what was said about the ones ruled out (a judgement of a rival, not their
tone towards us). Split from signals.py, which holds the reading the finders share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.insights import cues as c
from agents.insights.cues_rivals_elided import elided_bid
from agents.insights.cues_rivals_excluded import excluded, ours_alone
from agents.insights.cues_rivals_tender import ours_picked, still_in, withdrawn
from agents.insights.elsewhere import used_elsewhere
from agents.insights.signals import Evidence, Said, as_evidence, negated, said
from agents.insights.thread import Turn


def competitor(turns: Sequence[Turn]) -> tuple[list[Evidence], list[str]]:
    """Vendors the customer is evaluating now (the last word on each one counts: ruled out is out)."""
    state, _ = _rivals(turns)
    live = {k: v[1] for k, v in state.items() if v[0] == "active"}
    evidence = [as_evidence(s, 0.7 if k == "another vendor" else 0.85) for k, s in live.items()]
    return evidence, sorted(live)


def ruled_out_talk(turns: Sequence[Turn]) -> frozenset[str]:
    """What was said about vendors that end up ruled out ("Verdict on Lumora: still no. Their quoting module is as
    clunky as before"): a judgement of a rival, not the customer's tone towards us."""
    state, talk = _rivals(turns)
    return frozenset(as_evidence(t, 0).quote for k, (verdict, _) in state.items() if verdict == "out" for t in talk[k])


def _rivals(turns: Sequence[Turn]) -> tuple[dict[str, tuple[str, Said]], dict[str, list[Said]]]:
    """Each vendor's last verdict ("active" or "out", with the sentence), and every sentence said about it."""
    state: dict[str, tuple[str, Said]] = {}
    talk: dict[str, list[Said]] = {}
    named: tuple[int, list[str]] = (-1, [])  # the vendors last named in a turn, for "them" further on
    for s in said(turns):
        names = [n for n in c.COMPETITORS if re.search(rf"\b{re.escape(n)}\b", s.sentence, re.IGNORECASE)]
        names = [n for n in names if not any(n != o and n in o for o in names)]  # "Kestrel" inside "Kestrel CRM"
        names = [n for n in names if not only_a_place(s.sentence, n)]  # "our new office is in the Brightwave Tower"
        if not names and c.GENERIC_RIVAL.search(s.sentence):
            names = ["another vendor"]
        names = [n for n in names if not c.RIVAL_QUESTIONED.search(s.sentence[: _where(s.sentence, n)[0]])]
        if names and used_elsewhere(s.sentence):
            names = []  # "marketing uses Stackline for newsletters, a different team": not a rival in this deal
        if not names and named[0] == s.turn.index and _about_them(s.sentence):
            names = named[1]  # "They were our previous provider": the vendor last named in this message
        if names:
            named = (s.turn.index, names)
        elif named[0] == s.turn.index and _rules_them_out(s.sentence):
            for name in named[1]:  # "We sat through the Brightwave demo. Nope. ... We're not going with them."
                state["Kestrel CRM" if name == "Kestrel" else name] = ("out", s)
        elif _chose_us(s.sentence):
            state = {k: ("out", s) for k in state}  # "I've told him we've already chosen you"
        for name in names:
            key = "Kestrel CRM" if name == "Kestrel" else name
            talk.setdefault(key, []).append(s)
            if _ruled_out(s.sentence, name):
                state[key] = ("out", s)
            elif (
                _priced(s.sentence, name)
                or elided_bid(s.sentence, name)
                or still_in(s.sentence)  # "Two other suppliers remain in the process, Lumora and Tellurix"
                or any(not negated(s.sentence, m.start()) for m in c.RIVAL_ACTIVE.finditer(s.sentence))
            ):
                if key in state and state[key][0] == "out" and state[key][1].turn.index == s.turn.index:
                    if not _REOPENED.search(s.sentence):
                        continue  # "We've dropped Tellurix. Their demo looked good, but ...": why, not a reversal
                if not negated(s.sentence, _where(s.sentence, name)[0]):
                    state[key] = ("active", s)
    return state, talk


# a vendor's name inside a place's: "the Brightwave Tower, 5th floor", "Stackline Arena", "Lumora Street"
_PLACE_NOUN = (
    r"(?:tower|towers|building|plaza|centre|center|hotel|street|st|avenue|ave|road|rd|park|arena|stadium|square"
    r"|hall|house|mall|station|airport|campus|bridge|boulevard|blvd|lane|court|gardens|quay|wharf|terminal)"
)


def only_a_place(sentence: str, name: str) -> bool:
    """Whether every mention of ``name`` in ``sentence`` is part of a place's name, not the vendor."""
    found = list(re.finditer(rf"\b{re.escape(name)}\b", sentence, re.IGNORECASE))
    return bool(found) and all(re.match(rf"\s+{_PLACE_NOUN}\b", sentence[m.end() :], re.IGNORECASE) for m in found)


# a money figure: "3,900", "$3900", "3.9k" (not a count or a year: "Stackline: 12 tickets", "Lumora: 2015")
_MONEY = r"(?:[$\u20ac\u00a3]\s?\d[\d,.]*|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?\s?k\b)"


def _priced(sentence: str, name: str) -> bool:
    """The rival's name labels a price, set out as figures side by side ("Brightwave: 3,900. You: 5,482."): a quote
    they hold from it. A figure moved by an arrow is a budget line, not a quote ("Lumora renewal: 4,000 -> 0")."""
    return re.search(rf"\b{re.escape(name)}\s*(?:[:=]|\bat\b)\s*~?{_MONEY}(?!\s*(?:->|\u2192|=>))", sentence,
                     re.IGNORECASE) is not None  # fmt: skip


def _about_them(sentence: str) -> bool:
    """The sentence goes on about the vendor just named: it opens with them, or weighs them up ("We have booked
    their demo for Thursday and will compare the two")."""
    return c.THEY_FIRST.match(sentence) is not None or (
        c.THEIRS.search(sentence) is not None and c.RIVAL_ACTIVE.search(sentence) is not None
    )


def _rules_them_out(sentence: str) -> bool:
    """ "We're not going with them", "they're out of the running": not "not going with you unless you match them"."""
    for out in c.RIVAL_OUT.finditer(sentence):
        for them in c.THEM.finditer(sentence):
            lo, hi = min(out.start(), them.start()), max(out.end(), them.end())
            if hi - lo <= 40 and not re.search(r"\byou\b", sentence[lo:hi], re.IGNORECASE):
                return True
    # a refusal whole in itself, told to us about the rival just named: "We've said thanks, but no thanks.", "I said
    # thanks but no: the decision is made", "I told him no"
    return _REFUSAL.search(sentence) is not None and re.search(r"\byou", sentence, re.IGNORECASE) is None


_REFUSAL = re.compile(
    r"\b(?:thanks,? but no(?: thanks| thank you)?|(?:i|we)(?:'ve| have)? (?:said|told (?:him|her|them|the \w+))"
    r" (?:a )?(?:polite |firm |clear |flat |straight )?no)\b(?!\s*(?:to|further|more|longer|need|one|way|problem"
    r"|worries|rush|idea|decision|date|news|change|doubt)\b)",
    re.IGNORECASE,
)


def _chose_us(sentence: str) -> bool:
    """The customer says they have chosen us, as a fact rather than a condition or a question."""
    if ours_picked(sentence) or ours_alone(sentence):
        return True  # our product named as the pick: "GTX Pro is the preferred supplier", "... the only candidate"
    m = c.CHOSE_US.search(sentence)
    return (m is not None and not negated(sentence, m.start(), m.end()) and not sentence.rstrip().endswith("?")
            and not c.CONDITIONAL.search(sentence))  # fmt: skip


def _where(sentence: str, name: str) -> tuple[int, int]:
    """Where ``name`` (or, for an unnamed rival, its generic phrase) is in the sentence."""
    m = c.GENERIC_RIVAL.search(sentence) if name == "another vendor" else None
    if m is None:
        m = re.search(rf"\b{re.escape(name)}\b", sentence, re.IGNORECASE)
    return (m.start(), m.end()) if m else (0, 0)


def _ruled_out(sentence: str, name: str) -> bool:
    """The sentence rules the vendor out, names it only as the system being left behind, or says we are the one
    ("we used Lumora before; you're the only vendor I'm talking to")."""
    active = list(c.RIVAL_ACTIVE.finditer(sentence))
    start, end = _where(sentence, name)
    left, right = _clause(sentence, start, end)
    own = [m for m in active if left <= m.start() < right]
    if withdrawn(sentence[left:right]) or excluded(sentence, name):
        return True  # "Quorvia was knocked out at the compliance stage", "they decided to exclude Lumora"
    if _chose_us(sentence) or _rival_out(sentence) and not _out_for_another(sentence, name, own, (left, right)):
        return True
    if _DISCLAIMED.search(sentence):
        return False  # "I'm not saying I prefer them, I'm saying ...": a hedge, no verdict on them
    if active and all(negated(sentence, m.start()) for m in active):
        return True  # "not interested in switching to them"
    if c.LEAVING_FROM.search(sentence[:start]):
        return True  # "price the data migration from Stackline": the one being replaced
    # the vendor's own clause says no, whatever the rest says: "not looking at other tools, and the quote is fine"
    return bool(own) and all(negated(sentence, m.start(), m.end()) for m in own)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    right = min((m.start() for m in _CLAUSE_BREAK.finditer(sentence, end)), default=len(sentence))
    return left, right


def _out_for_another(sentence: str, name: str, own: list[re.Match[str]], span: tuple[int, int]) -> bool:
    """Every rival-out cue sits in another vendor's clause while this one's is live: "Lumora is off our list, but
    we're still evaluating Tellurix" (not "we looked at Lumora, but dropped them")."""
    if not own or all(negated(sentence, m.start(), m.end()) for m in own):
        return False
    others = [n for n in c.COMPETITORS if n.lower() not in name.lower() and name.lower() not in n.lower()]
    at = _where(sentence, name)[0]
    for out in c.RIVAL_OUT.finditer(sentence):
        lo, hi = _clause(sentence, out.start(), out.end())
        if (
            span[0] <= out.start() < span[1]
            or out.start() <= at < out.end()
            or not any(re.search(rf"\b{re.escape(n)}\b", sentence[lo:hi], re.IGNORECASE) for n in others)
        ):
            return False
    return True


def _rival_out(sentence: str) -> bool:
    """A rival-out cue that holds: choosing us on a condition ("we'd go with you if you match Lumora's quote")
    leaves the rival in play, and so does a verdict not given yet ("we haven't crossed Tellurix off yet")."""
    return any(
        not (re.search(r"\byou\b", m.group(0), re.IGNORECASE) and c.CONDITIONAL.search(sentence))
        and not negated(sentence, m.start())
        for m in c.RIVAL_OUT.finditer(sentence)
    )


# a vendor ruled out earlier in the same message is back in play only when the customer says so
_REOPENED = re.compile(r"\b(?:again|back in|(?:came|come|coming) back|reconsider\w*|after all|re-?open\w*|revisit\w*"
                       r"|second look|changed (?:my|our) minds?)\b", re.IGNORECASE)  # fmt: skip
# a preference disclaimed rather than denied: "I'm not saying I prefer them", "not that we're leaning to them"
_DISCLAIMED = re.compile(
    r"\b(?:not|n't) (?:saying|suggesting|claiming)\b|\bnot that (?:we|I|they|he|she)\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\bbut\b|\bhowever\b|\bthough\b|\band\b", re.IGNORECASE)
