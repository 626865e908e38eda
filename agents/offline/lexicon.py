"""The words that signal what a sales question asks for. Cues are matched on whole words or phrases
of the tokenised message, so "win rate" and "won" never collide by accident."""

from __future__ import annotations

import re

from agents.offline.asides import without_team_set_aside
from agents.offline.normalise import normalised as normalised  # the readers call it as lx.normalised

# measure -> phrases that ask for it (first match in the message decides the order of the answer)
MEASURES: dict[str, tuple[str, ...]] = {
    "win_rate": ("win rate", "winrate", "win %", "win pct", "win percentage", "close rate", "hit rate",
                 "win ratio", "success rate", "conversion rate", "conversion", "winning percentage", "winning rate",
                 # how well deals convert, or the rate by its formula: "convert best", "won/(won+lost)"
                 "convert best", "converts best", "converting best", "convert the best", "convert worst",
                 "converts worst", "convert the worst", "best converter", "worst converter", "won won lost",
                 "won won plus lost", "wins wins losses", "won divided by won plus lost", "converts the lowest",
                 "convert the lowest", "converts the highest", "convert the highest", "share of won vs lost",
                 "share of won versus lost", "share of won to lost", "won vs lost share"),
    "median_won_size": ("median", "middle deal", "midpoint"),
    # derived figures: the pipeline weighted by the win rate, how long open deals have sat, a quota's attainment
    "weighted_pipeline": ("weighted", "weighted forecast", "weighted pipeline", "weighted pipe", "risk-adjusted",
                          "risk adjusted", "probability-weighted", "multiply", "multiplied", "times my win rate",
                          "times the win rate", "times our win rate"),
    "avg_open_age_days": ("been there", "been sitting", "been open", "sitting there", "been in engaging",
                          "days old", "age of", "aging", "ageing", "been stuck"),
    "attainment": ("attainment", "quota", "target", "goal"),
    "avg_won_size": ("average size", "average won size", "average value",
                     "avg won deal size", "average won deal size", "avg deal size", "average deal size",
                     "avg won deal", "average won deal", "avg deal value", "average deal value",
                     "typical deal size", "mean deal size", "avg deal", "average deal",
                     # "what do my wins average out to per deal", "the average win"
                     "average out to", "averages out to", "average out", "averages out", "per deal on average",
                     "on average per deal", "average per deal", "average per win", "typical win",
                     # what a customer pays on a typical win: "what people usually end up paying for MG Advanced"
                     "usually end up paying", "typically end up paying", "normally end up paying", "usually pay",
                     "typically pay", "normally pay", "pay on average", "paid on average"),
    "avg_cycle_days": ("sales cycle", "cycle time", "how many days", "how long", "days to close", "average cycle",
                       "time to close", "days does it take", "days it takes", "days to win",
                       # the cycle by its two ends, or as one duration set against another
                       "engage-to-close", "engage to close", "engaged-to-closed", "take longer", "takes longer",
                       "took longer", "take less time", "takes less time", "longer to close", "quicker to close"),
    "pipeline_value": ("pipeline worth", "pipeline value", "pipe worth", "list price", "pipeline is worth",
                       "worth at list", "value of my open", "value of our open", "open pipeline value", "at list",
                       "list value", "at full list", "total pipeline", "total pipe", "pipeline total", "lists at",
                       "listed at", "lists for", "listed for"),
    "won_revenue": ("revenue", "how much have", "how much did", "how much has", "how much we",
                    "how much i", "brought in", "bookings", "booked", "did i book", "did we book", "closed-won",
                    "closed won", "close-won", "close won", "sales volume", "total won",
                    "amount won", "dollars", "made", "earned", "closed-won value",
                    # what the wins came to in money: "what did the wins add up to", "what do my Q4 wins come to"
                    "wins add up to", "wins added up to", "wins adds up to", "wins come to", "wins came to",
                    "wins come out to", "wins came out to", "wins total", "wins totaled", "wins totalled"),
    "breakdown": ("pipeline summary", "where do we stand", "where we stand", "breakdown", "by stage",
                  "status of", "how are we doing with", "how's it going with", "summary"),
    "deals": ("how many", "number of", "count of", "# of", "no of", "how much deals", "deal count", "deals count",
              "win count", "wins count", "opp count", "won count", "lost count", "loss count", "losses count",
              "open count", "count please", "count pls", "just the count", "the count please",
              # chat shorthand, "#" for a count: "# won q2 vs q3 for me pls", "# deals open"
              "# won", "# wins", "# deals", "# lost", "# losses", "# closed", "# open", "# opps"),
}  # fmt: skip

