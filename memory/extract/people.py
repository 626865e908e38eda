"""People on the customer's side named in a note, with their role as written.

Names are runs of capitalised words (with particles such as "de" or "van"); a single first name
counts only with evidence (a role, "his colleague Mina") or as the short form of a full name in the
same note. Our own staff, competitors' and other accounts' people, and people who left are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from memory.extract.common_words import COMMON as _COMMON
from memory.extract.event_names import event_name
from memory.extract.fields import leading_words, short_name, without_article
from memory.extract.firm_words import has_firm_word
from memory.extract.greeted_ours import greeted_ours
from memory.extract.holidays import lower_holidays
from memory.extract.lower_named import lower_named
from memory.extract.lowercase import INTRO, NOT_NAME, labelled_contacts, lowercase_contacts
from memory.extract.masks import first_word, mask, unmasked
from memory.extract.name_edges import per_as_said, reached_name, salutes_ours, surname_of, trails_a_name
from memory.extract.name_runs import GIVEN_NAMES_TOO, clean_runs, month_and_day
from memory.extract.owned_role import owned_role_before as owned_role
from memory.extract.quoted_author import quoted_author_title
from memory.extract.reference_people import at_reference_firm
from memory.extract.roles import DEPARTMENT_WORDS, ROLE_WORDS, role_after, role_before, role_next_sentence, valid_role
from memory.extract.sides import FIRM_SUFFIXES, Sides
from memory.extract.speakers import is_label, speaker_titles
from memory.extract.spoken_title import title_after_aside
from memory.extract.street_names import street_name
from memory.extract.talked_with import talked_with
from memory.extract.took_over import addressed_role
from memory.extract.turns import TRANSCRIPT_WORDS

# letters of names written in Latin scripts beyond Western Europe: "Jankauskaitė", "Łukasz", "Dvořák"
_EXTENDED = [chr(c) for c in range(0x100, 0x250)]
_UPPER = "A-ZÀ-Ý" + "".join(c for c in _EXTENDED if c.isupper())
_LOWER = "a-zß-ÿ" + "".join(c for c in _EXTENDED if c.islower())
_PARTICLES = r"(?:de|van|von|der|den|da|di|del|dos|du|la|le|bin|al|ter|ten)"
# a hyphen's lower-case syllable after a short first one is a romanised given name ("Hyun-woo", "Mei-ling"), not
# a compound word ("Follow-up", "Sign-off", "Go-live")
_SYLLABLE_NAME = (
    rf"[{_UPPER}][{_LOWER}]{{1,4}}-(?!(?:up|in|on|off|out|by|to|ins|ons|ups|ish|day|end|way|live|run|op|ops|all|wide|"
    r"based|free|like|side|time|term|year|week|only|type|size|rate|made|led|site|line|back|down|over|hand|home|"
    r"well|self|less|long|high|low|full|half|post|pre|non|sub|mid|co|ex|wise|fold|ward|new|old|lead|owned)\b)"
    r"[a-z]{2,4}\b"
)
_CAP = (
    _SYLLABLE_NAME + rf"|(?:[{_UPPER}]['’]|Ma?c)?[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}'’]+)?"
)  # also O'Connor
# a name stays on one line: "...now saying mid-Jan\nMelvin Marxen: number?" is two
NAME_RE = re.compile(rf"\b(?:{_CAP})(?:[ \t]+(?:{_PARTICLES}[ \t]+)*(?:{_CAP})){{0,4}}\b")
_LOWER_NAME_WITH_ROLE = re.compile(r"(?<![\w'])([a-z]{2,}(?: [a-z]{2,}){1,2}) \(([^)]{2,40})\)")
# a preposition at either end of a name's run is no part of it: "With Mercy Asante (CFO)", "by Jo Baker For"; nor a
# greeting before it: "Morning Solveig" (only at the ends: inside a run, "Self-Directed Investing For Your Money" is a
# headline, which the four-capitals rule below leaves out whole)
# a given name's initial before a surname, opening a line (a signature) or after a comma, colon or "from": "J.
# Whitfield"; not a sentence's last letter ("Plan B. Maria said")
_INITIAL_BEFORE = re.compile(r"(?:\n|(?<=[,:(] )|(?<=\bfrom )|(?<=\bby )|(?<=\bwith ))([A-Z]\.) $")
# a surname's particle, which a four-word name may carry: "Fatima Zahra El Idrissi"
_CAPITAL_PARTICLES = frozenset("el al ben bin abu van von de da del di dos du".split())
_PREPOSITIONS = frozenset("with from for to by at via about after before".split())
_GREETINGS = frozenset("morning afternoon evening hey hiya howdy".split())
# a spoken interjection or a conjunction opening a clause is no name's first word: "Right, so, Hannelore Brandt",
# "Sure Sue has it", "Once Sam's done that"; only there, so a product list's "346-237 Right Stone Top" stays one
_INTERJECTIONS = frozenset(
    "right alright yeah yep yup sure look listen once when whenever unless until although though".split()
)  # "Look, I'm just the office manager": a call for attention, no name
_CLAUSE_OPENING = re.compile(r"(?:\A|[.!?:;,\n\"“(—–])[ \t]*$")
# the writer introducing themselves: "this is Dmitri from Iselectrics, I am procurement head"
# ... a spoken filler between: "it's, uh, Tom from Cheers", "this is, erm, Ines"
_SELF_INTRO_BEFORE = re.compile(
    r"\b(?:this is|my name is|i am|i'm|it's)(?:[ \t]*,?[ \t]*(?:uh+|um+|erm+|er|ah+|hm+)[ \t]*,?)?\s+$", re.IGNORECASE
)
# "his colleague Mina", "a colleague of his, Femke", "her deputy, Jo", "one of her people, Bram"
_COLLEAGUE = re.compile(
    r"\b(?:colleague|boss|deputy|assistant|counterpart|manager)(?: of (?:his|hers|theirs|mine|ours))?,?\s+$"
    r"|\bone of (?:his|her|their) (?:people|team|staff|guys|colleagues|reports|engineers|managers),?\s+$",
    re.IGNORECASE,
)
# a first name given as what someone is called: "someone from his team called Priya", "a guy named Tomas"
_CALLED = re.compile(
    r"\b(?:someone|somebody|person|guy|gal|woman|man|lady|chap|bloke|fellow|colleague|analyst|engineer|intern|"
    r"deputy|assistant|buyer)\b[^.;:!?\n]{0,40}?\b(?:called|named|by the name of)\s+$",
    re.IGNORECASE,
)
# a name the speaker takes back at once, another name following: "Lucille, no, sorry, Lindiwe Mokoena", or after a
# doubtful question mark: "Bill Lumbergh? no sorry Bill Harlan"
_TAKEN_BACK = re.compile(
    r"[ \t]*(?:[,–—-]|\?+)[ \t]*(?:(?:um|uh|er|ah|oh|actually)[ \t]*,?[ \t]*)*"
    r"(?i:no|sorry|wait|i mean|or rather|i should say|make that|scratch that)\b"
    r"(?:[ \t]*[,–—-]?[ \t]*(?i:no|sorry|wait|i mean|actually)\b)*[ \t]*[,–—-]?[ \t]*"
    rf"(?=[{_UPPER}][{_LOWER}])"
)
# an order to the CRM, not a person: "Mark Genco as Lost", "Mark Fabrikam won"
# ("Mark Dunne won the vote" is a person: bare, the stage is written as the CRM's, capitalised)
_STAGE_ORDER_AFTER = re.compile(
    r"\s+(?:(?i:as|to)\s+(?i:closed[- ]?)?(?i:won|lost|engaging|prospecting|dead|closed)|(?:Closed[- ]?)?"
    r"(?:Won|Lost|Engaging|Prospecting|Dead)|(?i:closed[- ](?:won|lost)))\b"
)
# a first name said to be a person by what is missing about them: "Wen, didn't catch her role", "Ilse (not sure
# of her title)"
_UNKNOWN_ROLE_AFTER = re.compile(
    r"^\s*[,(–—-]?\s*[^,.;:!?\n()]{0,30}?\b(?:(?:her|his|whose) (?:job |exact |actual )?"
    r"(?:role|title|position|surname|last name|second name)|(?:a|any|no) (?:surname|last name|family name))\b",
    re.IGNORECASE,
)
# a title's field said before the words: "Head of Clinical Trials", "director of the Retail Division"
_TITLE_FIELD_BEFORE = re.compile(
    r"\b(?i:director|head|vp|svp|evp|manager|chief|officer|lead|president|dean|chair|vice president)\s+"
    r"(?i:of)\s+(?:(?i:the)\s+)?$"
)
# ... and its last word when the field has two: "Head of Customer Care"
_TITLE_FIELD_WORD_BEFORE = re.compile(
    r"\b(?i:director|head|vp|manager|chief|officer|lead)\s+(?i:of)\s+(?:(?i:the)\s+)?[A-Z][a-z]+[ \t]+$"
)
# "'s" standing for "is" after a first name, not a possessive: "Natalya's on the call", "Ben's joining"
# (a determiner after it too: "Kaspar's our maintenance manager", "Ben's the buyer"; a possessive takes a noun)
_IS_AFTER = re.compile(
    r"\s+(?:on|in|out|off|here|there|also|not|been|now|still|back|away|from|with|our|the|their|a|an|[a-z]+ing)\b"
)
# words that take "'s" for "is" and are no names: "What's the plan", "Everything's on track"
_PRONOUNS_IS = frozenset("what everything nothing something everyone someone nobody anyone".split())
# a deal's paper named after the words: they are its title ("Paying Agent Agreement")
_PAPER_AFTER = re.compile(r"[ \t]+(?:Agreements?|Contracts?|Addendum|Amendment|Proposal|Invoice|Quote|Renewal)\b")
# a courtesy title is not a name of its own: "Dear Mr Hayden" names Hayden; French, Spanish and Italian ones too
# ("Mme Lucie Garnier" is Lucie Garnier; before a surname alone, "Mme Girard", the title stays as written)
_HONORIFICS = frozenset("mr mrs ms miss mx dr herr herrn frau mme mlle madame sra srta señora signora".split())
# a first name placed in the customer's team: "Sven from her team sat in"
_COLLEAGUE_AFTER = re.compile(
    r"^\s+(?:from|on|in) (?:his|her|their) (?:own |[a-z]+ )?(?:team|side|department|office|group|end)\b", re.IGNORECASE
)


@dataclass
class Person:
    name: str
    role: str | None = None


def extract_contacts(
    text: str,
    *,
    exclude: Iterable[str] = (),
    account: str | None = None,
    other_orgs: Iterable[str] = (),
    not_names: Iterable[str] = (),
) -> list[dict[str, str | None]]:
    """``[{"name": ..., "role": ...}]`` for the customer's people named in ``text``.

    ``exclude`` are names never to report (our reps); ``other_orgs`` are competitors and other
    accounts, whose people ("Derek Mills at Sonron", "Stackline's rep, Tony Blake") are left out;
    ``not_names`` are words (products) that are never part of a name."""
    shown: dict[str, str] = {}  # each run of mask characters, and the organisation it hides
    # the account said without its "The" ("New York Inquirer"), or by its first two words ("Acme Rubber")
    ours = [account, without_article(account.lower()), leading_words(account)] if account else []
    masked = mask(mask(text, other_orgs, "§", shown), ours, "¤", shown)
    if account and (firm := short_name(account)):  # "George Michael Bluth (analytics lead)" at Bluth Company
        masked = mask(masked, [firm], "¤", shown, keep=surname_of(firm))
    masked = lower_holidays(masked)  # "before Thanksgiving, call it the 22nd": a date, no person
    if (first := first_word(account)) and first in masked:
        masked = mask(masked, [first], "¤", shown, cased=True, keep=surname_of(first))
    stop = _COMMON | ROLE_WORDS | DEPARTMENT_WORDS | TRANSCRIPT_WORDS | {w.lower() for w in not_names}
    excluded = {e.lower() for e in exclude} | greeted_ours(text)  # the rep a forwarded mail greets: "> Hi Sam,"
    sides = Sides.of(masked, excluded)
    people: dict[str, Person] = {}
    singles: list[tuple[str, str | None, bool]] = []
    for start, end in (run for m in NAME_RE.finditer(masked) for run in clean_runs(m, stop)):
        tokens = masked[start:end].split()
        if len(tokens) == 1 and (initial := _INITIAL_BEFORE.search(masked, max(0, start - 12), start)):
            # "J. Whitfield" signing a mail: at a line's start, the name is all its line ("C. Finally, we ..." lists)
            if initial.group(0)[0] != "\n" or masked[end : end + 1] in ("\n", ""):
                start, tokens = initial.start(1), [initial.group(1), *tokens]
        if len(tokens) > 2 and tokens[0].rstrip(".").lower() in _HONORIFICS:
            start = masked.index(tokens[1], start)  # "Herr Jonas Feldkamp" is Jonas Feldkamp
            tokens = tokens[1:]
        if len(tokens) > 1 and tokens[-1][-2:] in ("'s", "’s"):
            end -= 2  # "covering Markita Hansen's book": the person is Markita Hansen
            tokens = [*tokens[:-1], tokens[-1][:-2]]
        if len(tokens) == 1 and tokens[0][-2:] in ("'s", "’s") and _IS_AFTER.match(masked, end):
            end -= 2  # "Natalya's on from our side": "'s" is "is", the name is Natalya
            tokens = [tokens[0][:-2]]
            if tokens[0].lower() in stop or tokens[0].lower() in _PRONOUNS_IS:
                continue  # "That's the last thing", "What's the plan": no name
        if sum(t[0].isupper() for t in tokens) > 3 + any(t.lower() in _CAPITAL_PARTICLES for t in tokens[1:-1]):
            continue  # four capitalised words or more are an organisation or a list, not one person
        if len(tokens) == 1 and month_and_day(masked, end, tokens[0]):
            continue  # "our webinar on Jan 12": a date, not Jan
        if len(tokens) == 2 and per_as_said(masked, tokens[0], end):
            start, tokens = masked.index(tokens[1], start + 3), tokens[1:]  # "Per Cara it stays": as Cara says
        if len(tokens) > 1 and tokens[0].lower() in _PREPOSITIONS | _GREETINGS:
            start = masked.index(tokens[1], start + len(tokens[0]))
            tokens = tokens[1:]
        if tokens[0].lower() in _INTERJECTIONS and _CLAUSE_OPENING.search(masked, max(0, start - 5), start):
            if len(tokens) == 1:
                continue
            start = masked.index(tokens[1], start + len(tokens[0]))
            tokens = tokens[1:]
        if len(tokens) > 1 and tokens[-1].lower() in _PREPOSITIONS:
            end = masked.rindex(tokens[-2], start, end - len(tokens[-1])) + len(tokens[-2])
            tokens = tokens[:-1]
        if len(tokens) == 2 and salutes_ours(masked, start, end, tokens[1], excluded):
            continue  # "Hei Zane,": a mail's greeting, in any language, to one of ours
        name = " ".join(tokens)
        if _taken_back(masked, end, stop):
            continue  # "Lucille, no, sorry, Lindiwe Mokoena": the first name was said by mistake
        if tokens[0] in GIVEN_NAMES_TOO and _STAGE_ORDER_AFTER.match(masked, end):
            continue  # "Mark Genco as Lost": the order and the deal's name
        before = masked[max(0, start - 60) : start]
        if _TITLE_FIELD_BEFORE.search(before) or _inside_title(masked, start, end):
            continue  # "Head of Clinical Trials", "Chief Medical Information Officer": a title's field, not a person
        if len(tokens) == 1 and _TITLE_FIELD_WORD_BEFORE.search(before):
            continue  # "Head of Customer Care": the field's last word, not a first name
        if _PAPER_AFTER.match(masked, end):
            continue  # "Master Netting Agreement", "Dave Parquet's Employment Agreement": a paper's name, no person
        if tokens[-1] in FIRM_SUFFIXES or (len(tokens) > 1 and has_firm_word(tokens)):  # "Palomar Inns" too
            short = [" ".join(tokens[:-1]).lower()]  # its short name, not a person's: "Cindy Olson Properties"
            excluded.update([name.lower()] + (short if tokens[-1] in FIRM_SUFFIXES or len(tokens) == 2 else []))
            continue
        if street_name(masked, start, tokens) or event_name(tokens):
            continue  # "moved to 1200 Harbour Road", "at Hannover Messe": an address or a trade fair, no person
        if sides.not_customer(start, end, name) or at_reference_firm(masked, start, end):
            excluded.add(name.lower())
            continue
        introduced = (
            before.rstrip(" \t,")[-2:] in ("is", "am", "'m", "’m", "'s", "uh", "um", "rm", "er", "ah", "hm")
            and bool(_SELF_INTRO_BEFORE.search(before))
            and re.sub(r"['’]s$", "", name).lower() not in stop  # "it's Monday's call that matters": a day's
        )
        speaking = introduced or is_label(masked, start, end)  # a speaker's own words follow: "I'm the CFO"
        role = addressed_role(masked, end)  # "Aisha, you're the sales ops analyst on this": the words are no title
        role = (
            role
            or role_after(masked, end, introduced=speaking)
            or role_before(masked, start, full_name=len(tokens) > 1)
        )
        theirs = sides.by_customer or sides.speakers.customer_speaking(start)  # "our" is the customer's
        role = role or owned_role(masked, start, end) or role_next_sentence(masked, end, ours_theirs=theirs)
        role = role or quoted_author_title(masked, end)  # "X wrote:\n> As Sales Director I'm happy"
        role = role or title_after_aside(masked, end)  # "Nadia, she joined in May, she's, like, head of revenue"
        role = unmasked(role, shown) if role else None  # "Cancity logistics lead", read from the masked text
        if len(tokens) == 1:
            after = masked[end : end + 60]
            reached = reached_name(before, name, after)
            name = reached or name  # "chased Marta's assistant": Marta
            placed = (
                _COLLEAGUE.search(before)
                or _CALLED.search(before)
                or reached
                or _COLLEAGUE_AFTER.match(after)
                or _UNKNOWN_ROLE_AFTER.match(after)
                or talked_with(before, name, after)  # "Chatted w/ Yusuf at the mixer, he's on NorthPeak"
            )
            evidence = introduced or bool(placed) or sides.listed_as_customer(start)
            singles.append((name, role, evidence))
            continue
        person = people.setdefault(name.lower(), Person(name))
        person.role = person.role or role
    for m in _LOWER_NAME_WITH_ROLE.finditer(masked):
        role = valid_role(m.group(2))
        words = m.group(1).split()
        introduced = words[0] in INTRO
        if introduced:  # "verbal yes from darius fenwright (head of support)": "from" introduces the name
            words = words[1:]
        while len(words) > 1 and (trails_a_name(words[-1])):
            words = words[:-1]  # an adverb after the name is no surname: "talked to emine again (owner)"
        named = len(words) > 1 or (introduced and len(m.group(1).split()) > 2)  # one word only when introduced
        if role and named and not any(w in stop or w in NOT_NAME for w in words):
            name = " ".join(w.capitalize() for w in words)
            people.setdefault(name.lower(), Person(name, role))
    for name, role in (
        lowercase_contacts(masked, stop, valid_role, sides)
        + labelled_contacts(masked, stop, valid_role, sides)
        + lower_named(masked, stop, valid_role, sides)
    ):  # "jonas eriksen is VP Customer Experience"
        people.setdefault(name.lower(), Person(name, role))
    for name, role, colleague in singles:
        given = re.sub(r"['’]s$", "", name)  # "Henrik's team" names Henrik Dahlgren, said in full before
        full = next((p for p in people.values() if p.name.split()[0] in (name, given)), None)
        if full is not None:
            # what follows a possessive is a thing of theirs, no title: "Henrik's team", "Enron's, it"
            full.role = full.role or (role if given == name else None)
        elif (role or colleague) and name.lower() not in excluded:
            person = people.setdefault(name.lower(), Person(name))
            person.role = person.role or role
    titles = speaker_titles(masked) if any(p.role is None for p in people.values()) else {}
    for person in people.values():
        person.role = person.role or titles.get(person.name)  # a speaker's own title, said on a later line
    kept = [p for key, p in people.items() if not _is_excluded(key, excluded)]
    kept = [p for p in kept if not _named_again(p, kept)]
    return [{"name": p.name, "role": p.role} for p in kept if not _inside_a_role(p, kept)]


def _is_honorific(name: str) -> bool:
    return name.split()[0].rstrip(".").lower() in _HONORIFICS


def _named_again(person: Person, people: list[Person]) -> bool:
    """Whether ``person`` is a contact named in full elsewhere, said again by honorific and surname ("Frau Vogel",
    "Ms Okafor" for Katrin Vogel, Grace Okafor); the full name takes the role said with the short one."""
    words = person.name.split()
    if len(words) != 2 or not _is_honorific(person.name):
        return False
    full = next((p for p in people if p.name.split()[1:][-1:] == words[1:] and not _is_honorific(p.name)), None)
    if full is not None:
        full.role = full.role or person.role
    return full is not None


# a title's opening and closing words, around a field that is no name: "Chief Medical Information Officer"
_TITLE_OPENS = frozenset("chief head vp svp evp senior deputy principal executive".split())
_TITLE_CLOSES = frozenset("officer director manager lead engineer specialist coordinator analyst".split())


def _taken_back(text: str, end: int, stop: frozenset[str] | set[str]) -> bool:
    """Whether the name ending at ``end`` is taken back for the name said next ("Lucille, no, sorry, Lindiwe");
    not when a common word follows ("Tom, sorry, Monday is out")."""
    m = _TAKEN_BACK.match(text, end)
    word = re.match(r"\w+", text[m.end() :]) if m else None
    return word is not None and word.group(0).lower() not in stop


def _inside_title(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` sit between a title's opening and closing words."""
    before = re.search(r"(\w+)[ \t]+$", text[max(0, start - 20) : start])
    after = re.match(r"[ \t]+(\w+)", text[end : end + 20])
    return bool(
        before and after and before.group(1).lower() in _TITLE_OPENS and after.group(1).lower() in _TITLE_CLOSES
    )


def _inside_a_role(person: Person, people: list[Person]) -> bool:
    """Whether ``person`` (with no role of their own) is words of another's title: "Fleet Planning" read
    from a signature's "Regional Fleet Planning Manager, Corvex"."""
    if person.role:
        return False
    name = re.sub(r"['’]s$", "", person.name)
    if not any(p is not person and p.role and name in p.role for p in people):
        return False  # checked before compiling: a pattern per name would churn ``re``'s cache on every text
    pattern = re.compile(r"\b" + re.escape(name) + r"\b(?!['’]s)")  # "Ana Lee's assistant" names her
    return any(p is not person and p.role and pattern.search(p.role) for p in people)


def _is_excluded(key: str, excluded: set[str]) -> bool:
    """Whether the person ``key`` (lower case) is, or is a short form of, a name left out: "priya mistry" when
    "priya" is ours, "mr hayden" when "hayden neloms" is."""
    words = [w for w in key.split() if w.rstrip(".") not in _HONORIFICS] or key.split()
    if key in excluded or words[0] in excluded or " ".join(words) in excluded:
        return True
    return len(words) == 1 and any(words[0] in e.split() for e in excluded if " " in e)
