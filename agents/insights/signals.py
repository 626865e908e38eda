"""Topical risk reasons found in what the customer said: competitor, budget, stakeholder, timeline, pricing.

Each finder reads the customer's sentences (and our notes, which report what they said) in time order and
returns :class:`Evidence`: the sentence quoted, its date, and how strongly it supports the reason. This module
holds the budget and pricing finders and the reading they share; signals_rivals.py holds the competitor one,
signals_people.py the stakeholder one and signals_timeline.py the timeline one.
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
from agents.insights.cues_budget_lines import LINE_FROZEN, line_cut
from agents.insights.cues_budget_lower import BUDGET_DOWN, BUDGET_LOWER
from agents.insights.cues_budget_restored import FUNDED_THIS_TIME, restored_after_cut
from agents.insights.cues_budget_safe import BUDGET_SAFE
from agents.insights.cues_budget_source import good_news_move
from agents.insights.cues_budget_stop import SPEND_STOP
from agents.insights.cues_pricing_abroad import PRICE_ABROAD
from agents.insights.cues_pricing_asked import without_questioned
from agents.insights.cues_pricing_before import PRICE_BEFORE
from agents.insights.cues_pricing_counter import COUNTER_FIGURES, counter_figure
from agents.insights.cues_pricing_lines import NOT_OUR_PRICE, PRICE_LINES
from agents.insights.cues_pricing_modest import BARE_ASK, MODEST_SIZE
from agents.insights.cues_pricing_polite import PRICE_POLITE
from agents.insights.cues_pricing_reference import PRICE_REFERENCE
from agents.insights.cues_pricing_rival import RIVAL_SENT
from agents.insights.cues_pricing_side import PRICE_SIDE
from agents.insights.cues_pricing_terms import PRICE_TERMS
from agents.insights.cues_pricing_uplift import PRICE_UPLIFT
from agents.insights.cues_pricing_usage import PRICE_USAGE
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
    # a spaced dash ends a clause as an em dash does: "We're not entertaining it - we dropped them"
    before = re.split(r"[,;:()\u2014]|\s[-\u2013]\s|\bbut\b|\bhowever\b|\bthough\b", sentence[:start])[-1]
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


def budget(turns: Sequence[Turn]) -> list[Evidence]:
    """Money on the customer's side frozen, cut, reallocated or unavailable (unless later released, or the same
    message says this deal's money is safe)."""
    found: list[Evidence] = []
    safe = {s.turn.index for s in said(turns) if says(BUDGET_SAFE, s.sentence) and not _budget_cue(s.sentence)}
    funded = {s.turn.index for s in said(turns) if says(cb.BUDGET_FUNDED, s.sentence) and not _budget_cue(s.sentence)}
    asked: tuple[Said, float] | None = None  # a cue in our question they repeat: it counts only if they say yes
    for s in said(turns):
        if _budget_resolved(s.sentence):
            found = []
            continue
        if s.turn.index in safe or says(BUDGET_SAFE, s.sentence):
            if says(BUDGET_SAFE, s.sentence) and not _budget_cue(s.sentence):
                found = []  # a later word that this money is safe answers an earlier rumour of cuts
            continue  # "the freeze doesn't affect our project"
        if s.turn.index in funded and cb.OTHER_SCOPE.search(s.sentence):
            continue  # this deal is funded; the money missing is for a later phase
        if s.turn.source == "note" and _OUR_MONEY.search(s.sentence) and not _REPORTED.search(s.sentence):
            continue  # "our own travel budget is frozen": ours, not the customer's
        if asked and asked[0].turn.index == s.turn.index and cb.ANSWER_YES.match(s.sentence):
            found.append(as_evidence(*asked))  # "You asked whether the budget was cut. Sadly, yes."
        asked = (s, a) if (a := _budget_cue(s.sentence, asked=True)) else None
        weight = _budget_cue(s.sentence) or (0.85 if line_cut(s.sentence) else 0.0)
        if weight:
            found.append(as_evidence(s, weight))
    return found


