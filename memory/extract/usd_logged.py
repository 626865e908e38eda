"""The note saying the deal is logged in dollars: "finance wants the USD number on the opp", "log the USD figure",
"put the dollar amount in the CRM". Figures in another currency ("C$36,000 on their books", "€17,400", a count
priced "at C$1,200 a seat") then rank below the dollar ones, however else they rank (LABELS.md: if the note says
which figure to log, use that one)."""

from __future__ import annotations

import re

from memory.extract.numbers import Money

_DOLLAR = r"(?:usd|us ?dollars?|dollars?|us\$)"
_FIGURE = r"(?:number|figure|amount|value|price|total|version)"
# run on the lower-cased text
_LOG_USD = re.compile(
    r"\b(?:log|logs|logged|book|enter|record|use|put|want|wants|need|needs|keep)\b[^.;!?\n]{0,25}?\b(?:the |our )?"
    + _DOLLAR
    + r" "
    + _FIGURE
    + r"\b(?! (?:is|was) (?:only |just )?(?:for|a) )"
    r"|\b(?:log|book|record|enter|put)(?: it| this| the (?:deal|amount|figure|value))? (?:in|as) " + _DOLLAR + r"\b"
    r"|\b" + _DOLLAR + r" " + _FIGURE + r" (?:goes|go|should go|belongs) (?:on|in|into) (?:the )?(?:opp\w*|crm|record)"
    # German, French, Spanish and Portuguese: "bitte USD eintragen", "den USD-Betrag loggen", "saisir en dollars",
    # "registrar en dólares", "lançar em USD"
    r"|\b(?:usd|dollars?)(?:-?(?:betrag|wert|summe))?(?: \w+)?? (?:eintragen|loggen|erfassen|buchen|nehmen)\b"
    r"|\b(?:saisir|saisissez|enregistrer|enregistre|noter|logger|registrar|registra|registre|cargar|anotar|poner|"
    r"lançar|lance)\b[^.;!?\n]{0,25}?\b(?:en|em) (?:usd|dollars|d[oó]lares)\b"
)
# another currency's sign or code said with the figure: "C$36,000", "CAD 36,000", "36,000 CAD", "€17,400"
_CODES = r"(?:eur|gbp|cad|aud|nzd|chf|sek|nok|dkk|jpy|inr|mxn|sgd|hkd|brl|euros?|pounds?)"
_OTHER_BEFORE = re.compile(r"(?:\b(?:c|ca|a|au|nz|hk|s|mx|r)(?=\$)|[€£¥₹]|\b" + _CODES + r")\s?\$?$", re.I)
_OTHER_AFTER = re.compile(r"\s?(?:[€£¥₹]|" + _CODES + r"\b)", re.IGNORECASE)


def usd_logged(text: str, low: str, ranked: list[tuple[int, int, Money]]) -> list[tuple[int, int, Money]]:
    """``ranked`` (tier, where in ``text``, figure) with the other currencies' figures put in the lowest tier when
    the note (``low``: lower-cased) says the dollar figure is the one to log."""
    if ("usd" not in low and "dollar" not in low and "dólar" not in low) or not _LOG_USD.search(low):
        return ranked  # the cheap test first: few notes name the dollar at all
    out = []
    for tier, at, money in ranked:
        end = at + len(money.text)
        sign = at + 1 if text.startswith("$", at) else at  # "C$36,000": the figure's own "$" is the Canadian one
        other = _OTHER_BEFORE.search(text, max(0, at - 5), sign) or _OTHER_AFTER.match(text, end)
        out.append((min(tier, 0) if other or "€" in money.text or "£" in money.text else tier, at, money))
    return out
