"""Pricing cues for our price set against a figure the buyer had in their own head, said informally ("quite a bit
north of what I'd been pencilling in", "well over what I'd ballparked"), and for an approval refused at the price as
it stands ("the panel won't go for it at the current price"). The first needs our price as its subject (a figure, a
price word, or "that"/"it" for the quote just sent): adoption or turnout above what they pencilled in is good news."""

from __future__ import annotations

from agents.insights.cues import Cue, cue

# what they had set down in their head: "pencilled in", "ballparked", "earmarked", "had in my head"
_OWN_FIGURE = (
    r"(?:pencil+(?:ed|ing)(?: in)?|ballpark(?:ed|ing)|earmark(?:ed|ing)|set aside|allow(?:ed|ing) for"
    r"|factor(?:ed|ing) in|figur(?:ed|ing) on|sketch(?:ed|ing) out|had in (?:mind|my head|our heads))"
)
# our price as the subject, at the start of its clause: "that's", "it comes in", "the quote is", "your sheet is"
_PRICE_SUBJECT = (
    r"(?:^|[,;:(\u2014]\s*|\b(?:hmm|well|ok|okay|so|but|honestly|tbh)\b,?\s+)(?:that|it|this|the (?:[\w-]+ )?"
    r"(?:price|pricing|quote|quotation|cost|fee|figure|number|total)|your (?:[\w-]+ )?(?:price|pricing|quote"
    r"|quotation|sheet|figure|number|total))(?:'s| is| was| comes in| came in| looks| seems| lands| sits)"
)
_ABOVE = r"(?:north of|above|over|more than|higher than|beyond|in excess of|upwards of)"

PRICE_REFERENCE: tuple[Cue, ...] = (
    cue(
        _PRICE_SUBJECT + r"(?: (?:quite|rather|a (?:fair |good |little )?bit|a lot|way|well|a little|somewhat|much"
        r"|considerably|significantly|substantially))* " + _ABOVE + r" (?:what|anything|the (?:figure|number|amount)"
        r"(?: that)?) (?:I|we|the board|finance|(?:my|our) [\w-]+)(?:'d|'ve| had| have| would have)?(?: been)? "
        + _OWN_FIGURE
        + r"\b",
        0.8,
    ),
    # approval refused at the price as it stands, the refusal told first: "the panel won't go for it at the current
    # price", "finance won't sign off at this price" (the price as it stands told first is cues_pricing_verdicts')
    cue(
        r"\b(?:won't|will not|wouldn't|would not|isn't going to|is not going to|aren't going to|are not going to"
        r"|can't|cannot|couldn't|not going to) (?:go for|accept|approve|sign(?: off)?|wear|back|support|buy|agree to"
        r"|get behind)(?: (?:it|this|that|the (?:deal|proposal|offer|bid|quote|contract)))?[^.;]{0,20}?\bat (?:the"
        r" current|this|that|the quoted|the proposed|your|the list|such a) (?:price|pricing|number|figure|rate"
        r"|level|cost)s?\b(?! of\b)",
        0.85,
        negatable=False,
    ),
)
