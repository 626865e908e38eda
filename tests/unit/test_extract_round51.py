"""Classes behind the misses of the blind51 set (tests/evals/extract_blind51.jsonl), each with near-miss negatives:
the customer needing our yes or answer by a period; the deal that has to be done or signed within a period; a
stated stage followed by "internally" or "on our side"; a name taken back after a doubtful question mark; a person
said to have left, dated, straight after the name; a person bearing the family firm's name, an acronym title or a
"Sr"/"Jr" after it."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_ACCOUNTS = ("Acme", "Initech", "Umbrella", "Hooli Holdings", "Kaplan Ltd")
_OURS = ("Sam Rivera", "Dana Cole")


def _read(text: str, now: date = date(2017, 5, 30)) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS), people_to_ignore=list(_OURS))


# --- the customer needing our yes (or answer) by a period: the deal's timing


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Acme. Jo Lee (CFO) called: he needs a yes before the end of the quarter.", date(2017, 6, 30)),
        ("Umbrella - Ana Ruiz wants an answer from us by end of July on the 3-year option.", date(2017, 7, 31)),
        ("Initech: they need our final yes before the end of the year, says Jo.", date(2017, 12, 31)),
    ],
)
def test_customer_needing_our_yes_by_a_period(text: str, when: date) -> None:
    assert _read(text).close_date == when


@pytest.mark.parametrize(
    "text",
    [
        "Acme: I need an answer before the end of the quarter on the SSO question from Jo.",
        "Umbrella - Ana needs a yes on the security questionnaire, we'll chase by end of July.",
        "Initech: we need an answer by the end of the year from finance before we can quote.",
    ],
)
def test_yes_not_the_customers_or_not_timed_is_no_close_date(text: str) -> None:
    assert _read(text).close_date is None


# --- the deal itself that has to be done or signed within a period


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Acme. Jo Lee: our budget lapses in June, so it has to be done in Q2.", date(2017, 6, 30)),
        ("Umbrella - Ana: this needs to be signed within Q3, their board insists.", date(2017, 9, 30)),
        ("Initech, Jo Lee: everything has to be closed in Q4 or the money goes.", date(2017, 12, 31)),
    ],
)
def test_deal_that_has_to_be_done_in_a_quarter(text: str, when: date) -> None:
    assert _read(text).close_date == when


@pytest.mark.parametrize(
    "text",
    [
        "Acme. Jo Lee: the SSO migration has to be done in Q3 before anything else.",
        "Umbrella - Ana: it has to be done with legal first, no timing yet.",
        "Initech, Jo Lee: the data cleanup needs to be finished in Q4 on their side.",
    ],
)
def test_a_task_that_has_to_be_done_is_no_close_date(text: str) -> None:
    assert _read(text).close_date is None


# --- a stated stage followed by "internally" or "on our side"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Acme: Jo Lee says they're still in the prospecting stage internally, no budget.", "Prospecting"),
        ("Umbrella - we're at the engaging phase on our side, demo done.", "Engaging"),
        ("Initech: it's in the Prospecting stage internally until the audit lands.", "Prospecting"),
    ],
)
def test_stage_followed_by_internally(text: str, stage: str) -> None:
    assert _read(text).stage == stage


@pytest.mark.parametrize(
    "text",
    [
        "Acme: Jo Lee says they're engaging internally with IT before talking to vendors.",
        "Umbrella - is it still in the prospecting stage internally? Ask Ana.",
        "Initech: they're prospecting internally for a new CFO, no deal talk.",
    ],
)
def test_verb_or_question_with_internally_is_no_stage(text: str) -> None:
    assert _read(text).stage is None


def _people(update: DealUpdate) -> list[tuple[str | None, str | None]]:
    return [(c["name"], c["role"]) for c in update.contacts]


# --- a name taken back after a doubtful question mark: only the corrected name is a contact


@pytest.mark.parametrize(
    "text",
    [
        "Acme. Talked to Jo Lee? No, sorry, Ana Ruiz, their CFO.",
        "Umbrella voice memo: met, uh, Jo Lee?? no wait Ana Ruiz, the CFO.",
        "Initech - spoke with Jo Lee? no I mean Ana Ruiz, their CFO, about seats.",
    ],
)
def test_name_taken_back_after_question_mark(text: str) -> None:
    assert _people(_read(text)) == [("Ana Ruiz", "CFO")]


@pytest.mark.parametrize(
    "text",
    [
        "Acme. Did you talk to Jo Lee? No, Monday is out for her.",
        "Umbrella: have you met Jo Lee? Sorry, Tuesday works then.",
        "Initech - is Jo Lee the CFO? No, sorry, not sure yet.",
    ],
)
def test_question_mark_without_a_new_name_keeps_the_name(text: str) -> None:
    assert ("Jo Lee", None) in _people(_read(text))


# --- a person said to have left, dated, straight after the name: not a contact


@pytest.mark.parametrize(
    "text",
    [
        "Acme call. Spoke w/ Ana Ruiz. Her boss Jo Lee left in March, Ana runs it now.",
        "Umbrella recap: talked to Ana Ruiz. Jo Lee left in Feb, so Ana owns the evaluation.",
        "Initech: Ana Ruiz picked it up. Jo Lee (IT lead) left recently.",
    ],
)
def test_dated_bare_left_after_name_is_no_contact(text: str) -> None:
    assert "Jo Lee" not in [name for name, _ in _people(_read(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Acme call. Spoke w/ Ana Ruiz. Jo Lee left in May for the offsite, back Monday.",
        "Umbrella recap: talked to Ana Ruiz. Jo Lee left in a hurry after the demo.",
        "Initech: Ana Ruiz and Jo Lee left in March for the conference, back on the 20th.",
    ],
)
def test_trip_or_undated_left_keeps_the_contact(text: str) -> None:
    assert "Jo Lee" in [name for name, _ in _people(_read(text))]


# --- a person bearing the family firm's name: an acronym title after a comma, or "Sr"/"Jr", shows a person


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kaplan Ltd: Miriam Kaplan, CFO, wants the pricing sheet.", ("Miriam Kaplan", "CFO")),
        ("Kaplan Ltd - spoke to Ruth Kaplan, VP Finance, about 10 seats.", ("Ruth Kaplan", "VP Finance")),
        ("Kaplan Ltd: Otto Kaplan Jr's office called, he wants a demo.", ("Otto Kaplan Jr", None)),
    ],
)
def test_person_named_like_the_family_firm(text: str, person: tuple[str, str | None]) -> None:
    assert person in _people(_read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kaplan Ltd: Visited Kaplan, CFO was out, no news.",
        "Kaplan Ltd: Called Kaplan, VP of ops not in today.",
        "Kaplan Ltd: Met Kaplan, IT was there too.",
    ],
)
def test_firm_after_a_verb_is_no_person(text: str) -> None:
    assert not any((name or "").endswith("Kaplan") for name, _ in _people(_read(text)))
