"""Offline email drafts: short, plain, specific to the account, the contact and the deal.

Used when no language model writes the body. The rep always sees and can edit the draft on the
approval card before anything is sent."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# each purpose with the patterns (searched in the lower-cased request) that ask for it; the first purpose found wins
PURPOSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "welcome",
        (
            "welcome",
            "kick off onboarding",
            "kick-off onboarding",
            "start onboarding",
            "onboarding email",
            "onboarding note",
            "onboarding message",
        ),
    ),
    (
        "thanks",
        ("thank", "appreciat", "grateful", r"\b(?:thx|thnx|ty)\s+(?:note|e-?mail|msg|message|card|letter|mail)\b"),
    ),
    ("trial", (r"\btrials?\b", r"\btest[- ]drive", r"\boffer\w*\s+(?:[\w'-]+\s+){0,3}pilot")),  # not "industrial"
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


# thanks said to us for doing the draft, not a thank-you to write: "... Please keep it short. Thanks you", "thx!"
_COURTESY = re.compile(
    r"(?:^|[.!?,;]\s*|\s[-–—]\s*)(?:(?:ok|okay|great|cool)\s+)?"
    r"(?:thanks?(?:\s+you)?|thank\s+u|thx|ty|cheers|many thanks|much appreciated|appreciate it)"
    r"(?:\s+(?:so much|a lot|in advance|again|a bunch|very much))*\s*[.!)]*\s*(?=$|[.!?])",
    re.IGNORECASE,
)


def without_courtesy(text: str) -> str:
    """``text`` without the thanks said to us for doing it ("..., thank you"), which is nothing the email says."""
    return _COURTESY.sub(" ", text)


def purpose_of(text: str) -> str:
    """The kind of email asked for; a follow-up when nothing more specific is said."""
    lowered = without_courtesy(text).lower()
    for purpose, cues in PURPOSES:
        if any(re.search(cue, lowered) for cue in cues):
            return purpose
    return "follow_up"


def compose(
    *,
    request: str,
    account: str,
    contact_name: str,
    rep_name: str,
    product: str | None,
    asked: Sequence[str] = (),
    product_named: bool = False,
) -> Draft:
    """A subject and body for ``request`` (the rep's words), addressed to the contact. ``asked`` are the sentences
    the rep asked the email to say: they replace the generic middle. A product the rep named (``product_named``) is
    always mentioned."""
    purpose = purpose_of(request)
    first = contact_name.split()[0]
    about = f"the {product} opportunity" if product else f"our work with {account}"
    named = product if product_named else None  # what they bought or renew, only as the rep says, never a guess
    when = " next week" if re.search(r"next week", request, re.IGNORECASE) else " in the coming days"
    subjects = {
        "welcome": f"Welcome aboard, {account}" + (f": getting started with {named}" if named else ""),
        "thanks": f"Thank you from all of us, {account}",
        "trial": f"{account}: a trial of {product or 'our platform'}",
        "meeting": f"{account}: time to meet{when.rstrip()}?",
        "pricing": f"{account}: pricing for {product or 'your evaluation'}",
        "renewal": f"{account}: your {named + ' ' if named else ''}renewal",
        "reminder": f"Reminder: {about} ({account})",
        "check_in": f"Checking in on {about}",
        "follow_up": f"Following up on {about}",
    }
    welcome = (f"Welcome aboard, and thank you for choosing {named or 'us'}! We're looking forward to getting "
               f"{account} up and running.")  # fmt: skip
    middles = {
        "welcome": welcome,
        "thanks": f"Thank you for your trust in us this year. {account} is one of our most valued customers, "
        "and we are grateful for the partnership.",
        "trial": f"I'd like to offer {account} a trial of {product or 'our platform'}, so your team can see it at work "
        "before deciding.",
        "meeting": f"Could we find 30 minutes{when} to review {about} and your open questions together?",
        "pricing": f"As promised, I'd like to walk you through pricing for {product or 'the options we discussed'} "
        f"for {account}. I can send the breakdown or go through it on a short call.",
        "renewal": f"Your {named + ' ' if named else ''}renewal with us is coming up, and I'd like to make sure it "
        f"fits {account}'s plans.",
        "reminder": f"A quick reminder about {about} for {account}. I'm happy to answer anything that would "
        "help you move forward.",
        "check_in": f"I wanted to check in on {about} at {account} and see how things look on your side.",
        "follow_up": f"I'm following up on {about} at {account}. What would be a good next step for you?",
    }
    if asked:  # what the rep asked to say; a welcome still opens with its welcome
        middle = " ".join([welcome, *asked] if purpose == "welcome" else asked)
    else:  # the deal's stage is our own bookkeeping: "we're at the evaluation stage" tells the customer nothing
        middle = middles[purpose]
    subject = subjects[purpose]
    if product and product_named and not _mentions(product, subject, middle):
        middle = f"I'm writing about {product}. {middle}"  # "...a kickoff call" alone loses what they bought
    body = f"Hi {first},\n\n{middle}\n\nBest regards,\n{rep_name}"
    return Draft(subject=subject, body=body, purpose=purpose)


def _mentions(name: str, *texts: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", t, re.IGNORECASE) for t in texts)
