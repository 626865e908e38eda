"""Classes behind the misses of the blind45 set (tests/evals/extract_blind45.jsonl), each with near-miss negatives:
a title quoted from how the person signs their mail, an aide's title naming the person aided, "just the" before a
title, "Look," opening a speaker's line, a speaker's title said "as X: we ...", a count of seats in words past
twelve, a total written as "N x price", an elided figure to "assume", a range said in words, the period's end
"is the target", a period alone after "realistically", a decision call in a WebVTT transcript, a loss by renewing
the incumbent, the incumbent left by a date, "Next from you:", a paper of ours the customer will need, and a
paper of ours to re-issue."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_NOW = date(2017, 5, 10)  # a Wednesday
_ACCOUNTS = ("Acme", "Initech", "Umbrella")


def _read(text: str, now: date = _NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS))


def _people(text: str) -> dict[str, str | None]:
    return {str(c["name"]): c["role"] for c in _read(text).contacts}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Acme: met Ilse Varga, whose sig says 'Plant Controller'. Wants a quote.", "Ilse Varga", "Plant Controller"),
        ("Acme: call w/ Tomas Riha (signs his emails as 'Head of Logistics').", "Tomas Riha", "Head of Logistics"),
        (
            "Acme: spoke to Wen Zhao, who signs off as 'Procurement & Contracts Lead'.",
            "Wen Zhao",
            "Procurement & Contracts Lead",
        ),  # fmt: skip
        (
            "Acme: mail from Ada Kowal on Monday. Ada signs as 'Ada Kowal - Depot Manager'.",
            "Ada Kowal",
            "Depot Manager",
        ),  # fmt: skip
        # an aide's title names whom they aid after "to"
        (
            "Acme: the order came from Mia Lund, personal assistant to Rolf Dahl, and needs a PO.",
            "Mia Lund",
            "personal assistant",
        ),  # fmt: skip
        # "just the" before a title is modesty, not the title
        (
            "[00:00:06] Nina Berg: Look, I'm just the office coordinator here.",
            "Nina Berg",
            "office coordinator",
        ),  # fmt: skip
    ],
)
def test_title_quoted_from_signature(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the sign-off quoted is no title: a greeting, a nickname
        ("Acme: met Ilse Varga, she signs as 'Cheers, Ilse'. Wants a quote.", "Ilse Varga"),
        ("Acme: Tomas Riha's sig says 'Sent from my phone'.", "Tomas Riha"),
        # "signs ... as soon as" is no signature
        ("Acme: Wen Zhao signs the order as soon as 'legal' is happy.", "Wen Zhao"),
    ],
)
def test_no_title_from_a_signoff_that_is_none(text: str, name: str) -> None:
    assert _people(text).get(name) is None


def test_aide_to_a_title_keeps_the_title() -> None:
    assert _people("Acme: Mia Lund (Assistant to the CEO) wants a demo.").get("Mia Lund") == "Assistant to the CEO"


def test_look_opening_a_line_is_no_name() -> None:
    people = _people("[00:00:06] Nina Berg: Look, we are short on time.\n[00:00:09] Nina Berg: Listen, send a quote.")
    assert "Look" not in people and "Listen" not in people


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("[00:01:02] Oda Lie: Speaking for Acme, as Head of Field Ops: we want twelve seats.", "Head of Field Ops"),
        ("[00:01:02] Oda Lie: As Finance Director, I approve this.", "Finance Director"),
    ],
)
def test_speaker_title_as_x_we(line: str, role: str) -> None:
    assert _people(line).get("Oda Lie") == role


@pytest.mark.parametrize(
    "line",
    [
        "[00:01:02] Oda Lie: As usual, we want twelve seats.",
        "[00:01:02] Oda Lie: As sales grew: we hired more reps.",
    ],
)
def test_no_speaker_title_from_as_clause(line: str) -> None:
    assert _people(line).get("Oda Lie") is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a count past twelve in words, its unit price said in the next line
        ("[00:01] Oda Lie: We'd want seventeen seats of GTX Basic.\n[00:02] Rep: That's $550 a seat.", 9350),
        # a total written as a product
        ("Acme: count is 14 for now. That's 14 x 550, sign in June.", 7700),
        ("Acme: 9 seats × $1,096 on the GTX Plus Basic tier.", 9864),
        # a figure said without its thousands, to assume
        ("Acme: he gave a range of 40 to 48k, and says assume 44 for your forecast.", 44000),
        # a range said in words, its low end to log
        ("Acme: budget is between thirty and thirty-five thousand, log the low end.", 30000),
        ("Acme: somewhere from eleven to fourteen grand; use the top end.", 14000),
    ],
)
def test_amounts(text: str, amount: float) -> None:
    assert _read(text).amount == amount


@pytest.mark.parametrize(
    "text",
    [
        "Acme: the room is 12 x 40 ft, demo there.",  # a size, no total
        "Acme: sizes 2 x 30 x 50 cm, send a quote.",  # a chain of factors
        "Acme: Stackline charges 30 x 400 today.",  # a rival's price
        "Acme: we pay 12 x 90 a month currently.",  # a monthly spend
    ],
)
def test_no_amount_from_other_products(text: str) -> None:
    assert _read(text, now=_NOW).amount is None


def test_assume_a_count_is_no_money() -> None:
    assert _read("Acme: quote is $18,000; assume 3 weeks for rollout.").amount == 18000


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Acme: Oda Lie (CFO) wants it. End of the quarter is their target.", date(2017, 6, 30)),
        ("Acme: Oda Lie (CFO): realistically end of next month, after the audit.", date(2017, 6, 30)),
        ("Acme: they run Stackline and want off it by the end of the month.", date(2017, 5, 31)),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Oda Lie>If the trial works I can make a call in two weeks."
            "\n\n00:00:05.000 --> 00:00:08.000\n<v Sam Reed (our AE)>Great, I'll send the checklist.",
            date(2017, 5, 24),
        ),
    ],
)
def test_close_dates(text: str, close: date) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    "text",
    [
        "Acme: end of the quarter is their busiest season.",  # no target
        "Acme: realistically it's a long shot; demo on Friday.",  # no period after "realistically"
        "Acme: Oda Lie (CFO) wants off the call by 3 today.",  # off a call, no incumbent left
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Sam Reed (our AE)>I can make a call in two weeks to check."
            "\n\n00:00:05.000 --> 00:00:08.000\n<v Oda Lie>Fine."
        ),  # our phone call, not their decision
    ],
)
def test_no_close_date(text: str) -> None:
    assert _read(text).close_date is None


def test_loss_by_renewing_the_incumbent_dates_the_loss() -> None:
    text = "Acme is closed-lost. Mail from Oda Lie on the 8th: 'we are renewing Stackline for a year'."
    assert _read(text).close_date == date(2017, 5, 8)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Acme: signing in May.\nNext from you: the insurance certificate and a W-9.", "insurance certificate"),
        ("Acme: 12 seats ok. Our controller will need an invoice before the PO is raised.", "invoice"),
        ("Acme: we moved to 9 seats, so please re-issue the quote with the new count.", "re-issue the quote"),
    ],
)
def test_next_steps(text: str, step: str) -> None:
    assert step in (_read(text).next_step or "")


@pytest.mark.parametrize(
    "text",
    [
        "Acme: seats confirmed. Next from you is unclear, they said.",  # no label's colon
        "Acme: seats agreed, they will need a quote from Stackline too.",  # a rival's paper
        "Acme: seats agreed. Legal will need the invoice template changed.",  # a paper's part, not the paper
        "Acme: please note the new address on file.",  # no paper of ours redone
    ],
)
def test_no_next_step(text: str) -> None:
    assert _read(text).next_step is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a budget envelope alone, the deal's figure said not to be known: no amount
        ("Acme: their tooling budget is about 150k overall. She can't give us a number for this one yet.", None),
        ("Acme: envelope of 90k for all IT. No figure yet for this project.", None),
        # near misses: an envelope alone still stands for want of another; a figure of the deal wins
        ("Acme: their tooling budget is about 150k overall.", 150000),
        ("Acme: can't give you a number on discounts, but the quote is $12,000.", 12000),
    ],
)
def test_no_figure_yet(text: str, amount: float | None) -> None:
    assert _read(text).amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Acme: $30/user/mo for 12 users, log the annual value.", 4320),
        ("Acme: $900 a month all in; log the annual figure.", 10800),
        # near misses: no annual asked for; two counts, which one is unsure
        ("Acme: $45 per seat per month for 20 seats.", None),
        ("Acme: $30 per seat per month, 12 seats and 20 seats in phase 2; log the annual value.", None),
    ],
)
def test_monthly_price_made_annual(text: str, amount: float | None) -> None:
    assert _read(text).amount == amount


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Acme: we're in Prospecting from our side, call it that.", "Prospecting"),
        ("Acme: they came in engaging from their side of the table.", None),  # "came in", no stage
        ("Acme: in engaging from our end.", None),  # no subject
    ],
)
def test_stage_from_our_side(text: str, stage: str | None) -> None:
    assert _read(text).stage == stage


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanks, fine by us.\n\nK. Osei\nHead of Fleet\nAcme", "K. Osei"),
        ("Acme: mail from R. Tanaka (CFO) today.", "R. Tanaka"),
    ],
)
def test_initial_before_surname(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Acme: we pick Plan B. Maria Lopez (CFO) agreed.",  # a sentence's last letter, no initial
        "Acme: see section C. Lopez (CFO) agreed.",
    ],
)
def test_no_initial_from_a_sentence_end(text: str) -> None:
    assert not any(name.startswith(("B.", "C.")) for name in _people(text))


def test_count_chosen_from_a_range() -> None:
    text = "Acme: anywhere from 12 to 16 users. Price is $300 per user. They said go with 14."
    assert _read(text).amount == 4200


@pytest.mark.parametrize(
    ("text", "not_amount"),
    [
        ("Acme: 12 to 16 users, $300 per user; call it 3 weeks to roll out.", 900),  # weeks, no count
        ("Acme: 12 to 16 users, $300 per user. Let's commit to 20.", 6000),  # outside the range
    ],
)
def test_no_count_chosen(text: str, not_amount: float) -> None:
    assert _read(text).amount != not_amount


@pytest.mark.parametrize(
    "text",
    [
        "Acme: anything new on the 5 x 24 product? Quote to follow.",  # hours a day, no price
        "Acme: they want 7 x 24 support, pricing later.",
    ],
)
def test_no_product_from_hours(text: str) -> None:
    assert _read(text).amount is None


def test_no_initial_from_a_lettered_list() -> None:
    assert _people("Acme notes:\nB. Finally, we sign.\nC.\tLast point.") == {}


def test_scheduling_promise_names_what_would_help() -> None:
    text = (
        "[00:01] Rep: What might help you decide?\n[00:02] Oda Lie: A pricing workshop for the board.\n"
        "[00:03] Rep: I'll suggest some dates."
    )
    assert "pricing workshop" in (_read(text).next_step or "")


def test_what_would_help_said_by_them_is_no_ask() -> None:
    text = "[00:01] Oda Lie: What would help is a faster rollout.\n[00:03] Rep: I'll suggest some dates."
    assert "faster rollout" not in (_read(text).next_step or "")


def test_deal_resized_is_no_step() -> None:
    assert _read("Hi,\nWe need to go up to 40 users after the merger. Same price.\nThanks, Oda").next_step is None


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Hi,\nWe need to drop it to 7 seats. We need to see the revised quote first.\nOda", "revised quote"),
        ("Hi,\nWe need to cut the rollout to 7 sites.\nOda", "cut the rollout"),  # sites are no seats
    ],
)
def test_steps_beside_a_resize(text: str, step: str) -> None:
    assert step in (_read(text).next_step or "")
