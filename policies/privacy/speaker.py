"""Who "I" is: the first person of a text read as the person who writes or speaks it.

Two things follow from that. The first person is a person like any other, so "I am Orthodox" must reach
every cue written for "is Orthodox" (:func:`as_third_person`). And "my husband" tells a same-sex couple when
the writer is known to be a man: the speaker of a transcript turn ("Graham (Zotware): ... my husband"), the
"From:" of a message, or the name it is signed with ("... Regards, Milan") (:func:`writer_at`). A chat line
that leaves its "I" out ("Sorry, was out Mon-Tue: Rosh Hashanah") is the writer's too (:func:`writer_is_subject`).
"""

from __future__ import annotations

import re

from policies.privacy.quoted_speaker import quoted_speaker

# "I am" / "I'm" rewritten letter for letter as "I is" / "I's": the offsets stay those of the text, and the
# cues' "is"/"'s" alternatives read the writer too
_FIRST_PERSON_BE = re.compile(r"(?-i:\bI)(?: am\b|['’]m\b)")
# German "ich bin" and French "je fais" have a third person of the same length ("ist", "fait"), so "ich bin seit
# Jahren in der IG Metall" reaches the cues written for "ist seit Jahren in der IG Metall"
_FIRST_PERSON_ABROAD = re.compile(r"(?<=\b[Ii]ch )bin\b|(?<=\b[Jj]e )fais\b")
_THIRD_PERSON_ABROAD = {"bin": "ist", "fais": "fait"}

