"""A later question about the leader an earlier one finds: "which sector has the most accounts, and how much have I
won from that sector this year?", "our #1 customer in H1 - and which product brought in the most with them?". The
leader is not known when the message is read, so the later part waits: the first round of tool calls answers the
parts that stand alone, and the leader found there fills in the parts that point back at it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from agents.offline.calls import ONE_DEAL, tool_calls
from agents.offline.entities import Gazetteer
from agents.offline.question import Question, ToolCall
from agents.offline.shown_deals import listed_deal
from memory.normalise import name_key

LEADER = "\x00leader"  # the first part's leader, until its result is in
_KINDS = {"owner": "person", "product": "product", "account": "account", "sector": "sector", "office": "office"}
_KEYS = {"rep": "owner", "product": "product", "account": "account", "sector": "sector", "office": "office",
         "month": "period", "quarter": "period"}  # fmt: skip
_NOUNS = {
    "owner": r"(?:rep|seller|person|guy|one|girl|woman|man)",
    "product": r"(?:product|one|line|sku)",
    "account": r"(?:customer|account|client|company|one|logo)",
    "sector": r"(?:sector|industry|vertical|space|one)",
    "office": r"(?:office|region|one)",
    "period": r"(?:month|quarter|period)",
}
_PRONOUNS = {
    "owner": r"(?:him|her|them)",
    "product": r"(?:it|that)",
    "account": r"(?:them|it|that)",
    "sector": r"(?:it|that|there)",
    "office": r"(?:it|that|there)",
    "period": r"(?:it)",
}

_SUBJECTS = {"owner": r"(?:he|she)", "product": r"it", "account": r"(?:they|it)", "sector": r"it",
             "office": r"it", "period": r"it"}  # fmt: skip
_POSSESSIVES = {"owner": r"(?:his|her|their)", "product": r"its", "account": r"(?:their|its)", "sector": r"its",
                "office": r"its", "period": r"its"}  # fmt: skip
# months no question about this data names, to stand for a month or quarter found by the first part
_PERIOD_STAND_INS = ("january 2015", "february 2015")


def leader_keys(first: Question) -> tuple[str, ...]:
    """The scope keys a later part may fill with what the first part finds: its leader when it asks for one by a
    group; the account, product or owner of the one deal it lists ("my biggest win in Q4 - when was that company
    founded?")."""
    if first.style == "list" and first.sort in ONE_DEAL and first.top in (None, 1) and not first.nth:
        return ("account", "product", "owner")
    # every group ranked ("best-selling product in Q4 by won revenue") has its leader first too
    if first.style not in ("ranking", "accounts") or first.top not in (1, None) or first.ends or first.nth:
        return ()
    return (_KEYS[first.group_by],) if first.group_by in _KEYS else ()


def pointing_back(clause: str, key: str, stand_in: str) -> str | None:
    """``clause`` with the words that point back at the leader ("from that sector", "of it", "with them", "their
    HQ", "do they have") naming ``stand_in`` instead, so it reads as if the leader were named; None when it points
    back at nothing."""
    noun, pronoun, subject = _NOUNS[key], _PRONOUNS[key], _SUBJECTS[key]
    patterns = (
        (rf"()\b(?:that|this|the same|said)\s+{noun}(?:'?s)?\b", stand_in),
        (rf"\b((?:from|in|with|at|for|of|on|by|to)\s+){pronoun}\b(?!\s+(?:is|was|are|were|'s)\b)", stand_in),
        (rf"()\b{_POSSESSIVES[key]}(?=\s)", f"{stand_in}'s"),  # "their HQ", "his win rate"
        # "how many ppl do they have"; not "what are they worth" (the deals just counted)
        (rf"\b((?:do|does|did|have|has)\s+){subject}\b", f"the {stand_in} office" if key == "office" else stand_in),
        # "are they owned by a parent co", "where are they based": the account's own facts
        (rf"\b((?:are|is|were|was)\s+){subject}(?=\s+(?:owned|based|headquartered|located|part of|a sub))", stand_in),
        *((pattern, named.format(named=stand_in)) for pattern, named in _THERE.get(key, ())),
    )
    pointed = 0
    for pattern, named in patterns:  # every pointer: "wheres their HQ + how many ppl do they have"
        clause, n = re.subn(pattern, _naming(named), clause, flags=re.IGNORECASE)
        pointed += n
    return clause if pointed else None


# a bare "there" ending the clause points at a place-like leader: "whats the win rate there", "how much did we win
# there in Q4?"; "there" inside a clause ("is there a deal") does not
_THERE_AT_END = r"()\bthere(?=(?:\s+(?:in|this|last|since|during|for)\b[^?]*)?\s*[?.!]*\s*$)"
_THERE = {
    "account": ((_THERE_AT_END, "at {named}"),),
    "sector": ((_THERE_AT_END, "in {named}"),),
    "office": ((_THERE_AT_END, "in {named}"),),
}


def stand_in(gazetteer: Gazetteer, key: str, text: str) -> str:
    """A name of the leader's kind that ``text`` does not mention, to stand for the leader while the clause is read:
    "how many employees does Acme Corporation have" reads as an account fact asked, as "do they have" would not."""
    if key == "period":
        return next(p for p in _PERIOD_STAND_INS if p not in text.lower())
    kind = _KINDS[key]
    said = name_key(text)
    names = sorted(
        cands[0][1]
        for alias, cands in gazetteer.aliases.items()
        if len(cands) == 1 and cands[0][0] == kind and alias == name_key(cands[0][1]) and alias not in said
    )
    return min(names, key=lambda n: (len(n.split()) != (2 if kind == "person" else 1), n))


def _naming(named: str) -> Callable[[re.Match[str]], str]:
    return lambda m: m.group(1) + named


def waiting_for_the_leader(
    clauses: list[str], first: Question, gazetteer: Gazetteer, question: re.Pattern[str]
) -> tuple[list[str], dict[int, tuple[str, str]]]:
    """The clauses with what points back at what the first clause finds naming a stand-in for it, and for each one
    that did, the scope key it waits to have filled in and the stand-in named there."""
    said, waits_for = " ".join(clauses), {}
    clauses = list(clauses)
    for i, clause in enumerate(clauses[1:], 1):
        for key in leader_keys(first) if _asks(clause, question) else ():
            named = stand_in(gazetteer, key, said)
            if (pointed := pointing_back(clause, key, named)) is not None:
                clauses[i], waits_for[i] = pointed, (key, named)
                break
    return clauses, waits_for


def _asks(clause: str, question: re.Pattern[str]) -> bool:
    """Whether a later clause asks something ("how much ...", "and the largest deal of it"), not an aside told
    ("(Markita's numbers are odd, leave her out)")."""
    clause = _ABOUT_IT_FIRST.sub("", clause.strip(" ,.!-"), count=1)
    return question.match(clause) is not None or _SUPERLATIVE_ASKED.match(clause) is not None or fact_of_them(clause)


# what the question is about, said before it: "and of that month's cohort, how many got won", "for that rep, how many"
_ABOUT_IT_FIRST = re.compile(
    r"^(?:and |also |plus )?(?:of|among|for|in|from) (?:that|this|the same|said) [\w-]+(?:'?s)?(?: [\w-]+)?,? "
    r"(?=(?:how|what|which|who)\b)",
    re.IGNORECASE,
)


# a fact of the leader named by its possessive alone, with no verb: "+ their hq", "and its sector?", "her win rate"
_FACT_OF_THEM = re.compile(r"^(?:and |also |plus |\+ ?|& ?)?(?:their|its|his|her) \w+", re.IGNORECASE)


def fact_of_them(clause: str) -> bool:
    """Whether ``clause`` is a bare fact asked of whoever the clause before found ("top acct for me? + their hq")."""
    return _FACT_OF_THEM.match(clause.strip(" ,.!-?")) is not None


_SUPERLATIVE_ASKED = re.compile(
    r"^(?:and |also |plus )?(?:(?:the |its |his |her |their )?(?:single )?(?:\w+est|top|most|#1)"
    r"|where'?s|when (?:was|were|did|is))\b",  # "..., and wheres their HQ", "and when was that company founded"
    re.IGNORECASE,
)


def standing_for_the_leader(part: Question, named: str, first: Question) -> dict[str, Any]:
    """``part``'s scope with the stand-in ``named`` marked as the leader, alone or in a list ("its list price" reads
    as the catalogue of products ["GTK 500"]); a month's cohort is dated as the first part grouped its months."""
    own = {k: _swapped(v, named, LEADER) for k, v in part.scope.items()}
    if own.get("period") == LEADER and _COHORT.search(part.text):  # "and of that month's cohort how many got won"
        own["date_field"] = first.scope.get("date_field", "close")
    return own


_COHORT = re.compile(r"\bcohort\b", re.IGNORECASE)


def _swapped(value: Any, old: Any, new: Any) -> Any:
    """``value`` with ``old`` put as ``new``, itself or in a list: the stand-in as the leader, the leader as found."""
    if isinstance(value, list):
        return [new if x == old else x for x in value]
    return new if value == old else value


def waiting(part: Question) -> bool:
    """Whether ``part`` waits for a leader still to be found."""
    return LEADER in part.scope.values()


def waits(question: Question) -> bool:
    """Whether a part of ``question`` waits for a leader still to be found."""
    return question.style == "multi" and any(map(waiting, question.parts))


def first_round(question: Question) -> list[ToolCall]:
    """The calls of the parts that stand alone."""
    return [c for p in question.parts if not waiting(p) for c in tool_calls(p)]


def resolved(question: Question, first: list[dict[str, Any]]) -> Question | None:
    """``question`` with what its first part found (in the ``first`` round's results) filled in; None when it found
    nothing to fill in with."""
    opener = question.parts[0]
    data = first[0] if first else {}
    parts = []
    for part in question.parts:
        key = next((k for k, v in part.scope.items() if v == LEADER), None)
        if key is None:
            parts.append(part)
            continue
        if opener.style in ("list", "attention"):  # the deal it listed, or the one at the place a draft names
            deal = listed_deal(opener, first, part.nth) or {}
            found = deal.get(key)
            # the deal's other facts the part waits on too (a draft's product: the deal pointed at, not another)
            more = {k: deal.get(k) for k, v in part.scope.items() if v == LEADER and k != key}
        else:
            found, more = (data.get("groups") or [{}])[0].get("group"), {}
        if not found:
            return None
        scope = {k: more[k] if k in more else _swapped(v, LEADER, found) for k, v in part.scope.items()}
        parts.append(replace(part, scope={k: v for k, v in scope.items() if v is not None}))
    return replace(question, parts=tuple(parts))


def in_part_order(question: Question, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The results of both rounds in the order of the parts they answer (the first round's, then the second's)."""
    waits_for_it = [waiting(p) for p in question.parts]
    counts = [len(tool_calls(p)) for p in question.parts]
    alone = sum(n for n, w in zip(counts, waits_for_it, strict=True) if not w)
    first, second = iter(results[:alone]), iter(results[alone:])
    return [next(second if w else first, {}) for n, w in zip(counts, waits_for_it, strict=True) for _ in range(n)]