# both ends of what won deals closed for: "the lowest and the highest we've closed one for", "min and max deal size"
_LOW = r"(?:lowest|smallest|min|minimum|cheapest)"  # not "least"/"most": "the most and least wins" are counts
_HIGH = r"(?:highest|biggest|largest|max|maximum)"
# "lowest and highest", "the range, lowest to highest price we got", "price range"; not a "date range"
SPREAD = re.compile(
    rf" {_LOW} (?:and|to) (?:the )?{_HIGH} | {_HIGH} (?:and|to) (?:the )?{_LOW} | (?:price|deal size|value) range "
    r"| (?:the|a) range (?!of dates|of days|of months)"
)

STAGE_WORDS: dict[str, str] = {
    "open": "open", "active": "open", "live": "open", "in flight": "open", "pipeline": "open", "pipe": "open",
    "won": "won", "win": "won", "wins": "won", "winning": "won", "did i book": "won", "did we book": "won",
    "bookings": "won", "closed won": "won", "closed-won": "won", "close-won": "won", "close won": "won",
    "booked": "won", "bought": "won", "buy": "won", "purchased": "won",  # the customer's side of a win
    "sold": "won", "did we sell": "won", "did i sell": "won", "did he sell": "won", "did she sell": "won",
    "over the line": "won", "across the line": "won", "got signed": "won",  # "the last deal I got over the line"
    "brought in": "won", "lost": "lost", "loss": "lost", "losses": "lost", "lose": "lost", "losing": "lost",
    "closed lost": "lost",
    "loosing": "lost",  # the everyday misspelling: "which product are we loosing the most of"
    "closed": "closed",
    "engaging": "engaging", "prospecting": "prospecting", "prospects": "prospecting",
}  # fmt: skip

ENGAGE_DATE_CUES = (
    r"start(?:ed)? engaging",
    r"began engaging",
    r"engaged (?:in|during|last|this|on)",
    # "how many deals did I engage in Q3"
    r"(?:did|do|have|has|had) (?:i|we|you|they|he|she|[a-z]+) (?:\w+ )?engage (?:in|during|last|this|on)",
    r"got engaged",
    # a move into the stage in a period is its engage date: "got the most new deals into engaging in Q4"
    r"(?:into|to|reached|entered|hit) (?:the )?engaging(?: stage)? (?:in|during|last|this|on)",
    r"(?:first|initially|originally) engag(?:e|ed|ing)(?!ment)",  # "deals I first engaged in Q3 '17"
    r"engage date",
    r"engag(?:e|ed) (?:the )?(?:most|fewest|least|more|fewer) ",  # "which month did we engage the most deals"
    r"new deals",
    r"deals (?:were )?(?:started|created|opened)",
    # not "since the quarter started" (a period), nor a person who started ("leave elizabeth out she just started",
    # "he only started monday"): a new hire, not a deal's engage date
    r"(?<!quarter )(?<!month )(?<!year )(?<!week )(?<!just )(?<!only )(?<!recently )(?<! she )(?<! he )(?<!who )"
    r"(?<!she's )(?<!he's )started",
    # "deals my reps pushed into the engaging stage this quarter": the move is dated, whatever the stage now
    r"(?:mov|push|brought|bring|got|get|put|advanc|progress|took|take|turn|convert|graduat|shift|transition|promot)"
    r"[a-z]* (?:[\w'-]+ ){0,3}?(?:in)?to (?:the )?engag(?:ing|ed)(?: stage| phase| status)?",
    r"went (?:in)?to (?:the )?engaging(?: stage| phase)?",
    r"(?:entered|reached|hit|made it to) (?:the )?engaging(?: stage| phase)?",
    r"(?:engaging|engaged) (?:before|since|after|prior to|earlier than)",  # "already engaging before 1 July"
)

