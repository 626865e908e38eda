"""Classes behind the misses of the blind66 set (tests/evals/extract_blind66.jsonl: voice notes and "log:" notes
with disfluencies, non-native English, EUR/GBP amounts), each with near-miss negatives: a close date taken back with
"no, she meant ..." or "... no, he said ...", "mid of May", a period said bare as the customer's word ("they say
end of the month"); "Signed this afternoon" opening a sentence (Won); thousands grouped by a space beside a currency
("usd 4 950"), a rival's price said "quote them"; a vendor named by a slip and corrected at once; a title after a
stuttered "the, the", a familiar name restated in full ("Kasia - Katarzyna Wójcik"), the person of a firm we named
when asked who else uses it, a title that runs into the next sentence's "a guy from <rival>", a foreign title
glossed "..., the operations director"."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_ACCOUNTS = ("Acme", "Initech", "Umbrella", "Globex", "Sonron", "Hooli")
_NOW = date(2017, 5, 22)  # a Monday, Q2


def _read(text: str, now: date = _NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS), people_to_ignore=["Sam Rivera"])


def _roles(text: str) -> dict[str, str | None]:
    return {c["name"] or "": c["role"] for c in _read(text).contacts}


# --- close date: a date taken back with a bare "no" and what she said or meant; "mid of <Month>"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme, Ana Lund. Signature by the 10th... no, she said the 28th, sorry. NS: send the MSA.", date(2017, 5, 28)),
        ("Initech: decision end of the month - no, he meant end of July, it's in the invite.", date(2017, 7, 31)),
        ("Globex. They sign end of June, no, she said mid-July, after the audit.", date(2017, 7, 15)),
        ("Hooli wants to close end of August, uh, sorry, mid of September, after holidays.", date(2017, 9, 15)),
        ("Umbrella: decision mid of June. Send the deck.", date(2017, 6, 15)),
    ],
)
def test_close_date_taken_back_for_what_was_meant(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he meant" glossing the date, not taking it back: the 20th of next month
        ("Acme wants signature by the 20th; he meant next month, obviously.", date(2017, 6, 20)),
        # a "no" answering something else: the date stands
        ("Initech: close end of June, no discount on top. She said the demo went well.", date(2017, 6, 30)),
    ],
)
def test_close_date_not_taken_back_without_a_correction(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


# --- close date: a period said bare as the customer's word, no closing word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme, voice note. Ana Lund, finance lead. They say end of the month, so next week.", date(2017, 5, 31)),
        ("Initech. She said end of Q3, and the budget is there.", date(2017, 9, 30)),
        ("Globex, uh, Tom Berg. He says end of next month. 12k.", date(2017, 6, 30)),
    ],
)
def test_close_date_said_bare_as_their_word(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme. She said next Tuesday works for the demo.",  # a meeting's day, not a period
        "Initech. He said the weather was awful. Send the deck end of the month.",  # our task's date
    ],
)
def test_no_close_date_from_other_things_said(text: str) -> None:
    assert _read(text).close_date is None


# --- stage: "Signed" opening a sentence, with when


@pytest.mark.parametrize(
    "text",
    [
        "Acme. Closed it! Signed this afternoon by Ana Lund, the CFO. 16k.",
        "Initech, great news. Signed today by their COO, 22,000.",
        "Globex - finally. Signed yesterday, PO to follow.",
    ],
)
def test_signed_opening_a_sentence_is_won(text: str) -> None:
    assert _read(text).stage == "Won"


@pytest.mark.parametrize(
    "text",
    [
        "Acme. Signed by the 30th, she hopes. Send the order form.",  # a deadline, not a signing
        "Initech. Signed off on the security review today, pricing next.",  # signed off a step
    ],
)
def test_signed_opening_a_sentence_negatives(text: str) -> None:
    assert _read(text).stage is None


# --- amount: thousands grouped by a space beside a currency; a rival's price said "quote them"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("log: acme - Ana Lund wants GTX Basic for 9 drivers, usd 4 950 total.", 4950),
        ("Initech: our offer is EUR 12 400 for the pilot, log that.", 12400),
        ("Globex, the quote is $ 27 500 all in.", 27500),
        ("Hooli agreed on GBP 8 300 for the two units, log that.", 8300),
    ],
)
def test_space_grouped_thousands_with_a_currency(text: str, expected: int) -> None:
    assert _read(text).amount == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme wants 9 100 seats priced, no number yet.", None),  # a count and a figure, no currency
        ("Initech, 12 licences, usd 6,400 total.", 6400),  # grouped by a comma already
    ],
)
def test_space_grouped_negatives(text: str, expected: int | None) -> None:
    assert _read(text).amount == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme, their MD Tom Reilly. He say NorthPeak quote them fifty k, fifty thousand, too much for him.",
        "Initech: Lumora quote them 30k, 30,000, she finds it steep. We have not priced yet.",
        "Globex. Stackline quote us 18k last week, eighteen thousand. No number from us yet.",
    ],
)
def test_rival_price_said_quote_them(text: str) -> None:
    assert _read(text).amount is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: NorthPeak quote them 50k, but ours is 44k.", 44000),  # our own figure after
        ("Initech wants a quote, we quote them 21k for the bundle.", 21000),  # our quote
    ],
)
def test_rival_quote_negatives_keep_our_figure(text: str, expected: int) -> None:
    assert _read(text).amount == expected


# --- competitors: a vendor named by a slip and corrected at once


@pytest.mark.parametrize(
    "text",
    [
        "Acme, Ana Lund. They also have a quote from Quorvia, sorry, I mean Lumora. Decision end of June.",
        "Initech: they look at Stackline - no, Lumora, I mix them up.",
        "Globex. Incumbent is Tellurix... no, Lumora. 20k.",
    ],
)
def test_rival_taken_back_is_dropped(text: str) -> None:
    assert _read(text).competitors == ["Lumora"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both named for real; "no" answers something else
        ("Acme: Quorvia, no surprise, and Lumora are both pitching.", {"Quorvia", "Lumora"}),
        # the slip named again, meant, later on
        ("Initech looks at Quorvia, sorry, Lumora. And yes, Quorvia also quoted them.", {"Quorvia", "Lumora"}),
    ],
)
def test_rival_not_taken_back_stays(text: str, expected: set[str]) -> None:
    assert set(_read(text).competitors) == expected


# --- contacts: a title after a stuttered "the, the"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Acme, voice note. Uh, Lars Becker, the, the group CIO. 480k.", "Lars Becker", "group CIO"),
        ("Initech: uh, Mira Holm, the, the head of finance, about the renewal.", "Mira Holm", "head of finance"),
        ("Globex. Jonas Berg, their, their IT manager, wants a demo.", "Jonas Berg", "IT manager"),
    ],
)
def test_title_after_a_stutter(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Acme: Lars Becker, the group CIO. The the demo went fine.", "Lars Becker", "group CIO"),  # no stutter at him
        ("Initech. Mira Holm. That that was the plan, she said.", "Mira Holm", None),  # "that that" is not collapsed
    ],
)
def test_stutter_negatives(text: str, name: str, role: str | None) -> None:
    assert _roles(text).get(name, "missing") == role


# --- contacts: a familiar name restated in full


@pytest.mark.parametrize(
    "text",
    [
        "log: acme. spoke w the ops lady, Kasia - Katarzyna Wójcik, ops manager. $12k.",
        "Initech, Bea (Beatriz Nunes), procurement lead, wants the MSA.",
        "Globex: met the finance lady, Gosia — Małgorzata Nowak, CFO. Budget is there.",
    ],
)
def test_familiar_name_restated_in_full_is_one_person(text: str) -> None:
    assert len(_read(text).contacts) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Acme: Anna, Tom Berg and I met on Monday. Anna is CFO, Tom is IT lead.",  # a list, not a restatement
        "Initech. Mira - Jonas Berg's deputy - joined the call; Jonas Berg is head of IT.",  # another person's aside
    ],
)
def test_familiar_name_negatives_keep_both(text: str) -> None:
    assert len(_read(text).contacts) == 2


# --- contacts: the person of a firm we named when asked who else uses it


@pytest.mark.parametrize(
    "text",
    [
        "Acme, Amara Okafor, the CMO. She asked who else uses it so I said Sonron, and she will call their ops "
        "director Derek Mills herself.",
        "Initech. Jo Hart, CFO. I mentioned Globex and she wants to ring their COO Nina Wolf.",
        "Umbrella, Lina Park (VP ops). We named Hooli, and she knows their CTO, Raj Mehta.",
    ],
)
def test_person_of_the_firm_we_named_is_left_out(text: str) -> None:
    assert len(_read(text).contacts) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Acme, Amara Okafor, the CMO. I said Sonron is a good fit too. Their CFO Derek Mills joins the call.",
        "Initech. I mentioned the pricing; their CFO Nina Wolf wants it in writing. Jo Hart is IT lead.",
    ],
)
def test_people_outside_the_named_firm_sentence_are_kept(text: str) -> None:
    assert len(_read(text).contacts) == 2


# --- contacts: a title that runs into the next sentence's "a guy from <rival>" is no title at the rival


@pytest.mark.parametrize(
    "text",
    [
        "Initech. Joanna Park, VP ops. A guy from Kestrel CRM was in their lobby.",
        "Acme: Ana Lund, head of finance. Someone from Lumora called her too.",
        "Globex - Tom Berg, IT lead. Rep from Quorvia was there.",
    ],
)
def test_title_not_read_across_a_sentence(text: str) -> None:
    assert len(_read(text).contacts) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Acme. Met Rick Dorsey (Account Exec at Lumora) at the fair.",  # placed at the rival in his own brackets
        "Initech. Jo Ames, Sr. Account Manager at Quorvia, came by.",  # an abbreviation's stop, not a sentence's end
    ],
)
def test_titled_at_a_rival_still_left_out(text: str) -> None:
    assert _read(text).contacts == []


# --- contacts: a foreign title glossed with "the"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Acme. I talk with Lucía Ortega, she is the directora de operaciones, the operations director.",
         "Lucía Ortega", "operations director"),
        ("Initech: Jonas Feldkamp, Leiter Einkauf, the head of purchasing.", "Jonas Feldkamp", "head of purchasing"),
        ("Globex, Ana Souza, diretora financeira, the finance director, wants pricing.", "Ana Souza",
         "finance director"),
    ],
)  # fmt: skip
def test_foreign_title_glossed_with_the(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an English title: what follows is another remark, not its gloss
        ("Acme. Ana Lund, head of finance, the main contact, wants pricing.", "Ana Lund", "head of finance"),
        ("Initech: Tom Berg, CFO, the one who signs.", "Tom Berg", "CFO"),
    ],
)
def test_english_title_keeps_its_words(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role
