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


# each product's list price per unit (the Maven catalogue), longest names first so "gtx plus pro" is not "gtx pro"
LIST_PRICES = (("gtx plus basic", 1096), ("gtx plus pro", 5482), ("mg advanced", 3393), ("mg special", 55),
               ("gtx basic", 550), ("gtx pro", 4821), ("gtk 500", 26768))  # fmt: skip


def priced_as_total(count: int, price: float, item: str) -> bool:
    """Whether ``price``, said for ``count`` of the product the lower-cased ``item`` names, is the price of them all:
    near the count times the list price ("3 x GTX Pro at $14,463"), and so far from one unit's ("2 x GTK 500 at
    $26,768" is two at that price each)."""
    unit = next((listed for name, listed in LIST_PRICES if name in item), None)
    return unit is not None and count > 1 and 0.65 <= price / (count * unit) <= 1.2
