"""The money for this deal by any name (``MONEY``) and the words that say it is gone (``GONE``), shared by the budget
cues; and two ways of saying it that the cues in cues_budget.py miss: a share of the budget taken off it ("Finance
took thirty percent off every department's capital budget"), and the money said gone with a hedge ("the money I'd
set aside for it is basically gone")."""

from __future__ import annotations

from agents.insights.cues import Cue, cue

# the money for this deal by any name, said to be gone in any voice: "the pot I was going to use for it is empty",
# "they moved what was left in our marketing tools line over to the trade show", "Head office has withdrawn this
# year's improvement fund" (a "line" only when it is money: "tools line", not "product line" or "line by line")
MONEY = (
    r"(?:budgets?|funds?|funding|money|pot|kitty|allocation|envelope|(?:budget|spend(?:ing)?|cost|tools?|software"
    r"|marketing|it|capex|opex|project|discretionary|training|innovation|improvement) line)"
)
GONE = (
    r"(?:empty|emptied|gone|spent|moved|reallocated|re-allocated|redirected|diverted|taken|cut|withdrawn|pulled"
    r"|zeroed|used up|raided|swept|scrapped|axed|not there|no longer there)(?! (?:wisely|well|carefully))"
)
# a share of the money, in words or figures: "thirty percent", "20%", "a third", "half", "£40k"
_SHARE = (
    r"(?:\d+(?:\.\d+)?\s?(?:%|per ?cent)|(?:[a-z]+[- ])?[a-z]+ per ?cent|a (?:third|quarter|fifth|tenth)"
    r"|(?:two|three) (?:thirds|quarters|fifths)|half|[£$€]\s?\d[\d,.]*\s?(?:k|m|million|thousand)?)"
)
SHARE: tuple[Cue, ...] = (
    # a share taken off their budget: "Finance took thirty percent off every department's capital budget", "they've
    # knocked 20% off our software spend", "a third was shaved from the IT budget"
    cue(
        r"\b(?:took|taken|take[sn]?|taking|knock\w*|shav\w*|slic\w*|chopp?\w*|lopp?\w*|cut|cuts|cutting|slash\w*"
        r"|trimm?\w*|strip\w*|clawed back|pulled back) " + _SHARE + r" (?:off|from|out of) (?:[\w'-]+ ){0,4}?"
        r"(?:budgets?|spend(?:ing)?|funding|capex|opex|allocations?)\b"
        r"|\b" + _SHARE + r" (?:was|were|has been|have been|got|is being) (?:\w+ )?(?:taken|knocked|shaved|sliced"
        r"|chopped|lopped|cut|slashed|trimmed|stripped|clawed back) (?:off|from|out of) (?:[\w'-]+ ){0,4}?"
        r"(?:budgets?|spend(?:ing)?|funding|capex|opex|allocations?)\b",
        0.85,
    ),
    # the money said gone with a hedge: "the money I'd set aside for the GTK 500 is basically gone", "our budget is
    # pretty much spent" (not when the hedge is a hope: "is hopefully not gone")
    cue(
        rf"\b{MONEY}\b(?:(?!\b(?:quote|price|proposal|offer|bid|cost|and|but)\b)[^.;:,]){{0,60}}\b(?:is|are|was|were"
        r"|has been|have been|had been|'s) (?:basically|pretty much|essentially|practically|virtually|more or less"
        rf"|as good as|all but|largely|mostly|effectively all) {GONE}\b",
        0.85,
    ),
)
