"""The email of a next best action, grounded in its evidence: the customer's words (quoted, as a reply quotes),
the date they said them, the product and the account. Written offline; the rep sees and can edit it on the
approval card before anything is sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agents.insights.actions import Action
from agents.insights.thread import DealFacts


@dataclass(frozen=True)
class ActionDraft:
    subject: str
    body: str


def _long(d: date) -> str:
    return f"{d.day} {d:%B}"


def compose_action_email(action: Action, deal: DealFacts, *, recipient: str, rep_name: str) -> ActionDraft:
    """Subject and body for ``action``, addressed to ``recipient`` (a contact's full name)."""
    first = recipient.split()[0] if recipient else "there"
    product = deal.product or "the project"
    account = deal.account or "your team"
    evidence = action.evidence[-1] if action.evidence else None
    quoted = f"\n\n> {evidence.quote}" if evidence else ""
    said = _long(evidence.on) if evidence else "your last message"
    ask = action.ask
    attach = f"\n\n[attach or paste {ask.what} here]" if ask else ""
    answer = (f"As you asked on {_long(ask.on)}, here is {ask.what}.{attach}\n\n" if ask else "")  # fmt: skip
    close = deal.expected_close.isoformat() if deal.expected_close else None
    p = action.purpose
    subject, text = {
        "ask": (f"{account}: {ask.what if ask else product}",
                f"{answer}I've kept it to the points you raised on {product} for {account}. Happy to walk you "
                "through it on a short call if that helps."),
        "pricing_objection": (f"{account}: options for {product}",
                              f"Thank you for being candid about the price in your note of {said}:{quoted}\n\n"
                              f"{answer}Rather than simply cutting the number, I'd like to show where {product} pays "
                              f"back for {account}, and a few ways to shape the investment: a phased roll-out, a "
                              "longer term at a lower annual price, or a narrower first scope. Could we take 20 "
                              "minutes this week to go through them?"),
        "budget_concern": (f"{account}: a phased start for {product}",
                           f"Thank you for letting me know about the budget on {said}:{quoted}\n\n{answer}So that "
                           f"{product} can still move forward, we could start with a smaller first phase or spread "
                           "the payments across budget periods. When is your budget next reviewed? I'm happy to "
                           "put a phased option together for it."),
        "competitor_mentioned": (f"{account}: {product} side by side",
                                 f"I understand from your note of {said} that you're also looking at "
                                 f"{action.detail or 'another vendor'}:{quoted}\n\n{answer}To make the comparison "
                                 f"easy, I'd like to send a side-by-side of {product} on the points that "
                                 f"matter most to {account}. Which two or three matter most to you? A 20-minute "
                                 "call before you decide would also work."),
        "timeline_slip": (f"{account}: {product} timing",
                          f"Thank you for the update on {said}:{quoted}\n\nUnderstood. So that {product} keeps its "
                          f"momentum at {account}, could we agree a new decision date now? In the meantime, "
                          "is there anything I can prepare that would make the decision easier when the time comes?"),
        "sentiment_drop": (f"{account}: the {product} issue you raised",
                           f"I'm sorry about the problem you raised on {said}:{quoted}\n\nI've taken it up with "
                           f"our {product} support team and will come back to you with a date for the fix. "
                           "Could we have a quick call so I understand the impact on your side?"),
        "gone_quiet": (f"{account}: is {product} still a priority?",
                       f"I haven't heard from you since {said}, so I wanted to check in rather than fill your "
                       f"inbox. Is {product} still a priority for {account}? If the timing has changed, just let "
                       "me know and I'll check back later."),
        "gone_quiet_buyer": (f"{account}: {product}",
                             f"I've been working with {action.detail or 'your team'} on {product} for {account}, "
                             f"and I haven't been able to reach them since {said}. Could you tell me whether the "
                             "project is still a priority, or who I should speak with?"),
        "stakeholder_new": (f"{account}: introduction and {product}",
                            f"I understand you are now leading the {product} decision at {account}. I'd welcome "
                            "30 minutes to introduce myself, share where the project stands, and make sure it still "
                            "fits your priorities. Does any time next week suit you?"),
        "stakeholder_intro": (f"{account}: {product} and the new decision maker",
                              f"Thank you for letting me know about the change on {said}:{quoted}\n\nCould you "
                              f"introduce me to {action.detail or 'the person now leading the decision'}, so I can "
                              f"bring them up to speed on {product}?"),
        "discovery": (f"{account}: a short discovery call about {product}",
                      f"Could we find 30 minutes for a short call about {product}? I'd like to understand your "
                      "goals, your timing and who else should be involved, so anything I send is useful to "
                      f"{account}."),
        "won": (f"{account}: how is {product} going?",
                f"Thank you again for choosing {product}. How is the roll-out going at {account}? If you're happy "
                "with the results, would you be open to being a reference for another customer?"),
        "lost": (f"{account}: thank you, and one question",
                 f"Thank you for considering {product}. Would you share what decided it for {account}? It helps "
                 "us improve, and I'd like to check back in six months in case things change."),
    }.get(p, (f"{account}: next steps on {product}",
              f"I wanted to check in on {product} for {account}. What is the next step on your side"
              + (f", and are we still on track for a decision by {close}?" if close else "?")))  # fmt: skip
    return ActionDraft(subject, f"Hi {first},\n\n{text}\n\nBest regards,\n{rep_name}")
