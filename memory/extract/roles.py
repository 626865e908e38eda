"""Roles as written next to a name: "Sarah Kim (CFO)", "their COO, Grete Sandvik", "Head of Procurement
Sara Lind". Read from a masked note (the account ``¤``, other organisations ``§``)."""

from __future__ import annotations

import re

from memory.extract.corrected_role import corrected_role
from memory.extract.doing_title import title_after_doing
from memory.extract.glossed_title import glossed_after
from memory.extract.joint_roles import joint_role
from memory.extract.kin_asides import without_kin
from memory.extract.loose_titles import function_bracketing, their_title_after
from memory.extract.own_titles import I_WE, OWN_TITLES, own_function
from memory.extract.role_words import (
    BODY_MEMBER,
    CLIPPED_TITLE_WORDS,
    DEPARTMENT_WORDS,
    PRONOUN_IT,
    ROLE_WORDS,
    TEAM_DESK,
    closed_compound_title,
)
from memory.extract.signed_as import signed_title, without_aided
from memory.extract.spoken_role import bare_title_after
from memory.extract.title_before import TITLE_CORE, title_before, title_bracketing

_SAYS_ROLE = re.compile(
    r"^[^.;!?\n]{0,30}?\b(?:(?:he|she|who)['’]?s|he is|she is|who is|they['’]?re)\s+"  # "hes" typed in a hurry
    r"(?:the |their |our |a |an )?([^,.;!?\n()/]{2,60})",
    re.IGNORECASE,
)
# "|": a table's cell ends; a blank line after the comma ends a greeting ("Hi Rachel,\n\nSpoke with ..."); a
# verb's particle may come before the comma ("brought Ana Lund along, RevOps analyst")
_COMMA_ROLE = re.compile(
    r"^(?:\s+(?:along|over|too|again|back))?\s*,(?![ \t]*\n[ \t]*\n)\s*(?:the |their |our |a |an )?"
    r"([^,.;:!?\n()/+|]{2,60})"
)
# the title after a clause saying what they do: "Valentina Moretti, who runs their plants, plant director I think"
# (or said as a clause of its own: "Ingrid Solberg, she runs inside sales there, head of inside sales I mean")
_AFTER_CLAUSE_ROLE = re.compile(
    r"^\s*,\s*(?:who|she|he)(?:['’]s)?\s[^,.;!?\n()]{2,60},\s*(?:the |their |a |an )?([^,.;:!?\n()/]{2,60})",
    re.IGNORECASE,
)
# ... or "'s" for "is", cut off the name before, a determiner after: "Kaspar's our maintenance manager" (not
# "Enron's marketing and trading team")
_IS_ROLE = re.compile(
    r"^(?:\s+(?:is|was)\s+(?:the |their |our |a |an )?|['’]s\s+(?:the |their |our |a |an ))([^,.;:!?\n()/+]{2,40})"
)
_PAREN_ROLE = re.compile(r"^\s*\(([^)]{2,60})\)")
_EQUALS_ROLE = re.compile(r"^\s*(?:=|->|→)\s*(?:the |their |a |an )?([^,.;:!?\n()/=]{2,40})")  # "Halle Berg = CFO"
# the title named as such, which beats a looser description said first: "he runs the depots, depot manager is his
# actual title", "her official title is Head of Fleet"
_TITLE_STATED = re.compile(
    r"^[^.;!?\n]{0,80}?(?:(?:,|\bbut\b|\bso\b)\s*([^,.;:!?\n()]{2,40}?)\s+is\s+(?:the|his|her|their)\s+"
    r"|\b(?:his|her|their|the)\s+)(?:actual |official |exact |real |proper |correct |formal |full |job )?title"
    r"(?(1)\b|\s*(?:is|=|:)\s+(?:the |a |an )?([^,.;:!?\n()]{2,40}))",
    re.IGNORECASE,
)
_PIPE_ROLE = re.compile(r"^[ \t]*\|[ \t]*([^|\n]{2,50}?)[ \t]*(?:\||\n|$)")  # "Jordan Pike | Procurement Manager |"
_DASH_ROLE = re.compile(r"^\s+[-–—]\s+([^-–—,.;:!?\n()]{2,40}?)\s+[-–—]\s")  # "Ola Nowak - CEO - needs it"
# "Buyer: Ruairi Doyle – Head of Agronomy" closing its line: a title there needs a title's word ("sales call
# tomorrow" is no title)
# (or closing a terse note's field, " / " after it: "Femi Adebayo - warehouse ops mgr / also quoting: ...")
# (or a list's item, ";" after it: "Beatriz Souza - procurement mgr; Pavel Novak - IT |")
# (or closing its sentence, the line going on: "Acme: Ines Ruiz - Head of Data. She wants ..."; a report's line
# "Report Name: General Expenses - Sept & Oct Days In Mgr." ending there is no person's)
# (or its firm in brackets after it: "Ines Moreau - VP Inside Sales (Treequote); Tomás Reyes - ...")
_DASH_ROLE_EOL = re.compile(
    r"[ \t]+[-–—][ \t]+([^-–—,.;:!?\n()|]{2,40}?)(?:[ \t]*\([^()\n]{1,40}\))?"
    r"(?:[ \t]*(?:\||;|\n|$|\.(?=[ \t]+\S))|[ \t]+/[ \t]|,[ \t]+(?=[a-z])"  # ", signs off": what they do
    r"|,[ \t]+(?=[A-ZÀ-Ý][\w'’-]+[ \t]+[A-ZÀ-Ý][\w'’-]+[ \t]+[-–—][ \t]))"  # the list's next "Name - title"
)
# a function alone is the role a terse field gives: "Pavel Novak - IT |", "Ama Owusu - finance;"
_FUNCTIONS = frozenset("it hr finance legal procurement purchasing ops operations marketing sales security".split())
# the customer named between the person and the role: "Dario Russo @ Warephase (whse mgr)", "Wanjiru Kamau from
# Betatech, lab operations manager"
_AT_ACCOUNT = re.compile(r"^\s*(?:@|at|from|of|with)\s*¤+")
_SELF_ROLE = re.compile(
    r"^[^.!?\n]{0,40}?\b(?:i am|i'm|i work as)\s+(?:the |a |an |their |our )?([^,.;:!?\n()]{2,40})", re.IGNORECASE
)
# a speaker's title in their own words, on their line: "Well. As Head of Operations I'm happy to go ahead"
# (in lower case too, ending on a title's head: "As revenue operations lead I can recommend")
# (speaking for the team: "Speaking for Inity, as Head of Sales Ops: we'd want fifteen seats")
_SELF_AS_ROLE = re.compile(r"^[^\n]{0,80}?\b[Aa]s (?:the |a |an |their |our )?([A-Za-z][^,.;:!?\n()]{1,40}?)" + I_WE)
# name line, then "CFO, Acme"; in a quoted mail each line opens on "> "
# (a field after a comma is the title's: "Director, Digital Channels"; a firm there is dropped by ``valid_role``)
_SIGNATURE_ROLE = re.compile(
    r"^[ \t]*\n(?:[ \t]*>)*[ \t]*([^,\n>]{2,50}(?:,[ \t]*[^,\n>]{2,40}(?=[ \t]*\n|$))?)(?:,|[ \t]*(?:\n|$))"
)
_IN_DEPT = re.compile(
    r"^\s+(?:in|from) (?:their |the |your |his |her )?"
    # a function inside a function stays whole: "in IT procurement", "in finance operations"
    r"((?:procurement|purchasing|finance|legal|it|ops|operations|marketing|sales|hr|compliance|facilities|risk)"
    r"(?: (?:procurement|purchasing|finance|legal|ops|operations|marketing|sales|security))?)\b",
    re.I,
)
_ROLE_BEFORE = re.compile(
    r".*\b(their|his|her|the|our|su|sus|son|sa|leur|ihr|ihre|seu|sua)\s+((?:[A-Za-z-]+\s){0,3}?[A-Za-z-]+)"
    r"(,?\s+|\s*\(\s*)$",
    re.IGNORECASE | re.DOTALL,
)  # "their COO, Grete Sandvik"; "their practice manager (Ngozi Eze)", but not "the Energy Ops Overview (Total"
# (a Spanish, French, German or Portuguese "their" too: "su director de operaciones, Andrés Villalobos")
# "New CIO is Hana Novak": the title, then "is", then the name
_ROLE_IS_BEFORE = re.compile(
    r"(?:^|[.;:!?\n(]|, )\s*(?:the |their |our |a |an )?(?:new |current )?((?:[A-Za-z-]+\s){0,3}?[A-Za-z-]+)"
    r"\s+(?:is|is now|now is|is called|is named|goes by)\s+$",  # "the IT director is called Cyril"
    re.IGNORECASE,
)
# a bare title opening a clause: "Vehement Capital Partners: partner Olivia Grant says"
_BARE_ROLE_BEFORE = re.compile(r"(?:^|[:;(\n]|—|, )\s*((?:[a-z-]+\s){0,2}?[a-z-]+)\s+$")
_FILLERS = re.compile(
    r"\b(?:uh|um|erm|er|like|you know|I think|I mean|I believe|as far as I know|basically|btw|fyi|fwiw|iirc|afaik|"
    r"by the way)\b,?\s*",
    re.IGNORECASE,
)
# a spoken hesitation with its commas: inside an unfinished phrase, "a, um, procurement lead" reads "a procurement
# lead"; between clauses, "Finance Director, um, quite keen" keeps its break
_HESITATION = re.compile(r"\b(\w+)(,?)\s+(?:uh+|um+|uhm|erm|er|hmm+)\b,?(?=\s)", re.IGNORECASE)
_UNFINISHED = frozenset("the a an their our his her its of for in at to is was are as s".split())  # "she's" ends on s


