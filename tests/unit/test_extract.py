"""Extraction rules (LABELS.md section 3): money, dates against the note's time, people, and the eval."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from bot.cli import main
from bot.evals.extract import field_right, run_extract
from memory.extract import extract_update
from memory.extract.dates import find_dates
from memory.extract.numbers import find_money

ROOT = Path(__file__).resolve().parent.parent.parent
DEV = ROOT.parent / "shared" / "evals" / "dev" / "extract.jsonl"
EXTRA = ROOT / "tests" / "evals" / "extract_extra.jsonl"
BLIND3 = ROOT / "tests" / "evals" / "extract_blind3.jsonl"  # written blind; first run rate=0.914
BLIND4 = ROOT / "tests" / "evals" / "extract_blind4.jsonl"  # written blind; first run rate=0.857
MAVEN = ROOT.parent / "shared" / "data" / "crm_maven"


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


def test_field_comparison_accepts_obvious_role_expansions() -> None:
    assert field_right("contacts", [{"name": "Greta Holm", "role": "ops mgr"}],
                       [{"name": "greta holm", "role": "Operations Manager"}])  # fmt: skip
    assert not field_right("contacts", [{"name": "Greta Holm", "role": None}], [{"name": "Greta Holm", "role": "CFO"}])
    assert field_right("next_step_contains", [], []) and not field_right("next_step_contains", [], ["call them"])


@pytest.mark.parametrize("cases", [DEV, EXTRA, BLIND3, BLIND4], ids=["dev", "extra", "blind3", "blind4"])
def test_eval_sets_score_high(cases: Path, tmp_path: Path) -> None:
    if not cases.is_file():
        pytest.skip(f"{cases} not found")
    out = io.StringIO()
    run_extract(cases_path=cases, data_dir=MAVEN, predictions_path=tmp_path / "p.jsonl", out=out)
    last = out.getvalue().strip().splitlines()[-1]
    assert last.startswith("extract: ") and "rate=" in last
    assert float(last.rsplit("rate=", 1)[1]) >= 0.95, out.getvalue()
    first = json.loads((tmp_path / "p.jsonl").read_text().splitlines()[0])
    assert set(first["predicted"]) == set(json.loads(cases.read_text().splitlines()[0])["expect"])


def test_eval_extract_cli_reports_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "c.jsonl"
    good = {"id": "a", "now": "2017-03-14", "text": "Finjob: 40k, close end of the month.",
            "expect": {"account": "Finjob", "amount": 40000, "close_date": "2017-03-31"}}  # fmt: skip
    cases.write_text(json.dumps(good) + "\n{not json\n")
    assert main(["eval", "extract", "--cases", str(cases), "--data", str(MAVEN)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert any(line.startswith("FAIL line 2") for line in out)
    assert out[-1].startswith("extract: cases_passed=1 cases=2") and out[-1].endswith("rate=0.300")
