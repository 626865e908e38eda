"""Ethnic-origin cues told by the form of a person's own name: spelled or written the way of their people
("asked us to spell her name the Amazigh way", "the Kurdish spelling of his name", "prefers her Māori name").

Only peoples count, not nations: "the French spelling of her name" tells a language, not an origin. Senses that
must stay quiet: a product's or a firm's name written a people's way ("the product name written the Zulu way"),
which is nobody's."""

from __future__ import annotations

from policies.privacy.lexicon_identity import _PEOPLES

_PEOPLE = r"(?-i:" + _PEOPLES + r")"
_NAME = r"(?:name|surname|first name|last name|given name|family name|full name)s?"
_OWNER = r"(?:his|her|my|their|(?-i:[A-Z][a-z]+)['’]s)"
# how a name is set down: spelled, written, transliterated, pronounced
_FORM = r"(?:spelling|spelt|spelled|form|version|transliteration|rendering|script|pronunciation|original)"

NAME_FORMS = (
    (
        # the owner's name, then the people's way ("spell her name the Amazigh way", "his surname in Kurdish")
        r"\b"
        + _OWNER
        + r" (?:own )?"
        + _NAME
        + r" (?:written |spelt |spelled |said )?(?:the "
        + _PEOPLE
        + r" way|in (?:the )?(?:original )?"
        + _PEOPLE
        + r"(?: "
        + _FORM
        + r"| way)?)\b|"
        # the people's form of the owner's name ("the Kurdish spelling of her name")
        r"\b(?:the |an? |its )?" + _PEOPLE + r" " + _FORM + r" of " + _OWNER + r" (?:own )?" + _NAME + r"\b|"
        # the owner's name in the people's own form ("her Māori name", "his Tamil surname")
        r"\b" + _OWNER + r" (?:original |real |birth |proper |own |full )?" + _PEOPLE + r" " + _NAME + r"\b",
        "person",
    ),
)
