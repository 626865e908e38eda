"""Classes behind the misses of the blind41 set (tests/evals/extract_blind41.jsonl), each with near-miss negatives:
a sum the customer has put by for a wider purpose ("60k set aside for tooling"), a family firm's surname borne by
a person whose role follows with a verb ("Ingrid Halvorsen is their dispatch manager"), our rep greeted in a
forwarded customer mail and signing the forward, a rival's seller titled in capitals ("Stackline's AE Rick
Dorsey"), and a yearless slash date in a note's close field ("close: 02/28")."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_NOW = date(2017, 4, 12)
_ACCOUNTS = ("Acme", "Initech", "Umbrella")


def _read(text: str, accounts: tuple[str, ...] = _ACCOUNTS) -> DealUpdate:
    return extract_update(text, now=_NOW, accounts=list(accounts))


def _people(text: str, accounts: tuple[str, ...] = _ACCOUNTS) -> dict[str, str | None]:
    return {str(c["name"]): c["role"] for c in _read(text, accounts).contacts}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a sum put by for more than this deal, said after or before the figure: the deal's own figure wins
        ("Acme: our quote is 18,200 for 4 seats. Their ops VP has 45k earmarked for all new software.", 18200),
        ("Initech: we're at 9,400. IT has 25k set aside for the whole refresh this year.", 9400),
        ("Umbrella: proposal 12k. Finance ring-fenced 70k for tooling, so no issue.", 12000),
        ("Acme: they've allocated $50k across three vendors; ours comes to 14,750.", 14750),
        # near misses: "set aside" a day or an hour is no sum, and a later figure that is the deal's stays
        ("Acme: first draft 11k, revised to 13,300 and they set aside Friday to sign it.", 13300),
        ("Initech: she set aside an hour for us. Number is 24k for 10 seats.", 24000),
        ("Umbrella: 8,800 for the pilot, then 16,500 all in for the rollout.", 16500),
    ],
)
def test_sum_put_by_is_no_deal_value(text: str, amount: float | None) -> None:
    assert _read(text).amount == amount


_FAMILY = ("Brannigan Freight Services", "Acme")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name then the family firm's surname, the role after "is their"/"was the"
        (
            "New lead: Brannigan Freight Services. Spoke to Olwen Brannigan, and Declan Brannigan is their fleet "
            "manager.",
            {"Olwen Brannigan": None, "Declan Brannigan": "fleet manager"},
        ),
        (
            "Brannigan Freight Services: Tessa Brannigan is the finance director and signs off anything over 5k.",
            {"Tessa Brannigan": "finance director"},
        ),
    ],
)
def test_family_surname_with_role_after_verb(text: str, expected: dict[str, str | None]) -> None:
    people = _people(text, _FAMILY)
    for name, role in expected.items():
        assert name in people
        if role:
            assert (people[name] or "").lower() == role


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the firm's word after a capitalised non-name, or with no role after the verb
        "Brannigan Freight Services: Yesterday Brannigan was quiet, no reply on the quote.",
        "Brannigan Freight Services: Honestly Brannigan is their own worst enemy on pricing.",
    ],
)
def test_family_surname_needs_a_role(text: str) -> None:
    assert _people(text, _FAMILY) == {}


def test_rep_greeted_in_forwarded_mail_is_ours() -> None:
    text = (
        "fwd for the CRM\n> From: Petra Lind <petra.lind@initech.example>\n> Hello Jonas,\n> we'd like to go ahead "
        "with 10 seats at the quoted 21,000.\n> Regards, Petra Lind, Head of Operations, Initech\n\n--\nJonas "
        "Ekberg, Senior Account Manager"
    )
    assert _people(text) == {"Petra Lind": "Head of Operations"}


def test_rep_greeted_in_unquoted_forward_is_ours() -> None:
    text = (
        "---------- Forwarded message ----------\nFrom: Omar Haddad <omar@acme.example>\n\nHi Priya,\nthe board "
        "approved it, please send the paperwork.\nOmar Haddad, CFO\n\n--\nPriya Nair, Account Executive"
    )
    assert "Priya Nair" not in _people(text)
    assert "Omar Haddad" in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the customer's mail sent to their own colleague, and our own reply quoted (its greeting
        # names the customer)
        (
            "fwd from the champion\n> From: Petra Lind <petra.lind@initech.example>\n> To: Jonas Berg "
            "<jonas.berg@initech.example>\n> Hi Jonas,\n> I back the 21,000 proposal.\n\nJonas Berg (IT lead) "
            "agrees, per Petra."
        ),
        (
            "Petra replied yes.\n> From: Sam Cole <sam@ourteam.example>\n> Hi Jonas,\n> here is the quote, 21,000."
            "\n\nJonas Berg (IT lead) at Initech is the signer."
        ),
    ],
)
def test_greeting_in_customer_internal_or_our_mail_keeps_contact(text: str) -> None:
    assert "Jonas Berg" in _people(text)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Acme: Lena Park (CTO). Brightwave's AE Marco Diaz keeps calling her.", "Lena Park", "Marco Diaz"),
        ("Initech: Quorvia's VP Hannah Cole pitched them; Raj Mehta (COO) is our contact.", "Raj Mehta", "Hannah Cole"),
    ],
)
def test_rival_seller_titled_in_capitals(text: str, kept: str, dropped: str) -> None:
    update = extract_update(text, now=_NOW, accounts=list(_ACCOUNTS), competitors=("Brightwave", "Quorvia"))
    names = {str(c["name"]) for c in update.contacts}
    assert kept in names and dropped not in names


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the rival's product or UI (capitals that are no seller's title) does not move the account's
        # own people, nor does the account's own CFO
        "Acme: Brightwave's UI confused them. Lena Park (CTO) wants a demo.",
        "Acme: after Brightwave's demo, CFO Lena Park asked for ours.",
    ],
)
def test_account_people_near_rival_kept(text: str) -> None:
    update = extract_update(text, now=_NOW, accounts=list(_ACCOUNTS), competitors=("Brightwave",))
    assert "Lena Park" in {str(c["name"]) for c in update.contacts}


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # a yearless slash date in a labelled close field, month first as the CRM writes
        ("Acme\n- stage: Engaging\n- close: 05/31\n- NS: demo", date(2017, 5, 31)),
        ("Initech | decision date: 6/15 | owner: Raj", date(2017, 6, 15)),
        ("Umbrella\nsignature - 7/10\nnext: send DPA", date(2017, 7, 10)),
        # near misses: a share of the board, and a ratio under a non-date field
        ("Acme\n- decision: 2/3 of the board in favour\n- NS: demo", None),
        ("Acme\n- seats: 5/12 used\n- NS: demo", None),
    ],
)
def test_yearless_slash_date_in_close_field(text: str, close: date | None) -> None:
    assert _read(text).close_date == close
