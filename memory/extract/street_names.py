"""A street address is neither money nor a person: "moved to 1200 Harbour Road, floor 14" names no $1,200 and no
Mr Harbour Road. A street word that is no surname (Road, Street, Avenue) makes a capitalised run an address on its
own; one that is also a surname (Lane, Way, Court) only after a house number ("40 Penny Lane", not "Jo Lane").
Streets of Spain, France, Italy or Portugal name their kind first ("Calle de Alcalá 120", "Rue de la Paix"); a
signature's postcode is a number before its city ("28009 Madrid", "75002 Paris"), no money either."""

from __future__ import annotations

import re
from collections.abc import Sequence

_STREET_ONLY = frozenset("road rd street st avenue ave boulevard blvd parkway pkwy highway hwy terrace".split())
_STREET_TOO = frozenset("lane ln way drive dr court ct place pl square sq circle crescent close corner row".split())
# a house number, then up to three capitalised words and a street word: "1200 Harbour Road", "75 W. Elm St."
_AFTER_NUMBER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\.?\s+){1,3}(?:"
    + "|".join(w.capitalize() for w in sorted(_STREET_ONLY | _STREET_TOO, key=len, reverse=True))
    + r")\b\.?"
)
_NUMBER_BEFORE = re.compile(r"(?<![\w,.$€£])\d{1,5}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?$")
# a building's name: "in Kestrel Tower", "the Lumora Building"; one whose word is also a surname (House, Hall, Park)
# only where a place stands: "they're in Kestrel House now", not "met Tim House"
_BUILDING_ONLY = frozenset("building tower towers plaza centre center campus hotel arena".split())
_BUILDING_TOO = frozenset("house hall park".split())
_PLACE_BEFORE = re.compile(r"\b(?:in|at|into|inside|outside) (?:the )?$", re.IGNORECASE)


# the kind of street said first, as Romance languages do: "Calle de Alcalá", "Avenida da Liberdade", "Via Roma"
_STREET_FIRST = frozenset("calle avenida avda paseo carrer carretera rua rue avenue boulevard chemin quai via viale "
                          "piazza corso piazzale strada".split())  # fmt: skip
# a postcode: a bare number of four or five digits opening an address's part (a line, or after a comma or bar),
# a city's capitalised name straight after it, then the line's or the part's end
_POSTCODE_BEFORE = re.compile(r"(?:^|[,|•·])[ \t]*$", re.MULTILINE)
_POSTCODE_AFTER = re.compile(
    r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[ \t-][A-ZÀ-Ý][a-zà-ÿ'’-]+)?[ \t]*(?:$|[,|)•·]|\((?:[A-Z][a-z]+)\))", re.MULTILINE
)


def postcode(text: str, start: int, end: int) -> bool:
    """Whether the bare number at ``start:end`` is a postcode (see above)."""
    return (
        4 <= end - start <= 5
        and _POSTCODE_AFTER.match(text, end) is not None
        and _POSTCODE_BEFORE.search(text, max(0, start - 3), start) is not None
    )


def street_after(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is a house number: a street's name follows it."""
    return _AFTER_NUMBER.match(text, end) is not None


def street_name(text: str, start: int, words: Sequence[str]) -> bool:
    """Whether the capitalised ``words`` starting at ``start`` are a street's name (see above)."""
    if len(words) < 2:
        return False
    if words[0].strip(".,").lower() in _STREET_FIRST:
        return True  # "Calle de Alcalá", "Via Roma"
    last = words[-1].strip(".,").lower()
    if last in _STREET_ONLY or last in _BUILDING_ONLY:
        return True
    if last in _BUILDING_TOO and len(words) == 2 and _PLACE_BEFORE.search(text, max(0, start - 9), start):
        return True
    return last in _STREET_TOO and _NUMBER_BEFORE.search(text, max(0, start - 12), start) is not None
