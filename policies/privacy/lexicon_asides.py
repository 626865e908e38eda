"""Cues for what people let slip in the small talk of a sales call, in English: an ancestry share a DNA kit gave
them ("my 23andMe came back thirty percent Ashkenazi"), a positive result for a cancer gene ("got my BRCA2 result
back and it's positive"), a cold with no verb before it ("ugh, heavy cold since the weekend"), a relative admitted
in a named hospital ("my father is admitted in Apollo"), "I'm Deaf" and a person's own sign-language interpreter,
leading the prayer at one's own masjid, and a delegate at a party congress ("party congress, I'm a delegate").

Senses that must stay quiet: a kit as a market or a product ("23andMe grew 30 percent in Ireland"), a result
that is negative or a lab's ("tested negative for BRCA1", "the lab runs BRCA panels"), the weather ("it's been
cold since the weekend"), admitting a fact ("admitted in March that"), an interpreter for an event ("a BSL
interpreter for the webinar"), a sermon in a deck ("gave a sermon at kickoff"), and a conference delegate of an
industry ("a delegate at the SaaS conference")."""

from __future__ import annotations

# the test: a consumer DNA kit or its brand
_KIT = (
    r"(?:(?-i:23andMe|23andme|AncestryDNA|MyHeritage|FamilyTreeDNA|LivingDNA)|(?:ancestry|DNA|genetic|heritage) "
    r"(?:kits?|tests?|results?|reports?|swabs?))"
)
# a share of a people: a number with "percent", or a fraction in words
_SHARE = (
    r"(?:\d{1,3}(?:\.\d)? ?(?:%|percent|per cent|pc)|(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|a hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))? (?:percent|per cent)|half|a "
    r"quarter|a third|an eighth)"
)
# the people, capitalised, and not a market, a region of sales or a team ("30 percent German customers")
_PEOPLE = (
    r"(?-i:[A-Z][a-zé]+(?:[- ][A-Z][a-z]+)?)\b(?! (?:customers?|clients?|users?|market|revenue|sales|accounts?|"
    r"deals?|team|staff|offices?|subsidiar\w+|share|growth|region)\b)"
)


def _share_of(people: str) -> str:
    # the kit and the share it gave, in one sentence ("the 23andMe kit came back like thirty percent Ashkenazi
    # Jewish", "my DNA results say I'm 40% Irish")
    return (
        r"\b" + _KIT + r"\b[^.!?\n]{0,90}?\b(?:like |about |around |nearly |almost |roughly |over |mostly )?" + _SHARE
        + r" " + people
    )  # fmt: skip


# a DNA result whatever it found; an ethnic origin only if it is a people's, not an archaic human's ("2% Neanderthal")
ANCESTRY_SHARES = ((_share_of(_PEOPLE), "person"),)
ANCESTRY_PEOPLES = ((_share_of(r"(?-i:(?!Neanderthal|Denisovan))" + _PEOPLE), "person"),)

# the cancer-risk genes whose positive result is the person's raised risk of disease, so health as well
_RISK_GENE = r"(?-i:BRCA[12]?|PALB2|MLH1|MSH2|MSH6|PMS2|CHEK2|APOE4|APOE-e4|HTT)"
# the gene itself, as genetic data, inside the health cue's span (a health finding inside a genetic one is dropped
# as the same words): "positive for BRCA2", "PALB2 result back and it was positive"
GENE_NAMED_POSITIVE = (
    (
        r"(?<=positive for )"
        + _RISK_GENE
        + r"\b|(?<=positive for the )"
        + _RISK_GENE
        + r"\b|\b"
        + _RISK_GENE
        + r"\d?(?= (?:test |result |results |screen )?(?:came back |back )?(?:and (?:it's |it is |it was |they're |was "
        r"|is )?)?(?:positive|(?:a )?(?:pathogenic|harmful) (?:variant|mutation))\b)",
        "person",
    ),
)
GENE_POSITIVES = (
    (
        r"\b(?:tested|came back|test(?:ed)? came back|result(?:s)? (?:came )?back|is|was|'s) positive (?:for "
        r"(?:the |a |an )?)?" + _RISK_GENE + r"\b|\b" + _RISK_GENE + r"\d? (?:test |result |results |screen )?"
        r"(?:came back |back )?(?:and (?:it's |it is |it was |they're |was |is )?)?(?:positive|(?:a )?(?:pathogenic"
        r"|harmful) (?:variant|mutation))\b",
        "person",
    ),
)

