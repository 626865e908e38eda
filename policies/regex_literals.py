"""Which literal strings every match of a regex must contain, read with Python's own regex parser:
``\\b(?:chemo(?:therapy)?|cancer)`` cannot match a text holding neither "chemo" nor "cancer". Used to skip
patterns that cannot match a text without running them: the privacy cue prefilter (policies.privacy.prefilter)
and the chat normaliser's rewrites (agents.offline.gated)."""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # the parser re itself uses; private, so its absence only turns the filter off
    sre_constants: Any = importlib.import_module("re._constants")
    sre_parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other Python versions
    sre_constants = sre_parser = None

MIN_LITERAL = 3  # shortest literal worth requiring by default
MAX_ALTERNATIVES = 256  # expansions of (a|b)(c|d)... beyond this stop being tracked
# Characters that re's case-insensitive matching takes for an ASCII letter but that lower() keeps apart.
# Macron vowels (Māori names: "Ngāi Tahu", "Kāi Tahu") are folded to their plain vowel on both sides, text
# and literal, so such a name yields a literal long enough to file; a plain-vowel text passing too only costs a run.
FOLD = str.maketrans({"ı": "i", "ſ": "s", "ā": "a", "ē": "e", "ī": "i", "ō": "o", "ū": "u"})
# Greek and Cyrillic letters lower faithfully but for the variant forms re's case-insensitive matching takes for
# the plain letter (final "ς" for "σ", "ϐ" for "β", the old round "ᲀ" for "в"): folded to it on both sides, so
# a Greek or Russian cue can file a literal of its own script
FOLD.update(
    {ord(variant): plain for variants, plain in (("ς", "σ"), ("ϐ", "β"), ("ϵ", "ε"), ("ϑ", "θ"), ("ϰ", "κ"),
     ("µ", "μ"), ("ϖ", "π"), ("ϱ", "ρ"), ("ϕ", "φ"), ("\u0345\u1fbe", "ι"), ("\u1fd3", "\u0390"),
     ("\u1fe3", "\u03b0"), ("ᲀ", "в"), ("ᲁ", "д"), ("ᲂ", "о"), ("ᲃ", "с"), ("ᲄᲅ", "т"), ("ᲆ", "ъ"),
     ("ᲇ", "ѣ"), ("ᲈ", "ꙋ")) for variant in variants}
)  # fmt: skip
# Kana, CJK ideographs and Hangul syllables have no case, so lowering a text keeps them as they are: a literal may
# hold them; so may Greek and Cyrillic, whose few odd forms are folded above
_CASELESS = r"\x00-\x7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff"


def required_literals(pattern: re.Pattern[str], shortest: int = MIN_LITERAL) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` contains, or None when none is known
    (each at least ``shortest`` long, ASCII or caseless, so lowering the text is a faithful comparison)."""
    if sre_parser is None or pattern.flags & re.VERBOSE:
        return None
    try:
        parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a construct this reader does not know: no filter, never a wrong one
        return None
    _, needed = _sequence(list(parsed))
    if not needed or min(len(s) for s in needed) < shortest:
        return None
    return frozenset(needed)


def innermost(literals: frozenset[str]) -> list[str]:
    """The literals that hold no other one, shortest first: a text holding "aide of the" holds "aide of" too, so
    looking for the longer one adds nothing."""
    kept: list[str] = []
    for literal in sorted(literals, key=len):
        if not any(k in literal for k in kept):
            kept.append(literal)
    return kept


Alternatives = list[str] | None  # every string an item can match (None: too many, or not literal)


def _sequence(items: list[tuple[Any, Any]]) -> tuple[Alternatives, Alternatives]:
    """(exact, needed) for a sequence: all strings it can match when that is a short list, and the most
    selective set of literals one of which any match contains."""
    run: list[str] = [""]
    exact_so_far = True
    candidates: list[list[str]] = []

    def flush() -> None:
        needed = _as_needed(run)
        if needed:
            candidates.append(needed)

    for op, av in items:
        exact, needed = _item(op, av)
        if exact is not None:
            joined = [a + b for a in run for b in exact]
            if len(joined) <= MAX_ALTERNATIVES:
                run = joined
                continue
            flush()
            run = list(exact)
            exact_so_far = False
            continue
        exact_so_far = False
        flush()
        run = [""]
        if needed:
            candidates.append(needed)
    flush()
    best = max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)), default=None)
    return (run if exact_so_far else None), best


def _item(op: Any, av: Any) -> tuple[Alternatives, Alternatives]:
    c = sre_constants
    if op is c.LITERAL:
        return [chr(av)], None
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return [""], None  # zero-width: matches no characters
    if op is c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is c.BRANCH:
        branches = [_sequence(list(b)) for b in av[1]]
        exacts = [e for e, _ in branches]
        exact = [s for e in exacts for s in e] if all(e is not None for e in exacts) else None  # type: ignore[union-attr]
        needs = [n if n is not None else _as_needed(e) for e, n in branches]
        needed = [s for n in needs for s in n] if all(needs) else None  # type: ignore[union-attr]
        return (exact if exact is not None and len(exact) <= MAX_ALTERNATIVES else None), needed
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, sub = av
        exact, needed = _sequence(list(sub))
        if exact is not None and low == 0 and high == 1:
            return ["", *exact], None
        if exact is not None and low == high == 1:
            return exact, needed
        return None, (needed or _as_needed(exact)) if low >= 1 else None
    return None, None  # character classes, any character, back-references: nothing literal to require


def _as_needed(exact: Alternatives) -> Alternatives:
    """Literals for a list of exact strings: each one's longest ASCII or caseless stretch ("rening" of "fackförening"),
    which any match of it contains too; None when a string has none."""
    parts = [max(re.split(f"[^{_CASELESS}]+", s.lower().translate(FOLD)), key=len) for s in exact or ()]
    return [p.lower() for p in parts] if parts and all(parts) else None
