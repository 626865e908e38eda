"""Ethnic-origin cues for the peoples of China and its borderlands the older tables lack, said of a named
person: "Chen Wei is Hui", "Li Na (Acme Kunming) is Naxi", "Wei is ethnically Manchu". Several of these names are
also given names ("Hui", "Hani"), so the person said to be one is named before, by a known given name, and the
people's name is not followed by another name ("Wei is Hui Zhang's manager").

Senses that must stay quiet: a given name as an answer ("our contact at Treequote is Hui"), the Māori "hui" (a
meeting), and a people's name on a thing ("Miao embroidery", "the Naxi music show")."""

from __future__ import annotations

from policies.privacy.names import FEMALE, MALE

_PEOPLE = r"(?-i:Hui|Manchu|Miao|Tujia|Naxi|Bouyei|Lisu|Hani|Lahu|Jingpo|Mosuo|Dongxiang|Salar|Bonan)"
_GIVEN = r"(?-i:" + "|".join(sorted(sorted(MALE | FEMALE), key=len, reverse=True)) + r")"
# a named person, maybe with a second name and a bracketed employer ("Chen Wei (Zathunicon Xi'an)")
_NAMED = r"\b" + _GIVEN + r"(?: (?-i:[A-Z][a-z]+))?(?: \([^()]{1,60}\))?"

CHINA_PEOPLES = (
    (
        _NAMED + r"(?:'s| is| was) (?:ethnic(?:ally)? |also )?" + _PEOPLE + r"\b(?! (?-i:[A-Z]))(?!['’]s)",
        "self",
    ),
)
