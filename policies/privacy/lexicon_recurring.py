"""Health cues for an ailment that comes back, told by a habitual verb ("Dana gets bad migraines from
bright light", "he's prone to nosebleeds", "she suffers with cluster headaches"). A single bout with "has" or
"off with" is :mod:`.lexicon_health`'s ("has a migraine", "off with flu").

Only ailments that are medical whatever surrounds them count: plain "headaches", "hiccups" and "blackouts"
are also a project's, a call's and a grid's ("the team gets headaches from the old API"). Senses that must
stay quiet: the ailment as a market ("gets migraine patients referred", "gets migraine-relief orders")."""

from __future__ import annotations

_HABITUAL = (
    r"(?:gets|get|getting|(?:is|are|was|'s|’s|been) (?:very |quite |really |a bit |badly )?(?:prone|susceptible) to|"
    r"prone to|susceptible to|plagued by|suffers? (?:badly )?with|suffered with|suffering with|gets regular|"
    r"still gets|has always had|has had (?:\w+ ){0,2}since)"
)
_HOW = (
    r"(?:(?:bad|terrible|awful|horrible|frequent|regular|recurring|recurrent|occasional|chronic|severe|crippling|"
    r"debilitating|blinding|really bad|nasty|monthly|weekly|ocular|vestibular|hormonal|stress|the odd|the "
    r"occasional|these|those|such bad|a lot of|lots of) ){0,2}"
)
_AILMENT = (
    r"(?:migraines|(?:a|the) migraine|cluster headaches|tension headaches|nosebleeds|nose bleeds|seizures|"
    r"dizzy spells|fainting spells|fainting fits|cold sores|hives|mouth ulcers|gout(?: attacks| flare-?ups)?|"
    r"flare-?ups|vertigo(?: attacks)?|chest pains|palpitations|heart palpitations|kidney stones|"
    r"(?:chest|urinary tract|ear|sinus|kidney) infections|UTIs|tonsillitis|sciatica|cramps|night terrors)"
)
# what the ailment is on the market: a clinic's patients, a pharmacy's orders
_NOT_A_MARKET = (
    r"(?![- ](?:patients|relief|medication|medicines?|drugs?|referrals|research|products?|orders|clinic|"
    r"market|app|trials?)\b)"
)

RECURRING = ((r"\b" + _HABITUAL + r" " + _HOW + _AILMENT + r"\b" + _NOT_A_MARKET, "person"),)
