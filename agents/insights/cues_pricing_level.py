"""Pricing cues for the level of our price judged as a whole: the value not seen at that level ("he can't see the
value at that price point"), and a figure of another order asked for ("we'd have to be talking about a wildly
different figure"). The value must be denied *at* the price, not at a moment or a stage ("I can't see the value at
this stage of the pilot"), and a different number must be money, not a count ("a different number of seats"). Also
the level found hard to justify by someone named ("at that price it's hard for us to justify"), and a share off
written out in words or letters ("something like 25 percent off", "30 pct discount"), and our price a large
share above another figure. Also our price as a number they cannot get past ("she can't get past the price tag"), and
a figure named as the one that gets it through ("we'd need to be somewhere near 12 to get it signed off"), which is
money only when no count follows it ("near 12 seats")."""

from __future__ import annotations

from agents.insights.cues import Cue, cue

_LEVEL = (
    r"(?:that|this|the|your|such a|those|these)(?: current| quoted| proposed| list)? (?:level|price(?: point)?|number"
    r"|figure|cost|rate|amount|money|sum|fee)s?"
)

# a number that counts something, not money: "12 seats", "30 days", "15%"
NOT_A_COUNT = (
    r"(?![.,]?\d)(?! ?(?:seats?|users?|licen[cs]es?|people|staff|heads|sites?|stores?|depots?|offices?|branches|days?"
    r"|weeks?|months?|years?|hours?|%|per ?cent|pct|units?|devices?|vans?|trucks?|desks?)\b)"
)
_FIGURE = r"(?:[$\u20ac\u00a3] ?)?\d[\d,.]*(?: ?(?:k|grand|thousand)\b)?" + NOT_A_COUNT

PRICE_LEVEL: tuple[Cue, ...] = (
    # the price is what they cannot get beyond: "he can't see past the number", "she can't get past the price tag"
    cue(
        r"\b(?:can't|cannot|can not|couldn't|struggles? to|unable to|won't|doesn't|does not|don't) (?:really |quite"
        r" |ever )?(?:see|get|look|move) (?:past|beyond|over) (?:the|that|this|your|our) (?:price(?: tag| point)?"
        r"|number|figure|cost|sticker(?: price)?|quote|fee|total|bill)s?\b",
        0.8,
        negatable=False,
    ),
    # a far lower figure named as the one that gets it through: "we'd need to be somewhere near 18 to get it through",
    # "to get it signed off we'd have to come in around 12k"
    cue(
        r"\b(?:need|needs|'d need|would need|have to|'d have to|has to|must)(?: to)? (?:be|come in|come down|get"
        r"|land|bring it|get it)(?: down)?(?: to)? (?:somewhere |something |much |a lot |closer )?(?:near|nearer|around"
        r"|about|under|below|closer to|at most|no more than|more like|roughly|in the region of) "
        + _FIGURE
        + r"(?=[^.;]{0,40}\b(?:to get (?:it|this) (?:through|approved|signed|past|over the line)|otherwise|or it|or"
        r" (?:he|she|they|finance|the board)))"
        r"|\bto get (?:it|this) (?:through|approved|signed(?: off)?|past (?:him|her|them|finance|the board)|over the"
        r" line)\b[^.;]{0,30}?\b(?:need|needs|'d need|would need|have to|'d have to|has to|must)(?: to)? (?:be|come in"
        r"|come down|get|land)(?: down)?(?: to)? (?:somewhere |something |closer )?(?:near|nearer|around|about|under"
        r"|below|closer to|at most|roughly|in the region of) " + _FIGURE,
        0.8,
        negatable=False,
    ),
    cue(
        r"\b(?:don't|do not|doesn't|does not|can't|cannot|couldn't|struggles? to|fails? to) (?:really |just |quite )?"
        r"see (?:the |enough |much |any )?(?:extra |added |additional )?value (?:at|for) " + _LEVEL + r"\b",
        0.8,
        negatable=False,
    ),
    cue(
        r"\b(?:need|needs|'d need|would need|have to|'d have to|has to)(?: to)?(?: be)?(?: looking at| talking about"
        r"| seeing)? (?:a |an )?(?:very|completely|totally|entirely|radically|wildly|massively|significantly) different"
        r" (?:number|figure|price|ballpark|level|quote|amount|sum)s?\b(?! of\b)",
        0.8,
        negatable=False,
    ),
    cue(
        r"\b(?:at " + _LEVEL + r"|(?:price|pricing|quote|cost|fee)s?)\b[^.;]{0,60}\b(?:hard|difficult|tough|impossible)"
        r" for (?:us|me|him|her|them|the (?:board|business|team)|finance|management) to (?:justify|defend|swallow)\b",
        0.85,
    ),
    # asked for, not a sale told of ("discounts take up to 50 percent off coach fares")
    cue(
        r"\b(?:need|needs|needed|want|wants|ask\w*|looking for|hoping for|expect\w*|requir\w+|have to|(?:we're|we are"
        r"|I'm|I am) after|at least|something like|closer to|nearer|more like|give us|get us|offer us|can you"
        r"|could you)\b[^.;]{0,30}?(?:\b\d+(?:\.\d+)? ?(?:per ?cent|pct) (?:off|cheaper)\b(?! (?:the )?(?:time|admin"
        r"|effort|work|typing|data entry|clicks|paperwork|errors?|churn|downtime|hours)\b)"
        r"|\b(?:[2-9]\d|1[5-9])(?:\.\d+)? ?(?:per ?cent|pct) (?:discount|reduction)\b)",
        0.8,
    ),
    # our price put a large share above another figure ("your quote is ~40% over theirs", "the proposal comes in a
    # third above what we budgeted"), not a rival's above ours ("... above yours") nor a small gap ("5% over")
    cue(
        r"\b(?:your|the|that|this)(?: [\w-]+)? (?:quote|quotation|price|pricing|proposal|offer|number|figure|bid"
        # a tender's word for the quote: "your commercial submission is 27% above the benchmark"
        r"|fees?|rates?|submission|tender|commercials|commercial offer)"
        r" (?:is|are|was|were|'s|comes? in|came in|sits?|runs?) (?:still |now )?(?:at )?(?:~ ?|about "
        r"|around |roughly |nearly |almost |some |over |more than |close to |a good |a full )?(?:(?:[2-9]\d|1[5-9]"
        r"|\d{3})(?:\.\d+)? ?(?:%|per ?cent|pct)|a third|half|double|twice) (?:above|over|higher than|more than"
        r"|pricier than|dearer than|more expensive than)\b(?! (?:yours|you|your|ours|us)\b)",
        0.8,
    ),
    # the numbers not workable, or approval tied to a lower figure (moved from cues_pricing.py; a figure, not a count
    # quoted for: "get it approved, so please quote for 12")
    cue(
        r"\bmake the numbers work\b|\bmore than (?:we|I) (?:can|could) (?:defend|justify|get approved)"
        r"|\bget (?:it|this) approved\b[^.;]{0,40}\b(?:(?<!quote for )(?<!price for )\d[\d,]*\b"
        + NOT_A_COUNT
        + r"|lower\b|less\b)",
        0.6,
    ),
)