# the speaker searching for the word: "she's their, what's the title, Director of Dispatch"
_SEARCHING = re.compile(
    r",?\s*\bwhat(?:'s|’s| is| was) (?:the|her|his|their|it) (?:job )?(?:title|word|name|role|called)\b[?,]?"
    r"|,?\s*\bwhat do (?:they|you|we) call it\b[?,]?",
    re.IGNORECASE,
)


def _without_hesitations(text: str) -> str:
    if "what" in text.lower():
        text = _SEARCHING.sub("", text)
    if not _HESITATION.search(text):  # the cheap test first
        return text
    return _HESITATION.sub(lambda m: m.group(1) + ("" if m.group(1).lower() in _UNFINISHED else m.group(2)), text)


_ROLE_TAIL = re.compile(
    r"\s+(?:over (?:there|at|in|with|from)|there|here|at \w+|on the call|on the line|too|as well|who|and|says|said|"
    r"she|he|they|we|i|so|"
    r"because|since|but|now|currently)\b.*$"  # "CIO now and owns this": since when, not what
    r"|\s+(?:sent|hired|brought|transferred|seconded) (?:here|over|in|to|from|on)\b.*$"  # "clerk sent here to help"
    # whose, said after the title in Portuguese or Spanish: "COO deles" (their COO), "directora de ellos"
    r"|\s+(?:deles|delas|dele|dela|de ellos|de ellas|de él|de ella)(?![\w-]).*$"
    r"|\s+(?:at|from|of|with|chez|bei|bij|presso|em|en|w) [¤§]+.*$"  # "head of IT at Cancity", "... chez Acme"
    r"|\s*@\s*[¤§]+.*$|\s*[,|]\s*[¤§]+.*$",  # "depot lead @ corvex", "(Head of IT, Konmatfix)"
    re.I,
)


