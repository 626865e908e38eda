"""Pricing cues for the level of our price judged as a whole: the value not seen at that level ("he can't see the
value at that price point"), and a figure of another order asked for ("we'd have to be talking about a wildly
different figure"). The value must be denied *at* the price, not at a moment or a stage ("I can't see the value at
this stage of the pilot"), and a different number must be money, not a count ("a different number of seats"). Also
the level found hard to justify by someone named ("at that price it's hard for us to justify"), and a share off
written out in words or letters ("something like 25 percent off", "30 pct discount"), and our price a large
share above another figure."""

from __future__ import annotations

from agents.insights.cues import Cue, cue

_LEVEL = (
    r"(?:that|this|the|your|such a|those|these)(?: current| quoted| proposed| list)? (?:level|price(?: point)?|number"
    r"|figure|cost|rate|amount|money|sum|fee)s?"
)

PRICE_LEVEL: tuple[Cue, ...] = (
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
        r"|fees?|rates?) (?:is|are|was|were|'s|comes? in|came in|sits?|runs?) (?:still |now )?(?:at )?(?:~ ?|about "
        r"|around |roughly |nearly |almost |some |over |more than |close to |a good |a full )?(?:(?:[2-9]\d|1[5-9]"
        r"|\d{3})(?:\.\d+)? ?(?:%|per ?cent|pct)|a third|half|double|twice) (?:above|over|higher than|more than"
        r"|pricier than|dearer than|more expensive than)\b(?! (?:yours|you|your|ours|us)\b)",
        0.8,
    ),
)
