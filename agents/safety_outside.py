"""Live figures from outside the CRM, asked as if the store held them: today's exchange rate ("what's the EUR/USD
rate today?"), a sum converted into another currency ("how much is $4,800 in euros?"), a company's share price.
The store has deals, accounts, products and people, every amount in dollars; a rate or a market price from it would
be made up, however much the request looks like sales work ("Condax wants the quote in euros").

Sales figures named like them stay questions: "conversion rate" of deals, "what share of my revenue", a total "in
dollars" (the store's own unit). Patterns run on ``normalised`` text; the currency pair needs the raw slash."""

from __future__ import annotations

import re

from agents.offline.lexicon import normalised

# codes that are no English word ("try", "rub", "won" and "real" are, so they are left out)
_CODE = r"(?:usd|eur|gbp|jpy|chf|cad|aud|nzd|cny|rmb|inr|sek|nok|dkk|pln|mxn|brl|zar|sgd|hkd|krw|huf|czk)"
_FOREIGN = (
    r"(?:eur|gbp|jpy|chf|cad|aud|nzd|cny|rmb|inr|sek|nok|dkk|pln|mxn|brl|zar|sgd|hkd|krw|huf|czk|euros?"
    r"|pounds?(?: sterling)?|sterling|yen|swiss francs?|francs?|yuan|renminbi|rupees?|kronor|krona|kroner|krone"
    r"|zloty|pesos?|rand|canadian dollars?|australian dollars?|singapore dollars?|hong kong dollars?|forints?"
    r"|korunas?|local currency)"
)
_MONEY = rf"(?:{_FOREIGN}|usd|dollars?|us dollars?|greenbacks?)"

_PAIR = re.compile(rf"\b{_CODE}\s*/\s*{_CODE}\b", re.IGNORECASE)
# an exchange rate named: "the exchange rate", "fx rate", "dollar to euro rate", "the rate for the euro"
_RATE = re.compile(
    r" (?:exchange|fx|forex|currency|foreign exchange) (?:rates?|conversion) "
    rf"| {_MONEY} (?:to|into|vs|versus|against|per|and) (?:the |a |one )?{_MONEY}(?: exchange| conversion| fx)? rates? "
    # "the rate for the euro today"; not "my win rate for the euro zone accounts"
    rf"| rates? (?:for|of|between|from|on) (?:the |a |one )?{_MONEY} (?:$|(?:today|now|to|into|vs|against|and) )"
)
# asked, not told: "what's ...", "today's ...", "look up ...", or a question mark in the same sentence
_ASKED = re.compile(
    r" (?:what|whats|what's|how much|how many|current|currently|today|todays|today's|latest|live|now|right now"
    r"|check|look up|lookup|find|get me|give me|tell me|need|want|know|pull) "
)
# a sum turned into another currency: "convert the quote to euros", "how much is 4,800 in yen", "the total in GBP"
_CONVERT = re.compile(
    rf" (?:convert|converted|converting|conversion of|translate) (?:[\w'.-]+ ){{0,5}}?(?:to|into|in) {_FOREIGN} "
    rf"| (?:how much|what) (?:is|are|would be|will be|s) (?:[\w'.-]+ ){{1,6}}?in {_FOREIGN}"
    r"(?: today| now)?(?: please| pls)? $"
)
# a company's price on the market: "what's Condax's share price", "their market cap"
_MARKET = re.compile(
    r" (?:what|whats|what's|how much|current|today|todays|latest|check|look up|tell me)"
    r" (?:[\w'-]+ ){0,4}?(?:stock price|share price|stock quote|market cap|market capitalisation|market capitalization"
    r"|stock trading at|shares trading at) "
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


def asks_outside_data(raw: str) -> bool:
    """Whether ``raw`` asks for an exchange rate, a currency conversion or a market price."""
    for sentence in _SENTENCES.split(raw):
        t = normalised(sentence)
        rate = _PAIR.search(sentence) or _RATE.search(t)
        if rate and (_ASKED.search(t) or "?" in sentence):
            return True
        if _CONVERT.search(t) or _MARKET.search(t):
            return True
    return False
