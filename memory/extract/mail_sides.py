"""Our mail domains, and whose words a quoted mail's lines are, for ``sides``: in a quoted mail from the customer,
"our office manager, Bronwyn Tate" is the customer's. Split from ``sides`` (its size limit)."""

from __future__ import annotations

import re

from memory.extract.auto_reply import in_quoted_auto_reply

# Our reps write from this domain (LABELS.md); a name shown with such an address is our staff.
OUR_EMAIL_DOMAINS = ("ourteam.example",)
TEAM_TAGS = "|".join(re.escape(d.split(".")[0]) for d in OUR_EMAIL_DOMAINS)  # "(ourteam)" as a speaker tag
# our firm's name, never a person's: "Malik Ross (Ourteam, Account Manager)"
TEAM_NAMES = tuple(d.split(".")[0].capitalize() for d in OUR_EMAIL_DOMAINS)

# a quoted mail's From line with its sender's domain: "> From: Marisol Quintero <m.q@streethex.example>"
_QUOTED_FROM = re.compile(r"^[ \t]*>[ \t>]*(?i:from):[^\n@]*@([^\s>]+)", re.MULTILINE)


def in_quoted_customer_mail(masked: str, at: int) -> bool:
    """Whether ``at`` is on a "> " line of a quoted mail from outside our domains: its "our" is the customer's."""
    line = masked.rfind("\n", 0, at) + 1
    if not masked[line:at].lstrip().startswith(">"):
        return False
    if in_quoted_auto_reply(masked, at):
        return True  # "> Automatic reply: ... please contact my colleague Anneke Visser": the customer's words
    senders = [m.group(1).lower().rstrip(".") for m in _QUOTED_FROM.finditer(masked, 0, at)]
    return bool(senders) and senders[-1] not in OUR_EMAIL_DOMAINS
