"""Topical risk reasons found in what the customer said: competitor, budget, stakeholder, timeline, pricing.

Each finder reads the customer's sentences (and our notes, which report what they said) in time order and
returns :class:`Evidence`: the sentence quoted, its date, and how strongly it supports the reason. This module
holds the competitor, budget and pricing finders and the reading they share; signals_people.py holds the
stakeholder one and signals_timeline.py the timeline one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from agents.insights import cues as c
from agents.insights import cues_budget as cb
from agents.insights import cues_pricing as prices
from agents.insights.conditions import supposed
from agents.insights.cues_budget_restored import restored_after_cut
from agents.insights.cues_budget_source import good_news_move
from agents.insights.cues_pricing_lines import NOT_OUR_PRICE, PRICE_LINES
from agents.insights.cues_pricing_verdicts import PRICE_VERDICTS
from agents.insights.loanwords import in_english
from agents.insights.thread import Turn, split_sentences, without_denied

# in our notes: our own actions, and our own guesses ("Also I think our price is steep", "No idea if they're
# talking to Quorvia"), which are not what the customer said
_OUR_OWN_WORDS = re.compile(
    r"^(?:(?:Also|And|But|Plus|So|Still|Personally|Honestly|Frankly),? )?(?:I|We|I'll|I've|I'd|We'll|We've|Sent"
    r"|Sending|Will send|Told|Explained|Offered|Promised|Shared|Followed up|Left|No idea|Not sure|Unclear|Maybe"
    r"|Might|My (?:guess|hunch|gut|sense))\b"
)
# in our notes "our budget" is ours unless their words are quoted ("Cara says our demo budget is frozen" is ours)
_OUR_MONEY = re.compile(r"\b(?:our|my)(?: own)?(?: [\w-]+){0,2} (?:budget|money|funds|funding|spend)\b", re.I)
# quotation marks that open (before a word) and close (after one) reported speech; apostrophes sit between letters
_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s:(\u2014-]))[\"'\u201c\u2018](?=\w)")
_CLOSE_QUOTE = re.compile(r"(?<=[\w.!?,])[\"'\u201d\u2019](?=\s|$|[.,;:!?)\u2014-])")
_REPORTED = re.compile(r"[\"\u201c\u2018]|\bquote\b", re.I)


@dataclass(frozen=True)
class Evidence:
    """One quoted sentence that supports a reason."""

    quote: str
    on: date
    source: str  # email, call or note
    weight: float


@dataclass(frozen=True)
class Said:
    sentence: str  # borrowed business words put into English, for the finders
    turn: Turn
    written: str = ""  # the sentence as the customer wrote it, for the quote


def said(turns: Sequence[Turn]) -> Iterator[Said]:
    """Every sentence of the turns in time order; in our notes, sentences about our own actions are skipped,
    unless they are inside the customer's words we quote ("Paraphrasing: 'Not at that price. We'd need ...'")."""
    for turn in sorted(turns, key=lambda t: t.at):
        open_quotes = 0  # how many quotations are open where the sentence starts
        for sentence in without_denied([*split_sentences(turn.text), *split_sentences(turn.forwarded)]):
            if turn.source == "note" and not open_quotes and _OUR_OWN_WORDS.match(sentence):
                continue
            yield Said(in_english(sentence), turn, sentence)
            opened, closed = len(_OPEN_QUOTE.findall(sentence)), len(_CLOSE_QUOTE.findall(sentence))
            open_quotes = max(0, open_quotes + opened - closed)


def negated(sentence: str, start: int, end: int | None = None) -> bool:
    """A negation in the same clause within five words before ``start`` (or inside the match)."""
    before = re.split(r"[,;:()\u2014]|\bbut\b|\bhowever\b|\bthough\b", sentence[:start])[-1]
    window = " ".join(before.split()[-5:])
    inside = sentence[start:end] if end is not None else ""
    return c.NEGATORS.search(window) is not None or c.NEGATORS.search(inside) is not None


