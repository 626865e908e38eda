"""A product series said by its bare name: "what % of my Q4 wins were GTX" is every GTX product, and "deals that
aren't GTX", "non-MG wins", "excluding GTX" leave the whole series out. A series word that starts a product's name
("GTX Pro", "MG Special") is that product, read elsewhere."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.entities import Mention

# words of a product name after its series word: "gtx plus pro", "mg special", "gtk 500"
_NAME_TAIL = r"(?:pro|basic|plus|special|advanced|\d+)\b"
# leave-out words before the series: "aren't GTX", "excluding the GTX stuff", "other than MG", "non-GTX"
_LEFT_OUT = (
    r"(?:not|aren't|arent|weren't|werent|isn't|isnt|wasn't|wasnt|excluding|except|besides|minus|without"
    r"|not counting|other than|apart from|aside from|ignoring|leaving out|outside|outside of)"
)


def series_scope(t: str, series: tuple[str, ...], mentions: list[Mention]) -> dict[str, Any]:
    """{"products": [series]} for a bare series asked about, {"exclude_products": [series]} for one left out, else {}
    (and {} when a product of the series is also named by its full name, or two series are named: a comparison)."""
    said = [s for s in series if re.search(rf"[ -]{re.escape(s.lower())} (?!{_NAME_TAIL})", t)]
    if len(said) != 1:
        return {}
    name = said[0]
    if any(m.kind == "product" and m.name.lower().startswith(name.lower()) for m in mentions):
        return {}
    return {"exclude_products": [name]} if left_out_series(t, name) else {"products": [name]}


def left_out_series(t: str, name: str) -> bool:
    """Whether the series ``name`` is said to be left out: "products that aren't in the GTX line", "non-MG",
    "anything not part of MG", "outside the GTX family"."""
    key = re.escape(name.lower())
    said = re.search(rf" {_LEFT_OUT} (?:in |part of |from |of )?(?:the |any |all |our )?{key} | non-{key} ", t)
    return said is not None
