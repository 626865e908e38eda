"""More budget cues (cues_budget.py holds the main table): the figure their side approved said to exist no more, and
money frozen or pulled named by a quantifier rather than an article ("froze all uncommitted money").
"""

from __future__ import annotations

from agents.insights.cues import cue

# the figure their own side cleared for this; a price agreed or quoted with us is pricing, not their budget
_CLEARED = r"(?:approved|signed off|budgeted|allocated|set aside|ring-?fenced|earmarked|sanctioned|green-?lit)"
# not an identifier that goes out of use: "the PO number finance approved"
_FIGURE = (
    r"(?<!\bphone )(?<!\bpo )(?<!\border )(?<!\baccount )(?<!\breference )(?<!\bticket )(?:number|figure|amount|sum)"
)
_NO_MORE = (r"(?:doesn't|does not|no longer) exists?(?: any ?more)?|is (?:gone|dead|history|off the table)"
            r"|has (?:gone|vanished|disappeared|evaporated)|(?:vanished|disappeared|evaporated)")  # fmt: skip

VANISHED = (
    # "the number finance approved doesn't exist anymore after the reforecast", "the figure we had signed off is gone"
    cue(
        r"\b"
        + _FIGURE
        + r" (?:(?:that |which )?(?:[\w'-]+ ){0,3}(?:had |has |was |were )?(?:been )?"
        + _CLEARED
        + r"|"
        + _CLEARED
        + r" (?:by )?(?:[\w'-]+ ){0,2})[^.;]{0,40}?\b(?:"
        + _NO_MORE
        + r")\b",
        0.85,
        negatable=False,
    ),
    # money stopped named by a quantifier: "finance froze all uncommitted money overnight", "pulled every unspent
    # budget" (not moved onto this deal: "moved all remaining funds to this project")
    cue(
        r"\b(?:froze|frozen|freez(?:es|ing)|pulled|withdr[ae]w\w*|clawed back|swept up|reclaimed|cancell?ed)"
        r" (?:all|any|every) (?:[\w'-]+ ){0,3}?(?:money|funds|funding|budgets?|spend(?:ing)?|allocations?)\b"
        # who may spend is a decision moved, not money gone: "withdrawn all spending authority"
        r"(?! (?:authority|rights|powers?|limits?|approvals?|sign-?offs?)\b)"
        r"(?! (?:over )?(?:to|into|towards) (?:this|these|it|us|you|your))",
        0.85,
    ),
)
