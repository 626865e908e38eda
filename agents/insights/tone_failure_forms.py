"""Failures of ours told in forms the plain-failure cues (tone_failure.FAILURE) miss: a document we sent carrying
another customer's details or the wrong figures ("the contract you sent has another company's name all through
schedule 2"), a no-show told by ellipsis after what did happen ("Unit arrived on the 28th. Technician didn't."), and
their data landed in the wrong field by our import, and a change they asked for come back undone ("Clause 9 is back
in. Unchanged."). worsened() reads a failure that grew, in counts or traded for a worse one."""

from __future__ import annotations

import re

_DOCUMENT = (
    r"(?:contract|quote|quotation|invoice|proposal|order form|draft|agreement|document|paperwork|statement|renewal"
    r"|schedule|pack)s?"
)
# their data, and the field of the form it landed in
_DATA = r"(?i:names?|(?:phone |mobile )?numbers?|e-?mails?|addresses|dates|amounts|postcodes|surnames)\b"
_IN_FIELD = (
    r"(?:[^.;]{0,12} (?:are|were|is|was|sit|sits|show up|shows up|appear|appears))?"
    r" in the (?:[\w-]+ ){1,2}(?:field|column)s?\b"
)
FAILURE_FORMS = re.compile(
    # what we sent, wrong in what it says: someone else's details, or the wrong ones
    r"\b" + _DOCUMENT + r" (?:that )?(?:you|your [\w-]+) (?:sent|gave|shared|attached|issued|emailed|drew up"
    r"|prepared|produced)\b[^.;]{0,60}\b(?:another (?:company|customer|client|firm|organi[sz]ation|account)"
    r"(?:'s|\u2019s)"
    r"|someone else(?:'s|\u2019s)|(?:the )?wrong (?:name|company|customer|client|prices?|pricing|figures?|amounts?"
    r"|details|address|entity|terms)|incorrect (?:name|prices?|pricing|figures?|amounts?|details|address|terms))"
    # the no-show as a bare sentence of a person or thing of ours: "Technician didn't.", "The engineer never did."
    r"|(?:^|(?<=[.!?]\s))(?:the |your |our )?(?!(?:I|We|You|They|He|She|It|That|This|Which|Who)\b)[A-Z]?[a-z-]+"
    r"(?: [a-z-]+)? (?:didn't|did not|never did|still hasn't|hasn't|wasn't|never was)[.!]*(?=\s|$)"
    # their data put in the wrong place by our import, "now" or "still" marking it as the outcome (not where a sheet
    # keeps it: "the names are in the first column"): "now the phone numbers are in the names field", "the contacts
    # came through with the names in the phone field", "half the dates landed in the wrong column"
    r"|\b(?i:now|still)\b[^.;]{0,20}\b"
    + _DATA
    + _IN_FIELD
    + r"|\b"
    + _DATA
    + r" (?:are|were|is|was) (?:now|still)"
    + _IN_FIELD
    + r"|\bin the wrong (?:field|column|box|place)s?\b"
    r"|\bcame through with (?:the |their |all the )?[\w-]+(?: [\w-]+)? in the (?:[\w-]+ ){1,2}(?:field|column)s?\b"
    # something of ours cut off part-way through a session (not a date falling mid-period: "the trial expires
    # midway through next month"): "the demo environment expiring halfway through", "the sandbox went dark midway"
    r"|\b(?i:expired|expiring|timed out|timing out|died|dying|froze|freezing|cut out|cutting out|went dark|going dark"
    r"|went blank|going blank|shut down|shutting down|dropped out|dropping out|disconnected)\b[^.;]{0,25}"
    r"\b(?i:halfway|half-way|partway|part-way|midway|mid-way)(?: (?i:through|into)\b(?! (?i:(?:the |this |next "
    r"|our |the coming |the next )?(?:week|month|year|quarter|term|contract|trial|evaluation|pilot|period))\b))?"
    r"(?=\s*[,.;!]|\s+(?i:through|into|in front)\b|\s*$)"
    # the fix denied: "the export problem has not yet been resolved", "the duplicates still remain unresolved"
    r"|\b(?i:has|have|had|is|are|was|were)(?i:n't| not| never)(?i: yet| still)? (?i:been) (?i:resolved|fixed|sorted"
    r"|solved)\b|\b(?i:remains?|remained|still|left) (?i:unresolved|unfixed)\b"
    # billed for what is owed nothing, or twice (not a bill that says so: "the zero-value invoice for the free
    # trial", "we were never charged for the free month"): "a second invoice for the free trial", "charged us again
    # for the cancelled licences", "invoiced twice"
    r"|(?<!zero-value )(?<!zero )(?<!never )(?<!not )(?<!n't )\b(?i:(?:second|third|another|duplicate|new|fresh)"
    r" (?:invoices?|bills?|(?:payment )?reminders?|dunning letters?)|invoiced|billed|charged)"
    r"(?i: (?:us|me|them))?(?i: again| twice)? (?i:for) (?i:the |a |an |our |my )?(?i:free|complimentary|cancell?ed"
    r"|refunded|already[- ]paid|no-charge)\b|\b(?i:invoiced|billed|charged) (?i:(?:us|me) )?(?i:twice|double)\b"
    # a change they asked for come back undone, told in a clause of its own: "Clause 9 is back in.", "Unchanged."
    # (not "she is back in the office")
    r"|\b(?i:is|are|'s)(?: (?i:simply|just|right|all|somehow))? (?i:back in|in there again|still in there)"
    r"(?i: again)?(?=\s*[.!;]|\s*$)|(?:^|(?<=[.!?]\s))(?i:still |completely |totally )?(?i:unchanged|untouched"
    r"|not changed)[.!]*(?=\s|$)",
)

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_NUMBERS |= {"ten": 10, "once": 1, "twice": 2}
_COUNT = r"(\d+|" + "|".join(_NUMBERS) + r")"
_DEFECT = r"(?:duplicates?|errors?|crash(?:es)?|bugs?|glitch(?:es)?|failures?|outages?|timeouts?|dropouts?)"
# a failure that grew, told as its count now against before: "three duplicates per contact now instead of two",
# "now 5 errors a day rather than 2" (a count that fell, "one duplicate instead of three", is progress)
_GREW = re.compile(
    r"\b" + _COUNT + r" (?:[\w-]+ )?" + _DEFECT + r"\b[^.;]{0,30}?\b(?:instead of|rather than|up from|compared to|"
    r"where (?:it|there) (?:was|were)) " + _COUNT + r"\b",
    re.IGNORECASE,
)
# the defect itself said to have multiplied: "the duplicates have doubled", "errors tripled overnight"
_MULTIPLIED = re.compile(
    r"\b" + _DEFECT + r" (?:have |has |had )?(?:now )?(?:doubled|tripled|quadrupled|multiplied)\b", re.IGNORECASE
)


