"""Round 75 classes (deals bought through procurement): our paperwork turned down by their desk as a failure of ours,
with praise beside it read as sarcasm; a demand to hear back "when it's actually done" that keeps a brush-off curt;
the delay they struggle to explain upwards as a grievance; our own product named as the tender's pick, rivals knocked
out or withdrawn, and rivals still in a tender's final round; the cost centre locked; a floor under the deal ("not
to expect anything before mid-July", "no POs til oct 1"); the contact no longer allowed to sign; and a message typed in
lower case split into its sentences. Each class has hard negatives in the same words."""

from __future__ import annotations

import pytest

from agents.insights.thread import split_sentences
from tests.unit.risk_threads import HARROWFIELD

latest = HARROWFIELD.latest  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20
msg, codes = HARROWFIELD.msg, HARROWFIELD.codes

_WARM = "Imke, the floor managers loved the demo, honestly a great session! I'll get you onto our vendor portal."


def _admin(told: str, reacted: str, last: str) -> list[str]:
    """A warm start, ``told`` (a failure told plainly), our apology, ``reacted``, our apology and ``last``."""
    return codes([
        msg("2017-05-10T10:00", _WARM),
        msg("2017-05-11T09:00", "Thanks Tobias, we'll register today.", "outbound"),
        msg("2017-05-24T10:00", told),
        msg("2017-05-25T09:00", "So sorry, our finance team is resubmitting now.", "outbound"),
        msg("2017-06-07T10:00", reacted),
        msg("2017-06-08T09:00", "I'm sorry Tobias, I've escalated it to our finance director.", "outbound"),
        msg("2017-06-15T10:00", last),
    ])  # fmt: skip


# --- our paperwork turned down by their desk is a failure of ours; praise beside it is sarcasm ------------------------


@pytest.mark.parametrize(("told", "reacted"), [
    ("Imke, the portal has rejected your supplier registration twice, apparently the certificate is in the wrong "
     "format. Could your team have a look?",
     "Rejected once more, same reason. Lovely. Going really smoothly so far."),
    ("Hi Imke, procurement bounced your vendor form, the bank details page is missing a stamp. Can someone fix it?",
     "And now AP have returned your invoice too, no PO number on it. Brilliant. Really seamless."),
    ("imke our accounts payable kicked back the invoice, it has no po number. can u resend pls",
     "4th rejection from the portal. Super. Very smooth."),
])  # fmt: skip
def test_paperwork_turned_down_then_praised_is_a_drop(told: str, reacted: str) -> None:
    assert "sentiment_drop" in _admin(told, reacted, "Fine. Let me know once it's actually sorted."), reacted


@pytest.mark.parametrize(("told", "reacted"), [
    # their own request turned down, praised sincerely: no failure of ours
    ("Imke, our board rejected the budget request for the extra depot, so it's four seats as planned.",
     "All good on our side. Lovely. Going really smoothly so far."),
    # a rival's bid turned down: no failure of ours
    ("Imke, procurement rejected Lumora's bid last week, so you're the only one left.",
     "Your registration went through first time. Brilliant. Really seamless."),
])  # fmt: skip
def test_other_rejections_and_sincere_praise_stay_warm(told: str, reacted: str) -> None:
    assert "sentiment_drop" not in _admin(told, reacted, "Great, thanks. Signed order form attached."), reacted


# --- a brush-off that demands to hear back once it is done stays curt -------------------------------------------------


@pytest.mark.parametrize("last", [
    "Fine. Tell me when it's actually done.",
    "Whatever. Let me know once it has finally been sorted.",
    "fine. tell me when the registration is actually through",
])  # fmt: skip
def test_a_brush_off_awaiting_the_fix_is_curt(last: str) -> None:
    told = "Imke, the portal has rejected your supplier registration twice. Could your team have a look?"
    reacted = "Third rejection now, same reason. Grand. Really smooth so far."
    assert "sentiment_drop" in _admin(told, reacted, last), last


@pytest.mark.parametrize("last", [
    "Done, thanks! Registration is through and the PO is raised.",
    "Fine, we'll sign once it's done, no rush on our side.",
])  # fmt: skip
def test_a_reply_that_moves_on_or_no_failure_before_is_no_drop(last: str) -> None:
    told = "Imke, a quick one: the portal needs your VAT number on the supplier form."
    reacted = "Thanks, that went in fine. Next step is the PO."
    assert "sentiment_drop" not in _admin(told, reacted, last), last


# --- the delay they struggle to explain upwards -----------------------------------------------------------------------


def _redlines(told: str, last: str = "Received. We will look at it when we can.") -> list[str]:
    return codes([
        msg("2017-05-02T10:00", "Imke, lovely to work with you as always. Our redlines attached, all fairly light."),
        msg("2017-05-03T09:00", "Thanks Tobias, legal will turn it round this week.", "outbound"),
        msg("2017-05-16T10:00", "Imke, your draft has put back the renewal clause we struck. Was that intended?"),
        msg("2017-05-17T09:00", "Apologies, an old version went out. Corrected draft attached.", "outbound"),
        msg("2017-06-01T10:00", told),
        msg("2017-06-02T09:00", "Tobias, I've checked every clause myself. Clean version attached.", "outbound"),
        msg("2017-06-15T10:00", last),
    ])  # fmt: skip


