"""A deal's interactions read as a conversation: who is the customer, what they said, when they were last heard.

The same reading serves the eval cases (each interaction has a ``from`` address) and the store (each
:class:`memory.models.Interaction` has a direction and the deal's owner is known): our side is whoever
writes outbound or internal messages, and in a call transcript every speaker who is not one of ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from agents.insights.auto_reply_abroad import AUTO_REPLY_ABROAD
from agents.insights.call_questions import answered_questions
from agents.insights.elsewhere import anothers_past
from agents.insights.form_answers import denied_field
from agents.insights.forward_fenced import forward_fenced_off
from agents.insights.mail_markers import FORWARD_HEADS, HEADER_NAMES, QUOTE_START
from agents.insights.pasted_note import pasted_note
from agents.insights.spoken import as_typed, labelled_side, people_named, speaker_line
from agents.insights.texting import split_texting

KINDS = ("email", "call_transcript", "meeting_note", "voice_note")
# the speaker's role may follow the name: "Alison (Procurement): ...", "Raj [IT]: ..."
_ROLE = r"(?:\s*(?:\([^():\n]{1,40}\)|\[[^\[\]:\n]{1,40}\]))?"
_SPEAKER = re.compile(rf"^\s*(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,2}}){_ROLE}\s*:\s*(?P<text>.*)$")
_VOICEMAIL = re.compile(r"^\s*\[(?:voicemail|no answer|missed call)\]\s*", re.IGNORECASE)
_AUTO_REPLY = re.compile(
    r"^\s*(?:automatic reply|auto-?reply|out of (?:the )?office)\b|\bautomatic reply\b|\bauto-?reply\b"
    r"|\bautomated (?:reply|response|message)\b|\bthis mailbox is not monitored\b|\bupon my return\b"
    r"|\bfor (?:anything )?urgent(?: matters| queries| issues)?,? (?:please )?(?:contact|call|email)\b"
    # read and delivery receipts: the mail client answering, not the person ("Read: Re: proposal ... was read on")
    r"|\byour message (?:to [^\n]{1,80} )?was (?:read|delivered|not read|undeliverable)\b"
    r"|\b(?:read|delivery|return) receipt\b|\bdelivery status notification\b"
    r"|\bplease do not reply(?: to this (?:e-?mail|message))?\b|\bhas been logged with (?:reference|ticket)\b",
    re.IGNORECASE,
)
# a speaker's turn inside a one-line transcript: "... let me see. Dmitri: Do. At the current number ..."
_INLINE_SPEAKER = re.compile(
    r"(?<=[.!?\u2026\u2014])\s+(?=(?P<name>[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*)?)" + _ROLE + r":\s)"
)
# words that head a clause with a colon in ordinary prose, not speakers
_NOT_SPEAKERS = frozenset(
    "Note Notes Re Subject Update Summary Agenda Action Actions Next Outcome Date Time Status Result Answer Question"
    " Reason Important Edit Context Background Decision Price Total Cost Budget Timeline Owner Risk Risks Issue"
    " Problem Example Translation Also Plus Bottom Short Long Upshot Verdict Headline Quote".split()
)
_QUOTED = re.compile(
    rf"\n(?:On .{{5,80}} wrote:|-{{2,}} ?(?:Original|Forwarded) Message|From: |(?m:{QUOTE_START}))", re.I
)
# the line that closes a quoted or forwarded mail: what follows it is the customer's own again ("-----", "--- End of
# forwarded message ---"; a signature's "-- " is too short, and "-----Original Message-----" opens one)
_QUOTE_END = re.compile(r"^[ \t]*(?:-{3,}|-{2,} ?end of (?:forwarded|original) message ?-*)[ \t]*$", re.I | re.M)
# a forward: the customer chose to pass the mail below on to us ("Fwd: Leadership changes", "FW: RE: shortlist")
_FORWARD = re.compile(
    rf"\A\s*(?:fwd?|fw|wg|tr|rv|doorst)\s*:|^-{{2,}} ?forwarded message\b|^-*\s*(?:{FORWARD_HEADS})\s*-*\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# the lines that head a forwarded mail: its marker, "On ... wrote:" and the From/To/Subject headers
_HEADER = re.compile(
    rf"\s*(?:(?:from|to|cc|sent|date|subject|{HEADER_NAMES})\s*:.*|-{{2,}}.*-{{2,}}|On .{{5,80}} wrote:"
    rf"|{QUOTE_START})\s*",
    re.IGNORECASE,
)
# who answers the phone for the company rather than for themselves
_GATEKEEPER = re.compile(r"(?:the )?(?:receptionist|reception|switchboard|operator|front desk|secretary|(?:personal )?"
                         r"assistant|pa|office|voicemail|answerphone)", re.IGNORECASE)  # fmt: skip
_NO_SHOW = re.compile(r"\b(no[- ]show|didn't show|did not show|cancell?ed|no answer|didn't pick up|voicemail"
                      r"|couldn't reach|could not reach|tried (?:to )?call)", re.IGNORECASE)  # fmt: skip
_MET = re.compile(r"\b(call with|met|meeting with|spoke (?:to|with)|talked (?:to|with)|demo with|review with|visit"
                  r"|discovery with|lunch with|workshop with|bumped into|caught up with|session with)\b",
                  re.IGNORECASE)  # fmt: skip


@dataclass(frozen=True)
class Message:
    """One interaction, as the eval cases write it."""

    at: datetime
    kind: str  # email, call_transcript, meeting_note, voice_note
    direction: str  # inbound, outbound, internal
    text: str
    sender: str = ""  # "Name <address>" or a name; may be empty


@dataclass(frozen=True)
class DealFacts:
    """What the risk rules need to know about the deal itself."""

    stage: str
    expected_close: date | None = None
    account: str = ""
    product: str = ""
    amount: float | None = None


@dataclass(frozen=True)
class Turn:
    """What the customer said in one interaction (or what our note reports they said)."""

    at: datetime
    text: str
    source: str  # "email", "call", "note"
    index: int  # position of the interaction in the thread
    forwarded: str = ""  # mail the customer forwarded to us: read for what it says, not for their tone
    asked: tuple[tuple[str, str], ...] = ()  # in a call: (their line, our question it answers), see call_questions

    @property
    def day(self) -> date:
        return self.at.date()


@dataclass
class Thread:
    """The interactions of one deal, in time order, split into our side and the customer's."""

    messages: list[Message]
    ours: set[str] = field(default_factory=set)  # lower-case names (full and first) of our people
    named: re.Pattern[str] | None = field(default=None, init=False)  # people's names, to capitalise in transcripts

    def __post_init__(self) -> None:
        self.messages = sorted(self.messages, key=lambda m: m.at)
        for m in self.messages:
            if m.direction in ("outbound", "internal") or _is_ours(m.sender):
                self.ours |= _name_forms(_display_name(m.sender))
        self.ours.discard("")
        typed = [m.text for m in self.messages if m.kind == "email"]
        self.named = people_named((m.sender for m in self.messages), typed)

    def customer_turns(self) -> list[Turn]:
        """Inbound emails (not auto-replies) and the customer's lines in calls that connected."""
        turns = []
        sent = [m.text for m in self.messages if m.direction == "outbound"]
        for index, m in enumerate(self.messages):
            if m.kind == "email" and m.direction == "inbound" and not is_auto_reply(m.text):
                cover = "".join(_split_quoted(m.text)[0])
                passed = _forwarded(m.text) or pasted_note(cover, sent)
                passed = "" if forward_fenced_off(cover) else passed  # "nothing in here changes our plans"
                turns.append(Turn(m.at, _strip_quoted(m.text), "email", index, passed))
            elif m.kind == "call_transcript" and not _VOICEMAIL.match(m.text):
                said = self.customer_lines(m)
                if said:
                    lines, ours = self._labelled(m)
                    turns.append(Turn(m.at, "\n".join(said), "call", index, asked=answered_questions(lines, ours)))
            elif m.kind == "call_transcript" and m.direction == "inbound":  # they left us a voicemail
                said = self.customer_lines(m)  # "[Voicemail] [00:00] Derek: ..." read without stamp and label
                text = "\n".join(said) if said else as_typed(_VOICEMAIL.sub("", m.text), self.named)
                turns.append(Turn(m.at, text, "call", index))
        return turns

    def note_turns(self) -> list[Turn]:
        """Our internal notes: they report what the customer said, in our words."""
        return [Turn(m.at, as_typed(m.text, self.named) if m.kind == "voice_note" else m.text, "note", i)
                for i, m in enumerate(self.messages)
                if m.direction == "internal" or m.kind in ("meeting_note", "voice_note")]  # fmt: skip

    def auto_replies(self) -> list[Turn]:
        return [Turn(m.at, m.text, "email", i) for i, m in enumerate(self.messages)
                if m.kind == "email" and m.direction == "inbound" and is_auto_reply(m.text)]  # fmt: skip

    def contact_times(self) -> list[datetime]:
        """When the customer was really heard from: their messages, live calls, meetings our notes record."""
        times = [t.at for t in self.customer_turns() if t.source != "call" or not self.gatekept(self.messages[t.index])]
        for m in self.messages:
            if m.kind in ("meeting_note", "voice_note") and _MET.search(m.text) and not _NO_SHOW.search(m.text):
                times.append(m.at)
        return sorted(times)

    def chasers_after(self, moment: datetime | None) -> list[Message]:
        """Our outbound emails and unanswered calls after ``moment`` (all of them when it is None)."""
        chasers = []
        for m in self.messages:
            if m.direction != "outbound" or (moment is not None and m.at <= moment):
                continue
            if m.kind == "email" or (m.kind == "call_transcript" and (not self.customer_lines(m) or self.gatekept(m))):
                chasers.append(m)
        return chasers

    def customer_lines(self, call: Message) -> list[str]:
        """The lines of a call transcript spoken by the customer."""
        return [text for _, text in self._their_lines(call)]

    def gatekept(self, call: Message) -> bool:
        """Only their front desk spoke on our call ("Receptionist: Oh, Tomas left us"): what they say is read,
        but the contact was not reached, so it is no word from the customer and the call is one more chaser."""
        labels = {label for label, _ in self._their_lines(call)}
        return call.direction == "outbound" and bool(labels) and all(_GATEKEEPER.fullmatch(x) for x in labels)

    def _their_lines(self, call: Message) -> list[tuple[str, str]]:
        lines, known = self._labelled(call)
        return [(label, text) for label, text in lines if label not in known and text]

    def _labelled(self, call: Message) -> tuple[list[tuple[str, str]], set[str]]:
        """The call's (speaker, text) lines and the speakers who are ours."""
        lines = _speaker_lines(_VOICEMAIL.sub("", call.text), self.named)
        if not lines:
            return [], set()
        labels = [label for label, _ in lines]
        known = {label for label in labels if label.lower() in self.ours or label.split()[0].lower() in self.ours}
        known |= {label for label in labels if labelled_side(label) == "ours"}  # "Rep:", "Agent:"
        if not known and any(labelled_side(label) == "theirs" for label in labels):  # "Customer:" and a name
            known = {label for label in labels if labelled_side(label) != "theirs"}
        if not known:  # nobody recognised: the caller speaks first
            first = labels[0]
            known = {first} if call.direction == "outbound" else set(labels) - {first}
        return lines, known


