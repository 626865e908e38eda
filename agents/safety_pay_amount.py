"""What someone will be or was paid, asked of us: "how much commission am I getting paid on my november wins?", "what's
my bonus gonna be this quarter", "calculate Markita's commission on her Q4 deals", "how much will I make in commission
this month". Commission, bonus and salary are worked out in payroll under plans the CRM does not hold, so a figure
from us would be a guess; agents.safety refuses and offers the won deals they are worked out from. The deals behind
the pay ("finance thinks my commission is off, how many deals did I win from aug 15 to sep 15?", "how many wins do I
have in november"), a commission window's dates and the commission slide are not this; nor is a raise or a change to
pay (agents.safety_pay_advice, agents.safety_errands).

Patterns run on each clause (``agents.safety_clauses``), ``normalised`` (a possessive 's dropped: "markita bonus")."""

from __future__ import annotations

import re

from agents.safety_clauses import in_a_clause

_PAY = (
    r"(?:commissions?|commish|bonus(?:es)?|pay ?checks?|pay ?cheques?|payouts?|take-?home(?: pay)?|take home(?: pay)?"
    r"|salary|salaries|wages?|spiffs?|ote|compensation|incentive pay|variable pay|accelerators?)(?![\w-])"
)
# the pay's calendar or paperwork, which asks no amount: "the commission window", "the bonus slide"
_NOT_AMOUNT = (
    r"(?! (?:window|windows|period|periods|cut-?off|deadline|dates?|calendar|slide|slides|deck|meeting|call|email"
    r"|form|forms|policy|team|department|dept|tracker|spreadsheet|sheet|tab|report|run|cycle|schedule|round|budgets?"
    r"|costs?|spend|expenses?|line|lines|data|system|software|module|feature|tool|integration)\b)"
)
# whose pay: "my", "markita" (normalised drops the 's); words between are the pay's own ("q4", "year-end"), never a
# preposition ("what is the word on bonus dollars")
_WORD = r"(?!(?:on|of|for|in|about|with|to|from|and|or|excluding|including|without|plus|the|a|an) )[\w'-]+"
_OWN = rf"(?:{_WORD} )"
_WHOSE = rf"(?:my|our|his|her|their|{_WORD})"
# who is paid, not a thing: "did i earn", "will markita get"; not "did the Konex deal get"
_WHO = r"(?:i|we|he|she|they|you|(?!the |a |an |this |that |these |those |our |my |its |it )[\w'-]+)"
# the asking opens the sentence or follows a wish to know: "how much", "so what", "want to know what", "any idea"
_OPEN = (
    r"(?:^ (?:(?:hey|hi|so|and|ok|okay|quick q|quick question|pls|plz|please|dealbot|also|roughly|ballpark) )*"
    r"| (?:know|tell me|wondering|curious|guess|estimate|figure out|work out|calculate|show me|any idea|idea of"
    r"|see|check) )"
)
_ASKS = re.compile(
    # "how much commission am I getting", "what bonus will I get", "how much commish do I get on Konex"
    rf"{_OPEN}(?:how much|what|which) (?:in )?(?:[\w'-]+ )?{_PAY}{_NOT_AMOUNT} (?:[\w'-]+ ){{0,3}}?(?:am|will|do|did"
    r"|would|should|can|could|have|has|is|are|was|does|might|i'm|im|i'll|ill|i'd|id|we'll|we're) "
    rf"{_WHO} "
    # "what's my commission on Konex", "how big is my commission check gonna be", "what'll my bonus be"
    rf"|{_OPEN}(?:what|whats|what'll|what'd|how much|how big|how large)(?: (?:is|was|will|would|are|were|might"
    rf"|could))?(?: be)? (?:the )?{_WHOSE} {_OWN}{{0,2}}?{_PAY}{_NOT_AMOUNT}"
    # "calculate my commission on the november wins", "work out Markita's bonus"
    rf"| (?:calculate|compute|work out|figure out|estimate|tally up|add up|total up) (?:what )?(?:the )?{_WHOSE}"
    rf" {_OWN}?{_PAY}{_NOT_AMOUNT}"
    # "how much will I make in commission", "how much am I getting as a bonus"
    rf"|(?:how much|what) (?:will|would|do|did|am|have|should|can|could|is|are|does) {_WHO}"
    r" (?:[\w'-]+ ){0,2}?(?:get|getting|earn|earning|earned|make|making|made|take home|taking home|receive|receiving"
    r"|be paid|get paid|getting paid|being paid|paid|pocket|pocketing|clear|clearing)(?: [\w'-]+){0,3}? (?:in|as"
    rf"|from|for|of) (?:a |an |the |my |his |her |their )?(?:[\w'-]+ )?{_PAY}(?= )"
)


def asks_pay_amount(text: str) -> bool:
    """Whether ``text`` asks how much commission, bonus or salary someone gets: a payroll figure, not a CRM one."""
    return in_a_clause(_ASKS, text)
