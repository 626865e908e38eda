"""Who "I" is inside a quotation: a chat line often passes on what a contact said in their own words ("Greg just
said 'my husband's gonna kill me'"), and there "my husband" is Greg's, not the writer's (:mod:`.speaker`)."""

from __future__ import annotations

import re

from policies.privacy.names import FEMALE, MALE

# a quotation opens after a space, a bracket or a colon and before a word; an apostrophe inside a word
# ("husband's") neither opens nor closes one
_OPENS = re.compile(r"(?:^|(?<=[\s(\[:]))[\"'“‘](?=\w)")
_CLOSES = re.compile(r"(?<=[\w.!?,…])[\"'”’](?!\w)")
# the words that hand a quotation to its speaker, just before it ("Greg @ Treequote just said", "Ana goes:")
_INTRODUCED = re.compile(
    r"\b(?:just |literally |then |also |actually )?(?:said|says|saying|told (?:me|us|them|the team)|wrote|writes|"
    r"texted|messaged|replied|goes|went|was like|is like|mentioned|joked|added|quipped|asked)[\s,:]*$",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?-i:\b[A-Z][a-z]+\b)")
_REACH = 80  # how far before the verb the speaker's name may stand (a firm or a title between)


def quoted_speaker(text: str, pos: int) -> str | None:
    """The name of who speaks the quotation that ``pos`` lies in, when a speech verb introduces it; else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    # the last quotation opened before ``pos`` (one past it: the opening's lookahead reads the next letter)
    opening = max(_OPENS.finditer(text, line_start, pos + 1), key=lambda m: m.start(), default=None)
    if opening is None:
        return None
    closing = _CLOSES.search(text, opening.end())
    if closing is not None and closing.start() < pos:
        return None
    before = text[line_start : opening.start()]
    verb = _INTRODUCED.search(before)
    if verb is None:
        return None
    names = _NAME.findall(before, max(0, verb.start() - _REACH), verb.start())
    known = [name for name in names if name in MALE or name in FEMALE]
    return known[-1] if known else None
