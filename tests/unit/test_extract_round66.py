"""Classes behind the misses of the blind65 set (tests/evals/extract_blind65.jsonl: forwarded chains and bullet
minutes), each with near-miss negatives: what the customer pays today for what it runs, a partner's figure kept off
our opportunity, a count times our product at a price near the count times its list price (the price of them all),
a list price with the seat count open; the vendor chosen or the deal rubber-stamped by a date, our paperwork asked for
in a condition, our own quarter-end beside a customer with no date, a signing told in a dated mail over older quoted
mail, another account's bullet in minutes; "Per Cara" as "as Cara says", a reseller's person in brackets, the
incumbent's seller after a semicolon, "Name - Title (Firm);" in a participants line; a vendor said further on not to
compete; "Next step: schedule it." and the customer's "if you get me the paperwork"."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_ACCOUNTS = ("Acme", "Initech", "Umbrella", "Globex", "Sonron", "Hooli")
_NOW = date(2017, 12, 6)  # a Wednesday, Q4


def _read(text: str, now: date = _NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS), people_to_ignore=["Sam Rivera", "Cara Losch"])


def _names(text: str) -> set[str]:
    return {c["name"] or "" for c in _read(text).contacts}


def _roles(text: str) -> dict[str, str | None]:
    return {c["name"] or "": c["role"] for c in _read(text).contacts}


# --- amount: what the customer pays today for what it already runs is no deal value


@pytest.mark.parametrize(
    "text",
    [
        "Acme call. The one number I got is what they pay Quorvia for the old system, 14k a year, renewal in May.",
        "Initech notes: they use four point tools today, roughly $85k/yr all in. We didn't talk price.",
        "Globex - they run two CRMs at the moment, about 60k a year between them. Demo next week.",
        "Umbrella: what they're paying Lumora for support, 22k annually, runs out in March. Send the overview.",
    ],
)
def test_current_spend_is_no_amount(text: str) -> None:
    assert _read(text).amount is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # our own figure beside their spend
        ("Acme: they pay Quorvia 14k a year today; our offer is 12,500 for the same seats.", 12500),
        # "today" said of our deal, no tool of theirs
        ("Initech confirmed today, 18,400 for the six seats. Sign by Friday.", 18400),
    ],
)
def test_current_spend_negatives_keep_our_figure(text: str, expected: int) -> None:
    assert _read(text).amount == expected


# --- amount: a partner's figure said to stay off our opportunity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: licences 2 x GTX Pro, $9,642. Bridgewell quoted ~$6k for training, their own SOW with Acme.", 9642),
        ("Initech - our quote is 21,930. The integrator wants 12k for setup, that doesn't go on our opp.", 21930),
        ("Globex: $32,880 for us. Partner services at 15k are not part of our deal, they contract directly.", 32880),
    ],
)
def test_figure_kept_off_our_opp(text: str, expected: int) -> None:
    assert _read(text).amount == expected


def test_figure_kept_off_our_opp_negative_the_figure_itself_goes_on() -> None:
    # the partner's figure is set aside; a later figure that is ours still wins, and a plain second figure still
    # corrects the first
    assert _read("Acme: quoted 9,642 first, then 10,200 after they added a seat. That's the opp value.").amount == 10200
    assert _read("Hooli: our licences are 14,463 and that goes on our opp.").amount == 14463


# --- amount: "N x product at P" where P is near N times the list price: the price of them all


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme - Jo confirmed the 3 x GTX Pro at $14,463. Sign end of month.", 14463),
        ("Initech wants 4 x GTX Plus Pro at 21,928 all told.", 21928),
        ("Globex: 2 x GTK 500 at $50,000 after the discount.", 50000),
        ("Umbrella | GTX Basic x10 @ 5,500 | no rivals", 5500),
        ("Hooli wants 3 x Widget Max at $12,000 for the lot.", 12000),  # any product: "for the lot" says so
    ],
)
def test_count_times_product_at_total(text: str, expected: int) -> None:
    assert _read(text).amount == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: 2 x GTK 500 at $26,768, no discount.", 53536),  # the unit's list price: two at that each
        ("Initech: 3 x GTX Pro at 4,500 after the discount.", 13500),  # near one unit's price
        ("Globex | GTX Pro x2 @ 4,821 | no rivals", 9642),
    ],
)
def test_count_times_product_at_unit_price_negatives(text: str, expected: int) -> None:
    assert _read(text).amount == expected


# --- amount: a list price per seat while the seat count is open


@pytest.mark.parametrize(
    "text",
    [
        "Acme likes GTX Pro but the seat count is open. List is 4,821 a seat, no quote yet.",
        "Initech: user count still unknown, told them 1,096 per user for GTX Plus Basic.",
        "Globex - licence count TBD; list is $550 a seat.",
        "Hooli: unit count is still open, I gave her list at 3,393 a unit.",
    ],
)
def test_list_price_with_count_open_is_no_amount(text: str) -> None:
    assert _read(text).amount is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: 10 seats confirmed, 4,821 a seat.", 48210),
        ("Initech - seat count is settled at 5, total 27,410.", 27410),
    ],
)
def test_list_price_with_count_known_negatives(text: str, expected: int) -> None:
    assert _read(text).amount == expected


# --- amount: the note says we have priced nothing, so a budget envelope left is no value


@pytest.mark.parametrize(
    "text",
    [
        "Acme has a budget of up to 300k for the whole programme. He hasn't seen any numbers from us yet.",
        "Initech: their envelope is 250k for everything this year. No quote yet, we need the seat count first.",
        "Globex - budget of up to 1.2M across projects. We did not get into our pricing on purpose.",
    ],
)
def test_nothing_priced_leaves_no_amount(text: str) -> None:
    assert _read(text).amount is None


def test_nothing_priced_negatives() -> None:
    assert _read("Acme: no quote yet last week, but today we sent 18,400.").amount == 18400
    assert _read("Initech: he has seen our numbers, 22,000 for the lot.").amount == 22000


# --- close date: the vendor chosen, or the deal rubber-stamped, by a date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme wants to choose a new vendor next Friday so the switch happens in January.", "2017-12-08"),
        ("Initech will select a supplier on 20 December.", "2017-12-20"),
        ("Globex: the CFO only needs to rubber-stamp it, which should happen by the 18th.", "2017-12-18"),
        ("Umbrella - the board rubber-stamps the order on 12 January.", "2018-01-12"),
    ],
)
def test_vendor_choice_and_rubber_stamp_dates(text: str, expected: str) -> None:
    assert str(_read(text).close_date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme chose a new vendor for payroll last year; demo with us next Friday.",
        "Initech: they stamped the NDA today. Workshop on 20 December.",
        # the image tool, not an approval
        "Globex training: layers, magic wand, rubber stamp) Monday Dec 11, 4pm in F310.",
    ],
)
def test_vendor_choice_negatives(text: str) -> None:
    assert _read(text).close_date is None


# --- close date: our paperwork asked for in a condition is a step, not the close


@pytest.mark.parametrize(
    ("text", "paperwork_day"),
    [
        ("Acme: I can sign before the end of the year if you get me the paperwork by tomorrow.", date(2017, 12, 7)),
        ("Initech - she'll sign this month if you get her the paperwork by Friday.", date(2017, 12, 8)),
        ("Globex: they can sign before Christmas if you get them the paperwork by Monday.", date(2017, 12, 11)),
    ],
)
def test_paperwork_asked_in_condition_is_no_close(text: str, paperwork_day: date) -> None:
    assert _read(text).close_date != paperwork_day


def test_paperwork_asked_in_condition_keeps_the_signing_date() -> None:
    text = "Acme: I can sign before the end of the year if you get me the paperwork by tomorrow."
    assert str(_read(text).close_date) == "2017-12-31"


def test_paperwork_asked_in_condition_negatives() -> None:
    # the customer's own paperwork promised by a date is still the close
    assert str(_read("Acme: he says paperwork by the 20th, then we're done.").close_date) == "2017-12-20"
    assert _read("Initech: if you get me the paperwork by tomorrow I'll review it.").close_date is None


# --- close date: our own quarter-end beside a customer with no date


@pytest.mark.parametrize(
    "text",
    [
        "Cara, Acme confirmed 3 seats. I know you want it in before our EOQ, but she hasn't committed to any date.",
        "Initech: we'd love it before our year-end, but they haven't given us a date on their side.",
        "Globex - Sam wants it booked by our quarter-end; the customer hasn't set a timeline.",
        "Hooli: I know you want it signed by our year-end, but they have not given any date yet.",
    ],
)
def test_our_period_is_no_close(text: str) -> None:
    assert _read(text).close_date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: they want to sign before our quarter-end to keep the discount.", "2017-12-31"),
        ("Initech: she hasn't committed to any date yet, but the CFO wants to sign by 20 January.", "2018-01-20"),
    ],
)
def test_our_period_negatives(text: str, expected: str) -> None:
    assert str(_read(text).close_date) == expected


# --- close date: a signing told without a date in a dated mail beats the older quoted mail's date

_SIGNED_MAIL = """Closing this out, thread below.