# a failure traded for a worse one, both named: "the sync now deletes meetings instead of dropping them", "it crashes
# instead of just freezing" (not a fix, "now logs the timeout instead of crashing", nor a change asked for, "now
# deletes old drafts instead of archiving them")
_TRADED = re.compile(
    r"\b(?:deletes|wipes|erases|overwrites|corrupts|loses|crashes|freezes|duplicates|scrambles|mangles|removes"
    r"|cancels|drops|breaks|locks (?:[\w-]+ ){0,3}out|logs (?:[\w-]+ ){0,3}out)\b[^.;]{0,40}?\binstead of"
    r" (?:just |merely |only |simply )?(?:dropping|duplicating|crashing|freezing|losing|skipping|hanging|failing"
    r"|lagging|stalling|timing out|running slow|being slow|double-booking|missing|erroring|glitching|disconnecting"
    r"|doubling)\b",
    re.IGNORECASE,
)


def worsened(text: str) -> bool:
    """A failure reported as worse than before: in counts, a bad thing that is now more of itself, or in kind, a
    failure traded for a worse one."""
    if _MULTIPLIED.search(text) or _TRADED.search(text):
        return True
    for m in _GREW.finditer(text):
        now, before = (int(g) if g.isdigit() else _NUMBERS[g.lower()] for g in m.groups())
        if now > before:
            return True
    return False


# a retry that failed again, told as the same outcome: "Second import run, same result.", "Third attempt: same error"
# (not one that went well the same way: "Second test run, same result: all green")
REPEATED_SAME = re.compile(
    r"\b(?:second|third|fourth|fifth|another|one more|next|new) (?:[\w-]+ ){0,2}(?:run|attempt|try|go|import|upload"
    r"|sync|test|pass|install(?:ation)?)\b[^.;]{0,15}?\bsame (?:result|outcome|error|problem|issue|story|thing"
    r"|failure)\b(?![^.;]{0,25}\b(?:fine|good|great|perfect|green|success\w*|works?|worked|clean|passed)\b)",
    re.IGNORECASE,
)
