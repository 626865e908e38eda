"""What a customer said, asked of the interaction memory: "what did Cancity say about pricing?", "did they mention
a competitor?", "any emails from Codehow lately?", "when did we last hear from Kan-code?", "search the notes for
security review". The answer quotes the stored emails, calls and notes (closest in meaning to the topic, or the
latest when no topic is named); the deal figures machinery never sees these questions.

Not read here: what the company or a colleague said ("what did I tell them", "what did Darcel say"), what a customer
bought or how much ("what did Cancity buy"), counts of emails, and requests to write ("email Cancity about ...")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from agents.offline.entities import Mention
from agents.offline.question import Question, ToolCall
from agents.periods import find_period

STYLES = ("said",)

# who said it: one to four words, then checked: an account named, or one spoken of ("they", "their CFO")
_WHO = r"(?P<acct>[\w&.'-]+(?: [\w&.'-]+){0,3})"
_PRONOUNS = ("they", "he", "she", "the customer", "the client", "the buyer")
_SAY = (
    r"(?:say|said|tell us|tell me|told us|told me|tell|told|write|wrote|mention|mentioned|ask for|asked for"
    r"|ask about|asked about|complain about|complained about|raise|raised|bring up|brought up|think about"
    r"|thought about|say about)"
)
# "what did Cancity say (about pricing)", "what have they said re the rollout", "what has their CFO told us"
_WHAT_SAID = re.compile(rf" (?:what|wat|wht) (?:did|has|have|had|do|does) {_WHO} (?:{_SAY})(?= )")
# "did Cancity mention a competitor", "has the customer raised security", "did they say anything about budget"
_DID_SAY = re.compile(rf"^ (?:so |and |ok |hey )?(?:did|has|have|had) {_WHO} (?:{_SAY})(?= )")
_MESSAGES = r"(?:emails?|e-mails?|mails?|calls?|notes?|messages?|transcripts?|voice notes?|meeting notes?)"
# "any emails from Codehow lately", "latest from Kan-code", "anything new from them", "last note on Cancity"
_LATEST = re.compile(
    rf" (?:any|anything|latest|last|recent|newest|new) (?:new |recent )?(?:{_MESSAGES}|news|word|updates?)"
    r" (?:from|by|with|on|re) | (?:the latest|anything new|anything) from "
)
# "when did we last hear from them", "when was our last call with Cancity", "have we heard back from Codehow"
_LAST_HEARD = re.compile(
    r" (?:when did we last|when was the last time we|last time we)"
    r" (?:hear|heard|speak|spoke|talk|talked|call|called|email|e-mail|emailed|meet|met|contact|contacted)(?= )"
    r"| when was (?:our|the) last (?:call|email|e-mail|meeting|note|conversation|contact|touchpoint|exchange)(?= )"
    r"| (?:have|did|has) (?:we|anyone|anybody) (?:heard|hear) (?:anything |back |anything back )?from "
)
# "search the notes for security review", "find the email where Cancity asked for a discount"
_SEARCH = re.compile(
    rf" (?:search|find|look up|look through|pull up|dig up|dig out|check) (?:my |our |the |all |all the )?"
    rf"(?:{_MESSAGES}|memory|interactions|history|thread|threads)"
    r" (?:for|about|mentioning|where|that mention|that mentions|in which|re|on)(?= )"
)
_TOPIC = re.compile(r"\b(?:about|regarding|re|concerning|on the subject of|around|mentioning|for)\s+(?P<topic>.+)$")
_TRAILING = re.compile(
    r"(?:\s*[?!.]+|\s+(?:pls|please|plz|thx|thanks|lately|recently|so far|at all|this week|last week|last month"
    r"|this month|this quarter|last quarter))+\s*$",
    re.IGNORECASE,
)
# our side or a colleague speaking, or a thing bought: not the customer's words
_OURS = re.compile(r" (?:what|did|has|have|had) (?:i|we|you|u) ")
_LEAD_WORDS = re.compile(r"^ (?:anything|something|any|at all|us|me|to us|to me)(?= )")
# "what did Cancity say in November", "did they say anything last week": a window, not a topic
_ONLY_WHEN = re.compile(r"^ (?:in|during|over|since|this|last|on|lately|recently|yesterday|today|earlier)(?= )")
# "any emails from them", "the latest from the customer": an account spoken of
_FROM_THEM = re.compile(r" (?:from|by|with|on) (?:them|him|her|the customer|the client)(?= )")
_NO_TOPIC = {"it", "that", "this", "them", "anything", "something"}


def read(t: str, text: str, mentions: list[Mention], today: date) -> Question | None:
    """The memory search ``text`` asks for (``t`` normalised), or None when it asks something else."""
    account = next((m.name for m in mentions if m.kind == "account"), None)
    if any(m.kind == "person" for m in mentions) and account is None:
        return None  # "what did Darcel say about it": a colleague, whose words we do not keep
    asked = _WHAT_SAID.search(t) or _DID_SAY.search(t)
    if asked and account is None and not _pronoun_like(asked.group("acct")):
        return None  # "what did the board say": no customer we know
    latest = _LATEST.search(t) if account is not None or _spoken_of(t) else None
    heard = _LAST_HEARD.search(t)
    searched = _SEARCH.search(t)
    if not (asked or latest or heard or searched) or (_OURS.search(t) and account is None and not (searched or heard)):
        return None
    topic = "" if heard else _topic(text) or (_said_next(t, asked) if asked else "")
    scope: dict[str, Any] = {"account": account} if account else {}
    if (period := find_period(text.replace(topic, " ") if topic else text, today)) is not None:  # "about Q3 budget"
        scope |= {"since": period.start.isoformat(), "until": min(period.end, today).isoformat()}
    if heard or not topic:
        return Question("said", scope={**scope, "newest": True, "k": 1 if heard else 5}, text=text)
    return Question("said", scope={**scope, "query": topic}, text=text)


def follow_up(current: Question, previous: Question | None) -> Question:
    """ "what did they say about pricing?" after a question about Cancity: Cancity's words."""
    if current.style != "said" or "account" in current.scope or previous is None:
        return current
    account = previous.scope.get("account")
    return replace(current, scope={**current.scope, "account": account}) if isinstance(account, str) else current


