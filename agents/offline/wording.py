"""How figures are written in answers: money, rates, days, whose deals, and the scope line."""

from __future__ import annotations

from typing import Any

LABELS = {
    "won_revenue": "won revenue", "win_rate": "win rate", "avg_won_size": "average won deal size",
    "pipeline_value": "open pipeline value (list price)", "avg_cycle_days": "average sales cycle",
    "median_won_size": "median won deal size", "list_value": "value at list price",
    "avg_lost_cycle_days": "average cycle of lost deals", "min_won_size": "lowest won deal",
    "max_won_size": "highest won deal",
    "deals": "deals", "won": "won deals", "lost": "lost deals", "open": "open deals",
}  # fmt: skip

# the groups a ranking or listing counts, in the plural: "No offices have ...", "12 accounts"
GROUP_PLURALS = {"account": "accounts", "rep": "reps", "product": "products", "sector": "sectors",
                 "office": "offices", "manager": "teams", "country": "countries", "series": "series"}  # fmt: skip


def money(value: float | None) -> str:
    return "-" if value is None else f"${value:,.0f}"


def figure(measure: str, g: dict[str, Any]) -> str:
    """One measure of one group, formatted."""
    value = g.get(measure)
    if measure in (
        "won_revenue",
        "pipeline_value",
        "avg_won_size",
        "median_won_size",
        "list_value",
        "min_won_size",
        "max_won_size",
    ):
        return money(value)
    if measure == "win_rate":
        return "n/a (no closed deals)" if value is None else f"{value:.1f}%"
    if measure in ("avg_cycle_days", "avg_lost_cycle_days"):
        return f"n/a (no {'lost' if 'lost' in measure else 'won'} deals)" if value is None else f"{value:.1f} days"
    return f"{value:,}" if isinstance(value, int | float) else str(value)


_NAMED_SCOPES = ("deal", "owners", "office", "products", "account", "account_group", "product", "sector")


def subject_of(scope: dict[str, Any], data: dict[str, Any]) -> str:
    """Like :func:`subject`, and a manager's own figures ("how am I doing") are their team's: the tool read "me" as
    the team it manages, and the answer says so."""
    said = subject(scope)
    if said == "You" and any(str(label).endswith("'s team") for label in data.get("scope", ())):
        return "Your team"
    return said


def subject(scope: dict[str, Any]) -> str:
    owner = scope.get("owner")
    if owner == "me":
        return "You"
    without_me = "me" in (scope.get("exclude_owners") or ())  # "my win rate vs the rest of the team"
    if owner == "my team":
        return "The rest of your team" if without_me else "Your team"
    if without_me and not owner and not any(scope.get(k) for k in _NAMED_SCOPES):
        return "Everyone else"
    if owner and owner.endswith(" team"):
        return f"{owner.removesuffix(' team')}'s team"
    if owner:
        return owner
    if scope.get("deal"):  # one opportunity by its id: "ZGSQMEQ9"
        return str(scope["deal"])
    if scope.get("owners"):  # several reps as one: "Reed Clapper + Donn Cantrell"
        return " + ".join(scope["owners"])
    if scope.get("office") == "mine":
        return "Your office"
    if scope.get("products"):  # a product set: "GTX" (the series), "MG Special + MG Advanced"
        return " + ".join(scope["products"])
    for key, suffix in (("account", ""), ("account_group", " group"), ("office", " office"), ("product", ""),
                        ("sector", " sector")):  # fmt: skip
        if scope.get(key):
            return f"{scope[key]}{suffix}"
    if scope.get("parent"):  # "golddex's subs only, not golddex itself"
        return f"{scope['parent']}'s subsidiaries"
    return "The company"


def where(data: dict[str, Any]) -> str:
    """The filters a tool applied, as the answer's scope line."""
    return "; ".join(data.get("scope", [])) or "all deals"


def open_split(scope: dict[str, Any], g: dict[str, Any]) -> str:
    """How the open deals split by stage; as of a past day every one was Engaging, and Prospecting ones can't be
    dated (they have no engage date)."""
    if scope.get("date_field") == "open_at":
        return " (all Engaging then; Prospecting deals can't be dated, so aren't counted)"
    return f" ({g['engaging']:,} Engaging, {g['prospecting']:,} Prospecting)"


def company_revenue(musd: float) -> str:
    """An account's annual revenue, also as the CRM stores it (in $ millions), so either figure is recognised."""
    return f"${musd:,.2f}M (the CRM's {musd:,.2f}, in $ millions)"
