"""The deal fields a note states: account, amount, close date, stage, competitors, next step."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from memory.extract.dates import find_dates
from memory.extract.numbers import Money, find_money
from memory.extract.text import lowered, sentences
from memory.normalise import name_key

# Competing vendors the team knows; others are found from cues such as "also talking to X".
KNOWN_COMPETITORS = ("Quorvia", "Stackline", "Brightwave", "Lumora", "Tellurix", "NorthPeak", "Kestrel CRM")
_COMPETITOR_CUE = re.compile(
    r"\b(?:competitors?|incumbent|also talking to|also looking at|evaluating|quote from|talking to|vs\.?|versus|"
    r"gone with|went with|going with|chose|switch(?:ing)? to|leaning toward)\s*:?\s+((?:[A-Z][\w-]+)(?: [A-Z][\w-]+)?)"
)
# the vendor named first, then what it is doing: "Pipewell quoted them too", "Zenbase is the incumbent"
_COMPETITOR_AFTER = re.compile(
    r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:'s| is| are| has| have)? (?:also |too |already |now )?"
    r"(?:(?<=also )quoted (?:them|us)|quoted (?:them|us) (?:too|as well)|(?:is |are )?the incumbent(?!['’])|"
    r"(?:is |are )?(?:also |too )(?:pitching|bidding)|(?:pitching|bidding) against us)\b"
)
_AFTER_WORDS = re.compile(r"quoted|incumbent|pitching|bidding")


@lru_cache(maxsize=16)  # compiled once per list of known vendors, not once per name per text
def _known_heads(known: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the first words of every known vendor (lower case), and each word's vendor."""
    heads: dict[str, str] = {}
    for name in known:
        heads.setdefault(name.split()[0].lower(), name)
    words = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])"), heads


_NO_COMPETITOR = {"none", "no", "nobody", "us", "our", "we", "the", "their", "them", "a", "another", "they", "he",
                  "she", "it", "i", "who", "which", "that", "this"}  # fmt: skip


def find_account(text: str, accounts: Iterable[str]) -> str | None:
    """The customer the note is about: the known account named most often, the first named on a tie.
    Accounts named only as a reference or "at X" count less (mentioned in passing)."""
    best: tuple[float, int, str] | None = None
    lowered = text.lower()
    squashed = _SEPARATORS.sub("", lowered)  # what the spelling-insensitive pattern can match, joined up
    for name in accounts:
        exact, key = _account_keys(name)
        if exact not in lowered and (key is None or key not in squashed):
            continue  # cheap test first: most accounts are not named at all
        hits = list({m.start(): m for pattern in _account_patterns(name) for m in pattern.finditer(lowered)}.values())
        if not hits:
            continue
        weight = 0.0
        for m in hits:
            context = lowered[max(0, m.start() - 40) : m.start()]
            weight += 0.5 if re.search(r"\b(at|from|like|reference|references|as)\s+$", context) else 1.0
        first = min(m.start() for m in hits)
        if best is None or (weight, -first) > (best[0], -best[1]):
            best = (weight, first, name)
    if best is not None:
        return best[2]
    lead = re.match(r"^\W*(?:note re |re:? |update:? )?([A-Z][\w&-]+(?: [A-Z&][\w-]*)?)\s*(?:[.:/-]|update)", text)
    return lead.group(1) if lead else None


_SEPARATORS = re.compile(r"[\s&.-]+")  # the characters the spelling-insensitive pattern skips


@lru_cache(maxsize=4096)
def _account_keys(name: str) -> tuple[str, str | None]:
    """What a text must contain for ``name``'s patterns to match: its lower-cased name, and its
    spelling-insensitive key (None when the name has no such pattern)."""
    key = name_key(name)
    return name.lower(), (None if key == name.lower() or len(key) < 4 else key)


@lru_cache(maxsize=4096)  # compiled once per account name, not once per text
def _account_patterns(name: str) -> list[re.Pattern[str]]:
    exact = re.compile(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])")
    key = _account_keys(name)[1]
    if key is None:
        return [exact]
    return [exact, re.compile(r"(?<![\w-])" + r"[\s&.-]*".join(re.escape(c) for c in key) + r"(?![\w-])")]


