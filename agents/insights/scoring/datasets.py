"""The three histories dealbot scores from, with the fields that would leak the outcome left out.

- ``deals``: the store's closed deals (Won = 1, Lost = 0), described only by what is known when a deal starts
  engaging: product, account, owner, team, office, the start date, and the account's and owner's win record
  *before* that date. Close date, close value and cycle length are filled in by the outcome: never used.
- ``leads``: X Education leads (``Converted``); the columns sales staff fill in after contact (Tags, Lead
  Quality, Lead Profile, Asymmetrique*, Last Activity, Last Notable Activity) leak the label and are dropped.
- ``churn``: IBM Telco customers (``Churn``).
"""

from __future__ import annotations

import bisect
import csv
import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from agents.insights.scoring.tabular import Dataset, Record
from bot.errors import DataSourceMissingError
from memory.models import CLOSED_STAGES, Account, Deal, Product, Stage, User

LEADS_LEAKING = (
    "Tags", "Lead Quality", "Lead Profile", "Asymmetrique Activity Index", "Asymmetrique Profile Index",
    "Asymmetrique Activity Score", "Asymmetrique Profile Score", "Last Activity", "Last Notable Activity",
)  # fmt: skip
LEADS_IDS = ("Prospect ID", "Lead Number")
LEADS_NUMERIC = ("TotalVisits", "Total Time Spent on Website", "Page Views Per Visit")
CHURN_NUMERIC = ("tenure", "MonthlyCharges", "TotalCharges", "SeniorCitizen")


@dataclass(frozen=True)
class Spec:
    """How a dataset is modelled and evaluated."""

    kind: str  # estimator kind (see tabular.estimator)
    evaluation: str  # "cv" or "time"
    subject: str  # what one row is, for messages
    label: str


SPECS = {
    "deals": Spec("logistic", "time", "deal", "win probability"),
    "leads": Spec("boosting", "cv", "lead", "conversion probability"),
    "churn": Spec("logistic", "cv", "customer", "churn risk"),
}


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)]
    except FileNotFoundError:
        raise DataSourceMissingError(f"data file {path} not found") from None


def _number(record: Record, name: str, raw: str) -> None:
    """A numeric field; a blank becomes 0 with a ``<name> missing`` flag, so every model sees the gap."""
    try:
        record[name] = float(raw)
    except ValueError:
        record[name] = 0.0
        record[f"{name} missing"] = 1.0


def load_leads(path: Path) -> Dataset:
    """X Education leads without the leaking columns; ``Select`` (the form's default) means missing."""
    rows = _read_csv(path)
    records, labels = [], []
    for row in rows:
        record: Record = {}
        for name, raw in row.items():
            if name in LEADS_LEAKING or name in LEADS_IDS or name == "Converted":
                continue
            if name in LEADS_NUMERIC:
                _number(record, name, raw)
            else:
                record[name] = raw if raw and raw != "Select" else "missing"
        records.append(record)
        labels.append(int(row["Converted"]))
    return Dataset("leads", records, np.array(labels), [r["Prospect ID"] for r in rows],
                   dropped=LEADS_LEAKING + LEADS_IDS, label_name="converted")  # fmt: skip


def load_churn(path: Path) -> Dataset:
    """Telco customers; the 11 blank TotalCharges (brand-new customers) become 0 with a missing flag."""
    rows = _read_csv(path)
    records = []
    for row in rows:
        record: Record = {}
        for name, raw in row.items():
            if name in ("customerID", "Churn"):
                continue
            if name in CHURN_NUMERIC:
                _number(record, name, raw)
            else:
                record[name] = raw
        records.append(record)
    labels = np.array([int(r["Churn"] == "Yes") for r in rows])
    return Dataset("churn", records, labels, [r["customerID"] for r in rows], dropped=("customerID",),
                   label_name="churned")  # fmt: skip


