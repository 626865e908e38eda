"""`dealbot import`: good rows kept, bad rows reported by line, nothing half-written, idempotent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from bot.errors import DataError, DataSourceMissingError, MalformedInputError
from memory.importer import import_csv
from memory.models import Contact, Deal, DealStageChange, Stage
from memory.seed import seed_demo
from tests.conftest import FIXTURES

MINI = FIXTURES / "maven_mini"


@pytest.fixture
def store(engine: Engine) -> Engine:
    seed_demo(engine, MINI)
    return engine


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


DEALS_HEADER = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"


def test_bad_deal_rows_are_reported_and_good_rows_kept(store: Engine, tmp_path: Path) -> None:
    path = _write(tmp_path, "deals.csv", DEALS_HEADER
        + "NEW00001,Darcel Schlecht,GTX Pro,Cancity,Engaging,2017-05-01,,\n"     # good
        + "NEW00002,Nobody Atall,GTX Pro,Cancity,Engaging,2017-05-01,,\n"        # unknown rep
        + "NEW00003,Darcel Schlecht,Widget,Cancity,Engaging,2017-05-01,,\n"      # unknown product
        + "NEW00004,Darcel Schlecht,gtx pro,,Won,2017-05-01,2017-06-01,4700\n"   # good, repaired
        + "NEW00005,Darcel Schlecht,GTX Pro,Cancity,Wonn,2017-05-01,,\n"         # bad stage
        + "NEW00006,Darcel Schlecht,GTX Pro,Cancity,Won,2017-05-01,31/06/2017,1\n"  # bad date
        + "NEW00007,Darcel Schlecht,GTX Pro,Cancity,Won,2017-05-01,2017-06-01,lots\n"  # bad value
        + "NEW00001,Darcel Schlecht,GTX Pro,Cancity,Engaging,2017-05-01,,\n"     # duplicate id
    )  # fmt: skip
    report = import_csv(store, kind="deals", path=path)
    assert report.created == 2
    assert [e.line for e in report.errors] == [3, 4, 6, 7, 8, 9]
    messages = " | ".join(report.error_lines())
    for fragment in ("unknown user 'Nobody Atall'", "unknown product 'Widget'", "'Wonn' is not one of",
                     "'31/06/2017' is not a date", "'lots' is not a number", "appears twice"):  # fmt: skip
        assert fragment in messages
    with Session(store) as s:
        assert {d.external_id for d in s.exec(select(Deal).where(Deal.external_id.startswith("NEW")))} == {  # type: ignore[attr-defined]
            "NEW00001",
            "NEW00004",
        }


def test_reimport_is_idempotent_and_stage_changes_are_recorded(store: Engine, tmp_path: Path) -> None:
    row = "NEW00010,Darcel Schlecht,GTX Pro,Cancity,{stage},2017-05-01,{close},{value}\n"
    engaging = _write(tmp_path, "a.csv", DEALS_HEADER + row.format(stage="Engaging", close="", value=""))
    assert import_csv(store, kind="deals", path=engaging).created == 1
    assert import_csv(store, kind="deals", path=engaging).unchanged == 1
    won = _write(tmp_path, "b.csv", DEALS_HEADER + row.format(stage="Won", close="2017-07-01", value="4800"))
    assert import_csv(store, kind="deals", path=won).updated == 1
    with Session(store) as s:
        deal = s.exec(select(Deal).where(Deal.external_id == "NEW00010")).one()
        assert (deal.stage, deal.close_value) == (Stage.WON, 4800)
        steps = s.exec(
            select(DealStageChange).where(DealStageChange.deal_id == deal.id).order_by(DealStageChange.id)  # type: ignore[arg-type]
        ).all()
        assert [(h.from_stage, h.to_stage) for h in steps][-1] == ("Engaging", "Won")


def test_contacts_keep_extra_columns_as_attributes(store: Engine, tmp_path: Path) -> None:
    path = _write(tmp_path, "contacts.csv",
        "name,email,account,title,linkedin,email_opt_out\n"
        "Maria Lopez,Maria@Cancity.example,Cancity,CFO,https://example.org/maria,no\n"
        "Bad Email,not-an-email,Cancity,CTO,,\n"
        "Ghost,ghost@nowhere.example,Nowhere Inc,CEO,,\n"
        "Opted Out,out@cancity.example,Cancity,Buyer,,yes\n")  # fmt: skip
    report = import_csv(store, kind="contacts", path=path)
    assert (report.created, len(report.errors)) == (2, 2)
    assert "not an email address" in report.errors[0].message
    assert "unknown account 'Nowhere Inc'" in report.errors[1].message
    with Session(store) as s:
        maria = s.exec(select(Contact).where(Contact.email == "maria@cancity.example")).one()
        assert maria.attributes == {"linkedin": "https://example.org/maria"}
        assert s.exec(select(Contact).where(Contact.email == "out@cancity.example")).one().email_opt_out


def test_accounts_import_repairs_sector_typos(store: Engine, tmp_path: Path) -> None:
    path = _write(tmp_path, "accounts.csv",
        "account,sector,year_established,revenue,employees,office_location,subsidiary_of\n"
        "Newco,Retial,2001,12.5,40,Norway,\n"
        "Badyear,retail,nineteen,1,1,Norway,\n")  # fmt: skip
    report = import_csv(store, kind="accounts", path=path)
    assert report.created == 1 and len(report.errors) == 1
    assert report.repairs == {"sector 'Retial' spelt 'retail'": 1}


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", MalformedInputError, "empty file"),
        (b"id,name\n1,x\n", MalformedInputError, "header lacks column(s) opportunity_id"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", MalformedInputError, "not UTF-8|binary"),
        (DEALS_HEADER.encode() + b'"X1,Darcel\n', MalformedInputError, "header lacks|unreadable"),
    ],
)
def test_malformed_files_fail_whole_with_one_line(
    store: Engine, tmp_path: Path, content: bytes, error: type[Exception], message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with Session(store) as s:
        before = s.exec(select(func.count()).select_from(Deal)).one()
    with pytest.raises(error, match=message if "|" in message else re.escape(message)):
        import_csv(store, kind="deals", path=path)
    with Session(store) as s:
        assert s.exec(select(func.count()).select_from(Deal)).one() == before


def test_missing_file_and_unknown_kind(store: Engine, tmp_path: Path) -> None:
    with pytest.raises(DataSourceMissingError, match="no such file"):
        import_csv(store, kind="deals", path=tmp_path / "absent.csv")
    with pytest.raises(DataError, match="cannot import 'widgets'"):
        import_csv(store, kind="widgets", path=tmp_path / "absent.csv")


def test_an_import_that_closes_a_deal_writes_its_webhook_events(store: Engine, tmp_path: Path) -> None:
    from memory.webhooks import add_endpoint

    with Session(store) as s:
        add_endpoint(s, url="https://billing.example/hooks", events=["deal.won"], secret="s3cret")
        s.commit()
    row = "NEW00020,Darcel Schlecht,GTX Pro,Cancity,{stage},2017-05-01,{close},{value}\n"
    import_csv(
        store,
        kind="deals",
        path=_write(tmp_path, "a.csv", DEALS_HEADER + row.format(stage="Engaging", close="", value="")),
    )
    assert _outbox(store) == []  # a new deal is not a stage change
    won = row.format(stage="Won", close="2017-07-01", value="4800")
    import_csv(store, kind="deals", path=_write(tmp_path, "b.csv", DEALS_HEADER + won))
    (event,) = _outbox(store)
    assert event.event_type == "deal.won" and event.payload["data"]["opportunity_id"] == "NEW00020"
    assert event.payload["data"]["close_value"] == 4800 and event.payload["data"]["source"] == "import"


def _outbox(engine: Engine) -> list:  # type: ignore[type-arg]
    from memory.models import OutboxEvent

    with Session(engine) as s:
        return list(s.exec(select(OutboxEvent)))