def cue_weight(sentence: str, table: Sequence[c.Cue]) -> float:
    """The strongest cue of ``table`` in ``sentence`` that is not negated (0 when none)."""
    best = 0.0
    for item in table:
        for m in item.pattern.finditer(sentence):
            if item.negatable and negated(sentence, m.start(), m.end()):
                continue
            best = max(best, item.weight)
    return best


def says(pattern: re.Pattern[str], sentence: str) -> bool:
    """``pattern`` is in the sentence and not negated before it ("I can't get it approved as it stands" does
    not say the price is approved)."""
    return any(not negated(sentence, m.start()) for m in pattern.finditer(sentence))


def as_evidence(s: Said, weight: float) -> Evidence:
    return Evidence(" ".join((s.written or s.sentence).split()), s.turn.day, s.turn.source, weight)


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
        if not names and c.GENERIC_RIVAL.search(s.sentence):
            names = ["another vendor"]
        names = [n for n in names if not c.RIVAL_QUESTIONED.search(s.sentence[: _where(s.sentence, n)[0]])]
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
            elif any(not negated(s.sentence, m.start()) for m in c.RIVAL_ACTIVE.finditer(s.sentence)):
                if key in state and state[key][0] == "out" and state[key][1].turn.index == s.turn.index:
                    if not _REOPENED.search(s.sentence):
                        continue  # "We've dropped Tellurix. Their demo looked good, but ...": why, not a reversal
                if not negated(s.sentence, _where(s.sentence, name)[0]):
                    state[key] = ("active", s)
    return state, talk


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
    if _chose_us(sentence) or _rival_out(sentence) and not _out_for_another(sentence, name, own, (left, right)):
        return True
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
    for out in c.RIVAL_OUT.finditer(sentence):
        lo, hi = _clause(sentence, out.start(), out.end())
        if span[0] <= out.start() < span[1] or not any(
            re.search(rf"\b{re.escape(n)}\b", sentence[lo:hi], re.IGNORECASE) for n in others
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
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\bbut\b|\bhowever\b|\bthough\b|\band\b", re.IGNORECASE)


def budget(turns: Sequence[Turn]) -> list[Evidence]:
    """Money on the customer's side frozen, cut, reallocated or unavailable (unless later released, or the same
    message says this deal's money is safe)."""
    found: list[Evidence] = []
    safe = {s.turn.index for s in said(turns) if says(cb.BUDGET_SAFE, s.sentence) and not _budget_cue(s.sentence)}
    funded = {s.turn.index for s in said(turns) if says(cb.BUDGET_FUNDED, s.sentence) and not _budget_cue(s.sentence)}
    asked: tuple[Said, float] | None = None  # a cue in our question they repeat: it counts only if they say yes
    for s in said(turns):
        if _budget_resolved(s.sentence):
            found = []
            continue
        if s.turn.index in safe or says(cb.BUDGET_SAFE, s.sentence):
            continue  # "the freeze doesn't affect our project"
        if s.turn.index in funded and cb.OTHER_SCOPE.search(s.sentence):
            continue  # this deal is funded; the money missing is for a later phase
        if s.turn.source == "note" and _OUR_MONEY.search(s.sentence) and not _REPORTED.search(s.sentence):
            continue  # "our own travel budget is frozen": ours, not the customer's
        if asked and asked[0].turn.index == s.turn.index and cb.ANSWER_YES.match(s.sentence):
            found.append(as_evidence(*asked))  # "You asked whether the budget was cut. Sadly, yes."
        asked = (s, a) if (a := _budget_cue(s.sentence, asked=True)) else None
        weight = _budget_cue(s.sentence)
        if weight:
            found.append(as_evidence(s, weight))
    return found


def _budget_resolved(sentence: str) -> bool:
    """The money is there after all ("budget approved in full"), said plainly rather than negated or hoped for; a
    freeze lifted resolves even though it names the freeze ("finance ended the spending freeze")."""
    if sentence.rstrip().endswith("?"):
        return False  # "Is the freeze over yet?" asks
    return any(not negated(sentence, m.start(m.lastgroup or 0))
               and (m.lastgroup in ("lift", "lifted", "lifted_") or not _budget_cue(sentence)
                    or restored_after_cut(sentence, m.start(m.lastgroup or 0), _budget_cue))
               and not cb.NOT_YET.search(m.group(0)) and not _PENDING.search(_clause_before(sentence, m.start()))
               for m in cb.BUDGET_RESOLVED.finditer(sentence))  # fmt: skip


# a resolution only awaited: "once the 2018 budget is confirmed", "if the freeze is lifted"
_PENDING = re.compile(r"\b(?:once|if|unless|until|till|whether|as soon as|in case)\b(?: [\w'-]+){0,4}\s*$", re.I)


def _clause_before(sentence: str, start: int) -> str:
    return re.split(r"[,;:()\u2014]|\bbut\b|\bso\b|\band\b", sentence[:start])[-1]


def _budget_cue(sentence: str, *, asked: bool = False) -> float:
    """The strongest budget cue whose money is the customer's own, not their clients' or the market's; with
    ``asked``, only the cues inside a question of ours the customer repeats ("You asked whether the freeze ...")."""
    best = 0.0
    for item in cb.BUDGET:
        for m in item.pattern.finditer(sentence):
            clause = re.split(r"[,;:()\u2014]|\bbut\b|\bso\b|\bwhile\b", sentence[: m.start()])[-1]
            if item.negatable and negated(sentence, m.start(), m.end()) or cb.others_money(clause, m.group(0)):
                continue
            if supposed(sentence, m.start()):
                continue  # "if our budget were cut in some future year, ...": a case planned for
            if cb.OTHERS_MONEY_AFTER.match(sentence, m.end()):
                continue  # "the spending freeze in the press": someone else's, named before it
            if good_news_move(sentence, m.start(), m.end()):
                continue  # money moved onto this purchase, or spend stopped on the tool they are leaving
            if cb.COST_PROGRAMME.fullmatch(m.group(0)) and cb.COST_MOTIVE.search(sentence):
                continue  # our product serves their cost-cutting: a reason to buy
            if bool(cb.ASKED_BACK.search(sentence, 0, m.start())) == asked:
                best = max(best, item.weight)
    return best


def pricing(turns: Sequence[Turn]) -> list[Evidence]:
    """Our price too high for the value, or a substantial discount asked for (not one we mean to offer), unless
    the same message says the price is fine."""
    fine = {s.turn.index for s in said(turns) if says(prices.PRICING_BLOCKERS, s.sentence)}
    found = []
    sentences = list(said(turns))
    followers = [*sentences[1:], None] if sentences else []  # nothing said (an empty reply): nothing to pair
    for s, after in zip(sentences, followers, strict=True):
        if s.turn.index in fine:
            continue
        if prices.JOKE_RETRACTED.search(s.sentence) or (
            after is not None and after.turn.index == s.turn.index and prices.JOKE_RETRACTED.match(after.sentence)
        ):
            continue  # "any chance of 90% off? Joking."
        ours = prices.OUR_DISCOUNT.search(s.sentence) and not prices.THEIR_ASK.search(s.sentence)
        if s.turn.source == "note" and ours:
            continue  # "she suggested offering them 10% off": our idea, not their ask
        priced = NOT_OUR_PRICE.sub(" ", _without_rival_offer(s.sentence))  # not "owing us a lot of money"
        if weight := cue_weight(priced, (*prices.PRICING, *PRICE_VERDICTS, *PRICE_LINES)):
            found.append(as_evidence(s, weight))
    return found


def _without_rival_offer(sentence: str) -> str:
    """The sentence without a discount a rival named in it offers the customer (one "you" offer stays: "Kestrel
    offered 20% off; could you offer a big discount too?")."""
    if not (c.GENERIC_RIVAL.search(sentence) or any(re.search(rf"\b{n}\b", sentence, re.I) for n in c.COMPETITORS)):
        return sentence
    for m in reversed(list(prices.RIVAL_OFFER.finditer(sentence))):
        clause = re.split(r"[,;:()\u2014]|\b(?:but|and|so)\b", sentence[: m.start()])[-1]
        if not re.search(r"\byou\b", clause, re.IGNORECASE):
            sentence = sentence[: m.start()] + sentence[m.end() :]
    return sentence
