"""What each mention of a known account counts towards its being the note's customer: a mention in passing ("at
X", "X as a reference", "nothing new from X") counts half, one in the note's title counts double, one said to be the
note's real subject ("the actual update is X") counts three times. Kept apart from ``fields`` (at its size limit)."""

from __future__ import annotations

import re

_SIGN_OFF = re.compile(r"[ \t]*[,!][ \t]*\n")


def mention_weights(lowered: str, hits: list[re.Match[str]], title_end: int) -> list[float]:
    """What each mention of an account counts: 1, or 0.5 in passing ("at X", "X as a reference", "nothing new from
    X"), 1 more in the note's title; a mail's sign-off that is so named does not count."""
    out = []
    for m in hits:
        context = lowered[max(0, m.start() - 40) : m.start()]
        passing = _PASSING_BEFORE.search(context) or _REFERENCE_AFTER.match(lowered, m.end())
        passing = passing or (_WHAT_BEFORE.search(context) and _GOT_AFTER.match(lowered, m.end()))
        if _SIGN_OFF.match(lowered, m.end()) and lowered[max(0, m.start() - 1) : m.start()] in ("", "\n"):
            continue  # "Cheers,\nCordelia": a word that signs the mail off, though an account is so named
        quiet = _quiet_mention(lowered, m.start(), m.end())
        # the note's title names it: "Call notes - Newex - 15/03"; not in passing ("log: X. saw our case study w/ Y")
        title = m.end() <= title_end and not quiet and not passing
        subject = 2.0 if _SUBJECT_BEFORE.search(context) else 0.0  # "anyway, the actual update is X": the deal's
        subject = 2.0 if _MINE_AFTER.match(lowered, m.end()) else subject  # "- X (mine): ..." in a multi-rep dump
        out.append((0.5 if passing or quiet else 1.0) + (1.0 if title else 0.0) + subject)
    return out


# the writer naming the note's real subject after an aside about another account: "the actual update is X", "the
# real news today is X", "the main reason for this note is X"
_SUBJECT_BEFORE = re.compile(
    r"\b(?:the )?(?:actual|real|main) (?:update|news|deal|subject|topic|reason for (?:this|the) (?:note|call|mail))"
    r"(?: (?:today|here))? (?:is|concerns|is about|is on)\s+$"
)

# the writer claiming one account of a dump as their own: "X (mine)", "X (my deal)", "X (my account):"
_MINE_AFTER = re.compile(r"[ \t]*\((?:mine|my (?:own )?(?:deal|account|one|opp(?:ortunity)?))\)")

# an account named only to say nothing happened on it: "quick Isdom call first, nothing new there", "no news
# from Acme"; a log going on to another account that has news
_NOTHING_NEW = re.compile(
    r"\b(?:nothing (?:new|to report|happening|moving)|no (?:news|change|update|movement|progress))\b"
)


def _quiet_mention(lowered: str, start: int, end: int) -> bool:
    """Whether the sentence around an account's name (up to 60 characters after, 30 before) says nothing new."""
    after = re.split(r"[.!?\n]", lowered[end : end + 60], maxsplit=1)[0]
    before = re.split(r"[.!?\n]", lowered[max(0, start - 30) : start])[-1]
    return bool(_NOTHING_NEW.search(after) or _NOTHING_NEW.search(before))


# said just before an account named in passing: "at X", "like X", "a reference call with X"
_PASSING_BEFORE = re.compile(
    r"\b(?:at|from|like|references?|as|reference (?:call|check|chat|visit)s? (?:with|at|to)|"
    # the account that sent the customer to us: "found us through X", "heard about us via X", "referred by X"
    r"(?:found|heard (?:about|of)|came to|got to know) us (?:through|via|thanks to|from)|referred (?:by|from)|"
    # another account's own setup held up as the model: "the same setup we did for Golddex", "what we built for X"
    r"(?:we|i) (?:did|built|set up|rolled out|deployed|installed|delivered)(?: (?:last year|before))? for|"
    # another account held up to the customer as proof: "told them X is live and happy", "showed her how X uses it"
    r"(?:told|tell|telling|reminded|showed|showing) (?:them|him|her)(?: that| about| how)?|"
    # ... or as the subject of our story shown to them: "saw our case study w/ X", "the success story with X"
    r"(?:case stud(?:y|ies)|success stor(?:y|ies)|testimonials?|write-?ups?)(?: (?:with|w/|from|of|about|on|for))?)\s+$"
)
# named as a reference for another account: "after the Zotware reference call", "Zotware as a reference", "used
# Sonron as the reference on this one", "Zotware as their reference customer"
_REFERENCE_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:as (?:a |an |our |the |their |one of (?:our |the |their ))?)?references?\b"
    # ... or as its story told to win another: "send him the Finjob case study", "the Sonron success story"
    r"|(?:'s|’s)?\s+(?:case stud(?:y|ies)|success stor(?:y|ies)|testimonial)\b"
    # ... or as one of its people vouching for us: "Golddex's Jim Park gave them a glowing review", "X's CFO vouched
    # for us"; not "X's CFO gave them a budget"
    r"|(?:'s|’s)\s+(?:[\w-]+\s+){1,3}?(?:gave (?:them|him|her) (?:a|an) (?:[\w-]+ )?(?:review|reference|"
    r"recommendation|testimonial|endorsement)|vouched for us|raved about us|recommended us|put in a good word)\b"
)
# another account's deal held up as the model for this one: "wants exactly what Finjob got", "what Sonron has"
_WHAT_BEFORE = re.compile(r"\b(?:exactly |just |the same as |same as )?what\s+$")
_GOT_AFTER = re.compile(r"\s+(?:got|gets|has|had|bought|paid for|did|uses|used|signed)\b")
