"""Classes behind the misses of the blind9 extract set (tests/evals/extract_blind9.jsonl), in new wording,
each with a near-miss that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

NOW = date(2017, 6, 6)  # a Tuesday


def update(text: str, now: date = NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=["Corvex", "Nordhaven"], people_to_ignore=["Lena Ostrova"])


# --- close date -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # the order itself has a date: raising or issuing the purchase order is the customer committing
        ("Corvex: procurement will get the purchase order issued by mid-July.", "2017-07-15"),
        ("Corvex. Good chat with the buyer, PO to be placed before the end of the month.", "2017-06-30"),
        # the body that approves the spend meets on the date
        ("Corvex: the capex board meets on the 22nd and should approve the spend.", "2017-06-22"),
        ("Corvex: their steering group meets next Monday to decide on the rollout.", "2017-06-12"),
        # a green light is the decision
        ("Corvex: their COO expects to give us the green light in three weeks.", "2017-06-27"),
        # the speaker corrects the date: the one after the correction wins
        ("Corvex: sign-off by end of July, sorry, mid-August, the auditors are in.", "2017-08-15"),
        ("Corvex: decision on the 20th, or rather the 23rd, their CFO is away.", "2017-06-23"),
    ],
)
def test_close_date_classes(text: str, close: str) -> None:
    found = update(text).close_date
    assert found is not None and found.isoformat() == close


def test_won_deal_dated_by_its_purchase_order() -> None:
    found = update("Corvex closed-won, the PO arrived on Thu 1 June. 6 seats.").close_date
    assert found is not None and found.isoformat() == "2017-06-01"


@pytest.mark.parametrize(
    "text",
    [
        # when a person moved is not when the deal closed
        "Corvex - marking it Lost. Our sponsor, Pia Lund, resigned in April and the project went with her.",
        "Corvex: lost. Their new CIO joined in May and the budget is gone.",
        # a meeting of the board with no approval said is just a meeting; a PO form sent is a next step
        "Corvex: the board meets on the 22nd to hear the quarterly results.",
        "Corvex: I'll send the PO template on Friday.",
    ],
)
def test_no_close_date_classes(text: str) -> None:
    assert update(text).close_date is None


def test_correction_only_replaces_the_chosen_date() -> None:
    found = update("Corvex: they sign by end of June, sorry for the late log, demo was on 2 June.").close_date
    assert found is not None and found.isoformat() == "2017-06-30"


# --- stage --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Corvex, inbound from the website. Logging it as Prospecting until we talk budget.", "Prospecting"),
        ("Corvex: leaving the opp in Engaging, the trial is going well.", "Engaging"),
        ("Corvex: the deal has been sitting in Engaging since the demo.", "Engaging"),
        ("Corvex: kept it at Prospecting for now.", "Prospecting"),
        # the verb, not the stage
        ("Corvex: we have been engaging discussions with two of their teams.", None),
        ("Corvex: I'll keep it in Engaging if the pilot lands.", None),
    ],
)
def test_stage_kept_or_logged(text: str, stage: str | None) -> None:
    assert update(text).stage == stage


# --- next step ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Corvex call. 12 seats at list. We never settled on a next step.",
        "Corvex: friendly chat, but they didn't want to set any next steps before the summer.",
    ],
)
def test_next_step_denied(text: str) -> None:
    assert update(text).next_step is None


def test_chat_line_that_opens_on_what_is_being_done() -> None:
    text = (
        "#deals-north\nLena Ostrova 10:02: corvex is at 21k, she asked us to remove the support tier\n"
        "Lena Ostrova 10:05: booking the pricing review with their CFO for Thursday"
    )
    step = update(text).next_step
    assert step is not None and "pricing review" in step


def test_a_step_without_its_object_takes_the_sentence_before() -> None:
    step = update("Corvex: Ida wants the data-processing addendum. Sending over tomorrow.").next_step
    assert step is not None and "addendum" in step


# --- contacts -----------------------------------------------------------------------------------------------------


def contacts(text: str) -> list[dict[str, str | None]]:
    return update(text).contacts


def test_signature_title_line_is_no_person() -> None:
    text = (
        "From: Maren Vold <m.vold@corvex.example>\nTo: Lena Ostrova <lena@ourteam.example>\n\n"
        "Dear Lena,\n\nwe accept the quote.\n\nKind regards,\nMaren Vold\nRegional Fleet Planning Manager, Corvex"
    )
    assert contacts(text) == [{"name": "Maren Vold", "role": "Regional Fleet Planning Manager"}]


def test_field_of_a_title_is_no_person() -> None:
    text = "Corvex: Ruth Ames runs it, as Head of Clinical Trials she owns the budget."
    assert {c["name"] for c in contacts(text)} == {"Ruth Ames"}


@pytest.mark.parametrize(
    "text",
    [
        "Corvex: Quorvia's EMEA CTO, Jan Berg, flew in to pitch them. Sara Holt (COO) is our contact.",
        "Corvex: Brightwave sent a quote last week. Their account exec, Lisa Holm, keeps calling. "
        "Sara Holt (COO) is our contact.",
    ],
)
def test_vendor_staff_are_left_out(text: str) -> None:
    assert contacts(text) == [{"name": "Sara Holt", "role": "COO"}]


def test_first_names_listed_for_the_customer_and_partners_left_out() -> None:
    text = (
        "Workshop - Corvex\nAttendees (Corvex): Elin Strand, Ops Manager; Tove (joined late)\n"
        "Attendees (other): Lena Ostrova from us; Pavel Novak from Brightline, our reseller\n"
        "- 20 seats discussed."
    )
    assert contacts(text) == [{"name": "Elin Strand", "role": "Ops Manager"}, {"name": "Tove", "role": None}]


def test_first_name_outside_a_customer_list_still_needs_evidence() -> None:
    text = "Corvex sync. Them: Elin Strand (Ops Manager). Us: me + Tove."
    assert contacts(text) == [{"name": "Elin Strand", "role": "Ops Manager"}]


def test_customer_speaker_in_a_transcript_says_our_for_their_people() -> None:
    text = (
        "Lena Ostrova (ourteam): How did the review go?\n"
        "Jonas Weber (Corvex): Well. As Head of Operations I'm happy to go ahead.\n"
        "Lena Ostrova: Great. Who signs?\n"
        "Jonas Weber: Mia Falk, our procurement lead, signs off."
    )
    assert contacts(text) == [
        {"name": "Jonas Weber", "role": "Head of Operations"},
        {"name": "Mia Falk", "role": "procurement lead"},
    ]


def test_our_people_in_a_rep_note_stay_ours() -> None:
    assert contacts("Corvex call. Mia Falk, our solutions engineer, ran the demo.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the account after "@" is not part of the title
        ("fwd sms from Jo Lind, depot lead @ corvex: ok for 5 seats", {"name": "Jo Lind", "role": "depot lead"}),
        # a sentence-opening verb is not part of a name
        (
            "Corvex. Rang Ingrid Moe Solberg this morning, she's head of facilities.",
            {"name": "Ingrid Moe Solberg", "role": "head of facilities"},
        ),  # fmt: skip
        # "hes"/"shes" typed in a hurry
        (
            "corvex - Omar Haddad picked up, shes the Purchasing Manager",
            {"name": "Omar Haddad", "role": "Purchasing Manager"},
        ),  # fmt: skip
        # a hesitation inside the appositive
        (
            "Voicemail: hi, it's Nils Berg, a, um, procurement lead at Corvex, call me back.",
            {"name": "Nils Berg", "role": "procurement lead"},
        ),  # fmt: skip
    ],
)
def test_role_wording(text: str, expected: dict[str, str | None]) -> None:
    assert contacts(text) == [expected]


def test_hesitation_between_clauses_keeps_the_break() -> None:
    text = "Corvex call with Nils Berg, Finance Director, um, quite keen on the pilot."
    assert contacts(text) == [{"name": "Nils Berg", "role": "Finance Director"}]
