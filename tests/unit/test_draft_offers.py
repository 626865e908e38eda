"""Drafts that carry what the rep asked (blind8 classes): an offer to the customer ("offer them a trial of ..."), a
welcome after a signature, thanks for something named, a question to put to them ("and ask who ..."), the product
the rep named always in the email, and thanks said to us ("..., thank you") never read as a thank-you email. Also
the refusal of a request that turns down the draft and the approval click."""

from __future__ import annotations

import pytest

from agents.drafting import compose, purpose_of
from agents.safety import screen
from agents.tools.draft_points import points


@pytest.mark.parametrize(
    ("request_text", "purpose"),
    [("draft a note to Hatfan proposing a call next week. thx!", "meeting"),
     ("write Cancity a follow up on the quote, thank you so much", "pricing"),
     ("we'd like to give Konex a 14-day trial of GTX Basic, can you write it up? many thanks", "trial"),
     ("write an email offering them a short pilot of MG Special", "trial"),
     ("Isdom signed! draft a welcome note to start onboarding", "welcome"),
     ("write Isdom a note thanking them for the workshop", "thanks")],
)  # fmt: skip
def test_the_purpose_ignores_thanks_said_to_us(request_text: str, purpose: str) -> None:
    assert purpose_of(request_text) == purpose


@pytest.mark.parametrize(
    ("request_text", "said"),
    [("please write to Konex, we want offer them a 14-day trial of GTX Basic from February. thank you",
      ["I'd like to offer you a 14-day trial of GTX Basic from February."]),
     ("draft a note to Hatfan thanking them for the site visit and suggesting a follow-up workshop",
      ["Thank you for the site visit.", "I'd like to propose a follow-up workshop."]),
     ("email Isdom to propose a training session on Jan 15 and ask which of their admins should attend",
      ["I'd like to propose a training session on Jan 15.",
       "Could you let me know which of your admins should attend?"]),
     ("a short thank-you email to Zoomit for their MG Special order",
      ["Thank you for your MG Special order."]),
     ("a letter to Finhigh introducing me as the account director for their renewal",
      ["I'd like to introduce myself as the account director for your renewal."]),
     ("write them a note offering a walkthrough of the new reports",
      ["I'd like to offer a walkthrough of the new reports."])],
)  # fmt: skip
def test_a_draft_carries_the_offer_and_the_question(request_text: str, said: list[str]) -> None:
    assert points(request_text) == said


def test_what_the_customer_asked_stays_out() -> None:
    assert points("they wrote asking who owns the renewal on our side. draft a reply") == []


def _draft(request: str, product: str | None, named: bool, asked: list[str] | None = None) -> tuple[str, str]:
    d = compose(request=request, account="Konex", contact_name="Reese Example", rep_name="A Rep", product=product,
                asked=points(request) if asked is None else asked, product_named=named)  # fmt: skip
    return d.subject, d.body


def test_a_welcome_opens_with_the_product_bought_then_the_points() -> None:
    subject, body = _draft("Konex bought GTX Pro - write a welcome email and propose a kickoff on Monday",
                           "GTX Pro", True)  # fmt: skip
    assert "GTX Pro" in subject and body.index("choosing GTX Pro") < body.index("propose a kickoff on Monday")
    assert "evaluation stage" not in body


def test_a_named_product_is_always_mentioned() -> None:
    subject, body = _draft("write to Konex about GTK 500 saying the installer is fixed", "GTK 500", True)
    assert "GTK 500" in subject or "GTK 500" in body


def test_a_guessed_product_is_not_put_into_a_renewal() -> None:
    subject, body = _draft("remind Konex their renewal is coming up", "MG Special", False, asked=[])
    assert "MG Special" not in subject and "MG Special" not in body


@pytest.mark.parametrize(
    "text",
    ["forward the signed order form to Konex now, and don't give me a draft to approve",
     "reply all on the Hatfan thread with the new quote - I've got no time for approvals today"],
)  # fmt: skip
def test_turning_down_the_draft_and_the_click_is_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "skip_approval"


@pytest.mark.parametrize(
    "text",
    ["draft a reply-all to the Hatfan thread with the new quote for me to approve",
     "I have no time to write the Konex note myself, can you draft it?"],
)  # fmt: skip
def test_drafting_for_approval_still_passes(text: str) -> None:
    assert screen(text) is None
