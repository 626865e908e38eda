"""Classes behind the misses of the blind55 set (tests/evals/extract_blind55.jsonl), each with near-miss negatives:
texted shorthand for signing and dates ("wants sig b4 EOM", "end of nxt mo", "signed 2day"); quarters and ordinals
as speech-to-text writes them ("Q three", "queue four", "by the forth"); punctuation dictated as words ("comma",
"period", "colon"); a date glossed after "i.e."; "FY ends <month>"; a log record's close and outcome fields
("target_close=", "lost_on=", "won_date=", "next_action=", "next=none"); Spanish "firma"; a title said bare after
a name, "there" for "their"; a shouted "SIGNED" after the account's name; a meeting dated in shorthand ("kickoff mon",
"call wk 9") as the step; a figure given in dollars and another currency side by side is logged in dollars."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update
from memory.extract.dates import find_dates
from memory.extract.shorthand import spelled_out
from memory.extract.text import sentences

_ACCOUNTS = ("Acme", "Initech", "Umbrella")
_NOW = date(2017, 5, 10)  # a Wednesday


def _read(text: str, now: date = _NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS), people_to_ignore=["Sam Rivera"])


def _contacts(text: str) -> list[tuple[str, str | None]]:
    return [(c["name"] or "", c["role"]) for c in _read(text).contacts]


# --- texted shorthand for signing and dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme - chat w/ Lee Park (ops dir). wants sig b4 EOM.", date(2017, 5, 31)),
        ("Initech: ok w/ 12k if we close by end of nxt mo.", date(2017, 6, 30)),
        ("Umbrella signed 2day!! 4.1k for the starter pack.", _NOW),
    ],
)
def test_texted_shorthand_gives_the_close(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Met Sig Hansen at Acme; Mo from their IT joins too.",  # a name, not shorthand
        "The mo-cap studio and the sig-figs sheet are ready.",  # joined words stay
        "B4 paper for the brochure, SIG meeting on Friday.",  # capitals: a product or a group
    ],
)
def test_shorthand_leaves_names_and_other_words(text: str) -> None:
    assert spelled_out(text) == text


# --- quarters and ordinals as speech-to-text writes them


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme. Decision by Q three, she said. Next step send the deck", date(2017, 9, 30)),
        ("Initech wants to sign end of queue four period", date(2017, 12, 31)),
        ("Umbrella needs it signed by the forth.", date(2017, 6, 4)),  # the 4th has passed this month
    ],
)
def test_spoken_quarter_and_ordinal(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


@pytest.mark.parametrize(
    "text",
    ["Lots of back and forth on pricing.", "They have queue two tickets open.", "The forth bridge is closed."],
)
def test_spoken_forms_left_alone(text: str) -> None:
    assert spelled_out(text) == text


# --- punctuation dictated as words


def test_dictated_punctuation_gives_the_title() -> None:
    text = "Acme update period. Met Ana Ruiz comma the CFO period. Next step colon send the pricing"
    assert _contacts(text) == [("Ana Ruiz", "CFO")]
    assert "send the pricing" in (_read(text).next_step or "")


@pytest.mark.parametrize(
    "text",
    [
        "The trial period ends in June. Put a comma there. The colon surgery went fine.",
        "Notice period is thirty days, per the contract. Grace period applies.",
    ],
)
def test_punctuation_words_in_prose_stay(text: str) -> None:
    assert spelled_out(text) == text


# --- a date glossed after "i.e."


def test_date_after_ie_gloss_is_the_close() -> None:
    assert _read("Acme: close wk 24, i.e. Fri 16 Jun. NS: send T&Cs").close_date == date(2017, 6, 16)


def test_ie_gloss_of_a_demo_is_no_close() -> None:
    assert _read("Acme: demo wk 21, i.e. Thu 25 May. No timeline yet.").close_date is None


def test_sentences_still_end_at_full_stops() -> None:
    assert len(sentences("Demo is done. Close is TBD, e.g. maybe June. Fine.")) == 3


# --- "FY ends <month>"


def test_fy_abbreviation_ends_in_month() -> None:
    assert [d.value for d in find_dates("FY ends September", _NOW)] == [date(2017, 9, 30)]
    text = "Acme: Tom Ek (CFO). close=end of their FY (FY ends September). next=send the order form"
    assert _read(text).close_date == date(2017, 9, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("FY ends June 15", [date(2017, 6, 15)]), ("FY2016 ended badly", [])],
)
def test_fy_with_a_day_or_no_month(text: str, expected: list[date]) -> None:
    assert [d.value for d in find_dates(text, _NOW)] == expected


# --- a log record's close and outcome fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("acct=Acme; stage=Engaging; target_close=wk 26 (Fri 30 Jun); next_action=security review", date(2017, 6, 30)),
        ("acct=Initech; status=Closed Lost; lost_on=2017-05-02; next=none", date(2017, 5, 2)),
        ("acct=Umbrella; event=Closed Won; won_date=2017-05-03; next=handover", date(2017, 5, 3)),
    ],
)
def test_record_fields_give_the_close(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


def test_record_next_action_and_none() -> None:
    assert "security review" in (_read("acct=Acme; value=$9,000; next_action=security review").next_step or "")
    assert _read("acct=Initech; status=Closed Lost; lost_on=2017-05-02; next=none").next_step is None


@pytest.mark.parametrize(
    "text",
    [
        "acct=Acme; created_on=2017-04-02; close=; next=qualify",
        "acct=Initech; demo_date=2017-06-01; value=; next=send deck",
    ],
)
def test_record_other_dates_are_no_close(text: str) -> None:
    assert _read(text).close_date is None


# --- Spanish "firma"


def test_spanish_firma_gives_the_close() -> None:
    assert _read("Acme: hablé con Ana Gil. Firma a fin de mes.").close_date == date(2017, 5, 31)


@pytest.mark.parametrize(
    "text",
    ["Acme: firma ma 200 pracowników, demo 20 maja.", "Acme: Firma w Krakowie, spotkanie 2 czerwca."],
)
def test_polish_firma_is_a_company(text: str) -> None:
    assert _read(text).close_date is None


# --- a title said bare after a name; "there" for "their"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme. spoke to Ana Gil procurement lead. Next step send the quote", [("Ana Gil", "procurement lead")]),
        ("Initech. Tom Ek their finance manager rang about seats", [("Tom Ek", "finance manager")]),
        ("Umbrella, quick one. Rita Holm, she's there controller, liked it", [("Rita Holm", "controller")]),
    ],
)
def test_bare_title_after_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _contacts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme. Met Ana Gil today. Next step send the quote",
        "Acme. Ana Gil procurement said no to the draft.",
        "Acme - is Ana Gil the CFO? Not sure yet.",
    ],
)
def test_no_bare_title(text: str) -> None:
    assert _contacts(text) == [("Ana Gil", None)]


def test_there_as_a_place_stays() -> None:
    text = "She's there all week; the manager is there too."
    assert spelled_out(text) == text


# --- a shouted "SIGNED" after the account's name


def test_shouted_signed_after_name_is_won() -> None:
    assert _read("Initech SIGNED today!!! 6.4k for the pro pack.").stage == "Won"


@pytest.mark.parametrize("text", ["Initech wants it SIGNED by Friday.", "Initech: NOTHING SIGNED yet."])
def test_shouted_signed_wish_is_no_win(text: str) -> None:
    assert _read(text).stage is None


# --- a meeting dated in a texted note's shorthand is the step


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("Initech signed today, 5k. kickoff fri w/ their admins", "kickoff"),
        ("Acme - Ana Gil (CTO) ok on 8k. workshop wk 23 to map the fields. No rivals.", "workshop"),
        ("Umbrella: liked the pitch. deep-dive booked for her 3 analysts, no price yet", "deep-dive"),
    ],
)
def test_shorthand_dated_meeting_is_the_step(text: str, keyword: str) -> None:
    assert keyword in (_read(text).next_step or "")


@pytest.mark.parametrize(
    "text",
    ["Acme: the call mon was rough, no price yet.", "Acme: demo wk 18 went fine, no price yet.", "Acme: out wk 32."],
)
def test_past_or_absent_week_is_no_step(text: str) -> None:
    assert _read(text).next_step is None


# --- a figure in dollars and in another currency side by side: the dollars are logged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: ok con USD 21.500 (≈ €19.800) por el paquete.", 21500),
        ("Initech agreed $14,200 (€12,900) for the pack.", 14200),
        ("Umbrella: 9,800 dollars, that is about £7,700, all in.", 9800),
    ],
)
def test_dollar_figure_beats_its_conversion(text: str, expected: int) -> None:
    assert _read(text).amount == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: €18,000 for the pack, no dollar figure yet.", 18000),
        ("Acme: Brightwave quoted $20k, we're at €17,500 all in.", 17500),
    ],
)
def test_single_currency_figure_stays(text: str, expected: int) -> None:
    assert _read(text).amount == expected
