"""Speech-to-text output read as plain speech: call transcripts and voice memos as a transcription service writes them.

A transcript line opens with a timestamp and a diarization label ("[00:00:04] Speaker 1:", "[0:09] SPEAKER_00:",
"SPK_2:"); the text is lower case, unpunctuated, and full of fillers ("um", "uh", "euh"), stutters ("the the",
"we're we're") and names split into sounds ("core via" for Quorvia, "G T X pro", "em gee advanced"). The finders
are written for what people type, so each line loses its stamp, each generic label becomes one word, and the
text is cleaned before it is read; the rest of the engine sees an ordinary speaker line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# "[00:00:04] ", "[0:09] ", "(01:12) ", "00:00:04 ", a span "[00:00:04 - 00:00:09] " at the head of a line, or the
# stamp after the label: "Speaker 1 (00:04):", "Aylin [00:00:12]:"
_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?"
_SPAN = rf"[\[(]\s*{_TIME}(?:\s*(?:-|\u2013|-->|to)\s*{_TIME})?\s*[\])]"
_STAMP = re.compile(rf"^\s*(?:{_SPAN}|{_TIME}(?= ))\s*")
_STAMP_AFTER = re.compile(rf"^(?P<label>[^\[(:\n]{{1,40}}?)\s*{_SPAN}\s*:")
# a diarization label: "Speaker 1", "SPEAKER_01", "spk-2", "Speaker A" (made one token: "SPEAKER_1")
_GENERIC = re.compile(r"^(?:speaker|spkr|spk)[ _-]?(?P<id>\d{1,2}|[A-Z])(?=\s*:)", re.IGNORECASE)
_FILLER = re.compile(r"\b(?:u+m+|u+h+m*|e+r+m+|e+h+m*|e+u+h+|h+m+|m+h*m+|a+h+)\b,?\s*", re.IGNORECASE)
# "er" alone only between words (an "er" could end a clipped word at a line's end)
_ER = re.compile(r"(?<= )er,? (?=\w)", re.IGNORECASE)
# the same word (or two) said twice or more running: "the the", "we're we're", "to to to", "in the in the"
_STUTTER = re.compile(r"\b(\w+(?:'\w+)?(?: \w+(?:'\w+)?)?)(?: \1\b)+", re.IGNORECASE)
# letters spelled out one by one: "G T X", "c r m"
_SPELLED = re.compile(r"\b(?:[A-Z] ){1,3}[A-Z]\b")
# a false start on a figure corrected on the spot: "six thousand no sorry it's four thousand two hundred"
_NUMBER = (
    r"(?:\d[\d,.]*|a|and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety)"
)
_CORRECTED = re.compile(
    rf"\b(?:{_NUMBER} ){{1,4}}(?:thousand|hundred|k|grand|percent)\b,?"
    r" (?:no sorry|sorry no|no wait|i mean|no|sorry)\b,? "
    r"(?:it's |it is |that's |make that )?(?=\w)",
    re.IGNORECASE,
)
# names heard as sounds, written as the name: the rivals LABELS.md knows and our product words
_HEARD = [
    (re.compile(p, re.IGNORECASE), name)
    for p, name in (
        # (not a core reached through something: "we reach the core via the API")
        (
            r"\b(?:core|quor|kor|cor|quore) ?v[iy]a\b(?! (?:the|a|an|our|your|their|its|api|sso|e-?mail|vpn)\b)",
            "Quorvia",
        ),
        (r"\bstack[ -]?(?:line|lane)\b", "Stackline"),
        (r"\bbright[ -]wave\b", "Brightwave"),
        (r"\b(?:loo|lu|lou) ?m[ou]ra?\b", "Lumora"),
        (r"\btell?[ -]?(?:you|u|your|ur) ?ri(?:x|cks|cs)\b|\btellur ?(?:ix|icks|ics)\b", "Tellurix"),
        (r"\bnorth[ -]peak\b", "NorthPeak"),
        (r"\bkestrel (?:see are em|c ?r ?m)\b", "Kestrel CRM"),
        (r"\bem ?gee\b", "MG"),
        (r"\bg ?t ?x\b", "GTX"),
        (r"\bg ?t ?k\b", "GTK"),
    )
]


_UNITS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
    " fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_ORDINALS = {word: i + 1 for i, word in enumerate(_UNITS)} | {"twentieth": 20, "thirtieth": 30}
_ORDINALS |= {f"twenty {w}": 21 + i for i, w in enumerate(_UNITS[:9])} | {"thirty first": 31}
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|sept"
# a day said as a word, where it can only be a day: by a month ("the eleventh of december", "march the third") or
# after "on/by/until the" ("i finish here on the twenty sixth"); "give me a second" and "the second half" stay
_SPOKEN_DAY = re.compile(rf"\b(?:{_ORDINAL})\b", re.IGNORECASE)
_DAY_HEAD = re.compile(rf"(?:\b(?:{_MONTHS}) (?:the )?|\b(?:on|by|until|till|from|after|before) the )$", re.IGNORECASE)
_OF_MONTH = re.compile(rf" of (?:{_MONTHS})\b", re.IGNORECASE)


# what an ordinal after "on the" counts when it is no day: "on the first of all", "by the second call"
_NOT_A_DAY = re.compile(
    r" (?:of\b|time|half|quarter|round|call|meeting|phase|stage|week|day|one|item|page|floor|step|draft|version"
    r"|option|attempt|try|point|line)\b",
    re.IGNORECASE,
)


def _day_number(m: re.Match[str]) -> str:
    """The ordinal as a day number where it can only be a day, else as it was."""
    if not _OF_MONTH.match(m.string, m.end()):
        head = _DAY_HEAD.search(m.string, max(0, m.start() - 16), m.start())
        if not head or _NOT_A_DAY.match(m.string, m.end()):
            return m.group(0)
    n = _ORDINALS[" ".join(m.group(0).lower().split())]
    return f"{n}" + ({1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th") if n not in (11, 12, 13) else "th")


# where a new sentence starts in unpunctuated speech: a discourse word before a clause ("so our thing is on ice",
# "but the number is a lot"), news announced ("bad news", "the only thing is", "just so you know"), a report of
# what someone said ("he said", "she literally said"); the finders read a clause at a time, and a run-on turn
# lets a "no" or an "until" from one clause negate or condition the next
_SUBJECT = (
    r"(?:i|i'm|i've|i'll|i'd|we|we're|we've|we'll|we'd|you|you're|he|he's|she|she's|they|they're|they've|it|it's"
    r"|our|their|his|her|the|that|that's|there|there's|this|my|nobody|nothing|everything|basically|honestly"
    r"|anyway|now|then|if|yeah|yes|no)"
)
_BREAK = re.compile(
    # (not inside "more bad news", "the good news", "some good news")
    r"(?<!\bmore)(?<!\bsome)(?<!\bthe)(?<!\bless)"
    rf" (?=(?:so|but|and so|and then|and also|and now|and honestly|also|plus|anyway|because|although|though"
    rf"|ok so|okay so|right so|oh and|oh by the way) {_SUBJECT}\b"
    r"|(?:good|bad|more bad|some good|some bad) news\b"
    r"|(?:the (?:good|bad|less good|other|only|big)|one other) (?:news|bit|thing|part)\b"
    r"|just so you know\b|(?:he|she|they) (?:also |literally |even |then |just )?(?:said|says|told|asked|mentioned)\b"
    r"|honestly\b|anyway\b|voilà\b|alors\b)",
    re.IGNORECASE,
)


# a yes or no said on its own before a clause ("and no they're out"): the answer, not a negation of the clause
_ANSWER = re.compile(
    r"\b(no|nope|nah|yes|yeah|yep) (?=(?:they|they're|it|it's|we|we're|i|i'm|he|he's|she|she's|that's)\b)",
    re.IGNORECASE,
)
# a verdict on a vendor closes its clause ("and no they're out their demo was a mess"): what follows is a new one
_VERDICT = re.compile(
    r"\b((?:they're|they are|they've been|it's|that's|he's|she's) (?:now |definitely |already )?(?:out|done|dropped"
    r"|off the table|off the list|off our list)(?: for good| now| too| as well| then)?) (?!(?:of|for|to|by|at|in|on"
    r"|with|from|and)\b)(?=\w)",
    re.IGNORECASE,
)


def punctuated(text: str) -> str:
    """Transcribed speech broken into sentences where its clauses turn, one a line; typed text as it is."""
    return _break(text) if transcribed(text) else text


def _break(text: str) -> str:
    low = text.lower()
    if any(w in low for w in ("no ", "nope", "nah", "yes", "yeah", "yep")):
        text = _ANSWER.sub(r"\1.\n", text)
    if any(w in low for w in (" out", " done", " dropped", " off ")):
        text = _VERDICT.sub(r"\1.\n", text)
    return _BREAK.sub(".\n", text)


# a name written mid-sentence in typed mail ("Sophie, Karin (our CFO) has approved"), or in a greeting ("Dear Kwabena")
_TYPED_NAME = re.compile(r"(?:(?<=[a-z,;] )|(?<=Dear )|(?<=Hi )|(?<=Hello )|(?<=Hey ))[A-Z][a-z]{2,}\b")
# capitalised words that are not people, and names that are also everyday words ("will", "may", "grace")
_NOT_PEOPLE = frozenset(
    (
        _MONTHS + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|pro|plus|basic"
        "|advanced|premium|enterprise|legal|finance|procurement|team|thanks|regards|best|cheers|attached|will|may|mark|grace"
        "|bill|rose|pat|sue|art|hope|joy|frank|dawn|gene|rich|max|summer|page|faith|sky|drew|chase|reed|hunter|jack"
        "|the|this|that|our|your|their|please|kind|dear|hi|hello|hey|sir|madam"
    ).split("|")
)
_I = re.compile(r"\bi\b")


def people_named(senders: Iterable[str], texts: Iterable[str]) -> re.Pattern[str] | None:
    """The names of people a deal's typed messages write with a capital, to find in lower case in its transcripts
    ("karin left last week"): its senders, the people greeted or named mid-sentence."""
    words = {w.lower() for sender in senders for w in re.sub(r"<[^>]*>", "", sender).split()}
    words |= {m.group(0).lower() for text in texts for m in _TYPED_NAME.finditer(text)}
    names = sorted(w for w in words if w.isalpha() and len(w) > 2 and w not in _NOT_PEOPLE)
    return re.compile(r"\b(?:" + "|".join(names) + r")\b") if names else None


@lru_cache(maxsize=4096)  # a thread's turns are read several times over per assessment
def as_typed(text: str, names: re.Pattern[str] | None = None) -> str:
    """Transcribed speech cleaned, names and "I" capitalised, broken into sentences (see clean_speech, punctuated)."""
    text = clean_speech(text)
    if not transcribed(text):
        return text
    text = _I.sub("I", text)
    if names is not None:
        text = names.sub(lambda m: m.group(0).capitalize(), text)
    return _break(text)


# the side a label names instead of a person: "Rep:", "Agent:" are ours; "Customer:", "Client:", "Prospect:" theirs
_OUR_ROLE = re.compile(r"(?:our )?(?:rep|agent|sales(?: rep)?|account (?:manager|exec(?:utive)?)|ae|sdr|host)", re.I)
_THEIR_ROLE = re.compile(r"(?:the )?(?:customer|client|prospect|buyer|caller|guest)", re.IGNORECASE)


def labelled_side(label: str) -> str:
    """ "ours" or "theirs" when the label names a side rather than a person, else ""."""
    return "ours" if _OUR_ROLE.fullmatch(label) else "theirs" if _THEIR_ROLE.fullmatch(label) else ""


def speaker_line(raw: str) -> str:
    """A transcript line without its timestamp, a generic label made one token ("Speaker 1:" is "SPEAKER_1:")."""
    line = _STAMP_AFTER.sub(r"\g<label>:", _STAMP.sub("", raw, count=1), count=1)
    return _GENERIC.sub(lambda m: "SPEAKER_" + m["id"].upper(), line, count=1)


def clean_speech(text: str) -> str:
    """Spoken text as it would be typed: fillers dropped, stutters and false starts said once, names joined up."""
    text = _FILLER.sub("", text)
    text = _ER.sub("", text)
    text = _SPELLED.sub(lambda m: m.group(0).replace(" ", ""), text)
    for pattern, name in _HEARD:
        text = pattern.sub(name, text)
    text = _STUTTER.sub(r"\1", text)
    text = _SPOKEN_DAY.sub(_day_number, text)
    low = text.lower()
    return _CORRECTED.sub("", text) if "sorry" in low or " no " in low or "i mean" in low else text


def transcribed(text: str) -> bool:
    """Text as a transcription service gives it: mostly lower case, with few stops for its length."""
    words = text.split()
    if len(words) < 8:
        return False
    stops = sum(1 for w in words if w[-1:] in ".!?")
    capitals = sum(1 for w in words if w[:1].isupper())
    return stops * 12 < len(words) and capitals * 5 < len(words)
