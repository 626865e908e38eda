"""A person named and then set aside by a pronoun that points back: "(elizabeth is new, obviously not her)",
"(carol's got no deals, ignore her)", "anna's on leave, don't count her", "leave him out". Words lose their
punctuation once tokenised, and "her" is a possessive too ("ignore her old ones" keeps her), so a set-aside that
ends a remark is first spelled the one unambiguous way, "leave her out", while the text still shows where the
remark ends."""

from __future__ import annotations

import re

_BACK = {"her", "him", "them", "hers", "his", "theirs"}
_NEVER_POSSESSIVE = {"him", "them"}  # "skip him and ..." sets him aside; "skip her ..." may be "skip her deals"
_CLOSING = {"though", "tho", "obviously", "pls", "please", "thanks", "thx", "either", "included", "counted", "ofc"}
_SET_ASIDE = {"ignore", "ignoring", "skip", "skipping", "exclude", "excluding", "drop", "dropping", "disregard"}
_COUNT_OUT = {"leave", "leaving", "count", "counting", "take", "taking", "keep", "keeping", "cut"}
_NEGATED = {"don't", "dont", "not", "never", "no"}
_REMARK_END = r"(?=\s*(?:[),.;:!?]|\s-|\s—|$))"
_VERB = rf"(?:{'|'.join(sorted(_SET_ASIDE, key=lambda w: (-len(w), w)))}|don'?t count|do not count)"
_SPELLED_OUT = re.compile(
    rf"(?<!\bdon't )(?<!\bdont )(?<!\bnot )(?<!\bnever )\b{_VERB}\s+(her|him|them){_REMARK_END}", re.I
)


def set_aside_spelled_out(text: str) -> str:
    """``text`` with each set-aside that ends a remark ("ignore her)", "don't count him.") as "leave her out"."""
    return _SPELLED_OUT.sub(lambda m: f"leave {m.group(1)} out", text)


# the person just named is set aside in so many words: "carl doesn't count", "anna isn't counted", "not counting"
_DOES_NOT_COUNT = re.compile(
    r"(?:doesn't|doesnt|does not|shouldn't|shouldnt|should not|won't|wont|can't|cant) count\b"
    r"|(?:isn't|isnt|is not|shouldn't be|should not be) (?:counted|included|relevant)\b"
)


def not_them_after(after: list[str]) -> bool:
    """Whether the words after a person's name set them aside: "not her" ending the remark, "leave her out",
    "skip him"; "not her fault" goes on and "don't ignore him" keeps him, so neither leaves anyone out."""
    if _DOES_NOT_COUNT.match(" ".join(after[:4])):
        return True  # "(Carl doesn't count, he has nothing in the system)"
    for i in range(len(after) - 1):
        word, back, rest, before = after[i], after[i + 1], after[i + 2 : i + 3], after[i - 1] if i else ""
        if back not in _BACK or before in _NEGATED:
            continue
        if word == "not" and (not rest or rest[0] in _CLOSING):
            return True
        if (word in _COUNT_OUT and rest == ["out"]) or (word in _SET_ASIDE and back in _NEVER_POSSESSIVE):
            return True
    return False
