"""Deals from CSV rows (the Maven ``sales_pipeline.csv`` layout), with their stage history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, func, insert, update
from sqlmodel import Session, select

from memory.csvio import CsvRow
from memory.loaders.common import LoadReport, RowError
from memory.models import Account, Deal, DealStageChange, Product, Stage, User, utcnow
from memory.normalise import blank, name_key, parse_date, parse_number
from memory.stage_changes import change_stage

REQUIRED_COLUMNS = ("opportunity_id", "sales_agent", "product", "deal_stage")
DEAL_FIELDS = (
    "owner_id", "product_id", "account_id", "stage",
    "engage_date", "close_date", "close_value", "expected_close",
)  # fmt: skip
_STAGES = {s.value.lower(): s for s in Stage}
# Core inserts on the tables: one executemany per batch. The ORM's bulk path splits batches
# wherever rows differ in which columns are None, which costs thousands of round trips.
_DEAL_TABLE: Table = Deal.__table__  # type: ignore[attr-defined]
_HISTORY_TABLE: Table = DealStageChange.__table__  # type: ignore[attr-defined]


@dataclass
class References:
    """Lookups from the names a CSV uses to the store's ids."""

    users: dict[str, int]
    products: dict[str, tuple[int, str]]  # name_key -> (id, canonical name)
    accounts: dict[str, int]

    @classmethod
    def load(cls, session: Session) -> References:
        return cls(
            users={u.name.lower(): u.id for u in session.exec(select(User)) if u.id is not None},
            products={name_key(p.name): (p.id, p.name) for p in session.exec(select(Product)) if p.id},
            accounts={a.name.lower(): a.id for a in session.exec(select(Account)) if a.id is not None},
        )


def parse_deal(values: dict[str, str], refs: References, report: LoadReport) -> dict[str, Any]:
    """Column values of one deal row, with owner/product/account resolved to ids."""
    external_id = values.get("opportunity_id", "").strip()
    if blank(external_id):
        raise ValueError("opportunity_id: missing")
    owner = values.get("sales_agent", "").strip()
    if owner.lower() not in refs.users:
        raise ValueError(f"sales_agent: unknown user {owner!r}")
    product_name = values.get("product", "").strip()
    product = refs.products.get(name_key(product_name))
    if product is None:
        raise ValueError(f"product: unknown product {product_name!r}")
    if product[1] != product_name:
        report.repairs[f"product {product_name!r} read as {product[1]!r}"] += 1
    account_name = values.get("account", "").strip()
    account_id = None
    if blank(account_name):
        report.repairs["deal without an account: kept, unassigned"] += 1
    elif (account_id := refs.accounts.get(account_name.lower())) is None:
        raise ValueError(f"account: unknown account {account_name!r}")
    stage = _STAGES.get(values.get("deal_stage", "").strip().lower())
    if stage is None:
        raise ValueError(f"deal_stage: {values.get('deal_stage')!r} is not one of {', '.join(_STAGES)}")
    parsed = {
        "external_id": external_id,
        "owner_id": refs.users[owner.lower()],
        "product_id": product[0],
        "account_id": account_id,
        "stage": stage.value,
        "engage_date": parse_date(values.get("engage_date", ""), field="engage_date"),
        "close_date": parse_date(values.get("close_date", ""), field="close_date"),
        "close_value": parse_number(values.get("close_value", ""), field="close_value"),
        "expected_close": parse_date(values.get("expected_close", ""), field="expected_close"),
    }
    _note_stage_gaps(parsed, stage, report)
    return parsed


def _note_stage_gaps(parsed: dict[str, Any], stage: Stage, report: LoadReport) -> None:
    if stage is not Stage.PROSPECTING and parsed["engage_date"] is None:
        report.repairs[f"{stage.value} deal without engage_date: kept"] += 1
    if stage in (Stage.WON, Stage.LOST) and parsed["close_date"] is None:
        report.repairs[f"{stage.value} deal without close_date: kept"] += 1
    if parsed["engage_date"] and parsed["close_date"] and parsed["close_date"] < parsed["engage_date"]:
        raise ValueError("close_date is before engage_date")