def calls(question: Question) -> list[ToolCall]:
    return [ToolCall("search_memory", dict(question.scope))]


def answer(question: Question, results: list[dict[str, Any]]) -> str:
    data = results[0]
    passages = data.get("passages") or []
    whose = data.get("account") or "customers"
    topic = f" about \u201c{data['query']}\u201d" if data.get("query") and not data.get("newest") else ""
    when = f" between {data['since']} and {data['until']}" if data.get("since") else ""
    if not passages:
        return f"I have no emails, calls or notes from {whose}{topic} on file{when}."
    if data.get("newest") and question.scope.get("k") == 1:
        p = passages[0]
        return f"The last interaction with {whose} on file is from {p['date']} ({_kind(p)}): \u201c{_clip(p)}\u201d"
    lead = f"The latest from {whose}" if data.get("newest") else f"What {whose} said{topic}, closest first"
    lines = [f"{lead}{when} (quoted from stored emails, calls and notes):"]
    lines += [f"- {p['date']} ({_kind(p)}): \u201c{_clip(p)}\u201d" for p in passages]
    return "\n".join(lines)


def _topic(text: str) -> str:
    found = _TOPIC.search(text.strip())
    topic = _TRAILING.sub("", found.group("topic")).strip(" \"'\u201c\u201d") if found else ""
    return "" if topic.lower() in _NO_TOPIC else topic


def _said_next(t: str, asked: re.Match[str]) -> str:
    """ "did Cancity mention a rival vendor": what follows the verb is the topic, unless it only dates it."""
    rest = t[asked.end() :].strip()
    rest = _LEAD_WORDS.sub("", f" {rest} ").strip()
    return "" if not rest or _ONLY_WHEN.match(f" {rest} ") or rest in _NO_TOPIC else rest


def _pronoun_like(words: str) -> bool:
    return words in _PRONOUNS or words.startswith("their ")


def _spoken_of(t: str) -> bool:
    return _FROM_THEM.search(t) is not None


def _kind(passage: dict[str, Any]) -> str:
    kind = str(passage.get("kind", "")).replace("_", " ")
    direction = passage.get("direction")
    return (
        f"{kind}, {'from them' if direction == 'inbound' else 'from us'}"
        if direction in ("inbound", "outbound")
        else kind
    )


def _clip(passage: dict[str, Any], limit: int = 240) -> str:
    text = " ".join(str(passage.get("excerpt", "")).split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"
