"""Extraction rules (LABELS.md section 3): money, dates against the note's time, people, and the eval."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from bot.cli import main
from bot.evals.extract import field_right, run_extract
from memory.extract import DealUpdate, extract_update
from memory.extract.dates import find_dates
from memory.extract.numbers import find_money
from memory.extract.typos import fix_typos
from tests.conftest import SHARED_DATA, SHARED_EVALS, need

ROOT = Path(__file__).resolve().parent.parent.parent
DEV = SHARED_EVALS / "dev" / "extract.jsonl"
EXTRA = ROOT / "tests" / "evals" / "extract_extra.jsonl"
# the sets each score is held to; the blind ones were written without the code (their first run noted)
SETS = {
    "dev": DEV,
    "extra": EXTRA,
    "blind3": ROOT / "tests" / "evals" / "extract_blind3.jsonl",  # first run rate=0.914
    "blind4": ROOT / "tests" / "evals" / "extract_blind4.jsonl",  # first run rate=0.857
    "blind5": ROOT / "tests" / "evals" / "extract_blind5.jsonl",  # first run rate=0.843
    "blind6": ROOT / "tests" / "evals" / "extract_blind6.jsonl",  # first run rate=0.867
    "blind7": ROOT / "tests" / "evals" / "extract_blind7.jsonl",  # first run rate=0.893
    "blind8": ROOT / "tests" / "evals" / "extract_blind8.jsonl",  # first run rate=0.919
    "blind9": ROOT / "tests" / "evals" / "extract_blind9.jsonl",  # first run rate=0.910
    "blind10": ROOT / "tests" / "evals" / "extract_blind10.jsonl",  # first run rate=0.929
    "blind11": ROOT / "tests" / "evals" / "extract_blind11.jsonl",  # first run rate=0.886
    "blind12": ROOT / "tests" / "evals" / "extract_blind12.jsonl",  # first run rate=0.871
    "blind13": ROOT / "tests" / "evals" / "extract_blind13.jsonl",  # first run rate=0.924; b13-019 mislabelled
    "blind14": ROOT / "tests" / "evals" / "extract_blind14.jsonl",  # first run rate=0.966
    "blind15": ROOT / "tests" / "evals" / "extract_blind15.jsonl",  # first run rate=0.977
    "blind16": ROOT / "tests" / "evals" / "extract_blind16.jsonl",  # first run rate=0.960
    "blind17": ROOT / "tests" / "evals" / "extract_blind17.jsonl",  # first run rate=0.971
    "blind18": ROOT / "tests" / "evals" / "extract_blind18.jsonl",  # first run rate=0.931; 2 cases left (see commit)
    "blind19": ROOT / "tests" / "evals" / "extract_blind19.jsonl",  # first run rate=0.977
    "blind20": ROOT / "tests" / "evals" / "extract_blind20.jsonl",  # first run rate=0.977
    "blind21": ROOT / "tests" / "evals" / "extract_blind21.jsonl",  # first run rate=0.971
    "blind22": ROOT / "tests" / "evals" / "extract_blind22.jsonl",  # first run rate=0.954
    "blind23": ROOT / "tests" / "evals" / "extract_blind23.jsonl",  # first run rate=0.977
    "blind24": ROOT / "tests" / "evals" / "extract_blind24.jsonl",  # first run rate=0.869
    "blind25": ROOT / "tests" / "evals" / "extract_blind25.jsonl",  # first run rate=0.949
    "blind26": ROOT / "tests" / "evals" / "extract_blind26.jsonl",  # first run rate=0.914
    "blind27": ROOT / "tests" / "evals" / "extract_blind27.jsonl",  # first run rate=0.886
    "blind28": ROOT / "tests" / "evals" / "extract_blind28.jsonl",  # first run rate=0.880
    "blind29": ROOT / "tests" / "evals" / "extract_blind29.jsonl",  # first run rate=0.897
    "blind30": ROOT / "tests" / "evals" / "extract_blind30.jsonl",  # first run rate=0.914
    "blind31": ROOT / "tests" / "evals" / "extract_blind31.jsonl",  # first run rate=0.926
    "blind32": ROOT / "tests" / "evals" / "extract_blind32.jsonl",  # first run rate=0.920
    "blind33": ROOT / "tests" / "evals" / "extract_blind33.jsonl",  # first run rate=0.903
    "blind34": ROOT / "tests" / "evals" / "extract_blind34.jsonl",  # first run rate=0.905
    "blind35": ROOT / "tests" / "evals" / "extract_blind35.jsonl",  # first run rate=0.900
    "blind36": ROOT / "tests" / "evals" / "extract_blind36.jsonl",  # first run rate=0.790
    "blind37": ROOT / "tests" / "evals" / "extract_blind37.jsonl",  # first run rate=0.919
    "blind38": ROOT / "tests" / "evals" / "extract_blind38.jsonl",  # first run rate=0.943
    "blind39": ROOT / "tests" / "evals" / "extract_blind39.jsonl",  # first run rate=0.967, now 1.000
    "blind40": ROOT / "tests" / "evals" / "extract_blind40.jsonl",  # first run rate=0.961, now 1.000
    "blind41": ROOT / "tests" / "evals" / "extract_blind41.jsonl",  # first run rate=0.977, now 1.000
    "blind42": ROOT / "tests" / "evals" / "extract_blind42.jsonl",  # first run rate=0.981, now 1.000
    "blind43": ROOT / "tests" / "evals" / "extract_blind43.jsonl",  # first run rate=0.954, now 1.000
    "blind44": ROOT / "tests" / "evals" / "extract_blind44.jsonl",  # first run rate=0.857, now 1.000
    "blind45": ROOT / "tests" / "evals" / "extract_blind45.jsonl",  # first run rate=0.834, now 0.983
    "blind46": ROOT / "tests" / "evals" / "extract_blind46.jsonl",  # first run rate=0.896, now 1.000
    "blind47": ROOT / "tests" / "evals" / "extract_blind47.jsonl",  # first run rate=0.942, now 1.000
    "blind48": ROOT / "tests" / "evals" / "extract_blind48.jsonl",  # first run rate=0.886, now 0.989
    "blind49": ROOT / "tests" / "evals" / "extract_blind49.jsonl",  # first run rate=0.929, now 1.000
    "blind50": ROOT / "tests" / "evals" / "extract_blind50.jsonl",  # first run rate=0.913, now 1.000
    "blind51": ROOT / "tests" / "evals" / "extract_blind51.jsonl",  # first run rate=0.929, now 0.962
    "blind52": ROOT / "tests" / "evals" / "extract_blind52.jsonl",  # first run rate=0.957, now 1.000
    "blind53": ROOT / "tests" / "evals" / "extract_blind53.jsonl",  # first run rate=0.923, now 1.000
    "blind54": ROOT / "tests" / "evals" / "extract_blind54.jsonl",  # first run rate=0.842, now 1.000
    "blind55": ROOT / "tests" / "evals" / "extract_blind55.jsonl",  # first run rate=0.806, now 0.939
    "blind56": ROOT / "tests" / "evals" / "extract_blind56.jsonl",  # first run rate=0.897, now 1.000
    "blind57": ROOT / "tests" / "evals" / "extract_blind57.jsonl",  # first run rate=0.937, now 1.000
    "blind58": ROOT / "tests" / "evals" / "extract_blind58.jsonl",  # first run rate=0.862
    "blind59": ROOT / "tests" / "evals" / "extract_blind59.jsonl",  # first run rate=0.939, now 1.000
    "blind60": ROOT / "tests" / "evals" / "extract_blind60.jsonl",  # first run rate=0.963, now 1.000
    "blind61": ROOT / "tests" / "evals" / "extract_blind61.jsonl",  # first run rate=0.942, now 0.974
    "blind62": ROOT / "tests" / "evals" / "extract_blind62.jsonl",  # first run rate=0.959, now 1.000
    "blind63": ROOT / "tests" / "evals" / "extract_blind63.jsonl",  # first run rate=0.842, written blind
    # first run 0.883, now 1.000; two labels fixed: e64-019 names no account, e64-027's "end of next month" on Aug 31
    "blind64": ROOT / "tests" / "evals" / "extract_blind64.jsonl",
    "blind65": ROOT / "tests" / "evals" / "extract_blind65.jsonl",  # first run rate=0.929, now 1.000
    "blind66": ROOT / "tests" / "evals" / "extract_blind66.jsonl",  # first run rate=0.948, now 1.000
    "blind67": ROOT / "tests" / "evals" / "extract_blind67.jsonl",  # first run rate=0.957, now 1.000
    "blind68": ROOT / "tests" / "evals" / "extract_blind68.jsonl",  # first run rate=0.882, now 0.996
    "blind69": ROOT / "tests" / "evals" / "extract_blind69.jsonl",  # first run rate=0.946, now 1.000
    "blind70": ROOT / "tests" / "evals" / "extract_blind70.jsonl",  # first run rate=0.921, now 0.996
    "blind71": ROOT / "tests" / "evals" / "extract_blind71.jsonl",  # first run rate=0.886, now 1.000
    "blind72": ROOT / "tests" / "evals" / "extract_blind72.jsonl",  # first run rate=0.938, now 1.000
    "blind73": ROOT / "tests" / "evals" / "extract_blind73.jsonl",  # first run rate=0.933, now 1.000
    "blind74": ROOT / "tests" / "evals" / "extract_blind74.jsonl",  # first run rate=0.846, now 0.986
}
MAVEN = SHARED_DATA / "crm_maven"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("about 40k, maybe $1.2M", [40_000, 1_200_000]),
        ("ninety-five hundred all in", [9_500]),
        ("sixty-two and a half thousand", [62_500]),
        ("half a million", [500_000]),
        ("thirty grand, 26,768 and 3 licences of GTK 500 in 2017", [30_000, 26_768]),
        ("forty... sorry, forty-five thousand", [45_000]),
        ("ten percent off, x12, Q3", []),
        ("your piece is about eleven k", [11_000]),  # a spelled number scaled by a bare "k"
        ("thirty two and a half k for the seats", [32_500]),
        ("a k, twelve k-means", []),
    ],
)
def test_money(text: str, values: list[int]) -> None:
    assert [m.value for m in find_money(text)] == values


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("by the end of the quarter", "2017-08-09", "2017-09-30"),
        ("next Friday", "2017-07-14", "2017-07-21"),  # a Friday: the next one is a week on
        ("next Fri", "2017-05-03", "2017-05-05"),
        ("mid-August", "2017-08-02", "2017-08-15"),
        ("by the 20th", "2017-10-23", "2017-11-20"),  # passed this month
        ("by the 20th", "2017-10-03", "2017-10-20"),
        ("in Q1", "2017-11-01", "2018-03-31"),  # ended this year: next year's
        ("next quarter", "2017-11-02", "2018-03-31"),
        ("in a fortnight", "2017-07-14", "2017-07-28"),
        ("end of next month", "2017-01-25", "2017-02-28"),
        ("fiscal year ends in June", "2017-05-02", "2017-06-30"),
        ("close by December 15", "2017-11-20", "2017-12-15"),
        ("this afternoon", "2017-04-28", "2017-04-28"),
        ("sign by 4/28", "2017-03-29", "2017-04-28"),  # no year: month first with a slash
        ("finish before 30.11 because", "2017-11-08", "2017-11-30"),  # day first with a dot
        ("a decision in 3 wks", "2017-06-01", "2017-06-22"),
        ("by december twentieth", "2017-12-01", "2017-12-20"),  # spelled ordinals
        ("by the twenty-first", "2017-05-10", "2017-05-21"),
        ("on the third of March", "2017-02-01", "2017-03-03"),
    ],
)
def test_dates(text: str, now: str, expected: str) -> None:
    assert [d.value.isoformat() for d in find_dates(text, date.fromisoformat(now))] == [expected]


@pytest.mark.parametrize("text", ["we may first need approval", "by 3.5 points", "up 1.25 on the day"])
def test_not_dates(text: str) -> None:
    assert find_dates(text, date(2017, 5, 10)) == []


def test_a_win_or_loss_dates_bare_days_back() -> None:
    now = date(2017, 10, 5)
    assert [d.value for d in find_dates("signed on the 3rd", now, past=True)] == [date(2017, 10, 3)]
    assert [d.value for d in find_dates("signed on the 3rd", now)] == [date(2017, 11, 3)]
    assert [d.value for d in find_dates("lost it on Tuesday", now, past=True)] == [date(2017, 10, 3)]
    update = extract_update("Rep note: Initech closed-won, signed on the 3rd.", now=now, accounts=["Initech"])
    assert (update.stage, update.close_date) == ("Won", date(2017, 10, 3))


def _contacts(text: str, now: date = date(2017, 5, 10), accounts: tuple[str, ...] = ("Rangreen",)) -> list[dict]:
    return extract_update(text, now=now, accounts=list(accounts)).contacts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # all-lower-case voice notes: an introduced name followed by its role
        ("voice memo rangreen uh spoke with tom becker he's the cfo over there and he said fine",
         [("Tom Becker", "cfo")]),
        ("ok rangreen had coffee with um with derek derek mills the ops director and he wants the quote",
         [("Derek Mills", "ops director")]),
        ("rangreen, spoke to procurement she's the one who decides", []),
        ("Rangreen: met Sean O'Brien (CTO) and Fiona McKenzie, their buyer.",
         [("Sean O'Brien", "CTO"), ("Fiona McKenzie", "buyer")]),
        ("Rangreen. Ola Nowak - CEO - needs it signed by the 21st.", [("Ola Nowak", "CEO")]),
        ("Thanks,\nJordan Pike | Procurement Manager | Rangreen", [("Jordan Pike", "Procurement Manager")]),
        ("Rangreen update. New CIO is Hana Novak, she's inherited the project.", [("Hana Novak", "CIO")]),
        ("Rangreen: Keiko Tanaka (CPO) confirmed. Sven from her team sat in too.",
         [("Keiko Tanaka", "CPO"), ("Sven", None)]),
        ("Hello, this is Dmitri from Rangreen, I am procurement head. Regards, Dmitri",
         [("Dmitri", "procurement head")]),
        # our staff: a speaker tag, an address at our domain, "my manager" in a rep's note
        ("Zane Levy (ourteam): Where did you land?\nMira Solberg (Head of IT, Rangreen): About eleven k.",
         [("Mira Solberg", "Head of IT")]),
        ("From: Lina Berg <lina@ourteam.example>\nTo: Omar Haddad <omar@rangreen.example>\nHi Omar, 18,500.",
         [("Omar Haddad", None)]),
        ("Rangreen signed. My manager Dustin is thrilled. Kickoff with Marcus Hale (CIO).", [("Marcus Hale", "CIO")]),
        # ...but "my"/"our" in the customer's own email are the customer's
        ("From: Omar Haddad <omar@rangreen.example>\n\nHi, my colleague Sara Nilsson (procurement) sends the PO.",
         [("Omar Haddad", None), ("Sara Nilsson", "procurement")]),
        # the reference customer's person is not this customer's
        ("Rangreen: Yusuf Demir (head of IT) is keen. I suggested Hottechi as a reference - their admin Paul Grant "
         "offered to talk.", [("Yusuf Demir", "head of IT")]),
    ],
)  # fmt: skip
def test_contacts(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = _contacts(text, accounts=("Rangreen", "Hottechi"))
    assert sorted((c["name"], c["role"]) for c in found) == sorted(expected)


def test_deal_fields_from_terse_notes() -> None:
    update = extract_update(
        "Rangreen: list came to 21k, we knocked 1.5k off for paying upfront -> log 19.5K. Stackline is the "
        "incumbent and Pipewell quoted them too. Jane quoted them our price. Not prospecting any more, it's "
        "Engaging now, target EOQ.",
        now=date(2017, 5, 10),
        accounts=["Rangreen"],
    )
    assert (update.amount, update.close_date, update.stage) == (19_500, date(2017, 6, 30), "Engaging")
    assert update.competitors == ["Stackline", "Pipewell"]
    assert extract_update("Rangreen: we're targeting a demo next Tuesday.", now=date(2017, 5, 10)).close_date is None


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Just confirming we'll make the call on the pilot in 10 days. Could you share the onboarding plan?",
         "Could you share the onboarding plan?"),
        ("We're happy at $1.2M, provided the final contract reaches us by Wednesday. Please send it to me.",
         "We're happy at $1.2M, provided the final contract reaches us by Wednesday. Please send it to me."),
        ("she says they'll sign by 4/28 and uh next thing is i set up the admin training session",
         "she says they'll sign by 4/28 and uh next thing is i set up the admin training session"),
        ("stage: prospecting still. follow up after their offsite", "follow up after their offsite"),
        ("Subject: Next steps\n\nHi Omar. Could you confirm the PO number by Friday?",
         "Could you confirm the PO number by Friday?"),
        ("Jane is the incumbent's biggest fan. Send nothing yet.", None),
    ],
)  # fmt: skip
def test_next_step(text: str, step: str | None) -> None:
    assert extract_update(text, now=date(2017, 2, 3)).next_step == step


def test_close_date_from_a_decision_phrase() -> None:
    text = "Just confirming we'll make the call on the GTX Pro pilot in 10 days. The PO will be twelve thousand."
    update = extract_update(text, now=date(2017, 2, 3))
    assert (update.close_date, update.amount) == (date(2017, 2, 13), 12_000)


def test_update_ignores_competitor_prices_our_staff_and_people_elsewhere() -> None:
    update = extract_update(
        "Rangreen. Viktor Lund (VP Sales) says Stackline quoted them 18k; we're at 22.5k. Raj from our SE team "
        "joins. I offered Derek Mills at Sonron as a reference. Decision in three weeks. Next step: pricing call.",
        now=date(2017, 6, 6),
        accounts=["Rangreen", "Sonron"],
    )
    assert (update.account, update.amount, update.close_date) == ("Rangreen", 22_500, date(2017, 6, 27))
    assert update.contacts == [{"name": "Viktor Lund", "role": "VP Sales"}]
    assert update.competitors == ["Stackline"] and "pricing" in (update.next_step or "")


def test_nothing_stated_means_null() -> None:
    update = extract_update("Met Stefan Ilic briefly. Nice chat.", now=date(2017, 1, 1), accounts=["Kan-code"])
    assert (update.amount, update.close_date, update.stage, update.next_step) == (None, None, None, None)
    assert update.competitors == [] and update.empty is False  # a contact was named


def _update(text: str, now: str = "2017-05-10") -> DealUpdate:
    return extract_update(text, now=date.fromisoformat(now), accounts=["Rangreen", "Hottechi", "Zotware"])


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # spoken decimals and quarters of a scale
        ("one point one five million for the lot", [1_150_000]),
        ("about two point five mil", [2_500_000]),
        ("a quarter of a million dollars", [250_000]),
        ("two and a quarter million", [2_250_000]),
        ("three quarters of a million", [750_000]),
        ("a million and a quarter for the seats", [1_250_000]),
        ("$4 billion in sales", [4_000_000_000]),
        # near misses: a quarter of time, a point in a talk, an id after "#"
        ("end of the quarter, fifty thousand", [50_000]),
        ("a quarter of the budget", []),
        ("at this point five hundred", [500]),
        ("ticket #1631958", []),
    ],
)
def test_money_spoken_fractions(text: str, values: list[int]) -> None:
    assert [m.value for m in find_money(text)] == values


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the result of a sum is the deal's value, the unit price is not
        ("Rangreen: three GTK 500s at 26,768 each = 80,304.", 80_304),
        ("Rangreen: 12 seats x 1,500 which comes to 18,000.", 18_000),
        # a figure for another opportunity ranks below this deal's
        ("Rangreen signed: 21,928. A phase two next year, maybe another 50k, but that's a separate opp.", 21_928),
        ("Rangreen: 30k now; an upsell of another 20k next year is a separate deal.", 30_000),
        # the quoted history of a reply is superseded by the reply
        ("From: Omar Haddad <omar@rangreen.example>\n\nThe revised figure of $16,965 works.\n\n"
         "> On 24 Jul 2017, Lina wrote:\n> Our quote: $18,000 for five licences.", 16_965),
        # a voice note's run-on sentence: the competitor belongs to the next spoken clause
        ("rangreen so the number we landed on is one point one five million for the lot um tellurix is the "
         "incumbent", 1_150_000),
        ("rangreen um two and a quarter million for the fleet um northpeak came in around 1.9", 2_250_000),
    ],
)  # fmt: skip
def test_amount_classes(text: str, amount: int) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("they'd sign in about three weeks give or take", "2017-03-22", "2017-04-12"),  # a hedged count
        ("decision in roughly a fortnight", "2017-07-14", "2017-07-28"),
        ("the board picked NorthPeak on Friday 8 December", "2017-12-11", "2017-12-08"),  # a weekday leads
        ("meeting on Tue, Oct 3", "2017-09-20", "2017-10-03"),
    ],
)
def test_dates_more_forms(text: str, now: str, expected: str) -> None:
    assert [d.value.isoformat() for d in find_dates(text, date.fromisoformat(now))] == [expected]


def test_dates_more_forms_near_misses() -> None:
    assert find_dates("with the 3 of them", date(2017, 9, 20)) == []  # "with the" needs an ordinal
    won = find_dates("docusign completed tue 10/3", date(2017, 10, 5), past=True)
    assert [d.value for d in won] == [date(2017, 10, 3)]
    lost = find_dates("mark it lost with the 8th as the loss date", date(2017, 12, 11), past=True)
    assert [d.value for d in lost] == [date(2017, 12, 8)]


@pytest.mark.parametrize(
    ("text", "now", "stage", "close"),
    [
        # a slip: the new date after "pushed/slipped to", or "at the earliest"
        ("Rangreen: they'd said end of August; now it's end of October at the earliest.", "2017-08-28", None,
         "2017-10-31"),
        ("Rangreen: decision slipped to end of June because of the audit.", "2017-05-10", None, "2017-06-30"),
        ("Rangreen: the demo got pushed to next Friday.", "2017-05-10", None, None),  # a meeting moved
        # a go/no-go or a board's vote decides
        ("Rangreen | go/no-go on the purchase: next thurs", "2017-06-01", None, "2017-06-08"),
        ("Rangreen went with Kestrel CRM; their board voted on 6 November. Marking it Lost.", "2017-11-09",
         "Lost", "2017-11-06"),
        ("Rangreen: I hope you vote tomorrow.", "2017-05-10", None, None),  # no board, no decision
        # a won or lost deal's date is the one the outcome words point at
        ("Rangreen - we lost it. Omar called this morning: the board picked NorthPeak on Friday 8 December.",
         "2017-12-11", "Lost", "2017-12-08"),
        ("Rangreen ✅ SIGNED — docusign completed tue 10/3.", "2017-10-05", "Won", "2017-10-03"),
        ("Rangreen - countersigned Mon 5/8, 12k.", "2017-05-10", "Won", "2017-05-08"),
        # an NDA signed is not the deal signed, nor its close date
        ("Rangreen: got the mutual NDA signed this morning. Buying decision by the end of Q3.", "2017-05-18",
         None, "2017-09-30"),
        # one slip of the keyboard in a keyword
        ("Rangreen: decison in a fortnight. stage: prospectng", "2017-07-14", "Prospecting", "2017-07-28"),
    ],
)  # fmt: skip
def test_stage_and_close_date_classes(text: str, now: str, stage: str | None, close: str | None) -> None:
    update = _update(text, now)
    assert (update.stage, update.close_date.isoformat() if update.close_date else None) == (stage, close)


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Rangreen: the NDA is signed, stage stays Prospecting.", "Prospecting"),  # stays / remains
        ("Rangreen: deal remains in Engaging for now.", "Engaging"),
        ("Rangreen: not marking it lost yet, my manager wants to review.", None),  # held back
        ("Rangreen: won't move it to Engaging until they reply.", None),
        ("Rangreen: feels like we've lost this one, honestly.", None),  # a fear, not a loss
        ("Rangreen: I think we've lost them.", None),
        ("Rangreen: we lost it to NorthPeak.", "Lost"),
        ("Rangreen: contract signed yesterday.", "Won"),
        ("Rangreen: the contract is signed once legal is done.", None),
        ("Rangreen: they signed the DPA today.", None),
        ("Rangreen: once the deal is signed we start.", None),
        ("Rangreen: Not SIGNED yet.", None),
    ],
)
def test_stage_classes(text: str, stage: str | None) -> None:
    assert _update(text).stage == stage


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rangreen. Attendees: Dolores Huang, VP Supply Chain; Ken Ibarra, IT Architect",
         [("Dolores Huang", "VP Supply Chain"), ("Ken Ibarra", "IT Architect")]),  # a department is no name
        ("Rangreen: Priyanka Rao (Head of Customer Service) called.", [("Priyanka Rao", "Head of Customer Service")]),
        ("Rangreen: Maribel Osei (Managing Editor) agreed.", [("Maribel Osei", "Managing Editor")]),
        ("Rangreen: Eamon Clarke, their VP Logistics, called.", [("Eamon Clarke", "VP Logistics")]),
        # a title straight before the name
        ("Rangreen: met Head of Procurement Sara Lind and IT Director Bo Chan.",
         [("Sara Lind", "Head of Procurement"), ("Bo Chan", "IT Director")]),
        ("Rangreen: VP Customer Success Nora Fields joined.", [("Nora Fields", "VP Customer Success")]),
        # an aside after the title is not part of it; a comma inside a title is
        ("Rangreen: Piet Jansen (Finance Manager, cc'd) will raise the PO.", [("Piet Jansen", "Finance Manager")]),
        ("Rangreen: Erik Holm (VP, Sales) signed off.", [("Erik Holm", "VP, Sales")]),
        # "send Sabine our ROI calculator": Sabine is given something of ours, not one of us
        ("Rangreen. Sabine Roth (procurement) replied. Next: send Sabine our ROI calculator.",
         [("Sabine Roth", "procurement")]),
        ("Rangreen. Raj our SE joins; Omar Haddad (CFO) attends.", [("Omar Haddad", "CFO")]),
        # the reference customer's admin is not this customer's
        ("After the Hottechi reference call for Rangreen, Hottechi's admin, Chris Ponte, was praised. Rangreen "
         "side: Helga Marsh (head of analytics) is ready.", [("Helga Marsh", "head of analytics")]),
        # a capitalised heading or organisation is not a person
        ("Rangreen: the Executive Committee meets; York Independent System Operator filed.", []),
    ],
)  # fmt: skip
def test_contacts_titles_and_departments(text: str, expected: list[tuple[str, str | None]]) -> None:
    update = _update(text)
    assert update.account == "Rangreen"
    assert sorted((c["name"], c["role"]) for c in update.contacts) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the talk happened, between name and role
        ("voice note rangreen so uh i had wendell park on the phone he's their head of facilities and um they "
         "want two", [("Wendell Park", "head of facilities")]),
        # introduced by their relation to someone
        ("rangreen with ingrid solheim she's the cfo and her uh her deputy mateo ruiz who's the finance director "
         "and um", [("Ingrid Solheim", "cfo"), ("Mateo Ruiz", "finance director")]),
        # a single first name: a narrow introduction, or "'s the" with an introduction elsewhere
        ("rangreen so me and uh bea the office manager went through it again and they're good",
         [("Bea", "office manager")]),
        ("rangreen she's gonna get her boss kwame to sign it kwame's the owner um we're engaging",
         [("Kwame", "owner")]),
        ("rangreen spoke with jo the office manager she said yes", [("Jo", "office manager")]),
        # near misses: common words, pronouns, our own staff
        ("voice note rangreen pricing and scope the cfo wants it sorted", []),
        ("voice note rangreen that's the owner's call and budget's the issue", []),
        ("voice note rangreen my boss dave's the one who said so", []),
        ("voice note rangreen talked to hannah brooks she's their it manager and they want it",
         [("Hannah Brooks", "it manager")]),
    ],
)  # fmt: skip
def test_contacts_in_lower_case_voice_notes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert sorted((c["name"], c["role"]) for c in _update(text).contacts) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "contains"),
    [
        ("[09:12] kami: rangreen 20 seats\n[09:40] kami: NS for me: resend the quote with 30 seats", "quote"),
        ("Rangreen: 20k. Action for us: book the security review.", "security review"),
        # the subject line names the thread; the request is in the body
        ("Subject: Budget / next steps\n\nHi,\n\nCould you send a draft rollout plan?\n\nBest,\nRebecca",
         "rollout plan"),
        # a customer's request, with the scheduling line that follows it
        ("Our CIO would like you to give a final presentation to the committee. Please propose two dates.",
         "presentation"),
        ("Hi, could you run a workshop with the team? Please suggest a few slots.", "workshop"),
    ],
)  # fmt: skip
def test_next_step_classes(text: str, contains: str) -> None:
    assert contains in (_update(text).next_step or "")


def test_next_step_near_misses() -> None:
    assert _update("Subject: Re: next steps\n\nThanks, all good on our side.").next_step is None
    # a decision said before a request is not part of it
    step = _update("We'll make the call on the pilot in 10 days. Could you share the onboarding plan?").next_step
    assert step == "Could you share the onboarding plan?"


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("stage: prospectng, decison in a fortnight", "stage: prospecting, decision in a fortnight"),
        ("DECSION by Friday; Signiture pending; Engaing", "DECISION by Friday; Signature pending; Engaging"),
        # real words and names one slip away stay as written; two slips are not guessed
        ("enraging, decisive, decides, signatures, Engels", "enraging, decisive, decides, signatures, Engels"),
        ("desicion", "desicion"),
    ],
)
def test_keyword_typos(text: str, fixed: str) -> None:
    assert fix_typos(text) == fixed


def test_header_word_is_no_account() -> None:
    assert extract_update("Subject: Pricing / next steps\n\nHi", now=date(2017, 5, 1)).account is None


def test_field_comparison_accepts_obvious_role_expansions() -> None:
    assert field_right("contacts", [{"name": "Greta Holm", "role": "ops mgr"}],
                       [{"name": "greta holm", "role": "Operations Manager"}])  # fmt: skip
    assert not field_right("contacts", [{"name": "Greta Holm", "role": None}], [{"name": "Greta Holm", "role": "CFO"}])
    assert field_right("next_step_contains", [], []) and not field_right("next_step_contains", [], ["call them"])


# Sets not at a perfect rate, with the rate each must keep and why; every other set must stay at 1.000 (a bar
# below that once hid a regression in the risk sets).
KNOWN_EXCEPTIONS = {
    # written blind (quotes, purchase orders and renewals), first run 0.842; 0.995 after the round-64 fixes. Left:
    # e63_020 names its account nowhere (a newsroom's call; only the CRM could tell it is The New York Inquirer)
    "blind63": 0.995,
    # blind62: written blind (reps' voice notes and "log:" notes), first run 0.959; 1.000 after the round-62 fixes,
    # so no exception is kept (misses left: none)
    # written blind, first run 0.942; round 61 fixed "9 and a half k" and "jonas berg, their CFO", round 62 "kofi
    # mensah, he's ops lead", "still expecting it end of Q3" and "I'll send an invite" for the pricing call asked
    # for, round 63 a correction said without its scale a turn later, "it's, uh, Tom from ..." with "will ring him
    # back", and what a peer paid "for theirs". Left: e61_012 (a rival named for a sister company) is disputed
    "blind61": 0.995,
    # blind60: written blind, first run 0.963; 1.000 after the round-60 fixes, so no exception is kept (misses left:
    # none)
    # blind59: written blind, first run 0.939 (0.719 when first scored without the demo accounts); 1.000 after the
    # round-59 fixes, so no exception is kept (misses left: none)
    # blind58: written blind, first run 0.862; 1.000 after the round-58 fixes, so no exception is kept (misses left:
    # none)
    # e55-018/019 want facts found only in our quoted earlier mail left out (earlier sets expect the fallback to
    # them); e55-004 expects "head of" for the note's "hd of" (the role as written is "hd of finance"); e55-016 "plan
    # on the 29th" of the board's month; e55-017 "let's say end of January" with no closing word (its step, "can you
    # hold the price", fixed in round 63)
    "blind55": 0.944,
    # blind51: 1.000 after the round-63 fixes (a cut after a count priced each, a monthly price over a term, a bare
    # "660 total", a count in words, our offer asked as a question, "please copy ... on"), so no exception is kept
    "blind48": 0.994,  # eb48-13: the label trims the role as written (round 63 fixed "ola (head of support) rang")
    "blind45": 0.994,  # eb45-20: Femi's title ("taken over as"); round 63 fixed eb45-01 (price spoken "five-fifty")
    "blind38": 0.986,  # x38-015: a bare quarter corrected, no closing word; x38-018/021: role given as a joke/corrected
    "blind35": 0.967,  # x35-011: tier chosen by position; x35-010: French spelled figure; x35-012: account only
    # in a file name; x35-019: DD/MM field history; x35-001: a role given in a booking form's answer; x35-003: an
    # all-lower-case "name, title" after "//" (round 63 fixed x35-002 "1.4 mil... no" and x35-004 sandbox access)
    "blind33": 0.98,  # x33-006: Q1 said with no closing word; x33-016: French year-end, French title; x33-018: SMS
    "blind28": 0.989,  # x28-002, x28-021: the account is named nowhere in the text (only the CRM could tell)
    "blind13": 0.995,  # b13-019 is mislabelled
    "blind18": 0.989,  # b18-008: who speaks for the customer in an untagged transcript; b18-020: a scale said earlier
    "blind68": 0.996,  # eb68-010: label cuts the role "Executive Assistant to the Managing Director" as written
    "blind70": 0.996,  # eb70-007: a customer's own chat message ("my boss X (direktor)") read as a rep's "my"
    "blind74": 0.986,  # b74-017/027/037: the role is labelled in the nominative where the mail declines it ("radcy
    # prawnego", "Datenschutzbeauftragten", "müdürümüz"); b74-014: the reference call is said as "a call with the team"
}


def test_known_exceptions_name_real_sets() -> None:
    assert set(KNOWN_EXCEPTIONS) <= set(SETS)


@pytest.mark.parametrize("name", sorted(SETS))
def test_eval_sets_keep_their_rates(name: str, tmp_path: Path) -> None:
    cases = need(SETS[name])
    out = io.StringIO()
    run_extract(cases_path=cases, data_dir=need(MAVEN), predictions_path=tmp_path / "p.jsonl", out=out)
    last = out.getvalue().strip().splitlines()[-1]
    assert last.startswith("extract: ") and "rate=" in last
    assert float(last.rsplit("rate=", 1)[1]) >= KNOWN_EXCEPTIONS.get(name, 1.0), out.getvalue()
    first = json.loads((tmp_path / "p.jsonl").read_text().splitlines()[0])
    assert set(first["predicted"]) == set(json.loads(cases.read_text().splitlines()[0])["expect"])


def test_eval_extract_cli_reports_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "c.jsonl"
    good = {"id": "a", "now": "2017-03-14", "text": "Finjob: 40k, close end of the month.",
            "expect": {"account": "Finjob", "amount": 40000, "close_date": "2017-03-31"}}  # fmt: skip
    cases.write_text(json.dumps(good) + "\n{not json\n")
    assert main(["eval", "extract", "--cases", str(cases), "--data", str(need(MAVEN))]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert any(line.startswith("FAIL line 2") for line in out)
    assert out[-1].startswith("extract: cases_passed=1 cases=2") and out[-1].endswith("rate=0.300")


# Classes behind the misses of the blind6 set (tests/evals/extract_blind6.jsonl), each with near-miss negatives.
_ACCOUNTS = ["Rangreen", "Hottechi", "Globex Corporation", "Acme Corporation", "Umbrella Corporation"]


def _b6(text: str, now: str = "2017-05-10") -> DealUpdate:
    return extract_update(text, now=date.fromisoformat(now), accounts=_ACCOUNTS)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a count of units at a price each, with no total said: the count times the price
        ("Rangreen: GTX Basic for 30 techs at 550 each.", 16_500),
        ("Rangreen wants twelve seats at 1,200 per seat.", 14_400),
        ("Rangreen: 8 GTX basic @ 550, pls confirm.", 4_400),
        ("Rangreen: 5 seats @ 5,482 -> 27,410.", 27_410),  # a total said after it wins
        # near misses: "at" a total, a yearly total, a competitor's unit price, a monthly price
        ("Rangreen: please work from 12 seats at $65,784.", 65_784),
        ("Rangreen: 6 users at $5,160 per year.", 5_160),
        ("Rangreen: Stackline offered 10 seats at 400 each. We're at 9k.", 9_000),
        ("Rangreen: 20 users at $50/month.", None),
        # a figure the note withdraws is no amount; one said after it is
        ("Rangreen: the 30k we'd pencilled in was our own guess, so blank the amount.", None),
        ("Rangreen: we had 40k in the opp but that was a guess; clear the amount for now.", None),
        ("Rangreen: no number on the table any more: the 30k was ours.", None),
        ("Rangreen: remove the value. New number from Sarah is 35k.", 35_000),
        # a hyphenated fraction of a scale
        ("Rangreen: the figure is three-quarters of a million for the programme.", 750_000),
    ],
)  # fmt: skip
def test_blind6_amount_classes(text: str, amount: int | None) -> None:
    assert _b6(text).amount == amount


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # a weekday with the day of the month only: the one that falls on that weekday
        ("meets on Wednesday the 15th", "2017-03-03", "2017-03-15"),
        ("she signs mon 27th", "2017-03-20", "2017-03-27"),
        ("decision Friday the third", "2017-10-05", "2017-11-03"),  # not October's: a Tuesday
        # counted from today
        ("signature 3 weeks from today", "2017-04-19", "2017-05-10"),
        ("close is about two weeks out", "2017-03-03", "2017-03-17"),
        # a CRM export's day-month-year
        ("Close: 14-Nov-17", "2017-10-12", "2017-11-14"),
        ("closing 31-Mar-2017", "2017-03-03", "2017-03-31"),
        # a few Spanish forms
        ("quieren firmar antes de fin de mes", "2017-11-16", "2017-11-30"),
        ("antes de fin de año", "2017-03-03", "2017-12-31"),
    ],
)
def test_blind6_date_forms(text: str, now: str, expected: str) -> None:
    assert [d.value.isoformat() for d in find_dates(text, date.fromisoformat(now))] == [expected]


def test_blind6_date_near_misses() -> None:
    now = date(2017, 6, 13)
    assert find_dates("Fri 3pm works", now) == [] and find_dates("3 days out of the office", now) == []
    assert find_dates("the board decided yesterday to wait", now) == []  # only a win or loss looks back
    assert [d.value for d in find_dates("came back signed last night", now, past=True)] == [date(2017, 6, 12)]


@pytest.mark.parametrize(
    ("text", "now", "stage", "close"),
    [
        ("Rangreen contract came back fully executed, both signatures as of Mon 12 Jun.", "2017-06-13", "Won",
         "2017-06-12"),
        ("Rangreen: the order form came back executed from their legal team.", "2017-06-13", "Won", None),
        ("Rangreen: closing this out as Lost; decided at their exec meeting on 5 June.", "2017-06-13", "Lost",
         "2017-06-05"),
        ("Rangreen: moving this BACK to Prospecting, no budget authority.", "2017-06-13", "Prospecting", None),
        ("Rangreen: dropping it back to Prospecting until they have budget.", "2017-06-13", "Prospecting", None),
        ("Rangreen: signatura pendiente. Quieren firmar antes de fin de mes.", "2017-06-13", None, "2017-06-30"),
        # near misses: a stage on a condition, time or people lost, a paper executed elsewhere
        ("Rangreen: I'll flip the opp to Engaging if the demo lands, not before.", "2017-06-13", None, None),
        ("Rangreen: we lost most of the week to their migration.", "2017-06-13", None, None),
        ("Rangreen: we lost our champion last month.", "2017-06-13", None, None),
        ("Rangreen: once the contract is fully executed we kick off.", "2017-06-13", None, None),
        ("Please provide Accounting with fully executed copies.", "2017-06-13", None, None),
        ("Rangreen: we lost it to NorthPeak.", "2017-06-13", "Lost", None),
    ],
)  # fmt: skip
def test_blind6_stage_classes(text: str, now: str, stage: str | None, close: str | None) -> None:
    update = _b6(text, now)
    assert (update.stage, update.close_date.isoformat() if update.close_date else None) == (stage, close)


@pytest.mark.parametrize(
    ("text", "competitors"),
    [
        ("Rangreen: they've awarded it to Orvanta, a local reseller.", ["Orvanta"]),
        ("Rangreen: they awarded the contract to Zenbase last week.", ["Zenbase"]),
        ("Rangreen: we lost out to Pipewell on price.", ["Pipewell"]),
        # no vendor: building it themselves; a team "lost to" another in a sports pool
        ("Rangreen: it was us vs. DIY, they build in-house.", []),
        ("Baltimore lost to Denver last night; Robert picked Oakland.", []),
    ],
)
def test_blind6_competitor_classes(text: str, competitors: list[str]) -> None:
    assert _b6(text).competitors == competitors


@pytest.mark.parametrize(
    ("text", "account"),
    [
        # an account called by its name without the legal suffix, when none is named in full
        ("voice memo ok globex. so. long call, Tobias said fine.", "Globex Corporation"),
        ("Quick one on Acme: pricing accepted.", "Acme Corporation"),
        ("Rangreen needs it for their contract with Globex Corporation; Globex starts in March.", "Rangreen"),
        # near misses: the ordinary word in lower case, mid-phrase
        ("the umbrella agreement is signed. please file it.", None),
        ("Re the vendor list: we signed an umbrella agreement last year.", None),
    ],
)
def test_blind6_account_short_names(text: str, account: str | None) -> None:
    assert _b6(text).account == account


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another account's person, named by its short name
        ("Rangreen delivers for Globex Corporation (Globex's facilities director, Hank Scorpio, is strict). "
         "Our contact is Moira Quinlan, service delivery manager.", [("Moira Quinlan", "service delivery manager")]),
        # the customer named between the person and the role
        ("fwd txt from Dario Russo @ Rangreen (whse mgr): ok", [("Dario Russo", "whse mgr")]),
        ("it's Wanjiru Kamau from Rangreen, lab operations manager, returning your call",
         [("Wanjiru Kamau", "lab operations manager")]),
        # a title then the name in brackets; "the <thing> (Word" is no title
        ("Rangreen: their practice manager (Ngozi Eze) says mid-Jan.", [("Ngozi Eze", "practice manager")]),
        ("Rangreen: here is the Energy Ops Overview (Total Budget by unit).", []),
        # tenure is not part of the title; "here at <account>" is where, not what
        ("Rangreen: Our new CISO, Tunde Adebayo, must approve.", [("Tunde Adebayo", "CISO")]),
        ("I'm Rosa Lindahl, head of lab informatics here at Rangreen.", [("Rosa Lindahl", "head of lab informatics")]),
        # a signature's title line, and a name never runs across lines
        ("From: Ottilie Brandt <o@rangreen.example>\n\nBest,\nOttilie Brandt\nInterim Head of Commercial, Rangreen",
         [("Ottilie Brandt", "Interim Head of Commercial")]),
        # a field row's "Name – Title" closing the line needs a title's word
        ("Rangreen\nBuyer: Ruairi Doyle – Head of Agronomy\nComp: none known", [("Ruairi Doyle", "Head of Agronomy")]),
        ("Rangreen - Sam Lee - sales call tomorrow", [("Sam Lee", None)]),
    ],
)  # fmt: skip
def test_blind6_contact_classes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert sorted((c["name"], c["role"]) for c in _b6(text).contacts) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # our internal channel: the names labelling its lines, and the @-mentioned, are our staff
        ("Thread in #forecast-central\nMelvin Marxen: @Darcel where's Rangreen at?\nDarcel Schlecht: their "
         "practice manager (Ngozi Eze) says mid-Jan", [("Ngozi Eze", "practice manager")]),
        ("#deals-west\n[10:02] Anna Snelling: Rangreen, spoke with Ruth Abebe, their CFO\n[10:03] Moses Frase: ok",
         [("Ruth Abebe", "CFO")]),
        # a two-party call: whoever introduces themselves opposite the customer's speaker is on our side
        ("Speaker 1: I'm Rosa Lindahl, head of lab informatics here at Rangreen.\nSpeaker 2: Thanks Rosa. I'm "
         "Boris from the sales team.\nSpeaker 1: Kenji Mori, our head of QA, joins late.",
         [("Rosa Lindahl", "head of lab informatics"), ("Kenji Mori", "head of QA")]),
        # a quoted message speaks for its sender: "my boss" there is theirs; but not when the rep quotes us
        ('fwd txt from Dario Russo @ Rangreen (whse mgr): "ok w/ 8 seats. my boss Helen Frost (GM) signs mon '
         '27th"', [("Dario Russo", "whse mgr"), ("Helen Frost", "GM")]),
        ('Rangreen: I told her "our SE Raj Mehta will join the call next week".', []),
        # without a channel, a line's speaker is not ours for it
        ("Rangreen call\nRuth Abebe: we're fine at 20k", [("Ruth Abebe", None)]),
    ],
)  # fmt: skip
def test_blind6_speaker_sides(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert sorted((c["name"], c["role"]) for c in _b6(text).contacts) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "contains"),
    [
        # a question for the next move, answered on the next line
        ("#deals\nMelvin: Rangreen?\nDarcel: 20k\nMelvin: ok. next move?\nDarcel: getting them a price-hold letter",
         "letter"),
        ("Rangreen: 20k. Next action: book the onboarding call.", "onboarding"),
        # a bare "pls send asap": what to send was named just before
        ('txt from Ruth: "ok with 20k if she likes the 1-pager. pls send asap"', "1-pager"),
        # a pasted table of fields
        ("| Field | Value |\n|---|---|\n| Account | Rangreen |\n| NS | field trial with 3 agronomists |",
         "field trial"),
    ],
)  # fmt: skip
def test_blind6_next_step_classes(text: str, contains: str) -> None:
    assert contains in (_b6(text).next_step or "")


def test_blind6_next_step_near_miss() -> None:
    # "going forward" closes a sentence without asking anyone to forward anything
    text = "Attached is a draft. Please let me know if you have any comments; we will use it going forward."
    assert _b6(text).next_step == "Please let me know if you have any comments; we will use it going forward."


def test_blind6_pasted_field_table() -> None:
    text = (
        "Pasted from my pipeline review doc:\n\n| Field | Value |\n|---|---|\n| Account | Rangreen |\n"
        "| Stage | Engaging |\n| Value | USD 7.7k (14 seats) |\n| Close | 14-Nov-17 |\n| Comp | none known |"
    )
    update = _b6(text, "2017-10-12")
    assert (update.account, update.stage, update.amount) == ("Rangreen", "Engaging", 7_700)
    assert (update.close_date, update.competitors) == (date(2017, 11, 14), [])
    # a table of people is left as it is
    people = _b6("Rangreen\n| Name | Title |\n|---|---|\n| Ruth Abebe | VP Finance |").contacts
    assert people == [{"name": "Ruth Abebe", "role": "VP Finance"}]


# Classes behind the misses of the blind7 set (tests/evals/extract_blind7.jsonl), each with near-miss negatives.
_B7_ACCOUNTS = [*_ACCOUNTS, "Sonron", "J-Texon", "Genco Pura Olive Oil Company", "The New York Inquirer"]


def _b7(text: str, now: str = "2017-10-10") -> DealUpdate:
    return extract_update(text, now=date.fromisoformat(now), accounts=_B7_ACCOUNTS)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a label at the head of a clause belongs to its first figure: the old quote after it is not final
        ("Rangreen signed. Final figure 41,250: we took 1,500 off the 42,750 quote.", 41_250),
        ("Rangreen: total 18k, the 20k list price was before the discount.", 18_000),
        # the figure a correction replaces: "not X", "down from X", "instead of X"
        ("Rangreen: it's 19,284 now, not 28,926.", 19_284),
        ("Rangreen: price is 30k, down from 35k.", 30_000),
        ("Rangreen: 30k rather than the 35k we first quoted.", 30_000),
        ("Rangreen: not 20k. It is 25k.", 25_000),
        # a forwarded message is the history below the note that forwards it
        ("Rangreen: now 19,284.\n\n---------- Forwarded message ----------\nWe'd like it at 28,926.", 19_284),
        # a spoken total with its "thousand" left out, next to figures in thousands
        ("Hottechi: twenty-two thousand plus three K onboarding, so twenty-five all in, log twenty-five.", 25_000),
        ("Hottechi: quote is 22k plus 3k onboarding, log 25.", 25_000),
        ("Hottechi: 20k for the licences, call it twenty-one with the training.", 21_000),
        ("Hottechi: quote is 22k, log 12 seats for now.", 22_000),  # a count, not money
        ("Hottechi: quote is 22k. call it 3 weeks to sign.", 22_000),
        ("Hottechi: quote is 22k. A total of four passes.", 22_000),
        ("Hottechi: 500 dollars of swag, log 40.", 500),  # no figure in thousands to take the scale from
        # dots group thousands with a currency said after it (German, Spanish): "24.105 USD"
        ("Singletechno: 5x GTX Pro à 4.821 USD, also 24.105 USD gesamt.", 24_105),
        ("Rangreen: Angebot 12.500 € gesamt.", 12_500),
        ("Rangreen: $18.331 million NPV.", 18_331_000),  # a decimal with a scale
        ("Rangreen: call me on 650.281.3860.", None),  # a phone number
        # a figure imagined, not asked for
        ("Donware: IF they ever rolled it out to all depots, that could be a 400k opportunity.", None),
        ("Donware: in theory 500k one day, but today it's 40k.", 40_000),
        ("Donware: hypothetically a 1M account; nobody has asked.", None),
    ],
)  # fmt: skip
def test_blind7_amount_classes(text: str, amount: int | None) -> None:
    assert _b7(text).amount == amount


@pytest.mark.parametrize(
    ("text", "now", "close"),
    [
        # an office shut for a while is no deal closing
        ("Rangreen: out-of-office reply, offices closed until 2 January.", "2017-12-27", None),
        ("Rangreen: the plant is closed over the holidays.", "2017-12-20", None),
        ("Rangreen: they close on 2 January.", "2017-12-27", date(2018, 1, 2)),  # near miss: a close
        ("Rangreen: deal closed 12 December.", "2017-12-27", date(2017, 12, 12)),
        # German: "Ende <Monat>", "Mitte <Monat>" with a signing word
        ("Singletechno: Unterschrift bis Ende November, sagt sie.", "2017-11-06", date(2017, 11, 30)),
        ("Singletechno: Entscheidung Mitte Dezember.", "2017-11-06", date(2017, 12, 15)),
        ("Singletechno: Abschluss bis Ende März.", "2017-11-06", date(2018, 3, 31)),
    ],
)
def test_blind7_close_date_classes(text: str, now: str, close: date | None) -> None:
    assert _b7(text, now).close_date == close


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # a stage on a condition said first is not stated
        ("Acme Corporation: if they sign by the 30th, I'll mark it Won. Nothing is signed yet.", None),
        ("Acme Corporation: assuming the demo lands, we move it to Engaging.", None),
        ("Acme Corporation: demo landed, moving it to Engaging.", "Engaging"),  # near miss
    ],
)
def test_blind7_stage_classes(text: str, stage: str | None) -> None:
    assert _b7(text).stage == stage


def test_blind7_condition_keeps_the_close_date() -> None:
    text = "Acme Corporation: aiming to sign by the 30th. If they do, I'll mark it Won; NOTHING is signed yet."
    update = _b7(text, "2017-06-26")
    assert (update.stage, update.close_date) == (None, date(2017, 6, 30))


@pytest.mark.parametrize(
    ("text", "competitors"),
    [
        # a vendor named only as another account's choice is not in this deal
        ("J-Texon. She heard Sonron went with Stackline last year. For J-Texon it's us vs Lumora.", ["Lumora"]),
        ("J-Texon: Sonron uses Stackline, they say. No other vendor here.", []),
        # near misses: the vendor also named for this deal; no note account to tell them apart
        ("J-Texon: Sonron went with Stackline, and J-Texon is evaluating Stackline too.", ["Stackline"]),
        ("J-Texon: Stackline is the incumbent.", ["Stackline"]),
    ],
)
def test_blind7_competitor_classes(text: str, competitors: list[str]) -> None:
    assert _b7(text).competitors == competitors


@pytest.mark.parametrize(
    ("text", "contacts"),
    [
        # a romanised given name with a lower-case syllable
        ("Rangreen: 45 min with Hyun-woo Park, their Director of Field Operations.",
         [{"name": "Hyun-woo Park", "role": "Director of Field Operations"}]),
        ("Rangreen: met Mei-ling Chow (CFO).", [{"name": "Mei-ling Chow", "role": "CFO"}]),
        # near misses: a compound word is no given name; the field after "Director of" is no person
        ("Rangreen: Follow-up Call with Ana Ruiz (CFO).", [{"name": "Ana Ruiz", "role": "CFO"}]),
        ("Rangreen: Ana Ruiz, their Head of Field Service.", [{"name": "Ana Ruiz", "role": "Head of Field Service"}]),
        # "X, our <role>" is our staff; "X, our main contact" is theirs
        ("Rangreen: I'll set up a sizing call with Priya, our solutions engineer.", []),
        ("Rangreen: Moira Kent, our main contact there, wants a demo.", [{"name": "Moira Kent", "role": None}]),
        # ... unless the customer wrote it and signed it
        ("Hi Kary,\n\nKen Watanabe, our IT security officer, will be in touch.\n\nBest,\nYumi Sato\n"
         "Procurement Director, Rangreen",
         [{"name": "Ken Watanabe", "role": "IT security officer"},
          {"name": "Yumi Sato", "role": "Procurement Director"}]),
    ],
)  # fmt: skip
def test_blind7_contact_classes(text: str, contacts: list[dict[str, str | None]]) -> None:
    got = sorted(_b7(text).contacts, key=lambda c: str(c["name"]))
    assert got == sorted(contacts, key=lambda c: str(c["name"]))


@pytest.mark.parametrize(
    ("text", "contains"),
    [
        # a paper the customer's side requires before signing
        ("Before we can sign, our accessibility team needs your VPAT.", "VPAT"),
        ("Legal needs your DPA before anything else.", "DPA"),
        # an ask denied is no step; an "if not, please" still is
        ("Donware: nobody there has asked us for anything. Parking the idea.", None),
        ("Donware: they haven't asked for a quote yet.", None),
        ("Check the figures. If not  please forward to the relevant party.", "forward"),
    ],
)
def test_blind7_next_step_classes(text: str, contains: str | None) -> None:
    step = _b7(text).next_step
    assert (step is None) if contains is None else contains in (step or "")


@pytest.mark.parametrize(
    ("text", "account"),
    [
        # a long name goes by its first two words heading the note
        ("genco pura - angela ricci (plant controller) confirmed.", "Genco Pura Olive Oil Company"),
        ("Genco Pura: 8 seats.", "Genco Pura Olive Oil Company"),
        # near misses: not heading the note; a three-word name is said in full ("New York" is a city)
        ("Met a buyer at the trade fair who once worked at genco pura, nothing more.", None),
        ("New York: the office moves in June.", "New York"),  # a heading word, not the Inquirer
    ],
)
def test_blind7_account_classes(text: str, account: str | None) -> None:
    assert _b7(text).account == account


def test_eval_knows_our_people_as_ingestion_does(tmp_path: Path) -> None:
    """A rep named bare in a note is ours, not a contact: ingestion passes the store's users, so the eval
    passes the demo roster (sales_teams.csv) the same way."""
    from bot.evals.extract import our_people, predict

    ours = our_people(need(MAVEN))
    assert "Darcel Schlecht" in ours and "Dustin Brinkmann" in ours  # an agent and a manager
    case = {"now": "2017-05-02", "text": "Cancity call. Darcel Schlecht and Ingrid Moe (their CFO) went "
            "through pricing; 12k, decision end of May."}  # fmt: skip
    assert [c["name"] for c in predict(case, ["Cancity"], ours)["contacts"]] == ["Ingrid Moe"]
    assert our_people(tmp_path) == []
