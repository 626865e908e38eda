"""Classes behind the misses of the blind57 set (tests/evals/extract_blind57.jsonl), each with near-miss negatives:
a purchase order in hand as Won; "closed lost" beside "signed w/ <rival>" as Lost; a denied outcome ("NOT closed
won") as no stage; a French, Spanish or German past signing and its day; a decimal comma before a scale and "mm"
for million; "ns - <step>" with a dash; a Spanish or French courtesy title with a full stop kept on the name; "GF"
as a German title; a rival's name split in two after another word; another account held up to the customer
("told them X is live") as a mention in passing."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update
from memory.extract.fields import KNOWN_COMPETITORS
from memory.extract.rival_spellings import respell_rivals

_ACCOUNTS = ("Acme", "Initech", "Umbrella", "Globex")
_NOW = date(2017, 5, 10)  # a Wednesday


def _read(text: str, now: date = _NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS), people_to_ignore=["Sam Rivera"])


def _contacts(text: str) -> list[tuple[str, str | None]]:
    return [(c["name"] or "", c["role"]) for c in _read(text).contacts]


# --- stage


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the customer's order arrived
        ("Initech: their purchase order is in hand, 30k for the pilot site. kickoff next week", "Won"),
        ("Acme quick one - PO in hand!! 12 seats, kickoff Monday.", "Won"),
        ("Globex. Signed purchase order arrived this afternoon. onboarding call Fri", "Won"),
        # hard negatives: an order awaited, asked for, or denied
        ("Acme: no PO in hand yet, procurement still reviewing.", None),
        ("Initech - waiting on the signed PO before we can book it.", None),
        ("Globex: need the signed PO by Friday or it slips.", None),
    ],
)
def test_an_order_in_hand_is_won(text: str, expected: str | None) -> None:
    assert _read(text).stage == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outcome named, the customer said to have signed with a rival in lower case
        ("closed lost: Initech. their CFO called, they signed w/ stackline on price.", "Lost"),
        ("Acme gone - they signed with lumora after all.", "Lost"),
        # hard negatives: signed with us / with them is no rival chosen
        ("Acme: they signed w/ us this morning!!", "Won"),
        ("Globex update: they signed with them last year, now renewing with us. call Tue", None),
    ],
)
def test_closed_lost_beats_a_rival_signing(text: str, expected: str | None) -> None:
    assert _read(text).stage == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denied outcome states no stage
        ("Umbrella: not closed lost, despite what the dashboard shows. budget paused till June.", None),
        ("Initech is NOT closed-lost, Priya (CFO) still wants a call.", None),
        # hard negatives: the outcome said, or an unrelated "not" earlier in the sentence
        ("Umbrella: closed lost, they went dark and the budget is gone.", "Lost"),
        ("Not great news: Acme closed lost today.", "Lost"),
    ],
)
def test_a_denied_loss_is_no_stage(text: str, expected: str | None) -> None:
    assert _read(text).stage == expected


@pytest.mark.parametrize(
    ("text", "stage", "close"),
    [
        # a past signing in French, Spanish or German, with its day
        ("Globex : elles ont signé aujourd'hui, 14k annuel.", "Won", date(2017, 5, 10)),
        ("Acme: por fin firmaron esta mañana. 9k.", "Won", date(2017, 5, 10)),
        ("Initech: sie haben heute unterschrieben! 20k.", "Won", date(2017, 5, 10)),
        # hard negatives: a signing to come, or wished for
        ("Globex : ils vont signer la semaine prochaine, 14k.", None, None),
        ("Acme: quieren firmar pronto. 9k.", None, None),
        ("Initech: sie wollen bald unterschreiben. 20k.", None, None),
    ],
)
def test_a_foreign_signing_is_won(text: str, stage: str | None, close: date | None) -> None:
    update = _read(text)
    assert (update.stage, update.close_date) == (stage, close)


# --- amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal comma before a scale; "mm" for million after a decimal or a dollar sign
        ("Acme: Jahresvertrag über 18,4k, Unterschrift Ende Juni.", 18400),
        ("Initech: budget confirmed, log 2.35mm for the rollout.", 2350000),
        ("Globex asked for a $3mm ceiling on the three-year deal.", 3000000),
        # hard negatives: thousands separators and millimetres
        ("Acme: 18,450 for the annual licences.", 18450),
        ("Initech wants the 5mm brackets too, 12k total.", 12000),
        ("Globex order: 40 units at 2,500 each = 100,000.", 100000),
    ],
)
def test_money_forms(text: str, expected: float) -> None:
    assert _read(text).amount == expected


# --- next step


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme. Spoke w/ Dana, keen. ns - ROI model", "ROI model"),
        ("Initech call done.\nNS — security review slot", "security review"),
        ("Globex: pricing agreed. ns -- order form draft", "order form"),
    ],
)
def test_a_dashed_step_label(text: str, expected: str) -> None:
    assert expected in (_read(text).next_step or "")


@pytest.mark.parametrize(
    "text",
    [
        # hard negatives: a dash after a word ending in "ns", or "ns" mid-sentence
        "Acme: DNS - migration done on their side. nothing else.",
        "Initech: the lens - a product they make - is doing well.",
    ],
)
def test_no_dashed_step_label(text: str) -> None:
    assert _read(text).next_step is None


# --- contacts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: hablé con la Srta. Rivas (directora de TI). quieren demo.", [("Srta. Rivas", "directora de TI")]),
        ("Globex : RDV avec Mme. Lefort (DSI), très positive.", [("Mme. Lefort", "DSI")]),
        ("Initech: Anruf mit Frau Keller (GF), 8k, Entscheidung Ende Mai.", [("Frau Keller", "GF")]),
        # hard negatives: an English title with a stop stays off (the surname alone), and no title, no prefix
        ("Acme: call with Dr. Patel (CFO) went well.", [("Patel", "CFO")]),
        ("Globex: hablé con Rivas (directora de TI).", [("Rivas", "directora de TI")]),
    ],
)
def test_courtesy_titles_and_gf(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _contacts(text) == expected


# --- competitors and account


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ils regardent aussi bright wave et Quorvia", "ils regardent aussi brightwave et Quorvia"),
        ("they compare us with stack line and others", "they compare us with stackline and others"),
        # hard negatives: the split words followed by more letters, or no split of a known name
        ("the north peaks of the range", "the north peaks of the range"),
        ("a bright waveform", "a bright waveform"),
    ],
)
def test_a_split_rival_after_another_word(text: str, expected: str) -> None:
    assert respell_rivals(text, KNOWN_COMPETITORS).lower() == expected.lower()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another account held up to the customer as proof: a mention in passing
        ("Re Initech - told them Globex is live and happy. ns: send Globex case study", "Initech"),
        ("Re Umbrella — showed him Acme on the same plan, all good. ns: Acme references", "Umbrella"),
        # hard negatives: the account the note is about, told something
        ("Acme: told them Globex pricing won't change. Globex wants 20k, sign in June.", "Globex"),
        ("Initech - told them we'd send the quote. Initech will decide Friday.", "Initech"),
    ],
)
def test_an_account_held_up_as_proof(text: str, expected: str) -> None:
    assert _read(text).account == expected
