"""More of the customer's verdict on our price, said at length (the cues in cues_pricing keep the judgement near
its subject): the figure, then what it buys, then the verdict ("550 a head for what our engineers will actually use,
which is the calendar and the job notes, feels steep"); the terms called a hard sell ("the three-year minimum, and
paying the whole year up front, that's a hard sell here"); and a lower figure named as the price of signing, put as
a condition ("if it were monthly and nearer 350 a head I'd sign tomorrow"); the price named as where they struggle
("where I struggle is the per-seat price"), and the figure they need to come down."""

from __future__ import annotations

from agents.insights.cues import Cue, cue
from agents.insights.cues_pricing import AMOUNT
from agents.insights.cues_pricing_level import PRICE_LEVEL

# the thing priced: a figure, our price by name, or the terms that make it up
_PRICED = (
    r"(?:" + AMOUNT + r"|\b(?:the |your |that |this )(?:price|pricing|quote|cost|fee|licen[cs]e fee|per-seat price"
    r"|subscription)|\b(?:[\w-]+-year|annual|upfront|up-front|multi-year) (?:minimum|commitment|term|contract|lock-in)"
    r"|\bpaying (?:the whole|a whole|all of the|the full|a full|each|every) (?:year|contract|term)\b[^.;]{0,20}"
    r"(?:up front|upfront|in advance))"
)
_VERDICT = (
    r"(?:steep|pricey|expensive|dear|a lot|too much|excessive|over the top|hard to justify|hard to swallow"
    r"|(?:a )?hard sell|a tough sell|a big ask|hard to get past|hard to get through)"
)

# a figure said bare once the scale is known: "closer to twenty", "nearer 9" (thousands, by the quote)
_BARE_FIGURE = (
    r"(?:\d[\d,.]*|(?:ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b"
)
_FIGURE = r"(?:" + AMOUNT + r"|" + _BARE_FIGURE + r")"
# the figure as it stands named as what stops them: "at this level it is very difficult for us to proceed", "at
# that number I can't take it upstairs" (not "at this level of detail")
_AS_IT_STANDS = (
    r"\bat (?:that|this|the|the current|your|the quoted|the proposed|those|these|the list|such a)"
    r" (?:price|number|figure|rate|quote|level|pricing|cost|amount)s?\b(?! of\b)[^.;]{0,40}?\b"
)
_GO_FURTHER = (
    r"(?:proceed|go ahead|move forward|continue|sign|take (?:it|this) (?:upstairs|further|forward|to (?:the|my|our)"
    r" \w+)|get (?:it|this) (?:approved|signed|through|past))\b"
)
# a lower figure asked for politely: "whether you might be able to consider around 10,000 for the 4 seats"
_COUNTER = (
    r"\byou (?:might |could |would |can |may )?(?:be able to |possibly |perhaps )?(?:consider|accept|do|offer|go to"
    r"|come down to|meet us at|agree to)\b (?:a (?:price|figure|total) of )?(?:(?:around|about|roughly|approximately"
    r"|something like|nearer|closer to) " + _FIGURE + r"|" + AMOUNT + r"(?= for (?:the|all|our|those|these) (?:\w+ )?"
    r"(?:seats?|licen[cs]es|users|lot|package|bundle|subscription|year|contract|order|whole)\b))"
)

