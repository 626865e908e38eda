"""A stage's share of a wider stage: "what % of my open deals are still prospecting", "what % of the MG Special
deals closed either way did we lose" (the loss rate: lost over won + lost). Read by :mod:`agents.offline.shapes`."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.question import Question

_SHARE_WORD = r"(?:%|percent|percentage|share|proportion|fraction|pct)"
_OF_A_STAGE = re.compile(
    rf" {_SHARE_WORD} of (?:my |our |the |all )*(?:\w+ )?(?P<whole>open|closed|active|live) "
    r"(?:[\w-]+ ){0,3}?(?:deals|opps|opportunities|pipeline|pipe) "
    # closed after the deals: "% of the MG Special deals closed either way", "% of the deals that have closed"
    rf"| {_SHARE_WORD} of (?:my |our |the |all )*(?:[\w-]+ ){{0,3}}?(?:deals|opps|opportunities) "
    r"(?:that |which |we |i |have |has |were |was |got |been |had |ve |either )*"
    r"(?P<whole_after>closed|decided|won or lost) "
    # the whole named first, the share asked after: "of everything I've got open, what % is still prospecting?",
    # "of the MG Special deals that closed, what % did we lose"
    r"| of (?:everything|all|what|whatever|the deals|the ones|all the deals|(?:my |our |the )(?:[\w-]+ ){1,3}?deals)"
    rf" (?:[\w'-]+ ){{0,3}}?(?P<whole_first>open|closed|active|live) (?=.* {_SHARE_WORD} )"
    # "how much of my team's open book (by deal count) hasn't left prospecting yet? as a %"
    r"| (?:how much|how many|what part|what portion) of (?:my |our |the |team |my team |our team )*"
    rf"(?P<whole_book>open|active|live) (?:book|pipeline|pipe|deals|opps|business|portfolio) (?=.* {_SHARE_WORD})"
    # the whole said first, then the share of it: "my open deals - what % of them are prospecting", "of my open deals,
    # what share are prospecting"
    r"|^ (?:of |out of |among )?(?:my |our |the |all |team |team's |my team's |our team's )*"
    r"(?P<whole_lead>open|active|live|closed) (?:[\w-]+ ){0,2}?(?:deals|opps|opportunities|pipeline|pipe|book) "
    rf"(?:[\w-]+ ){{0,3}}?(?:- )?(?=(?:what|which|how much|how many)(?: \w+){{0,2}} {_SHARE_WORD} )"
)
# "hasn't made it past prospecting": still there; "made it past prospecting": on to engaging
_PAST = re.compile(
    r"(?: (?P<neg>not|hasnt|hasn't|havent|haven't|never|yet to))?(?: \w+){0,2}? (?:(?:made it|got|gotten|moved"
    r"|progressed|gone|went) (?:\w+ )?past|left|leave|moved out of|got out of|gotten out of|come out of"
    r"|graduated from) (?P<stage>prospecting) "  # "hasn't even left prospecting yet"
)
_SUB_STAGES = {"open": {"prospecting": "prospecting", "prospects": "prospecting", "engaging": "engaging"},
               "closed": {"won": "won", "win": "won", "wins": "won", "lost": "lost", "lose": "lost",
                          "losses": "lost"}}  # fmt: skip


_BOTH_CLOSED = re.compile(
    r" (?:won|wins|win) (?:or|and|/|&) (?:lost|losses|loss|lose) "
    r"| (?:lost|losses|lose) (?:or|and|/|&) (?:won|wins|win) "
)


# "our loss rate", "lose ratio": the lost share of the deals closed either way, as the win rate is the won share
# ("win/loss ratio", "wins to losses ratio" are wins per loss, read elsewhere)
LOSS_RATE = re.compile(
    r"(?<! win)(?<! wins)(?<! won)(?<! to)(?<! per) (?:loss|lose|losing|lost) (?:rate|ratio|%|percentage|pct|percent) "
)
# "what % of my GTX Pro deals did I lose": a deal is won or lost only once it closes, so the whole is the closed ones
_DID_WE = re.compile(
    rf" {_SHARE_WORD} of (?:my |our |the |all |their |his |her )*(?:[\w-]+ ){{0,3}}?(?:deals|opps|opportunities) "
    r"(?:did|do|have|has|had) (?:we|i|you|they|he|she|the team|my team) (?:\w+ ){0,2}?"
    r"(?P<part>win|won|winning|lose|lost|losing) "
)


def stage_share(t: str) -> tuple[str, str] | None:
    """The stage a share is taken of and the stage within it named next: "% of my open deals still at prospecting"."""
    if LOSS_RATE.search(t):
        return "closed", "lost"
    if did := _DID_WE.search(t):
        return "closed", "won" if did.group("part").startswith("w") else "lost"
    found = _OF_A_STAGE.search(t)
    if found is None:
        return None
    named_whole = {found.group(g) for g in ("whole", "whole_first", "whole_after", "whole_book", "whole_lead")}
    whole = "open" if {"open", "active", "live"} & named_whole else "closed"
    # "(won or lost)" only restates the whole; the part is the stage named after it
    rest = _BOTH_CLOSED.sub(" ", t[found.end() - 1 :])
    if whole == "open" and (past := _PAST.search(rest)) is not None:
        return whole, "prospecting" if past.group("neg") else "engaging"
    named = [(rest.find(f" {w} "), s) for w, s in _SUB_STAGES[whole].items() if f" {w} " in rest]
    return (whole, min(named)[1]) if named else None


# "how many did we engage in October, and how many of those are still engaging?": the stage after "of those" counts
# part of the deals already asked about, so it filters nothing; the whole's figure gives both counts
# ... however the part is pointed back to: "how many of that batch", "how many out of that lot", "of the ones i engaged"
_BACK = r"(?:those|these|them|em|that (?:batch|lot|bunch|group|cohort|set)|the (?:same )?(?:batch|lot|bunch|cohort))"
_OF_THOSE = re.compile(rf" (?:how many (?:of|out of) {_BACK}|(?:of|out of) {_BACK},? how many) ")


def without_subset_stage(t: str) -> str:
    """``t`` without a later "how many of those ..." question, whose stage is a part of the whole counted before."""
    found = _OF_THOSE.search(t)
    return t[: found.start() + 1] if found is not None and t[: found.start()].strip() else t


# a stage named only to be left out: "not engaging yet", "excluding prospecting", "leave out anything still in
# prospecting", "keep prospecting out of it"
NEGATED_STAGE = re.compile(
    r" (?:not counting|not including|not|no|without|rather than|instead of|excluding|except|minus|ignoring|ignore"
    r"|exclude|leave out|leaving out|drop)"
    r" (?:yet |already |still |the |all the |any |(?:anything|everything|whatever|all|those|the ones)(?: that'?s|"
    r" thats| that is| which is)?(?: still)?(?: in| at)? )?[\w-]+(?= )"
    # "leave the prospecting stuff out", "keep prospecting out of it"
    r"| (?:leave|leaving|keep|keeping) (?:the |all the |any |my )?[\w-]+(?: (?:stuff|deals|ones|opps|bit))? out(?= )"
)


# the open pipeline's money asked stage by stage: "my pipe by stage: count + $ at list price for engaging, and the
# same for prospecting", "open pipeline $ for my team, engaging vs prospecting"
_BY_OPEN_STAGE = re.compile(r" by stage | (?:engaging|prospecting) (?:\S+ ){0,6}?(?:prospecting|engaging) ")
_MONEY = re.compile(r" (?:\$|dollars?|value|valued|worth|list price|amount|pipeline value) ")
# both open stages named with their worth at list, stage by stage: "commit = engaging, upside = prospecting, count +
# $ at list for each bucket"; the list price is what an open deal is worth
_EACH_AT_LIST = re.compile(
    r" (?:at list|list price|list value|list prices)(?: value)? (?:for |of |in )?(?:each|every|both|per|by) "
    r"| (?:each|every|both|per) (?:bucket|stage|one|of them)s? (?:\S+ ){0,3}?(?:at list|list price|list value) "
)
_CLOSED_NAMED = re.compile(r" (?:won|lost|wins|losses|closed|win rate|revenue) ")


def open_value_by_stage(t: str, scope: dict[str, Any], measures: tuple[str, ...], text: str) -> Question | None:
    """Each open stage's count and list-price value, for a pipeline's money asked stage by stage; None when the
    closed stages are named too (a whole breakdown) or no money is asked."""
    if not (_BY_OPEN_STAGE.search(t) and (re.search(r" (?:open|pipeline|pipe) ", t) or _EACH_AT_LIST.search(t))):
        return None
    if not ("pipeline_value" in measures or _MONEY.search(t)) or _CLOSED_NAMED.search(t):
        return None
    if scope.get("stage") not in (None, "open"):
        return None
    # with the whole beside it: "how many engaging, how many prospecting, and what's it all worth at list?"
    return Question("ranking", ("pipeline_value", "deals"), {**scope, "stage": "open"}, "stage", text=text, sides=({},))
