"""The deal's stage, only when the note states it (LABELS.md section 3): an explicit stage name, or the
deal signed (Won) or lost (Lost)."""

from __future__ import annotations

import re

from memory.extract.foreign_stage import foreign_stage
from memory.extract.kept_stage import kept_stage
from memory.extract.paper_in import denied, paper_in_hand
from memory.extract.products import OUR_PRODUCT_AHEAD
from memory.extract.roles import ROLE_WORDS
from memory.extract.text import lowered

# the deal, as a note names it: "it", "this one", "the opp", "that deal"
_THE_DEAL = r"(?:it|this(?: one| deal| opp\w*)?|th(?:e|at) (?:deal|opp\w*)|that one)"
# a deal named by its account's one or two words, not a pronoun or a way of moving ("moving on to")
_NAMED_DEAL = r"(?!(?:it|this|that|the|on|forward|ahead|quickly|fast|down|back|up|over)\b)[\w&'-]+(?: [\w&'-]+)?"
# how straight a move goes, said before where to: "put it straight in", "moving it directly to", "bump it right up to"
_STRAIGHT = r"(?:(?:straight|directly|right|immediately|now|just) )?"
_STAGE_EXPLICIT = re.compile(
    r"\b(?:stage\s*(?:is|:|=|->|→|to|now|(?:stays|remains|is still|still)(?: in| at| as)?)?|"
    r"(?:it|this|deal|opp\w*) (?:stays|remains|is staying)(?: in| at| as)?|"  # "stage stays Prospecting"
    r"mark(?:ing|ed)? (?:" + _THE_DEAL + r"|as)(?: as)?|"  # "marking this one Lost"
    # "mark Donware as Won", "please book Acme as Won", "flag the Initech opp as Lost"
    r"(?:mark|book|flag|tag)(?:ing|ed|s)? (?:the )?[\w&'-]+(?: [\w&'-]+)?(?: deal| opp\w*)? as|"
    # "closing this out as Lost", "close out as Won", "closed Acme out as Lost"
    r"clos(?:e|es|ed|ing) (?:(?:" + _THE_DEAL + r"|" + _NAMED_DEAL + r") )?(?:out )?as|"
    # the account named as the deal: "marking Initech Lost", "moving Acme to Engaging"
    r"mark(?:ing|ed|s)? "
    + _NAMED_DEAL
    + r" (?:as )?|mov(?:e|es|ed|ing) "
    + _NAMED_DEAL
    + r" (?:back |up )?(?:to|into)|"
    r"mov(?:e|ed|ing) (?:" + _THE_DEAL + r" |stage )?" + _STRAIGHT + r"(?:back |down )?"  # "moving this BACK to"
    r"(?:to|into)|(?:put|putting|drop\w*|push\w*|bump\w*|knock\w*|tak(?:e|es|ing)|took|flip\w*|switch\w*|"
    r"chang(?:e|es|ed|ing)|updat(?:e|es|ed|ing)) "
    + _THE_DEAL
    + r" "
    + _STRAIGHT
    # "bumping it to Engaging"; a record entered under a stage: "putting it in as Prospecting", "put it down as"
    + r"(?:(?:back|down|up|forward) )?(?:to|into|(?:in|down) as|in)|"
    # the stage kept, logged or left as it is: "kept it at Prospecting", "logging it as Prospecting", "leaving the
    # opp in Engaging", "the deal has been sitting in Engaging"
    r"(?:keep(?:ing|s)?|kept|leav(?:e|es|ing)|log(?:s|ged|ging)?|park(?:s|ed|ing)?|record(?:s|ed|ing)?|"
    r"fil(?:e|ed|ing)|enter(?:ed|ing)?|creat(?:e|ed|ing)|open(?:ed|ing)?|add(?:ed|ing)?)(?: "
    + _THE_DEAL
    + r")? "
    + _STRAIGHT
    + r"(?:(?:in|down) as|in|as|at|under)|"  # a new record: "created as Prospecting", "logged it in as Engaging"
    r"(?:has|have|had|'s) been (?:sitting |parked )?in|"
    r"set (?:" + _THE_DEAL + r" |(?:the )?(?:stage|status) )?(?:back )?to|"  # "set the opp to Lost"
    # a stage a meeting's minutes record: "Stage confirmed as Engaging", "status agreed: Prospecting"
    r"(?:stage|status) (?:(?:is|was|has been|now) )?(?:confirmed|agreed|set|recorded|noted|updated)"
    r"(?: (?:as|at|to|in))?\s*:?|"
    # a note's heading giving the outcome, a mark or "=" between: "log: acme = lost", "acme ✅ won"
    r"now in|still in|status\s*:?|^[^.\n]{2,40}?\s?[-–—:=✅❌]|mark(?:ed|ing)?)\s*"
    r"(prospecting|engaging|won|lost)\b(?!['’]|\s*\?\s*(?:no|nope|not)\b)"  # "lost? No, not lost": denied
    r"(?!\s+(?:to|the|a|an|our|their|its|his|her|contact|touch|track|momentum|time|sight|some|one|two|"
    r"discussions?|conversations?|talks|dialogue)\b)",
)  # this and _STAGE_STILL run on the lower-cased text
# a transition written as an arrow, the new stage last: "stage: prospecting -> engaging", "Konex -> Lost"
_STAGE_ARROW = re.compile(r"(?:->|→|=>)\s*(prospecting|engaging|won|lost)\b(?!['’])")
# a move written out from the old stage to the new: "I'm moving it from Prospecting to Engaging", "bumped the
# opp up from prospecting into engaging"
_STAGE_FROM_TO = re.compile(
    r"\b(?:mov|bump|push|upgrad|promot|shift|progress|advanc|switch|chang|updat|went)\w*"
    r"(?: " + _THE_DEAL + r")?(?: (?:up|forward|on|back|down))? from (?:prospecting|engaging)(?: stage)? "
    r"(?:to|into|->|→) (prospecting|engaging|won|lost)\b(?!['’])"
)
# "not marking it lost yet", "won't move it to engaging": a stage held back is not a stage stated
_HELD_BACK = re.compile(r"(?:\bnot|n't|\bnever|\bhold(?:ing)? off on)\s+(?:\w+\s+){0,2}$")
# "I'll move it to Engaging if the demo lands": a stage on a condition is not stated either
_ON_CONDITION = re.compile(r"[^.;!?\n]{0,40}?\b(?:if|unless|not before|only (?:if|when|after))\b")
# ... or with the condition first: "If they do, I'll mark it Won", "if the demo lands we move it to engaging"
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|assuming|provided)\b[^.;!?\n]{0,50}$")
_STAGE_STILL = re.compile(
    r"\b(prospecting|engaging)\s+still\b|\bstill\s+(prospecting|engaging)\b"
    # "it's Engaging now", "we're in Engaging now"
    r"|\b(?:it's|it is|deal's|deal is|we're|we are)\s+(?:now\s+)?(?:in\s+)?(prospecting|engaging)\s+now\b"
)
# the deal said to sit in a stage, the stage closing the clause: "It's in Engaging.", "the opp is currently at the
# Prospecting stage", "sitting in engaging for now"; not "engaging in talks" (the stage must end the clause)
_STAGE_IN = re.compile(
    r"(?<!\bis )(?<!\bwhether )\b(?:it|this(?: one)?|(?:(?:the|this|that) )?(?:deal|opp\w*|account)|we|they)"
    r"(?:['’]s|['’]re| is| are| sits| has been)?"
    r"\s+(?:(?:now|currently|still|already|sitting|sat|parked|firmly|officially|at the moment|only|just)\s+)*"
    # "in"/"at" may go after a word that qualifies the state: "they're only Prospecting at this point"
    r"(?:(?:in|at)\s+(?:the\s+)?|(?<=only )|(?<=just )|(?<=still )|(?<=currently )"
    # ... or the deal said to be the stage: "Deal's Engaging.", "the opp is Prospecting"
    r"|(?<=deal['’]s )|(?<=deal is )|(?<=opp['’]s )|(?<=opp is ))"
    r"(prospecting|engaging)(?:\s+(?:stage|phase|status|column|bucket))?"
    r"(?=\s*(?:[.,;:!)\n—–]|\s-\s|$|(?:now|for now|at the moment|right now|today|again|at this (?:point|stage)|"
    r"so far|from (?:our|my|their) (?:side|end))\b)"  # "We're in Engaging from our side, call it that"
    # a stage noun then where it holds: "still in the prospecting stage internally"; not the verb ("engaging
    # internally with IT"), which carries no stage noun
    r"|(?<=stage|phase)\s+(?:internally|on (?:our|my|their) (?:side|end))\b)"
)
# a person's title in brackets, not a paper's colour: "(IT director)", not "Agreement Form (white)"
_ROLES = "|".join(re.escape(w) for w in sorted(ROLE_WORDS, key=len, reverse=True))
_TITLE_IN_BRACKETS = r"\([^()\n]{0,30}?\b(?i:" + _ROLES + r")\b[^()\n]{0,30}\)"
_SIGNED = re.compile(
    # the signer may carry a title in brackets: "Ruth Mbeki (IT director) signed last Thursday"
    r"(?:\b(?:they|we|customer|it|has|have|just|finally|officially|[A-Z][\w-]+(?: " + _TITLE_IN_BRACKETS + r")?)\s+"
    r"(?:just |finally |officially )?"
    r"(?:signed|countersigned|SIGNED|COUNTERSIGNED)\b"  # shouted too: "Ron-tech SIGNED today!!!"
    # the paper as subject: "contract signed", "order form countersigned", "docusign completed"
    r"|\b(?i:contract|deal|order form|paperwork|papers|agreement|po)\s+(?:is |was |has been |have been |got |now )?"
    r"(?:counter)?signed\b"
    # "contract came back fully executed": the paper back with every signature on it
    r"|\b(?i:contract|order form|paperwork|papers|agreement|po|msa)\s+"
    r"(?:(?:came|come|is) back |is now |is |was |has been )?(?:(?i:fully)[- ](?i:executed)|(?<=back )(?i:executed))\b"
    # the customer signing in the first person, the deal's paper named: "I signed the order form this morning"
    r"|\bI(?:'ve| have)? (?:just |finally |now )?(?:counter)?signed (?:the |our |your )?"
    r"(?i:contract|order form|agreement|paperwork|papers|po|msa|quote|proposal)\b"
    r"|\b(?i:docusign)(?:ed\b| (?:completed?|done|signed|came back|is back)\b)"
    r"|(?<![a-z] )\bSIGNED\b"  # a status word in capitals: "Bubba Gump ✅ SIGNED"
    r"|\b(?:they|we)\s+(?:JUST |FINALLY |just |finally )?(?:COUNTER)?SIGNED\b"  # shouted: "they SIGNED yesterday!!"
    # a clause opening on the word, with when: "Rangreen - countersigned Mon 5/8"; or a sentence: "Closed it! Signed
    # this afternoon by the COO"
    r"|(?:^|[—–:|✅]\s*|\s-\s|[.!?]\s+)(?i:counter)?(?i:signed)(?=\s+(?i:on|today|yesterday|this|last|mon|tue|wed|thu|fri|\d)))"
    r"(?!\s+(?:off\b|up for a demo|by|before|once|when|after|if|as soon as|next|tomorrow|(?:with|w/) (?!us\b|you\b)))|"
    r"\b(?i:closed[- ]won)\b|\bsigned (?:this|today|yesterday)",  # "CLOSED WON" in a status line too
)
_NOT_SIGNED = re.compile(
    # a wish, not a signature: "he needs it signed inside their financial year", "they'd like it signed by May"
    r"\b(?:not|n't|never|yet to|before|until|once|when|if|to be|get it|"
    r"(?:want|need|like|expect|hope)(?:s|d)? (?:to (?:get|have) )?it|"
    # a signing yet to come: "we can have it signed in a fortnight", "they'll get it signed Friday"
    r"(?:can|could|will|would|should|might|may|['’]ll|['’]d) (?:\w+ )?(?:have|get) it)\b[^.;]{0,20}$"
    # no one as the signer: "NOTHING signed yet", "nobody has signed"
    r"|\b(?:nothing|nobody|no ?one)(?:['’]s| has| have| is| was| got| been| yet)*(?:\s+(?:counter)?signed)?\s*$"
    # a figure someone signed off, not the deal: "the figure our CFO signed is 1.05M", "the budget their board signed"
    r"|\b(?:figure|number|budget|amount|sum|total|spend|cap|limit|ceiling|envelope)\s+(?:that\s+|which\s+)?"
    r"(?:(?:our|their|the|his|her|its)\s+)?$",
    re.I,
)
# papers signed on the way to a deal, not the deal: "got the mutual NDA signed this morning"
_NOT_DEAL_PAPER = re.compile(
    r"\b(?:m?nda|dpa|baa|loi|letter of intent|non-disclosure|confidentiality|data processing|"
    r"security questionnaire|(?:pilot|trial|poc|evaluation|eval) agreement)s?\b",
    re.IGNORECASE,
)
# what else a team loses: time, touch, its own people ("we lost most of the week to their migration", "we lost
# several of our employees", "we lost our champion")
_LOST_OTHER = (
    r"(?!\s+(?:(?:most|all|half|part|some|much|several|many|two|three|a few|one|each) of|our\b|my\b|"
    r"(?:a|an|one|two|three|several|a few|a couple of|another) (?:\w+ )?(?:days?|weeks?|hours?|months?)\b|"
    r"(?:\w+ )?(?:days|weeks|hours|time|momentum|track|sight|touch|contact|traction|ground|steam|the thread)\b|"
    r"(?:their|the) (?:\w+ )?(?:champion|sponsor|contact|connection|signal|slot|window)\b))"
)
_LOST = re.compile(
    r"\b(?:we(?:'ve| have)? lost" + _LOST_OTHER + r"|deal (?:is |was )?lost|closed[- ]lost|"
    r"lost (?:the deal|it|them) to|"
    r"(?:they(?:'ve| have)?|they're|customer(?: has)?)\s+(?:gone|went|going|decided to go) with|"
    r"(?:chose|picked|selected|preferred|went for) (?:to go with )?[\w -]{1,30}? over us|"
    # "signed w/ brightwave": a rival in any case, not a word that names no vendor ("signed with them")
    r"signed (?:with |w/ ?)(?!(?:us|you|them|it|him|her|me|the|a|an|our|their|its|his|my|this|that|no|one|"
    r"another|all|both|each|some|any)\b)\w+|"
    # the customer's own word of the outcome, often forwarded: "we have awarded the contract to Stackline", "your
    # proposal was unsuccessful", "we've decided to go with another supplier"
    r"(?:awarded|given|placed) (?:the |this |our )?(?:contract|tender|business|deal|order|work|project) (?:to|with)|"
    r"(?:proposal|bid|tender|offer|submission) "
    r"(?:(?:was|has been) unsuccessful|(?:was not|has not been|wasn't) successful)|"
    r"(?:decided|chosen|opted|elected) to (?:go|proceed|move forward) with (?:another|a different|an alternative) "
    r"(?:vendor|supplier|provider|partner|solution|bidder)|"
    # the customer keeping what it has: "decided to remain with our current provider", "opted to stay with the
    # incumbent"; and the outcome told plainly: "it didn't go our way"
    r"(?:decided|chosen|chose|opted|elected) to (?:remain|stay|stick|continue) with (?:our|their|the) "
    r"(?:current|existing|incumbent|present)(?: \w+)?|"
    r"(?:didn't|did not|hasn't|has not) go(?:ne)? (?:our way|in our favou?r)|"
    r"(?:opp|opportunity|tender|bid|this one|that one) (?:is|was|has been) (?:now )?lost)\b",
    re.IGNORECASE,
)
# what the customer chose is us or one of our products
_OURS_CHOSEN = re.compile(OUR_PRODUCT_AHEAD.pattern + r"|\s+(?:us|you|our)\b", re.IGNORECASE)
# "feels like we've lost this one": a fear, not a loss
_HEDGED = re.compile(
    r"\b(?:feels? like|felt like|i think|i fear|afraid|worried|suspect|might|may|could|probably|seems like|"
    r"guess|wonder if|if)\b[^.;!?]{0,12}$",
    re.IGNORECASE,
)

