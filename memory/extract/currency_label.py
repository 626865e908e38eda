"""A figure whose currency is named just before it, as a label: "o valor a registrar é o da nossa proposta em
dólares: 21.928", "in USD: 4.821". There the dots group thousands (as "21.928 USD" would say) and the figure is
money; rewritten with commas, the same length, so every offset stays."""

from __future__ import annotations

import re

_LABELLED = re.compile(
    r"(\b(?:in|em|en|auf|a) (?:dollars|d[oó]lares|usd|us\$)\s*:\s*|\b(?:usd|us\$)\s*:\s*)"
    r"(\d{1,3}(?:\.\d{3})+)(?!\d|,\d)",
    re.IGNORECASE,
)


def labelled_currency(text: str) -> str:
    """``text`` with a dot-grouped figure after a currency label written with commas."""
    if ":" not in text:
        return text
    return _LABELLED.sub(lambda m: m.group(1) + m.group(2).replace(".", ","), text)
