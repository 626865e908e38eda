"""``dealbot seed --demo``: the Maven CRM demo dataset, loaded idempotently with its quirks repaired."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from bot.errors import DataSourceMissingError
from memory.csvio import read_csv
from memory.db import session_scope
from memory.loaders import LoadReport, load_accounts, load_deals
from memory.loaders.accounts import REQUIRED_COLUMNS as ACCOUNT_COLUMNS
from memory.loaders.deals import REQUIRED_COLUMNS as DEAL_COLUMNS
from memory.models import Account, Contact, Deal, Product, Role, User
from memory.normalise import parse_number

MAVEN_FILES = ("sales_teams.csv", "products.csv", "accounts.csv", "sales_pipeline.csv")
DEMO_EMAIL_DOMAIN = "dealbot-demo.example"

_FIRST = ("Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn",
          "Robin", "Drew", "Parker", "Reese", "Skyler", "Rowan")  # fmt: skip
_LAST = ("Demo", "Sample", "Example", "Placeholder", "Testwell", "Mockridge", "Fakeley", "Synthetica")
_TITLES = ("Head of Procurement", "VP Operations", "IT Director", "CFO", "Purchasing Manager")

Progress = Callable[[str, int], None]


@dataclass
class SeedReport:
    parts: list[LoadReport] = field(default_factory=list)

    def part(self, kind: str) -> LoadReport:
        report = LoadReport(kind=kind)
        self.parts.append(report)
        return report


def check_demo_folder(data_dir: Path) -> None:
    """Fail with one line naming what is missing, before anything is written."""
    if not data_dir.is_dir():
        raise DataSourceMissingError(f"demo data folder {data_dir} not found; pass --data DIR or set DEALBOT_DEMO_DATA")
    missing = [name for name in MAVEN_FILES if not (data_dir / name).is_file()]
    if missing:
        raise DataSourceMissingError(f"demo data folder {data_dir} lacks {', '.join(missing)}")


def seed_demo(engine: Engine, data_dir: Path, progress: Progress | None = None) -> SeedReport:
    """Load the Maven folder in one transaction; running it again changes nothing."""
    check_demo_folder(data_dir)
    step = progress or (lambda _label, _n: None)
    teams = read_csv(data_dir / "sales_teams.csv", required=("sales_agent", "manager", "regional_office"))
    products = read_csv(data_dir / "products.csv", required=("product", "series", "sales_price"))
    accounts = read_csv(data_dir / "accounts.csv", required=ACCOUNT_COLUMNS)
    pipeline = read_csv(data_dir / "sales_pipeline.csv", required=DEAL_COLUMNS)
    report = SeedReport()
    with session_scope(engine) as session:
        _seed_users(session, [r.values for r in teams], report.part("users"))
        step("users", len(teams))
        _seed_products(session, [r.values for r in products], report.part("products"))
        step("products", len(products))
        load_accounts(session, accounts, report.part("accounts"))
        step("accounts", len(accounts))
        _seed_contacts(session, report.part("contacts"))
        load_deals(session, pipeline, report.part("deals"), source="seed")
        step("deals", len(pipeline))
    return report


def _seed_users(session: Session, rows: list[dict[str, str]], report: LoadReport) -> None:
    existing = {u.name: u for u in session.exec(select(User))}

    def upsert(name: str, role: Role, office: str, manager_id: int | None) -> User:
        wanted = {"role": role, "office": office, "manager_id": manager_id}
        user = existing.get(name)
        if user is None:
            user = User(name=name, email=demo_email(name), **wanted)  # type: ignore[arg-type]
            report.created += 1
        elif any(getattr(user, k) != v for k, v in wanted.items()):
            for k, v in wanted.items():
                setattr(user, k, v)
            report.updated += 1
        else:
            report.unchanged += 1
        session.add(user)
        session.flush()
        existing[name] = user
        return user

    managers = {}
    for row in rows:
        if row["manager"] not in managers:
            managers[row["manager"]] = upsert(row["manager"], Role.MANAGER, row["regional_office"], None)
    for row in rows:
        upsert(row["sales_agent"], Role.REP, row["regional_office"], managers[row["manager"]].id)


def _seed_products(session: Session, rows: list[dict[str, str]], report: LoadReport) -> None:
    existing = {p.name: p for p in session.exec(select(Product))}
    for row in rows:
        price = parse_number(row["sales_price"], field="sales_price") or 0.0
        product = existing.get(row["product"])
        if product is None:
            session.add(Product(name=row["product"], series=row["series"], list_price=price))
            report.created += 1
        elif (product.series, product.list_price) != (row["series"], price):
            product.series, product.list_price = row["series"], price
            session.add(product)
            report.updated += 1
        else:
            report.unchanged += 1
    session.flush()


def _seed_contacts(session: Session, report: LoadReport) -> None:
    """One clearly synthetic primary contact per account, so drafting has a recipient."""
    have = {c.account_id for c in session.exec(select(Contact).where(Contact.synthetic))}
    for account in session.exec(select(Account).order_by(Account.name)):
        if account.id in have:
            report.unchanged += 1
            continue
        session.add(synthetic_contact(account))
        report.created += 1
    session.flush()


def synthetic_contact(account: Account) -> Contact:
    """A made-up, deterministic person at ``account`` with an ``@<account>.example`` address."""
    digest = hashlib.sha256(account.name.encode()).digest()
    first, last = _FIRST[digest[0] % len(_FIRST)], _LAST[digest[1] % len(_LAST)]
    domain = re.sub(r"[^a-z0-9]+", "", account.name.lower()) + ".example"
    return Contact(
        name=f"{first} {last}",
        email=f"{first.lower()}.{last.lower()}@{domain}",
        title=_TITLES[digest[2] % len(_TITLES)],
        account_id=account.id,
        synthetic=True,
        attributes={"note": "synthetic demo contact"},
    )


def demo_email(name: str) -> str:
    return re.sub(r"[^a-z0-9.]+", "", name.lower().replace(" ", ".")) + "@" + DEMO_EMAIL_DOMAIN


def store_counts(session: Session) -> dict[str, int]:
    """Row counts of the main tables, for reports and tests."""
    tables: dict[str, type] = {"users": User, "accounts": Account, "contacts": Contact,
                               "products": Product, "deals": Deal}  # fmt: skip
    return {k: session.exec(select(func.count()).select_from(t)).one() for k, t in tables.items()}
