"""Round 77 classes (public-sector, education and healthcare buyers): a public funding source (a gift, donation,
grant, endowment or appropriation) redirected to another project; the decision taken from the champion, told as the
approver role lost ("I'm no longer the approver") or as a board now deciding "rather than" the managers; a decision
maker gone under a public-sector title (superintendent, principal, dean) or with "his last day was ..."; a curt
reply after warm ones that only notes receipt, turns our slot down and sends us elsewhere; and a price concern only
named in our own question, answered no. Each class has hard negatives in the same words."""

from __future__ import annotations

import pytest

from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
latest, msg, codes = THREAD.latest, THREAD.msg, THREAD.codes


# --- a public funding source redirected to another project -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The trustees redirected this year's donation to the children's ward refurbishment.",
    "Last night the council diverted the capital appropriation that covered this to pothole repairs.",
    "The alumni endowment income we planned to use has been reallocated to student hardship bursaries.",
    "The district has repurposed the Title IV grant towards school buses.",
    "Our state grant has been redirected to the new literacy programme, and that grant was paying for the licences.",
    # or cut outright
    "The state cut our technology grant and moved what was left to transportation.",
    "The council has withdrawn the community grant that was paying for this.",
    "Our endowment payout was slashed this year.",
])  # fmt: skip
def test_a_funding_source_redirected_elsewhere_is_a_budget_concern(text: str) -> None:
    assert "budget_concern" in latest(text), text


@pytest.mark.parametrize("text", [
    # steered onto this purchase
    "The foundation redirected part of its gift to cover the GTX Pro licences, so we're fully funded.",
    "The board reallocated the donation towards your rollout.",
    # the paperwork about the money, not the money
    "We redirected the grant application to the regional office, which handles it now.",
    "The trustees forwarded the donation letter to our finance office.",
    "We cut the grant application down to two pages.",
    "Removed the grant reference from the invoice as you asked.",
    "The grant was not cut after all; the money is safe.",
    # a move only feared
    "If the trustees redirected the donation to the ward, we'd be stuck, but they have confirmed it stays with us.",
])  # fmt: skip
def test_money_steered_to_us_or_paperwork_moved_is_no_budget_concern(text: str) -> None:
    assert "budget_concern" not in latest(text), text


# --- the decision taken from the champion: the approver role lost, or a board deciding "rather than" them -------------


@pytest.mark.parametrize("text", [
    "I'm no longer the approver for this.",
    "As of this term I am no longer the budget holder for IT purchases.",
    "From July all software contracts are approved by the Trust's Digital Board rather than by department heads.",
    "Purchases like this are now decided by the county's IT steering committee instead of by me.",
    "I'm no longer the signatory on this contract.",
])  # fmt: skip
def test_the_approver_role_lost_is_a_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "I'm still the approver for this; procurement simply processes the order.",
    "Invoices are now paid by the finance office rather than by the school.",
    "The contract is checked by legal rather than by procurement, as always.",
    "I'm no longer the approver for the catering contract, but this one is still mine to sign.",
    "The order is approved by me rather than by the board, since it is under 10k.",
    # a deadline, not a decider
    "We need the contract signed by the 8th instead of the end of the month.",
])  # fmt: skip
def test_the_role_kept_or_a_routine_desk_is_no_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


# --- a decision maker gone under a public-sector title, or with "his last day was" ------------------------------------


@pytest.mark.parametrize("text", [
    "Dr. Patel has accepted a post at another trust; his last day was Friday.",
    "Our superintendent has resigned and the board has named an interim superintendent who will review all contracts.",
    "The Board has appointed Mr. Okoye as interim headteacher, and he wants to review every pending purchase himself.",
    "Her last day is 30 June; the new dean will decide on all software.",
    "Principal Ruiz has taken up a post in another district.",
])  # fmt: skip
def test_a_public_sector_decision_maker_gone_is_a_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "Walt, our deputy director, has accepted a post at another trust, but the decision remains with me.",
    "My last day of term is Friday; I'll sign when we're back on 3 June.",
    "His last day in the office before the summer break is Friday, and he'll sign before then.",
    "Tomorrow is Ana's last day at the conference, so expect slow replies; I sign on the 26th as planned.",
    "Her last day of annual leave is Monday and she signs on the 26th.",
    "The new principal investigator will review the data exports.",
    "Our superintendent has accepted the board's recommendation and will sign on the 26th.",
])  # fmt: skip
def test_a_bystander_leaving_a_break_or_a_title_in_another_sense_is_no_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


# --- a curt reply after warm ones: receipt noted, our slot turned down, sent elsewhere -------------------------------


