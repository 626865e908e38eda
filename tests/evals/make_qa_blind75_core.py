"""Shared loaders for make_qa_blind75.py: method A = plain loops over csv rows, method B = SQL over sqlite3."""

import csv
import datetime as dt
import os
import sqlite3

# the shared data sits beside the repository: <parent>/shared/data/crm_maven
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data", "crm_maven") + os.sep


def load(n):
    with open(D + n, newline="") as f:
        return list(csv.DictReader(f))


PIPE = load("sales_pipeline.csv")
TEAMS = load("sales_teams.csv")
ACC = load("accounts.csv")
PROD = load("products.csv")
for r in PIPE:
    if r["product"] == "GTXPro":
        r["product"] = "GTX Pro"
PRICE = {p["product"]: int(p["sales_price"]) for p in PROD}
MGR = {t["sales_agent"]: t["manager"] for t in TEAMS}
OFF = {t["sales_agent"]: t["regional_office"] for t in TEAMS}
SECTOR = {a["account"]: a["sector"] for a in ACC}
PARENT = {a["account"]: a["subsidiary_of"] for a in ACC}
OPEN = ("Engaging", "Prospecting")

# ---------- method B: sqlite, built from a second independent read of the files ----------
db = sqlite3.connect(":memory:")


def _mk(table, fname):
    with open(D + fname, newline="") as f:
        rd = csv.reader(f)
        hdr = next(rd)
        rows = list(rd)
    db.execute(f"create table {table} ({','.join(h + ' text' for h in hdr)})")
    db.executemany(f"insert into {table} values ({','.join('?' * len(hdr))})", rows)


_mk("p_raw", "sales_pipeline.csv")
_mk("team", "sales_teams.csv")
_mk("acc", "accounts.csv")
_mk("prod", "products.csv")
db.execute("""create view p as select opportunity_id, sales_agent,
  case when product='GTXPro' then 'GTX Pro' else product end as product,
  nullif(account,'') as account, deal_stage,
  nullif(engage_date,'') as engage_date, nullif(close_date,'') as close_date,
  cast(nullif(close_value,'') as integer) as close_value from p_raw""")
db.execute(
    "create view pp as select p.*, cast(prod.sales_price as integer) as price, team.manager, team.regional_office as office, acc.sector from p join prod on prod.product=p.product join team using(sales_agent) left join acc on acc.account=p.account"
)


def q(sql, *a):
    r = db.execute(sql, a).fetchone()[0]
    return 0 if r is None else r


def ql(sql, *a):
    return [tuple(x) for x in db.execute(sql, a)]


def same(a, b):
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))


def two(a, b, what=""):
    if not same(a, b):
        raise SystemExit(f"DISAGREE {what}: {a!r} vs {b!r}")
    return a


def days(a, b):
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def r1(x):
    return round(x + 1e-12, 1)
