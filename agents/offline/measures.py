"""The figures a message asks for ("win rate", "average won deal size", "pipeline at list"), in the order it names
them, with the readings that depend on the rest of the message: a cycle in days, the mean win against the list
price, the list value of lost deals."""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline import money_bounds
from agents.offline.ratios import AVERAGE_OPEN, WON_LOST
from agents.offline.stage_share import LOSS_RATE, NEGATED_STAGE

# the part won of the deals decided either way is the win rate: "of the MG Special deals that got closed one way or the
# other, what % did we win?", "what share of my decided deals went our way"; not "% of won revenue"
_WON_OF_DECIDED = (
    re.compile(
        r" (?:%|percent|percentage|proportion|share|fraction|pct|ratio) (?!of (?:my |our |the )?(?:won )?revenue )"
        r"(?:[\w'-]+ ){0,12}?(?:won|win|wins|winners|went our way|we got|landed|converted)(?= )"
        r"| (?:won|win|wins|went our way) (?:[\w'-]+ ){0,8}?(?:as a |in )?(?:%|percent|percentage|pct) "
    ),
    re.compile(
        r" (?:got |were |was |been |have been |ve been )?(?:closed|decided|resolved|finished)(?: out)?"
        r"(?: (?:one way or (?:the )?other|either way|one way or another))? | won or lost | won (?:vs|versus) lost "
        r"| (?:one way or (?:the )?other|either way) "
    ),
)


def _won_of_decided(t: str) -> int | None:
    """Where ``t`` asks for the won part of the deals closed either way; "(won or lost)" only restates the whole,
    and "what % were losses" asks for the other part."""
    rest = re.sub(r" (?:won|wins|win) (?:or|and|/|&|vs|versus|nor) (?:not )?(?:lost|losses|loss) ", " ", t)
    part = _WON_OF_DECIDED[0].search(rest)
    lost = re.search(r" (?:%|percent|percentage|proportion|share|fraction|pct|ratio) (?:[\w'-]+ ){0,12}?"
                     r"(?:lost|losses|loss|lose|losers)(?= )", rest)  # fmt: skip
    if part is None or lost is not None or not _WON_OF_DECIDED[1].search(t):
        return None
    return part.start()


# a figure named only to be set aside: "(count not revenue)", "by deals rather than dollars"
_SET_ASIDE = re.compile(
    r" (?:not|rather than|instead of|as opposed to|and not) (?:by |the |in |on |just |total )?(?:won )?"
    r"(?:revenue|dollars|value|amount|money|count|number|deal count|how much)(?= )"
)

_COUNT_OF_STAGE = re.compile(r" (?:total|overall|combined) (won|lost|open|closed) (?:deals? |opps? |wins? )?count ")


