"""Sexual-orientation cues for a spouse's word put right by the person it belongs to: "I put 'Paul + wife' on
the list and he replied 'it's husband, actually'", "she wrote back: wife, not husband", "Marek corrected the
form - it's my husband, actually". The ``couple`` gate decides: the one who corrects is the last person named
before the correction, and must share the gender of the spouse named.

Senses that must stay quiet: a correction across genders ("he replied 'it's wife, actually'"), someone else's
spouse ("Paul said it's her husband, actually, who signs"), and a spouse's word with "actually" that corrects
nothing ("the wife actually signs", "Dan's wife actually called")."""

from __future__ import annotations

SPOUSE_CORRECTIONS = (
    (
        # the spouse word right after a quote, a colon or "it's", with no article or other owner, then the
        # correction ("actually", "not wife"): the plus-one field a person answers
        r"(?:[\"'‘“:]\s*|\b(?:it's|it is|its|that's|that is) )(?:(?:it's|it is|its|that's|that is) )?(?:my )?"
        r"(?P<rel>husband|wife|hubby)\b(?:,? actually\b|,? not (?:my |a )?(?:wife|husband|hubby)\b)",
        "couple",
    ),
)
