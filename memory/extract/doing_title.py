"""A title in brackets after a clause saying what the person does: "Mats Brekke runs the fleet (fleet manager)",
"Ana Sousa handles purchasing for them (procurement lead)". Read from a masked note, after the name."""

from __future__ import annotations

import re

# the clause: a verb of being in charge, then what of, with no other name in it ("runs the depot with Ada Lund
# (ops lead)" gives Ada's title, not his); then the bracket
_DOING_THEN_TITLE = re.compile(
    r"^[ \t]+(?:runs|heads|leads|manages|handles|oversees|owns|covers|looks after|takes care of|deals with|"
    r"is (?:in charge of|responsible for))[ \t]+((?:(?![A-Z][a-z])[^,.;:!?\n()]){2,40}?)[ \t]*\(([^()\n]{2,50})\)"
)


def title_after_doing(tail: str) -> str | None:
    """The bracket's words after such a clause at the start of ``tail``, or None; ``tail`` is the text after the
    name. The caller checks them as a title."""
    m = _DOING_THEN_TITLE.match(tail)
    return m.group(2) if m else None
