"""Round 65 (extract fixes for blind64): a count at a unit price spoken as hundreds and tens ("sixteen at five-fifty a
seat"); a sign-off rule said as a ban ("nothing over ten k gets signed"); no figure of ours yet ("we haven't quoted");
a quarter of the customer's own fiscal year; "80.304 dollar"; a foreign title glossed in words ("Leiter Einkauf, so
head of purchasing"); the last working day or weekday of a month and "not this Friday, the Friday after"; an account
heading a chat line or a dashed note; a contact who "'s left" or went to another account; national days and buildings
that are no person; a family tie between a title and its name; the note asking for the USD figure; a service's start
date; a rival's name used for a building or the customer's product line; a meeting heading its sentence with its day;
a chat's bare "next?"; a bare day set for the signing after the date named with its month."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import extract_update
from memory.extract.dates import find_dates

_ACCOUNTS = ["Rangreen", "Hottechi", "Zencorporation", "Dalttechnology", "Golddex", "Cheers", "Singletechno"]


def _update(text: str, now: date = date(2017, 5, 10)):  # type: ignore[no-untyped-def]
    return extract_update(text, now=now, accounts=_ACCOUNTS)


def _contacts(text: str) -> set[tuple[str, str | None]]:
    return {(str(c["name"]), c["role"]) for c in _update(text).contacts}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a count at a price said as hundreds and tens, each: the count times the price
        ("Rangreen call. Buyer: Sixteen at five-fifty a seat, got it.", 8_800),
        ("Rangreen: twelve users at four twenty-five per user.", 5_100),
        ("Rangreen: we agreed 9 seats at the six-fifty a seat.", 5_850),
        ("Rangreen: Twenty at five-fifty a seat, that's the plan.", 11_000),
        # near misses: the spoken price with no "each", a price said before a question
        ("Rangreen: 20 people at five-fifty, and the list is 13,000.", 13_000),
        ("Rangreen: twelve seats cost 6,600. Could we do twelve at five-fifty a seat?", 6_600),
    ],
)
def test_a_count_at_a_spoken_unit_price(text: str, amount: int) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a sign-off rule said as a ban: its threshold is no value of this deal
        ("Rangreen: 4 licences, 13,572. Nothing above 10k gets signed without the board.", 13_572),
        ("Rangreen: 13,572 for the four seats. No purchase over $5,000 without CFO sign-off.", 13_572),
        ("Rangreen: deal is 12k. Nothing over 20k goes through without two signatures.", 12_000),
        ("Rangreen: the quote is 9,400; no contract above 25k is signed before the audit.", 9_400),
        # near misses: the deal's own figure said after "over", a ban with no other figure
        ("Rangreen: they went over the quote, 13,572 is fine.", 13_572),
        ("Rangreen: their limit is nothing; 12k is the number.", 12_000),
    ],
)
def test_a_threshold_said_as_a_ban_is_no_deal_value(text: str, amount: int) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # no figure of ours yet: a budget envelope or a rival's quote is not taken for want of one
        ("Rangreen: budget envelope of about 80k for tools. We haven't quoted, I need the seat count first.", None),
        ("Rangreen: they have a budget of 50k this year. No number from us yet.", None),
        ("Rangreen: envelope is 120k overall; no figure from our side until the scoping.", None),
        # near misses: our figure given, a quote said to have been sent
        ("Rangreen: budget envelope 80k. We quoted 31,000 for the lot.", 31_000),
        ("Rangreen: we haven't quoted them the new tier, but the deal stays at 12k.", 12_000),
    ],
)
def test_no_figure_of_ours_yet(text: str, amount: int | None) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "now", "close"),
    [
        # a quarter of the customer's own fiscal year, its first month given
        ("Rangreen: she needs it signed by end of Q1 their fiscal, and their fiscal year starts in April.",
         date(2017, 4, 4), date(2017, 6, 30)),
        ("Rangreen: he wants to sign at end of Q1 of their fiscal. Their fiscal begins first October.",
         date(2017, 10, 10), date(2017, 12, 31)),
        ("Rangreen: they sign in fiscal Q3 (their fiscal year starts in July).", date(2017, 8, 1), date(2018, 3, 31)),
        ("Rangreen: they sign in their Q2. Their financial year ends in March.", date(2017, 5, 10), date(2017, 9, 30)),
        ("Rangreen: decision in their Q2. FY starts in July for them.", date(2017, 8, 1), date(2017, 12, 31)),
        # near misses: a bare quarter (calendar), a fiscal year that is the calendar's
        ("Rangreen: sign end of Q1. Their fiscal year starts in April.", date(2017, 1, 10), date(2017, 3, 31)),
        ("Rangreen: sign in fiscal Q2, their fiscal year starts in January.", date(2017, 1, 10), date(2017, 6, 30)),
    ],
)  # fmt: skip
def test_a_quarter_of_their_fiscal_year(text: str, now: date, close: date) -> None:
    assert _update(text, now).close_date == close


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Rangreen: the price is 80.304 dollar, he has confirmed.", 80_304),
        ("Rangreen: total 12.500 dollar for the two units.", 12_500),
        ("Rangreen: son 21.928 dólar en total.", 21_928),
        # near misses: a decimal price with no currency word, a price in cents
        ("Rangreen: 3 seats at 1.5 each of something, then 4,200 total.", 4_200),
        ("Rangreen: 9,900 for the lot, the add-on is 0.99 dollar a day.", 9_900),
    ],
)
def test_dots_group_thousands_before_dollar(text: str, amount: int) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Rangreen: I met Juergen Bauer, he is Leiter Einkauf, so head of purchasing.", "head of purchasing"),
        ("Rangreen: Juergen Bauer, Leiter Einkauf, i.e. head of purchasing, wants a quote.", "head of purchasing"),
        ("Rangreen: met Ana Ruiz, jefa de compras, that is the procurement manager.", "procurement manager"),
        # near misses: an English title, a foreign title with no gloss after it
        ("Rangreen: met Ana Ruiz, procurement manager, so the right person.", "procurement manager"),
        ("Rangreen: I met Juergen Bauer, he is Leiter Einkauf, so we're in good hands.", "Leiter Einkauf"),
    ],
)
def test_a_foreign_title_glossed_in_words(text: str, role: str) -> None:
    assert [c["role"] for c in _update(text).contacts] == [role]


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        ("signature on the last working day of September", date(2017, 9, 6), date(2017, 9, 29)),
        ("we sign on the last business day of the month", date(2017, 12, 5), date(2017, 12, 29)),
        ("they sign the last Friday of next month", date(2017, 11, 8), date(2017, 12, 29)),
        ("And signature, uh, not this Friday, the Friday after.", date(2017, 11, 8), date(2017, 11, 17)),
        ("sign not this Friday but the one after", date(2017, 11, 8), date(2017, 11, 17)),
        ("sign the Friday after this one", date(2017, 11, 8), date(2017, 11, 17)),
        # near misses: this Friday alone, a Friday after an event
        ("sign this Friday", date(2017, 11, 8), date(2017, 11, 10)),
        ("sign the Friday after the board", date(2017, 11, 8), None),
    ],
)
def test_the_last_day_of_a_month_and_the_friday_after(text: str, now: date, day: date | None) -> None:
    found = find_dates(text, now)
    assert (found[-1].value if found else None) == day


@pytest.mark.parametrize(
    ("text", "account"),
    [
        # the account heading the first chat line, after its label; or a dashed note's first word
        ("[14/09/2017, 16:02] Kami Bicknell: zencorp update\n[14/09/2017, 16:03] Kami Bicknell: 8 seats",
         "Zencorporation"),
        ("[3/4/17, 09:12] Ana Lund: dalttech notes - they want 3 seats", "Dalttechnology"),
        ("dalttech - lost a wk bc Nadia was out, back on track now.", "Dalttechnology"),
        ("zencorp - 3 seats, sign by the 5th", "Zencorporation"),
        # near misses: a word no account starts with, two accounts starting with it, a short word
        ("[14/09/2017, 16:02] Kami Bicknell: weekly update, nothing new", None),
        ("single - quick question on pricing", None),
    ],
)  # fmt: skip
def test_an_account_heading_a_chat_line_or_a_dashed_note(text: str, account: str | None) -> None:
    assert _update(text).account == account


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Rangreen: our champion, Ivo Lind, she's left, so the new contact is Ana Berg (CFO).", {("Ana Berg", "CFO")}),
        ("Rangreen: Ivo Lind, he's left. Ana Berg (CFO) runs it now.", {("Ana Berg", "CFO")}),
        ("Rangreen: the champion, Ivo Lind, he went to Golddex last month. Ana Berg (CFO) is new.",
         {("Ana Berg", "CFO")}),
        # near misses: left something behind, gone to a meeting
        ("Rangreen: Ivo Lind (CTO), he's left a voicemail about the quote.", {("Ivo Lind", "CTO")}),
        ("Rangreen: Ivo Lind (CTO), he went to the demo and liked it.", {("Ivo Lind", "CTO")}),
    ],
)  # fmt: skip
def test_a_contact_who_has_left(text: str, people: set[tuple[str, str | None]]) -> None:
    assert _contacts(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a national day or a building is no person
        ("Rangreen: Ana Berg (CFO) wants it signed before Canada Day.", {("Ana Berg", "CFO")}),
        ("Rangreen: Ana Berg (CFO) says after Australia Day.", {("Ana Berg", "CFO")}),
        ("Rangreen: they moved, they're in Kestrel House now. Ana Berg (CFO) signs.", {("Ana Berg", "CFO")}),
        ("Rangreen: meeting at the Enron Building with Ana Berg (CFO).", {("Ana Berg", "CFO")}),
        # near misses: a person with a surname that is a building's word, met or spoken to
        ("Rangreen: spoke to Tim House (CFO) today.", {("Tim House", "CFO")}),
        ("Rangreen: met Grace Park, their CFO, at Lumora Plaza.", {("Grace Park", "CFO")}),
    ],
)
def test_national_days_and_buildings_are_no_people(text: str, people: set[tuple[str, str | None]]) -> None:
    assert _contacts(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Rangreen: next step is a call with the owner, his father, Ernesto Ybarra.", {("Ernesto Ybarra", "owner")}),
        ("Rangreen: next step is a call with their CFO, his sister, Ana Ybarra.", {("Ana Ybarra", "CFO")}),
        ("Rangreen: met the owner, her husband, Tom Reyes.", {("Tom Reyes", "owner")}),
        # near misses: the tie alone, a tie with no title before it
        ("Rangreen: met Tomas, and his father, Ernesto Ybarra, too.", {("Ernesto Ybarra", None)}),
        ("Rangreen: call with his father, Ernesto Ybarra.", {("Ernesto Ybarra", None)}),
    ],
)
def test_a_family_tie_between_a_title_and_its_name(text: str, people: set[tuple[str, str | None]]) -> None:
    assert _contacts(text) == people


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the note asks for the USD figure: a count priced in C$ or a figure in another currency is not it
        ("Rangreen - approved 30 seats at C$1,200 a seat, so C$36,000 on their books. Our USD order form says "
         "$27,000 and finance wants the USD number on the opp, so 27,000.", 27_000),
        ("Rangreen: 30 seats at CAD 1,200 per seat. Log the USD figure: 27,000.", 27_000),
        ("Rangreen: 20 seats at €1,250 each. Our order form says 27,000 USD; finance needs the USD value in the CRM.",
         27_000),
        ("Rangreen: 30 seats at C$1,200 a seat. Our price is $27,000 and the dollar amount goes on the opp.", 27_000),
        # near misses: no such ask (the total of the seats stands), the ask with one figure only
        ("Rangreen: 30 seats at C$1,200 a seat, so C$36,000.", 36_000),
        ("Rangreen: log the USD figure, 27,000.", 27_000),
    ],
)  # fmt: skip
def test_the_usd_figure_asked_for(text: str, amount: int) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # a service's start date is no signing date
        ("Rangreen call.\nRep: When do you expect to sign?\nBuyer: The licence start date is the first of July, "
         "that's fixed.", None),
        ("Rangreen: go-live is 1 June; they sign by the 20th.", date(2017, 5, 20)),
        ("Rangreen: they'll sign once legal is done, the licence start date is 1 July.", None),
        ("Rangreen call.\nRep: When will you sign?\nBuyer: go-live is 1 June, that's all I know.", None),
        ("Rangreen: they sign by end of May. The subscription would start on 1 July.", date(2017, 5, 31)),
        ("Rangreen: she'll sign, the contract start date being 1 July; sign-off by mid-June.", date(2017, 6, 15)),
        # near misses: the signing itself dated, a start of talks
        ("Rangreen: the contract signature date is the first of July.", date(2017, 7, 1)),
        ("Rangreen: they sign on 1 July, when their budget starts.", date(2017, 7, 1)),
    ],
)  # fmt: skip
def test_a_service_start_date_is_no_close(text: str, close: date | None) -> None:
    assert _update(text).close_date == close


@pytest.mark.parametrize(
    ("text", "rivals"),
    [
        # a rival's name used for a building or for the customer's own product line
        ("Rangreen: they moved, they're in Kestrel House now, parking is a nightmare.", []),
        ("Rangreen: the licences are for the team launching our new Brightwave LED range.", []),
        ("Rangreen: their office is in Quorvia Tower, fyi.", []),
        ("Rangreen: the seats are for their Lumora product line.", []),
        # near misses: the rival itself, its product bought by them
        ("Rangreen: Kestrel quoted them 20k.", ["Kestrel CRM"]),
        ("Rangreen: they run Brightwave today and the renewal is due.", ["Brightwave"]),
    ],
)
def test_a_rival_name_for_a_building_or_their_own_line(text: str, rivals: list[str]) -> None:
    assert _update(text).competitors == rivals


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a meeting heading its sentence, then its day: the step booked
        ("Rangreen wants to talk again. Scoping meeting with Tobias and Marit Olsen on the 24th.", "scoping"),
        ("Rangreen: nothing priced yet. Call with their CFO on Tuesday to go over options.", "cfo"),
        ("Rangreen: seat count unknown. Workshop with their ops team on the 3rd.", "workshop"),
        # a chat's bare "next?", answered on the line after
        ("Ann: timing?\nBo: end of Q3\nAnn: ok. next?\nBo: their legal reviews our paper", "legal"),
        # near misses: a meeting that went, nothing booked
        ("Rangreen: meeting with Ana on the 3rd went well.", ""),
        ("Rangreen: ok. next week is busy for them.", ""),
    ],
)
def test_a_meeting_heading_its_sentence_and_a_bare_next(text: str, word: str) -> None:
    step = (_update(text).next_step or "").lower()
    assert word in step if word else step == ""


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # a bare day set for the signing, its month named for that day just before
        ("Rangreen call.\nRep: And signature?\nAna: End of June would be ideal.\nCFO: The board only meets on July the "
         "twelfth and nothing gets signed before it. So make it the twelfth.", date(2017, 7, 12)),
        ("Rangreen call.\nRep: When do you sign?\nAna: End of May.\nCFO: The committee sits on the 14th of June, "
         "nothing is signed before. Make it the 14th.", date(2017, 6, 14)),
        ("Rangreen call.\nRep: Signature?\nAna: Mid-June.\nCFO: The board signs on 20 June, not earlier. Call it the "
         "twentieth.", date(2017, 6, 20)),
        # near misses: no month named for that day (which month is unsaid), a meeting moved
        ("Rangreen: sign end of June. So make it the twelfth.", date(2017, 6, 30)),
        ("Rangreen: sign by end of June. Demo on the 12th of May? Make it the 12th.", date(2017, 6, 30)),
    ],
)  # fmt: skip
def test_a_bare_day_set_for_the_signing(text: str, close: date) -> None:
    assert _update(text).close_date == close
