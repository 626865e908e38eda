"""Who is speaking where, in chat logs, call transcripts and quoted messages: the spans of a masked note
(account ``¤``) in which "my"/"our" are not ours, and those in which the speaker is one of us.

- An internal channel ("#deals-west", "Thread in #forecast-central") is our team talking: the names that
  label its lines ("Melvin Marxen: number?") and the people @-mentioned in it are our staff.
- In a two-party call transcript where one speaker introduces themselves at the customer ("I'm Rosa
  Lindahl, head of lab informatics here at Bioholding") or by a buyer's title ("I'm Head of Revenue so it's
  my budget"), the other speaker is on our side: their label, and whoever introduces themselves on their
  lines ("I'm Boris from the sales team").
- A quoted message with its sender ('fwd txt from Dario: "... my boss Helen Frost (GM) signs ..."') speaks for
  that sender: "my boss" there is theirs, not the rep's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from memory.extract.roles import own_title, valid_role
from memory.extract.turns import turn_titles

Span = tuple[int, int]

# the note opens on a channel: "#deals-west", "Thread in #forecast-central"
_CHANNEL = re.compile(r"\A\W{0,3}(?:[A-Za-z ]{0,24}\bin )?#[A-Za-z][\w-]*")
# a name labelling a chat line: at the line's start (after a "[10:02]" stamp), then ":" or a time
# (or a WebVTT voice tag: "<v Dorcas Mwale>He's here")
_LINE_START = re.compile(  # also after the channel opening the note: "#deals-emea  Kai Brooks: ..."
    r"(?:\A|\n)[ \t]*(?:#[A-Za-z][\w-]*[ \t]+)?(?:\[[^\]\n]{1,20}\][ \t]*|<v(?:\.[\w.-]+)?[ \t]+)?$"
)
_LABEL_END = re.compile(r"[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?(?::|>|[ \t]+\d{1,2}:\d{2}\b)")
# a speaker's line: "Speaker 1: ...", "Rosa: ...", "Boris (us): ..."
# (after a time stamp too: "[00:00:11] Pernille Ask: ...")
_LABELLED = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?([A-Z][\w.'-]*(?: [A-Z0-9][\w.'-]*){0,2})[ \t]*(?:\([^)\n]{0,30}\))?"
    r"[ \t]*:[ \t]*(.*)$",
    re.MULTILINE,
)
_NOT_SPEAKERS = frozenset("from to cc bcc subject sent date re fw fwd note notes next ns stage".split())
# the heading of a list of people, not a speaker: "Attendees (Corvex): ..."
_LIST_HEADINGS = frozenset("attendees participants present people contacts them us customer client side team".split())
_SELF_INTRO = re.compile(r"\b(?i:this is|my name is|i am|i'm|it's)\s+[A-Z][\w'-]*")
_INTRO_BEFORE = re.compile(r"\b(?i:this is|my name is|i am|i'm|it's)\s+$")
# a speaker giving their own title: "I'm Head of Revenue", "I am the CFO here"
_SAYS_OWN_TITLE = re.compile(r"\b(?i:i'm|i am)\s+([^,.;:!?\n()]{2,60})")
# a title that sells rather than buys: said by one of us as readily as by the customer
_SELLER = re.compile(
    r"\b(?:sales|account (?:exec\w*|manager)|ae|sdr|bdr|solutions?|success|rep|representative)\b", re.I
)
_QUOTE = re.compile(r"\"[^\"\n]{20,}\"|“[^”\n]{20,}”")
# ...when it says whose it is, a name just before it ('txt from Dario: "..."', 'Dario wrote "..."'),
# and that is not the rep ('I told her "our SE Raj will join"')
_SENDER_BEFORE = re.compile(
    r"(?:\b(?:from|by)\s+[A-Z][\w'-]+|\b[A-Z][\w'-]+\s+(?:said|says|wrote|writes|texted|emailed|replied)\b)"
    r"[^\"“\n]{0,60}$"
)


@dataclass(frozen=True)
class Speakers:
    """The spans of one masked note that the rules above single out."""

    internal_chat: bool
    our_lines: tuple[Span, ...]  # a two-party call's lines spoken by our side
    quotes: tuple[Span, ...]  # quoted messages
    customer_lines: tuple[Span, ...] = ()  # lines spoken by someone labelled with the account
    third_party: tuple[Span, ...] = ()  # labels tagged with a third firm: "Kieran Dunleavy (Halvorsen Advisory):"

    @classmethod
    def of(cls, masked: str, ours: frozenset[str] = frozenset()) -> Speakers:
        quotes = tuple(
            m.span()
            for m in (_QUOTE.finditer(masked) if '"' in masked or "“" in masked else ())
            if _SENDER_BEFORE.search(masked, max(0, m.start() - 80), m.start())
        )
        third = _third_party_labels(masked) if "(" in masked else ()
        return cls(bool(_CHANNEL.match(masked)), _our_call_lines(masked), quotes, _customer_lines(masked, ours), third)

    def quoted(self, at: int) -> bool:
        return any(s <= at < e for s, e in self.quotes)

    def customer_speaking(self, at: int) -> bool:
        """Whether ``at`` is on a line the customer speaks, where "our procurement lead" is theirs."""
        return any(s <= at < e for s, e in self.customer_lines)

    def ours(self, text: str, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is our staff: a line label or an @-mention in our channel, or a
        self-introduction on our side of a call."""
        if self.internal_chat:
            if start > 0 and text[start - 1] == "@":
                return True
            if _LINE_START.search(text, max(0, start - 30), start) and _LABEL_END.match(text, end):
                return True
        if any(s <= start < e for s, e in self.our_lines):
            return is_label(text, start, end) or bool(_INTRO_BEFORE.search(text, max(0, start - 20), start))
        return False


