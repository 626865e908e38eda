"""Health cues for addiction and its treatment (GDPR Art. 9): counselling, support groups and therapy for a
substance or gambling, and the struggle itself ("has addiction counselling on Wednesdays", "in substance abuse
treatment", "battling addiction", "getting help for his drinking", "a residential programme for her drinking").

Senses that must not match: a provider or a market ("sells to addiction counselling services"), a figure of
speech ("my coffee addiction", "his addiction to spreadsheets"), counselling that is no treatment ("career
counselling", "debt counselling"), and the job itself ("she is an addiction counsellor at the trust")."""

from __future__ import annotations

# what is treated; "drug" alone would read a pharma launch ("the new drug therapy"), so it needs a use word or a
# counselling/rehab word (below)
_HABIT = (
    r"(?:addiction|substance[- ](?:ab)?use|substance[- ]misuse|alcohol(?:[- ](?:ab)?use| misuse)?|drug (?:ab)?use|"
    r"drug misuse|drug and alcohol|alcohol and drug|gambling|opioid|cocaine|heroin)"
)
# the help given for it, as someone goes through it ("a gambling session" is a night out, so sessions and
# meetings are an addiction's only)
_HELP = (
    r"(?:counsell?ing|therapy|treatment|support (?:group|meeting|session)s?|recovery (?:group|meeting|programm?e)s?)"
)
# a provider, a sector or a market: what a supplier sells to, not what someone attends
_AS_A_MARKET = (
    r"(?! (?:services?|providers?|sector|market|charit(?:y|ies)|organi[sz]ations?|centres?|centers?|clinics?|"
    r"software|platform|practices?|staff|teams?|apps?|business|contract|tender|funding|budgets?|workers|"
    r"professionals|field|industry|provision|commissioners?))"
)
# a figure of speech: an addiction to something no one is treated for
_NOT_A_FIGURE = (
    r"(?! to (?!(?:alcohol|drugs|painkillers|opioids|opiates|gambling|cocaine|heroin|pills|booze|crack|meth|"
    r"prescription|sleeping pills|betting)\b))"
)
# a stay or course someone goes away on for it ("a 28-day residential programme for his drinking", "a stint in
# a clinic for her gambling")
_A_STAY = (
    r"(?:programm?e|rehab|detox|stay|stint|spell|course|clinic|retreat|placement|leave|time away|time off|"
    r"break|admission)"
)
# drinking that is a pastime's or water's ("the loyalty programme for his drinking buddies")
_NOT_A_DRINK = r"(?! (?:buddies|mates|pals|friends|water|fountains?|games?|club|society|team|glasses|straws?))"
_STRUGGLE = (
    r"(?:struggl(?:es|ed|ing) with|battl(?:es|ed|ing)|fight(?:s|ing)|fought|suffer(?:s|ed|ing)? (?:from|with)|"
    r"treated for|recovering from|in treatment for|(?:getting|got|gets|seeking|sought|needs?) (?:help|treatment) "
    r"(?:for|with)|lost (?:his|her|my) (?:\w+ )?(?:job|licence|marriage) (?:to|over))"
)

ADDICTION = (
    (
        # the help for an addiction someone has ("has addiction counselling every Wednesday", "her drug and
        # alcohol support group")
        r"\b"
        + _HABIT
        + r" "
        + _HELP
        + r"\b"
        + _AS_A_MARKET
        + r"|\b(?:(?:drug|alcohol|addiction) (?:counsell?ing|rehab|detox)|addiction (?:group )?"
        r"(?:sessions?|meetings?))\b"
        + _AS_A_MARKET
        + r"|\b(?:counsell?ing|therapy|treatment|help|support|"
        + _A_STAY
        + r") (?:for|with) (?:his|her|my) "
        r"(?:drinking|drug use|gambling|addiction|alcohol use|substance (?:ab)?use)\b" + _NOT_A_DRINK,
        "person",
    ),
    (
        # someone seeing a counsellor for it; "is an addiction counsellor" is a job
        r"\b(?:sees?|seeing|saw|visits?|visiting|referred to|appointments? with|sessions? with) (?:an? |his |her |my |"
        r"the )?(?:addiction|substance (?:ab)?use|substance misuse|drug|alcohol|drug and alcohol|gambling) "
        r"(?:counsell?or|therapist|worker|specialist|nurse|key ?worker)\b",
        "person",
    ),
    (
        # the struggle itself ("battling addiction", "struggling with a cocaine habit", "his drinking problem")
        r"\b"
        + _STRUGGLE
        + r" (?:an? |his |her |my |the )?(?:\w+ )?(?:addiction|dependency|dependence)\b"
        + _NOT_A_FIGURE
        + r"|\b(?:his|her|my) addiction\b"
        + _NOT_A_FIGURE
        + r"|\b(?:an? |his |her |my )(?:drinking|drug|cocaine|heroin|crack|opioid|pill|painkiller|meth) "
        r"(?:problem|habit)\b|\b(?:substance|alcohol) use disorder\b|\bsubstance (?:ab)?use (?:problems?|issues?)\b",
        "person",
    ),
)
