"""Trade-union cues for a person's branch of a union named by its trade ("chairing her branch meeting of the
nurses' union", "his teachers' union branch", "Declan runs the local branch of the firefighters' union"): a
union so named ("the <trade>s' union") is not in the union names (:mod:`.lexicon_union_names`), and a branch is
where only its members meet.

Senses that must stay quiet: a bank's or a shop's branch meeting, a credit union or a students' union, a firm's
workforce's union ("Rantouch's drivers' union", "their drivers' union"), and a union of trades as a customer
("our demo to the nurses' union went well")."""

from __future__ import annotations

# "the nurses' union", "the bus drivers' union", "the dockworkers’ union"; not a students' union
_TRADES_UNION = r"(?:[\w-]+ )?(?!students['’])[a-z]+s['’] union\b"
# whose the branch is, or who runs it; not "their" nor a name's, which a firm's workforce has ("Rantouch's
# drivers' union ratified a pay deal")
_WHOSE = r"(?:his|her|my|chairs?|chairing|chaired|runs?|running|ran|leads?|leading|led)"
# "the local branch", "her monthly branch meeting", "a branch AGM"
_BRANCH = r" (?:the |a )?(?:local |monthly |weekly |annual |regional )?branch(?: meeting| committee| AGM)?"

UNION_BRANCHES = (
    (
        # "her branch meeting of the nurses' union", "chairs the local branch of the firefighters' union"
        r"\b" + _WHOSE + _BRANCH + r" (?:of|for|at) (?:the |a )?" + _TRADES_UNION,
        "person",
    ),
    (
        # "her teachers' union branch", "his nurses' union meeting", "my drivers' union card"
        r"\b(?:his|her|my) (?:local )?" + _TRADES_UNION,
        "person",
    ),
)