def measures_of(t: str) -> tuple[str, ...]:
    """The measures named in a :func:`~agents.offline.lexicon.normalised` message, first named first."""
    t = _SET_ASIDE.sub(" ", t)
    t = _COUNT_OF_STAGE.sub(r" \1 deal count ", t)  # "total won deal count": how many, not the won revenue
    found = []
    for measure, cues in lx.MEASURES.items():
        position = lx.first_position(t, cues)
        if position is not None:
            found.append((position, measure))
    named = NEGATED_STAGE.sub(" ", t)  # "open pipe, leave out prospecting (engaging only)": no stage breakdown
    stage_count = sum(lx.has(named, w) for w in ("won", "lost", "engaging", "prospecting", "open"))
    if stage_count >= 3 and not any(m == "breakdown" for _, m in found):
        found.append((len(t), "breakdown"))
    if (sized := SIZED_PIPELINE.search(t)) and not any(m == "pipeline_value" for _, m in found):
        found.append((sized.start(), "pipeline_value"))  # "who has the smallest open pipeline": its value, no count
    if found and (listed := _PIPELINE_LISTED.search(t)) and not any(m == "pipeline_value" for _, m in found):
        found.append((listed.start(), "pipeline_value"))  # "my pipeline and win rate": the pipeline is a figure too
    if "avg_won_size" not in [m for _, m in found] and (
        mean_win := re.search(
            # the words between say what is averaged: not a duration ("avg engage-to-close on won deals": the cycle)
            r" (?:average|mean|typical|usual) (?:(?!engage|cycle|days? |time |duration |length |clos)[\w'-]+ ){0,3}?"
            r"(?:win|wins|won deal|won deals|closed-won deal"
            r"|closed-won deals|close-won deal|close-won deals|closed won deal|closed won deals|sale|sales|order"
            r"|orders|closed-won value|closed won value|close-won value|won value|won amount|won ones)"
            r"(?! (?:rate|cycle|time|days|percentage|ratio|volume|count|number))(?= )"
            # "what does an MG Advanced win usually come in at": what one win is worth, typically
            r"| (?:wins?|won deals?|sales?) (?:usually|typically|normally|tend to|tends to) (?:come|comes|land|lands)"
            r" (?:in )?(?:at|around)(?= )"
            # "my average closed-won GTX Pro deal": the won words before the product, the deal after it
            r"| (?:average|mean|typical|usual) (?:closed-won|closed won|close-won|won) (?:[\w'-]+ ){0,3}?"
            r"(?:deal|deals|sale|sales|order|orders)(?! (?:rate|cycle|time|days|count|number))(?= )"
            # "when I win an X deal, what's it typically worth": one win's usual worth
            r"| (?:win|won) (?:a |an |one )(?:[\w'-]+ ){0,4}?(?:deal|opp|sale|order) (?:[\w'-]+ ){0,3}?"
            r"(?:typically|usually|normally|generally|on average) worth(?= )"
            # "typical size of a deal I win", "mean close value of my wins": the measure, then the deals it is of
            r"| (?:average|avg|mean|typical|usual) (?:close |closing |closed |final |deal )?(?:size|value|amount|worth)"
            r" of (?:a |an |the |my |our |each |one |their |his |her )?(?:(?:won |closed-won |closed won )?deals? "
            r"(?:that )?(?:i|we|you|they|he|she) (?:win|won|close|closed)|wins?|won deals?)(?= )",
            t,
        )  # fmt: skip
    ):  # "the average Darcel Schlecht win on GTX Basic", "my average sale"
        found.append((mean_win.start(), "avg_won_size"))
    if (won_part := _won_of_decided(t)) is not None and not any(m == "win_rate" for _, m in found):
        found.append((won_part, "win_rate"))
    cycle = re.search(r" (average|how long|how many days|number of days|typically|usually|mean) (\w+ ){0,4}days? ", t)
    fast = re.search(
        r" (close|closes|closing|win|wins|convert|converts) (\w+ ){0,2}(fastest|quickest|slowest|fast|"
        r"quickly|slowly)| (fastest|quickest|slowest) (to (close|win)|closers?) "
        r"| (fastest|quickest|slowest)[ -](closing|converting|to-close) "  # "the fastest-closing products"
        r"| (longest|shortest) (time )?to (close|win) | (take|takes|took|taking) (the )?(most|fewest|least) days ",
        t,
    )  # "which office closes fastest"
    # "from engagement to close": the cycle named by its two ends
    ends = re.search(
        r" (engagement|engaging|engaged|engage) (date )?(to|until|till|through) (the )?(clos|win)"
        r"| between (the |their |its )?(engagement|engage) (date )?and (the |their |its )?clos(e|ing) date",
        t,
    )  # "the average gap between engage date and close date"
    if (cycle or fast or ends or re.search(r" days (to|until|till) (close|win)", t)) and not any(
        m == "avg_cycle_days" for _, m in found
    ):
        found = [(p, m) for p, m in found if m != "deals"] + [(-1, "avg_cycle_days")]
    elif re.search(r" (?:# of|number of|no of) days ", t) and not re.search(r" (?:# of|number of|no of) deals ", t):
        found = [(p, m) for p, m in found if m != "deals"]  # "avg # of days engage->close": days, not a count
    ticket = _TICKET.search(t) or _AVERAGED.search(t)
    if ticket and _WON_WORDS.search(t) and not any(m in ("avg_won_size", "avg_cycle_days") for _, m in found):
        found = [(p, m) for p, m in found if m != "won_revenue"] + [(ticket.start(), "avg_won_size")]
    if not _LOST_WORDS.search(t):  # "the sum of their close values", "the mean close value of those deals"
        for cue, measure in ((_CLOSE_VALUE_SUM, "won_revenue"), (_CLOSE_VALUE_MEAN, "avg_won_size")):
            if (said := cue.search(t)) and measure not in [m for _, m in found]:
                found.append((said.start(), measure))
    if not found and (tally := _STAGE_NOUNS.search(t)):
        found.append((tally.start(), "deals"))  # "my Q3 wins and Q3 losses, can u fill those in": the counts
    measures = [m for _, m in sorted(found)]
    if "avg_open_age_days" in measures:  # "how many days has each been sitting there": open deals' age, no cycle
        measures = [m for m in measures if m != "avg_cycle_days"]
    if "median_won_size" in measures:  # "the median, not the mean"
        measures = [m for m in measures if m not in ("avg_won_size", "won_revenue")]
        if _MEAN_TOO.search(t) or _MEAN_THEN_MEDIAN.search(t):
            measures.append("avg_won_size")  # "my median won deal, and the plain average too?": both
    summed = _CLOSE_VALUE_SUM.search(t) and not _LOST_WORDS.search(t)  # "(b) the sum of their close values"
    if "avg_won_size" in measures and "won_revenue" in measures and not lx.has(t, "revenue") and not summed:
        measures.remove("won_revenue")
    if "pipeline_value" in measures and "won_revenue" in measures and not lx.has(t, "revenue"):
        measures.remove("won_revenue")
    if "pipeline_value" in measures and not re.search(r" (open|pipeline|pipe) ", t):
        # "what do my wins average out to? against the list price", "how do my wins compare to list": the mean win
        # set against the mean list price of the same deals
        against = re.search(r" (compare|compared|comparing|against|vs|versus|relative to|stack up|measure up) ", t)
        if "avg_won_size" in measures:  # the mean win first: "against" it reads after it ("lists at what? and my avg")
            measures.remove("pipeline_value")
            measures.insert(measures.index("avg_won_size") + 1, "won_vs_list")
        elif against and re.search(r" (wins|won deals|won|closed deals|sold|sales|closed (?:at|for)|went for) ", t):
            measures[measures.index("pipeline_value") : measures.index("pipeline_value") + 1] = [
                "avg_won_size",
                "won_vs_list",
            ]
    against_list = r" (against|vs|versus|compared to|compared with|compare it to|relative to) (the )?(full )?list "
    if "avg_won_size" in measures and "won_vs_list" not in measures and re.search(against_list, t):
        measures.append("won_vs_list")  # "my average win versus list"
    if "won_vs_list" not in measures and WINS_AT_LIST.search(t):
        # "my won revenue as a % of what those deals were worth at list", "how many $ short of full list"
        measures[:] = [m for m in measures if m not in ("pipeline_value", "list_value")]
        measures += [m for m in ("won_revenue", "avg_won_size", "won_vs_list") if m not in measures]
    if _WORTH_OF_THEM.search(t) and not _VALUES & set(measures):
        value = "pipeline_value" if _OPEN_WORDS.search(t) else "won_revenue" if _WON_WORDS.search(t) else None
        measures += [value] if value else []  # "how many open at X and what are they worth": the count, its value
    return _worked_out(t, measures)


