"""Genetic cues for what a person's DNA or ancestry test found about their family: "the ancestry DNA kit her
brother gave her showed her dad isn't her biological father", "his 23andMe turned up a half-brother", "the DNA
test she did for fun revealed she was adopted". The test is theirs and its finding is genetic data, however
many words come between the kit and what it showed; and the kit of a person whose name has an accent
("Chloé's DNA kit"), which the plain-letter possessives elsewhere miss.

Senses that must stay quiet: a kit sold or a brand as a firm ("we sell DNA kits", "the 23andMe account"), the
DNA of a company or a culture ("it's in our DNA"), a test of things, not people ("DNA tests on the seed
samples"), and a family fact with no test ("her biological father lives in Porto")."""

from __future__ import annotations

# the test: a kit, a test or a brand's results
_TEST = (
    r"(?:(?:ancestry |home |consumer |spit |saliva |genealogy )?DNA (?:kit|test|swab)s?|ancestry (?:kit|test)s?|"
    r"(?-i:23andMe|23andme|AncestryDNA|MyHeritage|FamilyTreeDNA)(?: (?:kit|test|results?|report))?|genetic "
    r"(?:kit|test)s?)"
)
# what it showed about kin: parentage, adoption, unknown siblings, a donor
_KIN = (
    r"(?:biological|birth|real|actual|genetic) (?:father|mother|dad|mum|mom|parents?|sibling|brother|sister)|"
    r"(?:was|is|were|been) adopted|half-(?:brother|sister|sibling)s?|(?:a |an )?(?:unknown|secret|long-lost) "
    r"(?:brother|sister|sibling|half-\w+|father|child|daughter|son)s?|donor[- ]conceived|"
    r"(?:isn't|is not|wasn't|was not|isnt|wasnt) (?:his|her|their|my) (?:dad|father|mum|mother|mom|biological \w+)"
)
_FOUND = r"(?:showed|shows|revealed|reveals|proved|proves|confirmed|found|turned up|told (?:him|her|them|me)|said)"

KINSHIP_FINDINGS = (
    (
        # the kit and its finding, up to a dozen words apart ("the DNA kit her brother gave her for xmas showed")
        r"\b" + _TEST + r"\b(?:[^.!?;\n]{0,80}?)\b" + _FOUND + r" (?:that )?(?:[\w'’]+ ){0,4}?(?:" + _KIN + r")\b",
        "person",
    ),
    (
        # a possessive with an accented or hyphenated name ("Chloé's DNA kit", "Ana-Sofía's ancestry test")
        r"(?-i:\b[A-ZÀ-Ý][\w-]*[À-ÿ][\w-]*)['’]s (?:\w+ )?"
        + _TEST
        + r"\b(?! (?:compan(?:y|ies)|business|brand|sales)\b)",
        "self",
    ),
)
