"""A customer's letter pasted as it came: a greeting to one of us at its top ("Hi Moses,", "Dear Ms Okafor,",
"Hallo Herr Albers,") and a signature block at its foot whose title or company line names the account ("Rachel
Stein\nVP Revenue, <account>"). Its "our Controller" and "our CTO" are then the customer's people, so
``sides.written_by_customer`` asks here when the mail carries no From line."""

from __future__ import annotations

import re

# a letter's opening line: a greeting, a name, a comma (or nothing more)
_GREETING = re.compile(
    r"^[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon)|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|hola|"
    r"estimad[oa]|hoi|beste|ciao|buongiorno|ol[aá])\b[^\n]{0,40}[,!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# a signature: a full-name line alone (or "Name | Title | Company"), the account (masked ¤) within two lines
_SIGNATURE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}[ \t]*(?:[|\n][^\n]{0,90}){0,2}¤")
# where the quoted history of the letter starts
_EARLIER = re.compile(r"^[ \t]*(?:-{3,}|>|On [^\n]{5,80} wrote:|From:|Von:|De :|De:)", re.MULTILINE)


def signed_by_customer(masked: str) -> bool:
    """Whether ``masked`` (the account masked as ¤) opens with a greeting and closes, above any quoted history,
    with a signature at the account: a letter the customer wrote."""
    greeting = _GREETING.search(masked, 0, 400)
    if greeting is None:
        return False
    below = _EARLIER.search(masked, greeting.end())
    end = below.start() if below else len(masked)
    return _SIGNATURE.search(masked, max(greeting.end(), end - 300), end) is not None