@pytest.mark.parametrize("told", [
    "Clause 9 is wrong again in the new draft. It is getting really hard to justify to my CFO why a two-page "
    "markup has taken six weeks.",
    "Still wrong in clause 9, third time now. How am I supposed to explain to our legal team why this keeps "
    "happening?",
    "clause 9 still wrong again. i find it very difficult to explain to my boss why we wait so long for a simple "
    "contract",
])  # fmt: skip
def test_a_delay_hard_to_explain_upwards_then_curt_is_a_drop(told: str) -> None:
    assert "sentiment_drop" in _redlines(told), told


@pytest.mark.parametrize("told", [
    # no failure of ours reported: a request to help explain
    "Could you send a one-pager? It's hard to explain to my CFO how the forecasting module works.",
    # explaining upwards, gladly
    "All fixed now, thanks. I'll happily explain to our General Counsel why your version is the better one.",
])  # fmt: skip
def test_explaining_upwards_without_a_failure_is_no_grievance(told: str) -> None:
    assert "sentiment_drop" not in _redlines(told, "Thanks Imke, signed copy attached."), told


# --- our own product named as the tender's pick; rivals knocked out or withdrawn --------------------------------------


_SHORTLIST = "Imke, procurement has the shortlist: you, Stackline and Quorvia. References next."


def _tender(verdict: str) -> list[str]:
    return codes([
        msg("2017-05-15T10:00", _SHORTLIST),
        msg("2017-05-16T09:00", "Thanks Tobias, two references attached.", "outbound"),
        msg("2017-06-09T10:00", verdict),
    ])  # fmt: skip


@pytest.mark.parametrize("verdict", [
    "Official now: GTX Pro has been selected as the preferred supplier and their lawyers will send the contract.",
    "Good news, the committee decided on GTX Pro. Our legal team will send their redlines next week.",
    "the panel awarded the contract to MG Advanced!! their paperwork follows monday",
])  # fmt: skip
def test_our_product_named_as_the_pick_rules_the_rivals_out(verdict: str) -> None:
    assert "competitor_mentioned" not in _tender(verdict), verdict


@pytest.mark.parametrize("verdict", [
    "Quorvia got knocked out at the security review and Stackline has withdrawn its bid, so it's down to you.",
    "Stackline pulled out of the tender last week. Quorvia was disqualified because they can't host in the EU.",
    "quorvia dropped out, and Stackline was eliminated on price",
])  # fmt: skip
def test_rivals_knocked_out_or_withdrawn_are_out(verdict: str) -> None:
    assert "competitor_mentioned" not in _tender(verdict), verdict


@pytest.mark.parametrize("verdict", [
    # a rival named as the pick is a rival ahead
    "Official now: Stackline is the preferred supplier, sorry Imke.",
    # a rival that has not withdrawn is still in, whatever our product's place
    "Quorvia hasn't withdrawn their bid and GTX Pro is second, so it's still open between you and them.",
])  # fmt: skip
def test_a_rival_picked_or_still_bidding_is_in_play(verdict: str) -> None:
    assert "competitor_mentioned" in _tender(verdict), verdict


# --- rivals still in a tender's final round ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "You're through to the final stage. Two other suppliers remain in the process, Lumora and Tellurix.",
    "Congratulations, you made the final round; the other finalists are Lumora and NorthPeak.",
    "Lumora is also through to the final round, demos are on 2 May.",
    "you and tellurix are still in the race, final demos next week",
])  # fmt: skip
def test_rivals_still_in_a_tender_are_in_play(text: str) -> None:
    assert "competitor_mentioned" in latest(text), text


@pytest.mark.parametrize("text", [
    "Lumora and Tellurix did not make the final round, so only you remain in the process.",
    "Lumora was eliminated at the compliance stage; you are the only finalist left.",
    "Other suppliers are in the process of merging, which is good news for us: we sign on the 28th.",
])  # fmt: skip
def test_rivals_out_of_a_tender_are_not(text: str) -> None:
    assert "competitor_mentioned" not in latest(text), text


# --- the cost centre locked -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Bad news: finance has locked our cost centre for the rest of the financial year after the overspend.",
    "our cost center got frozen til year end so i cant buy anything right now",
    "Accounting blocked my department's cost centre last week, there's nothing I can charge the licences to.",
    "The budget code we were going to use has been closed for the rest of the year.",
])  # fmt: skip
def test_a_locked_cost_centre_is_a_budget_concern(text: str) -> None:
    assert "budget_concern" in latest(text), text


@pytest.mark.parametrize("text", [
    "Finance unlocked our cost centre yesterday, so we're good to go.",
    "Cost centre 4410 is locked in as the default on our side, please put it on the invoice.",
    "We close the GL accounts at month end, so please invoice before the 25th.",
])  # fmt: skip
def test_a_cost_centre_open_or_named_is_no_budget_concern(text: str) -> None:
    assert "budget_concern" not in latest(text), text


