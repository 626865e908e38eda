"""Pricing cues for our price refused as the terms of a signature: a signature refused at the quoted figure ("I'm not
prepared to sign at 26,768"), the figure that cannot be taken to whoever approves it ("I can't take that number to
our MD"), a cut asked for as a share of the price ("a 20% reduction on the price"), and one line of the quote that
must come down before anyone signs ("the set-up fee needs to go, or be cut right down, or I can't get this signed").
Each needs the refusal or the cut: signing at the figure, taking it upstairs, or a small cut are no objection."""

from __future__ import annotations

from agents.insights.cues import Cue, cue
from agents.insights.cues_pricing import AMOUNT

# the figure as quoted: "at 26,768", "at that price", "at list price", "at the full price"
_AT_FIGURE = (
    r"at (?:" + AMOUNT + r"|\d[\d,.]*\b|(?:that|this|the|your|the current|the quoted|the full|full|the list|list)"
    r" (?:price|figure|number|rate|quote|level|amount)s?\b|list\b)"
)
# who signs it off inside: "our MD", "the board", "my CFO", "finance"
_APPROVER = (
    r"(?:(?:our|my|the) (?:[\w-]+ )?(?:MD|CEO|CFO|COO|CIO|board|boss|director|manager|owner|owners|partners?"
    r"|committee|management|finance(?: team)?)|finance|procurement|management)\b"
)

PRICE_TERMS: tuple[Cue, ...] = (
    cue(
        r"\b(?:not (?:prepared|willing|ready|going|able)|unwilling|refuse|won't be able|cannot|can't|won't|will not)"
        r" (?:to )?(?:sign|pay|commit|approve|buy|go ahead)(?: (?:this|it|that|off))? " + _AT_FIGURE,
        0.85,
        negatable=False,
    ),
    cue(
        r"\b(?:can't|cannot|couldn't|can not|won't be able to|not able to|unable to)"
        r" (?:take|bring|put|present|walk) (?:that|this|the|your|such a) (?:number|figure|price|quote|amount|cost)"
        r" (?:to|in front of|into|past) " + _APPROVER,
        0.85,
        negatable=False,
    ),
    # a cut of at least 15% named on the price: "or a 20% reduction on the price", "a 25% cut in the fee"
    cue(
        r"\b(?:1[5-9]|[2-9]\d)\s?(?:%|per ?cent) (?:price (?:reduction|cut|decrease)|(?:reduction|cut|decrease)"
        r" (?:on|in|to|of) (?:the|your|that|this) (?:price|quote|fee|cost|total|figure|licen[cs]e fee)s?)\b",
        0.8,
    ),
    # a line of the quote that must come down before they can sign: "I need that gone, or cut right down, or I can't
    # get this signed" (a clause to go, with no cut to it, is no price)
    cue(
        r"\b(?:cut|brought|come|coming|knocked|taken) (?:right |way |well |a long way |substantially |significantly )?"
        r"down\b[^.;]{0,40}?\bor (?:else )?(?:I|we) (?:can't|cannot|won't be able to|couldn't|won't) (?:get (?:this|it)"
        r" (?:signed|approved|through|past)|sign|approve|go ahead)\b",
        0.85,
        negatable=False,
    ),
)
