"""A title said with "my" straight before the name: "My assistant Joaquín will coordinate", "my boss, Chuck Clough".

In the customer's own mail "my" is theirs (in a rep's note the person is ours, and ``sides`` leaves them out). Only a
short phrase ending on a title word: "one of my risk management teams, Jo" gives none.
"""

from __future__ import annotations

import re

from memory.extract.roles import ROLE_WORDS, valid_role

# no preposition inside: "my colleague in finance, Tom" says where Tom works, not his title
_MY_ROLE = re.compile(r"\b(?i:my)\s+((?:(?!(?i:in|at|on|from|with|to|for)\s)[A-Za-z-]+\s+){0,2}?[A-Za-z-]+),?\s+$")


def my_role_before(text: str, start: int) -> str | None:
    """The title in "my <title> " ending at ``start`` (where a name begins), or None."""
    m = _MY_ROLE.search(text, max(0, start - 40), start)
    if m is None or m.group(1).split()[-1].lower() not in ROLE_WORDS:
        return None
    return valid_role(m.group(1))