LIST_CUES = ("list", "list out", "show me the deals", "show me my deals", "which deals", "what deals",
             "which opps", "what opps", "names of")  # fmt: skip
OLDEST_CUES = ("oldest", "longest", "been sitting", "stalest", "earliest", "furthest back", "farthest back",
               "longest ago", "back the furthest", "back the farthest", "back furthest", "back farthest")  # fmt: skip
LARGEST_CUES = ("biggest", "largest", "highest value", "most valuable", "max", "top deal", "best deal")
SMALLEST_CUES = ("smallest", "tiniest", "lowest value", "least valuable", "cheapest", "teeniest", "littlest")
RECENT_CUES = ("latest", "most recent", "recently", "newest", "last deal")
# one closed deal picked by when it closed or how long it took: "my very first win of 2017", "the last deal I lost",
# "which win took the longest from engage to close"
_EVENT_NOUN = r"(?:deal|deals|win|wins|loss|losses|sale|sales|order|opp|opportunity|one|customer|account)"
# "last quarter", "first half", "the final week": a period, not the event ("last quarter? one number per rep")
_NOT_A_PERIOD = r"(?!(?:quarter|quarters|qtr|month|months|year|years|yr|week|weeks|half|fiscal|fy|day|days|\d+)\b)"
FIRST_EVENT = re.compile(rf" (?:very )?(?:first|earliest) {_NOT_A_PERIOD}(?:\w+ )?{_EVENT_NOUN} | (?:the )?first time ")
LAST_EVENT = re.compile(
    rf" (?:very )?(?:last|latest|most recent|newest|final) {_NOT_A_PERIOD}(?:\w+ )?{_EVENT_NOUN} "
    r"(?!(?:of the|in the) (?:month|quarter))"
    r"| (?:the )?(?:last|latest|most recent) time | when did (?:\w+ ){1,3}last "  # "the last time anyone won at X"
    # "what cancity last bought from me", "what did they most recently order": the latest win, what and for how much
    r"| what (?:did )?(?:\w+ ){1,3}(?:last|most recently) (?:buy|bought|order|ordered|purchase|purchased|sign|signed) "
    r"| (?:last|latest|most recent) (?:thing|purchase|product) (?:\w+ ){1,3}(?:bought|ordered|purchased) "
)
LONGEST_CYCLE = re.compile(
    # ... said by a non-native speaker too: "which won deal needed the most long time for close"
    r" (?:took|takes|take|taking|dragged|dragging|sat|was|needed|needs|need|spent|lasted|ran) (?:\w+ )?(?:the )?"
    r"(?:longest|most time|most days|slowest|most long time|longest time|more long time) "
    r"| (?:longest|slowest) (?:sales )?(?:cycle|to close|to win|to get|to land) "
)
SHORTEST_CYCLE = re.compile(
    r" (?:took|takes|take|was|needed|needs|need|spent) (?:\w+ )?(?:the )?(?:shortest|least time|fewest days|quickest"
    r"|fastest|less time|shortest time) "
    r"| (?:shortest|quickest|fastest) (?:sales )?(?:cycle|to close|to win|to land) "
)

