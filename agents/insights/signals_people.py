"""``stakeholder_change`` found in what the customer said: the champion or decision maker leaves or is replaced,
or someone new takes the decision over. A hand-over between our own people (a rep moving on, a new account
manager) is no change on the customer's side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.insights import cues as c
from agents.insights import cues_people as people
from agents.insights.cues_people_handover import FIRST_PERSON, INHERITED
from agents.insights.cues_people_moving import thing_moving
from agents.insights.cues_people_newcomer import newcomer_readings
from agents.insights.cues_people_routine import REMAINING, routine_they
from agents.insights.cues_people_transfer import CARRIES_ON, transferred
from agents.insights.signals import Evidence, as_evidence, negated, said, says
from agents.insights.thread import Turn

_NOT_NAMES = {
    "The", "This", "That", "There", "These", "Those", "It", "We", "Our", "They", "Their", "What", "When", "If",
    "As", "So", "And", "But", "Also", "Just", "Thanks", "Thank", "Hi", "Hello", "Dear", "Good", "Great", "Please",
    "Unfortunately", "Sadly", "Quick", "Bad", "Not", "No", "Your", "You", "In", "On", "At", "For", "From", "After",
    "Before", "Since", "With", "Realistically", "Honestly", "Frankly", "Time", "Only", "Nothing", "Everything",
    "Everyone", "Everybody", "All", "Someone", "Somebody", "Nobody", "Team", "Anyone", "Most", "Some", "Many",
}  # fmt: skip
_FIRST_PERSON = {"I", "I'm", "I am", "I've", "I'll"}


def stakeholder(
    turns: Sequence[Turn], ours: set[str], notices: Sequence[Turn] = (), account: str = ""
) -> list[Evidence]:
    """The champion or decision maker leaves or is replaced, or someone new takes the decision over.

    ``notices`` are auto-replies: only a departure counts there ("Sven is no longer with Zoomit"), since
    an out-of-office naming a stand-in ("in my absence, Rita can handle orders") is not a change. Taking over
    the ``account`` itself is what a new rep of ours does."""
    found: list[Evidence] = []
    # the contact kept is no blocker when the same message gives the decision to someone else
    moved = {s.turn.index for s in said(turns) if says(people.DECISION_ELSEWHERE, s.sentence)}
    blocked_turns = {s.turn.index for s in said(turns) if says(people.STAKEHOLDER_BLOCKERS, s.sentence)
                     and (s.turn.index not in moved
                          or says(people.STAKEHOLDER_BLOCKERS, people.CONTACT_ONLY.sub(" ", s.sentence)))}  # fmt: skip
    before: tuple[int, str] = (-1, "")  # the turn and sentence before this one
    for s in said(turns):
        weight = _change_weight(s.sentence, ours, account)
        if not weight:  # "a new CFO. she's pulled sign-off to herself"
            prev = before[1] if before[0] == s.turn.index else ""
            weight = max((_change_weight(r, ours, account) for r in newcomer_readings(s.sentence, prev)), default=0.0)
        before = (s.turn.index, s.sentence)
        if s.turn.source == "note" and FIRST_PERSON.match(s.sentence) and INHERITED.search(s.sentence):
            weight = 0.0  # "I've inherited this from Sam" in our note: our rep took the account over
        if not weight and _departure(s.sentence, ours, note=s.turn.source == "note"):
            weight = 0.8
        elif not weight and transferred(s.sentence, ours) and not CARRIES_ON.search(s.turn.text):
            weight = 0.8  # "Morita-san is transferred to Nagoya head office": off the deal as surely as gone
        if weight and s.turn.index not in blocked_turns:
            found.append(as_evidence(s, weight))
    # an auto-reply's departure answered later by the champion keeping the decision ("Bram has left" ... "he only
    # helped with the test; I'm still the one deciding"): the person who left was no decider
    kept = [t.at for t in turns if t.index in blocked_turns]
    return found + [as_evidence(s, 0.8) for s in said(notices)
                    if _departure(s.sentence, ours) and not any(at > s.turn.at for at in kept)]  # fmt: skip


def _change_weight(sentence: str, ours: set[str], account: str = "") -> float:
    """The strongest stakeholder cue that is not negated and whose new owner is not one of our people, nor
    takes over the account itself ("Darcel takes over Rantouch" in our hand-over note is a change of rep)."""
    best = 0.0
    account_words = _account_object(account)
    for item in people.STAKEHOLDER:
        for m in item.pattern.finditer(sentence):
            if item.negatable and negated(sentence, m.start(), m.end()) or _ours_take_over(sentence, m, ours):
                continue
            if routine_they(sentence, m.start()):
                continue  # "sent the MSA to legal, they'll take it from here": the process, not a new owner
            if account_words.match(sentence, m.end()) or _busy(sentence, m):
                continue
            best = max(best, item.weight)
    return best


def _account_object(account: str) -> re.Pattern[str]:
    """What a rep takes over: the account by name, "the account", or account management."""
    name = rf"|{re.escape(account)}\b" if account.strip() else ""
    return re.compile(rf"\s*(?:(?:the|your|this|their) account\b|account management|as (?:your |their |the )?account"
                      rf" (?:manager|lead|owner|executive){name})", re.IGNORECASE)  # fmt: skip


def _busy(sentence: str, m: re.Match[str]) -> bool:
    """Something took over their time, not the decision: "the move has taken over everything"."""
    if not re.match(r"tak(?:en|e|es|ing) over", m.group(0), re.IGNORECASE):
        return False
    before = sentence[max((b.end() for b in _CLAUSE.finditer(sentence, 0, m.start())), default=0) : m.start()]
    if people.BUSY_SUBJECT.search(sentence[: m.start()]):
        return True
    person = any(p.group(0) not in _NOT_NAMES for p in people.PERSON_BEFORE.finditer(before))
    return not person and people.BUSY_TAKE_OVER.match(sentence, m.end()) is not None


_NAME = re.compile(r"\b[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*)?")
_CLAUSE = re.compile(r"[,;:()\u2014]|\b(?:and|but|while|so)\b")


def _ours_take_over(sentence: str, m: re.Match[str], ours: set[str]) -> bool:
    """The person nearest the cue in its clause (the one before it, else the one after) is one of ours."""
    left = max((b.end() for b in _CLAUSE.finditer(sentence, 0, m.start())), default=0)
    right = min((b.start() for b in _CLAUSE.finditer(sentence, m.end())), default=len(sentence))
    before = [n.group(0) for n in _NAME.finditer(sentence, left, m.start()) if n.group(0) not in _NOT_NAMES]
    after = [n.group(0) for n in _NAME.finditer(sentence, m.end(), right) if n.group(0) not in _NOT_NAMES]
    nearest = before[-1] if before else after[0] if after else ""
    return bool(nearest) and (nearest.lower() in ours or nearest.split()[0].lower() in ours)


# what is left over is money or time, not a person who left: "every euro left this year", "two weeks left"
_LEFT_OVER = re.compile(r"\b(?:euros?|dollars?|pounds?|penn(?:y|ies)|cents?|money|budget|funds?|funding|cash|pot"
                        r"|time|days?|weeks?|months?)\s*$", re.IGNORECASE)  # fmt: skip


# someone who came to see them, and an ending after "left" that closes the visit, not the job ("left the company")
_VISIT = re.compile(r"\b(?:came|arrived|showed up|turned up|visited|was (?:here|on site|onsite))\b", re.IGNORECASE)
_VISIT_OVER = re.compile(r"\s*(?:$|[.,;!?]|(?:and|again|early|without|after|before|at|by|around)\b)", re.IGNORECASE)


def _departure(sentence: str, ours: set[str], *, note: bool = False) -> bool:
    if re.search(r"\b(?:last year|years ago|a while ago|long ago|some time ago)\b", sentence, re.IGNORECASE):
        return False  # an old departure is history, not a change to this deal
    for m in people.DEPARTURE.finditer(sentence):
        before = sentence[: m.start()]
        words = before.split()[-8:]
        if words and words[-1].lower() in ("we", "we're", "we've", "they", "they're", "you", "you're"):
            continue
        window = " ".join(words)
        if negated(sentence, m.start()) or _LEFT_OVER.search(before) and m.group(0).lower() == "left":
            continue
        if m.group(0).lower() == "left" and REMAINING.search(before):
            continue  # a step still to go, not a person gone: "all approvals in, just legal left"
        if m.group(0).lower() == "left" and _VISIT.search(before) and _VISIT_OVER.match(sentence, m.end()):
            continue  # a visit over, not a job: "the engineer came, he calibrated the wrong line and left"
        if thing_moving(sentence, m.start(), m.end()):
            continue  # "I'll get the contract moving on our side": the contract moves, nobody leaves
        if words and words[-1].lower() in ("his", "her"):
            return True  # "after his departure": the pronoun is the person who left
        for p in people.PERSON_SUBJECT.finditer(window):
            token = p.group(0)
            if " " not in token and token in _NOT_NAMES or token.lower() in ours or token.split()[0].lower() in ours:
                continue
            if window[p.end() : p.end() + 1] == ":":
                continue  # a label heading the sentence ("Handover: ..."), not its subject
            if note and token in _FIRST_PERSON:
                continue  # in our notes "I" is our rep: "I'm moving to the enterprise team"
            if c.OUR_PRODUCTS.search(token) or any(n.lower() in token.lower() for n in c.COMPETITORS):
                continue
            return True
    return False