def find_competitors(
    text: str, *, known: Iterable[str] = KNOWN_COMPETITORS, not_competitors: Iterable[str] = ()
) -> list[str]:
    """Every competing vendor named, including the incumbent and vendors already ruled out."""
    found: dict[str, int] = {}
    heads = _known_heads(tuple(known))
    for m in heads[0].finditer(lowered(text)):
        found.setdefault(heads[1][m.group(0)], m.start())
    skip = {n.lower() for n in not_competitors} | {k.lower() for k in found} | {k.split()[0].lower() for k in found}
    cued = list(_COMPETITOR_CUE.finditer(text))
    if _AFTER_WORDS.search(text):  # the cheap test first: the vendor-first pattern tries every capitalised word
        cued += _COMPETITOR_AFTER.finditer(text)
    for m in cued:
        candidate = m.group(1)
        head = candidate.split()[0].lower()
        if head in _NO_COMPETITOR or candidate.lower() in skip or head in skip:
            continue
        found.setdefault(candidate, m.start(1))
    return sorted(found, key=found.__getitem__)


_STAGE_EXPLICIT = re.compile(
    r"\b(?:stage\s*(?:is|:|=|to|now)?|mark(?:ing|ed)? (?:it|this|the deal|as)(?: as)?|"
    r"mov(?:e|ed|ing) (?:it |this |the deal |stage )?"
    r"(?:to|into)|set (?:it |this )?to|now in|still in|status\s*:?|^[^.\n]{2,40}?\s?[-–—:]|mark(?:ed|ing)?)\s*"
    r"(prospecting|engaging|won|lost)\b(?!['’])"
    r"(?!\s+(?:to|the|a|an|our|their|its|his|her|contact|touch|track|momentum|time|sight|some|one|two)\b)",
)  # this and _STAGE_STILL run on the lower-cased text
_STAGE_STILL = re.compile(
    r"\b(prospecting|engaging)\s+still\b|\bstill\s+(prospecting|engaging)\b"
    # "it's Engaging now", "we're in Engaging now"
    r"|\b(?:it's|it is|deal's|deal is|we're|we are)\s+(?:now\s+)?(?:in\s+)?(prospecting|engaging)\s+now\b"
)
_SIGNED = re.compile(
    r"\b(?:they|we|customer|it|has|have|just|finally|officially|[A-Z][\w-]+)\s+(?:just |finally |officially )?"
    r"(?:signed|countersigned)\b(?!\s+(?:off on the|up for a demo|by|before|with (?!us\b|you\b)))|"
    r"\bclosed[- ]won\b|\bsigned (?:this|today|yesterday)",
)
_NOT_SIGNED = re.compile(
    r"\b(?:not|n't|never|yet to|before|until|once|when|if|want(?:s)? it|to be|get it)\b[^.;]{0,20}$", re.I
)
_LOST = re.compile(
    r"\b(?:we(?:'ve| have)? lost|deal (?:is |was )?lost|closed[- ]lost|lost (?:the deal|it|them) to|"
    r"(?:they(?:'ve| have)?|they're|customer(?: has)?)\s+(?:gone|went|going|decided to go) with|"
    r"(?:chose|picked|selected|preferred|went for) (?:to go with )?[\w -]{1,30}? over us|"
    r"signed with (?!us\b|you\b)(?-i:[A-Z])\w+)\b",
    re.IGNORECASE,
)


def find_stage(text: str) -> str | None:
    """A stage only when the note states it, or says the deal was signed (Won) or lost (Lost)."""
    low = lowered(text)
    found = [(m.start(), m.group(1)) for m in _STAGE_EXPLICIT.finditer(low)]
    found += [(m.start(), next(g for g in m.groups() if g)) for m in _STAGE_STILL.finditer(low)]
    if found:
        return max(found)[1].capitalize()
    for m in _SIGNED.finditer(text) if ("signed" in low or "closed" in low) else ():
        if not _NOT_SIGNED.search(text[max(0, m.start() - 30) : m.end()]):
            return "Won"
    if _LOST.search(text):
        return "Lost"
    return None


_CLOSE_CUE = re.compile(
    r"\b(close[sd]?|closing|(?:counter)?sign(?:ed|ing|ature|s)?|decid(?:e|es|ed|ing)|decision|commit|wrapped up|"
    r"wrap(?:ped)? it up|"
    r"go[- ]ahead|inside their|fiscal|budget year|deadline|done by|finali[sz]e|award|"
    r"before the quarter|quarter ends|needs? this|wants? it|pencil|"
    r"target(?:ing|ed)?(?: date)?:?(?: is)? (?=eo[qmy]\b|end\b|mid|q[1-4]\b|by\b|before\b|[a-z]{3,9}\.? \d|\d)|"
    r"make (?:the|a|our|their) (?:final )?call (?:on|about|whether))\b",  # "we'll make the call on the pilot"
)  # run on lowered text