# the wins set against what they were worth at list, in total: "as a % of what those same deals were worth at list
# price", "how many $ short of full list price", "total at list vs what I actually closed"
WINS_AT_LIST = re.compile(
    r" (?:%|percent|percentage|pct|share) of (?:(?:the|their|its|full|what (?:those|the|they|these) (?:same )?"
    r"(?:deals )?(?:were|was) worth at) )*list(?: price)? "
    r"| how (?:many|much) (?:\$ |dollars )?(?:were we |are we |was it |is it |did we come |we came )?(?:short of|under"
    r"|below|off|less than|lower than|beneath) (?:the )?(?:full )?list"
    r"| (?:total )?at list(?: price)? (?:vs|versus|against|compared (?:to|with)) (?:what|actual)"
    r"| (?:realis|realiz)(?:e|ed|ing) (?:[\w'-]+ ){0,4}?of (?:the )?(?:full )?list"
)


# "my avg ticket on the ones I've won": the mean deal value, in sales slang
_TICKET = re.compile(r" (?:average|mean|typical|usual) (?:deal )?ticket(?: size)? ")
# "average" as the verb of what the won deals came to: "what did they average in $", "what do my wins average out at"
# (not "what did my team average in won deals per rep": a count per rep)
_AVERAGED = re.compile(
    r" (?:did|do|does|would) (?:[\w'-]+ ){0,3}?average(?: out)?(?: to| at| in| around)?(?: dollars| usd| value)?(?= )"
    r"(?! (?:[\w'-]+ )?(?:deals?|won|wins?|days?|per|count|number|reps?|months?|weeks?|quarters?) )"
)

