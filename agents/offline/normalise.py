"""A chat message as the lower-case, single-spaced, padded words the cue tables are matched against: chat shorthand
and common typos spelled out ("hw many deels"), hyphenated pairs read apart ("still-open", "central-office"), French
and Spanish read in English, and a few phrasings put the way the readers expect them."""

from __future__ import annotations

import re

from agents.offline import french
from agents.offline.asides import UNDECIDED, plan_after_question
from agents.offline.gated import Gated, gated
from agents.offline.spanish import in_english
from agents.offline.tallies import as_most

_SHORTHAND = {"rev": "revenue", "yr": "year", "yrs": "years", "qtr": "quarter", "mo": "month", "avg": "average",
              "amt": "amount", "acct": "account", "accts": "accounts", "cust": "customer", "u": "you", "ppl": "people",
              "emps": "employees", "rn": "right now", "atm": "at the moment",  # chat: "anything open rn"
              # the sales words most often mistyped in chat: "hw many deels", "how mny", "oppurtunities"
              "hw": "how", "hwo": "how", "mny": "many", "manny": "many", "deels": "deals", "deel": "deal",
              "dealz": "deals", "oppurtunities": "opportunities", "oppurtunity": "opportunity", "revnue": "revenue",
              "reveune": "revenue", "recieved": "received", "engagin": "engaging", "engageing": "engaging",
              "enagaging": "engaging", "engagng": "engaging", "enaging": "engaging", "engauging": "engaging",
              "prospectin": "prospecting", "prospceting": "prospecting", "prosepcting": "prospecting",
              # colloquial size words: "my fattest win", "the juiciest deal", "the tiniest order"
              "fattest": "biggest", "juiciest": "biggest", "meatiest": "biggest", "beefiest": "biggest",
              "chunkiest": "biggest", "heftiest": "biggest", "tiniest": "smallest", "puniest": "smallest",
              "skinniest": "smallest", "thinnest": "smallest", "slimmest": "smallest",
              "leanest": "smallest", "most ancient": "oldest", "most elderly": "oldest", "crustiest": "oldest",
              "moldiest": "oldest", "mouldiest": "oldest", "dustiest": "oldest",
              "close-win": "close-won", "closed-win": "closed-won",
              "w": "with",  # "how does that compare w last quarter"
              "n": "and",  # "won rev n wr", "q3 n q4"
              "drft": "draft", "tot": "total", "sise": "size", "thx": "thanks", "thnx": "thanks",
              "v": "vs", "win rates": "win rate", "close rates": "close rate", "hit rates": "hit rate"}  # fmt: skip
# "did i loose", "we loose": the verb after its subject; "loose ends" and "a loose estimate" stay
_LOOSE_VERB = gated(r"\b(i|we|you|they|he|she|did|do|does|to|will|would|didn't|didnt) loose\b")


# "which" opening an aside about the noun before it: "a call (which ran over)", "the QBR, which dragged on"
_RELATIVE_WHICH = gated(
    r"(\(\s*)which\b(?! (?:of|one|ones|rep|reps|account|accounts|product|products|office|team|sector)\b)"
    r"|(,\s*)which\b(?= (?:ran|took|went|lasted|dragged|happened|came|turned|ended|started|meant|seemed|felt)\b)"
)


_OWNED = {"me": "are mine", "us": "are ours"}
_UNDECIDED = Gated(UNDECIDED)


