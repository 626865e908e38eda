"""Round 73 (extract fixes for blind72, notes pasted after calls): a postcode before its city and a street named
kind-first in a signature; a spelled figure said again after a comma; a date corrected, then an event's date; "paper
by" a day as chat shorthand for signing; a price said in hundreds after a discount or a correction; a figure then
called a budget line or "not our deal"; a stage set in German, Spanish, French, Dutch or Portuguese; a speaker's
title owning the decision; a Zoom export's "Name 12:02  text" lines; a title then the place its holder sits; a rival
named only in an aside about another account."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import extract_update
from memory.extract.numbers import find_money
from memory.extract.stage import find_stage

_ACCOUNTS = ["Velmora", "Quintrex", "Harbex", "Ostrana", "Lumeq"]
_NOW = date(2017, 5, 10)  # a Wednesday


def _update(text: str):  # type: ignore[no-untyped-def]
    return extract_update(text, now=_NOW, accounts=_ACCOUNTS)


def _people(text: str) -> list[tuple[str, str | None]]:
    return sorted((str(c["name"]), c["role"]) for c in _update(text).contacts)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a signature's postcode before its city is no figure
        ("Velmora: 12,400 for four seats works.\n\nKind regards,\nPilar Ortega\nVelmora\nAv. Diagonal 211, 08018 "
         "Barcelona", 12_400),
        ("Quintrex mail below.\n> We accept 9 870 € for the seats.\n> Quintrex SA\n> 8 rue Victor Hugo, 69002 Lyon",
         9_870),
        ("Harbex: agreed at 31,500.\nMarco Bellini | Harbex | Via Tortona 33 | 20144 Milano", 31_500),
        # near misses: a figure opening a line with a currency, or a count before a word that is no city
        ("Ostrana: budget approved.\n18500 EUR for the year", 18_500),
        ("Lumeq: they want 24 seats, total 26,304, first 12000 Units shipped next year", 26_304),
    ],
)  # fmt: skip
def test_a_postcode_is_no_figure(text: str, amount: int) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street named kind-first is no person
        ("Velmora: Pilar Ortega (CFO) signs.\nCalle de Serrano 41, 28001 Madrid", [("Pilar Ortega", "CFO")]),
        ("Quintrex: Claire Dubois (acheteuse) confirmed.\nRue du Faubourg 12, Paris", [("Claire Dubois", "acheteuse")]),
        ("Harbex: Marco Bellini (CTO) agreed.\nVia Montenapoleone 8, Milano", [("Marco Bellini", "CTO")]),
        # near misses: a person whose surname is a street word elsewhere, and one named after a street line
        ("Ostrana: met Jo Lane, their buyer.", [("Jo Lane", "buyer")]),
        ("Lumeq: met Ana Rue, their buyer.", [("Ana Rue", "buyer")]),
    ],
)  # fmt: skip
def test_a_street_named_kind_first_is_no_person(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the figure's head said again after a comma is a restatement, not more of the figure
        ("it's seventy thousand, seventy, with the extra site", [70_000]),
        ("forty, no, forty-five thousand, forty-five because of support", [45_000]),
        ("ninety thousand, ninety, final", [90_000]),
        # near misses: a smaller part after the comma goes on the figure
        ("thirty-one thousand, two hundred in all", [31_200]),
        ("two million, four hundred thousand", [2_400_000]),
    ],
)
def test_a_spelled_figure_said_again(text: str, values: list[int]) -> None:
    assert [m.value for m in find_money(text)] == values


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # a corrected date, then an event's date in the same sentence: the corrected date
        ("Velmora: they'd sign end of June, no wait, mid-June, their offsite starts on the 25th.", "2017-06-15"),
        ("Quintrex wants to close by the 20th, sorry, the 22nd, then a board meeting on the 30th.", "2017-05-22"),
        ("Harbex: decision end of July, no, he said mid-July, the audit kicks off on August 3.", "2017-07-15"),
        # near misses: the corrected date itself last; no event after it
        ("Ostrana: sign by the 12th, sorry, the 26th.", "2017-05-26"),
        ("Lumeq: close mid-June, no wait, end of June.", "2017-06-30"),
    ],
)
def test_a_corrected_date_then_an_event(text: str, close: str) -> None:
    assert _update(text).close_date == date.fromisoformat(close)


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # "paper by" a day: the signed paper promised, chat shorthand
        ("velmora verbal yes!! paper by next friday she says", "2017-05-12"),
        ("Quintrex: papers by the 26th per Ola.", "2017-05-26"),
        ("harbex - paper before end of month, fingers crossed", "2017-05-31"),
        # near misses: our paper to send, a white paper
        ("Ostrana: I'll send paper by Friday so they can review.", None),
        ("Lumeq asked for our white paper by Monday.", None),
    ],
)
def test_paper_by_a_date(text: str, close: str | None) -> None:
    found = _update(text).close_date
    assert (found.isoformat() if found else None) == close


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the price in thousands and hundreds said after a discount or a correction
        ("Velmora: list 44,000 - they get forty-one five after the discount.", 41_500),
        ("Quintrex: we quoted 27,300, well, twenty-five eight with the discount.", 25_800),
        ("Harbex: 52k on paper. Sorry, forty-nine five, I forgot the rebate.", 49_500),
        # near misses: a count with a hyphenated word; a figure far from the note's scale
        ("Ostrana: 40k agreed. Well, thirty-six five-star reviews later they signed.", 40_000),
        ("Lumeq: 300k deal. Sorry, three five after the discount on the pens.", 300_000),
    ],
)
def test_a_price_said_in_hundreds(text: str, amount: int) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a figure then said to be a budget of theirs, or not this deal
        ("Velmora: the ~2M they quoted is their whole digital budget for 2017. No quote from us yet.", None),
        ("Quintrex mentioned 400k - not our deal, that's the ERP project. Our quote is 18k.", 18_000),
        ("Harbex: 1.5M was their total ops budget line; we're at 22k for the seats.", 22_000),
        # near misses: a budget for this deal; a figure then a rival's
        ("Ostrana: 35k is the budget for this project and we're at 32k.", 32_000),
        ("Lumeq: we agreed 14k, not the 16k we started at.", 14_000),
    ],
)
def test_a_figure_disowned_after_it(text: str, amount: int | None) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # a stage set in another language, the CRM's label kept
        ("Velmora kurz: Bitte den Deal auf Engaging setzen.", "Engaging"),
        ("Quintrex: por favor pasar la oportunidad a Lost.", "Lost"),
        ("Harbex : merci de passer le deal en Won.", "Won"),
        ("Ostrana: zet de deal op Engaging.", "Engaging"),
        ("Lumeq: mudar o estágio para Engaging.", "Engaging"),
        # near misses: held back, on a condition, the English word inside a phrase
        ("Velmora: noch nicht auf Won setzen, die Unterschrift fehlt.", None),
        ("Quintrex: si firman el lunes, pasar a Won.", None),
        ("Harbex: pasamos a engaging discussions with IT.", None),
    ],
)
def test_a_stage_set_in_another_language(text: str, stage: str | None) -> None:
    assert find_stage(text) == stage


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's title owning the decision
        ("Velmora call\nAri Lind (Ourteam): who signs?\nMaja Holm: as head of finance that's my call",
         [("Maja Holm", "head of finance")]),
        ("Quintrex call\nAri Lind (Ourteam): budget?\nOla Berg: as CFO, it's my decision",
         [("Ola Berg", "CFO")]),
        ("Harbex call\nAri Lind (Ourteam): ok?\nTim Roos: as procurement lead that is my sign-off",
         [("Tim Roos", "procurement lead")]),
        # near misses: "as" naming no title of the speaker's; the call being ours
        ("Ostrana call\nAri Lind (Ourteam): ok?\nEva Dahl: as discussed that's my call",
         [("Eva Dahl", None)]),
        ("Lumeq call\nAri Lind (Ourteam): as your account manager that's my call\nEva Dahl (CIO): fine",
         [("Eva Dahl", "CIO")]),
    ],
)  # fmt: skip
def test_a_title_owning_the_decision(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Zoom export's lines, the time after the name: the customer's "our" is theirs
        ("Velmora call\nAri Lind (Ourteam) 10:01  who else?\nMaja Holm 10:02  Per Sund, our IT lead, joins",
         [("Maja Holm", None), ("Per Sund", "IT lead")]),
        ("Quintrex\nAri Lind (Ourteam) 09:14  next?\nOla Berg 09:15  Eva Nyberg, our controller, sends the PO",
         [("Eva Nyberg", "controller"), ("Ola Berg", None)]),
        ("Harbex\nAri Lind (Ourteam) 14:00:05  hi\nTim Roos 14:00:09  our buyer Lisa Ek will call you",
         [("Lisa Ek", "buyer"), ("Tim Roos", None)]),
        # near misses: our rep's "our" is ours; a time inside a sentence labels nothing
        ("Ostrana\nAri Lind (Ourteam) 10:01  Raj Patel, our SE, joins\nEva Dahl 10:02  fine",
         [("Eva Dahl", None)]),
        ("Lumeq: meeting at 10:30 with Eva Dahl (COO). Raj Patel, our SE, joins.", [("Eva Dahl", "COO")]),
    ],
)  # fmt: skip
def test_zoom_lines_with_the_time_after_the_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title then where its holder sits: no person
        ("Velmora: Ana Ruiz (IT manager). Her boss in Seville signs off.", [("Ana Ruiz", "IT manager")]),
        ("Quintrex: Ola Berg (COO) says their CFO at headquarters decides.", [("Ola Berg", "COO")]),
        ("Harbex: send the deck so his manager in Denver can see it. Tim Roos (buyer).", [("Tim Roos", "buyer")]),
        # near misses: the title then the name
        ("Ostrana: their CFO, Eva Dahl, decides.", [("Eva Dahl", "CFO")]),
        ("Lumeq: his boss Per Sund signs.", [("Per Sund", "boss")]),
    ],
)
def test_a_title_then_a_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "rivals"),
    [
        # a rival named only in an aside about another account, or with this deal said to have none
        ("Velmora: 9k agreed. Side note, unrelated: Lumora lost their Harbex renewal. Next: order form.", []),
        ("Quintrex notes. Heard Stackline is pitching Ostrana. No competition on Quintrex, they came inbound.", []),
        ("Harbex wants GTX Pro x3. Off topic: Lumeq dropped Quorvia last week.", []),
        # near misses: the rival in this deal's own sentence; an aside with no other account; "no competition yet"
        ("Velmora: side note, Lumora also quoted Velmora 8k.", ["Lumora"]),
        ("Quintrex: side note, unrelated: Lumora is pitching them too.", ["Lumora"]),
        ("Harbex: no competition yet; Stackline is sniffing around Harbex though.", ["Stackline"]),
    ],
)
def test_a_rival_only_in_an_aside(text: str, rivals: list[str]) -> None:
    assert _update(text).competitors == rivals