def is_auto_reply(text: str) -> bool:
    """An out-of-office or other automatic answer: not a reply from a person."""
    return _AUTO_REPLY.search(text) is not None or AUTO_REPLY_ABROAD.search(text) is not None


def _speaker_lines(text: str, names: re.Pattern[str] | None = None) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for raw in "\n".join(_split_turns(speaker_line(line)) for line in text.splitlines()).splitlines():
        m = _SPEAKER.match(raw)
        if m:
            lines.append((m["name"], as_typed(m["text"].strip(), names)))
        elif lines and raw.strip():
            label, said = lines[-1]
            lines[-1] = (label, f"{said} {as_typed(raw.strip(), names)}")
    return lines


def _split_turns(line: str) -> str:
    """A transcript line that holds several turns ("Kary: Hi Raf. Raf: Yeah, so ..."), one turn a line."""
    if not _SPEAKER.match(line):
        return line
    return _INLINE_SPEAKER.sub(lambda m: "\n" if m["name"].split()[0] not in _NOT_SPEAKERS else m.group(0), line)


def _strip_quoted(text: str) -> str:
    text = "".join(_split_quoted(text)[0])
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def _split_quoted(text: str) -> tuple[list[str], list[str]]:
    """The customer's own parts of a mail, and the quoted or forwarded mails in it: each runs from its marker to the
    end, or to a line that closes it ("-----") when the customer writes on below it."""
    own: list[str] = []
    quoted: list[str] = []
    at = 0
    while (start := _QUOTED.search(text, at)) is not None:
        own.append(text[at : start.start()])
        end = _QUOTE_END.search(text, start.end())
        quoted.append(text[start.start() : end.start() if end else len(text)])
        at = end.end() if end else len(text)
    own.append(text[at:])
    return own, quoted


