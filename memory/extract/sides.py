"""Whose person a name is: ours, another organisation's, someone who left, or the customer's.

A note's text has the account masked with ``¤`` and competitors/other accounts with ``§`` (same
length), so the cues below can say "at another organisation" without knowing its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from memory.extract.left_next import left_dated, left_next_sentence
from memory.extract.mail_sides import OUR_EMAIL_DOMAINS, TEAM_TAGS, in_quoted_customer_mail
from memory.extract.other_org_cues import OTHER_ORG_AFTER, OTHER_ORG_BEFORE
from memory.extract.roles import ROLE_WORDS
from memory.extract.signed_letters import signed_by_customer
from memory.extract.speakers import Speakers
from memory.extract.text import lowered

_DOMAINS = "|".join(re.escape(d) for d in OUR_EMAIL_DOMAINS)
_TEAM_TAGS = TEAM_TAGS

_LEFT = re.compile(
    r"\b(has left|have left|left the (company|business|firm)|is leaving|no longer (with|at|there)|moved on|"
    r"departed|resigned|retired|ex-|former|(?:his|her|their) predecessor|replaced|"
    r"used to (?:run|own|lead|manage|handle|be)|(?:he|she|they) left|"
    # "the champion, Marcus, he's left, he went to §": said with the clause closing, or where they went
    r"(?:he|she)['’]s (?:now )?left(?=\s*(?:[,.;!?\n—–]|-\s|$)|\s+(?:the (?:company|business|firm)|them)\b)|"
    r"(?:he|she)(?:['’]s| has)? (?:gone|moved|went)(?: over)? to(?= §)|"
    r"left them|who left us\b|"
    # ... in Spanish, Portuguese, French, German, Italian, Dutch or Polish: "Fernando Gil ya no está en la empresa"
    r"ya no (?:está|trabaja) (?:en|con)|já não (?:está|trabalha) (?:na|no|conosco)|n['’]est plus (?:chez|dans|avec)|"
    r"a quitté|ist nicht mehr (?:bei|im|in)|non (?:è|lavora) più|niet meer (?:bij|werkzaam)|już nie pracuje|"
    # "moved to another company last month", "has gone to a different firm"; not "moved to another team"
    r"(?:moved|gone|went) (?:on )?to (?:another|a new|a different|a rival|a competing) (?:company|firm|employer|"
    r"business|organi[sz]ation|vendor)|"  # "Ivo, our champion, left them at the end of September"
    # "X left Codehow on Friday", "champ Dagmar Ruud left last wk"
    r"left(?= ¤)|left (?:last|earlier this) (?:week|wk|month|mth|year|yr|mon|tue|wed|thu|fri)\w*|"
    # a bare "left" dated, closing an aside on its leaver: "Janine, their ops lead, left in April", "Ivo (COO) left
    # recently"; not "budget left in May"
    # "who left us in April"; with whom they left, no comma needed: "Thomas Keller left us in June"
    r"(?:(?:(?<=[,)] )|(?<=who ))left (?:(?:us|them|the (?:team|company|business|firm)) )?"
    r"|left (?:us|the (?:team|company|business|firm)) )"
    r"(?:(?:(?:back |earlier )?in|at the (?:end|start) of) (?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec|early|mid|late|last|the summer|the spring)\w*|recently|(?:a few|a couple of|two|three) "
    r"\w+ ago))\b",
    re.IGNORECASE,
)
# a bare "left" closing the name's clause, the next clause naming who followed: "Ana Lund left; Tomas Berg replaced
# her", "Ana left, her successor is Tomas"; not "Ana left early, Tomas ran the demo"
_LEFT_THEN_REPLACED = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+left\s*[;,.—–-]\s*(?:(?:and|so|now)\s+)?"
    r"(?:[^.;!?\n]{0,40}?\b(?:replaced|replacing|took over from|succeeded|stepped in for) (?:her|him|them)\b"
    r"|(?:his|her|their) (?:replacement|successor)\b)",
    re.IGNORECASE,
)
_LEFT_LOWER = re.compile(_LEFT.pattern)  # the same, for the whole lower-cased text (much faster than IGNORECASE)
# explicit marks of our staff, whoever wrote the text
_OURS_MARKED = re.compile(
    rf"^\s*\(\s*(?:us|we|@?(?:{_DOMAINS})|{_TEAM_TAGS})\s*(?:[,;/|–—-][^()\n]{{1,40}})?\)"  # "(ourteam, AE):"
    rf"|^\s*\(\s*(?:{_TEAM_TAGS})\s+[^()\n]{{1,30}}\)"  # our firm's name, then the title: "(ourteam SE)"
    rf"|^\s*<[^<>@\s]+@(?:{_DOMAINS})>"  # "To: Kami Bicknell <kami@ourteam.example>"
    # a signature whose title line names our firm: "Mike Chen\nSales Manager, ourteam", "AE | ourteam"
    rf"|^[ \t]*\n[^\n@]{{0,60}}?(?:[,|@–—-]|\bat)[ \t]*(?:{_TEAM_TAGS})\b(?!\.)",
    re.IGNORECASE,
)
# "our"/"my" mean us in a rep's note; in the customer's own email they are the customer's
_OURS_AFTER = re.compile(r"^\s*(?:from|on|at|in) (?:our|my)\b|^\s*\(\s*(?:ours|our \w+)", re.IGNORECASE)
# "Raj our SE", "Priya, our solutions engineer", unless given to (below); "Moira, our main contact" is theirs
_OURS_AFTER_BARE = re.compile(
    # ... also of a third firm named between: "Pavel Novak from Brightline, our reseller"
    r"^(?:\s+(?:from|at|of)\s+(?-i:[A-Z][\w&-]+(?:\s[A-Z][\w&-]+)?))?"
    r"(?:\s*[,—–]|\s+-)?\s+(?:ours\b|our (?!(?:main |key |day-to-day |primary )?"
    r"(?:contact|champion|sponsor|buyer|customer|client)s?\b)\w+)",
    re.IGNORECASE,
)
# after "send Sabine", a bare "our ROI calculator" is the thing given, not Sabine's team
_GIVEN_TO = re.compile(
    r"\b(?:send|sent|sending|give|gave|giving|show|showed|showing|email|emailed|forward|forwarded|offer|offered|"
    r"pass|passed|walk|walked|remind|reminded|ask|asked|tell|told|get|got|brief|briefed)\s+$",
    re.IGNORECASE,
)
# "our SE Raj", but not "our HQ for Ragna": a name after a preposition is who the thing is for
_OURS_BEFORE = re.compile(
    r"\b(?:our|my)\s+(?!name\b)(?:(?!(?:for|to|with|at|by|about|of|and|on|in|from)\s)\w+\s+){0,2}$"
    r"|\b(?:from|on) our (?:side|end|team)\b[^.;!?]*$"
    # a title with its field, then the name: "our new VP of Sales, Ilona Petrakis", "my head of delivery, Jo"
    r"|\b(?:our|my)\s+(?:(?:new|own|interim|acting|regional|global)\s+)?(?:vp|svp|evp|vice president|head|director|"
    r"chief|manager|lead|president)\s+(?:of|for)\s+[\w&-]+(?:\s+[\w&-]+)?\s*,\s*$"
    # a title then a comma and the name: "our VP, Jorge Alvarez", "my solutions engineer, Raj"
    r"|\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:vp|svp|evp|ceo|cto|cro|coo|cfo|se|ae|csm|engineer|executive|manager|"
    r"director|president|lead|head|architect|consultant|colleague|boss)\s*,\s*$",
    re.IGNORECASE,
)
# "our contact is Moira", "my contact at Bay State is Stacey": the customer's person we deal with, not one of us
_OUR_CONTACT_BEFORE = re.compile(
    r"\b(?:our|my)\s+(?:main |key |day-to-day )?(?:contact|champion|sponsor)(?:\s+(?:there|at\s+[^,.;:!?\n]{1,30}?))?"
    r"(?:\s+is|\s*[,:–-])\s+$",
    re.IGNORECASE,
)


# a list of people labelled as ours: "Attendees (us): Wilburn Farren; Priya Mistry", "Our side: ...". What follows
# the label to the line's end is our staff; the label may open a sentence mid-line ("Joint call. Ours: ...").
_OUR_LIST_LINE = re.compile(
    rf"(?:^|(?<=[.;] )(?P<mid>))[ \t]*(?:[-*•][ \t]*)?"
    rf"(?:(?:attendees|participants|present|in the room|on the call)[ \t]*)?"
    rf"(?:\([ \t]*(?:us|we|ours|our (?:side|team|end)|@?(?:{_DOMAINS})|{_TEAM_TAGS})[ \t]*\)|"
    rf"(?:from )?(?:us|ours|our (?:side|team|end)))[ \t]*:"
    # to the line's end (a mid-line label: its sentence's), or to the customer's list ("Ours: me. Theirs: Tariq")
    r"[^\n]*?(?=\n|$|(?(mid)[.!?](?:\s|$)|(?!))|"
    r"\b(?:theirs|them|their (?:side|team|end)|(?:customer|client) side)[ \t]*:)",
    re.IGNORECASE | re.MULTILINE,
)
# a list of people labelled as the customer's: "Attendees (Corvex): Elin Strand; Tove", "Them: Elin, Jon". The list
# (group 1) runs to the sentence's or line's end, or to the list of ours on its line ("... Us: me + Tove").
_THEIR_LIST_LINE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:(?:attendees|participants|present|in the room|on the call)[ \t]*\([ \t]*¤+[ \t]*\)|"
    r"them|theirs|their (?:side|team|end)|(?:customer|client) side|from ¤+|¤+ (?:side|team|end))[ \t]*:"
    r"([^\n]*?)(?=\.\s|\n|$|\b(?:us|ours|our (?:side|team|end))[ \t]*:)",
    re.IGNORECASE | re.MULTILINE,
)
# the greeting of a letter: in the customer's mail, it names whom they write to, one of us ("Dear Mr Hayden,")
_GREETED = re.compile(
    r"(?:^|\n)[ \t]*(?i:dear|hi|hello|hey|good (?:morning|afternoon)|hallo|liebe|lieber|sehr geehrter?|hola|"
    r"estimad[oa]|bonjour|cher|chère|buongiorno|caro|cara|ol[aá])[ \t]+"
    r"(?:(?i:mr|mrs|ms|miss|mx|dr|herr|frau)\.?[ \t]+)?$"
)
# a person placed on the side of the firm named last before them: "Ben Cole from their side", "Jo on their end"
_THEIR_SIDE_AFTER = re.compile(r"^\s*,?\s*(?:from|on|at) (?:their|its) (?:side|end|team|company)\b", re.IGNORECASE)
_RIVAL_LAST = re.compile(r"§[^§¤]{0,50}$")  # another firm named just before, with no mention of the account since

# the words that end a firm's name: "Arkwright Consulting", "Halvorsen Advisory", "Baines & Partners"
FIRM_SUFFIXES = frozenset(
    "Consulting Consultants Advisory Advisors Advisers Associates Partners LLP LLC Ltd Limited Inc GmbH "
    "Agency Solicitors Accountants Solutions Technologies".split()
)
# a person of a firm named by its suffix, not the account: "Rik Vermeulen from Arkwright Consulting, who advises"
_FIRM_NAME = r"(?:[A-Z][\w&-]*(?:['’][A-Z][\w&-]*)?\s+){1,3}(?:" + "|".join(FIRM_SUFFIXES) + r")"
# ... or the firm after the role: "Ian Lee (consultant, Kay Advisory)", "Ian Lee, adviser at Kay Partners"
_THIRD_FIRM_AFTER = re.compile(
    r"^\s*,?\s*(?:from|at|of|with)\s+(?:[A-Z][\w&'’-]*\s+){1,3}(?:" + "|".join(FIRM_SUFFIXES) + r")\b"
    # the role in lower case between, the firm's words no possessive ("with Enron's Associates Program" is no firm)
    r"|^\s*[,(]\s*(?:(?:a|an|the) )?(?:[a-z][\w-]*\s+){1,4}?(?:from|at|of|with)\s+" + _FIRM_NAME + r"\b"
    # ... what they are to us may follow: "(Partner Manager, Datacore Solutions - our reseller)"
    r"|^\s*\(\s*[^,()\n¤§]{1,40},\s*" + _FIRM_NAME + r"\s*(?:[-–—,][^()\n¤]{0,40})?\)"
    # ... or the firm first, what it is after: "(Nordwind Partners, reseller)", "(Kay Advisory - consultant)"
    r"|^\s*\(\s*" + _FIRM_NAME + r"\s*[,;–—-]\s*[^()\n¤]{1,40}\)"
)
# the text is the customer writing: an email from a non-our address, or "this is Dmitri from Iselectrics"
_FROM_HEADER = re.compile(r"^\s*(?:From|FROM|from):[^\n]*@([^\s>]+)", re.MULTILINE)  # the account may be masked
_SELF_INTRO = re.compile(r"\b(?i:this is|my name is|i am|i'm)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\b[^.!?\n]{0,40}¤")


# a letter signed off by someone at the customer: "Best,\nYumi Sato\nProcurement Director, Ganjaflex"
_SIGNED_AT_CUSTOMER = re.compile(
    r"\n[ \t]*(?i:best|regards|best regards|kind regards|thanks|many thanks|thank you|cheers|sincerely)[ \t]*,?[ \t]*\n"
    r"\s*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]*\n[^\n]*¤"
)


def written_by_customer(masked: str, ours: Iterable[str] = ()) -> bool:
    """Whether the customer wrote this (so "my"/"our" are theirs, not ours): a From line that is neither
    our domain nor one of ``ours`` (our staff's names, lower-case)."""
    m = _FROM_HEADER.search(masked)
    if m:
        line = m.group(0).lower()
        return m.group(1).lower() not in OUR_EMAIL_DOMAINS and not any(n in line for n in ours)
    return bool(
        _SELF_INTRO.search(masked[:300]) or _SIGNED_AT_CUSTOMER.search(masked[-200:]) or signed_by_customer(masked)
    )


@dataclass(frozen=True)
class Sides:
    """Decides, for one masked note, whether a name found in it is not the customer's person."""

    text: str
    by_customer: bool
    # computed once per text, so the common case costs no search per name: most notes name no other
    # organisation and say nobody left
    other_orgs: bool
    anyone_left: bool
    speakers: Speakers  # chat channels, call transcripts and quotes: who speaks where
    our_lists: tuple[tuple[int, int], ...]  # lines listing our staff, after their label
    their_lists: tuple[tuple[int, int], ...] = ()  # lines listing the customer's people
    letter: tuple[int, int] = (0, 0)  # the customer's own message, without the history quoted below it

    @classmethod
    def of(cls, masked: str, ours: Iterable[str] = ()) -> Sides:
        ours = frozenset(ours)
        left = bool(_LEFT_LOWER.search(lowered(masked)))
        by_customer = written_by_customer(masked, ours)
        # in the customer's own mail "our side" is theirs
        lists = () if by_customer else tuple(m.span() for m in _OUR_LIST_LINE.finditer(masked))
        theirs = tuple(m.span(1) for m in _THEIR_LIST_LINE.finditer(masked)) if ":" in masked else ()
        letter = _customer_letter(masked) if by_customer else (0, 0)
        return cls(masked, by_customer, "§" in masked, left, Speakers.of(masked, ours), lists, theirs, letter)

    def listed_as_customer(self, at: int) -> bool:
        """Whether ``at`` is in a list of the customer's people: a first name there is a person."""
        return any(s <= at < e for s, e in self.their_lists)

    def not_customer(self, start: int, end: int, name: str) -> bool:
        """Our staff, another organisation's people, or someone who has left."""
        after, before = self.text[end : end + 60], self.text[max(0, start - 60) : start]
        if any(s <= start < e for s, e in self.speakers.third_party):
            return True  # an adviser's label on a call: "Kieran Dunleavy (Halvorsen Advisory):"
        if _OURS_MARKED.match(after) or self.speakers.ours(self.text, start, end):
            return True
        if any(s <= start < e for s, e in self.our_lists):
            return True
        if self.by_customer and self.letter[0] <= start < self.letter[1] and _GREETED.search(before):
            return True
        # a quote's "my boss" is the speaker's, as is "our procurement lead" said by the customer in a transcript
        mine = not (
            self.by_customer
            or self.speakers.quoted(start)
            or self.speakers.customer_speaking(start)
            or in_quoted_customer_mail(self.text, start)
        )
        if mine and (_ours_after(after, before) or _ours_before(before)):
            return True
        if not mine and (_yours(_YOURS_AFTER.match(after)) or _yours_before(before)):
            return True  # the customer writing of "your colleague Aiden": one of us
        if self.other_orgs and (
            OTHER_ORG_AFTER.match(after) or OTHER_ORG_BEFORE.search(self.text, max(0, start - 160), start)
        ):
            return True
        if self.other_orgs and _THEIR_SIDE_AFTER.match(after) and _RIVAL_LAST.search(before):
            return True  # "also talking to Quorvia. Ben Cole from their side calls me": the rival's person
        if _THIRD_FIRM_AFTER.match(after):
            return True
        if _LEFT_THEN_REPLACED.match(self.text, end):
            return True  # "Ana Lund left; Tomas Berg replaced her": a bare "left", the next clause naming who follows
        if left_dated(self.text, end):
            return True  # "her old boss Paul Reyes left in Oct": dated, straight after the name
        if left_next_sentence(self.text, end):
            return True  # "Met Ivo Lind at the expo. He used to run IT but left for Initech"
        if not self.anyone_left:
            return False
        sentence = _sentence_around(self.text, start)
        return bool(_LEFT.search(sentence)) and _mentions_leaving(sentence, name)


# where an earlier message starts below a reply: "-----Original Message-----", "On Mon, X wrote:", "> ..."
_EARLIER_MESSAGE = re.compile(r"^[ \t]*(?:-{3,}|>|On [^\n]{5,80} wrote:|From:)", re.MULTILINE)


def _customer_letter(masked: str) -> tuple[int, int]:
    """The span of the customer's message: from its From line to the earlier message quoted below it. Its
    greeting names one of us; a greeting in our quoted reply names the customer."""
    header = _FROM_HEADER.search(masked)
    if header is None:
        return (0, len(masked))
    below = _EARLIER_MESSAGE.search(masked, header.end())
    return (header.start(), below.start() if below else len(masked))


def _ours_after(after: str, before: str) -> bool:
    if _OURS_AFTER.match(after):
        return True
    return bool(_OURS_AFTER_BARE.match(after)) and not _GIVEN_TO.search(before)  # "send Sabine our ROI calculator"


def _ours_before(before: str) -> bool:
    low = before.lower()
    if not ("our" in low or "my" in low):  # the cheap test first
        return False
    m = _OURS_BEFORE.search(before)
    if m is None or _OUR_CONTACT_BEFORE.search(before):
        return False
    # "Next step on our side: I'll send the MSA to Aurélie": whom our side's action is for, not one of us
    side = m.group(0).lower().startswith(("from our side", "on our side", "from our end", "on our end"))
    return not (side and _RECIPIENT_BEFORE.search(before))


# in the customer's words, "your" is us: "your colleague Aiden", "your solutions engineer Raj", "Raj, your SE",
# "Aiden from your team"; the words after "your" end on a person's title ("your team told Priya" is no title)
_YOURS_BEFORE = re.compile(r"\byour\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+$", re.IGNORECASE)
_YOURS_AFTER = re.compile(r"^(?:\s+(?:from|on|at|in) your\b|\s*,\s*your\s+(?:[\w-]+\s+){0,2}?([\w-]+)\b)", re.I)
_PERSON_WORDS = ROLE_WORDS - {"champion", "buyer", "contact"} | {
    "colleague",
    "colleagues",
    "teammate",
    "member",
    "guy",
    "se",
    "ae",
}


def _yours(m: re.Match[str] | None) -> bool:
    return m is not None and (m.group(1) is None or m.group(1).lower() in _PERSON_WORDS)


def _yours_before(before: str) -> bool:
    return "your" in before.lower() and _yours(_YOURS_BEFORE.search(before))


# a name that receives or meets our side's action: "... send the MSA to", "a call with", "loop in"
_RECIPIENT_BEFORE = re.compile(
    r"\b(?:send|sent|sending|forward\w*|e-?mail\w*|pass\w*|giv(?:e|ing)|hand\w*|share|sharing|introduc\w*|"
    r"talk\w*|speak\w*|writ\w*|repl\w*|get back|walk\w*)\b[^.;:!?\n]{0,50}\bto\s+$"
    r"|\b(?:call|meeting|session|catch-up|sync|demo|chat|workshop)\s+with\s+$"
    r"|\b(?:cc|cc'?ing|loop(?:ing)? in|brief(?:ing)?|email(?:ing)?|call(?:ing)?|ask(?:ing)?|send(?:ing)?|"
    r"meet(?:ing)?|remind(?:ing)?)\s+$",
    re.IGNORECASE,
)


def _sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(c, 0, at) for c in ".!?;\n") + 1
    ends = [i for i in (text.find(c, at) for c in ".!?;\n") if i != -1]
    return text[start : min(ends) if ends else len(text)]


