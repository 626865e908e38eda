"""A person of theirs transferred to another office, site or country, for ``stakeholder_change``.

Companies move people as well as lose them: "Morita-san is transferred to Nagoya head office from January", "our
plant manager has been posted to the Singapore site", "Ines relocates to the Lisbon office next month". The
departure cues (cues_people.DEPARTURE) know people who leave; a transfer keeps them in the company but takes them
off the deal, so it counts the same. The subject must be a person right before the verb (not "the call was
transferred to IT", "the money was transferred"); a short posting ("seconded to Osaka for two weeks") or one onto
the writer's own team ("transferred to my team") is no departure, and a capitalised name after an article is a thing
("the Technical Bulletin will be posted to the web site"). Someone moved who stays on the deal ("she is still working
on it from Boston") is no change either: signals_people checks the message for ``CARRIES_ON``.
"""

from __future__ import annotations

import re

from agents.insights.cues import COMPETITORS, OUR_PRODUCTS

# a person: a name (with a Japanese honorific or a title), a pronoun, or a role of theirs
_WHO = (
    r"(?P<who>(?-i:(?:(?:Mr|Ms|Mrs|Dr)\.? )?[A-Z][a-z\u00df-\u00ff][\w'\u00c0-\u00ff-]*(?: [A-Z][a-z][\w'-]*)?)"
    r"|\b(?:he|she)|(?P<role>\b(?:our|my|the|their) (?:[\w-]+ )?(?:director|head|cfo|ceo|cto|coo|cio|vp|manager"
    r"|gm|general manager|boss|sponsor|champion|md|president|owner|lead)))"
)
_BE = r"(?:is|was|has been|had been|have been|will be|'ll be|gets|got|'s|'s been|is being|is going to be|is to be)"
# moved by the company ("is transferred to", "has been posted to"), or going themselves ("relocates to")
_VERB = (
    rf"(?:{_BE} (?P<passive>transferr?ed|relocated|reassigned|re-assigned|posted|seconded|rotated)|{_BE} moved"
    r"|transfers|is transferring|relocates|is relocating|relocated|transferr?ed|moves|is moving)"
)
# (not onto the writer's own team: "transferred to my team" brings them closer)
_NOT_HERE = r"(?!(?:me|us|you|your)\b|(?:my|our) (?:own )?(?:team|department|group|unit)\b)"
_TRANSFER = re.compile(
    rf"{_WHO} {_VERB} (?:over |back |across )?to {_NOT_HERE}(?P<where>[^,.;!?]{{0,60}})", re.IGNORECASE
)
# a place to go, which a verb that also moves things and dates needs ("moves to the Osaka office", not "moves to
# Tuesday"): an office, site or unit, or a city named
_PLACE = re.compile(
    r"\b(?:office|head ?office|headquarters|hq|site|plant|factory|branch|subsidiary|division|unit|country|region"
    r"|department|role|position|job)\b|^(?:the |a |another )?(?-i:[A-Z][a-z]+)(?! ?\d)(?<!January)(?<!February)"
    r"(?<!March)(?<!April)(?<!May)(?<!June)(?<!July)(?<!August)(?<!September)(?<!October)(?<!November)"
    r"(?<!December)(?<!Monday)(?<!Tuesday)(?<!Wednesday)(?<!Thursday)(?<!Friday)(?<!Saturday)(?<!Sunday)\b",
    re.IGNORECASE,
)
# a stint, not a move: "for two weeks", "for the audit", "until Friday"
_STINT = re.compile(
    r"\b(?:for (?:a|one|two|three|four|five|six|\d+|a few|a couple of|the) (?:days?|weeks?|fortnight|month)"
    r"|for the (?:audit|fair|launch|week|day)|until|till|temporarily|temporary)\b",
    re.IGNORECASE,
)
# the capitalised words right before a name, and an article heading them
_CAPITALS_BEFORE = re.compile(r"(?:\b[A-Z][\w'&.-]*\s+)*$")
_ARTICLE = re.compile(r"(?:the|a|an|this|our|your|their|its|my|his|her)\b", re.IGNORECASE)
_OLD = re.compile(r"\b(?:last year|years ago|a while ago|long ago|some time ago|in (?:19|20)\d\d)\b", re.IGNORECASE)
# capitalised words at a sentence's start that are no person
_NOT_PEOPLE = frozenset(
    "The This That It We Our They Their What When If As So And But Also Just Thanks Hi Hello Dear Please Your You"
    " Everything Everyone Nothing Nobody Someone All Some Call Calls Money Data Payment Payments Invoice Invoices"
    " Order Orders Meeting Project Budget Funds Funding Ticket Case Request File Files Contract Licence License"
    " Account Stock Goods Shipment Server System Equipment Machine Demo Team Production Support Management Work"
    " Responsibility Ownership Delivery Training Inventory Cash Gas Power Volume Volumes Deal Trade Trades".split()
)


# the person moved but still on it: "she is working with a NY associate on it", "he'll stay on the project from
# there", "she continues to handle our account"
CARRIES_ON = re.compile(
    r"\b(?:she|he|they)(?:'s| is|'ll| will| remains| stays)? (?:still |also )?(?:be )?(?:working (?:with|on)"
    r"|stay(?:s|ing)? on|remain(?:s|ing)? (?:on|involved|in charge|our|your|the)|continu(?:e|es|ing) (?:to|with|on)"
    r"|keep(?:s|ing)? (?:working|handling|leading|owning|running))\b",
    re.IGNORECASE,
)


def _thing_name(before: str, who: str) -> bool:
    """A capitalised name that belongs to a thing: an article before it ("the Corporate Card", "our Xcelerator") or
    a long run of capitals ("The Enron Net Works Offsite"); "Unfortunately Jonas" is still a person."""
    run = _CAPITALS_BEFORE.search(before)
    capitals = run.group(0).split() if run else []
    head = before[: run.start()] if run else before
    article = _ARTICLE.fullmatch(capitals[0]) if capitals else re.search(r"\b" + _ARTICLE.pattern + r"\s*$", head, re.I)
    return bool(article) or len(capitals) + len(who.split()) >= 4


def transferred(sentence: str, ours: set[str]) -> bool:
    """A person of theirs moved to another office, site, country or role, for good and not long ago."""
    if _OLD.search(sentence):
        return False
    for m in _TRANSFER.finditer(sentence):
        who, where = m["who"], m["where"]
        first = who.split()[0].strip(".")
        if not m["role"] and first[0].isupper() and _thing_name(sentence[: m.start("who")], who):
            continue  # a capitalised thing, not a person: "the Technical Bulletin will be posted to the web site"
        if not m["role"] and first in _NOT_PEOPLE or who.lower() in ours or first.lower() in ours:
            continue
        if OUR_PRODUCTS.search(who):
            continue
        if any(n.lower() in who.lower() for n in COMPETITORS) or _STINT.search(sentence, m.end("who")):
            continue
        if not m["passive"] and not _PLACE.search(where.strip()):
            continue
        return True
    return False
