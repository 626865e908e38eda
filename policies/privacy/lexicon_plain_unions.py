"""Trade unions whose names are plain words ("Equity", the performers' union), which
the union names (:mod:`.lexicon_union_names`) leave out: only a person's membership of one, or an office in it,
names the union ("keeps up her Equity membership", "has been a member of Equity since drama school", "his
Equity card", "on the strike committee for the Equity branch").

Senses that must stay quiet: equity in finance ("private equity membership", "Equity Partners' board", "the
equity member interests"), and a prospect or community as a business's words."""

from __future__ import annotations

from policies.privacy.lexicon_union_acts import _SITS

_PLAIN_UNION = r"(?-i:Equity)"
# the bodies only a union has ("the strike committee", "the branch committee"); an investment or audit
# committee "of Equity" is a fund's or a firm's
_ITS_BODY = r"(?:strike|picket|dispute|ballot|branch|chapel) (?:committee|council|executive)"
_MEMBERSHIP = r"(?:membership|card|card-holder|cardholder|member|members|rep|representative|steward|dues|sub|subs)"

PLAIN_UNIONS = (
    (
        # whose membership it is ("her Equity membership", "Harriet's Equity card", "an Equity member since 1999")
        r"\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)['’]s|an?|still an?|full) (?:full |paid-up |lapsed |active )?"
        + _PLAIN_UNION
        + r" "
        + _MEMBERSHIP
        + r"\b(?! (?:interests?|units?|shares?|capital)\b)|\b(?:member of|joined|joins|joining|rejoined|paid-up member "
        r"of|belongs to|belonged to|card-carrying member of) " + _PLAIN_UNION + r"\b(?! (?-i:[A-Z]\w*)| (?:fund|"
        r"partners?|capital|group|holdings?|release|plan|programme|scheme)\b)(?!['’]s)",
        "person",
    ),
    (
        # a seat on its strike or branch committee ("on the strike committee for the Equity branch", "on the
        # Equity branch committee"); "the Equity branch in Nairobi" alone is a bank's
        r"\b" + _SITS + r" (?:the |a |its |their )?(?:" + _ITS_BODY + r" (?:for|of|at|in) (?:the |his |her |my |"
        r"their )?" + _PLAIN_UNION + r"(?: branch| chapel)?\b(?! (?-i:[A-Z]\w*)| (?:fund|partners?|capital|group|"
        r"holdings?|desk|team)\b)|" + _PLAIN_UNION + r" " + _ITS_BODY + r"\b)",
        "person",
    ),
)
