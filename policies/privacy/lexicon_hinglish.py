"""Cues for Hinglish notes (Hindi in Latin letters with English words), where the verb comes last and the possessive is
"apne": ethnicity "Tenzin Tibetan hai", religion "prayer ke liye chhutti leta hai", "namaz ke liye", and orientation
"Arjun apne boyfriend ke saath" (a couple gate: the owner's and the partner's gender).

Senses that must stay quiet: a thing said to be of a people ("ye restaurant Tibetan hai", "Tibetan khana accha hai", "ye
Punjabi hai" of a song: "ye" is as often "this" as "he"), a prayer as a figure ("prayer ke liye ready raho, deal tough
hai") and a partner across genders ("Priya apne boyfriend ke saath")."""

from __future__ import annotations

from policies.privacy.lexicon_identity import _ETHNIC

_NAME = r"(?-i:[A-Z][a-z]+)"

# the one said to be of a people is named just before it (maybe with a bracketed firm) or is "wo"/"woh"
# a word after "ka"/"ke" (of), "ye" (this) or an article is a thing's ("client dinner ka Menu Punjabi hai"), not a name
_NOT_AFTER = "".join(rf"(?<!\b{w} )" for w in ("ka", "ke", "ye", "yeh", "the", "The", "a", "our", "my"))
_WHO = r"(?:" + _NOT_AFTER + r"\b" + _NAME + r"(?: \([^()]{1,60}\))?|\b(?:wo|woh|vo|voh))"
HINGLISH_ETHNICITY = ((_WHO + r" " + _ETHNIC + r" (?:hai|hain|tha|thi|the)\b", "self"),)
_FOR_WORSHIP = (
    r"(?:prayer|prayers|puja|pooja|namaz|namaaz|ibadat|paath|ardas|mass) (?:ke|ki|karne ke) (?:liye|waaste|vaaste)"
)
# leave taken for it: the verb ("leta hai", "li thi") says a person takes it
_LEAVE_TAKEN = r"(?:chhutti|chutti|leave|off) (?:leta|leti|lete|liya|li|le raha|le rahi)(?: hai| hain| tha| thi)?"
HINGLISH_RELIGION = (
    (r"\b" + _FOR_WORSHIP + r"\b(?! (?:ready|taiyar|tayyar))", "person"),
    (
        r"\b" + _LEAVE_TAKEN + r",? (?:\w+ ){0,3}?" + _FOR_WORSHIP + r"\b|\b" + _FOR_WORSHIP + r" " + _LEAVE_TAKEN,
        "self",
    ),
)
HINGLISH_ORIENTATION = (
    (
        r"\b(?P<owner>" + _NAME + r")(?: \([^()]{1,60}\))? (?:apne|apni|uske|uski) "
        r"(?P<rel>boyfriend|girlfriend|husband|wife|fianc[ée]e?|fiance)\b",
        "couple",
    ),
)