# a region after a title is part of it: "regional manager, west", "(VP Sales, EMEA)"
_REGIONS = frozenset("north south east west northeast northwest southeast southwest central emea apac latam "
                     "americas europe asia nordics dach uk us".split())  # fmt: skip
_INFORMAL_PERSON = re.compile(r"(?<=\w)\s+(?:guy|person|lady|bloke|chap|gal|dude)$", re.IGNORECASE)
# ... "she", "he", "who" left after "she's" is taken off open a clause of what they do: "she runs inside sales"
_SUBJECTS = frozenset(
    "we we've we're we'll we'd i i've i'll i'd you you've you'll they they've they'll she he who".split()
)
_CONJUNCTIONS = frozenset("if unless because although though whether".split())
# ... or one joining the next person on: "Raul Marin, and their IT director, Ana Gil" (German, French, Spanish too)
_CONJUNCTIONS |= frozenset("and or plus und oder et ou y o e".split())
_VERBS = frozenset("is was were are will would has had have".split())
# what follows a verb in -ing, never a title's next word: "talking to", "running the", "working on it"
_DOING_WHAT = frozenset("to about with the it on for a an our their his her up into after through this that".split())
# in lower case only: "New Power Company's president" names a company; "who is now procurement lead": the
# adverb says since when, not what
_TENURE = re.compile(
    r"^(?:(?:just|only|merely|simply|new(?:ly appointed)?|current(?:ly)?|incoming|recently (?:hired|appointed)|now|"
    r"presently|still|also|jetzt|nun|inzwischen|mittlerweile|übrigens|neu|seit kurzem|"
    # "nuova responsabile IT", "nuevo director", "nouvelle DAF": "new" in other languages
    r"nuov[ao]|nuev[ao]|nouvel(?:le)?|nouveau|neuer?|nov[ao]|nieuwe|now[ya]|yeni)\s+)+"
)
# a role cut off mid-phrase ends on a small word: "staff attorney for the" -> "staff attorney"
_DANGLING = re.compile(r"(?:\s+(?:in|for|of|at|with|the|to|and|or|a|an))+$", re.IGNORECASE)


