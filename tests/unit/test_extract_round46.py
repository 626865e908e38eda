"""Classes behind the misses of the blind46 set (tests/evals/extract_blind46.jsonl), each with near-miss negatives:
a title after a verb's particle ("brought X along, analyst"), a title after a "he's ..." clause, a speaker filing
their own title ("put me down as ...", "I'm in finance"), a clipped title word ("data eng"), a foreign title with
its English gloss, a deal's paper named in a subject line, a leaver said so in the next sentence, a unit price
with its count after it (digits spoken one by one too), a new count "at the same" unit price, a correction in
spoken hundreds ("three-sixty"), the option a note says to log, a held price said without its thousands, a new
close date after "now she says", a bare deadline glossed after a comma, the writer's step said as "the thing I
have to do is ...", and a price held that is no step."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_NOW = date(2017, 5, 10)  # a Wednesday
_ACCOUNTS = ("Acme", "Initech", "Umbrella")


def _read(text: str, now: date = _NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS))


def _people(text: str) -> dict[str, str | None]:
    return {str(c["name"]): c["role"] for c in _read(text).contacts}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a verb's particle before the comma and the title
        ("Acme visit. Their COO brought Rhea Kapoor along, sales analyst, to take notes.", "Rhea Kapoor",
         "sales analyst"),
        ("Acme: we had Ivo Lund over, plant manager, for the walkthrough.", "Ivo Lund", "plant manager"),
        # a title after a clause said with "he's"/"she's"
        ("Acme: Dev Kumar, he's the one who approves spend, CFO, liked the deck.", "Dev Kumar", "CFO"),
        ("Acme: Mona Reyes, she's the person who runs the depots, ops director, wants a pilot.", "Mona Reyes",
         "ops director"),
        # a clipped title word
        ("Acme call.\nKaia Lind (Acme, data eng): the connector works for us.", "Kaia Lind", "data eng"),
        # a foreign title glossed in English
        ("Acme: good call with Ivo Hansen, innkjøpssjef (head of purchasing). Demo next week.", "Ivo Hansen",
         "head of purchasing"),
        ("Thanks for the offer.\n\nBest regards\nGreta Vogel\nLeiterin Vertrieb (Head of Sales)\nAcme GmbH",
         "Greta Vogel", "Head of Sales"),
    ],
)  # fmt: skip
def test_titles(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an English title keeps what it says in brackets; a name before brackets is no foreign title
        ("Acme: call with Ivo Hansen, Sales Director (EMEA), on pricing.", "Ivo Hansen", "Sales Director"),
        ("Hi Kari, Ana Lund (CFO) wants 10 seats at Acme.", "Ana Lund", "CFO"),
        # a particle with no title after it, a clause with no title after it
        ("Acme: we brought Rhea Kapoor along, then ran the demo.", "Rhea Kapoor", None),
        ("Acme: Dev Kumar, he's the one who approves spend, liked the deck.", "Dev Kumar", None),
    ],
)
def test_no_wrong_titles(text: str, name: str, role: str | None) -> None:
    assert _people(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Acme call.\nPia Holm: For your records, put me down as buying lead.\nTom Ek (ourteam): Will do.",
         "Pia Holm", "buying lead"),
        ("Acme call.\nPia Holm: Hi. I'm in procurement, Rolf runs IT.\nTom Ek (ourteam): Great.", "Pia Holm",
         "procurement"),
        ("Acme call.\nPia Holm: I work in finance and sign the POs.\nTom Ek (ourteam): Great.", "Pia Holm",
         "finance"),
    ],
)  # fmt: skip
def test_speaker_files_own_title(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


@pytest.mark.parametrize(
    "text",
    [
        "Acme call.\nPia Holm: I'm in finance meetings all week.\nTom Ek (ourteam): Understood.",
        "Acme call.\nPia Holm: Honestly I'm in it for the reporting.\nTom Ek (ourteam): Understood.",
        "Acme call.\nPia Holm: Put me down for the demo on Friday.\nTom Ek (ourteam): Done.",
    ],
)
def test_no_speaker_title(text: str) -> None:
    assert _people(text).get("Pia Holm") is None


def test_paper_in_a_subject_is_no_person() -> None:
    people = _people("Subject: Signed - Framework Agreement AC-2231\n\nAcme: Lea Brandt (COO) sent it back today.")
    assert people == {"Lea Brandt": "COO"}


def test_words_naming_a_paper_are_no_person() -> None:
    people = _people("Re: Harbor Cove Agreement\n\nAcme: Lea Brandt (COO) has two questions on it.")
    assert people == {"Lea Brandt": "COO"}


def test_person_before_a_paper_word_in_lower_case_stays() -> None:
    assert _people("Acme: Lea Brandt agreement is close; Lea Brandt (COO) signs.") == {"Lea Brandt": "COO"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme: ran into Ivo Lind at the expo. He used to run their IT but left for Initech in March.",
        "Acme: bumped into Ivo Lind today. She has left the company, sadly.",
    ],
)
def test_leaver_said_in_next_sentence(text: str) -> None:
    assert "Ivo Lind" not in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Acme: met Ivo Lind (CFO) at the expo. She said the old CTO retired.",  # someone else retired
        "Acme: met Ivo Lind (CFO) at the expo. She used to run IT at Initech.",  # a past job, no leaving
    ],
)
def test_no_leaver_in_next_sentence(text: str) -> None:
    assert _people(text).get("Ivo Lind") == "CFO"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a unit price, its count after it
        ("Acme: ok on GTX Basic at 480 a seat for 30 seats. Decision Friday.", 14400),
        ("Acme: they take MG Special, $1,250 per user, twelve users.", 15000),
        # digits spoken one by one
        ("Acme call: so that's two-oh-four-five a head, eight heads, fine by them.", 16360),
        # a new count at the same unit price
        ("Acme: they can't do 30 users. Please make it 18 users at the same $480.", 8640),
        # a correction in spoken hundreds
        ("Acme voice memo: the number is two hundred and ten k, sorry, two-forty, they added a site.", 240000),
        # the option the note says to log
        ("Acme options: A) 4 seats $4,400, B) 8 seats $8,800, C) 16 seats $17,600. Log the middle option.", 8800),
        ("Acme options: 1) GTX Basic $9,000 2) GTX Pro $14,000. Log option 1.", 9000),
        # a held price said without its thousands, scaled by a rival's figure
        ("Acme call. Lumora quoted them 30k. Ours is higher but they like the API. We'll hold 33.5.", 33500),
    ],
)
def test_amounts(text: str, amount: float) -> None:
    assert _read(text).amount == amount


@pytest.mark.parametrize(
    ("text", "not_amount"),
    [
        ("Acme: GTX Basic at 480 a seat per month for 30 seats.", 14400),  # a monthly price
        ("Acme: they paid 480 a seat for 30 seats last year.", 14400),  # last year's spend
        ("Acme: ticket #3391 a seat for 30 seats.", 3391 * 30),  # a code's digits
        # options liked, none ordered logged
        ("Acme: A) 4 seats $4,400, B) 8 seats $8,800, C) 16 seats $17,600. He liked the middle option.", 8800),
        ("Acme call. Lumora quoted them 30k. We'll hold 3 workshops.", 3000),  # a count held, no price
    ],
)
def test_no_wrong_amount(text: str, not_amount: float) -> None:
    assert _read(text).amount != not_amount


@pytest.mark.parametrize(
    ("text", "now", "close"),
    [
        ("Acme memo. The date moved: it was end of the quarter, now he says end of February.", date(2017, 12, 6),
         date(2018, 2, 28)),
        ("acme vm: she said by the 2nd, meaning next month as we're past it. send the quote", date(2017, 5, 10),
         date(2017, 6, 2)),
    ],
)  # fmt: skip
def test_close_dates(text: str, now: date, close: date) -> None:
    assert _read(text, now).close_date == close


@pytest.mark.parametrize(
    "text",
    [
        "Acme memo: now he says next week works for the demo.",  # a meeting's day
        "Acme memo: she said by the way that the demo went well.",  # no deadline
    ],
)
def test_no_close_date(text: str) -> None:
    assert _read(text).close_date is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("acme voice note, long day, the one thing I really have to do is draft her the pilot plan, then sleep",
         "pilot plan"),
        ("Acme call.\nPia Holm: I need your pen-test report before I approve.\nTom Ek (ourteam): I'll send it Monday."
         "\nPia Holm: Good.\nTom Ek (ourteam): And we'll hold 33.5.", "pen-test report"),
    ],
)  # fmt: skip
def test_next_steps(text: str, word: str) -> None:
    assert word in (_read(text).next_step or "")


@pytest.mark.parametrize(
    "text",
    [
        "Acme: all I can do is wait for their board.",  # no action
        "Acme: we'll hold the price until June.",  # a price kept
    ],
)
def test_no_next_step(text: str) -> None:
    assert _read(text).next_step is None
