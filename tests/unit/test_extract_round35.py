"""Round 35 extract classes: a figure that sizes the customer's company (revenue, turnover, funding) is no deal
value; our side listed mid-line after a sentence ("Joint call. Ours: me + Ana (SE). Theirs: ...") and its list
ending at the sentence or at the customer's list; a card or ticket export's field labels ("Comment (rep):") taken
for a person; "close out as Lost" with no word for the deal between; a period's end said as the subject of a target
("Year-end is their target"); Polish words for the decision and the signing as closing words."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate
from tests.unit.extract_notes import read_note

NOW = date(2017, 6, 14)  # a Wednesday
ACCOUNTS = ["Finjob", "Newex", "Sonron", "Globex Corporation", "Kinnamplus"]


def _read(text: str, now: date = NOW) -> DealUpdate:
    return read_note(text, now, ACCOUNTS)


def _names(update: DealUpdate) -> list[str | None]:
    return [c["name"] for c in update.contacts]


# --- a figure that sizes the company -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Trade show lead, Finjob. About 900 people and $45M in annual revenue per their website. No timing yet.",
        "Newex scan at the booth: turnover of around 12m, two plants. Nothing on budget.",
        "Sonron intro. They raised $8M last spring, 60 staff. Just browsing for now.",
        "Kinnamplus: 25M ARR, growing fast. No project scoped.",
    ],
)
def test_company_size_is_no_amount(text: str) -> None:
    assert _read(text).amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # hard negatives: a deal's figure near a company word stays the amount
        ("Finjob: revenue team wants 12 seats, 14,400 all in.", 14400),
        ("Newex - their sales ops lead asked for a quote; we said 9.5k.", 9500),
        ("Sonron is a $40M revenue firm; the deal itself is 22k.", 22000),
    ],
)
def test_deal_figure_beside_company_words(text: str, amount: int) -> None:
    assert _read(text).amount == amount


# --- our side listed mid-line --------------------------------------------------------------------------------------
def test_our_list_mid_line_until_their_list() -> None:
    text = "Finjob kickoff. Ours: me + Rohan Mehta (SE). Theirs: Clara Voss (IT director). Next: send the SOW."
    names = _names(_read(text))
    assert "Rohan Mehta" not in names and "Clara Voss" in names


def test_our_list_mid_line_ends_at_its_sentence() -> None:
    text = "Newex - met Jana Horak (CFO). Ours: Wilburn joins next time. Jana wants it signed by 30 June."
    assert "Jana Horak" in _names(_read(text))


@pytest.mark.parametrize(
    "text",
    [
        # hard negatives: "ours:" inside a word or a sentence is no label
        "Sonron call with Petra Lind (COO). She said the choice is ours: Petra Lind decides by Friday.",
        "Kinnamplus. Hours: 9-5. Met Omar Said (procurement lead).",
    ],
)
def test_no_our_list_without_label(text: str) -> None:
    assert len(_names(_read(text))) == 1


# --- field labels of a card export ---------------------------------------------------------------------------------
def test_card_comment_label_is_no_person() -> None:
    text = "Card: FINJOB - renewal\nComment (rep): Hana Novak (IT lead) is keen. 3 seats, $2,100.\nDue date: 20 Jun"
    assert _names(_read(text)) == ["Hana Novak"]


@pytest.mark.parametrize(
    "text",
    [
        # hard negatives: real people labelled the same way stay
        "Card: NEWEX - pilot\nPetra Lind (rep): Marco Bianchi (CTO) is keen.",
        "Sonron. Reply from Ivo Petrov (head of ops): fine with the price.",
    ],
)
def test_people_labelled_like_fields_stay(text: str) -> None:
    assert len(_names(_read(text))) >= 1


# --- "close out as Lost" ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Finjob - close out as Lost. They stayed with their incumbent.", "Lost"),
        ("Newex: closing out as Won, PO arrived.", "Won"),
        ("Closed Sonron out as Lost after the budget freeze.", "Lost"),
    ],
)
def test_close_out_as_stage(text: str, stage: str) -> None:
    assert _read(text).stage == stage


@pytest.mark.parametrize(
    "text",
    [
        # hard negatives: "close as soon as", "close out" with no stage
        "Finjob wants to close as soon as the legal review is done.",
        "Newex - we should close out the pilot as planned, then talk pricing.",
    ],
)
def test_close_without_stage(text: str) -> None:
    assert _read(text).stage is None


# --- a period's end as the target's subject; Polish closing words ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Finjob, Ana Ruiz (CFO). Quarter-end is their goal, 12k all in.", date(2017, 6, 30)),
        ("Newex call. Year end remains the deadline for them.", date(2017, 12, 31)),
        ("Sonron. Month-end is her target for this.", date(2017, 6, 30)),
        ("Kinnamplus: decyzja do końca kwartału (end of quarter).", date(2017, 6, 30)),
    ],
)
def test_period_end_target(text: str, close: date | None) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    "text",
    [
        # hard negatives: the period's end said as something else
        "Finjob. Year-end is busy for them; demo next week.",
        "Newex: quarter-end is when their audit runs.",
    ],
)
def test_period_end_not_target(text: str) -> None:
    assert _read(text).close_date is None


# --- a title followed by its firm in another language; French spans and signing words ------------------------------
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Finjob - Luc Martin (responsable informatique chez Finjob) valide l'offre.", "responsable informatique"),
        ("Newex - Jonas Weber (Leiter Einkauf bei Newex) mag das Angebot.", "Leiter Einkauf"),
    ],
)
def test_role_drops_foreign_at_firm(text: str, role: str) -> None:
    roles = [c["role"] for c in _read(text).contacts]
    assert roles == [role]


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Sonron, Chloé Durand (DAF). On signe d'ici huit jours.", date(2017, 6, 21)),
        ("Kinnamplus: ils signent dans deux semaines.", date(2017, 6, 28)),
        ("Finjob - Paul Roy. Signature: ils signeront sous quinze jours.", date(2017, 6, 28)),
    ],
)
def test_french_span_and_signing(text: str, close: date) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    "text",
    [
        # hard negatives: a span in the past, a span for something else than signing
        "Newex: ils ont signé avec un autre il y a quinze jours.",
        "Sonron. Démo dans huit jours avec l'équipe IT.",
    ],
)
def test_french_span_without_signing(text: str) -> None:
    assert _read(text).close_date is None