def load_deals(
    session: Session, rows: list[CsvRow], report: LoadReport | None = None, *, source: str = "import"
) -> LoadReport:
    """Upsert deals by opportunity id and record stage changes; bad rows go to the report."""
    report = report or LoadReport(kind="deals")
    refs = References.load(session)
    existing = {d.external_id: d for d in session.exec(select(Deal))}
    new_rows: list[dict[str, Any]] = []
    changed_rows: list[tuple[Deal, dict[str, Any]]] = []
    seen: set[str] = set()
    for row in rows:
        try:
            values = parse_deal(row.values, refs, report)
        except ValueError as exc:
            report.errors.append(RowError(row.line, str(exc)))
            continue
        if values["external_id"] in seen:
            report.errors.append(RowError(row.line, f"opportunity_id {values['external_id']!r} appears twice"))
            continue
        seen.add(values["external_id"])
        current = existing.get(values["external_id"])
        if current is None:
            new_rows.append(values)
        elif any(getattr(current, k) != values[k] for k in DEAL_FIELDS):
            changed_rows.append((current, values))
        else:
            report.unchanged += 1
    _insert_new(session, new_rows, source)
    _apply_changes(session, changed_rows, source)
    report.created += len(new_rows)
    report.updated += len(changed_rows)
    return report


def _insert_new(session: Session, new_rows: list[dict[str, Any]], source: str) -> None:
    if not new_rows:
        return
    now = utcnow()
    session.execute(insert(_DEAL_TABLE), [{**v, "created_at": now, "updated_at": now} for v in new_rows])
    wanted = {v["external_id"] for v in new_rows}
    ids = {ext: deal_id for ext, deal_id in session.execute(select(Deal.external_id, Deal.id)) if ext in wanted}
    history = [h for v in new_rows for h in _initial_history(ids[v["external_id"]], v, source, now)]
    session.execute(insert(_HISTORY_TABLE), history)


def _initial_history(deal_id: int, v: dict[str, Any], source: str, now: Any) -> list[dict[str, Any]]:
    """The stage path the dates imply: Prospecting, then Engaging on engage_date, then Won/Lost."""
    steps: list[tuple[str | None, str, date | None]] = [(None, Stage.PROSPECTING.value, None)]
    if v["stage"] != Stage.PROSPECTING.value:
        steps.append((Stage.PROSPECTING.value, Stage.ENGAGING.value, v["engage_date"]))
    if v["stage"] in (Stage.WON.value, Stage.LOST.value):
        steps.append((Stage.ENGAGING.value, v["stage"], v["close_date"]))
    return [
        {
            "deal_id": deal_id,
            "from_stage": a,
            "to_stage": b,
            "changed_on": on,
            "source": source,
            "recorded_at": now,
        }
        for a, b, on in steps
    ]


def _apply_changes(session: Session, changed: list[tuple[Deal, dict[str, Any]]], source: str) -> None:
    """Update changed deals. A stage move from an import is a real business event: it goes through
    ``change_stage`` (history, audit, webhook outbox in this transaction); the demo seed only records history."""
    if not changed:
        return
    now = utcnow()
    moves = [(d, v) for d, v in changed if d.stage != v["stage"]]
    if source == "seed":
        history = [
            {
                "deal_id": d.id,
                "from_stage": d.stage,
                "to_stage": v["stage"],
                "changed_on": v["close_date"] or now.date(),
                "source": source,
                "recorded_at": now,
            }  # fmt: skip
            for d, v in moves
        ]
        if history:
            session.execute(insert(_HISTORY_TABLE), history)
    else:
        for deal, values in moves:
            change_stage(session, deal=deal, to_stage=values["stage"], source=source, actor=source,
                         on=values["close_date"], close_value=values["close_value"])  # fmt: skip
    session.execute(update(Deal), [{"id": d.id, **v, "updated_at": now} for d, v in changed])
    session.expire_all()


def count_deals(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Deal)).one()
