"""A figure asked, then asked again of someone or something else by naming only the other side: "my team's won revenue
this year? and the west office's?", "how many did I win in Q4? and kami?", "GTX Pro win rate - what about MG Special".
The tail is a side of its own, not a filter on the first question (which once gave the team's deals in the West office:
none). The message is read as the side by side it asks for: "my team's won revenue this year vs the west office's"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from agents.offline.entities import Gazetteer, find_mentions, tokens_of
from agents.offline.question import Question

# where the first question ends: "?", a comma or semicolon, an ellipsis or a dash
_END = r"(?:\?+\s*|\s*[,;]\s*|\s*(?:\.{2,}|…)\s*|\s+[-–—]+\s+)"
# what opens the tail: "and", "what about", "same for"; "and for the west office" too
_OPENER = (
    r"(?:(?:and|n|&|\+|plus|also)\s+(?:also\s+)?(?:(?:what|how)\s+about\s+|(?:the\s+)?same\s+for\s+|(?:for|from|with|at|in|on)\s+)?"
    r"|(?:what|how)\s+about\s+|(?:the\s+)?same\s+for\s+|ditto\s+for\s+)"
)
# what may close it: "too", "as well", "pls"
_CLOSER = (
    r"(?:\s+(?:for|in|over) (?:the )?same (?:period|time|timeframe|window|months|dates|stretch|half|quarter))?"
    r"(?:\s+(?:too|as well|pls|please|then|though))?\s*[?.!]*\s*$"
)
_POSSESSIVE = r"(?:'s|’s|s'|')?"
# the other side when it is the asker, their team or the whole company, not a name
_OWN_SIDES = (
    r"(?:me|mine|my (?:own )?(?:team|office|crew|squad|guys|reps)|the team|our team|the (?:whole |entire )?company"
    r"|the (?:whole |entire )?co|company-?wide|the org|org-?wide|everyone(?: else)?|everybody(?: else)?"
    r"|the rest of (?:the |my )?(?:team|company|org))"
)
_TAIL = re.compile(rf"{_END}{_OPENER}(?P<side>[^?,;]{{1,40}}?){_CLOSER}", re.IGNORECASE)
# "my win rate and the company's": without a stop before it, only a possessive says the tail is a side
_BARE_TAIL = re.compile(rf"\s+(?:and|&)\s+(?P<side>[^?,;]{{1,40}}?(?:'s|’s)){_CLOSER}", re.IGNORECASE)
# filler around a name that leaves it a name: "the west office", "cara's team", "the GTX Pro"
_FILLER = {"the", "office", "team", "s", "crew", "guys", "reps", "product", "account", "sector", "region"}
_FIGURES = ("figure",)
# the measure said again after the side, when the first asks an average: "the company avg", "the team's average"
_AVERAGES = {"avg_cycle_days", "win_rate", "avg_won_size"}
_SAME_MEASURE = re.compile(r"\s+(?:avg|average|mean|number|figure|one|equivalent|benchmark)$", re.IGNORECASE)


def asked_of_another(
    text: str, gazetteer: Gazetteer, today: date, read: Callable[[str, Gazetteer, date], Question]
) -> str:
    """``text`` as a side by side ("<first question> vs <other side>") when its tail names only another side of the
    figure just asked; ``text`` itself otherwise."""
    found = _TAIL.search(text) or _BARE_TAIL.search(text)
    if found is None or found.start() == 0:
        return text
    head, side = text[: found.start()].strip(), found.group("side").strip()
    head_read = None  # the first question is parsed only once a side may follow it
    if _SAME_MEASURE.search(side):
        head_read = read(head, gazetteer, today)
        if set(head_read.measures) & _AVERAGES:  # "my avg cycle on h1 wins? n the company avg": the same average
            side = _SAME_MEASURE.sub("", side).strip()
    if not _only_a_side(side, gazetteer) or _said_in(side, head, gazetteer):
        return text  # "and who owns them", "and in Q3": a question or a period of its own, not another side
    style = (head_read or read(head, gazetteer, today)).style
    if style == "roster":
        return _roster_of_another(text, head, side, gazetteer)  # "who's on my team? and cara's?": both rosters
    if style not in _FIGURES:
        return text
    return f"{head} vs {side}"


def _roster_of_another(text: str, head: str, side: str, gazetteer: Gazetteer) -> str:
    """The roster asked again of a named manager or office, as a question of its own; ``text`` itself otherwise."""
    mentions = find_mentions(gazetteer, tokens_of(side))
    kind = mentions[0].kind if len(mentions) == 1 else None
    again = {"person": f"who's on {mentions[0].name}'s team?", "office": f"who's in the {mentions[0].name} office?"}
    return f"{head.rstrip(' ?')}? {again[kind]}" if kind in again else text


def _only_a_side(side: str, gazetteer: Gazetteer) -> bool:
    """Whether ``side`` names one side and nothing else: the asker, their team, the company, or a name the store
    knows (a rep, an office, an account, a product, a sector)."""
    bare = re.sub(r"(?:'s|’s|s'|')$", "", side.strip(), flags=re.IGNORECASE)
    if re.fullmatch(_OWN_SIDES, bare, re.IGNORECASE):
        return True
    tokens = tokens_of(bare)
    mentions = find_mentions(gazetteer, tokens)
    if len(mentions) != 1:
        return False  # "kami and rosie": two sides more, read as the message says
    covered = set(range(mentions[0].start, mentions[0].end))
    return all(i in covered or token in _FILLER for i, token in enumerate(tokens))


def _said_in(side: str, head: str, gazetteer: Gazetteer) -> bool:
    """Whether the first question already names the side: "Kami's Q4 wins? and kami's?" asks nothing new."""
    named = {m.name for m in find_mentions(gazetteer, tokens_of(side))}
    return bool(named & {m.name for m in find_mentions(gazetteer, tokens_of(head))})