# one pass for every shorthand: the longest spelling first, so "win rates" wins over a shorter key at its start
_SHORTHAND_WORDS = gated(r"\b(?:" + "|".join(map(re.escape, sorted(_SHORTHAND, key=len, reverse=True))) + r")\b")
_LATIN_ABBREVIATIONS = gated(r"\b(?:i\.e|e\.g)\b\.?")
_WIN_RATE_SHORT = gated(
    r"\bw/r\b|\bwin rt\b|\bwr\b(?= (?:ytd|qtd|mtd|q[1-4]|this|last|for|in|on|by|pls|plz|please|too|so far)\b"
    r"| ?[?!.]*$)|(?:(?<=\bhis )|(?<=\bher )|(?<=\band )|(?<=\bn )|(?<=& ))wr\b"
)  # "my w/r", "wr mtd?", "won rev n wr pls"
_BARE_DOLLAR = gated(r"\$(?!\d|[.,]\d)")
_NOT_A_WORD = re.compile(r"[^a-z0-9#%&'-]+")
_QUOTED_WORD = gated(r"(?<![a-z0-9])'([a-z0-9-]+)'(?![a-z0-9])")
_POSSESSIVE = gated(r"'s\b")
# "still-open", "not-yet-closed": an adverb hyphened to its word reads as the two words
_ADVERB_HYPHEN = gated(
    r"\b(still|currently|already|newly|recently)-(?=[a-z])|\b(not|yet)-(?=(?:yet-)?(?:closed|decided)\b)"
)
# "lost-deal count", "won-opp total", "open-deal list": a stage hyphened to its noun reads as the two words
# "lost-deal count", "central-office win": the two words read apart
_STAGE_HYPHEN = gated(
    r"\b(won|lost|open|closed|engaging|prospecting)-(?=(?:deals?|opps?|opportunit(?:y|ies))\b)"
    r"|\b(central|east|west|eastern|western)-(?=(?:office|region|team|based)\b)"
)
_ORDINAL_HYPHEN = gated(r"\b(second|third|fourth|fifth|2nd|3rd|4th|5th)-(?=\w+est\b)")
# "best-selling product", "top-performing rep", "worst-converting office": the superlative read as its own word
_RANKED_HYPHEN = gated(
    r"\b(best|top|worst|bottom|highest|lowest|fastest|slowest|biggest)-(?=(?:selling|performing|earning|converting"
    r"|grossing)\b)"
)
_MY_TOP_BY = gated(r"\bmy top (\d+|two|three|four|five|ten) (by|on|for|in)\b")
# "which companies sit under them": the verb between may be left out or be any of sitting, falling, being
_COMPANIES_UNDER_IT = gated(r"\b(?:all )?(?:of )?(?:the )?(?:companies|cos|firms|businesses|entities|brands)"
                                 r" (?:(?:sit|sits|sitting|fall|falls|are|is|come|comes) )?(?:under|beneath|below"
                                 r"|owned by) (?:it|them)\b")  # fmt: skip
# a heap of deals is a count: "who's got the biggest pile", "the largest backlog" ask for the most deals
_BIGGEST_PILE = gated(r"\b(?:biggest|largest) (?:pile|stack|heap|backlog|bunch)\b")  # no "tallest mountain"
# a rep ranked by what they bring in: "the 2 lowest earners this year", "who was the top earner in Q3"
# "the most I've ever closed one for", "the least we sold it for": one won deal's value at an end; "the lowest and
# the highest we've closed one for" asks both ends (a spread)
_MOST_SOLD_FOR = gated(
    r"(?<!\band )\bthe (most|highest|biggest|least|lowest|smallest) (?:that )?(i|we)(?:'ve| have| ve)?(?: ever)? "
    r"(?:closed|sold|won|gotten|got|landed) (?:one|it|a deal|one of them|them|an? [\w-]+(?: [\w-]+)?) for\b"
)
_ENDS = {"most": "largest", "highest": "largest", "biggest": "largest", "least": "smallest", "lowest": "smallest",
         "smallest": "smallest"}  # fmt: skip
# GTX, MG, GTK: "which product series"; a "product line" is one product (qa_blind57 reads it so)
_PRODUCT_SERIES = gated(r"\bproduct series\b")
# "top closer by won $": a rep; not "closer to quota"
_CLOSERS = gated(r"\b(top|best|biggest|leading|star|strongest|worst|weakest|bottom|#1|number one) closers?\b")
_EARNERS = gated(r"\b(?:money[- ]?makers?|revenue[- ]?generators?|earner(s)?)\b")
_BELONG_TO_ME = gated(r"\b(?:belong|belongs|belonging) to (me|us)\b")
_SPACES = re.compile(r"\s+")
_ARROW = re.compile(r"\s*(?:->|→|=>|-->)\s*")
# "my pipeline $", "tot pipe $ @ list": the dollars of the pipeline are its value, not won revenue
_PIPE_DOLLARS = gated(r"\b(?:open )?(?:pipeline|pipe)s? (?:dollars|dollar value|dollar amount)\b")
# what a seller carries is their open pipeline: "what am I carrying into jan", "what's the team carrying into 2018"
# (the period is where it goes, not the deals' dates: agents.offline.open_then reads "carrying into")
_CARRYING = gated(
    r"\b(?:what|how much(?: pipe| pipeline)?) (?:(?P<me>am i|i am|im|i m)|(?P<we>are we|we are|we re)"
    r"|(?P<team>is (?:the|my) team|s (?:the|my) team)) (?:still )?carrying\b"
)
_CARRIER = {"me": "my", "we": "our", "team": "my team"}
# digits for words in chat: "# won q2 vs q3 4 me pls", "hold it 4 my ok", "a thx note 2 Hottechi"; not "top 4 my
# reps" or "q4 me" (a figure), nor "send 2 emails" (a count)
_FOR_DIGIT = gated(
    r"(?<!\btop)(?<!\bbottom)(?<!\bfirst)(?<!\blast)(?<!\bthe) 4 (?=(?:me|my|us|our|you|him|her|them)\b)"
)
_TO_DIGIT = gated(
    r"\b(note|notes|email|e-mail|mail|msg|message|reply|letter|thanks|intro|text|dm|reminder|follow-up|followup"
    r"|nudge|invite|recap|summary|update) 2 (?!\d)"
)