# the CRM's "close value" (a won deal's amount; a lost one's is 0) summed or averaged: "the sum of their close values",
# "total close value", "the mean close value of those deals"
_CLOSE_VALUE = r"(?:the |their |its |those |these |our |my )?clos(?:e|ing|ed) (?:values?|amounts?)(?= )"
_CLOSE_VALUE_SUM = re.compile(
    rf" (?:sum|total|combined|aggregate)(?: of)? {_CLOSE_VALUE}| {_CLOSE_VALUE} (?:summed|added up|in total) "
)
_CLOSE_VALUE_MEAN = re.compile(rf" (?:average|avg|mean|typical)(?: of)? {_CLOSE_VALUE}")
_LOST_WORDS = re.compile(r" (?:lost|losses|loss|open|pipeline|pipe|engaging|prospecting) ")

# deals named by their outcome as nouns, which asks how many there were when no other figure is named
_STAGE_NOUNS = re.compile(r" (?:wins|losses) ")

# a pipeline said to be big or small: its value ("the biggest open pipeline", "whose pipe is smallest")
_SIZE = r"(?:biggest|largest|smallest|lowest|highest|fullest|heaviest|weakest|strongest|healthiest|emptiest)"
SIZED_PIPELINE = re.compile(
    rf" {_SIZE} (?:open |active |current |live )?(?:pipeline|pipe) "
    rf"| (?:pipeline|pipe) (?:is |was |looks )(?:the )?{_SIZE} "
    # pipeline as an amount held: "which rep has the most open pipeline", "less pipe than Vicki"; not "the most
    # pipeline deals" (a count)
    r"| (?:most|least|more|less) (?:open |active |current |live )?(?:pipeline|pipe)"
    r"(?! (?:deals?|opps?|opportunities|count|entries|items|lines) )(?= )"
    # the biggest part of a pipeline, which is money: "which product makes up the biggest chunk of my open pipeline"
    rf"| {_SIZE} (?:chunk|share|slice|part|portion|piece|bit) of (?:my |our |the |your |their |his |her )?"
    r"(?:open |active |current |live )?(?:pipeline|pipe) "
)

