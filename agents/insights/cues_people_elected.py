"""An elected decision maker gone at the polls, for ``stakeholder_change``: "Cllr Frost did not retain her seat", "the
chair lost his seat in May", "the mayor was not re-elected", "was voted out at the election". Councils, boards of
governors and trustees change their deciders this way; a seat kept ("retained her seat", "was re-elected") or one
lost somewhere else ("lost our seat at the table") is no change. A branch of cues_people.DEPARTURE, which checks that
a person is its subject."""

from __future__ import annotations

SEAT_LOST = (
    r"\b(?:lost|did not (?:retain|hold|keep)|didn't (?:retain|hold|keep)|failed to (?:retain|hold|keep))"
    r" (?:his|her|their) (?:council |board )?(?:seat|office)\b(?! (?:at|on) the table)"
    r"|\b(?:was|were|has been|have been|got)(?: not|n't) re-?elected\b"
    r"|\b(?:was|were|has been|have been|got) (?:voted out|unseated|deselected"
    r"|defeated at the (?:election|polls|ballot))"
)