# a title's word cut short with a dot, more of the title following: "fin. controller", "sr. mgr", "Gen. Mgr. Stores"
# (only short forms that are no words of their own, and only before a word in lower case or a title's next
# word: "IT dir. Wants it by May" ends its sentence)
_ABBREVIATED = re.compile(
    r"\b((?i:fin|sr|snr|jr|asst|assoc|dir|mgr|mngr|mktg|engr|dept|acct|purch|coord|supv|ctrl|intl|natl|ds|gen|genl|dep|"
    r"reg|chf|prin|exec))\.[ \t]+"
    r"(?=[a-z]|(?i:" + "|".join(sorted(ROLE_WORDS | DEPARTMENT_WORDS)) + r")\b)"
)
_TITLED = ROLE_WORDS | CLIPPED_TITLE_WORDS  # a word that makes a title of a phrase: "data eng" too
_DOT = "\u2024"  # stands in for the dot while the role is read (the patterns stop at a full stop); same length


def _dotless(m: re.Match[str]) -> str:
    return m.group(1) + _DOT + m.group(0)[len(m.group(1)) + 1 :]


# the customer (masked) heading the title, set off by a comma, colon, slash, bar or dash: "(Acme, CFO)", "Acme - CTO"
_FIRM_FIRST = re.compile(r"^¤+\s*(?:[,:;/|]|\s[-–—]|[-–—]\s)\s*")


def valid_role(text: str) -> str | None:
    """``text`` as a role, trimmed of what follows a title ("at Cancity", "too"), or None when it is no title."""
    if " and " in text and (both := joint_role(text, valid_role, _has_title_word, heads_title)):
        return both  # "(CTO and co-founder)": two titles held at once, not a title and a new clause
    role = _ROLE_TAIL.sub("", _FILLERS.sub("", " ".join(text.split()))).strip(" ,-:")
    role = _FIRM_FIRST.sub("", role)  # "(Hottechi, Dir. of Sales Enablement)": the customer, then the title
    role = re.sub(
        r"^(?:(?:he|she|who)['’]?s|(?:he|she|who) is|they['’]?re|i['’]m|i am|(?:sie |er |die |der )?ist)\s+",
        "",
        role,
        flags=re.I,
    )
    role = re.sub(r"^(?:the|their|our|my|his|her|your|a|an)\s+", "", role, flags=re.IGNORECASE)  # "(your CFO)"
    role = re.sub(r"^from\s+(?=\w)", "", role, flags=re.IGNORECASE)  # "he is from procurement": the department
    role = re.sub(r"^(?:job )?(?:title|role|position)\s*[:=]\s*", "", role, flags=re.IGNORECASE)  # "(title: VP Ops)"
    role = _TENURE.sub("", role)  # "our new CISO": "new" says since when, not what
    # "just the office manager"; a Spanish, French or German article too: "la CFO", "die CFO"
    role = re.sub(r"^(?:the|their|our|a|an|la|el|le|die|der)\s+", "", role, flags=re.IGNORECASE)
    role = without_aided(role)  # "Executive Assistant to Karim Nasser, VP Finance": whose, not what
    head, _, aside = role.rpartition(",")
    aside_words = aside.lower().split()
    if head and not any(w.strip(".") in ROLE_WORDS | DEPARTMENT_WORDS | _REGIONS for w in aside_words):
        role = head.strip()  # "our Finance Manager, cc'd": the aside is not the title ("VP, Sales" is)
    role = _DANGLING.sub("", role)
    role = _INFORMAL_PERSON.sub("", role)  # "their procurement guy": the function is the role
    words = role.lower().replace("/", " ").split()
    if words and (words[0] in _SUBJECTS or words[0] in _CONJUNCTIONS):
        # "Hank, we've pencilled it in", "(if it ain't already sold out)": a clause of its own (its "it" is no IT)
        return None
    # a compound ending on a title's head is a title: "IT-Leiter", "Vertriebs-Leiterin"
    if TEAM_DESK.match(role):
        return role  # "deal desk", "pricing desk": a team's name is its staff's title
    titled = any(w.strip(".," + _DOT) in _TITLED or _compound_title(w) for w in words) or BODY_MEMBER.match(role)
    if not words or len(words) > 6 or not titled:
        return None
    if any(w in ("didn't", "not", "catch", "title", "sure", "know") for w in words):
        return None
    if any(w in _VERBS for w in words) or PRONOUN_IT.search(role):  # "call it the 22nd": "it" is no IT
        return None  # "Luckily, it was a 3 day weekend": a clause, not a title (whose "it" is IT)
    if len(words) > 1 and words[0].endswith("ing") and words[1] in _DOING_WHAT:
        return None  # "I'm talking to finance about it": what they are doing, not their title
    return role


