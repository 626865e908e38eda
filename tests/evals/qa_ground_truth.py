"""What every blind QA generator (make_qa_blind6.py, make_qa_blind7.py) computes its expectations with:
method A, plain Python over the Maven CSV rows (class ``A``), and method B, SQL over an in-memory sqlite3
copy loaded separately (``load_db``, class ``B``), plus the case builders ``ans`` / ``prop`` / ``ref`` and the writer with its ``--check`` / ``--show`` modes.
Shared so that each generator holds only its own questions; both still refuse to write when A and B
disagree, and ``--check`` verifies the files on disk."""

import csv
import datetime as dt
import json
import os
import sqlite3
import sys
from decimal import ROUND_HALF_UP, Decimal

DATA = "/work/shared/data/crm_maven"
OPEN = ("Engaging", "Prospecting")


def rnd(x, nd=0):
    q = Decimal(1) if nd == 0 else Decimal(1).scaleb(-nd)
    v = Decimal(repr(float(x))).quantize(q, rounding=ROUND_HALF_UP)
    return int(v) if nd == 0 else float(v)


# ----------------------------------------------------------------------------------------------------
# Method A: plain Python over csv.DictReader
# ----------------------------------------------------------------------------------------------------
def D(s):
    return dt.date.fromisoformat(s)


class A:
    def __init__(self):
        def rows(name):
            with open(os.path.join(DATA, name), newline="", encoding="utf-8") as f:
                return list(csv.DictReader(f))

        self.deals = rows("sales_pipeline.csv")
        for d in self.deals:
            if d["product"] == "GTXPro":
                d["product"] = "GTX Pro"
        self.teams = rows("sales_teams.csv")
        self.price = {r["product"]: int(r["sales_price"]) for r in rows("products.csv")}
        self.accounts = {r["account"]: r for r in rows("accounts.csv")}
        self.office_of = {t["sales_agent"]: t["regional_office"] for t in self.teams}
        self.manager_of = {t["sales_agent"]: t["manager"] for t in self.teams}

    def team(self, manager):
        return [t["sales_agent"] for t in self.teams if t["manager"] == manager]

    def office(self, office):
        return [t["sales_agent"] for t in self.teams if t["regional_office"] == office]

    def group(self, parent):
        return [parent] + [n for n, r in self.accounts.items() if r["subsidiary_of"] == parent]

    def sel(
        self, agents=None, stage=None, products=None, accounts=None, period=None, acc_pred=None, engaged=None, pred=None
    ):
        out = []
        for d in self.deals:
            if agents is not None and d["sales_agent"] not in agents:
                continue
            if stage == "open" and d["deal_stage"] not in OPEN:
                continue
            if stage not in (None, "open") and d["deal_stage"] != stage:
                continue
            if products is not None and d["product"] not in products:
                continue
            if accounts is not None and d["account"] not in accounts:
                continue
            if acc_pred is not None and (not d["account"] or not acc_pred(self.accounts[d["account"]])):
                continue
            if period is not None:
                lo, hi = period
                if not d["close_date"] or not (lo <= D(d["close_date"]) <= hi):
                    continue
            if engaged is not None:
                lo, hi = engaged
                if not d["engage_date"] or not (lo <= D(d["engage_date"]) <= hi):
                    continue
            if pred is not None and not pred(d):
                continue
            out.append(d)
        return out

    def n(self, **kw):
        return len(self.sel(**kw))

    def won_rev(self, **kw):
        return sum(int(d["close_value"]) for d in self.sel(stage="Won", **kw))

    def win_rate(self, **kw):
        w, l = self.n(stage="Won", **kw), self.n(stage="Lost", **kw)
        return 100.0 * w / (w + l)

    def list_value(self, stage, **kw):
        return sum(self.price[d["product"]] for d in self.sel(stage=stage, **kw))

    def avg_won(self, **kw):
        v = [int(d["close_value"]) for d in self.sel(stage="Won", **kw)]
        return sum(v) / len(v)

    def days(self, d):
        return (D(d["close_date"]) - D(d["engage_date"])).days


