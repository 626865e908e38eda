"""Questions about things the CRM does not hold, answered with what is missing rather than a default figure: other
vendors' figures ("Quorvia's win rate against us"), the languages reps speak ("which reps speak japanese"), when reps
joined ("who's the newest rep", "how long has Boris been here"). For each rep the CRM holds their office, their
manager and their deals."""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.filters import quota
from agents.offline.question import Question

_LANGUAGES = (
    r"(?:japanese|chinese|mandarin|cantonese|korean|spanish|french|german|italian|portuguese|russian|arabic|hindi"
    r"|dutch|polish|swedish|english|vietnamese|thai|turkish|hebrew|greek|any other language|other languages"
    r"|a second language|another language)"
)
_LANGUAGE_ASKED = re.compile(
    rf" (?:speak|speaks|speaking|fluent in|native) (?:[\w'-]+ ){{0,2}}?{_LANGUAGES} "
    r"| (?:what|which) languages? (?:do|does|can) | bilingual (?:reps?|sellers?|people|salespeople) "
)
_PEOPLE = (
    r"(?:rep|reps|seller|sellers|salesperson|salespeople|hire|hires|member|members|team member|ae|aes|joiner|addition)"
)
_TENURE_ASKED = re.compile(
    rf" (?:newest|most recent|most junior|most senior|longest[- ]serving|longest[- ]tenured|newly hired|recently hired"
    rf"|latest) {_PEOPLE} "
    r"| (?:hire|hiring|start|joining) dates? (?:of|for) | tenure "
    # "when did boris join?", "when did Kami start with us"; not "when did I start engaging Kan-code"
    r"| (?:when|what year) did (?:[\w'-]+ ){1,3}?(?:join|start|get hired|come on board)"
    r"(?= (?:here|with us|at the company|with the company|on (?:the|my|our) team|working here) | ?$)"
    r"| how long (?:has|have) (?:[\w'-]+ ){1,3}?been (?:here|with us|on the team|at the company|with the company) "
    r"| who (?:joined|was hired|started) (?:most recently|last|first|earliest) | been here (?:the )?longest "
)


# a quota or target asked for with none given ("whats my Q4 quota", "how far am i from quota"); one given is read
# by filters.quota ("my quota is 300k - how close am I?")
_QUOTA_ASKED = re.compile(
    r" (?:quota|quotas|quota attainment) "
    r"| (?:(?:my|our|his|her|their)(?: team| office)?|(?:the |my |our )?[\w-]+(?:'s)? team)"
    r" (?:q[1-4] |quarterly |annual |monthly |yearly |sales |revenue |bookings |2017 |2018 )*"
    r"(?:target|targets|goal|goals) "
)
# which of our own people will leave: a guess about a person, not a figure the deals hold
_LEAVING = r"(?:quit|quitting|leave|leaving|resign|resigning|walk|jump ship|hand in (?:their|his|her) notice)"
_LEAVING_ASKED = re.compile(
    rf" (?:rep|reps|of my reps|on my team|of them|one|who|salespeople|sellers|staff|employees?)"
    rf" (?:[\w'-]+ ){{0,4}}?(?:(?:likely|likeliest|going|gonna|about|planning|set|ready|probably|most likely"
    rf"|least likely) to|thinking (?:of|about)|planning on|considering) {_LEAVING} "
    rf"| (?:who|which (?:rep|reps|of my reps|one|of them)) (?:[\w'-]+ ){{0,3}}?(?:will|would|might|could|is going to)"
    rf" {_LEAVING} "
    r"| (?:flight|attrition|retention|resignation|quit|quitting) (?:risk|risks|likelihood|odds|chance|chances) "
)


def outside_the_crm(t: str, text: str) -> Question | None:
    """An out-of-scope question naming what the CRM does not hold that ``t`` (normalised) asks for; None else."""
    if (rival := _competitor(t)) is not None:
        return Question("out_of_scope", text=text, reason=f"competitor:{rival}")
    if _LANGUAGE_ASKED.search(t):
        return Question("out_of_scope", text=text, reason="not_recorded:which languages reps speak")
    if _LEAVING_ASKED.search(t):
        return Question("out_of_scope", text=text, reason="person_guess:which reps are likely to leave")
    if _QUOTA_ASKED.search(t) and quota(text) is None:
        return Question("out_of_scope", text=text, reason="not_recorded:quotas or sales targets")
    if _TENURE_ASKED.search(t):
        return Question(
            "out_of_scope", text=text, reason="not_recorded:when reps joined or how long they have been here"
        )
    return None


def _competitor(t: str) -> str | None:
    """The other vendor whose figures a question asks for ("Quorvia's win rate against us"), if any."""
    named = next((name for word, name in lx.COMPETITORS.items() if lx.has(t, word)), None)
    if named is not None:
        return named
    return "competitors" if lx.RIVAL_FIGURES.search(t) else None


def not_ours(reason: str) -> str | None:
    """The reply for data the CRM does not hold, from the reason :func:`outside_the_crm` gave; None for others."""
    if reason.startswith("competitor:"):
        rival = reason.removeprefix("competitor:")
        return (f"I can't answer that: the CRM holds only our own deals, accounts and pipeline, not figures about "
                f"{rival}. I can tell you about our own deals with an account instead.")  # fmt: skip
    if reason.startswith("person_guess:"):
        guess = reason.removeprefix("person_guess:")
        return (f"I can't guess {guess}: that's a judgement about a person, not something deal data shows, and the "
                "CRM holds no HR records. I can show each rep's deals and figures instead.")  # fmt: skip
    if reason == "not_recorded:quotas or sales targets":
        return ("I can't answer that: the CRM doesn't record quotas or sales targets. Tell me the number (\"my Q4 "
                "quota is $300k - how close am I?\") and I'll work out attainment from your won revenue.")  # fmt: skip
    if reason.startswith("not_recorded:"):
        missing = reason.removeprefix("not_recorded:")
        return (f"I can't answer that: the CRM doesn't record {missing}. For each rep it holds their office, their "
                "manager and their deals, so I can rank or list reps on those.")  # fmt: skip
    return None
