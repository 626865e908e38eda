"""Titles as signatures give them: quoted from how the person signs their mail, said after the name ("Noor (signs
emails as 'Support Lead')", "Oren Shapiro, sig says 'Analytics Manager'", "Pedro signs as 'Pedro Alves – Fleet
Coordinator'"), and an aide's title naming the person aided ("Executive Assistant to Karim Nasser, VP Finance")."""

from __future__ import annotations

import re
from collections.abc import Callable

_QUOTED = r"(['\"‘“])(?P<sig>[^'\"‘’“”\n]{2,80})['\"’”]"
# the clause stays the name's: no sentence's end nor another name's opening between them
_SIGNED = re.compile(
    r"[^.;!?\n]{0,30}?\b(?:"
    r"(?:sign(?:s|ed)?|signing)(?: off| (?:all )?(?:(?:his|her|their) )?(?:e-?mails|mails|messages))? as"
    r"|(?:(?:e-?mail |mail )?(?:sig|signature|footer))(?: line| block)?\s+(?:says|reads|shows|has)"
    r")\s*:?\s*" + _QUOTED,
    re.IGNORECASE,
)
# the signature line may repeat the name before its title: "Pedro Alves – Fleet Coordinator"
_NAME_FIRST = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*\s*(?:[-–—|,]\s*)(?=\S)")


def signed_title(text: str, end: int, valid_role: Callable[[str], str | None]) -> str | None:
    """The title quoted as the signature of the person whose name ends at ``end``, or None."""
    m = _SIGNED.match(text, end)
    if m is None:
        return None
    sig = m.group("sig").strip()
    if (first := _NAME_FIRST.match(sig)) and valid_role(sig[: first.end()].strip(" -–—|,")) is None:
        sig = sig[first.end() :]  # the name repeated before the title, which is no title itself
    return valid_role(sig)


# an aide's title names the person aided after "to": that person is no part of it ("Assistant to the CEO" is)
_ASSISTANT_TO = re.compile(
    r"^(.*\b(?i:assistant|secretary|aide|PA|chief of staff))\s+to\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,.*)?$"
)


def without_aided(role: str) -> str:
    """``role`` without the person aided: "Executive Assistant to Karim Nasser" -> "Executive Assistant"."""
    return _ASSISTANT_TO.sub(r"\1", role)
