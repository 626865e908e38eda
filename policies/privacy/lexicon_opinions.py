"""Cues for a person's stand on a political issue said in so many words (GDPR Art. 9, political opinion): a
verdict on the issue ("he thinks Brexit was the best thing that ever happened to Britain", "she's convinced
immigration is ruining the country"), or a side taken on it ("he's dead against gun control", "very pro-Brexit").

Business senses that must not match: the issue going on as a deal's thing ("thinks the EU data rules are a
mess"), and a view with no verdict ("he thinks Brexit will delay the shipment")."""

from __future__ import annotations

from policies.privacy.lexicon_parties import ISSUE

# a nation's break-up or union, named by its people ("Scottish independence", "Irish unification", "a united
# Ireland"); the capital keeps "financial independence" out
_SOVEREIGNTY = (
    r"(?:(?-i:[A-Z][a-z]+) (?:independence|unification|reunification|secession|home rule)|"
    r"(?:a )?(?-i:united [A-Z][a-z]+))"
)
# issues whose side is an opinion on its own; "the vote", "the election", "taxes" and "the government" also
# name a board's vote or a tender, so a side taken on them needs a verdict too
_CONTESTED = (
    r"(?:carbon tax(?:es)?|climate action|Brexit|immigration|immigrants|refugees|asylum seekers|migrants|abortion|"
    r"gun control|gun rights|the Second Amendment|Obamacare|Medicare for All|(?:the|a) border wall|mass "
    r"deportations?|deportations|vaccine mandates|lockdowns|the EU|socialism|communism|capitalism|welfare|the death "
    r"penalty|trans rights|gender ideology|wokeness|net zero|the monarchy|" + _SOVEREIGNTY + r")"
)
# an issue word that goes on as a deal's thing ("the EU data rules", "the carbon tax rebate")
_NOT_THE_ISSUE = (
    r"(?! (?:tenders?|contracts?|deals?|accounts?|customers?|sector|market|rebates?|grants?|funding|budgets?|RFPs?|"
    r"procurement|agenc(?:y|ies)|departments?|portals?|pricing|data|quotes?|deadlines?|invoices?|payments?|"
    r"approvals?|audits?|rules?|regulations?|filings?|forms?|teams?|projects?|paperwork|process|system|office|"
    r"clause|provisions?|surcharges?|tariffs?|duties|customs|shipments?|deliver(?:y|ies)|rollout))"
)
# what someone holds about it ("thinks", "is convinced", "keeps saying"), with or without "that"
_HOLDS = (
    r"(?:thinks?|thought|believes?|believed|reckons?|reckoned|is convinced|was convinced|'s convinced|feels|felt|"
    r"insists?|insisted|swears|swore|keeps (?:saying|telling (?:us|me|everyone))|kept (?:saying|telling (?:us|me|"
    r"everyone))|argues|argued|arguing|explaining|explained|ranted|ranting|maintains|maintained)"
    r"(?: (?:that|how|why))?"
)
# a verdict, good or bad, on the issue ("was the best thing that ever happened", "is ruining the country")
_VERDICT = (
    r"(?:the (?:best|worst|greatest|biggest) (?:thing|mistake|disaster|scam|con|lie|betrayal)|an? (?:\w+ )?"
    r"(?:disaster|catastrophe|mistake|scam|hoax|con|fraud|sham|disgrace|betrayal|joke|godsend|triumph|travesty|"
    r"abomination|tragedy)|(?:a |an )?(?:good|bad|great|terrible) (?:thing|idea)|(?:ruin(?:ed|ing|s)?|destroy(?:ed|"
    r"ing|s)?|sav(?:ed|ing|es)|betray(?:ed|ing|s)) (?:the |this |our |their )?(?:country|nation|Britain|America|"
    r"economy|Europe|everything|us)|(?:long )?overdue|(?:morally )?(?:wrong|evil|murder|theft|slavery|tyranny)|"
    r"rigged|stolen|(?:total |complete |utter )?(?:nonsense|rubbish|madness|insanity))"
)
# a side taken ("dead against", "all for", "a big supporter of", "very pro-Brexit")
_SIDE = (
    r"(?:(?:all|totally|completely|firmly|strongly|dead|very much|really|passionately|vocally|fiercely|staunchly)"
    r" (?:for|against|opposed to|in fav(?:ou|o)r of)|against|opposed to|in fav(?:ou|o)r of|an? (?:[\w-]+ )?"
    r"(?:fan|supporter|champion|advocate|backer|opponent|critic|enemy) of)"
)
# a creed held as one's politics ("fiercely anti-communist", "a lifelong socialist", "a committed Marxist")
_IDEOLOGY = (
    r"(?:communis[mt]|socialis[mt]|fascis[mt]|Marxis[mt]|Leninis[mt]|Trotskyis[mt]|Maois[mt]|Stalinis[mt]|"
    r"anarchis[mt]|libertarian|monarchis[mt]|royalis[mt]|republican|nationalis[mt]|Zionis[mt]|globalis[mt]|"
    r"imperialis[mt]|colonialis[mt]|feminis[mt]|Soviet|Kremlin|Putin|Castro|Chavez|"
    r"Chávez)"
)
_STANCE = (
    r"(?:pro|anti)-(?:Brexit|EU|European|guns?|gun control|abortion|immigration|immigrant|monarchy|royalist|Trump|"
    r"capitalist|capitalism|establishment|woke|lockdown|austerity|refugee|migrant|" + _IDEOLOGY + r")"
)
# the ideologue: the creed with a word that makes it a person's politics ("a staunch socialist"); "a
# conservative estimate" and "the nationalist government" are not anyone's
_IDEOLOGUE = (
    r"\b(?:a|an) (?:staunch|lifelong|life-long|committed|die-?hard|card-carrying|hard-?line|hardcore|proud|"
    r"avowed|self-described|self-declared|self-confessed|unrepentant|old-school|fervent|ardent|fierce|convinced|"
    r"rabid|radical|militant) (?:left-wing |right-wing )?(?:socialist|communist|Marxist|Leninist|Trotskyist|Maoist|"
    r"Stalinist|anarchist|libertarian|monarchist|royalist|republican|nationalist|fascist|conservative|liberal|"
    r"progressive|leftist|lefty|right-winger|left-winger|Zionist|anti-Zionist|anti-communist|anti-fascist|"
    r"neoliberal|neo-liberal|neocon|centrist)\b(?! (?:party|parties|government|era|regime|state|country|"
    r"countries|economy|polic(?:y|ies)|estimate|estimates|approach|assumptions?|view of|reading|accounting|"
    r"forecast|guess|figures?|budget|bias))"
)

OPINIONS = (
    (
        r"\b" + _HOLDS + r" (?:\w+ ){0,2}?(?:" + ISSUE + r")\b" + _NOT_THE_ISSUE + r" (?:is|was|are|were|has been|"
        r"have been|will be|would be|'s|is just|was just|is really|was really|is basically) (?:\w+ )?"
        + _VERDICT
        + r"\b",
        "person",
    ),
    (
        r"\b(?:he|she|I|(?-i:[A-Z][a-z]+))(?:'s|’s|'m| is| was| am| has always been| has been| remains| stays) "
        r"(?:\w+ )?"
        + _SIDE
        + r" "
        + _CONTESTED
        + r"\b"
        + _NOT_THE_ISSUE
        + r"|\b(?:is|'s|was|'m|am|very|staunchly|fiercely|strongly|rabidly|vocally|passionately|(?-i:[a-z]{3,}ly)) "
        + _STANCE
        + r"\b(?! (?:customers?|clients?|accounts?|markets?|tariffs?|rules?|policy|policies|regulations?|lobby|"
        r"campaign|groups?))",
        "person",
    ),
    (_IDEOLOGUE, "person"),
)
