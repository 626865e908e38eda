"""Classes behind the misses of the blind49 set (tests/evals/extract_blind49.jsonl), each with near-miss negatives:
the signed paper sent back (a win) and "this am" as today; a decision put off, its date said next; "give us an answer
in N days"; "next Tuesday" in German, Spanish and French; the committee meeting "to make the call"; a bare address
or reference number that is no money; "dólares"; a Spanish or German article before a role; a title opening a
bracket before the name; a contact bearing the account's short name; another account held up as the model or its
case study; a rival spelled as it sounds; and "u" for "you" in a texted ask."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_ACCOUNTS = ("Acme", "Initech", "Umbrella", "Hooli Holdings", "Kaplan Ltd")


def _read(text: str, now: date = date(2017, 5, 30)) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS))


# --- the signed paper sent back by the customer is a win, dated by when it came ("this am" is today)


@pytest.mark.parametrize(
    "text",
    [
        "initech: their buyer returned the signed order form this am, 3 seats.",
        "Acme - Priya mailed back the countersigned agreement this a.m. Great week.",
        "Umbrella: Tom emailed us the signed contract this morning, kickoff next.",
    ],
)
def test_signed_paper_sent_back_is_a_win_today(text: str) -> None:
    update = _read(text)
    assert (update.stage, update.close_date) == ("Won", date(2017, 5, 30))


@pytest.mark.parametrize(
    "text",
    [
        "Acme: please send the countersigned agreement back by Friday.",
        "Initech: once we received the signed order form we can start.",
        "Umbrella: Tom will have returned the signed contract by Friday, he hopes.",
    ],
)
def test_signed_paper_asked_for_or_awaited_is_no_win(text: str) -> None:
    assert _read(text).stage is None


@pytest.mark.parametrize("text", ["Acme: this amount is fine, they sign on the 9th.", "Acme: this PM signs the 9th."])
def test_am_inside_a_word_or_pm_as_a_title_is_no_today(text: str) -> None:
    assert _read(text).close_date == date(2017, 6, 9)


# --- a decision put off past a bound, the date the contact said next is the close


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: she won't sign until after the audit; she said mid-March.", date(2018, 3, 15)),
        ("Initech: they're not deciding before the summer break. He said end of August.", date(2017, 8, 31)),
        ("Umbrella: no signature before Christmas, they said. They said end of January.", date(2018, 1, 31)),
    ],
)
def test_date_said_after_a_decision_put_off(text: str, expected: date) -> None:
    assert _read(text, date(2017, 6, 14)).close_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme: he is not deciding anything yet. He said next week.",  # nothing put off past a bound
        "Acme: not deciding before the holidays. Friday demo.",  # a meeting, not the contact's date
    ],
)
def test_no_date_after_a_decision_left_open(text: str) -> None:
    assert _read(text, date(2017, 6, 14)).close_date is None


# --- "give us an answer" with a time straight after is the decision's date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Initech: Maria will give us an answer within two weeks.", date(2017, 6, 28)),
        ("Acme: they'll give me a final answer by the 20th.", date(2017, 6, 20)),
    ],
)
def test_answer_promised_by_a_date(text: str, expected: date) -> None:
    assert _read(text, date(2017, 6, 14)).close_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme: she'll give us an answer on the SSO question next week.",
        "Acme: I'll give them an answer in two days about the logo.",
    ],
)
def test_answer_on_a_side_question_or_ours_is_no_close(text: str) -> None:
    assert _read(text, date(2017, 6, 14)).close_date is None


# --- "next Tuesday" written in German, Spanish or French (now is a Tuesday: a week on)


@pytest.mark.parametrize(
    "text",
    [
        "Acme: Unterschrift am kommenden Dienstag, sagt Jana.",
        "Initech: firmarían el próximo martes.",
        "Umbrella: décision mardi prochain au comité.",
    ],
)
def test_foreign_next_weekday(text: str) -> None:
    assert _read(text, date(2017, 10, 17)).close_date == date(2017, 10, 24)


@pytest.mark.parametrize(
    "text",
    [
        "Acme: Entscheidung nächsten Monat, Demo am Dienstag.",  # a month, and a bare weekday for a meeting
        "Initech: Demo el próximo martes con el equipo.",  # the weekday is the demo's
    ],
)
def test_foreign_weekday_of_no_decision(text: str) -> None:
    assert _read(text, date(2017, 10, 17)).close_date != date(2017, 10, 24)


# --- the approving body meets on a date "to make the call"


def test_committee_meets_to_make_the_call() -> None:
    text = "Acme: the steering group meets on the 28th to make the call, so I held the price until then."
    assert _read(text, date(2017, 9, 18)).close_date == date(2017, 9, 28)


@pytest.mark.parametrize(
    "text",
    [
        "Acme: the committee meets on the 28th; after that I make the call to Bob.",
        "Acme: the panel meets on the 28th, then they make a call with IT about hosting.",
    ],
)
def test_committee_date_with_a_phone_call_is_no_close(text: str) -> None:
    assert _read(text, date(2017, 9, 18)).close_date is None


# --- a bare number labelled as an address's part or a reference is no money


@pytest.mark.parametrize(
    "text",
    [
        "Acme: quote sent, 9,800 a year.\nVisit us at Room 1450, 3rd floor.",
        "Acme: quote sent, 9,800 a year. Re ticket 4821 for the SSO bug.",
        "Acme: quote sent, 9,800 a year.\nOur office: Suite 3100, Denver",
    ],
)
def test_address_or_reference_number_is_no_amount(text: str) -> None:
    assert _read(text).amount == 9800


@pytest.mark.parametrize(("text", "amount"), [("Acme: the suite costs 4500.", 4500), ("Acme: Suite total 4500.", 4500)])
def test_suite_as_a_product_still_priced(text: str, amount: int) -> None:
    assert _read(text).amount == amount


# --- "dólares" after a figure grouped with dots


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Acme: cerramos 8.250 dólares por el paquete.", 8250), ("Acme: unos 21.900 dolares en total.", 21900)],
)
def test_spanish_dollars_after_dot_grouped_figure(text: str, amount: int) -> None:
    assert _read(text).amount == amount


@pytest.mark.parametrize("text", ["Acme: versión 4.500 de la app, sin precio.", "Acme: 13.572 personas usan la app."])
def test_dot_figure_without_a_currency_is_no_amount(text: str) -> None:
    assert _read(text).amount is None


# --- a Spanish, French or German article before the role is no part of it


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Acme: hablé con Pedro Ruiz, el CTO, ayer.", "CTO"),
        ("Acme: Anna Weber, die CFO, hat zugesagt.", "CFO"),
        ("Acme: vu Claire Dubois, le directeur financier.", "directeur financier"),
    ],
)
def test_foreign_article_before_role(text: str, role: str) -> None:
    assert [c["role"] for c in _read(text).contacts] == [role]


@pytest.mark.parametrize("text", ["Acme: met Lena Ortiz, la de compras.", "Acme: met Lena Ortiz, la nueva."])
def test_foreign_article_before_no_title(text: str) -> None:
    assert [c["role"] for c in _read(text).contacts] == [None]


# --- a title opening a bracket just before the name


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Acme: the budget is set (CFO Dana Holt confirmed it).", "CFO"),
        ("Acme: notes [VP Sales Jo Kim attended] below.", "VP Sales"),
    ],
)
def test_title_opening_a_bracket(text: str, role: str) -> None:
    assert [c["role"] for c in _read(text).contacts] == [role]


@pytest.mark.parametrize(
    "text", ["Acme: spoke to Dana Holt (she is nice).", "Acme: met them (Finance Dana Holt joined)."]
)
def test_bracket_without_a_title_before_the_name(text: str) -> None:
    assert [c["role"] for c in _read(text).contacts] == [None]


def test_lone_title_opener_in_brackets_is_no_title() -> None:
    # a course's name, its first word one that opens titles ("Managing Director"): no role for anyone
    assert all(c["role"] is None for c in _read("Acme: module 3 (Managing Cash Flow) is next.").contacts)


# --- a contact whose surname is the account's short name ("Kaplan" of Kaplan Ltd)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kaplan Ltd: met Ruth Kaplan (owner) today, 4 seats.", "Ruth Kaplan"),
        ("Kaplan Ltd - Mary Ellen Kaplan, the finance director, wants a quote.", "Mary Ellen Kaplan"),
    ],
)
def test_contact_bearing_the_short_name(text: str, name: str) -> None:
    assert [c["name"] for c in _read(text).contacts] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kaplan Ltd: spoke to Dana at Kaplan (the CFO).", ["Dana"]),
        ("Kaplan Ltd: the Kaplan team met today, Dan Roe (CFO).", ["Dan Roe"]),
    ],
)
def test_short_name_alone_is_still_the_firm(text: str, names: list[str]) -> None:
    assert [c["name"] for c in _read(text).contacts] == names


# --- another account held up as the model, or its case study sent, is named in passing


@pytest.mark.parametrize(
    "text",
    [
        "initech: Jo wants what Umbrella got. Umbrella paid 30k. Initech quote 12k. Send the Umbrella case study.",
        "initech 🙂 same as what Umbrella bought, Umbrella loved it. Initech is at 12k. Umbrella success story to Jo.",
    ],
)
def test_model_account_is_in_passing(text: str) -> None:
    assert _read(text).account == "Initech"


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Initech: what Initech wants is 5 seats. Umbrella is unrelated.", "Initech"),
        ("Umbrella case study went out; Umbrella wants to sign, 30k.", "Umbrella"),
    ],
)
def test_account_named_alone_stays_the_customer(text: str, account: str) -> None:
    assert _read(text).account == account


# --- a known rival spelled as it sounds ("cs"/"ks" for "x")


@pytest.mark.parametrize("text", ["Acme is also pricing Tellurics.", "Acme: incumbent is telluricks, up in June."])
def test_rival_spelled_as_it_sounds(text: str) -> None:
    assert _read(text).competitors == ["Tellurix"]


@pytest.mark.parametrize("text", ["Acme: the Telluride office called.", "Acme: tellurium supplies are fine."])
def test_words_near_a_rival_are_no_rival(text: str) -> None:
    assert _read(text).competitors == []


# --- "u" for "you" in a texted ask


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme: Jo texted 'could u share the SOC2 report?'", "SOC2 report"),
        ("Acme: sms from Jo: 'All good. Can u send the W-9 today?'", "W-9"),
    ],
)
def test_texted_ask_with_u(text: str, word: str) -> None:
    assert word in (_read(text).next_step or "")


@pytest.mark.parametrize("text", ["Acme: we can u-turn on pricing later.", "Acme: can u believe it, nothing new."])
def test_u_without_an_ask_is_no_step(text: str) -> None:
    assert _read(text).next_step is None
