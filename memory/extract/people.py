"""People on the customer's side named in a note, with their role as written.

Names are runs of capitalised words (with particles such as "de" or "van"); a single first name
counts only with evidence (a role, "his colleague Mina") or as the short form of a full name in the
same note. Our own staff, competitors' and other accounts' people, and people who left are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

ROLE_WORDS = frozenset(
    """ceo cfo coo cto cro cio cmo cpo ciso vp svp evp director head manager mgr lead owner founder co-founder
    procurement purchasing finance financial controller chief president officer admin administrator engineer
    analyst buyer counsel legal ops operations sales marketing it partner principal champion coordinator
    specialist architect accountant treasurer secretary chair chairman chairwoman md gm product dispatcher
    assistant consultant supervisor boss cio hr it security engineering""".split()
)
_PARTICLES = r"(?:de|van|von|der|den|da|di|del|dos|du|la|le|bin|al|ter|ten)"
_CAP = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
NAME_RE = re.compile(rf"\b{_CAP}(?:\s+(?:{_PARTICLES}\s+)*{_CAP}){{0,2}}\b")
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
    procurement finance legal operations ops marketing product chief officer board team admin
    target follow looking confirmed price same early days didn't catch first second last
    i'll i'm i've i'd we'll we're we've they're he's she's it's let's regards best cheers thanks""".split()
)
_LEFT = re.compile(
    r"\b(has left|have left|left the (company|business|firm)|is leaving|no longer (with|at|there)|moved on|"
    r"departed|resigned|ex-|former|replaced|used to (?:run|own|lead|manage|handle|be)|(?:he|she|they) left)\b",
    re.IGNORECASE,
)
_SAYS_ROLE = re.compile(
    r"^[^.;!?\n]{0,30}?\b(?:he's|she's|he is|she is|who's|who is|they're)\s+"
    r"(?:the |their |our |a |an )?([^,.;!?\n()/]{2,60})",
    re.IGNORECASE,
)
_COMMA_ROLE = re.compile(r"^\s*,\s*(?:the |their |our |a |an )?([^,.;:!?\n()/+]{2,60})")
_IS_ROLE = re.compile(r"^\s+(?:is|was)\s+(?:the |their |our |a |an )?([^,.;:!?\n()/+]{2,40})")
_PAREN_ROLE = re.compile(r"^\s*\(([^)]{2,60})\)")
_SIGNATURE_ROLE = re.compile(r"^[ \t]*\n[ \t]*([^,\n]{2,50})(?:,|[ \t]*(?:\n|$))")  # name line, then "CFO, Acme"
_IN_DEPT = re.compile(
    r"^\s+(?:in|from) (procurement|purchasing|finance|legal|it|ops|operations|marketing|sales|hr)\b", re.I
)
_ROLE_BEFORE = re.compile(
    r".*\b(?:their|his|her|the|our)\s+((?:[A-Za-z-]+\s){0,3}?[A-Za-z-]+),?\s+$", re.IGNORECASE | re.DOTALL
)
# a bare title opening a clause: "Vehement Capital Partners: partner Olivia Grant says"
_BARE_ROLE_BEFORE = re.compile(r"(?:^|[:;(\n]|—|, )\s*((?:[a-z-]+\s){0,2}?[a-z-]+)\s+$")
_FILLERS = re.compile(r"\b(?:uh|um|erm|er|like|you know|I think|basically)\b,?\s*", re.IGNORECASE)
_COLLEAGUE = re.compile(r"\b(?:colleague|boss|deputy|assistant|counterpart|manager)\s+$", re.IGNORECASE)
_ROLE_TAIL = re.compile(
    r"\s+(?:over there|there|at \w+|on the call|on the line|too|as well|who|and|says|said)\b.*$"
    r"|\s+(?:at|from|of|with) [¤§]+.*$",  # "head of IT at Cancity": the organisation is not part of the title
    re.I,
)


@dataclass
class Person:
    name: str
    role: str | None = None


def _valid_role(text: str) -> str | None:
    role = _ROLE_TAIL.sub("", _FILLERS.sub("", " ".join(text.split()))).strip(" ,-:")
    role = re.sub(r"^(?:(?:he|she)'s|(?:he|she|who) is|who's|they're)\s+", "", role, flags=re.IGNORECASE)
    role = re.sub(r"^(?:the|their|our|a|an)\s+", "", role, flags=re.IGNORECASE)
    words = role.lower().replace("/", " ").split()
    if not words or len(words) > 6 or not any(w.strip(".,") in ROLE_WORDS for w in words):
        return None
    if any(w in ("didn't", "not", "catch", "title", "sure", "know") for w in words):
        return None
    return role


