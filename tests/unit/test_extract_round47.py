"""Classes behind the misses of the blind47 set (tests/evals/extract_blind47.jsonl), each with near-miss negatives:
a minutes' "AI:" action-item line, a rival chosen in the customer's own words, the customer's order sent signed,
a figure superseded or said to be ignored, a rival's seller glossed "the account exec at X", a paper's name in an
e-signature envelope, an envelope's "Completed:" stamp as a win's date, a dated log whose newest entry wins, a
period judged "doable" and a period "thought of" for the purchase."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_NOW = date(2017, 5, 10)  # a Wednesday
_ACCOUNTS = ("Acme", "Initech", "Umbrella")


def _read(text: str, now: date = _NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS))


def _names(text: str) -> set[str]:
    return {str(c["name"]) for c in _read(text).contacts}


# --- next step: a minutes' "AI:" line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme sync notes\n- scope agreed\n- AI: Priya to book the pricing walkthrough for Thursday", "walkthrough"),
        ("Initech minutes\n* AI (Tom): send the revised SOW to legal", "SOW"),
        ("Umbrella review\n- AI - draft the rollout plan with their PMO", "rollout"),
    ],
)
def test_action_item_abbreviation(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word.lower() in step.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Acme sync notes\n- AI: they loved the forecasting roadmap",  # a topic, no to-do after it
        "Initech call. They asked about AI: is it in the roadmap?",  # the word mid-line
    ],
)
def test_action_item_abbreviation_negatives(text: str) -> None:
    assert _read(text).next_step is None


# --- stage: the customer's own words


@pytest.mark.parametrize(
    "text",
    [
        "Fwd: from Acme's CIO\n> The steering group signed off on Lumora last Friday. Thanks for your time.",
        "Initech buyer wrote back: after two rounds we have gone with Brightwave. Sorry it wasn't you.",
        "From Umbrella: in the end we've decided to go with Kestrel CRM.",
    ],
)
def test_rival_chosen_is_lost(text: str) -> None:
    assert _read(text).stage == "Lost"


@pytest.mark.parametrize(
    "text",
    [
        "From Acme: five years ago we went with Lumora and now want out. Demo next week?",  # the incumbent, long ago
        "Initech: their board picked Brightwave for the shortlist alongside us.",  # a round, not the choice
        "Umbrella: they might go with Quorvia if we don't move on price.",  # a hedge
        "Acme staff raffle: Dina Ruiz chose Lumora Spa and Jon Bell chose Stackline Bistro.",  # a person's own pick
    ],
)
def test_rival_chosen_negatives(text: str) -> None:
    assert _read(text).stage is None


@pytest.mark.parametrize(
    "text",
    [
        "From Acme procurement: attached is the signed purchase order for the 12 seats, please invoice.",
        "Hi Dan, here is our fully signed order form. Consider us committed.\nRita, Initech",
        "Please find our order PO-5521 for 8 x GTX Pro, signed by our finance director yesterday.",
    ],
)
def test_signed_order_is_won(text: str) -> None:
    assert _read(text).stage == "Won"


@pytest.mark.parametrize(
    "text",
    [
        "Acme: please send the signed contract back when you can.",  # asked for, not sent
        "Initech: the order will be signed by our CFO once the budget clears.",  # to come
        "Umbrella: we are still waiting for our signed order from the CFO.",
    ],
)
def test_signed_order_negatives(text: str) -> None:
    assert _read(text).stage is None


# --- amount: a figure superseded or to be ignored


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Acme: please use $21,500; this supersedes the 24k from our first call.", 21500),
        ("Initech: 7,200 is the number (the draft had 8,050 with installation in, disregard that).", 7200),
        ("Umbrella: go for 15k. It replaces the $17k in the old proposal.", 15000),
    ],
)
def test_superseded_or_ignored_figure(text: str, amount: int) -> None:
    assert _read(text).amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Acme: 19k for the licences - ignore that Quorvia said 15k.", 19000),  # a clause follows, not the figure
        ("Initech: the draft was 8,050. Final 9,100.", 9100),  # nothing said to ignore: the last figure wins
    ],
)
def test_superseded_negatives(text: str, amount: int) -> None:
    assert _read(text).amount == amount


# --- contacts: a rival's seller glossed after the name; a paper's name


def test_rival_seller_glossed() -> None:
    names = _names("Acme: Olga Berg, the sales rep from Stackline, sent them a deck. Kai Moss (CFO) forwarded it.")
    assert "Olga Berg" not in names and "Kai Moss" in names


def test_customer_glossed_is_kept() -> None:
    names = _names("Acme: Rui Sato, the controller at Acme, and Ana Lee, a buyer from Acme, joined.")
    assert names == {"Rui Sato", "Ana Lee"}


def test_paper_name_is_no_person() -> None:
    names = _names('Envelope sent: "Acme - Order Form - GTX Pro (10 seats)"\nSigner: Lea Park (CFO, Acme)')
    assert "Order Form" not in names and "Lea Park" in names


# --- close date


def test_envelope_completed_stamp_dates_a_win() -> None:
    text = "Acme is in!\n> Envelope completed: Acme renewal\n"
    text += "> All parties have signed. Completed: May 8, 2017 09:12\n\nWon!"
    assert _read(text).close_date == date(2017, 5, 8)


def test_completed_without_label_is_no_date() -> None:
    text = "Acme: security review completed on May 2. Contract signed, mark it Won."
    assert _read(text).close_date is None  # a review's date; no date given for the signature


def test_newest_log_entry_wins() -> None:
    text = (
        "Initech log (newest first):\n"
        "[May 9] Ola: legal done early, we can sign on 19 May.\n"
        "[May 3] Ola: realistically May 31 given the redlines.\n"
        "[Apr 20] Ola: target signature 12 May.\n"
    )
    assert _read(text).close_date == date(2017, 5, 19)


def test_oldest_first_log_newest_wins() -> None:
    text = "Initech\n- 2 May: aiming to sign 31 May.\n- 8 May: now they will sign on the 22nd.\n"
    assert _read(text).close_date == date(2017, 5, 22)


def test_future_schedule_is_no_log() -> None:
    # dates after now are a plan, not entries: both dates stand as before (the decision nearest its cue)
    text = "Initech plan\n- 20 May: decision on vendor\n- 30 May: kickoff\n"
    assert _read(text).close_date == date(2017, 5, 20)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Acme: Ivo says end of June is achievable if legal moves.", date(2017, 6, 30)),
        ("Umbrella: she's eyeing Q3 for the purchase, after the audit.", date(2017, 9, 30)),
        ("Initech: Mara's thinking Q1 for any order, budget permitting.", date(2018, 3, 31)),
    ],
)
def test_period_judged_doable_or_thought_of(text: str, day: date) -> None:
    assert _read(text).close_date == day


@pytest.mark.parametrize(
    "text",
    [
        "Acme: Ivo says Tuesday is doable for the demo.",  # a meeting's day, no period
        "Umbrella: she's thinking next week for the workshop.",  # not the purchase
    ],
)
def test_period_negatives(text: str) -> None:
    assert _read(text).close_date is None
