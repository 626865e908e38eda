"""Special-category data given as the value of a field in a form or record about one person: an equality
monitoring form's ethnic group ("Ethnic group: Black Caribbean"), a payroll form's union dues ("Union
subscription deduction: GMB").

Senses that must stay quiet: a field left empty or declined ("Ethnicity: prefer not to say", "Union dues: none"),
the field's name outside a form ("the form asks for ethnic group"), and a credit union, which is a bank
("Credit union subscription: $20")."""

from __future__ import annotations

# the value is filled in: not declined, not blank, not a placeholder
_FILLED = (
    r"[ \t]*[:=][ \t]*(?!(?:none|nil|n/?a|no|not (?:stated|given|known|disclosed|applicable)|prefer not|declined|"
    r"unknown|withheld|tbc|tbd)\b|[-–—?]|\s*$)(?=\S)"
)

ETHNICITY_FIELDS = (
    (r"\b(?:ethnic (?:group|origin|background|category)|ethnicity)" + _FILLED, "field"),
)  # fmt: skip

UNION_FIELDS = (
    (
        r"(?<!credit )\bunion (?:subscriptions?|subs|dues|membership|member(?:ship)? (?:no|number|id))"
        r"(?: deductions?)?" + _FILLED,
        "field",
    ),
)
