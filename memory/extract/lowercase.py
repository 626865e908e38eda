"""Names in notes typed or transcribed all in lower case ("talked to priya nair she's the director
of finance"), where capitals cannot mark a name.

Only in such notes, and only with both an introduction ("talked to", "with", "her deputy") before the
words and a role after them, are two or three lower-case words taken as a person: capitalised notes
never get here. A single word needs more: "me and bea the office manager" (a narrow introduction), or
"kwame's the owner" when the note also introduces kwame elsewhere ("her boss kwame").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import islice

from memory.extract.sides import Sides

_CAPITALISED = re.compile(r"\b[A-Z][a-z]")
_ROLE_CUE = re.compile(
    r",? (?:(?:she|he|who)['’]?s (?:the |their |a |an )?|(?:she|he|who) is (?:the |their |a |an )?|the |their )"
    r"(?=[a-z])"
    r"|(?<=[a-z])'s (?:the |their )(?=[a-z])"  # "kwame's the owner"
)
_CLAUSE_END = re.compile(r"[,.;:!?()\n]")
# where the speaker met them, said between the name and the role: "had wendell park on the phone he's..."
_WHERE_MET = re.compile(r"\s+(?:on|over) (?:the |a )?(?:phone|call|line|zoom|teams)$|\s+(?:today|yesterday|earlier)$")
# a single word is a name only after these: "with bea", "her boss kwame", "me and bea"
_SINGLE_INTRO = frozenset("with met called emailed rang phoned deputy boss colleague assistant counterpart".split())
INTRO = _SINGLE_INTRO | {"to", "from", "is", "had"}  # words that introduce a name after them
_WORD = re.compile(r"[a-z][a-z'’-]*$")
_FILLER = frozenset("uh um er erm hmm".split())
# words that open or glue a spoken sentence, never part of a name
_NOT_NAME = frozenset(
    """to with from at for of in on by about and or but so just had have has was were is are be been i me my
    you your yeah ok okay um uh er erm like basically actually really then also this that there coffee lunch
    talked spoke met called emailed chatted chat meeting recording again guy lady person someone everyone
    anyone nobody everybody somebody one deal colleague counterpart rang phoned phone""".split()
)
NOT_NAME = _NOT_NAME  # also what trails a name in a typed note: "talked to emine again (owner)"
# where a spoken role ends: the next verb or glue word ("office manager went through it again")
_ROLE_STOP = frozenset(
    """went goes go said says wants wanted want is was were has had will would can could and so but who which
    that to then just also really gonna got get did does do thinks told asked came come signed agreed approved
    needs need mentioned seemed seems thought kept we they he she i you it um uh er on at in with from by
    there over here too""".split()
)


def lowercase_contacts(
    masked: str, stop: Iterable[str], valid_role: Callable[[str], str | None], sides: Sides
) -> list[tuple[str, str]]:
    """``(Name, role)`` for each introduced lower-case name followed by its role, in an all-lower-case note."""
    if next(islice(_CAPITALISED.finditer(masked), 3, None), None) is not None:
        return []  # a note with capitals (four or more capitalised words) writes names with them
    stop_words = set(stop) | _NOT_NAME
    found = []
    for cue in _ROLE_CUE.finditer(masked):
        before = _WHERE_MET.sub("", masked[max(0, cue.start() - 60) : cue.start()])
        words = [w for w in before.split() if w not in _FILLER]
        name = _name_before(words, stop_words)
        if name is None and cue.group(0).startswith("'s") and words:
            name = _introduced_elsewhere(masked, words[-1], stop_words, sides)
        role = valid_role(_spoken_role(_CLAUSE_END.split(masked[cue.end() : cue.end() + 60], 1)[0]))
        if name is None or role is None:
            continue
        text = " ".join(name)
        start = masked.rfind(name[0], 0, cue.start())
        if sides.not_customer(start, cue.start(), text):
            continue
        found.append((" ".join(w.capitalize() for w in name), role))
    return found + [pair for pair in _bracketed(masked, stop_words, valid_role, sides) if pair not in found]


# a name with its role in brackets, opening a sentence or after an introduction: "doncon. rashid al-mansouri
# (office mgr) confirmed 40 users", "spoke with ana lima (cfo)"; not "the team (ops)" (a glue word in the name)
_BRACKETED = re.compile(
    r"(?:^|[.:;!?]\s+|\n\s*|\b(?:with|w/|to|from|met|called|emailed|rang|phoned)\s+)"
    r"([a-z][a-z'’-]+(?: [a-z][a-z'’-]+){1,2}) \(([a-z][a-z .&/-]{1,40})\)"
)

# ... or after a comma, closing its clause, the name introduced: "spoke to ola nordmann, CIO." (a role may be in
# capitals in a note otherwise typed in lower case)
_COMMA_ROLE = re.compile(
    r"\b(?:with|w/|to|met|called|emailed|rang|phoned)\s+([a-z][a-z'’-]+(?: [a-z][a-z'’-]+){1,2}),\s*"
    r"([A-Za-z][A-Za-z .&/-]{1,40}?)(?=\s*(?:[.;:!?,\n]|$))"
)


_WHEN = frozenset("today yesterday tomorrow earlier later tonight again too once twice first now then".split())


def _bracketed(
    masked: str, stop: set[str], valid_role: Callable[[str], str | None], sides: Sides
) -> list[tuple[str, str]]:
    """``(Name, role)`` for each lower-case name said with its role in brackets after it (see ``_BRACKETED``)."""
    found = []
    for m in [*_BRACKETED.finditer(masked), *_COMMA_ROLE.finditer(masked)]:
        words, role = m.group(1).split(), valid_role(m.group(2).strip())
        if words[-1] in _WHEN or words[-1].endswith("ly"):
            continue  # "met priya today (cfo)", "spoke with dana briefly (owner)": a time or a manner, no surname
        if role is None or any(w in stop for w in words) or sides.not_customer(m.start(1), m.end(2), m.group(1)):
            continue
        found.append((" ".join("-".join(p.capitalize() for p in w.split("-")) for w in words), role))
    for m in _SINGLE_BRACKETED.finditer(masked):
        word, role = m.group(1), valid_role(m.group(2).strip())
        if role is None or word in stop or word in _WHEN or sides.not_customer(m.start(1), m.end(2), word):
            continue
        found.append((word.capitalize(), role))
    return found


# one lower-case word opening a sentence (or after a label's colon), its title in brackets, then what it says or how
# it got in touch: "dana (vp cs) says eom works", "LOST. ola (head of support) rang fri"; the saying makes the word
# a person ("ops (vp cs) says" has a department, a stop word)
_SINGLE_BRACKETED = re.compile(
    r"(?:^|[.;:!?]\s+|\n\s*)([a-z][a-z'’-]{2,}) \(([a-z][a-z .&/-]{1,40})\)[ \t]+"
    r"(?=(?:says|said|wants|confirmed|confirms|agreed|agrees|asked|thinks|mentioned|told|rang|called|phoned|"
    r"emailed|e-mailed|wrote|replied|texted|messaged|pinged|rings|calls)\b)"
)


def _name_before(words: list[str], stop: set[str]) -> list[str] | None:
    """The name words closing ``words``, right after an introduction ("with derek derek mills": a repeated
    word is a stutter): two or three words, or one after a narrow introduction ("me and bea")."""
    name: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if not _WORD.match(word) or word in stop:
            if 2 <= len(name) <= 3 and word in INTRO:
                return name[::-1]
            single = word in _SINGLE_INTRO or (word == "and" and k > 0 and words[k - 1] in ("me", "i"))
            return name if len(name) == 1 and single else None
        if not name or word != name[-1]:
            name.append(word)
    return None


def _introduced_elsewhere(masked: str, word: str, stop: set[str], sides: Sides) -> list[str] | None:
    """``[word]`` when the note introduces it as a person somewhere ("her boss kwame"), as ours it is not."""
    if not _WORD.match(word) or word in stop:
        return None
    for m in re.finditer(r"\b(\w+) " + re.escape(word) + r"\b", masked):
        if m.group(1) in _SINGLE_INTRO and not sides.not_customer(m.start(), m.end(), word):
            return [word]
    return None


def _spoken_role(text: str) -> str:
    """A role said without punctuation ends at the next verb or glue word: "office manager went through it"
    -> "office manager"; "head of facilities and um they want" -> "head of facilities"."""
    kept: list[str] = []
    for word in text.split():
        if (word in _ROLE_STOP and (kept or word != "it")) or "'" in word:  # a leading "it" is IT: "it manager"
            break
        kept.append(word)
    return " ".join(kept)


# a note's field naming the contact, the name in lower case, with a surname or its initial: "- contact: george m.
# ("call me GM")", "contact: ana lima, cfo"; the field's label makes the words a person in any note
_CONTACT_FIELD = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:main |key )?contact[ \t]*:[ \t]*"
    r"([a-z][a-z'’-]+ (?:[a-z]\.|[a-z][a-z'’-]+))(?=[ \t]*(?:[(,–—-]|$))"
    r"(?:[ \t]*(?:,|\()[ \t]*([a-z][a-z .&/-]{1,40}?)[ \t]*(?:\)|$))?",
    re.MULTILINE,
)


_NO_NAME_YET = frozenset("tbd tba tbc unknown none pending later see below above same n/a".split())


def labelled_contacts(
    masked: str, stop: Iterable[str], valid_role: Callable[[str], str | None], sides: Sides
) -> list[tuple[str, str | None]]:
    """``(Name, role or None)`` for each lower-case name a "contact:" field gives."""
    if "contact" not in masked:  # the cheap test first
        return []
    stop_words = set(stop) | _NOT_NAME
    found: list[tuple[str, str | None]] = []
    for m in _CONTACT_FIELD.finditer(masked):
        words = m.group(1).split()
        if any(w.rstrip(".") in stop_words | _NO_NAME_YET for w in words) or sides.not_customer(
            m.start(1), m.end(1), m.group(1)
        ):
            continue
        role = valid_role(m.group(2)) if m.group(2) else None
        found.append((" ".join(w.capitalize() for w in words), role))
    return found
