"""This deal's value among the figures a note gives: the last one stated for it wins (self-corrections),
while competitor prices, last year's spend, discounts and budget envelopes are set aside."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from memory.extract.amount_cues import ordered_logged, reweigh_cued
from memory.extract.bare_totals import bare_totals
from memory.extract.company_size import company_figure
from memory.extract.count_priced import counted_prices
from memory.extract.count_unknown import count_unknown
from memory.extract.current_spend import current_spend, kept_off
from memory.extract.disowned import disowned
from memory.extract.earlier_said import earlier_mail_figure
from memory.extract.elided import ELIDED_CUES, elided_thousands
from memory.extract.envelopes import envelope
from memory.extract.flat_renewal import flat_renewal
from memory.extract.in_dollars import dollars_first
from memory.extract.no_figure import no_figure_yet, told_not_to_log
from memory.extract.not_deal_figures import not_deal_figure
from memory.extract.numbers import Money, find_money
from memory.extract.options import option_to_log
from memory.extract.past_spend import past_figure
from memory.extract.products import priced_as_total
from memory.extract.ranges import range_end_to_log
from memory.extract.rival_prices import rivals_price
from memory.extract.rough import demote_rough
from memory.extract.taken_back import taken_back, withdrawn
from memory.extract.tax_figures import net_of_tax
from memory.extract.term_figure import term_figure_to_log
from memory.extract.text import lowered, quoted_history, sentences
from memory.extract.turned_down import turned_down
from memory.extract.unit_discount import percent_off_after
from memory.extract.unit_terms import PER_UNIT_AFTER, implied_totals, rescaled_correction
from memory.extract.usd_logged import usd_logged

_AMOUNT_EXCLUDE = re.compile(
    r"\b(last (?:year|yr)|this year's spend|currently (?:pay|spend)|pays?|paying|spent|spend|came in at|quoted them|"
    r"their quote|undercut|cheaper|per (?:seat|user|licen[cs]e|month)|each|a month|monthly|"
    r"/\s?(?:mo|month|seat|user|licen[cs]e))\b",
    re.IGNORECASE,
)
_AMOUNT_HIGH = re.compile(
    r"\b(log|use that|let's use|go with|per the quote|as quoted|exactly|all in|total|final|the number)\b", re.I
)


def find_amount(text: str, competitors: Iterable[str]) -> float | None:
    """This deal's value: the last figure stated for it (self-corrections win); competitor prices,
    last year's spend and budget envelopes are skipped unless nothing else is given, and figures in the
    quoted history of an email or for another opportunity rank below the rest."""
    rivals = [c.split()[0].lower() for c in competitors]
    history = quoted_history(text)
    lower_text = lowered(text)
    blanked = _blanked_until(lower_text) if any(w in lower_text for w in _BLANK_WORDS) else 0  # cheap test first
    priced = any(p.search(lower_text) for p in _AT_PRICE)  # few texts price anything "at" or "@" a figure
    unknown_count = count_unknown(lower_text)  # "how many is not clear": a price per unit is then no total
    ranked: list[tuple[int, int, Money]] = []
    counted = counted_prices(text, rivals)  # "550 a seat for 25 seats", "14 seats at the same $550"
    for offset, sentence in sentences(text):
        if offset < blanked:
            continue  # "the 30k was our own guess, so blank the amount": the figures said so far are withdrawn
        # "30 techs at 550 each": the count times the price stands for the total; a total said too wins by
        # coming later ("@ 5,482 -> 27,410") or as a sum ("= 4.4k")
        units = _unit_price_totals(sentence, rivals) if priced else []
        moneys = find_money(sentence)
        dream = _SPECULATIVE.search(sentence) if units or moneys else None
        if dream:  # "IF they ever rolled it out everywhere, that could be 400k": a daydream, no deal's value
            units = [u for u in units if not _dreamt(sentence, dream, u)]
            moneys = [m for m in moneys if not _dreamt(sentence, dream, m)]
        for total in (u for u in units if not not_deal_figure(text, offset + u.start)):
            ranked.append((1 if offset + total.start < history else -2, offset + total.start, total))
        bounds = _clause_bounds(sentence) if moneys else ([], [])  # once per sentence, not once per figure
        for money in moneys:
            if any(u.start <= money.start < u.end for u in units) or any(
                c.start <= offset + money.start < c.end for c in counted
            ):
                continue  # the price of one unit
            clause = _clause(sentence, money.start, money.end, bounds)
            product = _EACH_TOTAL.search(sentence, max(0, money.start - 30), money.start)
            if product:  # "35 at fifty-five each is 1,925": the "each" is the unit price's, this is the total
                clause = clause.replace(product.group(0), " ", 1)
            judged = _SPEND_OF_IT.match(sentence, money.end)
            if judged:  # "$13,572 is a bigger spend": what the figure is called, not a spend of theirs
                clause = clause.replace(judged.group(0), " ", 1)
            low = clause.lower()
            logged = ordered_logged(sentence, money.start)  # "(log the 14.4k total, not the monthly)"
            logged = logged or flat_renewal(sentence, money.start)  # "the renewal is the same 6,786 as last year"
            if any(r in low for r in rivals) or (_AMOUNT_EXCLUDE.search(clause) and not logged):
                continue
            aside = None if logged else _aside(sentence, money.start, money.end, bounds)
            # "N at P each, that's T": the "each" before is the product's, so only a spend or past price there counts
            excluded = _NOT_OURS if product else _AMOUNT_EXCLUDE
            if aside and (excluded.search(aside) or _OTHER_DEAL_BEFORE.search(aside)):
                continue  # "(not to be confused with last year's renewal, that was ~14k)": another deal's figure
            if rivals and rivals_price(sentence, money.start, clause, rivals):
                continue  # "their guy offered us twenty K", "Brightwave also quoted, at about $14k": the rival's
            if not_deal_figure(text, offset + money.start) or disowned(sentence, money.end):
                continue  # a reference customer's spend, the firm's whole budget, an instalment, a dinner's price
            if past_figure(sentence, money.start) or company_figure(sentence, money.start, money.end):
                continue  # "their old contract back in 2015 was ~9k": what they paid before, not this deal
            upto = next((m.start for m in moneys if m.start > money.start), len(sentence))  # the next figure
            at, end = offset + money.start, offset + money.end
            if current_spend(lower_text, at) or kept_off(lower_text, end, offset + upto):
                continue  # "what they pay Stackline ..., 9k a yr", "~$8k ..., that's their own SOW": not this deal
            if _DISCOUNT_AFTER.match(sentence, money.end) or _DISCOUNT_BEFORE.search(sentence, 0, money.start):
                continue  # "we knocked 1.5k off": a reduction, not the deal's value
            if unknown_count and PER_UNIT_AFTER.match(sentence.lower(), money.end):
                continue  # "how many is not clear ... $26,768 per unit": a list price, no deal value
            if withdrawn(text, offset + money.end):
                continue  # "the old 38k quote is off the table": no value of the deal any more
            if _REPLACED_BEFORE.search(sentence, max(0, money.start - 25), money.start):
                continue  # "19,284 now, not 28,926", "down from 30k": the figure it replaces
            near = sentence[money.end : money.end + 45]
            before = _before_in_clause(sentence, money.start, bounds)
            # the clause's opening words label its first figure only: "Final figure 41,250: ... the 42,750 quote"
            opening = max(_left_bound(money.start, bounds), money.start - 60)
            first = not any(opening <= m.start < money.start for m in moneys)
            high = (
                _AMOUNT_HIGH.search(near) or (first and _AMOUNT_HIGH.search(clause[:20])) or _HIGH_BEFORE.search(before)
            )
            summed = _TOTAL_BEFORE.search(sentence, 0, money.start) and not _LIST_BEFORE.search(
                sentence, 0, money.start
            )
            tier = 2 if high or product or summed else 1
            if envelope(before, sentence[money.end : money.end + 60]) or turned_down(sentence, money.end):
                # "a budget of up to 500k", "the 18k one was too rich"; not one ordered logged ("budget line: log 18k")
                tier = tier if ordered_logged(sentence, money.start) else 0
            if taken_back(text, offset + money.end) or earlier_mail_figure(sentence, money.start):
                tier = 0  # "1.4 mil... no, it's 1.25M now", "your first mail said 31k": corrected, or the old one
            if _OTHER_DEAL_BEFORE.search(sentence, max(0, money.start - 60), money.start) or _OTHER_DEAL_AFTER.match(
                sentence, money.end
            ):
                tier = 0  # "maybe another 50k next year, but that's a separate opp"
            if offset + money.start >= history:
                tier -= 3  # the quoted earlier message: superseded by what is written above it
            ranked.append((tier, offset + money.start, money))
    # "40 users. $550 per user, with the 10% discount": a total implied, never written out
    implied = implied_totals(text, rivals) + counted + bare_totals(text, rivals)  # ... or a bare "660 total"
    implied = [m for m in implied if not not_deal_figure(text, m.start)]
    ranked += [(2 if m.start < history else -1, m.start, m) for m in implied if m.start >= blanked]
    if (fix := rescaled_correction(text)) is not None and fix.start < history:
        ranked = [r for r in ranked if r[1] != fix.start]  # the bare "125" it rescales
        ranked.append((2, fix.start, fix))  # "twelve k... no, wait, fourteen and a half now"
    if any(cue in lower_text for cue in ELIDED_CUES):
        ranked += elided_thousands(lower_text, ranked, min(history, len(text)), blanked)
    if not ranked:  # "$45 per seat per month ... log the annual value": a monthly price, set aside, made a year's
        return round(annual) if (annual := term_figure_to_log(text)) is not None else None
    ranked = usd_logged(text, lower_text, ranked)  # "finance wants the USD number on the opp": not the C$ one
    ranked = reweigh_cued(text, demote_rough(text, ranked))  # "481,824 dollars, ... half a million": the exact one
    chosen_end = range_end_to_log(text)  # "between 20 and 25k ... log the low end"
    chosen_end = option_to_log(text) if chosen_end is None else chosen_end  # "A) ... B) ... log the middle option"
    chosen_end = term_figure_to_log(text) if chosen_end is None else chosen_end  # "log the per-year figure"
    chosen_end = net_of_tax(text) if chosen_end is None else chosen_end  # "21,600 incl. tax, i.e. 20,000 before tax"
    if chosen_end is not None:
        return round(chosen_end)
    top = max(t for t, _, _ in ranked)
    if (top <= 0 and no_figure_yet(lower_text)) or told_not_to_log(lower_text):
        return None  # "our IT envelope is 200k ... I can't give you a number for this project yet"; "nothing to log"
    tied = dollars_first([r for r in ranked if r[0] == top], text)  # "USD 19.800 (≈ €17.400)", "(about EUR 22,600)"
    chosen = max(tied, key=lambda r: r[1])
    return round(chosen[2].value)


# "the revised figure of $16,965": the figure now agreed
_HIGH_BEFORE = re.compile(
    r"\b(?:revised|updated|new|corrected|agreed)\s+(?:figure|price|number|total|quote|amount)\b", re.IGNORECASE
)
# a list price, the start of a haggle, not a sum's result: "list came to 23,100, ... we settled at 21.5k"
_LIST_BEFORE = re.compile(r"\blist(?: price)?(?: (?:total|figure))? (?:comes?|came) to\s*[$€£]?\s*$", re.IGNORECASE)
# the result of a sum: "three GTK 500s at 26,768 each = 80,304", "which comes to 53,536"
_TOTAL_BEFORE = re.compile(
    r"(?:(?<![=<>!])=|\b(?:comes?|came) to|\bworks? out (?:at|to)|\badds? up to|\btotal(?:s|ling)?(?: of)?)\s*"
    r"(?:about |around |roughly |approx\.? )?[$€£]?\s*$",
    re.IGNORECASE,
)
_OTHER_DEAL = (
    r"(?:separate (?:opp\w*|deal|project|order)|another (?:opp\w*|deal)|phase (?:two|2|ii)|second phase|"
    r"next phase|upsell|future (?:phase|expansion|order)|not to be confused with|unrelated to|separate from|"
    r"not (?:this|the current) (?:deal|one|opp\w*|order))"
)
_OTHER_DEAL_BEFORE = re.compile(r"\b" + _OTHER_DEAL + r"\b", re.IGNORECASE)
_OTHER_DEAL_AFTER = re.compile(
    r"\W*(?:but |and )?(?:that's|that is|which is|that'd be|it's|as|for) (?:a |an |the )?" + _OTHER_DEAL, re.IGNORECASE
)


# the product of a count and a unit price said just before the figure: "at fifty-five each is", "per seat, so"
_EACH_TOTAL = re.compile(
    r"\b(?:each|apiece|per (?:seat|user|licen[cs]e|unit|head))\s*,?\s*(?:is|comes to|makes|gives|that's|which is|"
    r"so|totals?|for a total of)\s+(?:about |around |roughly )?[$€£]?\s*$",
    re.IGNORECASE,
)
# the figure itself judged as a spend, said right after it: "... at $13,572 is a bigger spend", "40k's a big spend"
_SPEND_OF_IT = re.compile(
    r"(?:['’]s|\s+(?:is|would be|will be|makes (?:it|this)))\s+(?:a|an|quite a)\s+(?:[a-z-]+\s+){0,2}?spend\b", re.I
)
# a clause that refers back to the one before: "last year's renewal, that was 14k"
_BACK_REFERENCE = re.compile(r"\s*(?:that|which)(?:'s| was| is| cost| came to)\b", re.IGNORECASE)


def _aside(sentence: str, start: int, end: int, bounds: Bounds) -> str:
    """What else a figure is said under: the parentheses around it, and the clause before when the figure's
    clause refers back to it ("last year's renewal, that was 14k"). Empty when neither."""
    parts = []
    opening = sentence.rfind("(", 0, start)
    closing = sentence.find(")", end)
    if opening != -1 and closing != -1 and ")" not in sentence[opening:start]:
        parts.append(sentence[opening + 1 : closing])
    left = _left_bound(start, bounds)
    if left and _BACK_REFERENCE.match(sentence, left):
        parts.append(sentence[_left_bound(max(0, left - 1), bounds) : left])
    return " ".join(parts)


# a figure imagined, not asked for: "if they ever rolled it out to every depot", "in theory", "blue-sky"
_SPECULATIVE = re.compile(
    r"\bif (?:they|we|it|that|this|he|she)\b[^.;!?]{0,20}\bever\b|\bhypothetical|\bin theory\b|\bspeculat"
    r"|\bpie in the sky\b|\bblue[- ]sky\b|\bsome ?day\b|\bpipe ?dream\b",
    re.I,
)
_CONTRAST = re.compile(r"\b(?:but|however|whereas|though|although)\b", re.I)


def _dreamt(sentence: str, dream: re.Match[str], money: Money) -> bool:
    """Whether the figure is said under the speculation, not after a "but" that turns to what is real."""
    return dream.start() < money.start and not _CONTRAST.search(sentence, dream.end(), money.start)


# the figure a correction replaces: "it's 19,284 now, not 28,926", "down from 30k", "instead of the 45k"
_REPLACED_BEFORE = re.compile(
    r"\b(?:not|nicht|niet|não|non|nie|no longer|instead of|rather than|(?:down|up|reduced|cut|changed) from|"
    r"to [^.;,()]{1,20}? from|"  # "we trimmed it to 4 seats from the ~25k": the figure it was before
    r"(?:supersed|replac|overrid)(?:es|ing)|(?:superseded|replaced|overridden|overrode))(?:\s+(?:the|my|our|your))?"
    r"\s*[~≈]?\s*[$€£]?\s*$",  # "it supersedes the 52k", "replacing our $40k": the earlier figure
    re.I,
)
_DISCOUNT_AFTER = re.compile(r"\s*(?:off|discount)\b", re.I)
_DISCOUNT_BEFORE = re.compile(r"\b(?:discount of|knock(?:ed|ing)?|knock off|take off|took off|minus)\s+$", re.I)
# what ends a clause; in a voice note with no punctuation, a spoken "um" or "uh" does; and a rival's figure set
# against ours: "Kestrel came in at 40k against our 47.5k" (the rival's words stop before our figure)
_CLAUSE_BOUNDS = re.compile(
    r",|—|–| - |->|=>|→|\||(?<![=<>!])=(?!>)|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bum+\b|\buh+\b|\berm\b"
    r"|\b(?:against|versus|vs\.?|compared (?:to|with))(?= (?:our|ours|us|your|yours)\b)"
)


Bounds = tuple[list[int], list[int]]  # where a sentence's clause bounds start, and where they end


def _clause_bounds(sentence: str) -> Bounds:
    found = [m.span() for m in _CLAUSE_BOUNDS.finditer(sentence)]
    return [s for s, _ in found], [e for _, e in found]


def _left_bound(start: int, bounds: Bounds) -> int:
    """The end of the last clause bound before ``start`` (0 when none)."""
    i = bisect_right(bounds[1], start)
    return bounds[1][i - 1] if i else 0


def _before_in_clause(sentence: str, start: int, bounds: Bounds | None = None) -> str:
    """Up to 40 characters before a figure, within its own clause ("..budget for next year, but this deal is
    120k": the budget belongs to the clause before)."""
    left = _left_bound(start, bounds or _clause_bounds(sentence))
    return sentence[max(left, start - 40) : start]


def _clause(sentence: str, start: int, end: int, bounds: Bounds | None = None) -> str:
    """The part of the sentence around a figure, bounded by commas, dashes, "=" and "and"/"but"/"while", and
    at most 60 characters either side: a voice note's run-on "clause" can hold a competitor or an "each"
    that belongs to another figure."""
    bounds = bounds or _clause_bounds(sentence)
    i = bisect_left(bounds[0], end)
    right = bounds[0][i] if i < len(bounds[0]) else len(sentence)
    return sentence[max(_left_bound(start, bounds), start - 60) : min(right, end + 60)]


# the note withdraws the figure: "so blank the amount", "no number on the table any more"
_BLANK = re.compile(
    r"\b(?:blank(?: out)?|clear|remove|delete|wipe|null(?: out)?) (?:the |our |that )?(?:amount|value|number|figure)\b"
    r"|\b(?:amount|value) (?:should be |to be |is now |now )?(?:blank|empty|cleared|removed)\b"
    r"|\bno (?:number|figure|amount|price) on the table\b"
)  # run on the lower-cased text
_BLANK_WORDS = ("blank", "clear", "remove", "delete", "wipe", "null", "on the table")
# each opens on a literal, so the scan is fast; only a test
_AT_PRICE = (re.compile(r"at\s*[$€£]?\s*\d"), re.compile(r"@\s*[$€£]?\s*\d"))


def _blanked_until(text: str) -> int:
    """Where the sentence that withdraws the amount ends (0 when none does): figures before it do not count.
    ``text`` is lower-cased."""
    last = None
    for match in _BLANK.finditer(text):
        last = match
    if last is None:
        return 0
    ends = [i for i in (text.find(c, last.end()) for c in ".!?;\n") if i != -1]
    return min(ends) + 1 if ends else len(text)


_COUNT_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_COUNT_WORDS |= {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_COUNT_WORDS |= {w + "teen": i for i, w in enumerate("thir four fif six seven eigh nine".split(), 13)}  # "fifteen"
# a count of units at a price each: "30 techs at 550 each", "twelve seats at $1,200/seat", "8 GTX Basic @ 550"
_UNIT_PRICE = re.compile(
    r"(?<![\w$€£.,-])(\d{1,5}|"
    + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
    + r")\s*(?:x\s+)?((?:[\w-]+\s+){0,5}?(?:[\w-]+,\s+)?)(?:at|@)\s*"  # "Twenty on GTX Basic, at 550 each"
    r"[$€£]?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?k\b)?"
    r"(?:\s?(?:usd|eur|gbp|dollars)\b)?"  # the currency's code after the price: "at 3,393 USD each"
    r"(\s*(?:each|apiece|a (?:seat|head|user|licen[cs]e|piece|pop|throw)|per (?:seat|user|licen[cs]e|unit|head|tech\w*|"
    r"person|agent|rep|device)|/\s?(?:seat|user|licen[cs]e|unit|head|mo)\w*)\b)?",
    re.IGNORECASE,
)
_UNIT_WORDS = re.compile(
    r"\b(?:seats?|users?|licen[cs]es?|units?|techs?|technicians?|agents?|reps?|people|heads?|devices?|gtx|gtk|mg)\b",
    re.IGNORECASE,
)


def _unit_price_totals(sentence: str, rivals: list[str]) -> list[Money]:
    """Count times price for each count of units priced each ("30 techs at 550 each"), spanning both; a
    monthly price, a competitor's or last year's is not this deal's value."""
    out = []
    for m in _UNIT_PRICE.finditer(sentence):
        each = m.group(5) or ""
        if not each and not ("@" in m.group(0) and _UNIT_WORDS.search(m.group(2))):
            continue  # "12 seats at $65,784", "6 users at $5,160 per year": the price of them all
        if "," in m.group(2) and not _UNIT_WORDS.search(m.group(2)):
            continue  # "in 2 weeks, at 500 each": a count of units only when they are named before the comma
        if "/" in each and "mo" in each.lower():
            continue  # "$50/mo": a price per month is not the deal's value
        clause = _clause(sentence, m.start(), m.end())
        low = clause.lower()
        if any(r in low for r in rivals) or _NOT_OURS.search(clause):
            continue
        count = m.group(1).lower()
        n = int(count) if count.isdigit() else _COUNT_WORDS[count]
        price = float(m.group(3).replace(",", "")) * (1000 if m.group(4) else 1)
        if not each and priced_as_total(n, price, m.group(2).lower()):
            continue  # "3 GTX Pro @ 14,463": near three times the list price, so the price of them all
        if n > 0 and price > 0:  # "..., minus 5 percent": the cut said after it taken off
            out.append(
                Money(n * price * (1 - percent_off_after(sentence, m.end()) / 100), m.start(), m.end(), m.group(0))
            )
    return out


# _AMOUNT_EXCLUDE without "each" and "per seat", which a unit price always has
_NOT_OURS = re.compile(
    r"\b(last year|currently (?:pay|spend)|pays?|paying|spent|quoted them|their quote|cheaper)\b", re.IGNORECASE
)
