"""The answer to a risk question that names one reason ("any stakeholder changes at Cancity?"): the deals that show
it, with the customer's words and dates, the weaker signs apart, and a plain "none" that says how much was read."""

from __future__ import annotations

from typing import Any


def one_reason(data: dict[str, Any], scope_line: str) -> str:
    """The reply for deal_risk ``data`` narrowed to one reason."""
    label = data["reason_label"]
    if not data["deals_with_interactions"]:
        return (f"I have no emails, calls or notes on file for the {data['open_deals']} open deal(s) ({scope_line}), "
                f"so I can't tell whether {label}.")  # fmt: skip
    lines: list[str] = []
    for d in data["at_risk"][:5]:
        lines.append(f"{d['account'] or 'No account'}: {d['product']} ({d['deal']}, {d['stage']}): {label} "
                     f"(risk score {d['score']:.0%}).")  # fmt: skip
        lines += _evidence(d)
    if len(data["at_risk"]) > 5:
        lines.append(f"...and {len(data['at_risk']) - 5} more.")
    for d in data["weak"][:3]:
        lines.append(f"A weaker sign, not enough to flag: {d['account'] or 'No account'}: {d['product']} "
                     f"({d['deal']}).")  # fmt: skip
        lines += _evidence(d)
    if not lines:
        lines.append(f"No sign on file that {label} as of {data['today']} ({data['deals_with_interactions']} "
                     f"open deal(s) with emails, calls or notes read; {scope_line}).")  # fmt: skip
    if data["at_risk_otherwise"]:
        lines.append(f"{data['at_risk_otherwise']} open deal(s) there are at risk for other reasons "
                     f"({'; '.join(data['other_reasons'])}): ask why they are at risk for the quotes.")  # fmt: skip
    return "\n".join(lines)


def _evidence(d: dict[str, Any]) -> list[str]:
    return [f'    "{e["quote"]}" ({e["source"]}, {e["date"]})' for r in d["reasons"] for e in r["evidence"][:2]]
