"""Where one question ends and the next begins in a chat message that asks several ("how many did I win? and how
many did I lose"), and the figures a later clause may name without a question word ("..., and my won $")."""

from __future__ import annotations

import re

from agents.offline.listed import NUMBERED

# a figure asked for by name, with no question word: "open count rn", "kami's win count for q4"
A_FIGURE = r"(?:[\w-]+ ){0,2}?(?:count|total|number|tally)\b"
# a rate or sum named after "and": "..., and the Nov win rate", "..., and the total won revenue"
THE_FIGURE = r"the (?:[\w-]+ ){0,2}?(?:win rate|loss rate|won revenue|conversion rate|close rate)"
# the asker's own figure after "and": "..., and my won $ this quarter"
MY_FIGURE = (  # ... or the team's: "..., and my team's total won rev for 2017"
    r"(?:(?:my|our) (?:won|win|wins|lost|losses|open|pipeline|pipe|average|avg|booked|bookings)"
    r"|(?:my|our) (?:team|team's|teams|office|office's|crew|crew's) (?:(?:total|overall|combined) )?"
    r"(?:won|win|wins|lost|losses|open|pipeline|pipe|average|avg|booked|bookings|revenue|rev))"
)


# a pronoun pointing back within the question: "how many ppl do they have"
_BACK = r"[^?.;]*\b(?:they|them|their|theirs)\b"


def _breaks(counts: str) -> re.Pattern[str]:
    """Where one question ends and the next begins in chat: "?", an ellipsis, a semicolon, or a comma and "and"
    before a count or a "what did" ("which companies sit under Inity, and how many open opps does the group have")."""
    return re.compile(
        rf"\?+|\.{{2,}}|…|;|,\s+(?:and|plus)\s+(?=how {counts}\b|what (?:did|does|do|was|were|is|are)\b|what'?s\b"
        r"|where'?s\b|where (?:is|are|was|were)\b|when (?:was|were|did|is)\b)"
        # "..., and how much we've won from them": a sum asked with its own verb
        rf"|,\s+(?:and|plus)\s+(?=how much (?:we've|we have|we|i've|i have|i|they've|they have|they"
        r"|(?:have|did|do|had) (?:i|we|they))\b(?![^?.]*\b(?:itself|the parent|the group)\b))"
        # "whats my biggest win ever (acct + $) and what's my total won rev": a second "what's" opens its own
        r"|\s+(?:and|&)\s+(?=what'?s (?:my|our|the)\b"
        # "betatech - what country are they HQ'd in and what have i won from them": a figure after a fact; not "...
        # lost at Treequote, and what have we won there" (one account's figures, read together)
        r"|what (?:have|did) (?:i|we) (?:won|win|lost|lose|sold)\b(?![^?.]*\bthere\b))"
        # "Central office: win rate for Q4 overall, and which rep in the office closed fastest": a ranking of its own
        r"|(?:,|\s+[-–—])\s+and\s+(?=(?:which|what) (?:rep|reps|account|accounts|product|products|office|sector"
        r"|one of (?:them|those)|of (?:them|those))\b)"
        # "..., plus which office had the best Q4", "..., also open count rn", "..., and kami's win count for q4"
        # (the connective stays with the clause it opens)
        rf"|,\s+(?=(?:and\s+)?(?:also|plus)\s+(?:which\b|who\b|{A_FIGURE})|and\s+[\w-]+'s {A_FIGURE}"
        # "how many open deals do I have, what's their value, and my won $ this quarter": the asker's own figure
        rf"|and\s+{MY_FIGURE}\b|and\s+{THE_FIGURE}\b)"
        # "whats my teams rev for the qtr and also whos got the best wr", "won $ in april + how many new deals did i
        # engage": a question word after "and also" or "+" opens a question of its own, comma or none
        # (not "wheres their HQ + how many ppl do they have": facts of the one just found, read together)
        rf"|\s+(?=and\s+also\s+(?:who|who'?s|whos|which|what|what'?s|whats|how (?:many|much))\b(?!{_BACK}))"
        rf"|\s+\+\s+(?=(?:who|who'?s|whos|which|what|what'?s|whats|how (?:many|much))\b(?!{_BACK}))"
        # "#1 customer by won rev, how much - and how much of that came from dustin's team": a part of the figure
        r"|(?:,|\s+[-–—])\s+(?=and\s+how much of (?:that|it|this)\b)"
        # "... since before july? (engaged jun 30 or earlier). and how many open in total": a sentence of its own
        r"|\.\s+(?=and\s+how (?:many|much)\b)"
        # "what have we won with them (all reps) and how many deals are still open there": what is held now, counted
        r"|\s+(?:and|plus|&)\s+"
        r"(?=how many (?:[\w-]+ ){0,2}?(?:are|is|remain|remains) (?:still )?(?:open|live|active)\b)"
        # Spanish ", y cuántos ...": a second count asked ("¿cuántas cuentas ..., y cuántos deals son en total?")
        r"|,\s+y\s+(?=cu[áa]nt[oa]s\b)"
        # "3 things: 1) team win rate YTD 2) how many open deals 3) top closer": items numbered in one line
        rf"|{NUMBERED.pattern}",
        re.IGNORECASE,
    )


BREAK = _breaks("many")
# ", and how much" starts a question of its own only beside a group's members ("which companies are in that group,
# and how much have we won from the group"); "who's X's parent, and how much from the parent itself" stays one
GROUP_BREAK = _breaks("(?:many|much)")
GROUP = re.compile(r"\b(?:group|subsidiar\w*|subs)\b", re.IGNORECASE)
