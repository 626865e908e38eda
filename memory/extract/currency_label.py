"""A figure whose currency is named just before it, as a label: "o valor a registrar é o da nossa proposta em
dólares: 21.928", "in USD: 4.821". There the dots group thousands (as "21.928 USD" would say) and the figure is
money; rewritten with commas, the same length, so every offset stays. So is a dot-grouped figure called the whole
("also 7.350 insgesamt", "au total 12.500", "total: 6.120"): a decimal is never a deal's total. So is a dollar
figure grouped by dots ("$12.000"), and a Portuguese or Spanish "25 mil dólares" is 25 thousand."""

from __future__ import annotations

import re

# (or said with a verb: "unser Angebot in USD sind 45.000", "en dólares son 12.500", "em USD é 21.928")
_LABELLED = re.compile(
    r"(\b(?:in|em|en|auf|a) (?:dollars|d[oó]lares|usd|us\$)\s*(?::|(?:sind|ist|wären|sont|est|son|es|são|é)\b)\s*"
    r"|\b(?:usd|us\$)\s*:\s*)"
    r"(\d{1,3}(?:\.\d{3})+)(?!\d|,\d)",
    re.IGNORECASE,
)

# a total word right after or before: German, French, Spanish, Portuguese, Italian and English
_TOTALLED = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d)(?=\s*(?:insgesamt|gesamt|in total|total|en total|au total|en tout|"
    r"in totale|im ganzen|all[- ]in)\b)"
    r"|\b(?:insgesamt|gesamt|total|totale|summe|gesamtsumme):?\s+[$€]?\s?\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d)",
    re.IGNORECASE,
)

# a dollar figure grouped by dots, the sign before or the word after: "$12.000", "12.000 dólares"; a cent figure
# has two decimals, so three after each dot group thousands (not "$1.250m": a scale follows)
_DOTTED_DOLLARS = re.compile(
    r"(?<=\$)\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d|\s?(?:k|m|mm|mil|million|bn|billion|thousand)\b)"
    r"|(?<![\d.,])\d{1,3}(?:\.\d{3})+(?=\s(?:d[oó]lares|dollars?|dollari|usd)\b)",
    re.IGNORECASE,
)
# "mil" before a Romance-language currency word is a thousand: "25 mil dólares", "US$ 25 mil" (an English "$25 mil"
# is a million, and stays)
_ROMANCE_MIL = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,]\d{1,3})?) mil(?= (?:d[oó]lares|reais|euros|pesos|dollari)\b)|"
    r"(?<=[usr]\$ )(\d{1,3}(?:[.,]\d{1,3})?) mil\b",
    re.IGNORECASE,
)


def _thousands(m: re.Match[str]) -> str:
    return (m.group(1) or m.group(2)).replace(",", ".") + "k"


# a proposal's figure grouped by dots the same way: "... budget van 18.000 dollar ... jullie voorstel van 24.105"
# (only a proposal's: "NorthPeak angeblich für 41.000" is left as it is written)
_DOTTED = re.compile(
    r"(\b(?:voorstel|offerte|angebot|oferta|proposta|propuesta|proposition|offre|preventivo|proposal|quote|offer)"
    r"(?:[ \t]+(?:van|von|de|di|of|at|für|voor|à))?[ \t]+)(\d{1,3}(?:\.\d{3})+)(?![\d]|[.,]\d)",
    re.IGNORECASE,
)


def labelled_currency(text: str) -> str:
    """``text`` with a dot-grouped figure after a currency label, or called the total, written with commas."""
    if "." in text:  # "7.350 insgesamt": the whole, its dots group thousands
        text = _TOTALLED.sub(lambda m: m.group(0).replace(".", ","), text)
        dotted = _DOTTED_DOLLARS.sub(lambda m: m.group(0).replace(".", ","), text)
        if dotted != text:  # the writer groups thousands by dots: so do their figures with no currency named
            dotted = _DOTTED.sub(lambda m: m.group(1) + m.group(2).replace(".", ","), dotted)
        text = dotted
    if " mil" in text:
        text = _ROMANCE_MIL.sub(_thousands, text)
    if ":" not in text and "." not in text:
        return text
    return _LABELLED.sub(lambda m: m.group(1) + m.group(2).replace(".", ","), text)