From: Ana Ruiz <ana@acme.example>
Date: Fri, 29 Dec 2017 14:31
Subject: RE: Order

{news}
Ana Ruiz, Operations Director

> From: Ana Ruiz
> Date: Wed, 20 Dec 2017 09:10
> We'd love to sign by Friday if you can get the order form to us.

Marking it Won."""


@pytest.mark.parametrize(
    "news", ["Signed and attached!", "Here you go, countersigned copy attached.", "All signed, thanks for the help."]
)
def test_signed_in_dated_mail(news: str) -> None:
    update = _read(_SIGNED_MAIL.format(news=news), now=date(2017, 12, 29))
    assert update.stage == "Won" and str(update.close_date) == "2017-12-29"


def test_signed_in_dated_mail_negatives() -> None:
    # a date said in words still wins; a paper not yet signed gives the mail's day nothing
    text = _SIGNED_MAIL.format(news="Signed and attached! We signed it on 28 December.")
    assert str(_read(text, now=date(2017, 12, 29)).close_date) == "2017-12-28"
    text = _SIGNED_MAIL.format(news="Not signed yet, legal has it.").replace("Marking it Won.", "")
    assert _read(text, now=date(2017, 12, 29)).close_date != date(2017, 12, 29)


# --- minutes: another account's bullet ends at the next bullet


@pytest.mark.parametrize(
    ("text", "expected_close", "step_word"),
    [
        ("Acme minutes\n- Acme wants 5 seats.\n- Sonron paid 44k last year for theirs.\n- Target signature: 19 "
         "January 2018.\n- Next step: send Acme the order form.", "2018-01-19", "order form"),
        ("Initech review\n1. Initech expansion, 10 seats.\n2. Sonron has its own opp with us, not covered.\n3. "
         "Priya expects signature end of Q1.\n4. Next step: send the quote.", "2018-03-31", "quote"),
        ("Globex call\n* Globex: 3 seats.\n* Hooli was on the call briefly, separate deal.\n* Decision by 22 "
         "December.\n* Next step: book the demo.", "2017-12-22", "demo"),
    ],
)  # fmt: skip
def test_other_accounts_bullet_ends_at_next_bullet(text: str, expected_close: str, step_word: str) -> None:
    update = _read(text)
    assert str(update.close_date) == expected_close
    assert step_word in (update.next_step or "").lower()


def test_other_accounts_bullet_negatives() -> None:
    # the other account's own bullet stays its own: its date and its sub-bullet are not ours
    text = "Acme minutes\n1. Acme: 5 seats, sign 20 December.\n2. Sonron: signing 5 January.\n   - Sonron wants 44k."
    update = _read(text)
    assert str(update.close_date) == "2017-12-20" and update.amount is None
    text = "Acme notes\n1) Acme: 8 seats, 14k, sign by the 20th.\n2) Sonron: decision on 9 January.\n   - 38k for them."
    assert _read(text).amount == 14000


# --- contacts: "Per X" as "as X says"


@pytest.mark.parametrize(
    "text",
    [
        "Acme update. Per Cara it stays Prospecting until the survey. Contact: Ida Berg (CFO).",
        "Initech: Per Sam the PO is raised. Contact: Ida Berg (CFO).",
        "Globex - Per Cara this stays open until January. Contact: Ida Berg (CFO).",
    ],
)
def test_per_name_is_according_to(text: str) -> None:
    assert _names(text) == {"Ida Berg"}


def test_per_name_negatives() -> None:
    assert _names("Acme: met Per Nilsson (CFO) today.") == {"Per Nilsson"}
    assert _roles("Initech: Per Lindqvist, head of IT, wants a demo.") == {"Per Lindqvist": "head of IT"}


# --- contacts: a reseller's person, the firm in their bracket


@pytest.mark.parametrize(
    "text",
    [
        "Acme kick-off. Attendees: Tom Hale (Channel Manager, Northgate Resellers - our reseller), plus their CFO.",
        "Initech: Mia Lund (Account Lead, Brightline Distribution - the distributor) joined the call.",
        "Globex - Ravi Shah (Partner Manager, Kelso Systems, our reseller) will send the paperwork.",
    ],
)
def test_reseller_person_in_brackets_excluded(text: str) -> None:
    assert _names(text) == set()


def test_reseller_person_beside_the_customers() -> None:
    text = "Acme: Tom Hale (CFO) and Ada Moss (Channel Manager, Northgate Resellers - our reseller)."
    assert _names(text) == {"Tom Hale"}


def test_reseller_person_negatives() -> None:
    assert _names("Acme: Tom Hale (Head of Channel Sales, Acme) asked about our resellers.") == {"Tom Hale"}
    assert _names("Initech: Lena Park (IT Director) asked about resellers.") == {"Lena Park"}


# --- contacts: the incumbent's seller after a semicolon


@pytest.mark.parametrize(
    "text",
    [
        "Acme: incumbent is Brightwave; their AE, Sanjay Kapoor, offered a free year. Contact: Ida Berg (CFO).",
        "Initech - they use Stackline; their account manager, Joe Fry, keeps calling. Contact: Ida Berg (CFO).",
        "Globex: Lumora is in; their rep, Amy Cole, dropped the price. Contact: Ida Berg (CFO).",
    ],
)
def test_rival_seller_after_semicolon(text: str) -> None:
    assert _names(text) == {"Ida Berg"}


def test_rival_seller_after_semicolon_negatives() -> None:
    assert _names("Acme: incumbent is Brightwave; their CFO, Ida Berg, wants out.") == {"Ida Berg"}
    assert _names("Initech runs Stackline; Joe Fry (IT lead) owns the switch.") == {"Joe Fry"}


# --- contacts: "Name - Title (Firm);" in a participants line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Participants: Ines Moreau - VP Inside Sales (Acme); Tom Reyes - Finance Business Partner (Acme); "
         "Sam Rivera (Ourteam)", {"Ines Moreau": "VP Inside Sales", "Tom Reyes": "Finance Business Partner"}),
        ("Attendees: Lea Roy - Head of Ops (Initech)\nKai Oduya - IT Manager (Initech)",
         {"Lea Roy": "Head of Ops", "Kai Oduya": "IT Manager"}),
        ("Globex call. Present: Amir Haddad - Procurement Lead (Globex); Sam Rivera (us).",
         {"Amir Haddad": "Procurement Lead"}),
    ],
)  # fmt: skip
def test_dash_title_then_firm(text: str, expected: dict[str, str]) -> None:
    assert _roles(text) == expected


def test_dash_title_then_firm_negatives() -> None:
    # a dash clause that is no title keeps no role
    assert _roles("Acme: Ines Moreau - called twice (Monday); no answer.") == {"Ines Moreau": None}
    assert _roles("Initech: Tom Reyes - sales call tomorrow (Thursday); bring the deck.") == {"Tom Reyes": None}


# --- competitors: a vendor said further on in its line not to compete


@pytest.mark.parametrize(
    "text",
    [
        "Acme: their phones are Tellurix (the customer's telephony supplier, staying in place). Not competing with us.",
        "Initech - payroll runs on Lumora, which we integrate with; they're not a competitor here.",
        "Globex: Kestrel CRM is their ticketing tool — not competing on this one.",
    ],
)
def test_vendor_said_not_to_compete(text: str) -> None:
    assert _read(text).competitors == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: Tellurix is quoting too.\nNot competing on price though, we're cheaper.", ["Tellurix"]),
        ("Initech: Lumora quoted 20k. Price not competitive, they're still in.", ["Lumora"]),
    ],
)
def test_vendor_said_not_to_compete_negatives(text: str, expected: list[str]) -> None:
    assert _read(text).competitors == expected


# --- next step: "schedule it" takes what "it" is from the sentence before


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme: Sam Okafor wants the site survey in early January. Next step: schedule it.", "site survey"),
        ("Initech - Ida asked for a security review with their CISO. NS: book it.", "security review"),
        ("Globex wants a pricing workshop before Christmas. Next steps: set it up asap.", "workshop"),
    ],
)
def test_bare_pronoun_step_takes_its_antecedent(text: str, word: str) -> None:
    assert word in (_read(text).next_step or "").lower()


def test_bare_pronoun_step_negatives() -> None:
    step = _read("Acme: the demo went well. Next step: send the order form.").next_step or ""
    assert "order form" in step.lower() and "demo" not in step.lower()
    step = _read("Initech liked the deck. Next step: schedule the follow-up call with Ida.").next_step or ""
    assert "deck" not in step.lower()


# --- next step: the customer's condition naming what we send


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hi Sam, I can sign this week if you get me the paperwork by tomorrow. Ida", "paperwork"),
        ("Hooli: happy to sign by end of the month if you get us the order form by the 12th.", "order form"),
        ("Sam - happy to go ahead if you get me the revised contract by Monday. Ida", "contract"),
    ],
)
def test_condition_naming_our_paper_is_the_step(text: str, word: str) -> None:
    assert word in (_read(text).next_step or "").lower()


def test_condition_naming_our_paper_negatives() -> None:
    assert _read("Ida: if you got the paperwork, great. Nothing else needed.").next_step is None
    assert _read("Acme: if the paperwork is late we slip to January.").next_step is None
