"""Health told in euphemism or by its signs: a pregnancy in idiom ("eating for two", "a bun in the oven"), a
procedure in slang ("having the snip", "going under the knife"), and a course of cancer treatment told by its
cycles next to what it does to a body ("round four of six" and a beanie on every call).

Senses that must stay quiet: an organisation "eating for two" (buying for a second site), "the price is a
snip", "snip the cable", and rounds of anything else ("round two of six interviews", "cycle 3 of 6 sprints")."""

from __future__ import annotations

# the subject "eats for two" must be a person: a pronoun or a capitalised name right before the verb
# (not "Sonron's procurement is eating for two this year")
_PERSON_SUBJECT = r"(?:(?-i:I)|she|he|you|(?-i:[A-Z][a-z]+))"
_BE = r"(?:'m|’m|'s|’s|'re|’re| am| is| are| was| were| will be| 'll be| has been| have been)"
# who has a procedure: a pronoun, a name, or a relative ("my dad went under the knife")
_WHO = (
    r"(?:(?-i:I)|he|she|you|(?-i:[A-Z][a-z]+)|(?:my|his|her|their|your) (?:husband|wife|partner|dad|father|mum|mom|"
    r"mother|son|daughter|brother|sister|grandad|grandpa|grandma|gran|nan|uncle|aunt|boss))"
)
_EXPECTING_IDIOM = (
    r"(?:a bun in the oven|(?:a |another )?(?:baby|little one|sprog) on the way|in the family way|up the duff|"
    r"in the pudding club)"
)
# a body's signs of chemotherapy near the cycle count ("lost her hair", "wears a wig", "lost a lot of weight")
_TREATMENT_SIGN = (
    r"(?:lost (?:a lot of |so much |loads of |some |his |her |my |all (?:of )?(?:his|her|my) )?(?:weight|hair)|"
    r"(?:his|her|my) hair (?:fell|falling|has fallen|came) out|(?:wears?|wearing|wore|worn) (?:a |an )?(?:\w+ )?"
    r"(?:beanie|wig|headscarf|head scarf|turban)s?|bald(?:ing)? (?:now|since)|infusions?|oncolog\w+|chemo\w*)"
)
_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# a cycle of something named is that thing's ("cycle two of six of the pilot", "round four of six interviews")
_CYCLES = (
    r"\b(?:round|cycle|session|dose|infusion)s? " + _NUMBER + r" (?:of|out of) " + _NUMBER + r"\b(?! (?:of|in|for) "
    r"(?:the|our|their|this|that|a|an)\b| (?:interviews?|sprints?|tenders?|talks|negotiations?|bids?|pitches|demos?|"
    r"meetings?|workshops?|trainings?|layoffs|cuts|hiring)\b)"
)

VEILED_HEALTH = (
    (
        # a pregnancy in idiom, said of a person ("I'm eating for two these days", "she's got a bun in the oven")
        r"\b" + _PERSON_SUBJECT + _BE + r" (?:\w+ )?eating for two\b|\b(?:has|have|'s|’s|got|with|is|are|'re|am|'m)"
        r" (?:got )?" + _EXPECTING_IDIOM + r"\b",
        "person",
    ),
    (
        # a procedure in slang ("having the snip on Friday", "got snipped", "went under the knife"); said of a
        # person, since a budget too "goes under the knife"
        r"\b(?:having|had|have|has|get|gets|getting|got|booked (?:in )?for|going for|went for|scheduled for|"
        r"due for) (?:the|a) snip\b(?! (?:at|of|for)\b)|\b" + _WHO + r"(?:'s|’s|'m|’m|'ll|’ll| is| was| will| has| had|"
        r" have)?(?: be| been)?(?: \w+)? (?:(?:getting|got|get|gets|been) snipped|(?:go|goes|going|went|gone|been) "
        r"under the knife)\b|\b(?:a |his |her |my |the )?vasectom(?:y|ies)\b(?! (?:clinics?|services?|markets?|"
        r"providers?|rates?|numbers|figures|data|statistics|software)\b)|\b(?:his|her|my) tubes tied\b",
        "person",
    ),
    (
        # cycles of a treatment beside its signs, in either order ("lost weight, wears a beanie, round four of six")
        r"\b"
        + _TREATMENT_SIGN
        + r"\b[^.!?\n]{0,160}?"
        + _CYCLES
        + r"|"
        + _CYCLES
        + r"[^.!?\n]{0,160}?\b"
        + _TREATMENT_SIGN
        + r"\b",
        "person",
    ),
)
