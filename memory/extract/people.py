"""People on the customer's side named in a note, with their role as written.

Names are runs of capitalised words (with particles such as "de" or "van"); a single first name
counts only with evidence (a role, "his colleague Mina") or as the short form of a full name in the
same note. Our own staff, competitors' and other accounts' people, and people who left are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from memory.extract.fields import short_name
from memory.extract.lowercase import lowercase_contacts
from memory.extract.sides import Sides

ROLE_WORDS = frozenset(
    """ceo cfo coo cto cro cio cmo cpo ciso vp svp evp director head manager mgr lead owner founder co-founder
    procurement purchasing finance financial controller chief president officer admin administrator engineer
    analyst buyer counsel legal ops operations sales marketing it partner principal champion coordinator
    specialist architect accountant treasurer secretary chair chairman chairwoman md gm product dispatcher
    assistant consultant supervisor boss cio hr it security engineering executive exec senior junior
    associate representative rep editor managing deputy planner strategist scientist developer designer
    technician recruiter auditor attorney paralegal receptionist estimator surveyor inspector pharmacist
    producer publisher registrar bursar provost superintendent headteacher professor librarian""".split()
)
# departments and bodies, which follow a title ("VP Supply Chain", "Executive Committee") and are never a name
DEPARTMENT_WORDS = frozenset(
    """supply chain logistics customer service services facilities analytics data technology strategy
    communications editorial newsroom enablement support success revops people talent infrastructure digital
    innovation compliance quality research development growth partnerships revenue business transformation
    payroll warehouse distribution planning merchandising accounts payable receivable treasury tax
    insights intelligence office committee board council department division group unit panel""".split()
)
_PARTICLES = r"(?:de|van|von|der|den|da|di|del|dos|du|la|le|bin|al|ter|ten)"
# a hyphen's lower-case syllable after a short first one is a romanised given name ("Hyun-woo", "Mei-ling"), not
# a compound word ("Follow-up", "Sign-off", "Go-live")
_SYLLABLE_NAME = (
    r"[A-ZÀ-Ý][a-zà-ÿ]{1,4}-(?!(?:up|in|on|off|out|by|to|ins|ons|ups|ish|day|end|way|live|run|op|ops|all|wide|"
    r"based|free|like|side|time|term|year|week|only|type|size|rate|made|led|site|line|back|down|over|hand|home|"
    r"well|self|less|long|high|low|full|half|post|pre|non|sub|mid|co|ex|wise|fold|ward|new|old|lead|owned)\b)"
    r"[a-z]{2,4}\b"
)
_CAP = _SYLLABLE_NAME + r"|(?:[A-ZÀ-Ý]['’]|Ma?c)?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"  # also O'Connor
# a name stays on one line: "...now saying mid-Jan\nMelvin Marxen: number?" is two
NAME_RE = re.compile(rf"\b(?:{_CAP})(?:[ \t]+(?:{_PARTICLES}[ \t]+)*(?:{_CAP})){{0,4}}\b")
_LOWER_NAME_WITH_ROLE = re.compile(r"(?<![\w'])([a-z]{2,}(?: [a-z]{2,}){1,2}) \(([^)]{2,40})\)")
_COMMON = frozenset(
    """i a an the and or but so ok okay oh um uh also then now yes no not our we you he she they it his her their
    this that these those there here what when where who why how just still quick bad good great big small new
    next step steps ns note notes re voice memo call update meeting news note stage status close closing timing
    decision price pricing budget competitor competitors contact contacts mark marking moving move won lost
    engaging prospecting signed spoke met called talked thanks thank hi hello dear sorry wait well anyway
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december q1 q2 q3 q4 gtx gtk mg pro plus basic advanced special series
    msa sow nda rfp poc api crm se it hr sales director head manager lead owner vp ceo cfo coo cto cro cio
    procurement finance legal operations ops marketing product chief officer board team admin account
    email message target follow looking confirmed price same early days didn't catch first second last
    i'll i'm i've i'd we'll we're we've they're he's she's it's let's regards best cheers thanks
    interim acting""".split()
)
_SAYS_ROLE = re.compile(
    r"^[^.;!?\n]{0,30}?\b(?:he's|she's|he is|she is|who's|who is|they're)\s+"
    r"(?:the |their |our |a |an )?([^,.;!?\n()/]{2,60})",
    re.IGNORECASE,
)
_COMMA_ROLE = re.compile(r"^\s*,\s*(?:the |their |our |a |an )?([^,.;:!?\n()/+]{2,60})")
_IS_ROLE = re.compile(r"^\s+(?:is|was)\s+(?:the |their |our |a |an )?([^,.;:!?\n()/+]{2,40})")
_PAREN_ROLE = re.compile(r"^\s*\(([^)]{2,60})\)")
_PIPE_ROLE = re.compile(r"^[ \t]*\|[ \t]*([^|\n]{2,50}?)[ \t]*(?:\||\n|$)")  # "Jordan Pike | Procurement Manager |"
_DASH_ROLE = re.compile(r"^\s+[-–—]\s+([^-–—,.;:!?\n()]{2,40}?)\s+[-–—]\s")  # "Ola Nowak - CEO - needs it"
# "Buyer: Ruairi Doyle – Head of Agronomy" closing its line: a title there needs a title's word ("sales call
# tomorrow" is no title)
_DASH_ROLE_EOL = re.compile(r"[ \t]+[-–—][ \t]+([^-–—,.;:!?\n()|]{2,40}?)[ \t]*(?:\||\n|$)")
# the customer named between the person and the role: "Dario Russo @ Warephase (whse mgr)", "Wanjiru Kamau from
# Betatech, lab operations manager"
_AT_ACCOUNT = re.compile(r"^\s*(?:@|at|from|of|with)\s*¤+")
# the writer introducing themselves: "this is Dmitri from Iselectrics, I am procurement head"
_SELF_INTRO_BEFORE = re.compile(r"\b(?:this is|my name is|i am|i'm|it's)\s+$", re.IGNORECASE)
_SELF_ROLE = re.compile(
    r"^[^.!?\n]{0,40}?\b(?:i am|i'm|i work as)\s+(?:the |a |an |their |our )?([^,.;:!?\n()]{2,40})", re.IGNORECASE
)
_SIGNATURE_ROLE = re.compile(r"^[ \t]*\n[ \t]*([^,\n]{2,50})(?:,|[ \t]*(?:\n|$))")  # name line, then "CFO, Acme"
_IN_DEPT = re.compile(
    r"^\s+(?:in|from) (procurement|purchasing|finance|legal|it|ops|operations|marketing|sales|hr)\b", re.I
)
_ROLE_BEFORE = re.compile(
    r".*\b(their|his|her|the|our)\s+((?:[A-Za-z-]+\s){0,3}?[A-Za-z-]+)(,?\s+|\s*\(\s*)$", re.IGNORECASE | re.DOTALL
)  # "their COO, Grete Sandvik"; "their practice manager (Ngozi Eze)", but not "the Energy Ops Overview (Total"
# "New CIO is Hana Novak": the title, then "is", then the name
_ROLE_IS_BEFORE = re.compile(
    r"(?:^|[.;:!?\n(]|, )\s*(?:the |their |our |a |an )?(?:new |current )?((?:[A-Za-z-]+\s){0,3}?[A-Za-z-]+)"
    r"\s+(?:is|is now|now is)\s+$",
    re.IGNORECASE,
)
# a bare title opening a clause: "Vehement Capital Partners: partner Olivia Grant says"
_BARE_ROLE_BEFORE = re.compile(r"(?:^|[:;(\n]|—|, )\s*((?:[a-z-]+\s){0,2}?[a-z-]+)\s+$")
_FILLERS = re.compile(r"\b(?:uh|um|erm|er|like|you know|I think|basically)\b,?\s*", re.IGNORECASE)
_COLLEAGUE = re.compile(r"\b(?:colleague|boss|deputy|assistant|counterpart|manager)\s+$", re.IGNORECASE)
# a first name placed in the customer's team: "Sven from her team sat in"
_COLLEAGUE_AFTER = re.compile(
    r"^\s+(?:from|on|in) (?:his|her|their) (?:own |[a-z]+ )?(?:team|side|department|office|group|end)\b", re.IGNORECASE
)
_ROLE_TAIL = re.compile(
    r"\s+(?:over there|there|here|at \w+|on the call|on the line|too|as well|who|and|says|said|she|he|they|we|i)\b.*$"
    r"|\s+(?:at|from|of|with) [¤§]+.*$"  # "head of IT at Cancity": the organisation is not part of the title
    r"|\s*[,|]\s*[¤§]+.*$",  # "(Head of IT, Konmatfix)"
    re.I,
)


_VERBS = frozenset("is was were are will would has had have".split())
# in lower case only: "New Power Company's president" names a company
_TENURE = re.compile(r"^(?:new(?:ly appointed)?|current|incoming|recently (?:hired|appointed))\s+")
# a role cut off mid-phrase ends on a small word: "staff attorney for the" -> "staff attorney"
_DANGLING = re.compile(r"(?:\s+(?:in|for|of|at|with|the|to|and|or|a|an))+$", re.IGNORECASE)


@dataclass
class Person:
    name: str
    role: str | None = None


def _valid_role(text: str) -> str | None:
    role = _ROLE_TAIL.sub("", _FILLERS.sub("", " ".join(text.split()))).strip(" ,-:")
    role = re.sub(r"^(?:(?:he|she)'s|(?:he|she|who) is|who's|they're|i'm|i am)\s+", "", role, flags=re.IGNORECASE)
    role = re.sub(r"^(?:the|their|our|my|his|her|a|an)\s+", "", role, flags=re.IGNORECASE)
    role = _TENURE.sub("", role)  # "our new CISO": "new" says since when, not what
    head, _, aside = role.rpartition(",")
    if head and not any(w.strip(".") in ROLE_WORDS | DEPARTMENT_WORDS for w in aside.lower().split()):
        role = head.strip()  # "our Finance Manager, cc'd": the aside is not the title ("VP, Sales" is)
    role = _DANGLING.sub("", role)
    words = role.lower().replace("/", " ").split()
    if not words or len(words) > 6 or not any(w.strip(".,") in ROLE_WORDS for w in words):
        return None
    if any(w in ("didn't", "not", "catch", "title", "sure", "know") for w in words):
        return None
    if any(w in _VERBS for w in words):
        return None  # "Luckily, it was a 3 day weekend": a clause, not a title (whose "it" is IT)
    return role


def _role_after(text: str, end: int, *, introduced: bool = False) -> str | None:
    tail = text[end : end + 120]
    at = _AT_ACCOUNT.match(tail)
    if at:
        tail = tail[at.end() :]
    patterns = (_PAREN_ROLE, _PIPE_ROLE, _DASH_ROLE, _SIGNATURE_ROLE, _COMMA_ROLE, _SAYS_ROLE, _IS_ROLE)
    for pattern in (*patterns, _SELF_ROLE) if introduced else patterns:
        m = pattern.match(tail)
        if m:
            role = _valid_role(m.group(1))
            if role:
                return role
    m = _DASH_ROLE_EOL.match(text, end)  # on the text itself: where ``tail`` is cut off is no line's end
    if m and (role := _valid_role(m.group(1))) and any(w in _TITLE_CORE for w in role.lower().split()):
        return role
    m = _IN_DEPT.match(tail)
    return m.group(1) if m else None


def _role_before(text: str, start: int, *, full_name: bool = True) -> str | None:
    before = text[max(0, start - 60) : start]
    m = _ROLE_BEFORE.match(before)  # as search would (the pattern opens with .*), minus a retry per offset
    if m and m.group(2).split()[-1].lower() in ("of", "for"):
        return None  # "their Director of Field Operations": the word after "of" is the title's field, not a name
    if m and not ("(" in m.group(3) and m.group(1).lower() == "the") and (role := _valid_role(m.group(2))):
        return role
    m = _ROLE_IS_BEFORE.search(before) if before.rstrip().endswith((" is", " is now")) else None
    if m and (role := _valid_role(m.group(1))):
        return role
    bare = _BARE_ROLE_BEFORE.search(before)
    if bare and bare.group(1).split()[-1].lower() in ROLE_WORDS:
        return _valid_role(bare.group(1))
    return _title_before(before) if full_name else None  # "Executive Committee" is no committee's title


# a department alone ("Finance Sara Lind") is no title; a title needs one of these
_TITLE_CORE = ROLE_WORDS - set(
    "sales marketing finance financial it ops operations procurement purchasing legal hr product security engineering "
    "senior junior".split()
)


def _title_before(before: str) -> str | None:
    """A title written straight before the name: "CFO Ingrid Solheim", "Head of Procurement Sara Lind",
    "VP Customer Success Nora Fields"."""
    words = before.split()
    if not before[-1:].isspace() or not words:
        return None
    title: list[str] = []
    for word in reversed(words[-6:]):
        low = word.lower()
        if low not in ROLE_WORDS and low not in DEPARTMENT_WORDS and low not in ("of", "&"):
            break
        title.append(word)
    if title and title[0].lower() in ("of", "&"):
        return None  # "Professor of History": the word after "of" is the subject, not a person
    while title and title[-1].lower() in ("of", "&"):
        title.pop()  # "... of" cannot open a title
    if not any(w.lower() in _TITLE_CORE for w in title):
        return None
    return " ".join(reversed(title))


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
    masked = _mask(_mask(text, other_orgs, "§"), [account, short_name(account)] if account else [], "¤")
    stop = _COMMON | ROLE_WORDS | DEPARTMENT_WORDS | {w.lower() for w in not_names}
    excluded = {e.lower() for e in exclude}
    sides = Sides.of(masked, excluded)
    people: dict[str, Person] = {}
    singles: list[tuple[str, str | None, bool]] = []
    for start, end in (run for m in NAME_RE.finditer(masked) for run in _clean_runs(m, stop)):
        tokens = masked[start:end].split()
        if sum(t[0].isupper() for t in tokens) > 3:
            continue  # four capitalised words or more are an organisation or a list, not one person
        name = " ".join(tokens)
        if sides.not_customer(start, end, name):
            excluded.add(name.lower())
            continue
        before = masked[max(0, start - 60) : start]
        introduced = before.rstrip()[-2:] in ("is", "am", "'m", "’m", "'s") and bool(_SELF_INTRO_BEFORE.search(before))
        role = _role_after(masked, end, introduced=introduced) or _role_before(masked, start, full_name=len(tokens) > 1)
        if len(tokens) == 1:
            evidence = introduced or bool(_COLLEAGUE.search(before) or _COLLEAGUE_AFTER.match(masked[end : end + 60]))
            singles.append((name, role, evidence))
            continue
        person = people.setdefault(name.lower(), Person(name))
        person.role = person.role or role
    for m in _LOWER_NAME_WITH_ROLE.finditer(masked):
        role = _valid_role(m.group(2))
        words = m.group(1).split()
        if role and not any(w in stop for w in words):
            name = " ".join(w.capitalize() for w in words)
            people.setdefault(name.lower(), Person(name, role))
    for name, role in lowercase_contacts(masked, stop, _valid_role, sides):
        people.setdefault(name.lower(), Person(name, role))
    for name, role, colleague in singles:
        full = next((p for p in people.values() if p.name.split()[0] == name), None)
        if full is not None:
            full.role = full.role or role
        elif (role or colleague) and name.lower() not in excluded:
            person = people.setdefault(name.lower(), Person(name))
            person.role = person.role or role
    return [
        {"name": p.name, "role": p.role}
        for key, p in people.items()
        if key not in excluded and p.name.split()[0].lower() not in excluded
    ]


def _mask(text: str, names: Iterable[str | None], char: str) -> str:
    """Organisation names overwritten (same length), so no person name is made of them."""
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = re.sub(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", lambda m: char * len(m.group(0)), text,
                      flags=re.IGNORECASE)  # fmt: skip
    return text


def _clean_runs(m: re.Match[str], stop: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of the runs of words in a capitalised match that are not stop words: the longest, and
    any other of two words or more ("VP Customer Success Nora Fields" -> "Nora Fields"; "Legal Jim Derrick
    Treasury Ray Bowen" -> both names). A lone word elsewhere in the match is a heading's, not a first name."""
    runs: list[tuple[int, int, int]] = []  # start, end, words
    for w in re.finditer(r"\S+", m.group(0)):
        if w.group(0).lower() in stop:
            runs.append((0, 0, 0))  # a break
        elif runs and runs[-1][2]:
            runs[-1] = (runs[-1][0], m.start() + w.end(), runs[-1][2] + 1)
        else:
            runs.append((m.start() + w.start(), m.start() + w.end(), 1))
    longest = max(runs, key=lambda r: r[2], default=(0, 0, 0))
    return [(start, end) for start, end, n in runs if n >= 2 or (n and (start, end, n) == longest)]