def is_label(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` labels its line: "Rosa Lindahl: ...", "[10:02] Rosa (Acme): ..."."""
    if text[start:end].lower() in _NOT_SPEAKERS:
        return False  # "From:", "Subject:": an email's header
    return bool(_LINE_START.search(text, max(0, start - 30), start) and _LABEL_END.match(text, end))


# a speaker labelled with the account, once is enough: "Jonas Weber (Corvex): ...", then "Jonas Weber: ..."
# (after a time stamp too: "[00:00:11] Pernille Ask:"; or the time after the label, as Zoom exports write it:
# "Kojo Ampofo 12:02  budget is fine")
_TAGGED_LABEL = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})[ \t]*(?:\(([^)\n]{0,60})\))?"
    r"(?:[ \t]*:|[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?=[ \t]))",
    re.MULTILINE,
)


def _customer_lines(masked: str, our_names: frozenset[str] = frozenset()) -> tuple[Span, ...]:
    """The lines of every speaker whose label, on any of their lines, names the account (``¤``); in a call of two
    speakers, one tagged as ours ("Rosa (us):") or named as one of ``our_names`` (lower case), the other's lines."""
    if ":" not in masked or not ("¤" in masked or "(" in masked or our_names):
        return ()
    labels = [(m, m.group(1)) for m in _TAGGED_LABEL.finditer(masked) if not _heading(m.group(1))]
    theirs = {name for m, name in labels if m.group(2) and "¤" in m.group(2)}
    ours = {
        name
        for m, name in labels
        if (m.group(2) and _OUR_TAG.match(m.group(2))) or name.lower() in our_names or name.lower() in _OUR_LABELS
    }
    if not theirs and len(ours) == 1 and len({name for _, name in labels}) >= 2:
        # the one rep on a call, the rest the customer's people; not one who sells too ("I'm the SE on this")
        sellers = {name for m, name in labels if _introduces(_rest_of_line(masked, m.end()), seller=True)}
        theirs = {name for _, name in labels} - ours - sellers
    spans = []
    for m, name in labels:
        if name in theirs:
            end = masked.find("\n", m.end())
            spans.append((m.start(), len(masked) if end == -1 else end))
    return tuple(spans)


def _rest_of_line(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[at : len(text) if end == -1 else end]


# a speaker labelled by what they are to us, not named: "REP: Timing?", "Me: great", "AE: ..."
_OUR_LABELS = frozenset(("rep", "me", "ae", "se", "sales rep", "our rep", "us", "we"))
_OUR_TAG = re.compile(r"[ \t]*(?:us|we|ours|ourteam|our side|our team)[ \t]*$", re.IGNORECASE)
# a speaker's tag naming a firm: capitalised words, none the account's mask, our team or a title
_FIRM_TAG = re.compile(r"^[A-Z][\w&.'’-]*(?: (?:[A-Z&][\w&.'’-]*|of|and|for)){0,3}$")
_NOT_FIRM = frozenset("us we ours ourteam customer client prospect buyer them host guest me".split())


def _third_party_labels(masked: str) -> tuple[Span, ...]:
    """The spans of the speaker labels, tags included, whose tag names a firm other than the account and ours:
    an adviser or partner on the call speaks for their own firm, not the customer."""
    spans, third = [], set()
    for m in _TAGGED_LABEL.finditer(masked):
        tag = (m.group(2) or "").strip()
        if tag and _FIRM_TAG.match(tag) and not _heading(m.group(1)):
            if tag.lower() not in _NOT_FIRM and not valid_role(tag):
                third.add(m.group(1))
    for m in _TAGGED_LABEL.finditer(masked):
        if m.group(1) in third:
            spans.append(m.span())
    return tuple(spans)


def _heading(label: str) -> bool:
    return label.lower() in _NOT_SPEAKERS or label.split()[0].lower() in _LIST_HEADINGS


def _our_call_lines(masked: str) -> tuple[Span, ...]:
    """Our side's lines in a transcript of exactly two speakers, one of whom introduces themselves as the
    customer (at the account, ``¤``, or by a buyer's title); failing that, one of whom gives a seller's title."""
    if "¤" not in masked or ":" not in masked:
        return ()
    lines = [m for m in _LABELLED.finditer(masked) if m.group(1).lower() not in _NOT_SPEAKERS]
    labels = {m.group(1) for m in lines}
    if len(labels) != 2:
        return ()
    customer = {m.group(1) for m in lines if _introduces(m.group(2), seller=False)}
    if len(customer) == 1:
        return tuple(m.span() for m in lines if m.group(1) not in customer)
    seller = {m.group(1) for m in lines if _introduces(m.group(2), seller=True)}
    if not customer and len(seller) == 1:  # "I'm the account executive for your region"
        return tuple(m.span() for m in lines if m.group(1) in seller)
    return ()


def _introduces(line: str, *, seller: bool) -> bool:
    """A speaker's line introducing them as the customer (at the account, ``¤``, or by a buyer's title), or
    with ``seller`` by a seller's title."""
    if not seller and _SELF_INTRO.search(line) and "¤" in line:
        return True
    titles = (valid_role(m.group(1)) for m in _SAYS_OWN_TITLE.finditer(line))
    return any(role and bool(_SELLER.search(role)) == seller for role in titles)


def speaker_titles(masked: str) -> dict[str, str]:
    """Each labelled speaker's title as they give it on one of their lines, by label: "Bronwyn: ... I'm the
    contact centre director"."""
    titles = turn_titles(masked)  # a recorder's export: "Kasia Nowak  0:09" over the words
    if ":" not in masked:
        return titles
    for m in _LABELLED.finditer(masked):
        if m.group(1).lower() not in _NOT_SPEAKERS and m.group(1) not in titles:
            role = own_title(m.group(2)) if "i" in m.group(2).lower() else None
            if role:
                titles[m.group(1)] = role
    return titles
