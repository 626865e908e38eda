"""Who the note is about: the account, and the competing vendors named."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from memory.extract.text import lowered
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
            passing = re.search(r"\b(at|from|like|reference|references|as)\s+$", context) or _REFERENCE_AFTER.match(
                lowered, m.end()
            )
            weight += 0.5 if passing else 1.0
        first = min(m.start() for m in hits)
        if best is None or (weight, -first) > (best[0], -best[1]):
            best = (weight, first, name)
    if best is not None:
        return best[2]
    lead = re.match(
        r"^\W*(?:note re |re:? |update:? )?(?!(?:Subject|From|To|Cc|Date|Sent)\b)"  # an email header is no name
        r"([A-Z][\w&-]+(?: [A-Z&][\w-]*)?)\s*(?:[.:/-]|update)",
        text,
    )
    return lead.group(1) if lead else None


# named as a reference for another account: "after the Zotware reference call", "Zotware as a reference"
_REFERENCE_AFTER = re.compile(r"(?:'s|’s)?\s+(?:as (?:a |an |our )?)?reference\b")
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