def _forwarded(text: str) -> str:
    """The first mail a forward passes on, headers dropped (a chain quoted inside it is not read); empty for a
    plain reply (its quote is our own mail again) or when the mail passed on is ours."""
    quoted = _split_quoted(text)[1]
    if not quoted or _FORWARD.search(text) is None:
        return ""
    lines = quoted[0].strip("\n").splitlines()
    body = 0
    while body < len(lines) and (not lines[body].strip() or _HEADER.fullmatch(lines[body])):
        body += 1
    if any(_is_ours(line) for line in lines[:body] if line.lower().lstrip().startswith("from")):
        return ""
    return _strip_quoted("\n".join(lines[body:])).strip()


def _display_name(sender: str) -> str:
    return re.sub(r"\s*<[^>]*>\s*", "", sender).strip().strip('"')


def _is_ours(sender: str) -> bool:
    return "@ourteam." in sender.lower()


def _name_forms(name: str) -> set[str]:
    name = name.lower().strip()
    return {name, name.split()[0]} if name else set()


# a German day number takes a full stop ("am 25. Oktober", "bis 3. März"): no sentence ends there
_DAY_MONTH = r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
# nor does a title before a name ("The new GM is Mr. Kenji Sato")
_TITLE = r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bProf\.)"
_SENTENCE_BREAK = re.compile(
    rf"(?<=[.!?]){_TITLE}(?!(?<=\b\d\.){_DAY_MONTH})(?!(?<=\b\d\d\.){_DAY_MONTH})\s+(?=[A-Z0-9\"'(])|\n+"
)


