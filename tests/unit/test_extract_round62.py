"""Round 62: a figure's hundreds said without "hundred" before its scale ("one twenty k"); a French, Spanish or
Italian courtesy title before a full name ("Mme Lucie Garnier"); the "NS" label typed with no colon before an ask
("NS ask tobias for a debrief"); a mail's sender stating their own title in its body ("I am Head of Procurement");
an account whose name opens on "The" said without it ("New York Inquirer"); a reference customer's person placed
"over there"; a lower-case name given a bare title between commas ("so kemal aydin, IT coordinator, confirmed")."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import extract_update
from memory.extract.next_step import find_next_step
from memory.extract.numbers import find_money

_ACCOUNTS = ["Acme", "Initech", "Globex", "The Daily Meridian", "The Harbour Lights Hotel", "The Lodge", "Zumcorp"]


def _update(text: str):  # type: ignore[no-untyped-def]
    return extract_update(text, now=date(2017, 5, 10), accounts=_ACCOUNTS)


def _contacts(text: str) -> list[tuple[str, str | None]]:
    return [(c["name"], c["role"]) for c in _update(text).contacts]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("they're good with one fifty k for the lot", 150000),
        ("final number two forty-five grand incl. support", 245000),
        ("she said three twenty five thousand, signed by june", 325000),
        ("ok so seven fifty k over three years", 750000),
    ],
)
def test_hundreds_said_without_hundred_before_a_scale(text: str, value: float) -> None:
    assert [m.value for m in find_money(text)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("twenty one k for the pilot", [21000]),  # tens then a digit: 21, as ever
        ("call at two thirty, budget is 40k", [40000]),  # a time, no scale: no figure
        ("our part is one point two mil", [1200000]),  # a decimal, not hundreds
    ],
)
def test_spoken_figures_that_stay_as_they_were(text: str, values: list[float]) -> None:
    assert [m.value for m in find_money(text)] == values


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("log: Acme - met Mlle Chloé Martin (acheteuse) today, 20 seats", ("Chloé Martin", "acheteuse")),
        (
            "Initech visit, with Sra Carmen Ruiz (directora financiera). She want the MG Special",
            ("Carmen Ruiz", "directora financiera"),
        ),
        (
            "Globex: Madame Isabelle Roy (directrice financière) confirm the budget",
            ("Isabelle Roy", "directrice financière"),
        ),
    ],
)
def test_a_romance_courtesy_title_before_a_full_name_is_dropped(text: str, contact: tuple[str, str]) -> None:
    assert _contacts(text) == [contact]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("log: Acme - call with Mme Girard (acheteuse), she wants 20 seats", "Mme Girard"),  # a surname alone: kept
        ("Initech: Dr Ana Silva (CFO) wants the deal by June", "Ana Silva"),
    ],
)
def test_courtesy_titles_that_stay_as_they_were(text: str, name: str) -> None:
    assert name in [n for n, _ in _contacts(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("log: acme = lost. we were at 40k. NS ask mara for a debrief next month", "debrief"),
        ("initech call ok, 12 seats. ns request the PO number from ines", "PO number"),
        ("globex: went well. NS invite ravi to the roadmap session", "roadmap"),
    ],
)
def test_ns_without_colon_before_an_ask(text: str, word: str) -> None:
    step = find_next_step(text)
    assert step is not None and word in step


@pytest.mark.parametrize(
    "text",
    [
        "acme: NS asked about pricing, nothing else",  # "asked" is what happened, not a to-do
        "Me: ask me anything, Ann",  # a transcript's speaker label, then talk
    ],
)
def test_ns_ask_near_misses_give_no_step(text: str) -> None:
    assert find_next_step(text) is None


def _mail(sender: str, body: str) -> str:
    return (
        f"From: {sender} <{sender.split()[0].lower()}@zumcorp.example>\n"
        "To: Kunle Adeyemi <kunle.adeyemi@ourteam.example>\nSubject: Renewal\n\n"
        f"Hello Kunle,\n\n{body}\n\nRegards,\n{sender}"
    )


@pytest.mark.parametrize(
    ("sender", "body", "role"),
    [
        (
            "Marta Kowalczyk",
            "I took over from Tom last week. I am Head of Procurement. Please send the contract.",
            "Head of Procurement",
        ),  # fmt: skip
        ("Joao Pereira", "Quick note: I'm the new IT manager here and I will sign for Zumcorp.", "IT manager"),
        ("Ayesha Khan", "As finance director I can confirm the budget of 40k for the pilot.", "finance director"),
    ],
)
def test_a_senders_own_title_in_the_body(sender: str, body: str, role: str) -> None:
    assert (sender, role) in _contacts(_mail(sender, body))


@pytest.mark.parametrize(
    "body",
    [
        "I am happy to proceed with the offer of 40k. Please send the contract.",  # no title
        "Please send the contract.\n\nOn Mon, 8 May 2017, Pat Lee wrote:\n> I am Head of Procurement at Initech.",
    ],
)
def test_no_title_for_the_sender_from_other_words(body: str) -> None:
    assert ("Marta Kowalczyk", None) in _contacts(_mail("Marta Kowalczyk", body))


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("call w/ Daily Meridian today, Ruth Olsen (editor) wants 30 seats", "The Daily Meridian"),
        ("ok so the Meridian, Daily Meridian, talked to Ruth Olsen, their editor. 40k", "The Daily Meridian"),
        ("Harbour Lights Hotel - GM Sam Ortiz is keen, 12 seats MG Special", "The Harbour Lights Hotel"),
    ],
)
def test_an_account_said_without_its_the(text: str, account: str) -> None:
    update = _update(text)
    assert update.account == account
    assert not any(c["name"] and c["name"].split()[-1] in account.split() for c in update.contacts)


def test_one_word_left_after_the_is_no_account() -> None:
    assert _update("stayed at a lodge near the plant, Ruth Olsen (CFO) wants 20 seats").account != "The Lodge"
    assert _update("call with The Lodge, Ruth Olsen (CFO) wants 20 seats").account == "The Lodge"


@pytest.mark.parametrize(
    "text",
    [
        "Acme call. I told her about Globex, Jana Novak over there is happy to talk. 40k",
        "Acme: offered Initech as a reference; Pieter Smit out there was our champion. 40k",
        "Acme call, Li Wei (CFO). She wants a reference, so Zumcorp: Omar Haddad over there is keen to help",
    ],
)
def test_a_reference_customers_person_over_there_is_no_contact(text: str) -> None:
    names = [n for n, _ in _contacts(text)]
    assert not any(n in names for n in ("Jana Novak", "Pieter Smit", "Omar Haddad"))


def test_a_person_over_there_without_another_firm_stays() -> None:
    assert ("Mina Park", None) in _contacts("Acme call today. Mina Park over there is the buyer, 20 seats")


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("voice note acme. so priya raman, IT manager, said they need 30 seats", ("Priya Raman", "IT manager")),
        ("initech call. ok tomas berg, VP ops, wants it signed by june", ("Tomas Berg", "VP ops")),
        ("acme: lena fischer, Head of procurement, asked for net 60", ("Lena Fischer", "Head of procurement")),
    ],
)
def test_a_lower_case_name_with_a_bare_title_between_commas(text: str, contact: tuple[str, str]) -> None:
    assert contact in _contacts(text)


@pytest.mark.parametrize(
    "text",
    [
        "acme call. pricing sorted, CFO wants a discount, fine",  # no title as a whole
        "initech. we sent the deck, CFO, CTO and legal all on copy",  # a list of titles after running prose
        "acme notes: talked budget, CFO approved it.",
    ],
)
def test_bare_titles_after_prose_name_no_one(text: str) -> None:
    assert _contacts(text) == []


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        (
            "voice note acme, nadia okafor, she's procurement manager, 30 seats by june",
            ("Nadia Okafor", "procurement manager"),
        ),
        ("initech: lars holm, he's the plant director. wants 12 seats", ("Lars Holm", "plant director")),
        ("globex call. ama boateng, she is their finance lead, pushing for Q3", ("Ama Boateng", "finance lead")),
    ],
)
def test_a_lower_case_name_with_a_lower_case_title_after_hes(text: str, contact: tuple[str, str]) -> None:
    assert contact in _contacts(text)


@pytest.mark.parametrize(
    "text",
    [
        "acme call went ok, she's the new lead on it, 30 seats",  # running prose before: no name
        "initech: demo done, he's happy with it, 12 seats",  # no title
    ],
)
def test_lower_case_titles_after_prose_name_no_one(text: str) -> None:
    assert _contacts(text) == []


def _close(text: str) -> str | None:
    update = extract_update(text, now=date(2017, 8, 28), accounts=_ACCOUNTS)
    return update.close_date.isoformat() if update.close_date else None


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("acme update. deal unchanged, 26,768 for the lot, still expecting it end of Q3.", "2017-09-30"),
        ("initech: 20 seats, we expect the order by end of november", "2017-11-30"),
        ("globex - they expect the deal mid september, price 12k", "2017-09-15"),
    ],
)
def test_the_deal_expected_by_a_date(text: str, close: str) -> None:
    assert _close(text) == close


@pytest.mark.parametrize(
    "text",
    [
        "acme: 20 seats, expecting the delivery end of Q3",  # something else awaited
        "initech: 20 seats at 12k, he expected it in March last year",  # no period's end ahead
    ],
)
def test_other_things_expected_give_no_close_date(text: str) -> None:
    assert _close(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Ana Ruiz: could we set up a security review next Tuesday?\nRep: sure, I will send a calendar invite",
            ["security review", "invite"],
        ),  # fmt: skip
        (
            "Jo: can we book a demo for the ops team on Friday?\nMe: Friday is fine, I'll send over an invite",
            ["demo", "invite"],
        ),  # fmt: skip
        (
            "Lars: can we do a pricing workshop the 18th?\nRep: works for me, I'll send the invitation",
            ["pricing workshop", "invitation"],
        ),  # fmt: skip
    ],
)
def test_an_invite_for_the_meeting_asked_just_before(text: str, words: list[str]) -> None:
    step = find_next_step(text)
    assert step is not None and all(w in step for w in words)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("acme call went well. I'll send an invite for the kickoff", "I'll send an invite for the kickoff"),
        ("Tom: we liked it.\nMe: great, I'll send the invite", "Me: great, I'll send the invite"),  # no ask before
    ],
)
def test_an_invite_with_no_ask_before_stands_alone(text: str, step: str) -> None:
    assert find_next_step(text) == step
