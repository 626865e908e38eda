"""Health cues for a relapse (GDPR Art. 9: health, addiction included): someone back to drinking or using, or
said to have relapsed ("he's drinking again", "she relapsed over the summer", "had a bad relapse in May").

Senses that must stay quiet: drinks planned with the team ("we're drinking again tonight at the offsite"), a
market or an economy that relapses ("relapsed into recession"), and relapse as a trial's or a clinic's measure
("relapse rates", "relapse prevention software")."""

from __future__ import annotations

# what a relapse as a measure or a market is followed by
_AS_A_MEASURE = (
    r"(?! (?:rates?|risks?|prevention|data|figures|numbers|statistics|endpoints?|outcomes|curves?|models?|"
    r"software|programm?es?|market|studies|trials?|research))"
)
# plans for drinks, not a habit back: "drinking again tonight", "drinking again at the Friday social"
_A_PLAN = (
    r"(?! (?:tonight|today|tomorrow|this|next|later|soon|at|on|with|after|together|in|coffee|tea|water|wine|beer|"
    r"(?-i:[A-Z])\w+day))"
)

RELAPSE = (
    (
        # back to drinking or using ("he's drinking again", "started using again", "back on the bottle")
        r"\b(?:is|'s|’s|was|been|are|'re|started|starting|starts|start|back to|gone back to|went back to|going back "
        r"to|took up|taken up) (?:heavy |heavily |hard )?(?:drinking|using|boozing) again\b" + _A_PLAN + r"|"
        r"\b(?:is|'s|’s|was|been|went|gone|going|fell|falls|fallen) back on (?:the )?(?:bottle|booze|drink|sauce|"
        r"drugs|pills|painkillers|coke|cocaine|heroin|meth)\b",
        "person",
    ),
    (
        # a relapse had or suffered ("had a rough relapse in the spring", "since her relapse"); "relapsed into
        # recession" is an economy's
        r"\b(?:had|has|have|having|suffered|suffers|suffering|after|since|following|from|through|another|recent|"
        r"bad|rough|serious|nasty|major|minor|small) (?:a |an |another |his |her |my |their |the )?(?:[\w-]+ )?"
        r"relapse\b"
        + _AS_A_MEASURE
        + r"|(?:\b(?:he|she|I|has|had|have|'s|’s|'d|recently|just|then)|(?-i:\b[A-Z][a-z]+)) "
        r"relapsed\b"
        r"(?! into (?:recession|deflation|inflation|crisis|the red|losses|old habits|bad habits))",
        "person",
    ),
)
