"""A calendar invitation's title as the next step, when the note says no other: "Invitation: Rantouch | MSA
walkthrough @ Tue Nov 14, 2017 3pm - 4pm (GMT)" books the walkthrough. Kept apart from ``next_step`` (at its size
limit). Only an invitation (new or updated): a cancelled or declined event ("Canceled event: ...", "Declined: ...")
books nothing.
"""

from __future__ import annotations

import re

# the invitation's subject on the note's first line: the event's title, "@", then when
_INVITATION = re.compile(
    r"\A\s*(?:updated )?invitation(?: from google calendar)?:\s*([^\n@]{3,120}?)\s*@\s*[^\n]*\d", re.IGNORECASE
)


def invitation_title(text: str) -> str | None:
    """The event's title when ``text`` opens with a calendar invitation's subject line, else None."""
    m = _INVITATION.match(text)
    return m.group(1) if m else None