def _has_title_word(role: str) -> bool:
    return any(w in TITLE_CORE for w in role.lower().split())


def heads_title(role: str) -> bool:
    """Whether ``role`` ends on a title's head word, or has it before a field: "ops lead", "director of sales"."""
    return role.lower().split(" of ")[0].split()[-1] in TITLE_CORE


def _compound_title(word: str) -> bool:
    # the title's word either end: "co-founder", "owner-operator"
    parts = word.strip(".,").split("-")
    if len(parts) == 1:
        return closed_compound_title(word)  # "Bereichsleiterin", "inköpschef"
    return parts[-1] in TITLE_CORE or parts[0] in TITLE_CORE


def role_after(text: str, end: int, *, introduced: bool = False) -> str | None:
    """The role written after a name ending at ``end``: "(CFO)", ", the CFO", "- CFO -", "= CFO", "she's the
    CFO", the next line of a signature; ``introduced``: the writer named themselves ("I am procurement head")."""
    role = _role_after(text, end, introduced=introduced) or bare_title_after(text[end : end + 120])  # dictated
    role = role or their_title_after(text[end : end + 60], TITLE_CORE)  # "Ewa Nowak their head of procurement."
    role = role and (corrected_role(text[end : end + 160], role, valid_role) or role)  # "X, no wait, sorry, Y"
    return role.replace(_DOT, ".") if role else None


def _role_after(text: str, end: int, *, introduced: bool) -> str | None:
    if signed := signed_title(text, end, valid_role):  # "Oren Shapiro, sig says 'Analytics Manager'"
        return signed
    if glossed := glossed_after(text[end : end + 120], valid_role):  # "Ivo Dahl, innkjøpssjef (head of purchasing)"
        return glossed
    tail = _without_hesitations(text[end : end + 120])  # "Nils Berg, a, um, procurement lead"
    if "." in tail:
        tail = _ABBREVIATED.sub(_dotless, tail)
    stated = _TITLE_STATED.match(tail)
    if stated and (role := valid_role(stated.group(1) or stated.group(2))):
        return role
    at = _AT_ACCOUNT.match(tail)
    if at:
        tail = tail[at.end() :]
    patterns = (_PAREN_ROLE, _PIPE_ROLE, _DASH_ROLE, _EQUALS_ROLE, _SIGNATURE_ROLE, _COMMA_ROLE, _SAYS_ROLE, _IS_ROLE,
                _AFTER_CLAUSE_ROLE)  # fmt: skip
    for pattern in (*patterns, _SELF_ROLE, _SELF_AS_ROLE) if introduced else patterns:
        m = pattern.match(tail)
        if m:
            role = valid_role(m.group(1))
            if role and pattern is _SELF_AS_ROLE and role[0].islower() and not heads_title(role):
                continue  # "as far as the ops lead goes, I": a title in lower case must end the phrase
            if role and pattern in (_SELF_ROLE, _AFTER_CLAUSE_ROLE) and not _has_title_word(role):
                continue  # "I'm happy with the sales deck": a mood, no title; "..., who runs sales, and ..."
            if role:
                return role
    doing = title_after_doing(tail)  # "Mats Brekke runs the fleet (fleet manager)"
    if doing and (role := valid_role(doing)) and _has_title_word(role):
        return role
    # a short aside that is no title between the name and its title: "Thandiwe (copied), our IT security lead"; an
    # aside with clauses of its own ("(a Democrat, who ...), X's chief staffer") leaves what follows to another
    aside = _PAREN_ROLE.match(tail)
    if aside and "," not in aside.group(1) and (m := _COMMA_ROLE.match(tail[aside.end() :])):
        role = valid_role(m.group(1))
        if role and _has_title_word(role):  # "Equipment (Semiconductors), Financial (Diversified)" is a list
            return role
    # on a longer piece than ``tail``: where that is cut off is no line's end; a short form's dot ends no title
    # there either ("Marta Kowalczyk – Kierownik ds. zakupów", Polish "ds." = "in charge of")
    line = text[end : end + 160]
    m = _DASH_ROLE_EOL.match(_ABBREVIATED.sub(_dotless, line) if "." in line else line)
    if m and (role := valid_role(m.group(1))):
        words = role.lower().split()
        if any(w in TITLE_CORE for w in words) or (len(words) == 1 and words[0] in _FUNCTIONS):
            return role
    m = _IN_DEPT.match(tail)
    return m.group(1) if m else None


