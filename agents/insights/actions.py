"""Next best action for a deal: what to do about its strongest risk reason, given its stage, with the evidence
that prompted it ("send the value case they asked for on the 12th"). An action that is an email to the
customer is marked so chat can offer to draft it (every draft still waits for approval)."""

from __future__ import annotations

from dataclasses import dataclass

from agents.insights.risk import Reason, RiskAssessment
from agents.insights.thread import DealFacts


@dataclass(frozen=True)
class Action:
    """One suggested step, why, and whether it is an email to the customer."""

    text: str
    reason: str | None
    email: bool

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "reason": self.reason, "email": self.email}


def _when(reason: Reason) -> str:
    return f" on {reason.evidence[-1].on.isoformat()}" if reason.evidence else ""


def next_best_action(assessment: RiskAssessment, deal: DealFacts) -> Action:
    """The step that answers the deal's strongest reason; for a healthy deal, the stage's usual next step."""
    if not assessment.reasons:
        if deal.stage == "Prospecting":
            return Action("book a discovery call to qualify need, budget and decision maker", None, email=True)
        return Action("confirm the next step and the signature date with your contact", None, email=True)
    top = assessment.reasons[0]
    close = deal.expected_close.isoformat() if deal.expected_close else "the expected close"
    said = _when(top)
    steps = {
        "gone_quiet": (
            f"re-engage: call rather than email again, and reach a second contact or the economic buyer "
            f"({top.summary.split(',')[0]})",
            False,
        ),  # fmt: skip
        "stakeholder_change": (
            f"introduce yourself to the new decision maker named{said} and re-confirm the business case with them",
            True,
        ),  # fmt: skip
        "competitor_mentioned": (
            f"send a side-by-side on the points that matter to them ({top.summary}), raised{said}",
            True,
        ),  # fmt: skip
        "pricing_objection": (
            f"send the value case and pricing options (phasing, term, scope) answering the "
            f"objection raised{said}; avoid a bare discount",
            True,
        ),  # fmt: skip
        "budget_concern": (
            f"ask when budget is reviewed and offer a smaller first phase or staged payment, "
            f"following their note{said}",
            True,
        ),  # fmt: skip
        "timeline_slip": (
            f"agree a new decision date and move the expected close ({close}) in the forecast; they moved it{said}",
            False,
        ),  # fmt: skip
        "sentiment_drop": (
            f"call to acknowledge the problem they raised{said}, with a fix date from support, "
            "before any commercial follow-up",
            False,
        ),  # fmt: skip
    }
    text, email = steps[top.code]
    return Action(text, top.code, email)
