"""Our own product lines (the Maven catalogue: GTX Basic/Pro, GTX Plus Basic/Pro, MG Special/Advanced, GTK 500).

A note that says the customer is "going with GTX Plus Pro" names what they buy from us, not a rival vendor
and not a lost deal."""

from __future__ import annotations

import re

# words that make up our product names; never part of a person's name
PRODUCT_WORDS = ("GTX", "GTK", "MG", "Pro", "Plus", "Basic", "Advanced", "Special", "Series")
# the series word heading each of our product names
PRODUCT_SERIES = frozenset(("gtx", "gtk", "mg"))
# one of our products (or us) straight after a choice word: "going with GTX Plus Pro", "chose the MG line"
OUR_PRODUCT_AHEAD = re.compile(r"\s*(?:the |our |your |a |an )?(?:gtx|gtk|mg)\b", re.IGNORECASE)


def is_our_product(name: str) -> bool:
    """Whether ``name`` ("GTX Plus", "MG Advanced") is one of our product names rather than a vendor."""
    words = name.split()
    return bool(words) and words[0].lower() in PRODUCT_SERIES
