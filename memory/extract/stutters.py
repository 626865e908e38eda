"""A small word said twice in a row, as speech does while the speaker thinks: "Lars Becker, the, the group CIO",
"spoke w the the ops lady", "she's the, um, the COO" (a filler between). The readers key on "the group CIO"
after a name; the repeat would hide it. So would a filler set off by commas right after "who's": "Ola,
who's, you know, the site lead" reads as "who's the site lead"."""

from __future__ import annotations

import re

# only the small words a name's title or a firm follows ("Lars Becker, the, the group CIO"); "that that" and "had
# had" can be meant, and a repeated pronoun hides nothing the readers want
_WORDS = ("the", "a", "an", "to", "our", "their", "his", "her", "my")
# what a speaker says while finding the word
_FILLER = r"(?:um+|uh+|er|erm|like|you know|what(?:'s|’s| is) it(?: called)?|what do you call it|how do you say)"
_REPEATED = re.compile(
    r"\b(" + "|".join(_WORDS) + r")(?:,?[ \t]+(?:" + _FILLER + r",?[ \t]+)?\1)+\b(?!['’])", re.IGNORECASE
)
_COPULA_FILLER = re.compile(r"\b(who(?:'s|’s| is)),[ \t]*" + _FILLER + r",[ \t]*", re.IGNORECASE)
# the cheap test first (plain substring searches on the lower-cased text): most texts repeat none of them
_HINTS = tuple(h for w in _WORDS for h in (f" {w} {w} ", f" {w}, {w} ")) + ("who's, ", "who’s, ", "who is, ")
_FILLER_HINT = re.compile(r"\b(?:" + "|".join(_WORDS) + r"),? " + _FILLER + r",? (?:" + "|".join(_WORDS) + r")\b")


# a bare sound set off by commas, as dictation writes it: "in, uh, a fortnight", "Raj Patel, um, CEO"; after a
# preposition or article the commas go too ("in a fortnight"), before a capital one stays ("Raj Patel, CEO")
_SOUND = r"(?:um+|uh+|erm|er)"
_PREP_SOUND = re.compile(
    r"(\b(?:in|by|within|before|until|till|around|for|at|on|of|from|with|to|the|a|an|is|was|are|were|their|his|her|our|my|its)|['’]s)"
    r"[ \t]*,[ \t]*" + _SOUND + r"[ \t]*,[ \t]*",
    re.IGNORECASE,
)
_COMMA_SOUND = re.compile(r",[ \t]*(?i:" + _SOUND + r")[ \t]*,(?=[ \t][A-Z])")  # a name or title next


def unstuttered(text: str) -> str:
    """``text`` with a small word said twice (or more) in a row said once, and a filler after "who's" left out."""
    if ", u" in text or ", e" in text or ", U" in text or ", E" in text:  # the cheap test first
        text = _COMMA_SOUND.sub(",", _PREP_SOUND.sub(r"\1 ", text))
    low = " " + text.lower()
    if not any(h in low for h in _HINTS) and not _FILLER_HINT.search(low):
        return text
    return _COPULA_FILLER.sub(r"\1 ", _REPEATED.sub(r"\1", text))
