"""Pricing cues for a renewal uplift refused: our price rise turned down as unacceptable, whatever its size ("a 6%
uplift is not something we can accept", "we won't accept the price increase"), and the old price demanded as the
floor of the talks ("renew at the current rate at the very least, ideally lower"). A rise accepted, one in something
other than our price ("an increase in ticket volume"), a rise of their own ("our price increase to clients") and last
year's price merely mentioned are no objection, so each cue needs the refusal or the demand."""

from __future__ import annotations

from agents.insights.cues import Cue, cue

# our rise in price, by its size or by name: "a 6% uplift", "the price increase", "this renewal hike" (not "our"
# increase, which is theirs; not "an increase in headcount")
_UPLIFT = (
    r"(?:(?:a|an|the|this|that|your|such an?|any) )?(?:\d{1,3}(?:\.\d+)? ?(?:%|per ?cent|pct) (?:price |renewal "
    r"|list[- ]price |annual )?(?:uplift|increase|rise|hike|jump)|(?:(?:price|renewal|list[- ]price|annual|proposed"
    r"|new) )?uplift|(?:price|renewal|list[- ]price) (?:increase|rise|hike|jump))\b"
    r"(?! in (?!(?:the |your |our )?(?:price|cost|fees?|rate|renewal)))"
    # someone else's rise: "the price increase from our own suppliers"
    r"(?! (?:from|by|of|at) (?:our|their|other|the other|[\w-]+'s)\b)"
)
# refused in so many words: accepted, agreed to, swallowed, lived with (not "approve", which may be someone else's)
_ACCEPT = r"(?:accept|agree to|swallow|stomach|live with|absorb|justify|sign up to|sign off on)"
# the old price, and the floor or the cut beyond it that makes it a demand
_OLD_PRICE = (
    r"(?:last (?:year|yr)'?s|the same|the current|our current|the existing|today's|the old|the previous|this year's)"
    r" (?:price|rate|level|number|figure|pricing|fee|terms)s?"
)
_FLOOR = (
    r"(?:at (?:the (?:very )?)?least|or (?:less|lower|below|better)|not a (?:cent|penny|dollar|euro|pound) more"
    r"|and no (?:higher|more)|(?:and|or)(?: frankly| ideally| preferably| even| really)? (?:a|some) (?:price )?"
    r"(?:reduction|decrease|cut|discount)"
    # or a walk-out as the price of more: "or we walk", "otherwise we'll look elsewhere"
    r"|(?:or|otherwise|or else),? (?:we|I)(?:'ll| will)? (?:walk|walk away|look elsewhere|go elsewhere|(?:won't|will"
    r" not|can't|cannot) renew))"
)

PRICE_UPLIFT: tuple[Cue, ...] = (
    # the refusal before the rise: "we cannot accept a 6% uplift", "I'm not willing to swallow the price increase"
    cue(
        r"\b(?:can't|cannot|can not|couldn't|won't|will not|wouldn't|not (?:prepared|willing|able|going) to|unable to"
        r"|refuse to)(?: \w+)? "
        + _ACCEPT
        + r" "
        + _UPLIFT
        # or in the present, or turned back: "we're not accepting any uplift", "we reject the price increase"
        + r"|\b(?:not|aren't|isn't) (?:accepting|agreeing to|absorbing) "
        + _UPLIFT
        + r"|\b(?:reject|rejecting|rejected|push(?:ing)? back on|pushed back on) "
        + _UPLIFT
        # the old price as a ceiling: "we won't pay more than last year for the same seats"
        + r"|\b(?:can't|cannot|won't|will not|not (?:prepared|willing|going) to) pay (?:any )?more than"
        r" (?:last (?:year|time)|(?:we|I) (?:did|paid) last (?:year|time)|(?:we|I) (?:do|pay) (?:now|today))\b",
        0.8,
        negatable=False,
    ),
    # the rise first, as the subject of its clause, then the refusal: "a 6% uplift after the outages is not something
    # I can accept", "the price increase is frankly unacceptable" ("I wouldn't say the uplift is unacceptable" has
    # the rise inside another clause, so it is not read)
    cue(
        r"(?:^|[,;:\u2014]\s*|\b(?:but|and|so|because|as|frankly|honestly)\s+)" + _UPLIFT + r"[^.;]{0,60}?"
        r"\b(?:is|was|would be|'s|are) (?:simply |just |frankly |totally |completely |really )?(?:not something"
        r" (?:I|we|the board|finance|my [\w-]+)(?: can| could| will| are able to| am able to| is able to)? "
        + _ACCEPT
        + r"|unacceptable|not acceptable|a non-starter|out of the question|not going to (?:happen|fly|work))\b"
        # in German, the verdict after the rise loanwords put into English: "ist für uns nicht akzeptabel"
        + r"|(?:^|[,;:\u2014]\s*)"
        + _UPLIFT
        + r"[^.;?]{0,40}?\b(?:nicht (?:akzeptabel|darstellbar|vertretbar|tragbar)"
        r"|inakzeptabel)\b"
        # or sent back: "the uplift needs to go", "the price increase has to come off"
         + r"|(?:^|[,;:\u2014]\s*)" + _UPLIFT + r" (?:needs to|has to|must|will have to) (?:go|come off|be (?:dropped"
        r"|removed|waived|taken off|withdrawn))\b",
        0.8,
        negatable=False,
    ),
    # the old price demanded as the floor: "we expect the renewal at last year's price at the very least"
    cue(
        r"\b(?:expect|need|want|insist on|require|must have|have to have|looking for)\w*\b[^.;]{0,40}?\bat "
        + _OLD_PRICE
        + r"\b[^.;]{0,20}?\b"
        + _FLOOR,
        0.8,
    ),
    # a cut asked for in place of the rise: "we'd expect a reduction on renewal, not an increase"; or the price held
    # as the ask: "please hold the price flat for the renewal"
    cue(
        r"\b(?:expect|need|want|looking for|asking for|hoping for)\w* (?:a |some )?(?:price )?"
        r"(?:reduction|decrease|cut)\b[^.;]{0,30}\b(?:not|rather than|instead of) (?:an? |any )?"
        r"(?:increase|uplift|rise|hike)\b"
        r"|(?:^|[,;:]\s*|\b(?:please|need you to|you'll need to|you will need to|we'd ask you to) )(?:hold|keep)"
        r" (?:the|our|your) (?:price|pricing|rate|fees?)s? flat\b",
        0.8,
        negatable=False,
    ),
)