FACT_CUES: dict[str, tuple[str, ...]] = {
    "subsidiaries": ("subsidiaries", "subsidiary", "subs", "roll up", "rolls up", "owned by", "children", "daughter",
                     "whole group", "entire group", "group total", "parent and subs", "parent and subsidiaries",
                     "own any", "owns any", "own other", "owns other", "companies it owns", "companies they own",
                     "sit under", "sits under", "sitting under", "fall under", "falls under", "come under",
                     "comes under"),
    "parent": ("parent", "owns them", "owner company", "belong to", "part of", "company owns", "firm owns",
               "owned by which", "owned by what"),
    "sisters": ("sister company", "sister companies", "sisters", "sister firms", "siblings", "sibling companies"),
    "sector": ("sector", "industry", "vertical", "what kind of company", "line of business"),
    "headquarters": ("hq", "headquarters", "headquarter", "headquartered", "based", "located", "where is", "country"),
    "employees": ("employees", "headcount", "head count", "staff", "how big", "people work", "size of", "workforce",
                  "staff count", "employee count", "how many people do", "how many people does"),
    "company_revenue": ("annual revenue", "turnover", "company revenue"),
    # the year it started, however put: "founding yr", "year of founding", "since inception"
    "established": ("established", "founded", "how old", "founding", "year of founding", "incorporated",
                    "inception", "were they set up", "was it set up", "were set up", "was set up", "been around",
                    "were they formed", "was it formed", "year they started", "year it started", "been in business",
                    "existed"),
    "contacts": ("contact", "contacts", "who do we talk to", "point of contact"),
}  # fmt: skip

# the reps however named: "which seller", "who was our top performer"
_REP_WORDS = ("rep", "reps", "salesperson", "salespeople", "agent", "agents", "seller", "sellers", "performer",
              "performers", "who", "whose")  # fmt: skip
GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "rep": _REP_WORDS,
    "account": ("account", "accounts", "customer", "customers", "client", "clients", "companies", "company"),
    "series": ("series", "product series"),  # GTX, MG, GTK: "which product series made me the most"
    "product": ("product", "products"),
    "sector": ("sector", "sectors", "industry", "industries", "vertical", "verticals"),
    "office": ("office", "offices", "region", "regions", "regional offices"),
    "country": ("country", "countries", "nation", "nations"),  # where the accounts are headquartered
    "manager": ("team", "teams", "manager", "managers"),
    "month": ("month", "months"),
    "quarter": ("quarter", "quarters"),
    "weekday": ("day of the week", "days of the week", "weekday", "weekdays", "day of week", "which day", "what day"),
}
# the words of a period, which name no dimension: "this quarter", "last month", "the month before last"
PERIOD_WORDS = re.compile(
    r" (?:this|last|next|current|previous|prior|that|the same) (?:month|quarter) "
    r"| (?:month|quarter) (?:before last|ago|to date) | \w+ (?:months|quarters) ago "
)
# a count asked for by its comparative or its question ("the most deals", "fewer wins", "how many opps") or by its
# deals' outcome ("bringing up the rear for deals won"): rankings, comparisons and changes then count deals, not money
COUNT_ASKED = re.compile(
    r" (?:most|fewest|least|more|fewer|number of|count of|how many) (?:\w+ ){0,2}"
    r"(?:deals|opps|opportunities|wins|losses|sales) "
    r"| (?:for|on|in|by) (?:deals|opps) (?:won|closed|lost) "
)
# "who on my team is behind?", "who's falling behind", "which reps are struggling": the bottom of a ranking ("right
# behind Darcel" is second place, so "behind" alone is not one)
BEHIND = ("is behind", "are behind", "who behind", "falling behind", "fallen behind", "fell behind", "struggling",
          "underperformers", "behind the rest", "behind everyone")  # fmt: skip
RANK_CUES = ("which", "top", "best", "highest", "most", "#1", "number one", "no 1", "leader", "leading",
             "rank", "ranking", "leaderboard", "worst", "lowest", "least", "who", "laggard", "laggards",
             "crushing it", "killing it", "bottom", "strongest", "weakest", "fewest", "fastest", "quickest",
             "slowest", "shortest", "lagging", "trailing", "underperforming", "bringing up the rear", "dead last",
             "in last place", "at the back", *BEHIND)  # fmt: skip
