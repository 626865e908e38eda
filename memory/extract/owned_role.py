"""A title owned by the account, written before the name: "Rundofase's ops lead, Ifeoma Nwosu".

The account is masked (``¤``) by then, so only the customer's own possessive counts: "Hank's ops lead, Jo" names
whose report Jo is, and another vendor's ("Kestrel's AE, Tony") is masked apart and left out before this is read.
Also the title said with "my" (``my_role``), which reads the same spot, and one just taken on, said after the name
(``took_over``: "Jürgen Maier now, he took over as plant director").
"""

from __future__ import annotations

import re

from memory.extract.my_role import my_role_before
from memory.extract.roles import ROLE_WORDS, valid_role
from memory.extract.took_over import took_over_role

# the account's possessive, then a short title closing on a title word, then the name: "¤¤¤'s CFO, "
_OWNED_ROLE = re.compile(r"¤+['’]s\s+((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+),?\s+$")


def owned_role_before(text: str, start: int, end: int) -> str | None:
    """The title in "my <title> " or "<account>'s <title>, " ending at ``start`` (where a name begins), or in
    "..., who took over as <title>" after ``end`` (where it ends); None when neither."""
    if role := my_role_before(text, start) or took_over_role(text, end):
        return role
    m = _OWNED_ROLE.search(text, max(0, start - 60), start)
    if m is None or m.group(1).split()[-1].lower() not in ROLE_WORDS:
        return None
    return valid_role(m.group(1))
