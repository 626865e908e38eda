"""Special-category data given as the value of a field in a form or record about one person: an equality
monitoring form's ethnic group ("Ethnic group: Black Caribbean"), a payroll form's union dues ("Union
subscription deduction: GMB"), and a system's field names and change logs ("ethnic_origin=Roma", "field:
union_affiliation  old: (empty)  new: 'GMB, shop steward'").

Senses that must stay quiet: a field left empty or declined ("Ethnicity: prefer not to say", "Union dues: none"),
a change log that leaves the field empty ("union_affiliation old: GMB new: (empty)"), the field's name outside a
form ("the form asks for ethnic group"), and a credit union, which is a bank ("Credit union subscription: $20").
Whose record a log is, when no "Requester:" says, is :mod:`.record_subject`."""

from __future__ import annotations

# a value that is filled in: not declined, not blank, not a placeholder
_A_VALUE = (
    r"(?!(?:none|nil|null|n/?a|no|not (?:stated|given|known|disclosed|applicable)|prefer not|declined|unknown|"
    r"withheld|tbc|tbd|empty|blank|cleared)\b|[-–—?(\[]|['\"]{2}|\s*$)(?=\S)"
)
# the field given its value ("Ethnicity: ..."), or a change log's new value ("old: (empty)  new: ...")
_FILLED = r"(?:[ \t]*[:=][ \t]*|[ \t]+old[ \t]*[:=][^\n]{0,80}?[ \t]new[ \t]*[:=][ \t]*)" + _A_VALUE
# words of a field name run together as a system writes them ("union_affiliation", "ethnic-origin")
_J = r"[ _-]"

ETHNICITY_FIELDS = (
    (r"\b(?:ethnic" + _J + r"(?:group|origin|background|category)|ethnicity)" + _FILLED, "field"),
)  # fmt: skip

UNION_FIELDS = (
    (
        r"(?<!credit )(?<!credit_)(?<![a-z])(?:trade"
        + _J
        + r")?union"
        + _J
        + r"(?:subscriptions?|subs|dues|membership|"
        r"affiliation|member(?:ship)?" + _J + r"(?:no|number|id))"
        r"(?: deductions?)?" + _FILLED,
        "field",
    ),
)
