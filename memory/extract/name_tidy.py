"""Contacts tidied after the name reader, for forms it reads one word at a time:

- a courtesy title written with its full stop before a full name, a title said before it: "our General Director,
  Mr. Radu Dumitrescu" reads as "Mr" (with the title) and the name (without): the title goes to the name;
- a department said with "'s" for "is": "Ruben's from procurement, he'll handle the paperwork";
- a surname said again alone with a courtesy title: "Cc: Kipchoge Mutai ..." then "Mr. Mutai, our ICT Manager": one
  person, the full name keeps the title (a bare surname may be any word: "Program" beside "Associates Program");
- a given name shortened with a full stop, part of the name as written: "Ma. Teresa Villanueva" (María, in the
  Philippines), "Md. Rafiqul Islam", "Mohd. Faizal" (Mohammed); the name reader starts after the stop;
- words that are no person: a closed compound title alone on a signature line ("Innkjøpssjef"), a paper's
  title ("Purchase Order 4500018226");
- the account opening a bracket in a list of attendees, each with their firm: "Attendees: Odette Fairbanks
  (Green-Plus), Tobias Wennerholm (Green-Plus procurement)": the firm says where, the rest is the title;
- a person placed at another organisation by their title: "Hyun-woo Park (Category Buyer at Acme group
  procurement)" is the other firm's buyer."""

from __future__ import annotations

import re
from collections.abc import Iterable

from memory.extract.fields import short_name
from memory.extract.role_words import closed_compound_title
from memory.extract.roles import valid_role

Contact = dict[str, str | None]

_COURTESY = frozenset("mr mrs ms miss mx dr".split())
# given names written short with a stop: Filipino "Ma." (María), "Md."/"Mohd." (Mohammed), old English forms
_SHORT_NAMES = ("Ma", "Md", "Mohd", "Muhd", "Wm", "Chas", "Thos")
_SHORT_GIVEN = r"(?:" + "|".join(_SHORT_NAMES) + r")\."
# the patterns built per name below are compiled only when a text could match them: compiled for every contact
# of every text, they took a third of the extractor's time and evicted the fixed patterns from ``re``'s cache
_SHORT_GIVEN_ANY = re.compile(r"\b" + _SHORT_GIVEN + r"[ \t]+")
_FROM_SAID = re.compile(r"(?:['’]s| is) from ")
# the last word of a job title, never of a person's name: "Plant Manager", "Operations Director"
_TITLE_HEADS = frozenset(
    "manager director officer coordinator supervisor president administrator specialist analyst controller "
    "engineer".split()
)
_PAPER = re.compile(
    r"^(?:purchase|sales|blanket|change|work|service|release|credit|debit|delivery|goods|order)\s+"
    r"(?:orders?|notes?|requisitions?|receipts?|confirmations?|requests?|forms?)$",
    re.IGNORECASE,
)


def tidy_contacts(
    text: str, contacts: list[Contact], others: Iterable[str] = (), account: str | None = None
) -> list[Contact]:
    """``contacts`` with the forms above mended (see the module's docstring)."""
    kept = [dict(c) for c in contacts if not _no_person(text, c["name"] or "")]
    full = [c for c in kept if len((c["name"] or "").split()) > 1]
    for bare in [c for c in kept if (c["name"] or "").rstrip(".").lower() in _COURTESY]:
        named = _named_after(text, bare["name"] or "", full)  # "Mr. Radu Dumitrescu": the title is his
        if named is not None and not named["role"]:
            named["role"] = bare["role"]
        kept.remove(bare)
    for single in [c for c in kept if len((c["name"] or "").split()) == 1 and _courtesy_before(text, c["name"] or "")]:
        same = [c for c in full if (c["name"] or "").split()[-1].lower() == (single["name"] or "").lower()]
        if len(same) == 1:  # "Mr. Mutai, our ICT Manager" for the Kipchoge Mutai copied in
            same[0]["role"] = same[0]["role"] or single["role"]
            kept.remove(single)
    for person in kept:
        words = (person["name"] or "").split()
        if len(words) > 2 and words[0] in _SHORT_NAMES and re.search(r"\b" + words[0] + r"\.[ \t]+" + words[1], text):
            person["name"] = " ".join([words[0] + ".", *words[1:]])  # read from ``short_given_names``' text
        elif (
            len(words) > 1
            and _SHORT_GIVEN_ANY.search(text)
            and (m := re.search(r"\b(" + _SHORT_GIVEN + r")[ \t]+" + re.escape(" ".join(words)), text))
        ):
            person["name"] = f"{m.group(1)} {person['name']}"  # "Md." read apart (also the managing director's "MD")
        if person["role"] is None and (dept := _from_department(text, words[0] if words else "")):
            person["role"] = dept  # "Ruben's from procurement, he'll handle the paperwork"
        role = person["role"] or ""
        if (
            account
            and role.lower().startswith(account.lower() + " ")
            and _listed_with_firm(text, person["name"] or "", account)
        ):
            person["role"] = role[len(account) :].strip(" ,-/") or None  # "(Green-Plus procurement)"
        elif account and (dash := _FIRM_AFTER_DASH.search(role)) and dash.group(1).lower().startswith(account.lower()):
            person["role"] = role[: dash.start()] or None  # "Purchasing Director - <account>": the firm, no title
    orgs = [o for o in others if o and o != account]
    orgs += [short for o in orgs if (short := short_name(o))]  # "at Acme group procurement" for Acme Corporation
    orgs = [o for o in orgs if o in text]  # a firm the text does not name cannot follow a name
    return [c for c in kept if not _placed_elsewhere(text, c["name"] or "", orgs)]