PRICE_VERDICTS: tuple[Cue, ...] = (
    *PRICE_LEVEL,  # the value not seen at that level, a figure of another order asked for
    cue(
        _PRICED + r"[^.;]{0,110}?\b(?:feels?|seems?|looks?|is|are|sounds?|comes? across as|that's|that is|it's)"
        r"(?: (?:a bit|a little|rather|quite|very|too|pretty|really|just|frankly|honestly|bloody))? "
        + _VERDICT
        + r"\b",
        0.85,
    ),
    # a lower figure as the condition of a signature: "if it were nearer 350 a head I'd sign tomorrow", "at around
    # 4k a year we'd go ahead"
    cue(
        r"\b(?:if (?:it|this|that|the price|the quote) (?:were|was|came in|came down)|if you (?:could|can) (?:do|make"
        r" it)|were it|at)\b[^.;]{0,40}?\b(?:nearer|near|closer to|around|about|under|below|more like|roughly)"
        r"(?: to)? " + _FIGURE + r"[^.;]{0,40}\b(?:I'd|we'd|I would|we would|I could|we could|I'll|we'll) (?:happily )?"
        r"(?:sign|buy|go ahead|commit|proceed|say yes|get (?:it|this) (?:signed|approved|through))\b",
        0.8,
        negatable=False,
    ),
    # the price named as the one hard part: "where I struggle is the per-seat price", "my hesitation is the cost"
    cue(
        r"\b(?:where|what) (?:I|we) (?:keep |keep on |still )?(?:struggl\w+|am struggling|'m struggling"
        r"|get(?:ting)? stuck|stumbl\w+|hesitat\w+|can't get past|cannot get past|balk\w*)(?: with| on| over)?"
        r" (?:is|are) (?:the |your |that )?(?:[\w-]+ )?(?:price|pricing|cost|fee|number|figure|rate)s?\b"
        r"|\b(?:my|our|the) (?:only |main |real |one |big |biggest )?(?:hesitation|struggle|hang-?up|reservation"
        r"|stumbling block) (?:here )?(?:is|remains|is still) (?:the |your )?(?:[\w-]+ )?(?:price|pricing|cost|fee"
        r"|number|figure)s?\b",
        0.85,
    ),
    # the figure they need to come down before it can go further: "we would need the figure to come down
    # substantially", "we'd need the price to drop before the board sees it"
    cue(
        r"\b(?:need|needs|needed|would need|'d need|will need|'ll need|require|would require)\b (?:the |your |that "
        r"|this )?(?:[\w-]+ )?(?:figure|price|number|quote|cost|fee|total|rate)s? to (?:come|go|drop|move|be brought"
        r"|fall|get) (?:down|lower)\b",
        0.85,
    ),
    cue(
        _AS_IT_STANDS + r"(?:(?:can't|cannot|couldn't|can not|won't be able to|unable to|not able to) (?:really )?"
        r"|(?:is|'s|would be|will be|remains|seems) (?:very |extremely |quite |really |too |rather |simply )?"
        r"(?:difficult|hard|tough|impossible) (?:for (?:us|me) )?to )" + _GO_FURTHER,
        0.85,
        negatable=False,
    ),
    cue(_COUNTER, 0.8, negatable=False),
    # the numbers said not to work, in the idiom or at list: "at list this doesn't pencil out for us", "at list price
    # it just doesn't stack up" (not "it pencils out nicely", nor a date: "can't pencil in Thursday")
    cue(
        r"\b(?:doesn't|does not|won't|will not|didn't|did not|can't|cannot|never)(?: quite| really| just| even)?"
        r" pencil(?: out)?\b(?! in\b)"
        r"|\bat (?:full )?list(?: price)?,? (?:(?:this|it|that|the (?:deal|numbers|maths|math|business case)) )?"
        r"(?:just |simply |really )?(?:doesn't|does not|won't|will not) (?:work|stack up|add up|fly|make sense)\b",
        0.8,
        negatable=False,
    ),
    # our price marked up on the paper they return: "we've struck through the unit price and written in 3,200", "our
    # finance team crossed out the licence fee" (not another clause struck, nor our own change: "you crossed out")
    cue(
        r"\b(?:we|I|they|legal|procurement|finance|(?:our|their) [\w-]+(?: team)?|(?-i:(?!(?:You|It)\b)[A-Z][a-z]+))"
        r"(?:'ve| have| has| had)? (?:struck|crossed|scored|lined) (?:through|out) (?:the|your) (?:unit |list |seat "
        r"|per-seat |licen[cs]e |annual |subscription )?(?:price|pricing|rate|fee)s?\b",
        0.8,
    ),
)
