"""Who "I" is: the first person of a text read as the person who writes or speaks it.

Two things follow from that. The first person is a person like any other, so "I am Orthodox" must reach
every cue written for "is Orthodox" (:func:`as_third_person`). And "my husband" tells a same-sex couple when
the writer is known to be a man: the speaker of a transcript turn ("Graham (Zotware): ... my husband"), the
"From:" of a message, or the name it is signed with ("... Regards, Milan") (:func:`writer_at`).
"""

from __future__ import annotations

import re

# "I am" / "I'm" rewritten letter for letter as "I is" / "I's": the offsets stay those of the text, and the
# cues' "is"/"'s" alternatives read the writer too
_FIRST_PERSON_BE = re.compile(r"(?-i:\bI)(?: am\b|['’]m\b)")

# a turn of a transcript or chat: "Graham (Zotware): ...", "Ana: ..." at a line start, after a "[00:01:10]"
# stamp, or after the previous turn's last sentence
_TURN = re.compile(
    r"(?:^|(?<=\n)|(?<=\]) |(?<=[.!?]) )(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?: \([^()\n]{1,40}\))?:(?=\s)",
    re.MULTILINE,
)
# labels that open a line without being anyone's turn; "From:" names the writer
_NOT_A_TURN = frozenset(
    "From Subject Re Fw Fwd To Cc Bcc Date Sent Attendees Agenda Note Notes Action Actions Update Summary Scope "
    "Next Re Ps Background Context Status Decision Decisions Risks Owner Call Meeting Transcript Steps".split()
)
_FROM = re.compile(r"^From: (?:\"?)(?P<name>[A-Z][a-z]+)\b", re.MULTILINE)
_SIGN_OFF_WORDS = (
    r"(?i:(?:kind |best |warm |warmest |many |with )?(?:regards|wishes|thanks)|best|thanks|thank you|cheers|"
    r"sincerely|yours|all the best|speak soon|talk soon|ta)"
)
# the name a message ends with: on a line of its own, after a closing word, or after the last sentence
_SIGNED = re.compile(
    r"(?:^|\n|[.!?,] )(?:" + _SIGN_OFF_WORDS + r"[,!.]?\s+)?[-–—~]?\s*(?P<name>[A-Z][a-z]+)(?: [A-Z][a-z]*\.?)?"
    r"[.!]?\s*$"
)


def as_third_person(text: str) -> str:
    """``text`` with the first person's "am" read as "is", of the same length."""
    return _FIRST_PERSON_BE.sub(_as_is, text)


def _as_is(match: re.Match[str]) -> str:
    word = match.group(0)  # "I am" -> "I is"; "I'm" -> "I's" (the apostrophe kept)
    return word[:-2] + "is" if word.endswith("am") else word[:-1] + "s"


def writer_at(text: str, pos: int) -> str | None:
    """The name of who says "I" at ``pos``: the last transcript turn begun before it, else the message's
    "From:" or signature; None when the text does not say."""
    turns = [m for m in _TURN.finditer(text, 0, pos) if m.group("name").split()[0] not in _NOT_A_TURN]
    if turns:
        return turns[-1].group("name")
    sender = _FROM.search(text)
    if sender:
        return sender.group("name")
    signed = _SIGNED.search(text[pos:])
    return signed.group("name") if signed else None
