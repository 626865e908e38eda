"""Who is who in the sales org, asked in chat: "who manages the West office?", "who are the managers", "how many
managers do we have", "who does Vicki report to?", "who's Boris's boss", "which office is Cara Losch in", "what's my
manager's name". The users table answers these (team_info), not deal figures: "which manager's team won the most"
is a ranking, and "who's on Summer's team" a roster (shapes.roster)."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.question import Question
from agents.offline.roster import ROSTER

_MANAGER = r"(?:manager|managers|boss|bosses|sales manager|sales managers|team lead|team leads|line manager|supervisor)"
# the managers themselves: "who manages the West office", "who runs central", "who are the managers (in the East)",
# "how many managers do we have", "list our sales managers"; not "which manager's team won the most"
_MANAGERS_ASKED = re.compile(
    r" (?:who|which people|which managers) (?:manages|manage|runs|run|heads|head|leads|lead|is in charge of|are in"
    r" charge of|oversees|oversee) (?:the |each |every )?(?:[\w'-]+ )?(?:office|region|team|teams|offices|regions) "
    rf"| (?:who|which people) (?:are|r|s|is) (?:the |our |all the |all our )?(?:sales )?(?:{_MANAGER})"
    rf"(?! (?:with|who|whose|that|by|on)\b)"
    rf"| how many (?:sales )?(?:{_MANAGER}) (?:do we have|are there|have we got|we got|in total|total|overall|in the"
    rf" company|company-wide|(?:are )?(?:in|at) (?:the )?\w+(?: office)?)"
    rf"| (?:list|name|show)(?: me)? (?:all )?(?:the |our )?(?:sales )?(?:{_MANAGER}) "
)
_NOT_THE_MANAGERS = re.compile(r" (?:manager s|managers ) team|(?:most|best|least|worst|highest|lowest|top) ")
# one person's manager: "who does Vicki report to", "who's Boris's boss", "Vicki's manager?", "who is my manager"
_MANAGER_OF = re.compile(
    r" who (?:does|do|did) (?:[\w'-]+ ){1,2}report (?:in )?to | (?:reports|report) (?:in )?to (?:who|whom) "
    rf"| (?:who is|who s|whos|who|what s|whats|name of) (?:[\w'-]+ ){{1,2}}(?:s )?(?:{_MANAGER})(?: s name)? "
    # the manager alone is the question: "Vicki's manager?", "my boss pls"; not "... for the meeting with my boss"
    rf"|^ (?:(?:and|so|ok|also) )?(?:[\w'-]+ ){{0,3}}?(?:(?:s|my|his|her) )?(?:{_MANAGER})"
    r" (?:pls |please |again |name )?$"
)
# one person's office: "which office is Cara Losch in", "what region is Boris in", "where is Vicki based"
_OFFICE_OF = re.compile(
    r" (?:which|what) (?:regional )?(?:office|region) (?:is|s|does) (?:[\w'-]+ ){1,2}(?:in|at|based in|sit in|work in|"
    r"work out of|belong to)? ?$| (?:which|what) (?:regional )?(?:office|region) (?:is|s) (?:[\w'-]+ ){1,2}(?:in|at) "
    r"| where (?:is|s) (?:[\w'-]+ ){1,2}based "
)

_RUNS = re.compile(r" who (?:manages|runs|heads|leads|oversees|is in charge of) ")

# how many reps each office or manager has: "which office has the most reps", "which manager has the biggest team",
# "how many reps does each manager have", "reps per office?"; not "which office has the most won deals"
_MEMBERS = r"(?:reps|people|salespeople|sellers|members|heads|headcount)"
_SIZES = re.compile(
    rf" (?:which|what) (?P<g1>office|region|manager|team)s? (?:has|have|s got|got) (?:the )?(?P<o1>most|fewest|least"
    rf"|biggest|largest|smallest) (?:{_MEMBERS}|team|teams|team size) "
    r"| how many (?:reps|people|salespeople|sellers) (?:does|do) (?:each|every) (?P<g2>manager|office|region|team)"
    rf" (?:have|has|got) | {_MEMBERS} (?:per|by|in each|for each) (?P<g3>office|region|manager|team) "
    r"| team sizes? (?:per|by|for each|for every) (?P<g4>office|region|manager) "
)

# reps with no one over them: "which reps have no manager", "anyone without a manager?"
_NO_MANAGER = re.compile(
    r" (?:reps?|people|anyone|anybody|who|someone|somebody|sellers|salespeople) (?:[\w'-]+ ){0,6}?"
    rf"(?:without|with no|have no|has no|having no|without a|missing a|lacking a) (?:{_MANAGER})"
    r" (?!sign|approv|review|ok |okay|check)"
)


# two teams' sizes set side by side, or every team's in an office: "how many reps sit under me vs under dustin?",
# "team sizes in central"
_TEAMS_SIDE_BY_SIDE = re.compile(
    r" how many (?:reps|people|salespeople|sellers|heads|aes) (?:[\w'-]+ ){0,3}?(?:under|on|in|report to|reporting to"
    r"|work for|working for) (?:[\w'-]+ ){1,3}?(?:vs|versus|compared to|compared with|against|or) "
    r"| team sizes? (?:in|for|at|of|across) "
)


def team_sizes(t: str, text: str, office: str | None = None) -> Question | None:
    """The reps counted by office or by manager, largest first (smallest first for "fewest")."""
    if _TEAMS_SIDE_BY_SIDE.search(t):
        return Question("org", (), {"office": office} if office else {}, group_by="manager", facts=("sizes",),
                        text=text)  # fmt: skip
    found = _SIZES.search(t)
    if found is None:
        return None
    group = next(g for g in found.group("g1", "g2", "g3", "g4") if g)
    by = "office" if group in ("office", "region") else "manager"
    fewest = (found.group("o1") or "") in ("fewest", "least", "smallest")
    return Question("org", (), {}, group_by=by, ascending=fewest, facts=("sizes",), text=text)


def org_question(t: str, scope: dict[str, Any], text: str) -> Question | None:
    """The org question ``t`` (normalised) asks, with the person (scope "owner") or office it is about; None when it
    asks none."""
    owner, office = scope.get("owner"), scope.get("office")
    if owner and owner not in ("my team",) and (_MANAGER_OF.search(t) or _OFFICE_OF.search(t)):
        wanted = ("manager",) if _MANAGER_OF.search(t) else ("office",)
        return Question("org", (), {"person": owner}, facts=wanted, text=text)
    if _NO_MANAGER.search(t):
        return Question("org", (), {"office": office} if office else {}, facts=("unmanaged",), text=text)
    if (sizes := team_sizes(t, text, office)) is not None:
        return sizes
    if ROSTER.search(t):
        return None  # "how many reps in the East office, and who are the managers": the roster, with its managers
    runs_the_office = office is not None and _RUNS.search(t) is not None  # "who runs central?"
    if (runs_the_office or _MANAGERS_ASKED.search(t)) and not _NOT_THE_MANAGERS.search(t):
        return Question("org", (), {"office": office} if office else {}, facts=("managers",), text=text)
    return None