# --- a floor under the deal -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The new buyer has a long queue and told us not to expect anything on this one before mid-July.",
    "Sorry, no purchase orders until the new fiscal year starts on 1 October.",
    "dont expect much from us b4 August, the committee is swamped",
    "Nothing will get approved on our side until September, I'm afraid.",
])  # fmt: skip
def test_nothing_before_a_date_past_the_close_is_a_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    "We have nothing booked before mid-July, so any day works for the demo.",
    "No POs before the 26th, then it goes straight through and we sign on the 28th.",
    "Don't expect anything fancy before the kickoff, just the standard onboarding.",
])  # fmt: skip
def test_a_free_diary_or_a_floor_inside_the_window_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


# --- the contact no longer allowed to sign ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "From April all buying goes to group procurement; I am not allowed to sign anymore, Mr Jansen decides now.",
    "I can no longer sign contracts anymore, everything goes through the new regional director.",
    "My signing authority was taken away in the reorganisation, Carla will contact you.",
    "we are no longer permitted to approve software purchases ourselves, head office does it",
])  # fmt: skip
def test_the_contact_losing_the_right_to_sign_is_a_change_not_a_slip(text: str) -> None:
    assert latest(text) == ["stakeholder_change"], text


@pytest.mark.parametrize("text", [
    "I can't sign any more licences this year than the ten we agreed, so let's keep it at ten.",
    "I'm not able to sign this week, I'm travelling; Monday the 26th works.",
    "Still allowed to sign, don't worry, nothing changed for me in the reorganisation.",
])  # fmt: skip
def test_a_bar_for_a_while_or_a_quantity_is_no_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


# --- a message typed in lower case is split into its sentences --------------------------------------------------------


def test_a_lower_case_message_is_split_at_each_stop() -> None:
    assert split_sentences("ugh ok bad news. finance froze our cost centre. sorry!! we still want it tho") == [
        "ugh ok bad news.", "finance froze our cost centre.", "sorry!!", "we still want it tho",
    ]  # fmt: skip


def test_an_abbreviation_or_a_capitalised_message_is_not_split() -> None:
    assert split_sentences("pls send e.g. the quote and approx. two pages") == [
        "pls send e.g. the quote and approx. two pages"
    ]
    assert split_sentences("Bad news, sorry. the rest is fine.") == ["Bad news, sorry. the rest is fine."]


@pytest.mark.parametrize("text", [
    "ugh sorry. finance locked our cost centre for the rest of the fiscal yr. no POs til oct 1. sorry!! still want it",
    "ok so bad news. our cost center got frozen for the rest of the year. nothing gets signed b4 October. we def "
    "still want it tho",
    "hi imke. bad news sorry, finance froze our cost center for the rest of fy. no purchase orders till 1 oct. "
    "we still want it!!",
])  # fmt: skip
def test_bad_news_typed_in_lower_case_is_news_not_a_tone_drop(text: str) -> None:
    found = latest(text)
    assert "budget_concern" in found and "timeline_slip" in found and "sentiment_drop" not in found, (text, found)


# --- a texted date and the signature that waits for it, split into two sentences --------------------------------------


@pytest.mark.parametrize("text", [
    "update: infosec won't get to it till mid-August at the earliest. signing has to wait till after that",
    "legal is out until 14 August. we can only sign after that, sorry",
    "the audit runs to the 20th of August. nothing gets signed until after that",
])  # fmt: skip
def test_a_signature_waiting_till_after_a_date_said_before_is_a_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    "legal is out until 23 June. we sign right after that",
    "the audit ends on 22 June. we can sign only after that, so the 28th it is",
])  # fmt: skip
def test_a_signature_after_a_date_inside_the_window_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


# --- the messenger sorry for the news is not cross with us -----------------------------------------------------------


def _news(text: str) -> list[str]:
    return codes([
        msg("2017-05-08T10:00", "Imke, we'd like the four seats in before the end of June. Questionnaire attached."),
        msg("2017-05-16T09:00", "Completed questionnaire attached, Tobias.", "outbound"),
        msg("2017-05-25T10:00", "Perfect, thanks. InfoSec had a couple of small follow-ups, nothing scary."),
        msg("2017-05-26T09:00", "Answers attached.", "outbound"),
        msg("2017-06-05T10:00", text),
    ])  # fmt: skip


@pytest.mark.parametrize("text", [
    "An update I'm not thrilled to give. The committee only sits on 27 July, so realistically we sign in August. "
    "The business case hasn't changed.",
    "I'm not happy to be writing this, but the board has moved the decision to September. We still want it.",
    "Hi Imke, news we are not pleased to share: nothing can be signed before the committee meets on 27 July.",
])  # fmt: skip
def test_the_messenger_sorry_for_a_slip_is_no_tone_drop(text: str) -> None:
    assert _news(text) == ["timeline_slip"], text


@pytest.mark.parametrize("text", [
    "Not thrilled with your answers, to be honest. Frankly I am disappointed, half of them ignore the question.",
    "I'm not happy to give you another week. Your team has had a month already.",
])  # fmt: skip
def test_displeasure_aimed_at_us_stays_a_drop(text: str) -> None:
    assert "sentiment_drop" in _news(text), text
