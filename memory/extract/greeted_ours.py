"""Our own rep, named by the customer's forwarded or quoted mail: the mail comes from an address that is not ours
and greets one of us by first name ("> From: Rutger Blom <rutger@jtexon.example>\\n> Hi Sam, ..."), so the full
name with that first name elsewhere in the note ("--\\nSam Whitaker, Account Executive", the forwarder's own
signature) is ours, not a contact. Split from ``people`` (its size limit)."""

from __future__ import annotations

import re

from memory.extract.sides import OUR_EMAIL_DOMAINS

# a From line, quoted or not, with the sender's address: "> From: Rutger Blom <rutger.blom@jtexon.example>"
_FROM = re.compile(r"^[ \t>]*(?i:from):[^\n@]*@([\w.-]+)", re.MULTILINE)
# the greeting within the few lines after it: "> Hi Sam,", "Dear Ms Okafor," (a first name only counts)
_GREETING = re.compile(
    r"^[ \t>]*(?i:hi|hello|hey|dear|morning|good (?:morning|afternoon))[ \t]+([A-Z][a-z]+)[ \t]*[,!\n]", re.MULTILINE
)
# an addressee's line, which may show the mail went to the customer's own colleague: "> To: Anna <anna@jtexon.example>"
_TO = re.compile(r"^[ \t>]*(?i:to):[^\n@]*@([\w.-]+)", re.MULTILINE)
_REACH = 400
_EARLIER = re.compile(
    r"^[ \t>]*(?:-{3,}|(?i:from):|On [^\n]{5,80} wrote:)", re.MULTILINE
)  # how far below its From line a mail's greeting is looked for


def greeted_ours(text: str) -> set[str]:
    """The full names (lower-case) in ``text`` of whom a mail from outside our domains greets by first name."""
    out: set[str] = set()
    if "@" not in text:
        return out  # the cheap test first: most notes quote no mail
    for sender in _FROM.finditer(text):
        if sender.group(1).lower().rstrip(".") in OUR_EMAIL_DOMAINS:
            continue  # our own reply quoted: its greeting names the customer
        below = _EARLIER.search(text, sender.end())  # the mail ends where an earlier one quoted below it starts
        greeting = _GREETING.search(
            text, sender.end(), min(sender.end() + _REACH, below.start() if below else len(text))
        )
        if greeting is None:
            continue
        to = _TO.search(text, sender.end(), greeting.start())
        if to is not None and to.group(1).lower().rstrip(".") not in OUR_EMAIL_DOMAINS:
            continue  # written to someone outside our domains: the customer's own colleague, say
        first = greeting.group(1)
        for full in re.finditer(r"(?<![\w-])" + first + r"[ \t]+([A-Z][\w'’-]+)\b", text):
            out.add(f"{first} {full.group(1)}".lower())
    return out
