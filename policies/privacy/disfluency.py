"""Speech read as it was meant: a transcribed voice note or call stutters and fills its pauses ("I've got a, a
stomach bug", "got, uh, a migraine", "a st- stomach thing"), which splits the phrases cues look for. The fluent
reading drops the repeats and fillers, with a map back to the original's offsets.

Only set-off repeats count ("a, a", "I- I", "in -- in"): a plain "had had" or "Walla Walla" is written so on
purpose. "um" and "like" are fillers only when set off by commas ("um," is German for "at" without one), and
"er" never is ("er" is German "he")."""

from __future__ import annotations

import re

# fillers that are no word in the languages notes mix in ("mm" is a millimetre), with any pause mark after them
# (case kept: "UH" is a university)
_FILLER = r"(?-i:(?:[Uu]h+|[Uu]hm+|[Uu]mm+|[Ee]rm+|[Hh]mm+|[Mm]mm+)(?:,|\.\.\.|…)?|[Uu]m(?:,|\.\.\.|…)|(?<=, )like,)"
_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)?"
_PAUSE = r"(?:\s*(?:,|-{1,2}|\.\.\.|…)(?:\s+" + _FILLER + r")?|\s+" + _FILLER + r")"

_DISFLUENT = re.compile(
    # a word said again after a pause: all but the last are dropped ("a, a, a stomach bug")
    r"\b(?P<word>" + _WORD + r")" + _PAUSE + r"\s+(?=(?P=word)\b)"
    # a word broken off and restarted ("st- stomach")
    r"|\b(?P<part>[^\W\d_]{1,4})-\s+(?=(?P=part)[^\W\d_])"
    # a filler opening the text, or inside it with the pause marks around it ("got, uh, a migraine")
    r"|^\s*" + _FILLER + r"\s+"
    r"|,?\s+" + _FILLER + r"(?=\s|$)",
    re.IGNORECASE,
)


def fluent(text: str) -> tuple[str, list[int]] | None:
    """``text`` without its stutters and fillers, and for each offset of that reading (and its end) the
    offset in ``text`` it came from; None when there are none."""
    cuts = [m.span() for m in _DISFLUENT.finditer(text)]
    if not cuts:
        return None
    kept: list[str] = []
    where: list[int] = []
    at = 0
    for start, end in [*cuts, (len(text), len(text))]:
        kept.append(text[at:start])
        where.extend(range(at, start))
        at = end
    where.append(len(text))
    return "".join(kept), where
