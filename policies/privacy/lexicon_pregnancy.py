"""Health cues for pregnancy (LABELS.md: health includes pregnancy): being pregnant or expecting, a baby due,
maternity leave (or its shorthand, "mat leave"), and a pregnancy test someone took.

Senses that must stay quiet: "a pregnant pause", and the goods a shop stocks for pregnancy, named by the word
after it ("an aisle of pregnancy tests, prenatal vitamins and breast pumps", "the pregnancy pillow range"),
which are a range's, not anyone's, also through a compound ("a pregnancy-tracking app"); and a maternity
leave's cover or policy, which is a role's or a firm's."""

from __future__ import annotations

# goods and a shop's sections for pregnancy: what follows the word makes it a product
_GOODS = (
    r"(?:tests?|test kits?|kits?|vitamins|supplements|pillows?|products?|ranges?|lines?|category|categories|"
    r"aisles?|sections?|bundles?|apps?|trackers?|platforms?|clothing|wear|jeans|bras?|bands?|belts?|journals?|books?|magazines?|"
    r"skincare|creams?|oils?|teas?|market|segment|shoppers|retail)"
)
# whose test it is, or that it was taken ("her pregnancy test", "took two pregnancy tests")
_TAKES = (
    r"(?:his|her|my|their|(?-i:[A-Z][a-z]+)(?:'s|’s)|took|take|takes|taking|did|do|does|doing|done|bought herself|"
    r"got a positive|had a positive)"
)

PREGNANCY = (
    (
        r"\b(?:pregnan(?:t|cy)(?! pause)(?! "
        + _GOODS
        + r"\b)(?![- ]\w+[- ]"
        + _GOODS
        + r"\b)|expecting (?:a baby|twins|their first|her first|"
        r"his first)|mat(?:ernity)?[- ]leave(?! (?:cover|contract|policy|policies)\b)|(?:baby|twins) (?:is|are) due|"
        r"expecting (?:her|his|their|a|an) (?:\w+ )?(?:baby|child)|"
        # a baby someone has due ("has a baby due in May", "with their second baby due"); not a baby product due
        r"(?:has|have|had|'s got|has got|with) (?:a|her|his|their) (?:first |second |third |new )?(?:baby|twins) "
        r"due)\b",
        "person",
    ),
    (
        # a test taken, or its result, is one person's ("took a pregnancy test", "the pregnancy test came back")
        r"\b" + _TAKES + r" (?:a |an |the |another |two |three |\d+ )?(?:home |positive |negative )?pregnancy "
        r"tests?\b|\bpregnancy tests? (?:came back|was positive|was negative|were positive|showed|confirmed)\b|"
        # whatever follows, a pregnancy someone has is theirs ("her pregnancy app says week 20")
        r"\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)(?:'s|’s)) (?:first |second |third |last |latest |current |new )?"
        r"pregnancy\b",
        "person",
    ),
)
