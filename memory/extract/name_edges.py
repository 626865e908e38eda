"""Where a name's run ends, at the edges the people reader can get wrong: a mail's greeting word before one of our
own first names ("Hei Zane,"), a word typed after a first name ("met priya today (cfo)"), and a family firm's
first word that is also its people's surname ("Miriam Kaplan (co-owner)" at Kaplan & Sons Hardware), a surname
that is a common word ("Gwenllian Price"), a first name said as whom we try to reach ("chased Marta"), and "Per"
said as "according to" ("Per Cara it stays Prospecting")."""

from __future__ import annotations

import re

from memory.extract.lowercase import NOT_NAME
from memory.extract.roles import ROLE_WORDS, valid_role

# words typed after a first name that are no surname: "met priya today (cfo)", "talked to emine again (owner)"
_AFTER_A_NAME = NOT_NAME | frozenset("today yesterday tomorrow earlier later tonight too back once twice first".split())


def trails_a_name(word: str) -> bool:
    """Whether a lower-case ``word`` after a first name is an adverb, not a surname."""
    return word in _AFTER_A_NAME or word.endswith("ly")


# a clause straight after "Per" and one name: "Per Cara it stays Prospecting" (not "Per Lindqvist, head of IT", a
# given name)
_CLAUSE_AFTER = re.compile(r"\s+(?:it|it's|the|this|that|we|they|there|our|their|his|her)\b")


def per_as_said(text: str, first: str, end: int) -> bool:
    """Whether a two-word run ending at ``end`` and opening on ``first`` is "Per" meaning "according to"."""
    return first == "Per" and bool(_CLAUSE_AFTER.match(text, end))


def salutes_ours(text: str, start: int, end: int, second: str, excluded: set[str]) -> bool:
    """Whether a two-word run alone on its line, closed by a comma, is a greeting word then one of our own
    people's first names: the salutation line of a mail written to us."""
    alone = (start == 0 or text[start - 1] == "\n") and re.match(r"[,!][ \t]*(?:\n|$)", text[end : end + 4])
    return bool(alone) and any(e.split()[0] == second.lower() for e in excluded)


def surname_of(first: str) -> re.Pattern[str]:
    """A given name just before a family firm's first word, the word then its role: "Miriam Kaplan (co-owner)" at
    Kaplan & Sons, "Chiamaka Okonkwo - MD" at Okonkwo Agro, "Ingrid Halvorsen is their dispatch manager" name a
    person, whose surname the firm bears."""
    # (the role may be an acronym, "Michael Bluth, CFO"; a generational suffix may come first, "George Bluth Sr's
    # assistant", which a firm's name never carries)
    role_next = (
        r"[ \t]*(?:\(|[-–—][ \t]|,[ \t]+(?:the |our |their )?(?:[a-z]|(?:[CV]|GM|MD)[A-Z]{0,2}\b(?![ \t]*[a-z]))|"
        + _IS_THEIR_ROLE
        + ")"
    )
    generation = r"[ \t]+(?:Sr|Jr)\.?(?=['’]s\b|[ \t]*[,(])"
    return re.compile(rf"(?<![\w-])[A-Z][a-z]+[ \t]+(?={re.escape(first)}(?:{role_next}|{generation}))")


# "Ingrid Halvorsen is their dispatch manager": the role said with a verb, a role word closing it
_IS_THEIR_ROLE = (
    r"[ \t]+(?:is|was|who is|who's|,[ \t]+who is)[ \t]+(?:the|their|its|our|now the|now their)[ \t]+"
    r"(?:[a-z-]+[ \t]+){0,3}?(?:" + "|".join(sorted(w for w in ROLE_WORDS if w.isalpha())) + r")\b"
)


# a surname that is a common word ("Price", "Good", "Small"), kept where a name stands alone: a signature's line
# with the title on the next, or a mail's sender before the address ("From: Gwenllian Price <g.price@...>")
_ALONE_BEFORE = re.compile(r"(?:\A|\n)[ \t]*(?:(?i:from|to|cc):[ \t]*)?$")
_ALONE_AFTER = re.compile(r"[ \t]*(?:<[^<>\s]+@[^<>\s]+>|\n[ \t]*([^\n]{2,50}))")
_ROLE_IN_BRACKETS = re.compile(r"[ \t]*\(([^()\n]{2,40})\)")
SIGN_OFF_WORDS = frozenset("regards thanks thank cheers best wishes".split())  # "Warm Regards" is no name


def common_surname(text: str, start: int, end: int, surname: str, common: frozenset[str]) -> bool:
    """Whether ``surname``, a word in ``common``, closes the two-word name from ``start`` to ``end`` standing alone
    (see above)."""
    low = surname.lower()
    if low not in common or low in SIGN_OFF_WORDS or not surname.isalpha():
        return False
    bracketed = _ROLE_IN_BRACKETS.match(text, end)
    if bracketed and (role := valid_role(bracketed.group(1))) and any(w in ROLE_WORDS for w in role.lower().split()):
        return True  # "Owen Price (head of IT)": a role in brackets makes the pair a person
    return stands_alone(text, start, end)


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` stands alone: a mail's sender before the address, or a signature's
    line with a title on the next."""
    if not _ALONE_BEFORE.search(text, max(0, start - 12), start):
        return False
    after = _ALONE_AFTER.match(text, end)
    if after is None:
        return False
    role = valid_role(after.group(1)) if after.group(1) else None
    # the title's head word closes it ("Sales Director") or opens it ("Head of Customer Service")
    return after.group(1) is None or bool(role and {role.split()[0].lower(), role.split()[-1].lower()} & ROLE_WORDS)


# a first name we try to reach is the customer's contact: "left a voicemail for Idris", "no answer from Dana",
# "chased Marta again", "nudged Idris"; not "send the deck to Raj" (we send things to our own people too)
_TRIED = re.compile(
    r"\b(?:voice ?mail|vm|(?:left|leaving) (?:a |another )?(?:message|msg)|no (?:answer|reply|response|luck))"
    r"\s+(?:again\s+)?(?:for|with|from)\s+$"
    r"|\b(?:chased|chasing|nudged|nudging|re-?pinged)\s+$",
    re.IGNORECASE,
)
# ... or whose assistant we chase: "chased Marta's assistant again"
_HELPER_AFTER = re.compile(r"\s+(?:assistant|pa|ea|secretary|office)\b", re.IGNORECASE)


def reached_name(before: str, name: str, after: str) -> str | None:
    """The lone first name ``name`` (possessive dropped) when the words ``before`` it say we try to reach them;
    None otherwise. "chased Marta's assistant" reaches Marta; "chased Marta's invoice" names a thing."""
    if not _TRIED.search(before):
        return None
    if name.endswith(("'s", "’s")):
        return name[:-2] if _HELPER_AFTER.match(after) else None
    return name