# the pipeline listed beside other figures: "my pipeline and win rate", "win rate, pipe and revenue for the team"
_PIPELINE_LISTED = re.compile(
    r" (?:pipeline|pipe) (?:and|&|plus|\+)(?= )"
    r"| (?:and|&|plus|\+) (?:my |our |the |team |his |her |their )?(?:open |current )?(?:pipeline|pipe)"
    r"(?= (?:$|and |& |plus |for |pls |please |this |last |in |at |\?))"
)
# the value of the deals just counted: "+ the total value", "and what are they worth", "what they add up to"
_WORTH_OF_THEM = re.compile(
    r" (?:the |their |its )?(?:total|combined|overall) (?:value|worth|amount) "
    r"| (?:what|how much) (?:are|were|is|was) (?:they|those|these|it|that|them) (?:all )?worth "
    r"| (?:what|how much) (?:they|those|these|it) (?:all )?(?:add|added|adds|come|came|comes) (?:up )?to "
)
# the mean asked beside the median: "and the plain average too", "and the mean, so I can see the skew"
_MEAN_TOO = re.compile(
    r" (?:and|also|plus|vs|versus|against|with|or|next to|beside|alongside|along with|compared to|compared with)"
    r" (?:the |a |its )?(?:plain |simple |regular |normal "
    r"|straight |arithmetic |ordinary )?(?:average|mean|avg) "
)
# "mean deal size and median deal size", "avg & median": the mean named first, beside the median, not set against it
_MEAN_THEN_MEDIAN = re.compile(
    r" (?:average|mean|avg) (?:[\w'-]+ ){0,3}?(?:and|plus|as well as|&|along with|with|vs|versus)"
    r" (?:the |a |its )?median "
)
_VALUES = {"won_revenue", "pipeline_value", "avg_won_size", "median_won_size", "weighted_pipeline", "won_vs_list"}
_OPEN_WORDS = re.compile(r" (?:open|pipeline|pipe|engaging|prospecting|active|live|in flight) ")
_WON_WORDS = re.compile(r" (?:won|win|wins|closed-won|close-won|booked|bookings) ")


def _worked_out(t: str, measures: list[str]) -> tuple[str, ...]:
    """A figure worked out from others stands in for the ones its words also name: "won:lost ratio" is neither the
    win rate nor a count, "the avg list price per open deal" is neither the pipeline total nor the mean win."""
    for pattern, derived, replaced in (
        (WON_LOST, "won_lost_ratio", {"win_rate", "deals", "breakdown"}),
        (AVERAGE_OPEN, "avg_open_value", {"avg_won_size", "pipeline_value", "won_vs_list", "won_revenue", "deals"}),
    ):
        if (found := pattern.search(t)) is not None:
            kept = [(t.find(f" {m} "), m) for m in measures if m not in replaced]
            measures = [m for _, m in sorted([*kept, (found.start(), derived)], key=lambda p: p[0])]
    # "win rate and loss rate": the loss rate beside another figure (alone, it is a stage share: stage_share.py)
    if measures and "loss_rate" not in measures and (lost := LOSS_RATE.search(t)) is not None:
        kept = [(lx.first_position(t, lx.MEASURES.get(m, ())) or -1, m) for m in measures]
        measures = [m for _, m in sorted([*kept, (lost.start(), "loss_rate")], key=lambda p: p[0])]
    return tuple(measures)


def without_company_size(t: str, text: str) -> str:
    """``t`` without a bound on the accounts' own revenue ("over $3bn in annual revenue"): it asks for no figure."""
    found = money_bounds.company_revenue(text)
    return t.replace(lx.normalised(found[1].group(0)), " ") if found else t


def for_the_stage(measures: tuple[str, ...], stage: str | None) -> tuple[str, ...]:
    """Measures read for the stage asked about: the cycle of the deals I lost, the list-price value of lost deals
    ("what did the deals I lost cost me at list price")."""
    if stage != "lost":
        return measures
    swap = {"avg_cycle_days": "avg_lost_cycle_days", "pipeline_value": "list_value"}
    return tuple(swap.get(m, m) for m in measures)
