"""A job title put in quotation marks, as a speaker marks a title new or unusual: "Piet, their 'Head of Growth', new
this year", "Ana (\"Head of Happiness\")". The readers take a title in plain words; the
marks are dropped where the quoted words end on a title's head word ("officer", "head of ...", "lead"), so a
quoted remark ('the "Big Bang" go-live') stays as it is."""

from __future__ import annotations

import re

from memory.extract.title_before import TITLE_CORE

# a capitalised phrase of up to six words in straight or curly quotes, where a title stands: after an article, a
# possessive, a comma or a bracket; not what a signature "says" or someone "signs as", which its own reader takes
_QUOTED = re.compile(
    r"(?:(?<=\bthe )|(?<=\ba )|(?<=\ban )|(?<=\bour )|(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<=, )|(?<=\())"
    r"['\"“‘]([A-Z][\w&/-]*(?: (?:of|and|for|&|[A-Z][\w&/-]*)){0,5})['\"”’](?=[\s,.;:)!?]|$)"
)


def unquoted_titles(text: str) -> str:
    """``text`` with the quotation marks around a job title left out."""
    if "'" not in text and '"' not in text and "“" not in text and "‘" not in text:
        return text
    return _QUOTED.sub(lambda m: m.group(1) if _is_title(m.group(1)) else m.group(0), text)


def _is_title(words: str) -> bool:
    """Whether the quoted ``words`` end on a title's head word, or have one before a field ("Head of Happiness")."""
    return words.lower().split(" of ")[0].split()[-1] in TITLE_CORE