# a clause of its own opening between a name and the leaving, whose subject is someone else
_SUBORDINATE = re.compile(r"\b(?:since|after|because|now that|when|as soon as|ever since)\s+(?-i:[A-Z])")
# the one this person took over from named between: "Caio, he took this over from Greta, who left in the summer"
_SUCCEEDS = re.compile(
    r"\b(?:(?:took|taken|taking|takes) (?:\w+ )?over from|replac(?:ed|es|ing)|succeed(?:ed|s|ing)|in place of|"
    r"stepp(?:ed|ing) in for|(?:is |was )?covering for)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


# "replaced" said actively, its object after it: "Tomas Berg replaced his predecessor", "... replaced Ana Lund"
_REPLACED_SOMEONE = re.compile(r" (?:(?-i:[A-Z])|(?:him|her|them|his|her|their|the)\b)", re.IGNORECASE)
# ... its subject the name right before it: "Tomas Berg (CFO) has replaced", or inside the name's own aside after its
# title: "Mirela Constantin (new head of IT, replaced Derek Olsen who left)"
_SUBJECT_GAP = re.compile(
    r"(?:\s*\([^()]*\)|\s*\([^(),]{1,40},)?,?\s*(?:(?:has|had|just|recently|officially|already|now)\s+)*"
)


def _mentions_leaving(sentence: str, name: str) -> bool:
    """The sentence says this person left (not someone else in it)."""
    m = _LEFT.search(sentence)
    if not m:
        return False
    at = sentence.find(name.split()[0])
    if at != -1 and _SUBORDINATE.search(sentence, at, m.start()):
        return False  # "Youssef runs it now since Janine left": who left is in the clause after this name
    if at != -1 and _SUCCEEDS.search(sentence, at, m.start()):
        return False
    if m.group(0).lower().endswith("predecessor"):  # "Tomas is the CFO, his predecessor Ilse left": Ilse only
        return at >= m.end() and not sentence[m.end() : at].strip(" ,")
    if m.group(0).lower() == "replaced" and _REPLACED_SOMEONE.match(sentence, m.end()):
        if at == m.end() + 1 or (at != -1 and _SUBJECT_GAP.fullmatch(sentence, at + len(name), m.start())):
            return at == m.end() + 1  # "Tomas Berg replaced Ana Lund": she left; he, the subject, is new
    if m.group(0).lower() == "replaced":
        return at != -1 and at < m.start() and "replaced by" not in sentence[:at].lower()
    return at != -1 and (at < m.start() or m.group(0).lower() in ("former", "ex-"))