class _History:
    """Won/lost deals by close date, per key, to ask "what was the record before day D" without look-ahead."""

    def __init__(self) -> None:
        self._days: dict[object, list[int]] = defaultdict(list)
        self._wins: dict[object, list[int]] = defaultdict(list)

    def add(self, key: object, closed: date, won: bool) -> None:
        self._days[key].append(closed.toordinal())
        self._wins[key].append(int(won))

    def freeze(self) -> None:
        for key, days in self._days.items():
            order = sorted(range(len(days)), key=days.__getitem__)
            self._days[key] = [days[i] for i in order]
            wins = [self._wins[key][i] for i in order]
            self._wins[key] = list(np.cumsum(wins))

    def before(self, key: object, day: date) -> tuple[int, float]:
        """Closed deals before ``day`` and their smoothed win rate ((won + 1) / (closed + 2))."""
        n = bisect.bisect_left(self._days.get(key, []), day.toordinal())
        won = self._wins[key][n - 1] if n else 0
        return n, (won + 1) / (n + 2)


def load_deals(engine: Engine) -> tuple[Dataset, dict[str, Record], dict[str, date]]:
    """Closed deals as a dataset, the records of open Engaging deals (by opportunity id) and their start days."""
    with Session(engine) as session:
        deals = list(session.exec(select(Deal).where(col(Deal.engage_date).is_not(None))))
        accounts = {a.id: a for a in session.exec(select(Account))}
        products = {p.id: p for p in session.exec(select(Product))}
        users = {u.id: u for u in session.exec(select(User))}
    history = _History()
    for d in deals:
        if d.stage in CLOSED_STAGES and d.close_date is not None:
            won = d.stage == Stage.WON
            history.add(("account", d.account_id), d.close_date, won)
            history.add(("owner", d.owner_id), d.close_date, won)
    history.freeze()
    describe: Callable[[Deal], Record] = lambda d: _deal_record(d, accounts, products, users, history)  # noqa: E731
    closed = sorted((d for d in deals if d.stage in CLOSED_STAGES), key=lambda d: (d.engage_date, d.external_id))
    data = Dataset("deals", [describe(d) for d in closed], np.array([int(d.stage == Stage.WON) for d in closed]),
                   [d.external_id for d in closed], when=[d.engage_date for d in closed if d.engage_date],
                   dropped=("close_date", "close_value", "cycle length"), label_name="won",
                   closed=[d.close_date or d.engage_date for d in closed if d.engage_date])  # fmt: skip
    engaging = [d for d in deals if d.stage == Stage.ENGAGING and d.engage_date is not None]
    open_records = {d.external_id: describe(d) for d in engaging}
    return data, open_records, {d.external_id: d.engage_date for d in engaging if d.engage_date}


def _deal_record(
    deal: Deal, accounts: dict[int | None, Account], products: dict[int | None, Product],
    users: dict[int | None, User], history: _History,
) -> Record:  # fmt: skip
    start = deal.engage_date
    assert start is not None
    account = accounts.get(deal.account_id)
    product = products.get(deal.product_id)
    owner = users.get(deal.owner_id)
    manager = users.get(owner.manager_id) if owner is not None and owner.manager_id else None
    record: Record = {
        "product": product.name if product else "unknown",
        "list price": float(product.list_price) if product else 0.0,
        "sector": (account.sector if account else None) or "no account",
        "owner": owner.name if owner else "unknown",
        "manager": manager.name if manager else "none",
        "office": (owner.office if owner else None) or "unknown",
    }  # the start quarter, weekday and counts of earlier deals drift with time: a time split showed they mislead
    if account is not None:
        record["account employees (log)"] = math.log1p(account.employees or 0)
        record["account revenue (log)"] = math.log1p(account.revenue_musd or 0)
        record["account age"] = float(start.year - (account.year_established or start.year))
        record["account has parent"] = float(bool(account.parent_name))
        record["account win rate before"] = history.before(("account", deal.account_id), start)[1]
    record["owner win rate before"] = history.before(("owner", deal.owner_id), start)[1]
    return record
