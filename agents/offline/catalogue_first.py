"""A product's list price asked first, then a count of its deals: "list price of the GTK 500? and how many of those r
open right now + what's that worth at list". The catalogue answers the first and the deal figures the rest; read as
one figure, the list price was lost."""

from __future__ import annotations

from agents.offline.question import Question


def counts_its_products(figure: Question, catalogue: Question) -> bool:
    """Whether ``figure`` counts the deals of the products whose list prices ``catalogue`` asks for, and only them."""
    if "won_vs_list" in figure.measures:
        return False  # "MG Special lists at what? and my average win on it": the list price is beside it already
    named = [figure.scope["product"]] if "product" in figure.scope else figure.scope.get("products", [])
    return bool(named) and set(named) == set(catalogue.scope.get("products", []))