COMPARE_CUES = ("compare", "across", "by", "per", "each", "split", "breakdown by", "vs", "versus")
# "whose conversion is lagging most", "who's trailing": the bottom of the ranking
ASCENDING_CUES = ("worst", "lowest", "least", "bottom", "laggard", "laggards", "weakest", "fewest", "smallest",
                  "lagging", "trailing", "underperforming", "bringing up the rear", "dead last", "in last place",
                  "at the back", "furthest behind", "farthest behind", "most behind", "furthest back",
                  *BEHIND)  # fmt: skip
# for a cycle in days, fast means few: "which office closes its wins fastest"
FAST_CUES = ("fastest", "quickest", "shortest", "speediest", "least time", "fewest days")

SELF_WORDS = ("i", "my", "mine", "myself", "i've", "im", "i'm", "i'd", "ive")
TEAM_WORDS = (
    "my team",
    "my whole team",
    "my entire team",
    "my reps",
    "our team",
    "my team's",
    "my people",
    "my guys",
    "my group",
    "my squad",
    "my crew",
    "my direct reports",
    "my directs",
    "my reports",
    "my sellers",
    "my salespeople",
    "my agents",
    "my org",
)
# "the team's won revenue", "total for the whole team": the asker's team, as "my team" is (not "which team")
_THE_TEAM = re.compile(
    r" (?:for|on|in|across|of|from|within|over) the (?:whole |entire )?team (?!channel|chat|call|meeting|thread|slack)"
    r"|\bthe (?:whole |entire )?team['’]s\b"
    # the team as the one asked after: "how's the team doing this qtr vs last", "is the team on track", "how did the
    # team do in Q3" (normalised "how's" is "how")
    r"|\b(?:how|hows|how is|how are|how was|how did|how does|how has|how have|how d|is|was|are) (?:the|our) team"
    r" (?:doing|do|done|going|looking|tracking|trending|performing|faring|shaping up|holding up|on track|on pace)\b"
    r"|\bteam[- ]?wide\b"  # "team-wide, our average cycle?": the asker's team, as "company-wide" is the company
    r"|^\W*team['’]s\b"  # "team's won rev nov vs dec?": the message opens on the asker's team
    # the people who report to the asker: "of the reps reporting to me", "everyone who reports to me", "reps under me"
    r"|\b(?:reps|people|folks|sellers|salespeople|agents|guys|ones|everyone|everybody|those|team members)"
    r" (?:who |that )?(?:report|reports|reporting|directly reporting)(?: directly)? (?:in )?to me\b"
    r"|\b(?:reps?|people|person|folks|sellers?|salespeople|agents?) (?:under|below) me\b"
    # "team w/r since july?", "team bookings in q3", "h1 vs h2 - team won revenue": a terse message or clause opening
    # on "team" and a figure; typed on a phone as "teams open pipe" too, the possessive's apostrophe dropped (not
    # "teams won the most?": the teams ranked)
    r"|(?:^|[-–—:;,(])\W*team(?:s|['’]s|s['’])? (?!\w+ (?:the )?(?:most|more|least|fewest|best|worst)\b)"
    r"(?=(?:sales )?(?:w/r|win rate|wins|won|losses|lost|pipe|pipeline|revenue|rev|bookings"
    r"|booked|numbers|nums|quota|avg|average|total|cycle|closed|close-won|closed-won|open|deals|opps|results|figures|stats"
    r"|conversion|close rate|performance)\b)"
)


def engaged_when(t: str) -> bool:
    """Whether the message dates deals by when they were engaged ("deals engaged in March", "engage the most")."""
    return any(re.search(f" {cue}", t) for cue in ENGAGE_DATE_CUES)


