"""Offline email drafts: short, plain, specific to the account, the contact and the deal.

Used when no language model writes the body. The rep always sees and can edit the draft on the
approval card before anything is sent."""

from __future__ import annotations

import re
from dataclasses import dataclass

PURPOSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("thanks", ("thank", "appreciat", "grateful")),
    ("meeting", ("meeting", "meet", "call", "catch up", "catch-up", "review", "demo", "schedule")),
    ("pricing", ("pricing", "price", "quote", "discount", "proposal", "offer")),
    ("renewal", ("renewal", "renew")),
    ("reminder", ("remind",)),
    ("check_in", ("check in", "check-in", "checkin", "touch base", "checking in")),
    ("follow_up", ("follow up", "follow-up", "followup", "next step")),
)


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    purpose: str


def purpose_of(text: str) -> str:
    """The kind of email asked for; a follow-up when nothing more specific is said."""
    lowered = text.lower()
    for purpose, cues in PURPOSES:
        if any(cue in lowered for cue in cues):
            return purpose
    return "follow_up"


def compose(
    *, request: str, account: str, contact_name: str, rep_name: str, product: str | None, stage: str | None
) -> Draft:
    """A subject and body for ``request`` (the rep's words), addressed to the contact."""
    purpose = purpose_of(request)
    first = contact_name.split()[0]
    about = f"the {product} opportunity" if product else f"our work with {account}"
    when = " next week" if re.search(r"next week", request, re.IGNORECASE) else " in the coming days"
    subjects = {
        "thanks": f"Thank you from all of us, {account}",
        "meeting": f"{account}: time to meet{when.rstrip()}?",
        "pricing": f"{account}: pricing for {product or 'your evaluation'}",
        "renewal": f"{account}: your renewal",
        "reminder": f"Reminder: {about} ({account})",
        "check_in": f"Checking in on {about}",
        "follow_up": f"Following up on {about}",
    }
    middles = {
        "thanks": f"Thank you for your trust in us this year. {account} is one of our most valued customers, "
        "and we are grateful for the partnership.",
        "meeting": f"Could we find 30 minutes{when} to review {about} and your open questions together?",
        "pricing": f"As promised, I'd like to walk you through pricing for {product or 'the options we discussed'} "
        f"for {account}. I can send the breakdown or go through it on a short call.",
        "renewal": f"Your renewal with us is coming up, and I'd like to make sure it fits {account}'s plans.",
        "reminder": f"A quick reminder about {about} for {account}. I'm happy to answer anything that would "
        "help you move forward.",
        "check_in": f"I wanted to check in on {about} at {account} and see how things look on your side.",
        "follow_up": f"I'm following up on {about} at {account}. What would be a good next step for you?",
    }
    stage_line = " We're currently at the evaluation stage." if stage == "Engaging" and purpose != "thanks" else ""
    body = f"Hi {first},\n\n{middles[purpose]}{stage_line}\n\nBest regards,\n{rep_name}"
    return Draft(subject=subjects[purpose], body=body, purpose=purpose)
