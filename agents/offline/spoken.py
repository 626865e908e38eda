"""A question dictated by voice, read as if it had been typed: speech-to-text writes what it hears, so filler and a
wake word come along ("okay google uh ..."), punctuation arrives as words ("... this year period"), numbers as words
("q three"), letters one by one ("G T X pro"), sound-alike words in place of sales words ("wind rate", "close one",
"there total value"), a request taken back and asked anew ("send a message to X scratch that just tell me ..."),
and a price and a count run on without a stop ("... list price on X and how many of those have I got open")."""

from __future__ import annotations

import re

_WAKE = re.compile(r"^\s*(?:(?:ok|okay|hey|hi)\s+(?:google|siri|alexa|cortana)|alexa|siri)\b[\s,.!]*", re.IGNORECASE)
_FILLER = re.compile(r"(?<![\w'-])(?:um+|uh+|uhm+|erm+)(?![\w'-])[,.]?\s*", re.IGNORECASE)
# dictation apps that write the mark's name: "thanks comma", "late question mark"; "period" only where it is no
# noun ("the same period", "period of time", "period over period" stay)
_MARKS = re.compile(
    r"\s*\b(?:(question mark)|(exclamation (?:point|mark))|(comma)(?! (?:separated|delimited))|(full stop)"
    r"|(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bsame )(?<!\bwhat )(?<!\bwhich )(?<!\beach )(?<!\ba )(?<!\bany )"
    r"(?<!\bgrace )(?<!\btrial )(?<!\bnotice )(?<!\btime )(?<!\bby )(?<!\bper )(period)"
    r"(?=[\s.!]*$| (?:keep|and|thanks|thank|please|i|we|make|also|so|then|can|could|what|how|best|cheers|it|let)\b))"
    r"\b",
    re.IGNORECASE,
)
_MARK_OF = ("?", "!", ",", ".", ".")
# "q three", "quarter two": a quarter by its spoken number
_QUARTER = re.compile(r"\b(?:q|((?:in|for|of|during|since|from|to|and|vs|versus|through|thru) )quarter) "
                      r"(one|two|three|four)\b", re.IGNORECASE)  # fmt: skip