def quarter(now, offset=0):
    n = D(now)
    qi = (n.month - 1) // 3 + offset
    y, qi = n.year + qi // 4, qi % 4
    first = dt.date(y, 3 * qi + 1, 1)
    nxt = dt.date(y + (qi == 3), (3 * qi + 3) % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def qn(year, k):
    return quarter("%d-%02d-15" % (year, 3 * k - 1))


def month(now, back=0):
    """(first, last) day of the month `back` months before `now`'s month."""
    n = D(now)
    y, m = n.year, n.month - back
    while m <= 0:
        y, m = y - 1, m + 12
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def mon(year, m):
    return month("%d-%02d-01" % (year, m))


def ytd(now):
    n = D(now)
    return dt.date(n.year, 1, 1), n


def top(pairs, k=1):
    s = sorted(pairs.items(), key=lambda kv: -kv[1])
    assert len(s) > k and s[k - 1][1] > s[k][1], ("tie at ranking cut", s[: k + 1])
    return s[:k]


def bottom(pairs, k=1):
    s = sorted(pairs.items(), key=lambda kv: kv[1])
    assert len(s) > k and s[k - 1][1] < s[k][1], ("tie at ranking cut", s[: k + 1])
    return s[:k]


def count_by(rows, key):
    c = {}
    for r in rows:
        c[key(r)] = c.get(key(r), 0) + 1
    return c


def sum_by(rows, key, val):
    c = {}
    for r in rows:
        c[key(r)] = c.get(key(r), 0) + val(r)
    return c


# ----------------------------------------------------------------------------------------------------
# Method B: SQL over an in-memory sqlite3 DB
# ----------------------------------------------------------------------------------------------------
def load_db():
    con = sqlite3.connect(":memory:")
    schemas = {
        "sales_pipeline.csv": (
            "pipeline",
            [
                "opportunity_id",
                "sales_agent",
                "product",
                "account",
                "deal_stage",
                "engage_date",
                "close_date",
                "close_value",
            ],
        ),
        "sales_teams.csv": ("teams", ["sales_agent", "manager", "regional_office"]),
        "products.csv": ("products", ["product", "series", "sales_price"]),
        "accounts.csv": (
            "accounts",
            ["account", "sector", "year_established", "revenue", "employees", "office_location", "subsidiary_of"],
        ),
    }
    for fname, (table, cols) in schemas.items():
        with open(os.path.join(DATA, fname), newline="", encoding="utf-8") as f:
            r = csv.reader(f)
            header = next(r)
            assert header == cols, (fname, header)
            con.execute("CREATE TABLE %s (%s)" % (table, ", ".join(cols)))
            con.executemany(
                "INSERT INTO %s VALUES (%s)" % (table, ",".join("?" * len(cols))),
                ([v if v != "" else None for v in row] for row in r),
            )
    con.execute("UPDATE pipeline SET product = 'GTX Pro' WHERE product = 'GTXPro'")
    con.execute("UPDATE pipeline SET close_value = CAST(close_value AS INTEGER)")
    con.execute("UPDATE products SET sales_price = CAST(sales_price AS INTEGER)")
    con.execute("UPDATE accounts SET employees = CAST(employees AS INTEGER)")
    con.execute("UPDATE accounts SET year_established = CAST(year_established AS INTEGER)")
    con.execute("UPDATE accounts SET revenue = CAST(revenue AS REAL)")
    return con


class B:
    def __init__(self):
        self.con = load_db()

    def one(self, sql, *p):
        r = self.con.execute(sql, p).fetchone()
        return r[0] if len(r) == 1 else r

    def all(self, sql, *p):
        return self.con.execute(sql, p).fetchall()

    def col(self, sql, *p):
        return [r[0] for r in self.all(sql, *p)]

    def won_rev(self, where, *p):
        return self.one("SELECT COALESCE(SUM(close_value),0) FROM pipeline p WHERE deal_stage='Won' AND " + where, *p)

    def n(self, where, *p):
        return self.one("SELECT COUNT(*) FROM pipeline p WHERE " + where, *p)

    def wr(self, where, *p):
        w, l = self.one("SELECT SUM(deal_stage='Won'), SUM(deal_stage='Lost') FROM pipeline p WHERE " + where, *p)
        return 100.0 * w / (w + l)


def btop(rows, k=1, asc=False):
    """rows already ordered by SQL; assert strict separation at cut k."""
    if asc:
        assert rows[k - 1][1] < rows[k][1], rows[: k + 1]
    else:
        assert rows[k - 1][1] > rows[k][1], rows[: k + 1]
    return rows[:k]


TEAM = "sales_agent IN (SELECT sales_agent FROM teams WHERE manager='%s')"
OFFICE = "sales_agent IN (SELECT sales_agent FROM teams WHERE regional_office='%s')"
OPEN_SQL = "deal_stage IN ('Engaging','Prospecting')"
CYCLE = "(julianday(close_date)-julianday(engage_date))"

# ----------------------------------------------------------------------------------------------------
# Cases
# ----------------------------------------------------------------------------------------------------
Y = 2017
N = "2017-12-31"
CASES = []


def ans(as_user, now, text, fa, fb):
    """fa(a) / fb(b) -> (numbers, names[, absent_names]); rounding is applied inside."""
    CASES.append(dict(kind="answer", as_user=as_user, now=now, text=text, fa=fa, fb=fb))


def prop(as_user, text, names, now=N):
    CASES.append(dict(kind="proposal", as_user=as_user, now=now, text=text, names=names))


def ref(as_user, text, now=N):
    CASES.append(dict(kind="refusal", as_user=as_user, now=now, text=text))


def norm(res):
    nums, names = list(res[0]), list(res[1])
    absent = list(res[2]) if len(res) > 2 else []
    return nums, names, absent


def same(x, y):
    nx, mx, ax = x
    ny, my, ay = y
    if len(nx) != len(ny) or any(abs(float(p) - float(q)) > 1e-9 for p, q in zip(nx, ny)):
        return False
    return mx == my and sorted(ax) == sorted(ay)


def write_or_check(content, out):
    """Write ``content`` to ``out``; with --check only say whether the file holds it, with --show print it."""
    if "--check" in sys.argv:
        try:
            with open(out, encoding="utf-8") as f:
                ok = f.read() == content
        except FileNotFoundError:
            ok = False
        print("OK" if ok else "DIFFERS: %s" % out)
        sys.exit(0 if ok else 1)
    if "--show" in sys.argv:
        for line in content.splitlines():
            d = json.loads(line)
            print(
                d["id"], d["as_user"], d["now"], "|", d["text"][:80].replace("\n", " "), "=>", json.dumps(d["expect"])
            )
        return
    with open(out, "w", encoding="utf-8") as f:
        f.write(content)
    print("wrote %d cases to %s" % (len(content.splitlines()), out))
