"""Round 71 (extract fixes for blind70): the decision or signing said in Italian, Dutch or Portuguese; dollars grouped
by dots and a Romance "mil"; a rival said to be no part of this deal, denied by "either", bought by a related firm or
listed as a fellow member of an association; a tender's award date over its bid deadlines; a yes or no promised by a
date; an order to log a figure over a budget's doubt; "the deal's Engaging"; an account asked and answered ("X? no -
Y"); a quoted nickname inside a full name; a title read as a name; our firm's name with a title in brackets; a list
row's title before what the person does; a committee member; a title labelling a form's line; a rep's bare "need to
submit"; the sender of a referral."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import extract_update

_ACCOUNTS = ["Rangreen", "Hottechi", "Zumcorp", "Kelvora", "Plexwind"]
_NOW = date(2017, 5, 10)  # a Wednesday


def _update(text: str):  # type: ignore[no-untyped-def]
    return extract_update(text, now=_NOW, accounts=_ACCOUNTS)


def _people(text: str) -> list[tuple[str, str | None]]:
    return sorted((str(c["name"]), c["role"]) for c in _update(text).contacts)


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # the signing or the decision in Italian, Dutch or Portuguese, a period's end after it
        ("Zumcorp - firma prevista entro fine giugno, 5 licenze.", date(2017, 6, 30)),
        ("Kelvora: besluit vóór het einde van het kwartaal.", date(2017, 6, 30)),
        ("Hottechi - decisão até o fim do mês, querem 3 licenças.", date(2017, 5, 31)),
        # near misses: a demo's date in Italian, a decision already taken with no date
        ("Zumcorp - demo entro fine giugno per il team.", None),
        ("Kelvora: besluit over de NDA is genomen.", None),
    ],
)
def test_foreign_decision_words(text: str, close: date | None) -> None:
    assert _update(text).close_date == close


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a dollar figure grouped by dots, or a Romance "mil" before its currency: thousands
        ("Rangreen wil 6 licenties voor $14.500 in totaal.", 14500),
        ("Hottechi: 9.300 dollars voor het hele pakket.", 9300),
        ("Zumcorp quer 40 mil dólares para a equipa toda.", 40000),
        # near misses: an English "mil" for a million, a scale after the dotted figure
        ("Kelvora: a $3 mil programme overall, big one.", 3_000_000),
        ("Kelvora: the frame is $1.400m across all sites.", 1_400_000),
    ],
)
def test_dotted_dollars_and_romance_mil(text: str, amount: float) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "rivals"),
    [
        # a rival said to be no part of this deal, or denied by "either" after both were named
        ("Plexwind: their reseller also carries Lumora, but Lumora is not part of this deal.", []),
        ("Kelvora asked about Stackline; Stackline isn't involved in this evaluation at all.", []),
        ("Zumcorp forwarded a blog on Quorvia and Tellurix. They never looked at either of them.", []),
        # near misses: a rival still weighed, and a denial of something else
        ("Kelvora: Stackline is part of this deal, they are evaluating it now.", ["Stackline"]),
        ("Zumcorp evaluating Quorvia and Lumora. They never looked at either budget line.", ["Quorvia", "Lumora"]),
    ],
)
def test_rival_no_part_of_this_deal(text: str, rivals: list[str]) -> None:
    assert _update(text).competitors == rivals


@pytest.mark.parametrize(
    ("text", "rivals"),
    [
        # a related firm's own purchase: not this deal's rival
        ("Hottechi: Ana said their sister company just bought from Brightwave. Hottechi wants 5 seats.", []),
        ("Kelvora note - the parent company went with Tellurix years back; 7 seats here.", []),
        ("Zumcorp: their subsidiary firm uses NorthPeak, nothing else to report.", []),
        # near misses: the account weighing it too, and the account's own purchase
        ("Hottechi: their parent company uses Lumora, and Hottechi is trialling Lumora too.", ["Lumora"]),
        ("Kelvora just bought from Brightwave last month, we lost that one.", ["Brightwave"]),
    ],
)
def test_related_firms_purchase(text: str, rivals: list[str]) -> None:
    assert _update(text).competitors == rivals


@pytest.mark.parametrize(
    ("text", "rivals"),
    [
        # a fellow member of the customer's association, named in a banner or signature
        ("Rangreen call, 4 seats.\nRangreen is a member of the Coastal Freight Network, alongside Quorvia.", []),
        ("Zumcorp, 9 seats. Member of the Delta Shippers Guild together with Harbor Co, Stackline and others.", []),
        ("Kelvora sits in the NFG; fellow members include Tellurix and Marlo Freight.", []),
        # near misses: a rival weighed along with another, members of the customer's staff
        ("Hottechi, a member of the buying group, is evaluating Lumora along with Stackline.", ["Lumora", "Stackline"]),
        ("Kelvora: committee members include people who used Quorvia; they are talking to Quorvia.", ["Quorvia"]),
    ],
)
def test_fellow_association_members(text: str, rivals: list[str]) -> None:
    assert _update(text).competitors == rivals


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # a tender: the award is the decision, its questions and bid deadlines are our steps
        ("Kelvora tender\nClarification deadline: 16 May 2017\nExpected award date: 30 Jun 2017", date(2017, 6, 30)),
        ("Zumcorp RFP. Bid submission deadline: 24 May. Award expected 14 June.", date(2017, 6, 14)),
        ("Hottechi RFQ\nQuestions due: 19 May\nPlanned award date: 21 July", date(2017, 7, 21)),
        # near misses: a deadline with no award, a decision by a date
        ("Hottechi: proposal deadline: 26 May, nothing else known yet.", None),
        ("Kelvora: decision deadline: 9 June.", date(2017, 6, 9)),
    ],
)
def test_tender_award_over_bid_deadlines(text: str, close: date | None) -> None:
    assert _update(text).close_date == close


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # the customer's yes or no promised with the date before it
        ("Kelvora: Ivo will come back to us by 2 June with a yes or no.", date(2017, 6, 2)),
        ("Zumcorp mail: I'll get back to you before 16 June with a final decision.", date(2017, 6, 16)),
        ("Hottechi: Lea says she'll revert back to me by 23 June with their verdict.", date(2017, 6, 23)),
        # near misses: an answer to a question, a promise of ours with a date
        ("Kelvora: Ivo will come back to us by Friday with the SSO answers.", None),
        ("Zumcorp: I will come back to you by 2 June with a question list.", None),
    ],
)
def test_yes_or_no_promised_by_date(text: str, close: date | None) -> None:
    assert _update(text).close_date == close


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # an order to log a figure beats a doubt raised on it (a budget's word near it)
        ("Rangreen: two-year quote, 30k total. Match it to their budget line: log 15k.", 15000),
        ("Hottechi: 3-year deal at 66k total; their budget is annual, so log 22k.", 22000),
        ("Zumcorp renewal, 48k over four years. Finance keeps a yearly budget: please book 12k.", 12000),
        # near misses: a budget with no order to log, and the order given for the total
        ("Kelvora: 30k total quote; their budget line is 15k.", 30000),
        ("Plexwind: annual budget 10k, but log 30k as the total.", 30000),
    ],
)
def test_log_order_beats_budget(text: str, amount: float) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # the deal said to be the stage
        ("Kelvora memo. Deal's Engaging. Six seats.", "Engaging"),
        ("Zumcorp: the deal is Prospecting, early days.", "Prospecting"),
        ("Hottechi - opp's Engaging, demo went fine.", "Engaging"),
        # near misses: "engaging" describing the deal, or the stage on a condition
        ("Hottechi: the deal is engaging for everyone on their side.", None),
        ("Kelvora: if the pilot lands the deal's Engaging", None),
    ],
)
def test_deal_is_the_stage(text: str, stage: str | None) -> None:
    assert _update(text).stage == stage


@pytest.mark.parametrize(
    ("text", "account"),
    [
        # an account asked and answered in the note's first words
        ("Kelvora? no - Zumcorp. Talked to their COO about 4 seats.", "Zumcorp"),
        ("Rangreen? nope: Hottechi, the buyer wants a quote.", "Hottechi"),
        ("Plexwind? no — Kelvora. They sign in June.", "Kelvora"),
        # near misses: a question answered about the deal, not the name
        ("Kelvora? No, they have not signed yet.", "Kelvora"),
        ("Zumcorp call. Is the budget there? no, not yet.", "Zumcorp"),
    ],
)
def test_account_asked_and_answered(text: str, account: str) -> None:
    assert _update(text).account == account


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a nickname in quotes or brackets inside a full name: the full name only
        ("Zumcorp call with Robert 'Bobby' Klein, their CFO. Bobby wants a demo.", [("Robert Klein", "CFO")]),
        ('Kelvora: spoke to Margaret "Peggy" Olsen, the controller.', [("Margaret Olsen", "controller")]),
        ("Hottechi: William (Liam) Duffy, head of fleet, likes it.", [("William Duffy", "head of fleet")]),
        # near misses: a department in the brackets, and a name with no nickname
        ("Hottechi call with Jana (Finance) Hale today", [("Jana", "Finance")]),
        ("Kelvora: spoke to Margaret Olsen, the controller.", [("Margaret Olsen", "controller")]),
    ],
)
def test_quoted_nicknames(text: str, people: list[tuple[str, str | None]]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a title with a bracketed note after it, in a list row: no person
        (
            "Zumcorp visit\n- Ola Berg - Site Manager (sponsor)\n- Tim Vos - Fleet Lead",
            [("Ola Berg", "Site Manager"), ("Tim Vos", "Fleet Lead")],
        ),
        ("Kelvora\n- Ana Ruiz - Finance Director (signs)", [("Ana Ruiz", "Finance Director")]),
        ("Hottechi\n- Lee Park - Operations Manager (champion)", [("Lee Park", "Operations Manager")]),
        # near misses: a person written with a courtesy title, a person with a bracketed title
        ("Hottechi: Dear Ms Tara Quinn, thanks for the call.", [("Tara Quinn", None)]),
        ("Kelvora call with Ana Ruiz (Finance Director).", [("Ana Ruiz", "Finance Director")]),
    ],
)
def test_title_read_as_name(text: str, people: list[tuple[str, str | None]]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # our firm's name, then a title, in the brackets after a name: ours
        ("Kelvora review. Present: Ivo Marx (CTO), Sam Lowe (ourteam SE)", [("Ivo Marx", "CTO")]),
        ("Zumcorp call: Ana Ruiz (CFO), Tom Hale (ourteam account exec)", [("Ana Ruiz", "CFO")]),
        ("Hottechi: Lea Kim (buyer) and Rui Sa (ourteam solutions engineer)", [("Lea Kim", "buyer")]),
        # near misses: a team's title (not our firm's name), a title with no firm
        ("Hottechi: Lea Kim (team lead) joined.", [("Lea Kim", "team lead")]),
        ("Zumcorp call: Ana Ruiz (CFO) and Tom Hale (COO)", [("Ana Ruiz", "CFO"), ("Tom Hale", "COO")]),
    ],
)
def test_ours_by_firm_and_title(text: str, people: list[tuple[str, str | None]]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a list row: name, dash, title, then what the person does after a comma
        ("Kelvora\nPeople:\n- Ivo Marx - CFO, approves the spend", [("Ivo Marx", "CFO")]),
        ("Zumcorp\n- Ana Ruiz - fleet lead, drives the pilot", [("Ana Ruiz", "fleet lead")]),
        ("Hottechi\n- Lea Kim - procurement manager, handles the paper", [("Lea Kim", "procurement manager")]),
        # near misses: no title word before the comma, a capitalised clause after it
        ("Kelvora\n- Ivo Marx - great call, approves soon", [("Ivo Marx", None)]),
        ("Zumcorp\n- Ana Ruiz - met today, she likes it", [("Ana Ruiz", None)]),
    ],
)
def test_dash_title_before_a_clause(text: str, people: list[tuple[str, str | None]]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a member of a body as the title
        ("Kelvora. Spoke to Ivo Marx, board member, very keen.", [("Ivo Marx", "board member")]),
        (
            "Zumcorp: Ana Ruiz, steering committee member (they approve spend)",
            [("Ana Ruiz", "steering committee member")],
        ),
        ("Hottechi call with Lea Kim, panel member.", [("Lea Kim", "panel member")]),
        # near misses: no title given, and a title with no member
        ("Kelvora. Spoke to Ivo Marx, very keen.", [("Ivo Marx", None)]),
        ("Hottechi call with Lea Kim, panel chair.", [("Lea Kim", "panel chair")]),
    ],
)
def test_member_of_a_body(text: str, people: list[tuple[str, str | None]]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a title labelling a form's line, the name its value
        ("Kelvora portal notice\nCategory buyer: Ivo Marx\nTitle: fleet licences", [("Ivo Marx", "Category buyer")]),
        ("Zumcorp form\nProject manager: Ana Ruiz\nUsers: 20", [("Ana Ruiz", "Project manager")]),
        ("Hottechi RFQ\n- Lead engineer: Lea Kim", [("Lea Kim", "Lead engineer")]),
        # near misses: labels saying how the person stands to the deal, or whose they are
        ("Kelvora\nSponsor: Ivo Marx", [("Ivo Marx", None)]),
        ("Zumcorp\nMain contact: Ana Ruiz", [("Ana Ruiz", None)]),
    ],
)
def test_title_labels_a_line(text: str, people: list[tuple[str, str | None]]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a rep's bare to-do: "Need to submit ..."
        ("Kelvora RFQ came in. my note: Need to submit the bid via their portal by Friday.", "bid"),
        ("Zumcorp: nice call. Need to prepare the pricing sheet before Monday.", "pricing"),
        ("Hottechi - Need to upload the signed NDA to their portal.", "NDA"),
        # near misses: nothing to do, a need of theirs with no step in it
        ("Kelvora: nice call, no need to rush anything.", None),
        ("Zumcorp: they need 20 seats.", None),
    ],
)
def test_bare_need_to_step(text: str, word: str | None) -> None:
    step = _update(text).next_step
    assert (word in step) if word else step is None


_REFERRAL = """From: Nils Ek <nils@fjordadvisors.example>
To: Aisha Bello <aisha@ourteam.example>
Subject: {subject}

Hi Aisha,

{body}

Cheers,
Nils
Fjord Advisors"""


@pytest.mark.parametrize(
    ("subject", "body", "people"),
    [
        # a referral's sender at a third firm: not the customer's contact
        ("Intro", "A warm intro: Ivo Marx, CFO at Kelvora, wants 8 seats.", [("Ivo Marx", "CFO")]),
        ("Zumcorp", "Referral for you: Ana Ruiz, COO of Zumcorp, needs a fleet tool.", [("Ana Ruiz", "COO")]),
        ("Hottechi", "Putting you in touch with Lea Kim, buyer at Hottechi.", [("Lea Kim", "buyer")]),
        # near misses: no referral said, and a sender who writes for the account
        ("Kelvora", "I'm the new buyer here at Kelvora and we need 8 seats.", [("Nils Ek", "buyer")]),
        (
            "Kelvora",
            "Ivo Marx, CFO at Kelvora, asked me to send you the numbers.",
            [("Ivo Marx", "CFO"), ("Nils Ek", None)],
        ),
    ],
)
def test_referral_sender(subject: str, body: str, people: list[tuple[str, str | None]]) -> None:
    assert _people(_REFERRAL.format(subject=subject, body=body)) == people