def find_close_date(text: str, now: date, stage: str | None) -> date | None:
    """When the customer expects to sign or decide: the date nearest a closing word ("close",
    "sign", "decision"); dates of next steps do not count."""
    best: tuple[int, date] | None = None
    # one case-sensitive pass over the lower-cased text finds every closing word; a sentence without one
    # cannot give the date, whatever dates it has, so most sentences are never searched for dates
    all_cues = [m.start() for m in _CLOSE_CUE.finditer(lowered(text))]
    for offset, sentence in sentences(text):
        cues = [c - offset for c in all_cues if offset <= c < offset + len(sentence)]
        if not cues and stage in ("Won", "Lost") and re.search(r"\b(signed|lost|went|gone|chose)\b", sentence, re.I):
            cues = [0]
        if not cues:
            continue
        dates = find_dates(sentence, now, past=stage in ("Won", "Lost"))
        for d in dates:
            score = min(abs(c - d.start) for c in cues)
            if best is None or score < best[0]:
                best = (score, d.value)
    return best[1] if best else None


_AMOUNT_EXCLUDE = re.compile(
    r"\b(last year|this year's spend|currently (?:pay|spend)|pays?|paying|spent|spend|came in at|quoted them|"
    r"their quote|undercut|cheaper|per (?:seat|user|licen[cs]e|month)|each|a month|monthly)\b",
    re.IGNORECASE,
)
_AMOUNT_LOW = re.compile(r"\b(budget|envelope|up to|approved|ceiling|cap|max(?:imum)?|around|roughly)\b", re.I)
_AMOUNT_HIGH = re.compile(
    r"\b(log|use that|let's use|go with|per the quote|as quoted|exactly|all in|total|final|the number)\b", re.I
)


def find_amount(text: str, competitors: Iterable[str]) -> float | None:
    """This deal's value: the last figure stated for it (self-corrections win); competitor prices,
    last year's spend and budget envelopes are skipped unless nothing else is given."""
    rivals = [c.split()[0].lower() for c in competitors]
    ranked: list[tuple[int, int, Money]] = []
    for offset, sentence in sentences(text):
        for money in find_money(sentence):
            clause = _clause(sentence, money.start, money.end)
            low = clause.lower()
            if any(r in low for r in rivals) or _AMOUNT_EXCLUDE.search(clause):
                continue
            if _DISCOUNT_AFTER.match(sentence, money.end) or _DISCOUNT_BEFORE.search(sentence, 0, money.start):
                continue  # "we knocked 1.5k off": a reduction, not the deal's value
            near = sentence[money.end : money.end + 45]
            tier = 2 if _AMOUNT_HIGH.search(near) or _AMOUNT_HIGH.search(clause[:20]) else 1
            if _AMOUNT_LOW.search(_before_in_clause(sentence, money.start)) or _ENVELOPE_AFTER.match(
                sentence[money.end : money.end + 60]
            ):
                tier = 0  # "a budget of up to 500k", "a 500k transformation budget": the envelope, not the deal
            ranked.append((tier, offset + money.start, money))
    if not ranked:
        return None
    top = max(t for t, _, _ in ranked)
    chosen = max((r for r in ranked if r[0] == top), key=lambda r: r[1])
    return round(chosen[2].value)


_DISCOUNT_AFTER = re.compile(r"\s*(?:off|discount)\b", re.I)
_DISCOUNT_BEFORE = re.compile(r"\b(?:discount of|knock(?:ed|ing)?|knock off|take off|took off|minus)\s+$", re.I)
_ENVELOPE_AFTER = re.compile(r"^[^,;.]{0,40}?\b(?:budget|envelope|ceiling|cap)\b", re.I)
_CLAUSE_BOUNDS = re.compile(r",|—|–| - |->|=>|→|\band\b|\bbut\b|\bwhile\b|\bwhereas\b")


def _before_in_clause(sentence: str, start: int) -> str:
    """Up to 40 characters before a figure, within its own clause ("..budget for next year, but this deal is
    120k": the budget belongs to the clause before)."""
    left = max((m.end() for m in _CLAUSE_BOUNDS.finditer(sentence, 0, start)), default=0)
    return sentence[max(left, start - 40) : start]


def _clause(sentence: str, start: int, end: int) -> str:
    """The part of the sentence around a figure, bounded by commas, dashes and "and"/"but"/"while"."""
    left = max((m.end() for m in _CLAUSE_BOUNDS.finditer(sentence, 0, start)), default=0)
    right_m = _CLAUSE_BOUNDS.search(sentence, end)
    right = right_m.start() if right_m else len(sentence)
    return sentence[left:right]
