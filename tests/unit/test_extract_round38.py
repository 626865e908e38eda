"""Classes behind the misses of the blind38 set (tests/evals/extract_blind38.jsonl), each with near-miss negatives:
the deal wanted by the customer as "this" by a date, a trial's or pilot's end beside the decision date, and a
contact's predecessor named as the one who left."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_NOW = date(2017, 3, 8)
_ACCOUNTS = ("Acme", "Globex Corporation")


def _read(text: str, now: date = _NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS))


def _close(text: str) -> str | None:
    found = _read(text).close_date
    return found.isoformat() if found else None


def _names(text: str) -> list[str]:
    return [str(c["name"]) for c in _read(text).contacts]


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # the customer wanting the deal itself ("this") by a date
        ("Acme: Ruth wants this before the end of next month.", "2017-04-30"),
        ("Acme: Ruth needs this by 20 April, budget is ready.", "2017-04-20"),
        ("Acme: they want this wrapped up by mid-May.", "2017-05-15"),
        # near misses: "this" bound to a task of ours, or another thing wanted
        ("Acme: Ruth wants this fixed before 20 April, a bug in the export.", None),
        ("Acme: Ruth wants this week's slides before Friday.", None),
        ("Acme: Ruth wants a workshop before the end of next month.", None),
    ],
)
def test_this_wanted_by_a_date(text: str, close: str | None) -> None:
    assert _close(text) == close


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # a trial's or pilot's end is not the deal's date when the decision has one of its own
        ("Acme: pilot runs until April 12, decision after that, by end of April.", "2017-04-30"),
        ("Acme: they're in a Lumora trial, ending ~14 April; they decide by end of April.", "2017-04-30"),
        ("Acme: POC ends 3 April and they decide before 20 April.", "2017-04-20"),
        # near misses: the trial's end is the only date said, or the deal's own date comes first
        ("Acme: trial ends April 12 and they decide that day.", "2017-04-12"),
        ("Acme: decision by 20 April, whatever the weather.", "2017-04-20"),
    ],
)
def test_trial_end_gives_way_to_the_decision_date(text: str, close: str | None) -> None:
    assert _close(text) == close


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the predecessor of a contact is someone who left, however the leaving is said
        ("Acme: Tomas Berg is their new CFO, his predecessor Ilse Marr left in May.", ["Tomas Berg"]),
        ("Acme: Nadia Oduya runs IT now; her predecessor, Piet Claes, moved to a bank.", ["Nadia Oduya"]),
        # near misses: a predecessor without a name, and names around the word that are still there
        ("Acme: Tomas Berg met his predecessor at the fair and owns the budget.", ["Tomas Berg"]),
        ("Acme: Tomas Berg and Ilse Marr both sign; their predecessor policy is gone.", ["Tomas Berg", "Ilse Marr"]),
    ],
)
def test_predecessor_is_left_out(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the customer's person a rival's seller writes to is still the customer's
        (
            "Acme: Pia Lund (CFO) and Omar Reyes (COO) joined. Also a quote from Brightwave (their rep Tim Ek "
            "keeps calling Omar).",
            ["Pia Lund", "Omar Reyes"],
        ),
        # near misses: the rival's own person in brackets, with a title or a comma, is still theirs
        ("Acme: Pia Lund (CFO) joined. Brightwave (their AE, Tim Ek) sent a quote.", ["Pia Lund"]),
        ("Acme: Pia Lund (CFO) joined. Brightwave (their sales lead Tim Ek) called.", ["Pia Lund"]),
    ],
)
def test_rivals_seller_writing_to_our_contact(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # a meeting the writer is arranging now, or a paper the customer asks us to raise
        ("Acme is keen. I'm arranging a joint session with their finance people.", "joint session"),
        ("Acme mail: thanks, we are ready. Please issue the purchase order for the first site.", "purchase order"),
        # near misses: the writer's own chores, a customer's "raise" of something else
        ("Acme is keen. We're booking our flights to the fair.", None),
        ("Acme mail: thanks for the call. Please raise any concerns with Ruth.", None),
    ],
)
def test_step_under_way(text: str, step: str | None) -> None:
    found = _read(text).next_step
    assert step in found if step and found else found == step


@pytest.mark.parametrize(
    ("text", "account"),
    [
        # a new prospect's tag closed with "!" or a bracket before the dash
        (
            "NEW LEAD (not in CRM!) — Harrow Glass & Frame, a workshop of 12. Ida Moss (owner) liked it.",
            "Harrow Glass & Frame",
        ),
        ("New prospect, not in the CRM yet!! - Brindle Ropeworks. Ida Moss runs it.", "Brindle Ropeworks"),
        # near misses: a person after the tag, and a CRM remark that names nobody
        ("New lead (not in CRM!) — Ida Moss (owner), wants a demo.", None),
        ("Not in CRM! I will add it later.", None),
    ],
)
def test_not_in_crm_tag_with_punctuation(text: str, account: str | None) -> None:
    assert extract_update(text, now=_NOW).account == account


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # an explicit step said in two languages, a slash between
        ("Acme. Nächster Schritt: Angebot überarbeiten / revise the quote. Ende.", "revise the quote"),
        ("Acme. Next step: devis révisé / revised quote for Ruth.", "revised quote"),
    ],
)
def test_step_said_twice_across_a_slash(text: str, step: str) -> None:
    assert step in (_read(text).next_step or "")


def test_step_does_not_run_into_the_next_sentence() -> None:
    found = _read("Acme. Next step: send the revised quote to Ruth. Lunch was fine / too long.").next_step
    assert found == "Next step: send the revised quote to Ruth."