# a sentence opening on a condition, the loss said in its main clause: "If it isn't approved there we've lost it"
_IF_CLAUSE = re.compile(
    r"(?:^|[.;:!?\n–—]\s*|\s-\s+)(?:if|unless|should|otherwise|or else)\b[^.;:!?\n]{0,80}$", re.IGNORECASE
)

# a terse note's field that is the stage alone: "... / prospecting / wants to decide ...", "| Engaging |"
_STAGE_FIELD = re.compile(r"(?<!\bw/)(?<=[/|•·;])[ \t]*(prospecting|engaging|won|lost)[ \t]*(?=[/|•·;]|$)", re.M)
# the deal said to be in a stage, the stage capitalised as its name: "Plexzap is Won ✅", "the opp is now Lost"
_IS_STAGE = re.compile(r"\b(?:is|are)\s+(?:now\s+|officially\s+)?(Won|Lost|WON|LOST)\b(?!['’])")


def find_stage(text: str) -> str | None:
    """A stage only when the note states it, or says the deal was signed (Won) or lost (Lost)."""
    low = lowered(text)
    found: list[tuple[int, str]] = []
    if any(word in low for word in _STAGE_WORDS):  # the cheap test first: most mail names no stage
        found += [
            (m.start(), m.group(1))
            for m in _STAGE_EXPLICIT.finditer(low)
            if not _held_back(low, m.start())
            and not denied(low, m.start(1))  # "is NOT closed-lost"
            and not _ON_CONDITION.match(low, m.end())
            and not _CONDITION_BEFORE.search(low, max(0, m.start() - 50), m.start())
        ]
        found += [(m.start(), next(g for g in m.groups() if g)) for m in _STAGE_STILL.finditer(low)]
        found += [
            (m.start(), m.group(1))
            for m in _STAGE_IN.finditer(low)
            if not _held_back(low, m.start(1)) and not _CONDITION_BEFORE.search(low, max(0, m.start() - 50), m.start())
        ]
        found += [(m.start(), m.group(1)) for m in _STAGE_ARROW.finditer(low) if not _held_back(low, m.start())]
        found += [
            (m.start(), m.group(1))
            for m in _STAGE_FROM_TO.finditer(low)
            if not _held_back(low, m.start()) and not _CONDITION_BEFORE.search(low, max(0, m.start() - 50), m.start())
        ]
        found += [(m.start(), m.group(1).lower()) for m in _IS_STAGE.finditer(text) if not _held_back(low, m.start())]
        found += [(at, stage) for at, stage in kept_stage(text) if not _held_back(low, at)]  # "keep it Engaging"
        found += foreign_stage(low)  # "Bitte Stage auf Engaging setzen"
        fields = {m.group(1) for m in _STAGE_FIELD.finditer(low)}
        if len(fields) == 1:  # "prospecting / engaging / won": a list of the stages, none of them stated
            found += [(m.start(), m.group(1)) for m in _STAGE_FIELD.finditer(low)]
    if found:
        return max(found)[1].capitalize()
    if paper_in_hand(text):  # "PO in hand", "the signed PO came through"
        return "Won"
    for m in _SIGNED.finditer(text) if "sign" in low or "closed" in low or "executed" in low else ():
        before = text[max(0, m.start() - 30) : m.start()]  # "once the UBS deal is signed": said of the subject
        if _NOT_SIGNED.search(before) or _NOT_SIGNED.search(text[max(0, m.start() - 30) : m.end()]):
            continue
        if not other_paper(text, m.start()):
            return "Won"
    for m in _LOST.finditer(text):
        if _OURS_CHOSEN.match(text, m.end()):
            continue  # "they're going with GTX Plus Pro", "went with us": the choice is ours, no loss
        if _IF_CLAUSE.search(text, max(0, m.start() - 90), m.start()):
            continue  # "If the committee says no, we've lost it": the loss is the condition's outcome, not had
        if not _HEDGED.search(text, max(0, m.start() - 40), m.start()) and not denied(text, m.start()):
            return "Lost"
    return None


_STAGE_WORDS = ("prospecting", "engaging", "won", "lost")


def _held_back(low: str, at: int) -> bool:
    return bool(_HELD_BACK.search(low, max(0, at - 30), at))


_AWAITING = re.compile(r"\b(?:once|after|as soon as|pending|following|subject to)\b", re.IGNORECASE)


# a clause ends at a stop or comma, or at the slashes between a terse note's fields: "sign by the 3rd // NS: send DPA"
_CLAUSE_END = re.compile(r"[.;!?\n,]|\s//?\s")


def other_paper(text: str, at: int) -> bool:
    """Whether the signing word at ``at`` is about an NDA or similar paper, not the deal (same clause)."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    ends = [m.start() for m in _CLAUSE_END.finditer(text, at)][:1]
    # a paper named in what the signing waits for is not the one signed: "he'll sign once their DPA review is done"
    ends += [m.start() for m in _AWAITING.finditer(text, at, at + 50)][:1]
    clause = text[max(left, at - 50) : min([*ends, at + 50])]
    return bool(_NOT_DEAL_PAPER.search(clause))