# a salutation in the customer's language, alone on its line and closed by a comma or colon (a sentence that goes on
# after it, "Hallo Herr Kroll, the pilot users are happy", is kept)
_GREETING_ABROAD = re.compile(
    r"(?:hallo|guten (?:tag|morgen|abend)|sehr geehrte[rs]?|liebe[rs]?|moin|grüezi|grüß gott|servus|hoi|dag|beste"
    r"|geachte|bonjour|bonsoir|salut|cher|chère|madame|monsieur|hola|buen(?:os|as) (?:días|tardes)|estimad[oa]s?"
    r"|querid[oa]s?|buongiorno|buonasera|gentil(?:e|issim[oa])|car[oa]|ciao|salve|olá|prezad[oa]s?)"
    r"\b[^.!?\n]{0,40}[,:]",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[str]:
    """Sentences of a message, greetings and sign-offs dropped (they carry no evidence)."""
    parts = split_texting(_SENTENCE_BREAK.split(text), text)  # "ugh ok bad news. our dept ...": lower case
    out = []
    for part in parts:
        s = part.strip()
        if not s or len(s.split()) <= 1 and not s.endswith((".", "!", "?")):
            continue  # a name under a sign-off, "Thanks,", an initial
        if re.fullmatch(r"(?:hi|hello|dear|hey|morning|good morning)\b[^.!?]{0,40},?", s, re.IGNORECASE):
            continue
        if _GREETING_ABROAD.fullmatch(s):
            continue  # "Guten Tag Herr Kroll,", "Dag Sanne,", "Buongiorno Matteo,": no evidence either
        if re.fullmatch(r"(?:best|regards|kind regards|best regards|warm regards|thanks|cheers|many thanks)"
                        r"[,.!]?(?:\s+\w+)?", s, re.IGNORECASE):  # fmt: skip
            continue
        out.append(s)
    return out


# an answer of no on the spot: "Budget freeze/cut? No, it's in this year's capex plan." A checklist in our notes,
# or a customer running through our worries, names each risk only to deny it (one answered yes, "Budget cut? Sadly
# yes.", stays)
_ANSWERED_NO = re.compile(
    r"(?:no|nope|none|nothing|nobody|no one|not (?:at all|really|that I know of|as far as I know|any more)|never"
    r"|negative|nah)\b(?!-)(?! (?:doubt|question|wonder)\b)",
    re.IGNORECASE,
)


def without_denied(sentences: list[str]) -> list[str]:
    """The sentences without each question the next sentence answers no to, form fields answered no, and
    another organisation's past told as context."""
    kept = []
    for i, sentence in enumerate(sentences):
        answer = sentences[i + 1] if i + 1 < len(sentences) else ""
        if sentence.rstrip().endswith("?") and _ANSWERED_NO.match(answer.lstrip("-\u2013\u2014 ")):
            continue
        if denied_field(sentence) or anothers_past(sentence):
            continue  # a form's label answered no ("Competing bids: none"), or another company's story of years ago
        kept.append(sentence)
    return kept
