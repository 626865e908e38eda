"""The answer to a question about one account's own record: its sector, parent and sister companies, subsidiaries,
headquarters, headcount, revenue, founding year and contacts, followed by the deal figures asked with them."""

from __future__ import annotations

from typing import Any

from agents.offline import answers
from agents.offline.question import Question
from agents.offline.wording import company_revenue


def account_facts(question: Question, data: dict[str, Any]) -> str:
    """The profile facts asked of one account (sector, parent, sisters, headcount...), then its deal figures."""
    name = data["account"]
    parts = []
    wanted = question.facts
    if "subsidiaries" in wanted:
        subs = data["subsidiaries"]
        rolls = f"{len(subs)} account{'s roll' if len(subs) > 1 else ' rolls'} up to {name}: {', '.join(subs)}"
        parts.append(rolls if subs else f"no accounts roll up to {name}")
    if "sector" in wanted:
        parts.append(f"{name} is in the {data['sector'] or 'unknown'} sector")
    if "parent" in wanted:
        parent = data["parent"]
        parts.append(f"{name}'s parent company is {parent}" if parent else f"{name} has no parent company")
    if "sisters" in wanted:  # the parent's other subsidiaries
        sisters = data.get("sisters") or []
        listed = f"{len(sisters)} sister compan{'ies' if len(sisters) != 1 else 'y'} under {data['parent']}"
        none = f"{name} has no sister companies" if data["parent"] else f"{name} has no parent, so no sister companies"
        parts.append(f"{name} has {listed}: {', '.join(sisters)}" if sisters else none)
    if "headquarters" in wanted:
        parts.append(f"{name} is headquartered in {data['headquarters'] or 'an unknown place'}")
    if "employees" in wanted:
        count = data["employees"]
        parts.append(f"{name} has {count:,} employees" if count is not None else f"{name}'s headcount is unknown")
    if "group_employees" in wanted:
        parts.append(_group_headcount(name, data))
    if "company_revenue" in wanted and data["revenue_musd"] is not None:
        parts.append(f"{name}'s annual revenue is {company_revenue(data['revenue_musd'])}")
    if "established" in wanted and data["year_established"]:
        parts.append(f"{name} was established in {data['year_established']}")
    if "contacts" in wanted:
        people = ", ".join(_contact(c) for c in data["contacts"]) or "none on record"
        parts.append(f"{name}'s contacts: {people}")
    text = "; ".join(parts) if parts else f"{name}"
    return text[0].upper() + text[1:] + "." + answers.parent_figures(question, data)


def _contact(contact: dict[str, Any]) -> str:
    """ "Casey Mockridge (VP Operations, casey.mockridge@codehow.example)": who to write to, and where."""
    details = [contact["title"] or "no title", *([contact["email"]] if contact.get("email") else [])]
    return f"{contact['name']} ({', '.join(details)})"


def _group_headcount(name: str, data: dict[str, Any]) -> str:
    """The parent's employees with its subsidiaries', each shown so the sum can be checked."""
    members = data.get("group_members") or []
    if not members:
        count = data["employees"]
        own = f"{name} has {count:,} employees" if count is not None else f"{name}'s headcount is unknown"
        return f"{own}; no accounts roll up to {name}, so that is the whole group"
    known = [m for m in members if m["employees"] is not None]
    each = ", ".join(f"{m['name']} {m['employees']:,}" for m in known)
    unknown = [m["name"] for m in members if m["employees"] is None]
    missing = f" ({', '.join(unknown)} with no headcount on record)" if unknown else ""
    total = sum(m["employees"] for m in known)
    group = f"the {name} group ({name} and its {len(members) - 1} subsidiaries)"
    return f"{group} has {total:,} employees combined: {each}{missing}"