def normalised(text: str) -> str:
    """Lower-case words separated by single spaces, padded, for phrase search."""
    lowered = in_english(french.in_english(text.lower())).replace("’", "'").replace("w/o", "without")
    lowered = _LATIN_ABBREVIATIONS.sub(" ", lowered)  # "i.e." is no "I"
    # "(which ran 40 min over)": an aside, not "which rep"
    lowered = _RELATIVE_WHICH.sub(lambda m: m.group(1) or m.group(2), lowered)
    lowered = _WIN_RATE_SHORT.sub("win rate", lowered).replace("w/", "with ")  # "my w/r": chat shorthand
    if "->" in lowered or "→" in lowered or "=>" in lowered:  # the pattern tries every place; this looks once
        lowered = _ARROW.sub(" to ", lowered)  # "engage->close": from one to the other
    lowered = _BARE_DOLLAR.sub(" dollars ", lowered)  # "how much $ all together", "most won $, name": no figure
    cleaned = _NOT_A_WORD.sub(" ", lowered)
    cleaned = _QUOTED_WORD.sub(r"\1", cleaned)  # "a 'weighted' forecast"
    cleaned = _POSSESSIVE.sub("", cleaned)  # "office's" reads as "office"
    cleaned = _ADVERB_HYPHEN.sub(lambda m: f"{m[1] or m[2]} ", cleaned)  # "still-open"
    cleaned = _STAGE_HYPHEN.sub(lambda m: f"{m[1] or m[2]} ", cleaned)  # "lost-deal count", "central-office win"
    cleaned = _ORDINAL_HYPHEN.sub(r"\1 ", cleaned)  # "3rd-largest"
    cleaned = _RANKED_HYPHEN.sub(r"\1 ", cleaned)  # "best-selling"
    cleaned = _SHORTHAND_WORDS.sub(lambda m: _SHORTHAND[m[0]], cleaned)
    cleaned = _PIPE_DOLLARS.sub("pipeline value", cleaned)
    cleaned = _CARRYING.sub(lambda m: f"what is {_CARRIER[m.lastgroup or 'me']} open pipeline carrying", cleaned)
    cleaned = _TO_DIGIT.sub(r"\1 to ", _FOR_DIGIT.sub(" for ", cleaned))
    cleaned = _LOOSE_VERB.sub(r"\1 lose", cleaned)
    cleaned = _BIGGEST_PILE.sub("most deals", cleaned)
    cleaned = _CLOSERS.sub(r"\1 rep", cleaned)  # "top closer this year"
    cleaned = _PRODUCT_SERIES.sub("series", cleaned)  # "which product series": the series
    cleaned = _MOST_SOLD_FOR.sub(lambda m: f"{'my' if m[2] == 'i' else 'our'} {_ENDS[m[1]]} won deal", cleaned)
    cleaned = _EARNERS.sub(lambda m: f"{'reps' if m[1] else 'rep'} by won revenue", cleaned)  # "the top earner in Q3"
    # a manager's "rank my top 3 by deals won": the top reps of their team
    cleaned = _MY_TOP_BY.sub(r"the top \1 reps on my team \2", cleaned)
    cleaned = _COMPANIES_UNDER_IT.sub("its subsidiaries", cleaned)  # "Acme plus all the companies under it"
    # "which of the open X deals belong to me": whose deals they are, not a company's parent
    cleaned = _BELONG_TO_ME.sub(lambda m: _OWNED[m[1]], cleaned)
    cleaned = as_most(_UNDECIDED.sub(" open ", f" {cleaned} "))
    return " " + _SPACES.sub(" ", cleaned).strip() + " "


def without_plan(t: str, text: str) -> str:
    """``t`` (normalised ``text``) without the asker's own plan told after the question ("who owns it? want to ping
    them first"), which neither asks for anything nor says whose deals."""
    plan = plan_after_question(text)
    return t.replace(normalised(plan).rstrip(), " ") if plan else t
