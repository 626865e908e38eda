"""Political-opinion cues for a person's part in a cause (GDPR Art. 9): a protest they organised, led or
marched in ("the anti-austerity march she helped organise"), campaigning for or against a side ("campaigned
for Remain", "has been leafleting against fracking") or alongside a party ("marching with the Greens"), and
the voter or backer of a referendum's side ("a hardcore Leave voter", "firmly in the Remain camp").

Business senses that must stay quiet: a product's demo ("ran the anti-fraud demo"), a rally of a sales team
("organised a rally for the sales team"), a bid protest ("led the protest against the award"), a firm's
lobbying, and a leaver of a firm ("the Leaver form")."""

from __future__ import annotations

from policies.privacy.lexicon_opinions import _CONTESTED
from policies.privacy.lexicon_parties import MOVEMENT, POLITICIAN
from policies.privacy.lexicon_party_members import _SIDE_TAKEN
from policies.privacy.lexicon_political import _NOT_THE_PARTY, _PARTY

# a gathering that takes a side: named by its cause before it ("the anti-austerity march", "a pro-EU rally",
# "the climate vigil"), or by what it is against after it ("a march against the pit closures"); a "demo" or a
# "protest" is also a product's or a bid's, so those take only a side from the list ("the anti-war demo")
_GATHERING = r"(?:march|rally|demonstration|vigil|sit-in|blockade|counter-protest)(?:es|s)?"
_NOT_A_CAUSE = r"(?!anti-(?:dumping|fraud|virus|malware|spam|theft|money|bribery|trust|ag[e]?ing|static|slip|glare))"
_CAUSE_FIRST = (
    r"(?:" + _NOT_A_CAUSE + r"(?:anti|pro)-[\w-]+|climate|peace|women's rights|civil rights|animal rights|"
    r"trans rights|(?:(?-i:Free [A-Z]\w+)))"
)
_SIDED = (
    r"(?:"
    + _CAUSE_FIRST
    + r" (?:[\w-]+ )?"
    + _GATHERING
    + r"|"
    + _SIDE_TAKEN
    + r" (?:[\w-]+ )?(?:demo|protest)s?|"
    + _GATHERING
    + r" (?:against|in support of|in solidarity with|to (?:save|stop|defend|scrap)) (?:the |a |an )?[\w'’-]+)"
)
# the part someone takes in it ("helped organise", "led", "spoke at", "marched in", "went on")
_PART = (
    r"(?:(?:helped|helps|helping|help) (?:to )?)?(?:co-)?(?:organi[sz](?:e|es|ed|ing)|led|leads|leading|ran|"
    r"runs|running|plan(?:s|ned|ning)|steward(?:s|ed|ing)|(?:spoke|speaks|speaking|marched|marches|marching) "
    r"(?:at|in|on)|(?:went|goes|going|gone|been) on|join(?:s|ed|ing)|attend(?:s|ed|ing))"
)
# the sides people campaign for or vote ("Leave", "independence", "a second referendum", a party or a politician)
_SIDE = (
    r"(?:(?-i:Leave|Remain|Brexit)|(?:a )?second referendum|(?:(?-i:[A-Z]\w+) )?independence|austerity|fracking|"
    r"nuclear weapons|(?:public|welfare|benefit|spending) cuts|" + _CONTESTED + r"|" + MOVEMENT + r"|"
    r"(?=(?-i:[A-Z]))" + POLITICIAN + r"|(?:the )?" + _PARTY + _NOT_THE_PARTY + r")"
)
# (only the forms that are a verb: "an ad campaign against Republicans" is an organisation's, not a person's part)
_CAMPAIGNS = (
    r"(?:campaign(?:ed|ing)|canvass(?:ed|ing)|leaflet(?:t?ed|t?ing)|march(?:ed|ing)|protest(?:ed|ing)|rall(?:ied|ying)|"
    r"petition(?:ed|ing)|agitat(?:ed|ing)|demonstrat(?:ed|ing)|door-knocking)"
)
# what a supporter does beside a party, not for or against it
_ALONGSIDE = (
    r"(?:campaign(?:ed|ing)|canvass(?:ed|ing)|leaflet(?:t?ed|t?ing)|march(?:ed|ing|es)|protest(?:ed|ing)|"
    r"door-knocking)"
)
# a party word that goes on as a thing marketing uses ("with the Labour market data", "the Green energy pack")
_NOT_A_THING = (
    r"(?! (?:market|costs?|force|data|energy|supply|rates?|shortages?|laws?|tariffs?|deck|brief|brand|pack|"
    r"products?|theme|banners?|crowd)\b)"
)
# a referendum's side named as one's own ("a Leave voter", "a pro-Brexit campaigner"); "Yes" and "No" only
# with the referendum in the sentence ("the only No voter on the board" is a board's)
_BACKER = r"(?:voter|supporter|backer|campaigner|activist|diehard|camp|side)s?"
_REFERENDUM = r"(?:referendum|indyref|independence)"

CAUSES = (
    (
        r"\b" + _PART + r" (?:a |an |the |this |that |(?:last|this|next) \w+'s )?(?:[\w-]+ )?" + _SIDED + r"\b|"
        # told in a clause after it ("the anti-austerity march she helped organise")
        r"\b(?:the|a|an|that|this) (?:[\w-]+ )?" + _SIDED + r" (?:that |which )?(?:he|she|I|(?-i:[A-Z][a-z]+)) "
        r"(?:had |has |have |'d |also )?" + _PART + r"\b",
        "person",
    ),
    (
        r"\b" + _CAMPAIGNS + r" (?:\w+ )?(?:for|against|in fav(?:ou|o)r of) " + _SIDE + r"\b",
        "person",
    ),
    (
        # out alongside a party ("marching with the Greens", "leafleting with the SNP"); a rally or a demo
        # "with" a party is as often a market's or a product's, so only the verbs a supporter does
        r"\b" + _ALONGSIDE + r" (?:\w+ )?with (?:the )?" + _PARTY + _NOT_THE_PARTY + r"\b" + _NOT_A_THING,
        "person",
    ),
    (
        r"\b(?:(?-i:Leave|Remain|Brexit)|pro-(?:Brexit|EU|Leave|Remain)|anti-Brexit) " + _BACKER + r"\b|"
        r"\b(?:is|was|'s|'m|a|an|as a|as an|staunch|diehard|hardcore|committed|lifelong|proud) (?:[\w-]+ ){0,2}?"
        r"(?-i:Leaver|Remoaner|Brexiter)s?\b(?!'s| (?:form|checklist|process|pack|letter|date|list|interview)s?\b)|"
        r"\b(?-i:Yes|No) " + _BACKER + r"\b(?=[^.!?\n]{0,80}\b" + _REFERENDUM + r")|\b" + _REFERENDUM
        + r"\b[^.!?\n]{0,80}?\b(?-i:Yes|No) " + _BACKER + r"\b",
        "person",
    ),
)  # fmt: skip
