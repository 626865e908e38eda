"""Drafting words mistyped or texted in chat, read as meant before a draft request is looked for: "can u writ
smthng to Conecom", "pls wrte a thank-you to Hatfan", "sned them a note", "emial Konex about the renewal".

Only the words a draft request turns on are put right, and only here: "writ" or "sned" spelt out in every message
would change what other readers see. A word that is part of a name the store knows stays as written."""

from __future__ import annotations

import re

# each slip and the word meant: a letter dropped, swapped or doubled, or the vowels left out as in texting
_SLIPS = {
    "write": ("writ", "wrte", "wirte", "wriet", "wrtie", "wrie", "writte", "rwite", "wrtite"),
    "draft": ("darft", "draf", "dradt", "drfat", "draftt", "dfrat"),
    "email": ("emial", "emal", "eamil", "emali", "emaill", "e-mial", "emai"),
    "send": ("snd", "sned", "sedn", "sendd"),
    "reply": ("repyl", "rply", "reploy", "replyy", "rpely"),
    "compose": ("compse", "comopse", "copmose", "compsoe"),
    "something": ("smthng", "smthing", "smth", "sth", "somthing", "somethin", "sumthin", "sumthing", "smthg",
                  "somethng", "somehting", "soemthing"),
    "message": ("mesage", "messge", "mesasge", "messsage"),
}  # fmt: skip
_MEANT = {slip: word for word, slips in _SLIPS.items() for slip in slips}
_SLIP = re.compile(
    r"(?<![\w'-])(?:" + "|".join(sorted(map(re.escape, _MEANT), key=len, reverse=True)) + r")(?![\w'-])", re.I
)


def draft_words_spelt(text: str, names: frozenset[str] = frozenset()) -> str:
    """``text`` (normalised or as written) with each mistyped drafting word spelt right; words in ``names`` (lower
    case) are left alone."""
    lowered = text.lower()
    if not any(slip in lowered for slip in _MEANT):  # most messages have none: skip the regex
        return text
    return _SLIP.sub(lambda m: m[0] if m[0].lower() in names else _MEANT[m[0].lower()], text)
