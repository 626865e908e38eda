"""Trade unions whose names are plain words ("Equity", the performers' union), which
the union names (:mod:`.lexicon_union_names`) leave out: only a person's membership of one, or an office in it,
names the union ("keeps up her Equity membership", "has been a member of Equity since drama school", "his
Equity card").

Senses that must stay quiet: equity in finance ("private equity membership", "Equity Partners' board", "the
equity member interests"), and a prospect or community as a business's words."""

from __future__ import annotations

_PLAIN_UNION = r"(?-i:Equity)"
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
)