def means_my_team(t: str, text: str) -> bool:
    """Whether the message is about the asker's team: "my team" and its siblings, or "the team's"."""
    t, raw = (without_team_set_aside(s) for s in (t, f" {text.lower()} "))
    return any(has(t, w) for w in TEAM_WORDS) or any(_THE_TEAM.search(s) for s in (t, raw.strip()))


COMPANY_WORDS = ("company wide", "company-wide", "companywide", "overall", "whole company", "all reps",
                 "everyone", "across the company", "we", "we've", "our", "us", "total")  # fmt: skip
# deals with no customer on record, however the gap is put: "missing a customer", "no client attached", "not linked
# to an account" (or "never"/"weren't"/"hasn't been" linked), "customer field is blank"; not "customers with no
# deals" (the customer is there)
NO_ACCOUNT = re.compile(
    r" (?:missing|without|with no|no|lack|lacking|lacks|having no|has no|have no"
    r"|(?:don'?t|doesn'?t|do not|does not)(?: even| yet| actually| really| still)? have"
    r"|(?:not|never|isn'?t|aren'?t|wasn'?t|weren'?t|hasn'?t|haven'?t)"
    r"(?: been| yet| ever| got| even)* (?:linked|attached|tied|assigned|mapped|connected|associated) (?:to|with))"
    r" (?:a |an |any )?(?:customer|account|client|company)"
    r"(?: name| record| attached| assigned| linked| field| set)?(?! (?:has|have|had|is|was|wants|bought|signed)) "
    r"| (?:missing|blank|empty|unfilled) (?:customer|account|client|company)(?: name| field| column)? | unassigned "
    r"| (?:customer|account|client|company) (?:name |field |column |box |slot )?(?:is |are |was |were |has been "
    r"|have been |been |left |still |sitting |currently |got )*(?:blank|empty|not set|unset|null|unfilled|unpopulated"
    r"|not filled(?: in| out)?|not populated|not entered|left off|n/a|tbd) "
    r"| (?:customer|account|client|company) (?:name |field )?(?:is |are |still )*missing (?=from |on |$)"
    # the field never filled: "where the account hasn't been entered", "accountless", "nobody put in the account"
    r"| (?:customer|account|client|company) (?:name |field )?(?:hasn'?t|haven'?t|has not|have not|wasn'?t|weren'?t"
    r"|was not|were not|never) (?:been )?(?:filled|entered|set|populated|added|put|recorded|logged) "
    r"| (?:customer|account|client|company)-?less "
    r"| (?:nobody|no one|noone|no-one) (?:has |had |ever |even |actually |yet )*(?:put|entered|filled|added|set"
    r"|logged|attached|assigned) (?:in |out )?(?:a |an |the )?(?:customer|account|client|company) "
    # an "orphaned" opportunity is one with no account; every deal here has an owner
    r"| orphan(?:ed)? (?:open )?(?:deals?|opps?|opportunit(?:y|ies)|pipeline) "
    r"| (?:deals?|opps?|opportunit(?:y|ies)) (?:that |which )?(?:are |were |is |was |sit |sitting )+orphaned "
    r"(?!when |after |since |because |by )"
    r"| missing (?:their|its|the|an?) (?:customer|account|client|company) "
)


def no_account_cue(t: str) -> str | None:
    """The words of ``t`` (normalised) asking for deals with no account, for :func:`scope.excluded` to weigh."""
    found = NO_ACCOUNT.search(t)
    return found.group(0).strip() if found else None


# Other vendors (LABELS.md names the ones customers bring up). The CRM holds only our own deals, so their win rate,
# pipeline or revenue is not something the data can answer, whatever account the question also names.
COMPETITORS = {
    "quorvia": "Quorvia",
    "stackline": "Stackline",
    "brightwave": "Brightwave",
    "lumora": "Lumora",
    "tellurix": "Tellurix",
    "northpeak": "NorthPeak",
    "north peak": "NorthPeak",
    "kestrel": "Kestrel CRM",
}
_RIVALS = r"(?:competitor|competitors|competition|rival|rivals)"
# "the competition's win rate", "how much pipeline do our rivals have", "competitors' revenue against us"
RIVAL_FIGURES = re.compile(
    rf" {_RIVALS}'? (?:win rate|pipeline|pipe|revenue|deals|numbers|figures|market share|sales|quota) "
    rf"| (?:do|does|did) (?:our |the |any )?{_RIVALS} (?:have|win|make|book|close|get) "
    rf"| {_RIVALS} .*?(?:against|vs|versus) us "
)