def _after_warmth(text: str, first: str = "") -> list[str]:
    """A warm opening, a neutral question, our offer of a call, then ``text`` from the customer."""
    return codes([
        msg("2017-05-20T10:00", first or "Dear Imke,\n\nThank you so much for the demo, the ward team were thrilled! "
            "Could you send a quote?\n\nWarmest wishes,\nTobias"),
        msg("2017-05-22T09:00", "Quote attached.", "outbound"),
        msg("2017-06-01T10:00", "Hi Imke, two questions: does it export to PDF, and is training included?\n\nTobias"),
        msg("2017-06-02T09:00", "Yes to both. Would Thursday suit for a short call?", "outbound"),
        msg("2017-06-16T11:00", text),
    ])  # fmt: skip


@pytest.mark.parametrize("text", [
    "Imke,\n\nNoted. Thursday does not suit. Please send the training details to our finance office directly.\n\n"
    "T. Lindqvist",
    "Received. A call isn't necessary. Please email the contract to procurement directly.",
    "Noted. Thursday is not convenient.\n\nT. Lindqvist",
    "Understood. Thursday is inconvenient. Send any further material to our bursar instead.",
    "Acknowledged. Thursday won't suit us. Send the details to Mrs. Patel in finance directly.",
])  # fmt: skip
def test_a_curt_refusal_after_warm_messages_is_a_sentiment_drop(text: str) -> None:
    assert "sentiment_drop" in _after_warmth(text), text


@pytest.mark.parametrize("text", [
    "Noted, thank you! Thursday isn't convenient, but Friday at 10 works.",
    "Noted. Thursday is not convenient, could we do Monday instead?",
    "Noted. Please send the signed order form to our bursar directly.",
    "Noted. Thursday is not convenient. Please send the signed contract to our bursar so we can sign.",
    "Thursday doesn't suit, sorry, our board meets. Happy to talk next week.",
])  # fmt: skip
def test_a_refusal_with_an_alternative_or_a_plain_instruction_is_no_drop(text: str) -> None:
    assert "sentiment_drop" not in _after_warmth(text), text


@pytest.mark.parametrize("text", [
    "Noted. Thursday is not convenient.",
    "Received. We'll let you know.",
    "No call needed. I'll be in touch.",
])  # fmt: skip
@pytest.mark.parametrize("first", [
    "Quote for ten seats please.",
    "Dear Imke,\n\nPlease send a quote for ten seats.\n\nRegards,\nTobias",
])  # fmt: skip
def test_a_curt_reply_after_plain_requests_is_no_drop(text: str, first: str) -> None:
    # a plain "please" is courtesy, not warmth a curt reply could fall from
    assert "sentiment_drop" not in _after_warmth(text, first=first), text


@pytest.mark.parametrize("text", ["Received. We'll let you know.", "No call needed. I'll be in touch."])
def test_the_same_curt_reply_after_thanks_is_still_a_drop(text: str) -> None:
    first = "Dear Imke,\n\nThanks for the demo. Please send a quote for ten seats.\n\nRegards,\nTobias"
    assert "sentiment_drop" in _after_warmth(text, first=first), text


# --- a price concern only named in our own question, answered no ------------------------------------------------------


def _noted(text: str) -> list[str]:
    """Our meeting note, then a plain reply from the customer."""
    return codes([
        msg("2017-06-01T10:00", "Imke, the clinic leads enjoyed the walkthrough. Please send the quote."),
        msg("2017-06-02T09:00", "Quote for four seats attached.", "outbound"),
        msg("2017-06-12T15:00", text, "internal", "meeting_note"),
        msg("2017-06-16T11:00", "Imke, the order form is with our purchasing office; signature on the 26th."),
    ])  # fmt: skip


@pytest.mark.parametrize("text", [
    "Review w/ Tobias + finance. asked straight out if price was a problem, answer 'no, it's in budget'.",
    "Asked her directly whether the price was an issue; she said no, finance signed it off.",
    "I asked whether cost was a sticking point - he said not at all.",
    "call w/ Tobias. asked if the fee was too high for them: no, well within what they planned.",
    "Tobias wrote back: 'You asked whether the price was a problem. It isn't; finance has budgeted for it.'",
])  # fmt: skip
def test_a_price_concern_only_asked_about_and_denied_is_no_objection(text: str) -> None:
    assert "pricing_objection" not in _noted(text), text


@pytest.mark.parametrize("text", [
    "asked if price was a problem, answer: yes, it's 30% over what they planned.",
    "Asked if the price was the issue; he said yes, the fee is too high for what they'd use.",
    "They asked whether we could take 35% off the licence fee.",
])  # fmt: skip
def test_a_price_concern_confirmed_or_their_own_ask_stays_an_objection(text: str) -> None:
    assert "pricing_objection" in _noted(text), text