_DIGIT = {"one": "1", "two": "2", "three": "3", "four": "4"}
# letters said one by one: "G T X plus pro", "M G special", "opportunity I D"
_LETTERS = re.compile(r"\b[A-Z](?: [A-Z]\b)+(?![\w'])")
_ID = re.compile(r"\b(opp(?:ortunity)?|deal) i d\b", re.IGNORECASE)
# a sales word heard as another: "wind rate" / "when rate" (win rate); "one" after who wins (won)
_WIN_RATE = re.compile(r"\b(?:wind|when|wing) (rates?)\b", re.IGNORECASE)
_ONE_WON = re.compile(
    r"\b((?:i|we|you|they|he|she) )one\b(?= (?:so far|this|last|in|with|from|since|during|year"
    r"|ytd|q[1-4]|all year|total|overall)\b| ?$)",
    re.IGNORECASE,
)
# "closed one deals", "how many deals did she close one in october": closed won; not "the most I closed one for"
_CLOSED_ONE = re.compile(
    r"\b(?:closed|close) one (?=(?:deals?|opps?|opportunit(?:y|ies))\b)"
    r"|(?<=\bhow many )((?:deals|opps|opportunities) (?:[\w'-]+ ){1,4}?)(?:close|closed) one\b(?! for\b)",
    re.IGNORECASE,
)
# "there" for "their" before what a customer or a rep has: "whats there total value", "where are there headquarters"
_THEIR = re.compile(
    r"\bthere (?=(?:total|value|hq|headquarters|head office|sector|industry|deals?|opps?|opportunit(?:y|ies)|pipeline"
    r"|revenue|win rate|account|accounts|biggest|largest|last|latest|oldest|newest|open|won|lost|contacts?|email"
    r"|office|team|reps?|manager|country|location|orders?|purchases?|products?|parent|subsidiaries|headcount"
    r"|employees|size|average|renewal|gtx|mg|gtk)\b)",
    re.IGNORECASE,
)
# ... but "are there open deals", "how many are there open": there is, unless a question word asks of it ("where are
# there headquarters")
_IS_THERE = re.compile(r"(?:^|(\w+) )(?:is|are|was|were) $", re.IGNORECASE)
_ASKING = frozenset(("where", "what", "how", "who", "which", "when", "why"))
_THEYRE = re.compile(r"\bthere (?=(?:still|not|interested|ready|happy|looking|going|planning)\b)", re.IGNORECASE)
# the request taken back and another asked: "send a message to X scratch that scratch that um just tell me ..."
_TAKEN_BACK = re.compile(
    r"\b(?:scratch that|strike that|cancel that|forget that|disregard that|never ?mind(?: that)?)[\s,.!;-]+"
    r"(?:(?:scratch that|strike that|cancel that|forget that|never ?mind|okay|ok|so|actually|instead|rather|just"
    r"|um+|uh+)[\s,.!;-]+)*"
    r"(?=(?:tell me|what|what's|whats|how|which|who|who's|whos|where|when|give me|show me|can you|could you|pull"
    r"|list|draft|write|email|send|find|get me)\b)",
    re.IGNORECASE,
)
# one more question run on without a stop: "... the G T X plus pro and how many of those have I got open"
_RUN_ON = re.compile(
    r"(?<=\w) (?=and (?:how (?:many|much)|what's|whats|what (?:is|are|was|were|did)|where (?:is|are|was|were)"
    r"|where's|wheres|when (?:was|did))\b \S+ \S)",
    re.IGNORECASE,
)
# ... after a product's price, which the catalogue answers apart ("how many did I lose and how many of those were at
# X" stays one question)
_PRICE = re.compile(r"\b(?:list price|price|cost|costs|sell for)\b", re.IGNORECASE)
_COUNT = re.compile(r"\bhow (?:many|much)\b", re.IGNORECASE)
_PUNCTUATED = re.compile(r"[?.!,;:()]")


def as_typed(text: str) -> str:
    """``text`` as the typed question it was dictated as; typed text comes back unchanged but for filler."""
    text = _FILLER.sub("", _WAKE.sub("", text))
    text = _MARKS.sub(lambda m: _MARK_OF[(m.lastindex or 1) - 1], text)
    if (retaken := list(_TAKEN_BACK.finditer(text))) and _asked_before(text[: retaken[-1].start()]):
        text = text[retaken[-1].end() :]
    text = _QUARTER.sub(lambda m: f"{m[1] or ''}q{_DIGIT[m[2].lower()]}", text)
    text = _LETTERS.sub(lambda m: m[0].replace(" ", ""), text)
    text = _ID.sub(r"\1 id", text)
    text = _WIN_RATE.sub(r"win \1", text)
    text = _ONE_WON.sub(r"\1won", text)
    text = _CLOSED_ONE.sub(lambda m: f"{m[1]}win" if m[1] else "closed won ", text)
    text = _THEYRE.sub("they're ", _THEIR.sub(lambda m: _their(text[: m.start()]), text))
    joint = None if _PUNCTUATED.search(text) else _RUN_ON.search(text)
    if joint and _PRICE.search(head := text[: joint.start()]) and not _COUNT.search(head):
        text = f"{head}?{text[joint.start() :]}"  # the catalogue's answer, then the deals' figures
    return text


# words that make "never mind what I said" part of a message to write, not the asker taking a request back
_REPORTED = frozenset(("saying", "say", "says", "said", "to", "that", "them", "him", "her", "and", "tell", "telling"))


def _asked_before(head: str) -> bool:
    """Whether something was asked before the words that take it back (not "scratch that" opening a message, nor
    "draft a note saying never mind ...")."""
    words = head.lower().split()
    return len(words) >= 2 and words[-1] not in _REPORTED


def _their(head: str) -> str:
    """ "their" for a "there" after ``head``, unless it is "there is/are" ("are there open deals")."""
    before = _IS_THERE.search(head)
    return "there " if before is not None and (before[1] or "").lower() not in _ASKING else "their "