# "is the Hatfan deal in trouble", "any risks on my deals?": the deal_risk tool
RISK_CUES = ("at risk", "risk", "risks", "risky", "at-risk", "in trouble", "trouble", "red flag", "red flags",
             "warning signs", "warning sign", "going cold", "gone cold", "gone quiet", "going quiet", "slipping",
             "in danger", "in jeopardy", "worried about", "worry about", "be worried", "worrying", "wobbling",
             "off track", "stalling", "stalled")  # fmt: skip
# a worry waved away is no risk question: "don't worry about the format", "no need to worry about Q4"
REASSURED = re.compile(
    r" (?:don't|don t|dont|do not|no need to|not|never|stop) (?:\w+ )?(?:worry|worried|worrying)(?= )"
)
# "what should I do about Cancity?", "next steps on my deals": the next_best_action tool
ACTION_CUES = ("what should my team do", "what should my reps do",
               "what should i do", "what should we do", "what do i do", "what can i do", "what shall i do",
               "next best action", "next best actions", "next best step", "next step", "next steps", "what next",
               "what's next", "whats next", "how do i save", "how can i save", "how do we save", "how to save",
               "how do i rescue", "how can i rescue", "how do i unblock", "how can i unblock", "how do i move",
               "how can i move", "how should i handle", "how do i handle", "how should i approach",
               "what do you suggest", "what do you recommend", "what would you do", "what would you suggest",
               "what would you recommend", "any advice", "advice on", "your advice", "suggested action",
               "recommended action", "what to do about", "what to do with", "what to do on")  # fmt: skip
# "draft it", "yes, draft that", "draft the follow-up for Cancity": the email of the suggested next step
DRAFT_IT = re.compile(r" (?:draft|write|prepare|compose) (?:it|that|this|them|that one|that email|that note) ")
DRAFT_THE_STEP = re.compile(
    r" the (?:follow-up|follow up|followup|next step|next-step|suggested|recommended|proposed)"
    r"(?: step| email| note| message| action)? "
)
AFFIRMATIONS = re.compile(
    r"^ (?:yes|yeah|yep|yup|sure|ok|okay|please|go ahead|do it|please do|sounds good|"
    r"yes please|ok go ahead|yes go ahead|sure go ahead|go for it|why not)(?: please| thanks)? $"
)
DRAFT_VERBS = ("draft", "write", "compose", "email", "e-mail", "send", "reach out", "follow up with", "reply",
               "respond", "write back", "get back to",
               "ping", "remind", "note to", "message to", "mail",
               # reps write in their customer's language too: German, Dutch, Spanish, Italian, Portuguese
               "entwerfen", "entwirf", "entwerf", "verfassen", "verfasse", "schreiben", "schreib", "schreibe",
               "formulieren", "opstellen", "schrijf", "redacta", "redactar", "redacte", "escribe", "escribir",
               "escreva", "escrever", "scrivi", "scrivere", "redigi", "redigere")  # fmt: skip
GREETINGS = ("hi", "hello", "hey", "help", "thanks", "thank you", "what can you do", "who are you",
             "good morning", "morning")  # fmt: skip
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}  # fmt: skip


def has(text: str, phrase: str) -> bool:
    """Whole-word/phrase containment in a :func:`normalised` text."""
    return f" {phrase} " in text


def first_position(text: str, phrases: tuple[str, ...]) -> int | None:
    positions = [text.find(f" {p} ") for p in phrases if has(text, p)]
    return min(positions) if positions else None