def _role_after(text: str, end: int) -> str | None:
    tail = text[end : end + 120]
    for pattern in (_PAREN_ROLE, _SIGNATURE_ROLE, _COMMA_ROLE, _SAYS_ROLE, _IS_ROLE):
        m = pattern.match(tail)
        if m:
            role = _valid_role(m.group(1))
            if role:
                return role
    m = _IN_DEPT.match(tail)
    return m.group(1) if m else None


def _role_before(text: str, start: int) -> str | None:
    before = text[max(0, start - 60) : start]
    m = _ROLE_BEFORE.match(before)  # as search would (the pattern opens with .*), minus a retry per offset
    if m and (role := _valid_role(m.group(1))):
        return role
    bare = _BARE_ROLE_BEFORE.search(before)
    if bare and bare.group(1).split()[-1].lower() in ROLE_WORDS:
        return _valid_role(bare.group(1))
    return None


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
    masked = _mask(_mask(text, other_orgs, "§"), [account] if account else [], "¤")
    stop = _COMMON | ROLE_WORDS | {w.lower() for w in not_names}
    excluded = {e.lower() for e in exclude}
    people: dict[str, Person] = {}
    singles: list[tuple[str, str | None, bool]] = []
    for m in NAME_RE.finditer(masked):
        tokens = _longest_clean_run(m.group(0).split(), stop)
        if not tokens:
            continue
        name = " ".join(tokens)
        start = masked.find(tokens[0], m.start())
        end = start + len(name)
        after, before = masked[end : end + 60], masked[max(0, start - 60) : start]
        if _not_customer(masked, start, before, after, name):
            excluded.add(name.lower())
            continue
        role = _role_after(masked, end) or _role_before(masked, start)
        if len(tokens) == 1:
            singles.append((name, role, bool(_COLLEAGUE.search(before))))
            continue
        person = people.setdefault(name.lower(), Person(name))
        person.role = person.role or role
    for m in _LOWER_NAME_WITH_ROLE.finditer(masked):
        role = _valid_role(m.group(2))
        words = m.group(1).split()
        if role and not any(w in stop for w in words):
            name = " ".join(w.capitalize() for w in words)
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


_OURS_AFTER = re.compile(r"^\s*(?:from|on|at|in) (?:our|my)\b|^\s*\(?(?:ours|our \w+)\)?", re.IGNORECASE)
_OURS_BEFORE = re.compile(r"\bour\s+(?:\w+\s+){0,2}$|\b(?:from|on) our (?:side|end|team)\b[^.;!?]*$", re.IGNORECASE)
_OTHER_ORG_AFTER = re.compile(r"^\s*(?:at|from|of|with)\s+§")
_OTHER_ORG_BEFORE = re.compile(
    r"§+'s\s+(?:[a-z-]+,?\s+){0,3}$|§+\s+(?:account |sales |area )?(?:rep|manager|exec\w*|guy|person|ae|am)\s*,?\s*$"
    r"|§+\s*[(,]\s*(?:their|its)\s+[\w -]{1,30},?\s*$"  # "a call with Cheers (their COO, Paul Weber"
)


def _not_customer(text: str, start: int, before: str, after: str, name: str) -> bool:
    """Our staff, another organisation's people, or someone who has left."""
    if _OURS_AFTER.match(after) or _OURS_BEFORE.search(before):
        return True
    if _OTHER_ORG_AFTER.match(after) or _OTHER_ORG_BEFORE.search(before):
        return True
    sentence = _sentence_around(text, start)
    return bool(_LEFT.search(sentence)) and _mentions_leaving(sentence, name)


def _mask(text: str, names: Iterable[str], char: str) -> str:
    """Organisation names overwritten (same length), so no person name is made of them."""
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = re.sub(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", lambda m: char * len(m.group(0)), text,
                      flags=re.IGNORECASE)  # fmt: skip
    return text


def _longest_clean_run(tokens: list[str], stop: frozenset[str] | set[str]) -> list[str]:
    best: list[str] = []
    run: list[str] = []
    for t in tokens:
        if t.lower() in stop:
            run = []
        else:
            run.append(t)
            if len(run) > len(best):
                best = list(run)
    return best


def _sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(c, 0, at) for c in ".!?;\n") + 1
    ends = [i for i in (text.find(c, at) for c in ".!?;\n") if i != -1]
    return text[start : min(ends) if ends else len(text)]


def _mentions_leaving(sentence: str, name: str) -> bool:
    """The sentence says this person left (not someone else in it)."""
    m = _LEFT.search(sentence)
    if not m:
        return False
    at = sentence.find(name.split()[0])
    if m.group(0).lower() == "replaced":
        return at != -1 and at < m.start() and "replaced by" not in sentence[:at].lower()
    return at != -1 and (at < m.start() or m.group(0).lower() in ("former", "ex-"))
