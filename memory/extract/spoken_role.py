"""A title said straight after a name, no comma or brackets between, as speech-to-text writes it: "talked to Adaeze
Obi procurement lead", "Marcus Lee their IT manager rang", "Oren Katz chief procurement officer called" (or a terse
note: "Sven Berg CTO + Noor Hassan"); and "there" for "their" before a title ("she's there controller"), the
dictation's homophone."""

from __future__ import annotations

import re

from memory.extract.role_words import DEPARTMENT_WORDS, ROLE_WORDS
from memory.extract.title_before import TITLE_CORE

# the words after the name, then the end of the statement (not a question: "is Jo Lee the CFO?") or the verb the
# person did: a title only if every word is a title's or a department's word and the last one heads a title
# ("procurement lead", not "procurement" alone)
# (or, a title led by capitals only, the next name joined on with "+" or "&", a list of who was there: "Sven Berg CTO +
# Noor Hassan"; a word in lower case there may be any: "Your paralegal & Maria")
_BARE_TITLE = re.compile(
    r"^[ \t]+(?:(their|the|her|his) )?((?:[A-Za-z&-]+ ){0,3}?[A-Za-z-]+)"
    r"(?=[ \t]*(?:[.;\n]|$)|[ \t]+(?P<joined>[+&])[ \t]|[ \t]+(?:rang|called|phoned|emailed|texted|wrote|said|says|"
    r"confirmed|mentioned|wants|needs|asked|agreed)\b)"
)
# a title led by a capitals-only abbreviation, which no name reader takes for a name's next word: "CTO", "VP Sales"
_ACRONYM_LED = re.compile(r"[A-Z]{2,4}\b")
_TITLE_WORDS = ROLE_WORDS | DEPARTMENT_WORDS


def bare_title_after(tail: str) -> str | None:
    """The title written bare after a name, ``tail`` being the text after it."""
    m = _BARE_TITLE.match(tail)
    if not m:
        return None
    title = m.group(2)
    # dictation writes a title in lower case ("procurement lead"), or after "their"; a capitalised word straight
    # after a name goes on a longer one ("Luis Ortega Fleet Ops Manager" is read from "Fleet" too) or heads a line
    acronym = _ACRONYM_LED.match(title) is not None
    if not (m.group(1) or title[0].islower() or acronym) or (m.group("joined") and not acronym):
        return None
    words = title.lower().split()
    headed = words[-1] in TITLE_CORE or (acronym and words[0] in TITLE_CORE)  # "CFO", "VP Sales"
    if not headed or not all(w in _TITLE_WORDS for w in words):
        return None
    return title


_THERE_TITLE = re.compile(
    r"\b((?:he|she)['’]s|is|was) (there)(?= (?:[a-z]+ )?(?:" + "|".join(sorted(TITLE_CORE)) + r")\b)", re.IGNORECASE
)


def their_for_there(text: str) -> str:
    """``text`` with the dictated "there" before a title written "their": "she's there controller"."""
    if "there" not in text.lower():
        return text
    return _THERE_TITLE.sub(lambda m: m.group(1) + (" Their" if m.group(2)[0].isupper() else " their"), text)
