"""An email address asked for, not an email to write: "what's the email address of our contact at Codehow?", "email
for the Cancity contact?", "Casey's email pls". Read before any draft request, whose word "email" it shares: the answer
is the account's contacts with their titles and addresses."""

from __future__ import annotations

import re

from agents.offline.entities import Mention
from agents.offline.question import Question

# "email address(es)", "e-mail addr", "email id"; "the/their/our contact's email"; "email for/of the contact"
_ADDRESS = re.compile(
    r" (?:email|e-mail|mail) (?:address|addresses|addr|id|ids)(?= )"
    r"| (?:contact s|contacts|contact|their|his|her|s) (?:email|e-mail)(?: address)?(?= | $)"
    r"|(?:^| the| what| whats| their) (?:email|e-mail)s? (?:for|of) (?:the |our |their |my |your )?(?:[\w-]+ )?"
    r"(?:contact|contacts|buyer|champion)(?= )"
)
# ... unless a message is to be written to it: "write to their email address", "send it to the contact's email"
_TO_WRITE = re.compile(
    r" (?:draft|write|send|compose|reply|ping|reach out|follow up|follow-up|prepare|create|put together) "
)


def read(t: str, text: str, mentions: list[Mention]) -> Question | None:
    """The contacts question ``t`` (normalised) asks when it wants an address, or None."""
    account = next((m.name for m in mentions if m.kind == "account"), None)
    if account is None or not _ADDRESS.search(t) or _TO_WRITE.search(t):
        return None
    return Question("facts", (), {"account": account}, facts=("contacts",), text=text)