# the title said of the person in the next sentence, the name closing its own: "send the invoice to Sara. She's
# our finance manager"; "our" only in the customer's own words (in a rep's note it makes the person ours)
_NEXT_SENTENCE_ROLE = re.compile(
    r"([^.;!?\n]{0,70}?)[.!?]\s+(?:she|he)(?:['’]s| is)\s+(?:(our) |the |their |a |an )?([^,.;:!?\n()/]{2,40})",
    re.IGNORECASE,
)


def role_next_sentence(text: str, end: int, *, ours_theirs: bool) -> str | None:
    """A title said by "she's"/"he's" opening the sentence after the one the name (ending at ``end``) closes, when
    no other capitalised word follows the name there; ``ours_theirs``: "our" means the customer's."""
    m = _NEXT_SENTENCE_ROLE.match(text, end)
    if m is None or re.search(r"\b[A-Z]", m.group(1)):
        return None  # "I met Nils and Karin Berg. She's the CFO": whose title is not sure
    if m.group(2) and not ours_theirs:
        return None
    role = valid_role(m.group(3))
    return role if role and any(w in TITLE_CORE for w in role.lower().split()) else None


def role_before(text: str, start: int, *, full_name: bool = True) -> str | None:
    """The role written before a name starting at ``start``: "their COO, X", "New CIO is X", "CFO X"."""
    before = without_kin(text[max(0, start - 60) : start])  # "the owner, his father, Ernesto": "the owner, Ernesto"
    m = _ROLE_BEFORE.match(before)  # as search would (the pattern opens with .*), minus a retry per offset
    if m and m.group(2).split()[-1].lower() in ("of", "for"):
        return None  # "their Director of Field Operations": the word after "of" is the title's field, not a name
    if m and m.group(2).split()[-1].lower() in (
        "named",
        "called",
        "with",
        "to",
        "from",
        "by",
        "and",
        "about",
        "in",
        "at",
    ):
        # "her finance team named Tomas": what he is called, not his title ("the CIO is called X" below);
        # "his boss in Houston", "their CFO at Initech": where the holder sits, no name;
        # "the admin training sessions with Henrik": a thing done with the person, no title
        m = None
    if m and not ("(" in m.group(3) and m.group(1).lower() == "the") and (role := valid_role(m.group(2))):
        return role
    m = (
        _ROLE_IS_BEFORE.search(before)
        if before.rstrip().endswith((" is", " now", " called", " named", " by"))
        else None
    )
    if m and (role := valid_role(m.group(1))):
        return role
    bare = _BARE_ROLE_BEFORE.search(before)
    if bare and bare.group(1).split()[-1].lower() in ROLE_WORDS:
        return valid_role(bare.group(1))
    # "+ CFO (Raj)": the bracket names who holds the title; "Executive Committee" is no committee's title
    after = text[start : start + 60]  # "procurement (Tobias Kral)" too: a function before a full name in brackets
    bracketed = title_bracketing(before, after) or function_bracketing(before, after)
    return bracketed or (title_before(before) if full_name else None)


def own_title(line: str) -> str | None:
    """The title a speaker gives themselves on ``line``, when it ends on a title's head word ("director", "CFO"):
    "I'm the contact centre director", not "I'm happy with the sales deck"; else the function they work in."""
    for m in (m for pattern in OWN_TITLES for m in pattern.finditer(line)):
        role = valid_role(m.group(1))
        # the head word stands before a field: "director of inside sales"
        if role and heads_title(role):
            return role
    return own_function(line)
