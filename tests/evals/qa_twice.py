"""Shared harness of the blind QA generators (make_qa_blind17.py on): every expected figure is
computed twice, independently of the product code, from the crm_maven CSVs - once in plain Python over csv rows
(``py_*``) and once in SQL over an in-memory sqlite3 copy (``sql_*``) - and the public helpers (``metric``, ``rank``,
``max_won``, ``oldest_open``, ``ids``, ``acc_field``, ``subs_of``) raise SystemExit when the two disagree.
Generators whose rules differ (rounding, undefined metrics, their own SQL load) keep those parts locally and reuse
the data, row filter, WHERE builder, comparisons (``same``, ``num``, ``check_rank``) and periods from here.
``Cases`` builds a set case by case, checking each as it is added. Stdlib only.
"""

import calendar
import csv
import json
import os
import sqlite3
import statistics
from datetime import date

# the shared data sits beside the repository: <parent>/shared/data/crm_maven
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data", "crm_maven")
OPEN = ("Engaging", "Prospecting")


def rd(name):
    with open(os.path.join(D, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


PIPE, ACC, PROD, TEAM = rd("sales_pipeline.csv"), rd("accounts.csv"), rd("products.csv"), rd("sales_teams.csv")


# ---------------- Python side ----------------
def norm_prod(p):
    return "GTX Pro" if p == "GTXPro" else p


PRICE = {r["product"]: float(r["sales_price"]) for r in PROD}
MGR = {r["sales_agent"]: r["manager"] for r in TEAM}
OFF = {r["sales_agent"]: r["regional_office"] for r in TEAM}
ACCD = {r["account"]: r for r in ACC}


def py_rows(f):
    out = []
    for r in PIPE:
        prod = norm_prod(r["product"])
        if "agent" in f and r["sales_agent"] != f["agent"]:
            continue
        if "manager" in f and MGR.get(r["sales_agent"]) != f["manager"]:
            continue
        if "office" in f and OFF.get(r["sales_agent"]) != f["office"]:
            continue
        if "product" in f and prod != f["product"]:
            continue
        if "account" in f and r["account"] != f["account"]:
            continue
        if "group" in f:
            a = r["account"]
            if not a or not (a == f["group"] or ACCD[a]["subsidiary_of"] == f["group"]):
                continue
        if "sector" in f:
            a = r["account"]
            if not a or ACCD[a]["sector"] != f["sector"]:
                continue
        if "no_account" in f and r["account"] != "":
            continue
        if "stages" in f and r["deal_stage"] not in f["stages"]:
            continue
        if "close" in f:
            c = r["close_date"]
            if not c or not (f["close"][0] <= c <= f["close"][1]):
                continue
        if "engage" in f:
            e = r["engage_date"]
            if not e or not (f["engage"][0] <= e <= f["engage"][1]):
                continue
        out.append(dict(r, product=prod))
    return out


def py_metric(m, f):
    if m == "count":
        return len(py_rows(f))
    if m == "won_rev":
        return sum(float(r["close_value"]) for r in py_rows(dict(f, stages=("Won",))))
    if m == "won_n":
        return len(py_rows(dict(f, stages=("Won",))))
    if m == "lost_n":
        return len(py_rows(dict(f, stages=("Lost",))))
    if m == "win_rate":
        w = len(py_rows(dict(f, stages=("Won",))))
        lo = len(py_rows(dict(f, stages=("Lost",))))
        return round(100.0 * w / (w + lo), 1) if w + lo else 0.0
    if m == "avg_won":
        v = [float(r["close_value"]) for r in py_rows(dict(f, stages=("Won",)))]
        return round(statistics.mean(v)) if v else 0
    if m == "pipeline":
        return sum(PRICE[r["product"]] for r in py_rows(dict(f, stages=OPEN)))
    if m == "open_n":
        return len(py_rows(dict(f, stages=OPEN)))
    if m == "cycle":
        v = [
            (date.fromisoformat(r["close_date"]) - date.fromisoformat(r["engage_date"])).days
            for r in py_rows(dict(f, stages=("Won",)))
        ]
        return round(statistics.mean(v), 1)
    raise KeyError(m)


def py_rank(m, key, f, n, reverse=True, universe=None):
    keys = universe or sorted({keyof(r, key) for r in py_rows(f) if keyof(r, key)})
    vals = []
    for k in keys:
        vals.append((py_metric(m, dict(f, **{key: k})), k))
    vals.sort(key=lambda t: -t[0] if reverse else t[0])
    return vals


def keyof(r, key):
    if key == "agent":
        return r["sales_agent"]
    if key == "account":
        return r["account"]
    if key == "product":
        return r["product"]
    if key == "office":
        return OFF.get(r["sales_agent"])
    if key == "sector":
        return ACCD[r["account"]]["sector"] if r["account"] else None


def py_max_won(f):
    rows = py_rows(dict(f, stages=("Won",)))
    best = max(rows, key=lambda r: float(r["close_value"]))
    vals = sorted((float(r["close_value"]) for r in rows), reverse=True)
    if len(vals) > 1 and vals[0] == vals[1]:
        raise SystemExit("tie on max won")
    return float(best["close_value"]), best["account"], best["product"], best["sales_agent"], best["opportunity_id"]


def py_oldest_open(f):
    rows = [r for r in py_rows(dict(f, stages=("Engaging",))) if r["engage_date"]]
    rows.sort(key=lambda r: r["engage_date"])
    if len(rows) > 1 and rows[0]["engage_date"] == rows[1]["engage_date"]:
        raise SystemExit("tie on oldest open")
    return rows[0]["opportunity_id"], rows[0]["account"], rows[0]["product"]


def py_ids(f):
    return sorted(r["opportunity_id"] for r in py_rows(f))


# ---------------- SQL side ----------------
db = sqlite3.connect(":memory:")
db.execute(
    "create table pipe_raw(opportunity_id, sales_agent, product, account, deal_stage, engage_date, close_date,"
    " close_value)"
)
db.executemany(
    "insert into pipe_raw values (?,?,?,?,?,?,?,?)",
    [
        tuple(
            r[k]
            for k in [
                "opportunity_id",
                "sales_agent",
                "product",
                "account",
                "deal_stage",
                "engage_date",
                "close_date",
                "close_value",
            ]
        )
        for r in PIPE
    ],
)
db.execute("create table acc(account, sector, year_established, revenue, employees, office_location, subsidiary_of)")
db.executemany(
    "insert into acc values (?,?,?,?,?,?,?)",
    [
        tuple(
            r[k]
            for k in [
                "account",
                "sector",
                "year_established",
                "revenue",
                "employees",
                "office_location",
                "subsidiary_of",
            ]
        )
        for r in ACC
    ],
)
db.execute("create table prod(product, series, sales_price)")
db.executemany("insert into prod values (?,?,?)", [(r["product"], r["series"], float(r["sales_price"])) for r in PROD])
db.execute("create table team(sales_agent, manager, regional_office)")
db.executemany(
    "insert into team values (?,?,?)", [(r["sales_agent"], r["manager"], r["regional_office"]) for r in TEAM]
)
db.execute("""create view pipe as select p.opportunity_id, p.sales_agent,
  case when p.product='GTXPro' then 'GTX Pro' else p.product end as product,
  nullif(p.account,'') as account, p.deal_stage, nullif(p.engage_date,'') as engage_date,
  nullif(p.close_date,'') as close_date, cast(nullif(p.close_value,'') as real) as close_value,
  t.manager, t.regional_office as office, a.sector, a.subsidiary_of
  from pipe_raw p left join team t on t.sales_agent=p.sales_agent left join acc a on a.account=p.account""")


def sql_where(f):
    w, a = ["1=1"], []
    if "agent" in f:
        w.append("sales_agent=?")
        a.append(f["agent"])
    if "manager" in f:
        w.append("manager=?")
        a.append(f["manager"])
    if "office" in f:
        w.append("office=?")
        a.append(f["office"])
    if "product" in f:
        w.append("product=?")
        a.append(f["product"])
    if "account" in f:
        w.append("account=?")
        a.append(f["account"])
    if "group" in f:
        w.append("(account=? or subsidiary_of=?)")
        a += [f["group"], f["group"]]
    if "sector" in f:
        w.append("sector=?")
        a.append(f["sector"])
    if "no_account" in f:
        w.append("account is null")
    if "stages" in f:
        w.append(f"deal_stage in ({','.join('?' * len(f['stages']))})")
        a += list(f["stages"])
    if "close" in f:
        w.append("close_date between ? and ?")
        a += list(f["close"])
    if "engage" in f:
        w.append("engage_date between ? and ?")
        a += list(f["engage"])
    return " and ".join(w), a


def q1(sql, args):
    return db.execute(sql, args).fetchone()[0]


def sql_metric(m, f):
    w, a = sql_where(f)
    if m == "count":
        return q1(f"select count(*) from pipe where {w}", a)
    if m == "won_rev":
        return q1(f"select coalesce(sum(close_value),0) from pipe where {w} and deal_stage='Won'", a)
    if m == "won_n":
        return q1(f"select count(*) from pipe where {w} and deal_stage='Won'", a)
    if m == "lost_n":
        return q1(f"select count(*) from pipe where {w} and deal_stage='Lost'", a)
    if m == "win_rate":
        return q1(
            f"""select coalesce(round(100.0*sum(deal_stage='Won')/nullif(sum(deal_stage in ('Won','Lost')),0),1),0.0)
                      from pipe where {w}""",
            a,
        )
    if m == "avg_won":
        return q1(f"select coalesce(round(avg(close_value)),0) from pipe where {w} and deal_stage='Won'", a)
    if m == "pipeline":
        return q1(
            f"""select coalesce(sum(pr.sales_price),0) from pipe join prod pr using(product)
                      where {w} and deal_stage in ('Engaging','Prospecting')""",
            a,
        )
    if m == "open_n":
        return q1(f"select count(*) from pipe where {w} and deal_stage in ('Engaging','Prospecting')", a)
    if m == "cycle":
        return q1(
            f"select round(avg(julianday(close_date)-julianday(engage_date)),1) from pipe"
            f" where {w} and deal_stage='Won'",
            a,
        )
    raise KeyError(m)


SQLKEY = {"agent": "sales_agent", "account": "account", "product": "product", "office": "office", "sector": "sector"}


def sql_rank(m, key, f, n, reverse=True, universe=None):
    col = SQLKEY[key]
    w, a = sql_where(f)
    if universe:
        keys = list(universe)
    else:
        keys = [r[0] for r in db.execute(f"select distinct {col} from pipe where {w} and {col} is not null", a)]
    vals = [(sql_metric(m, dict(f, **{key: k})), k) for k in keys]
    vals.sort(key=lambda t: -t[0] if reverse else t[0])
    return vals


def sql_max_won(f):
    w, a = sql_where(f)
    r = db.execute(
        f"""select close_value, account, product, sales_agent, opportunity_id from pipe where {w} and deal_stage='Won'
                       order by close_value desc limit 1""",
        a,
    ).fetchone()
    return tuple(r)


def sql_oldest_open(f):
    w, a = sql_where(f)
    r = db.execute(
        f"""select opportunity_id, account, product from pipe where {w} and deal_stage='Engaging'
                       order by engage_date asc limit 1""",
        a,
    ).fetchone()
    return tuple(r)


def sql_ids(f):
    w, a = sql_where(f)
    return sorted(r[0] for r in db.execute(f"select opportunity_id from pipe where {w}", a))


# ---------------- both ----------------
def same(x, y):
    if isinstance(x, (int, float)) and isinstance(y, (int, float)):
        return abs(float(x) - float(y)) < 1e-6
    return x == y


def metric(m, **f):
    a, b = py_metric(m, f), sql_metric(m, f)
    if not same(a, b):
        raise SystemExit(f"DISAGREE {m} {f}: py={a} sql={b}")
    return num(a)


def num(x):
    x = float(x)
    return int(round(x)) if abs(x - round(x)) < 1e-9 else x


def rank(m, key, n, reverse=True, universe=None, **f):
    a, b = py_rank(m, key, f, n, reverse, universe), sql_rank(m, key, f, n, reverse, universe)
    return check_rank(a, b, n, m, key, f)


def check_rank(a, b, n, m, key, f):
    """Top n of two sorted [(value, key), ...] rankings: same key->value maps, no tie at or above the cut."""
    # compare as key->value maps, and the order of the top n
    if dict((k, round(float(v), 6)) for v, k in a) != dict((k, round(float(v), 6)) for v, k in b):
        raise SystemExit(f"DISAGREE rank {m} {key} {f}")
    if len(a) > n and same(a[n - 1][0], a[n][0]):
        raise SystemExit(f"TIE at ranking cut {m} {key} {f}: {a[n - 1]} vs {a[n]}")
    for i in range(n - 1):
        if same(a[i][0], a[i + 1][0]):
            raise SystemExit(f"TIE inside top {n} {m} {key} {f}")
    if [k for _, k in a[:n]] != [k for _, k in b[:n]]:
        raise SystemExit(f"DISAGREE rank order {m} {key} {f}")
    return [(num(v), k) for v, k in a[:n]]


def max_won(**f):
    a, b = py_max_won(f), sql_max_won(f)
    if not (same(a[0], b[0]) and a[1:] == tuple(b[1:])):
        raise SystemExit(f"DISAGREE max_won {f}: {a} {b}")
    return (num(a[0]),) + a[1:]


def oldest_open(**f):
    a, b = py_oldest_open(f), sql_oldest_open(f)
    if a != b:
        raise SystemExit(f"DISAGREE oldest {f}: {a} {b}")
    return a


def distinct_accounts(stages, **f):
    """Number of distinct accounts with at least one deal in ``stages``: Python over rows, and SQL, must agree."""
    a = len({r["account"] for r in py_rows(dict(f, stages=stages)) if r["account"]})
    w, args = sql_where(dict(f, stages=stages))
    b = db.execute(f"select count(distinct account) from pipe where {w} and account is not null", args).fetchone()[0]
    if a != b:
        raise SystemExit(f"DISAGREE accounts with {stages} deals {f}: {a} {b}")
    return a


def oldest_open_owner(**f):
    """Owner (sales_agent) of the oldest Engaging deal in f: Python over rows, and SQL, must agree."""
    oid = oldest_open(**f)[0]
    a = [r["sales_agent"] for r in py_rows(f) if r["opportunity_id"] == oid]
    b = db.execute("select sales_agent from pipe where opportunity_id=?", [oid]).fetchall()
    if len(a) != 1 or [a[0]] != [x[0] for x in b]:
        raise SystemExit(f"DISAGREE owner of {oid}: {a} {b}")
    return a[0]


def ids(**f):
    a, b = py_ids(f), sql_ids(f)
    if a != b:
        raise SystemExit(f"DISAGREE ids {f}")
    return a


def acc_field(account, field):
    a = ACCD[account][field]
    b = q1(f"select {field} from acc where account=?", [account])
    if a != b:
        raise SystemExit(f"DISAGREE acc {account} {field}")
    return a


def subs_of(parent):
    a = sorted(r["account"] for r in ACC if r["subsidiary_of"] == parent)
    b = sorted(r[0] for r in db.execute("select account from acc where subsidiary_of=?", [parent]))
    if a != b:
        raise SystemExit(f"DISAGREE subs {parent}")
    return a


Q1, Q2, Q3, Q4 = (
    ("2017-01-01", "2017-03-31"),
    ("2017-04-01", "2017-06-30"),
    ("2017-07-01", "2017-09-30"),
    ("2017-10-01", "2017-12-31"),
)
Y17 = ("2017-01-01", "2017-12-31")


def month(m, y=2017):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def open_ids_elsewhere(account, agent):
    return [i for i in ids(account=account, stages=OPEN) if i not in ids(account=account, agent=agent, stages=OPEN)]


PCOLS = [
    "opportunity_id",
    "sales_agent",
    "product",
    "account",
    "deal_stage",
    "engage_date",
    "close_date",
    "close_value",
]
ACOLS = ["account", "sector", "year_established", "revenue", "employees", "office_location", "subsidiary_of"]


def load_csv(con, table, fname, cols, empty_as_null):
    """Load one CSV into sqlite straight from the file (csv.reader, not the parsed rows above), as text."""
    with open(os.path.join(D, fname), newline="", encoding="utf-8") as fh:
        rdr = csv.reader(fh)
        header = next(rdr)
        assert header == cols, (fname, header)
        con.execute(f"create table {table} ({', '.join(cols)})")
        con.executemany(
            f"insert into {table} values ({','.join('?' * len(cols))})",
            ([v if v != "" or not empty_as_null else None for v in row] for row in rdr),
        )


def independent_db(empty_as_null):
    """A second sqlite3 copy loaded from the files themselves: tables pipe_raw, acc, prod, team (no view)."""
    con = sqlite3.connect(":memory:")
    load_csv(con, "pipe_raw", "sales_pipeline.csv", PCOLS, empty_as_null)
    load_csv(con, "acc", "accounts.csv", ACOLS, empty_as_null)
    load_csv(con, "prod", "products.csv", ["product", "series", "sales_price"], empty_as_null)
    load_csv(con, "team", "sales_teams.csv", ["sales_agent", "manager", "regional_office"], empty_as_null)
    return con


class Cases:
    """The cases of one generated set, each checked as it is added: a known user, no two expected numbers within 1%
    of each other (the scorer's tolerance), no empty or both-expected-and-absent name, an answer that checks
    something, and no answer expectations on a proposal's or refusal's numbers. Ids run ``<prefix>-001`` on."""

    def __init__(self, prefix):
        self.prefix = prefix
        self.items = []

    def add(self, as_user, text, outcome="answer", numbers=(), names=(), absent=(), now="2017-12-31"):
        case = len(self.items) + 1
        if as_user not in MGR and as_user not in set(MGR.values()):
            raise SystemExit(f"unknown user {as_user}")
        nums = [num(x) for x in numbers]
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                a, b = float(nums[i]), float(nums[j])
                if abs(a - b) <= 0.01 * max(abs(a), abs(b)):
                    raise SystemExit(f"numbers within 1% in case {case}: {a} {b}")
        for n in names:
            if not n:
                raise SystemExit(f"empty expected name in case {case}")
            if any(n.lower() == x.lower() for x in absent):
                raise SystemExit("name both expected and absent")
        if outcome == "answer" and not nums and not names:
            raise SystemExit("answer case without expectations")
        if outcome != "answer" and (nums or (outcome == "refusal" and names)):
            raise SystemExit("non-answer case with answer expectations")
        self.items.append(
            {
                "id": f"{self.prefix}-{case:03d}",
                "as_user": as_user,
                "now": now,
                "text": text,
                "expect": {"outcome": outcome, "numbers": nums, "names": list(names), "absent_names": list(absent)},
            }
        )

    def write(self, out, answers, proposals, refusals):
        """Check the set's size and mix of outcomes, then write it to ``out`` (or check it, see write_or_check)."""
        from qa_ground_truth import write_or_check

        wanted = {"answer": answers, "proposal": proposals, "refusal": refusals}
        assert len({c["id"] for c in self.items}) == len(self.items) == sum(wanted.values()), len(self.items)
        for outcome, count in wanted.items():
            assert sum(c["expect"]["outcome"] == outcome for c in self.items) == count, outcome
        write_or_check("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in self.items), out)