def short_given_names(text: str) -> str:
    """``text`` with the stop after a shortened given name made a space, offsets kept, so the name reader takes
    "Ma. Teresa Villanueva" whole (``tidy_contacts`` puts the stop back)."""
    return _SHORT_BEFORE_NAME.sub(lambda m: m.group(1) + " ", text) if "." in text else text


# a signature's title line run on into its firm: "Head of Purchasing - Newex", "CFO – Newex SAS"
_FIRM_AFTER_DASH = re.compile(r"[ \t]+[-–—][ \t]+(\S.*)$")
_SHORT_BEFORE_NAME = re.compile(r"\b(" + "|".join(_SHORT_NAMES) + r")\.(?=[ \t]+[A-Z][a-z])")


def _no_person(text: str, name: str) -> bool:
    words = name.split()
    if not words:
        return True
    if len(words) == 1 and closed_compound_title(name):
        return True  # "Innkjøpssjef" alone on a signature line
    if name.rstrip(".") in _SHORT_NAMES and re.search(r"\b" + re.escape(name.rstrip(".")) + r"\.[ \t]+[A-Z]", text):
        return True  # "Ma" of "Ma. Teresa Villanueva": the first part of a name, read alone
    if len(words) > 1 and words[-1].lower() in _TITLE_HEADS and not _said_as_name(text, name):
        return True  # "Gesa Tiedemann - Plant Manager (sponsor)": the title, its bracket read as a role
    return _PAPER.match(name) is not None  # "Subject: Purchase Order 4500018226"


def _said_as_name(text: str, name: str) -> bool:
    """Whether ``name`` is written as a person's anywhere: after a courtesy title or a greeting ("Dear ...")."""
    return re.search(r"\b(?i:mr|mrs|ms|dr|dear|hi|hello)\.?[ \t]+" + re.escape(name) + r"\b", text) is not None


def _courtesy_before(text: str, surname: str) -> bool:
    """Whether ``surname`` is said with a courtesy title somewhere ("Mr. Mutai"): a surname said bare may be any word
    ("Program" beside "Associates Program")."""
    return re.search(r"\b(?i:mr|mrs|ms|miss|mx|dr)\.?[ \t]+" + re.escape(surname) + r"\b", text) is not None


def _from_department(text: str, first: str) -> str | None:
    """The department a person is said to be from, "'s" standing for "is": "Ruben's from procurement"."""
    if not first or not _FROM_SAID.search(text):
        return None
    m = re.search(
        r"\b" + re.escape(first) + r"(?:['’]s| is) from (?:the |our |their )?([\w&/ -]{2,30}?)"
        r"(?: team| department| dept)?(?=\s*(?:[,.;!?)\n]|$|and\b|who\b|so\b|he\b|she\b))",
        text,
    )
    return valid_role(m.group(1)) if m else None


# a list of who attended, each name with their firm in brackets: "Attendees: Odette Fairbanks (Green-Plus), ..."
_ATTENDEES = r"(?im:^[ \t]*(?:attendees|participants|present|invitees|on the call)[ \t]*:[^\n]*?)"


def _listed_with_firm(text: str, name: str, account: str) -> bool:
    """Whether ``name`` is listed among attendees with the account's name opening its bracket: there the account
    says where the person works (as for the others on the list), and the words after it are the title."""
    pattern = _ATTENDEES + re.escape(name) + r"[ \t]*\([ \t]*" + re.escape(account) + r"[ \t]+[^()\n]{2,40}\)"
    return re.search(pattern, text) is not None


def _named_after(text: str, title: str, people: list[Contact]) -> Contact | None:
    """The contact whose name follows the courtesy title ``title`` in ``text`` ("Mr. Radu Dumitrescu")."""
    for person in people:
        pattern = r"\b" + re.escape(title.rstrip(".")) + r"\.?[ \t]+" + re.escape(person["name"] or "") + r"\b"
        if re.search(pattern, text):
            return person
    return None


def _placed_elsewhere(text: str, name: str, orgs: list[str]) -> bool:
    """Whether ``name`` is given a title at another organisation right after it: "X (Buyer at Acme ...)"."""
    if not orgs or not name:  # ``orgs``: only the firms the text names (``tidy_contacts`` keeps no others)
        return False
    firms = "|".join(re.escape(o) for o in sorted(orgs, key=len, reverse=True))
    pattern = (
        re.escape(name) + r"[ \t]*(?:\(|,[ \t]*)([^()\n,;|]{2,40}?)\b(?:at|of|from)[ \t]+(?:the[ \t]+)?(?:" + firms
    )
    # the words before "at" make a title: "Category Buyer at Acme", not "with Gerhard Linde at Xx-holding"; nor
    # words running into the next sentence: "Joanna Park, VP ops. A guy from Kestrel CRM came by"
    return any(
        valid_role(m.group(1)) and not _SENTENCE_BREAK.search(m.group(1))
        for m in re.finditer(pattern + r")(?:['’]s)?\b", text)
    )


# a lower-case word closing its sentence ("Sr. Buyer" is one title, an abbreviation's stop no break); or any word
# closing it before a lower-case subject, as notes typed on a phone start their sentences ("VP Finance. she said Tom
# from Quorvia ...")
_SENTENCE_BREAK = re.compile(
    r"(?<![A-Za-z])[a-z]{2,}[.!?][ \t]+[A-Z]|[A-Za-z]{2,}[.!?][ \t]+(?:she|he|they|we|i|it|you|but|so|also|then)\b"
)
