"""Budget cues for the money that was to pay for this purchase gone, and nowhere else to charge it.

Told as the payer gone ("the equipment line that was paying for this is gone", "the grant money that would have
covered your licences has been withdrawn"), or as no other budget left to put it on ("there's nothing else I can
charge it to this year", "no other cost centre we could book it against", "nothing to charge it to"). A line gone
that paid for something else, or another line named to charge it to ("nothing else I can charge it to but IT, and IT
has room"), is not.
"""

from __future__ import annotations

from agents.insights.cues import Cue, cue

_MONEY = (
    r"(?:line|budget|money|funds|funding|pot|grant|settlement|payout|allowance|allocation|cash|sum|reserve|claim"
    r"|sponsorship|subsidy|capex|opex)"
)
# this purchase, not the tool they are leaving ("the line that was paying for the legacy tool is gone" frees money)
_THIS = (
    r"(?:this|it|that|them|the (?!(?:old|legacy|existing|current|previous|former|outgoing|incumbent)\b)"
    r"(?:[\w-]+ )?(?:order|purchase|licen[cs]es|seats|contract|deal|project)"
    r"|your (?:[\w-]+ )?(?:offer|quote|licen[cs]es|seats|contract|product|tool|solution|proposal))"
)

PAYER_GONE: tuple[Cue, ...] = (
    # the money meant to pay for this gone: "the equipment line that was paying for this is gone"
    cue(
        rf"\b{_MONEY}s? (?:that|which)(?: was| were|'d| would(?: have)?| had| is)?(?: been| be)? (?:going to |meant to "
        r"|supposed to |set to )?(?:pa(?:y|ys|ying|id)|cover(?:s|ing|ed)?|fund(?:s|ing|ed)?) (?:for )?"
        rf"{_THIS}\b,? (?:is|are|has|have|was|were)(?: now| simply| just| completely| effectively| all)?"
        r" (?:gone|vanished|disappeared|evaporated|been (?:cut|pulled|withdrawn|removed|cancell?ed|scrapped|axed"
        r"|slashed))\b",
        0.85,
        negatable=False,
    ),
    # the money the writer meant to use for this cut: "the line I was going to use got cut at the board"
    cue(
        rf"\b{_MONEY}s? (?:that |which )?(?:I|we) (?:was|were|had been|'d been) (?:going|planning|meaning|hoping)"
        r" to (?:use|draw on|charge (?:it|this) to|put (?:it|this) on|spend)\b[^.;]{0,30}?\b(?:got|has been|have been"
        r"|was|were|is|are|'s been)(?: now| just)? (?:cut|pulled|withdrawn|frozen|slashed|axed|scrapped|reallocated"
        r"|zeroed|taken away|removed)\b",
        0.85,
        negatable=False,
    ),
    # no other budget to put it on: "there is nothing else I can charge it to this year"
    cue(
        # (a place with nowhere else to put it is no budget: only a charging verb counts after "nowhere")
        r"\b(?:(?:nothing|nowhere)(?: else)? (?:that )?(?:I|we)(?: can| could|'d be able to| am able to| are able to)"
        r" (?:charge|bill|code|expense|allocate)|no other (?:budget|line|pot|cost cent(?:re|er)|code|fund)s?(?: that)?"
        r" (?:I|we)(?: can| could|'d be able to| am able to| are able to) (?:charge|book|put|bill|code|allocate"
        r"|expense|move)) (?:it|this|that|them|the (?:[\w-]+ )?(?:order|purchase|cost|spend|invoice))"
        r"(?: (?:to|against|under|on)\b)?(?![^.;]{0,30}\b(?:but|except|other than|apart from|besides|bar)\b)",
        0.8,
        negatable=False,
    ),
    # the same with no one named: "there's nothing to charge it to", "no cost centre to book it against"
    cue(
        r"\b(?:nothing|nowhere|no (?:other |spare )?(?:budget|line|pot|cost cent(?:re|er)|code|fund)s?)(?: else)?"
        r"(?: left)? to (?:charge|bill|book|code|expense|allocate|put) (?:it|this|that|them|the (?:[\w-]+ )?(?:order"
        r"|purchase|cost|spend|invoice)) (?:to|against|under|on)\b"
        r"(?![^.;]{0,30}\b(?:but|except|other than|apart from|besides|bar|yet|until)\b)",
        0.8,
        negatable=False,
    ),
)