# a cold or a bug told without a verb ("ugh, heavy cold since the weekend"); weather has no "a" and no "heavy"
ASIDE_ILLNESS = (
    (
        r"\b(?:(?:a |this |my |the )?(?:heavy|bad|nasty|stinking|streaming|rotten|horrible|awful|terrible|"
        r"filthy) (?:head |chest )?cold|a (?:head |chest )?cold|head cold|chest cold|(?:a|this|my) "
        r"(?:stomach|tummy|winter) bug) (?:since|for (?:\w+ )?(?:days|a week|the week|two weeks)|all week|"
        r"this week)\b",
        "person",
    ),
    (
        # admitted in a hospital named by its name, as Indian English says it ("admitted in Apollo", "admitted at
        # Fortis"); not a fact admitted in a meeting or a month ("admitted in March")
        r"\b(?:is|was|been|got|are|were|'s|being) admitted (?:in|at|to) (?-i:(?!(?:January|February|March|April|"
        r"May|June|July|August|September|October|November|December|Court|Parliament)\b)[A-Z][a-z]+)\b"
        r"(?! (?:that|what|how|during)\b)",
        "person",
    ),
    (
        # deaf or blind said of oneself or a pronoun ("I'm Deaf", "she's hard of hearing"), and a person's own
        # sign-language interpreter ("Sam's BSL interpreter")
        r"\b(?:I|he|she|they)(?:'s|'re) (?:profoundly |partially |completely |also )?(?:deaf|blind|hard of "
        r"hearing)\b(?!-| to\b)|\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)'s) (?-i:BSL|ASL|Auslan|sign[- ]language) "
        r"interpreter\b",
        "person",
    ),
)

# leading the prayer, the sermon or the call to prayer at one's own house of worship
_HOUSE = r"(?:masjid|mosque|gurdwara|synagogue|shul|mandir|church|parish|chapel|temple|congregation)"
ASIDE_FAITH = (
    (
        r"\b(?:lead|leads|led|leading|give|gives|gave|giving|deliver|delivers|delivered|call|calls|called|do|does|"
        r"did) (?:the )?(?:prayers?|Friday prayers?|khutbah|khutba|sermon|adhan|azan|namaz|Jumu'ah|minyan|kirtan|"
        r"service) (?:\w+ ){0,2}?(?:at|in) (?:our|my|his|her|their) " + _HOUSE + r"\b(?!-)",
        "person",
    ),
    (r"\b(?:our|my) (?:local )?masjid\b(?!-)", "person"),
)

# a delegate at a party's congress or conference, said in English after the event ("party congress, I'm a
# delegate") or before it ("a delegate to the party congress")
ASIDE_POLITICAL = (
    (
        r"\bparty (?:congress|conference|convention|caucus|kurultay)\b[^.!?\n]{0,25}?\b(?:I's|I is|he's|she's|he "
        r"is|she is|as) (?:a |an )?(?:voting |elected |local |district )?delegate\b|\b(?:I's|I is|he's|she's|he is|"
        r"she is|is|was) (?:a |an )?(?:voting |elected )?delegate (?:at|to|for) (?:the|his|her|my|their) "
        r"(?:district |regional |national |annual )?party (?:congress|conference|convention)\b",
        "person",
    ),
)

SMALL_TALK: dict[str, tuple[tuple[str, str], ...]] = {
    "genetic_biometric": ANCESTRY_SHARES + GENE_NAMED_POSITIVE,
    "ethnicity": ANCESTRY_PEOPLES,
    "health": GENE_POSITIVES + ASIDE_ILLNESS,
    "religion": ASIDE_FAITH,
    "political_opinion": ASIDE_POLITICAL,
}
