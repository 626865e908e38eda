"""Health cues for care a person is getting, told without the words the older tables wait for: treatment for an
illness ("he's been in treatment for depression since the summer", "getting treatment for anxiety"), a mental
illness that is someone's ("seeing someone for his depression"), a change of medicine ("on new meds that make
him foggy"), and the shorthand of a note ("AA mtgs tues nights").

Senses that must stay quiet: a treatment as a product or a market ("Medzap sells a treatment for depression", "the
clinic's treatment for burnout"), a slump ("the Great Depression", "a depression in demand"), meds on a list
("the meds list for the pharmacy tender", "on new medication pricing"), and other AAs ("AA batteries", "an AA
rating")."""

from __future__ import annotations

from policies.privacy.lexicon_health import ILLNESS

# illnesses of the mind and of habit, which are treated rather than caught
_MIND = (
    r"(?:depression|anxiety|bipolar(?: disorder)?|PTSD|OCD|an eating disorder|anorexia|bulimia|burn-?out|"
    r"alcoholism|addiction|(?:his|her|my|their) drinking|insomnia|panic attacks|psychosis|schizophrenia)"
)
# what a person undergoes, not what a firm sells: a verb of being or getting before "treatment"
_IN_TREATMENT = (
    r"(?:in|into|getting|gets|got|receiving|receives|received|under|undergoing|started|starting|starts|began|"
    r"begun|finished|having|had|needs|needed|seeking|sought|went for|goes for)"
)

CARE_SOUGHT = (
    (
        r"\b" + _IN_TREATMENT + r" (?:(?:outpatient|inpatient|residential|long-term|ongoing) )?treatment for "
        r"(?:(?:his|her|my|their|severe|clinical|chronic|major|post-?natal) )*(?:" + _MIND + r"|" + ILLNESS + r")\b|"
        r"\b(?:being|been|was|is|got|getting) treated for (?:(?:his|her|my|their|severe|clinical|chronic|major) )*"
        r"(?:" + _MIND + r"|" + ILLNESS + r")\b",
        "person",
    ),
    (
        # a mental illness that is someone's ("for his depression", "her bipolar"); "a depression in demand" has
        # no owner
        r"\b(?:his|her|my|their) (?:(?:severe|clinical|chronic|post-?natal|postpartum|ongoing|old) )?(?:depression|"
        r"bipolar(?: disorder)?|PTSD|eating disorder|alcoholism|schizophrenia|psychosis)\b(?! (?:era|years|"
        r"economics|of (?:the|\d)))",
        "person",
    ),
    (
        # a change of medicine ("on new meds", "put on stronger medication"); "on the meds list" is a tender's
        r"\bon (?:(?:new|different|stronger|strong|heavy|heavier|some|more|extra|daily|the new|new anxiety|"
        r"anti-?anxiety|anti-?depressant|heart|blood pressure|pain|sleeping|mood) )+(?:meds|medications?|pills|"
        r"tablets)\b(?! (?:list|lists|spend|budget|account|tender|contract|catalogue|formulary|pricing|prices?|"
        r"costs?|rollout|launch|orders?|sales|data|range|lines?|products?)\b)",
        "person",
    ),
    (
        # a note's shorthand for the meetings ("AA mtgs tues nights", "AA mtg thurs"); "NA mtg" is as often
        # North America's
        r"\b(?-i:AA) (?:mtgs?|meets?|meeting nights?|grp|group meetings?)\b",
        "person",
    ),
)
