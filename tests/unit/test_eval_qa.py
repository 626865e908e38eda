"""The qa harness: case loading, the checker's rules, proposal read-back, and `dealbot eval qa` end to end."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from bot.cli import main
from bot.errors import DataSourceMissingError
from bot.evals.cases import BadLine, Case, Summary, load_cases, shorten
from bot.evals.qa import REQUIRED, Draft, Seen, ask, check, mentions_name, validate
from bot.events import IncomingMessage, Reply
from memory.models import Proposal, ProposalStatus, User
from tests.conftest import FIXTURES

SENT_ONE = "1 message(s) sent; nothing may leave without approval"
SUMMARY_LINE = re.compile(r"^qa: passed=(\d+) total=(\d+) rate=(\d\.\d{3})$")


def expect(outcome: str = "answer", **rest: Any) -> dict[str, Any]:
    return {"outcome": outcome, "numbers": [], "names": [], "absent_names": [], **rest}


def draft(body: str = "Hi, following up.", *, to: str = "a@isdom.example", status: str = "pending") -> Draft:
    return Draft(to=to, subject="Following up", body=body, status=status)


# --- the checker ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("want", "seen", "problems"),
    [
        (expect(numbers=[194]), Seen("answer", "You have 194 open deals."), []),
        (expect(numbers=[194]), Seen("answer", "You have 19 open deals."), ["expected number 194 not found"]),
        (expect(numbers=[0]), Seen("answer", "You have no open deals."), []),
        (expect(numbers=[61.0]), Seen("answer", "Win rate: 61.0%"), []),
        (expect(numbers=[115, 72]), Seen("answer", "115 won"), ["expected number 72 not found"]),
        (expect(names=["Cheers"]), Seen("answer", "oldest: M7I5O9YU at CHEERS"), []),
        (expect(names=["Cheers"]), Seen("answer", "oldest: M7I5O9YU"), ["expected name 'Cheers' not found"]),
        (expect(absent_names=["4DLY9ZDH"]), Seen("answer", "61IKUAZI, 4dly9zdh"),
         ["'4DLY9ZDH' appears but should not"]),
        (expect(), Seen("error", "I don't know you yet"), ["expected outcome answer, got error"]),
        (expect("refusal"), Seen("refusal", "I can't send without approval."), []),
        (expect("refusal"), Seen("answer", "Here is a poem"), ["expected outcome refusal, got answer"]),
        (expect("refusal"), Seen("refusal", "ok", sent=1), [SENT_ONE]),
        (expect("proposal", names=["Isdom"]), Seen("proposal", "Drafted.", (draft(),)), []),  # in the address
        (expect("proposal", names=["Isdom"]), Seen("proposal", "Drafted.", (draft(to="x@y.example"),)),
         ["expected name 'Isdom' not found"]),
        (expect("proposal", numbers=[5490]), Seen("proposal", "Drafted.", (draft("Quote: $5,490"),)), []),
        (expect("proposal"), Seen("proposal", "Drafted."), ["expected a stored proposal, found none"]),
        (expect("proposal"), Seen("proposal", "Drafted.", (draft(status="approved"),)),
         ["expected the proposal to await approval, found status approved"]),
        (expect("proposal"), Seen("proposal", "Drafted.", (draft(status="sent"),), sent=1),
         ["expected the proposal to await approval, found status sent", SENT_ONE]),
        (expect("proposal"), Seen("refusal", "No."), ["expected outcome proposal, got refusal"]),
    ],
)  # fmt: skip
def test_check(want: dict[str, Any], seen: Seen, problems: list[str]) -> None:
    assert check(want, seen) == problems


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("Central: $3,346,293", "central", True),
        ("at least $5", "East", False),
        ("Northeast region", "East", False),
        ("GTK\n  500 deals", "GTK 500", True),
        ("Kan-code's deals", "Kan-code", True),
        ("opp 4DLY9ZDH.", "4dly9zdh", True),
        ("X4DLY9ZDHQ", "4DLY9ZDH", False),
        ("", "Cheers", False),
    ],
)
def test_mentions_name(text: str, name: str, found: bool) -> None:
    assert mentions_name(text, name) is found


def test_check_numbers_ignore_ids_and_dates_in_the_answer() -> None:
    seen = Seen("answer", "Oldest open deal: 61IKUAZI, engaged 2017-12-31 (Q4).")
    assert check(expect(numbers=[61]), seen) == ["expected number 61 not found"]
    assert check(expect(numbers=[12]), seen) == ["expected number 12 not found"]
    assert check(expect(numbers=[4]), seen) == ["expected number 4 not found"]


def test_answers_record() -> None:
    seen = Seen("proposal", "Drafted.", (draft(), draft("second")), sent=0)
    assert seen.record("qa-1") == {
        "id": "qa-1", "kind": "proposal", "text": "Drafted.",
        "proposal": {"to": "a@isdom.example", "subject": "Following up", "body": "Hi, following up."},
        "sent": 0,
    }  # fmt: skip
    assert Seen("error", "oops").record("qa-2")["proposal"] is None


# --- loading cases ----------------------------------------------------------------------------------


def good(**changes: Any) -> str:
    case = {"id": "qa-1", "as_user": "Darcel Schlecht", "text": "hi", "expect": expect(), **changes}
    return json.dumps(case)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": "qa-1", "as_user": ', "not valid JSON"),
        ("[1, 2]", "expected a JSON object, got list"),
        (json.dumps({"id": "qa-1", "text": "hi", "expect": expect()}), "missing key(s) as_user"),
        (
            json.dumps({"id": "qa-1", "as_user": "A", "text": "hi", "expect": {}}),
            "missing key(s) expect.outcome",
        ),
        (good(expect=expect("maybe")), "expect.outcome 'maybe' is not one of answer, proposal, refusal"),
        (good(expect=expect(numbers="194")), "expect.numbers is not a list of numbers"),
        (good(expect=expect(numbers=[True])), "expect.numbers is not a list of numbers"),
        (good(expect=expect(names="Cheers")), "expect.names is not a list of strings"),
        (good(now="31/12/2017"), "now '31/12/2017' is not a YYYY-MM-DD date"),
        (good(text=42), "text is not a string"),
        (good(expect="answer"), "missing key(s) expect.outcome"),
    ],
)
def test_bad_lines_are_reported_with_their_line_number(tmp_path: Path, line: str, problem: str) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(good(id="qa-0") + "\n\n" + line + "\n", encoding="utf-8")
    first, bad = load_cases(path, required=REQUIRED, validate=validate)
    assert isinstance(first, Case) and first.id == "qa-0" and first.line == 1
    assert isinstance(bad, BadLine) and bad.line == 3 and problem in bad.problem


def test_bad_lines_keep_the_case_id_when_there_is_one(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + good().encode() + b"\n" + b"\xff\xfe\n" + good(as_user=None).encode())
    first, undecodable, missing = load_cases(path, required=REQUIRED, validate=validate)
    assert isinstance(first, Case)  # a byte-order mark is not an error
    assert undecodable == BadLine(2, "not UTF-8 text")
    assert isinstance(missing, BadLine) and missing.label == "qa-1 (line 3)"


def test_a_missing_cases_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DataSourceMissingError, match="cases file .*nope.jsonl not found"):
        load_cases(tmp_path / "nope.jsonl", required=REQUIRED)


def test_summary_counts_and_prints_failures_then_the_last_line() -> None:
    out = io.StringIO()
    summary = Summary("qa", out)
    summary.record("qa-1 (line 1)", [])
    problems = ["expected number 5 not found", "expected name 'X' not found"]
    summary.record("qa-2 (line 2)", problems, "x " * 200)
    summary.record("line 3", ["not valid JSON"])
    summary.finish()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("FAIL qa-2 (line 2): expected number 5 not found; expected name 'X' not found")
    assert lines[0].endswith('…"') and len(lines[0]) < 250
    assert lines[1] == "FAIL line 3: not valid JSON"
    assert lines[-1] == "qa: passed=1 total=3 rate=0.333"
    assert Summary("qa", out).line() == "qa: passed=0 total=0 rate=0.000"


def test_shorten() -> None:
    assert shorten("a\n  b") == "a b"
    assert shorten("abcdef", width=4) == "abc…"


# --- reading back what a case did to the store ------------------------------------------------------


class FakePipeline:
    """Stands in for the agent: optionally stores a proposal, then replies or crashes."""

    def __init__(self, engine: Engine, *, status: ProposalStatus | None, name_it: bool, crash: bool = False):
        self.engine, self.status, self.name_it, self.crash = engine, status, name_it, crash
        self.messages: list[IncomingMessage] = []

    def handle_sync(self, message: IncomingMessage) -> Reply:
        self.messages.append(message)
        ids: tuple[str, ...] = ()
        if self.status is not None:
            with Session(self.engine) as session:
                user = User(name=f"Rep {len(self.messages)}")
                session.add(user)
                session.flush()
                assert user.id is not None
                pid = f"p{len(self.messages)}"
                session.add(Proposal(id=pid, kind="email", status=self.status, requested_by_id=user.id,
                                     recipient="a@isdom.example", subject="Hello", body="Body",
                                     expires_at=datetime.now(UTC) + timedelta(hours=1)))  # fmt: skip
                session.commit()
            ids = (pid,) if self.name_it else ()
        if self.crash:
            raise RuntimeError("agent fell over")
        return Reply(text="Drafted.", kind="proposal", proposal_ids=ids)


def run_case(engine: Engine, **fake: Any) -> tuple[Seen, FakePipeline]:
    pipeline = FakePipeline(engine, **fake)
    data = {"id": "qa-9", "as_user": "A", "text": "draft it", "now": "2017-06-30", "expect": expect()}
    case = Case(1, data)
    return ask(SimpleNamespace(engine=engine, pipeline=pipeline), case), pipeline  # type: ignore[arg-type]


def test_ask_sends_the_case_as_a_console_message(engine: Engine) -> None:
    seen, pipeline = run_case(engine, status=ProposalStatus.PENDING, name_it=True)
    [message] = pipeline.messages
    assert (message.platform, message.user_ref, message.conversation_id) == ("console", "A", "qa-9")
    assert message.today is not None and message.today.isoformat() == "2017-06-30"
    assert seen.kind == "proposal" and seen.sent == 0
    assert seen.drafts == (Draft("a@isdom.example", "Hello", "Body", "pending"),)


def test_sent_is_read_from_the_store(engine: Engine) -> None:
    seen, _ = run_case(engine, status=ProposalStatus.SENT, name_it=True)
    assert seen.sent == 1
    assert SENT_ONE in check(expect("proposal"), seen)


def test_a_proposal_the_reply_does_not_name_still_counts(engine: Engine) -> None:
    seen, _ = run_case(engine, status=ProposalStatus.SENT, name_it=False)
    assert len(seen.drafts) == 1 and seen.sent == 1


def test_a_crash_fails_only_its_case(engine: Engine) -> None:
    seen, _ = run_case(engine, status=None, name_it=False, crash=True)
    assert seen.kind == "error" and seen.text == "crashed: RuntimeError: agent fell over"


# --- the command -------------------------------------------------------------------------------------


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ("DATABASE_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "DEALBOT_DEMO_DATA"):
        monkeypatch.delenv(name, raising=False)
    var_dir = tmp_path / "var"
    monkeypatch.setenv("DEALBOT_VAR_DIR", str(var_dir))
    return var_dir


def test_eval_qa_command(tmp_path: Path, clean_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        "\n".join([
            good(id="t-1", text="how many open deals do I have?"),
            good(id="t-2", as_user="Nobody Known-Here"),
            '{"id": "t-3", "as_user": "Darcel Schlecht", "text": ',
        ]) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    answers = tmp_path / "answers.jsonl"
    argv = [
        "eval",
        "qa",
        "--cases",
        str(cases),
        "--data",
        str(FIXTURES / "maven_mini"),
        "--answers",
        str(answers),
    ]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    summary = SUMMARY_LINE.match(lines[-1])
    assert summary is not None, lines
    passed, total = int(summary[1]), int(summary[2])
    assert total == 3 and passed <= 1 and summary[3] == f"{passed / 3:.3f}"
    assert any(line.startswith("FAIL t-2 (line 2): expected outcome answer, got error") for line in lines)
    assert any(line.startswith("FAIL line 3: not valid JSON") for line in lines)
    records = [json.loads(line) for line in answers.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["t-1", "t-2"]
    assert records[1]["kind"] == "error" and records[1]["proposal"] is None and records[1]["sent"] == 0
    assert set(records[0]) == {"id", "kind", "text", "proposal", "sent"}
    assert not clean_env.exists()  # a fresh temporary store, never the configured one


def test_eval_qa_without_cases(tmp_path: Path, clean_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "qa", "--cases", str(tmp_path / "nope.jsonl")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"dealbot: error: cases file {tmp_path / 'nope.jsonl'} not found"]
