"""Round 76 classes (deals through channel partners abroad): a rival struck from the selection by a decision told with
its infinitive ("they decided to exclude Lumora from the selection") or our product left as the only candidate; the
deal's step told as an event that "will happen" on a later date ("the PO sign-off will happen only after he is back,
tentatively by 20th January"); and our price put "on the higher side". Each class has hard negatives in the same
words."""

from __future__ import annotations

import pytest

from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
latest, msg, codes = THREAD.latest, THREAD.msg, THREAD.codes


def _after_rival(text: str) -> list[str]:
    """A rival put in play, our reply, then ``text`` from the customer."""
    return codes([
        msg("2017-06-01T10:00", "Imke, the board asked us to evaluate Lumora as well, they present to us next week."),
        msg("2017-06-02T09:00", "Thanks Tobias, happy to help with your comparison.", "outbound"),
        msg("2017-06-16T11:00", text),
    ])  # fmt: skip


# --- a rival struck from the selection by a decision, or our product the only one left --------------------------------


@pytest.mark.parametrize("text", [
    "Good news: Lumora could not print the reports correctly, so they decided to exclude Lumora from the selection.",
    "After the test the committee agreed to remove Lumora from the shortlist. We'll come back on the paperwork.",
    "Quick update, we opted to drop Stackline and Lumora, the integration was too weak.",
    "Lumora has been removed from the evaluation after the reference calls.",
    "Update from the steering group: MG Advanced is now the only candidate. I'll prepare the approval document.",
    "They had their final test last week, and GTX Pro is the only option left. Paperwork next.",
    "Only GTX Pro remains after the final test, so I'll start the approval.",
    "In the end we decided not to pursue Lumora; their roadmap was too vague.",
])  # fmt: skip
def test_a_rival_struck_or_ours_the_only_one_left_is_no_rival(text: str) -> None:
    assert "competitor_mentioned" not in _after_rival(text), text


@pytest.mark.parametrize("text", [
    # a part of the rival's offer struck, not the rival
    "We decided to exclude the Lumora add-on from the comparison, to keep it like for like.",
    # the decision not taken, or asked about
    "They haven't decided to exclude Lumora yet, the final test is next week.",
    "Has the committee decided to remove Lumora from the shortlist? Nobody has told me.",
    # the rival the only one left, or ours one among others
    "Update from the steering group: Lumora is now the only candidate.",
    "MG Advanced is not the only candidate, Lumora is still very much in it.",
    "Is MG Advanced the only candidate? Lumora still thinks it's in.",
    # one of a kind, not the selection
    "MG Advanced is the only tool that exports Japanese text to PDF. We'll compare it with Lumora on that.",
    "We removed Lumora's module from the comparison, but Lumora itself stays in.",
])  # fmt: skip
def test_a_strike_not_made_or_a_rival_left_alone_keeps_the_rival(text: str) -> None:
    assert "competitor_mentioned" in _after_rival(text), text


# --- the deal's step told as an event that will happen on a later date ------------------------------------------------


@pytest.mark.parametrize("text", [
    "Our CFO is travelling until the second week of July, hence the PO sign-off will happen only after he is back.",
    "Tobias here. The PO sign-off for the GTX seats will happen only after our MD is back, tentatively by 20th July. "
    "Please extend the offer validity.",
    "The contract signature for the four seats will take place in mid-August, once legal is back from holiday.",
    "Approval for the order will only happen after the 15th of July, I'm afraid.",
    "The purchase order release is expected to happen around 10 August.",
    "The sign-off can't happen before 20 July, our director is away.",
    "Approval for the order will happen by 20 July at the latest.",
    "The PO for the GTX seats will be released only after our CFO returns on 8 July.",
    "PO issuance will happen only in the second week of July.",
    "The board's decision on the order will be taken in the August meeting.",
])  # fmt: skip
def test_the_step_happening_after_the_close_is_a_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    # inside the window
    "The PO sign-off will happen on 26 June, well before your quarter end.",
    "Our CFO is away until 25 June, so the sign-off will happen once he is back.",
    # the work after the deal, not the deal
    "The training will take place in mid-August once the paperwork is through.",
    "The go-live will happen in August; we sign next week as planned.",
    # a bound inside the window
    "Approval for the order will happen by 28 June, ahead of your quarter end.",
    "The PO will be released on 26 June as planned.",
])  # fmt: skip
def test_the_step_inside_the_window_or_other_work_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


# --- our price put on the higher side --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Technically you are fine. Frankly your price is on the higher side for this specification.",
    "Imke, the quote looks a bit on the steep side for what we'd actually use.",
    "Honestly the commercials are on the expensive side for a team our size.",
    "The proposed licence fee is still on the high side, please have another look.",
    "Your quotation comes in on the pricier side for what we'd actually use.",
    "Your commercials are slightly on the higher end for this scope.",
    "Honestly, your quote sits at the upper end of what we can justify.",
])  # fmt: skip
def test_our_price_on_the_higher_side_is_an_objection(text: str) -> None:
    assert "pricing_objection" in latest(text), text


@pytest.mark.parametrize("text", [
    "Lumora's price is on the higher side, so we're glad yours is sensible.",
    "The number of seats is on the higher side because the night shift joins too.",
    "The price isn't on the high side at all, it's the timing we need to sort.",
    "Your price is on the higher side, but fair for what we get. Let's go ahead.",
    "The turnout at the demo was on the higher side, the team loved it!",
    "The product sits at the higher end of the market, which is what we want.",
])  # fmt: skip
def test_a_rivals_price_a_count_or_a_level_granted_is_no_objection(text: str) -> None:
    assert "pricing_objection" not in latest(text), text