# a turn of a transcript or chat: "Graham (Zotware): ...", "Ana: ..." at a line start, after a "[00:01:10]"
# stamp, or after the previous turn's last sentence
_TURN = re.compile(
    r"(?:^|(?<=\n)|(?<=\]) |(?<=[.!?]) )(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?: \((?P<gloss>[^()\n]{1,40})\))?:"
    r"(?=\s)",
    re.MULTILINE,
)
# a turn labelled by the speaker's side, with their name in the brackets ("Customer (Julia Brandt):", "Rep (Tom):",
# "Customer (Hugo, Rundofase HR):"): the name in the brackets is who speaks
_SIDES = frozenset(
    "Customer Client Prospect Caller Agent Rep Seller Buyer Contact Speaker User Guest Host Interviewer Interviewee "
    "Participant Attendee Support Vendor Partner Kunde Kundin Cliente".split()
)
_GLOSSED_NAME = re.compile(r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?=$|,| \()")
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
# a signature block: a closing word, the name on the next line, then up to three short lines of title,
# company or phone that end no sentence ("Thanks,\nRachel Okonjo\nHead of Operations, Conecom")
_SIGNED_BLOCK = re.compile(
    r"(?:^|\n)" + _SIGN_OFF_WORDS + r"[,!.]?[ \t]*\n\s*(?P<name>[A-Z][a-z]+)(?: [A-Z][\w'’-]*\.?){0,2}[ \t]*"
    r"(?:\n[ \t]*[^\n.!?]{1,60}[ \t]*){1,3}\s*$"
)

# a signature block with no closing word: a blank line, a full name on a line of its own, then up to three short
# lines of title or company ("...\n\nMichael Tran\nIT Director, Treequote")
_SIGNED_BARE = re.compile(
    r"\n[ \t]*\n[ \t]*(?P<name>[A-Z][a-z]+)(?: [A-Z][\w'’-]*\.?){1,2}[ \t]*(?:\n[ \t]*[^\n.!?]{1,60}[ \t]*){0,3}\s*$"
)


def as_third_person(text: str) -> str:
    """``text`` with the first person's "am" read as "is", of the same length."""
    said = _FIRST_PERSON_BE.sub(_as_is, text)
    return _FIRST_PERSON_ABROAD.sub(lambda m: _THIRD_PERSON_ABROAD[m.group(0)], said)


def _as_is(match: re.Match[str]) -> str:
    word = match.group(0)  # "I am" -> "I is"; "I'm" -> "I's" (the apostrophe kept)
    return word[:-2] + "is" if word.endswith("am") else word[:-1] + "s"


def writer_at(text: str, pos: int) -> str | None:
    """The name of who says "I" at ``pos``: the last transcript turn begun before it, else the message's
    "From:" or signature; None when the text does not say. A quotation is its speaker's ("Greg said 'my ...'")."""
    quoted = quoted_speaker(text, pos)
    if quoted:
        return quoted
    turns = [m for m in _TURN.finditer(text, 0, pos) if m.group("name").split()[0] not in _NOT_A_TURN]
    if turns:
        return _speaker(turns[-1])
    sender = _FROM.search(text)
    if sender:
        return sender.group("name")
    signed = _SIGNED_BLOCK.search(text[pos:]) or _SIGNED_BARE.search(text[pos:]) or _SIGNED.search(text[pos:])
    return signed.group("name") if signed else None


def _speaker(turn: re.Match[str]) -> str:
    """The turn's speaker: its label, or the name glossing a label that only gives a side."""
    gloss = turn.group("gloss")
    if gloss and turn.group("name") in _SIDES:
        named = _GLOSSED_NAME.match(gloss)
        if named:
            return named.group("name")
    return turn.group("name")


# A chat line often leaves its "I" out ("Sorry, was out Mon-Tue", "started sertraline last week", "cant do
# mornings"): a clause that opens, after a greeting or filler, with one of these verbs is the writer's own.
# Imperatives ("Take the pilot", "Have a look") and questions ("Was the PO sent?") have other subjects, so
# neither bare base forms nor "was" before a noun phrase count.
_LEFT_OUT_I = re.compile(
    r"\s*(?:(?:sorry|apologies|ok|okay|so|um|uh|also|btw|fyi|and|but|then|plus|anyway)\b[\s,!.]*)*"
    r"(?:(?:just|still|finally|only|also|currently|now|already)\s+)?"
    r"(?:(?:was|wasn't|wasnt)(?! (?:the|a|an|this|that|these|those|there|it|your|our|their|his|her|its|any|he|she|"
    r"they|we|you)\b)|been|'ve been|have been|had|got|started|starting|finished|finishing|stopped|stopping|can't|"
    r"cant|cannot|won't|wont|will be|'ll be|feeling|felt|having|took|taking|went|going|came|coming|spent|missed|"
    r"booked|recovering|tested|diagnosed|off(?!-)|out(?! of\b)|away|back(?! to the\b)|home)\b",
    re.IGNORECASE,
)
# what splits a sentence into clauses; a colon or a spaced dash after an absence gives its reason ("was out
# Thu/Fri: cataract op"), unless what follows names its own subject ("was out: our dog had ...")
_CLAUSE_BREAK = re.compile(r"[,;(]|(?P<reason>:|\s[–—-]\s)")
_ABSENT = re.compile(
    r"\b(?:out|off|away|offline|absent|OOO|home|on leave|slow|late|missed|can't|cant|cannot|won't|wont)\b",
    re.IGNORECASE,
)
# a clause that is only a greeting or an apology ("Sorry", "Hi all", "ok so")
_FILLER = re.compile(
    r"\s*(?:(?:sorry|apologies|ok|okay|so|um|uh|also|btw|fyi|anyway|hi|hey|hello|thanks|all|team|quick one|"
    r"quick update|update|heads up)\b[\s!.]*)+",
    re.IGNORECASE,
)
_OWN_SUBJECT = re.compile(
    r"\s*(?:the|our|their|his|her|its|it|they|we|he|she|you|your|this|that|these|those)\b", re.IGNORECASE
)


def writer_is_subject(sentence: str, at: int) -> bool:
    """Whether the clause of ``sentence`` holding position ``at`` leaves its subject out as a writer does of
    themselves, or gives the reason (after a colon or dash) for an absence told that way. Every clause before
    it must leave the subject out too: in "Brightpath Holdings, who backed them, was charged" the firm is it."""
    spans: list[tuple[int, int]] = []
    after_reason: list[bool] = []  # whether a colon or dash opens the clause
    start, reason = 0, False
    for found in _CLAUSE_BREAK.finditer(sentence):
        spans.append((start, found.start()))
        after_reason.append(reason)
        start, reason = found.end(), found.group("reason") is not None
    spans.append((start, len(sentence)))
    after_reason.append(reason)
    for k, (begin, end) in enumerate(spans):
        clause = sentence[begin:end]
        previous = sentence[spans[k - 1][0] : spans[k - 1][1]] if k else ""
        writers = _LEFT_OUT_I.match(clause) is not None or (
            after_reason[k] and not _OWN_SUBJECT.match(clause) and _is_absence(previous)
        )
        if begin <= at <= end:
            return writers
        if not writers and not _FILLER.fullmatch(clause):
            return False  # a clause with a subject of its own comes first
    return False


def _is_absence(clause: str) -> bool:
    return _LEFT_OUT_I.match(clause) is not None and _ABSENT.search(clause) is not None