def _budget_resolved(sentence: str) -> bool:
    """The money is there after all ("budget approved in full"), said plainly rather than negated or hoped for; a
    freeze lifted resolves even though it names the freeze ("finance ended the spending freeze")."""
    if sentence.rstrip().endswith("?"):
        return False  # "Is the freeze over yet?" asks
    if FUNDED_THIS_TIME.search(sentence) and not _budget_cue(sentence):
        return True  # "This year it's in the plan and already signed off": last year's cut is history
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
    for item in (*cb.BUDGET, *LINE_FROZEN, *SPEND_STOP, *BUDGET_LOWER):
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
    modest = {s.turn.index for s in said(turns) if MODEST_SIZE.search(s.sentence)}
    found: list[Evidence] = []
    sentences = list(said(turns))
    followers = [*sentences[1:], None] if sentences else []  # nothing said (an empty reply): nothing to pair
    settled = None  # the last turn that says the price is fine now: an objection before it was answered
    for s, after in zip(sentences, followers, strict=True):
        if s.turn.index in fine:
            if _price_settled(s.sentence):
                found, settled = [], s.turn.at
            continue
        if s.turn.index in modest and BARE_ASK.search(s.sentence):
            continue  # "anything on price? Even a few percent would help": a gesture, not a substantial discount
        if prices.JOKE_RETRACTED.search(s.sentence) or (
            after is not None and after.turn.index == s.turn.index and prices.JOKE_RETRACTED.match(after.sentence)
        ):
            continue  # "any chance of 90% off? Joking."
        ours = prices.OUR_DISCOUNT.search(s.sentence) and not prices.THEIR_ASK.search(s.sentence)
        if s.turn.source == "note" and ours:
            continue  # "she suggested offering them 10% off": our idea, not their ask
        # not "owing us a lot of money", nor their budget "20% lower", nor a concern we asked about and they denied
        next_said = after.sentence if after is not None and after.turn.index == s.turn.index else ""
        asked = without_questioned(s.sentence, next_said)
        priced = BUDGET_DOWN.sub(" ", NOT_OUR_PRICE.sub(" ", _without_rival_offer(asked)))
        if weight := cue_weight(
            priced,
            (
                *prices.PRICING,
                *PRICE_VERDICTS,
                *PRICE_LINES,
                *PRICE_BEFORE,
                *PRICE_TERMS,
                *COUNTER_FIGURES,
                *PRICE_REFERENCE,
                *PRICE_POLITE,
                *PRICE_ABROAD,
                *PRICE_SIDE,
                *PRICE_USAGE,
                *PRICE_UPLIFT,
            ),
        ):
            found.append(as_evidence(s, weight))
    for turn in {s.turn.index: s.turn for s in sentences if s.turn.index not in fine}.values():
        if settled is not None and turn.at < settled:
            continue
        if line := counter_figure(turn.text):  # "Your number: 26,768 / Our number: 18,000"
            found.append(Evidence(line, turn.day, turn.source, 0.8))
    return sorted(found, key=lambda e: e.on)


# a settlement said on a condition or asked is none: "the price would be fine if ...", "is the price fine now?"
_UNSETTLED = re.compile(r"\?\s*$|\b(?:if|unless|once|provided|would|could|might)\b", re.IGNORECASE)


def _price_settled(sentence: str) -> bool:
    """A later word that the price is fine answers an objection before it ("With the service bundled, the price is
    fine for us now"), said plainly rather than on a condition."""
    return says(prices.PRICING_BLOCKERS, sentence) and not _UNSETTLED.search(sentence)


def _without_rival_offer(sentence: str) -> str:
    """The sentence without a discount a rival named in it offers the customer (one "you" offer stays: "Kestrel
    offered 20% off; could you offer a big discount too?")."""
    if not (c.GENERIC_RIVAL.search(sentence) or any(re.search(rf"\b{n}\b", sentence, re.I) for n in c.COMPETITORS)):
        return sentence
    for offered in (prices.RIVAL_OFFER, RIVAL_SENT):  # "offered us 20% off", "sent me a 'last chance' 30% discount"
        for m in reversed(list(offered.finditer(sentence))):
            clause = re.split(r"[,;:()\u2014]|\b(?:but|and|so)\b", sentence[: m.start()])[-1]
            if not re.search(r"\byou\b", clause, re.IGNORECASE):
                sentence = sentence[: m.start()] + sentence[m.end() :]
    return sentence
