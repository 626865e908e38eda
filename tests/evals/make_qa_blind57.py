#!/usr/bin/env python3
"""Generator for qa_blind57.jsonl (blind round 57, kind qa), modelled on make_qa_blind53.py.
Every expected value is computed twice (Python over the CSVs, SQL over sqlite3) by qa_twice.py beside this file.
Focus: own figures by period, tie-free rankings, two-way comparisons, shares, deal-id lists at an account,
oldest open deals, deals with no account, win rates by product, average cycle, multi-part, chatty/typos.
Usage: python3 make_qa_blind57.py [--check|--show]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from qa_twice import (  # noqa: E402
    MGR,
    OPEN,
    Q2,
    Q3,
    Q4,
    Y17,
    Cases,
    ids,
    max_won,
    metric,
    month,
    open_ids_elsewhere,
    rank,
)

D = "/work/shared/data/crm_maven"
OUT = os.path.join(HERE, "qa_blind57.jsonl")
BOOK = Cases("b57")
add = BOOK.add
PRODUCTS = ["GTX Basic", "GTX Pro", "MG Special", "MG Advanced", "GTX Plus Pro", "GTX Plus Basic", "GTK 500"]
OFFICES = ["Central", "East", "West"]


def team(manager):
    return [a for a, m in MGR.items() if m == manager]


def pct(a, b):
    return round(100.0 * a / b, 1)


# ---------- own figures by period ----------
add(
    "Darcel Schlecht",
    "quick one - what did I close-won in $ during Q3?",
    numbers=[metric("won_rev", agent="Darcel Schlecht", close=Q3)],
)
add(
    "Vicki Laflamme",
    "how many deals did i win in october? just the number",
    numbers=[metric("won_n", agent="Vicki Laflamme", close=month(10))],
)
add(
    "Moses Frase",
    "Q2 (apr-jun) — what % of the deals I closed did I actually win?",
    numbers=[metric("win_rate", agent="Moses Frase", close=Q2)],
)
add(
    "Kami Bicknell",
    "ugh sept was rough. hw mny deals did i end up loosing that month??",
    numbers=[metric("lost_n", agent="Kami Bicknell", close=month(9))],
)
add(
    "Hayden Neloms",
    "hey so my manager just pinged me asking about my numbers before our 1:1 tomorrow and I don't have the "
    "dashboard open, sorry - what was my average won deal size in Q3?",
    numbers=[metric("avg_won", agent="Hayden Neloms", close=Q3)],
)

# ---------- rankings (tie-checked) ----------
cl = [a for a in team("Cara Losch") if metric("count", agent=a) > 0]
r = rank("won_rev", "agent", 3, universe=cl, close=Y17)
add(
    "Cara Losch",
    "rank my top three reps by won revenue for 2017, with the amounts",
    numbers=[v for v, _ in r],
    names=[k for _, k in r],
)
r = rank("win_rate", "office", 1, universe=OFFICES, close=Q3)
add(
    "Wilburn Farren",
    "Among Central/East/West, who converted best in Q3 (win rate), and at what %?",
    numbers=[r[0][0]],
    names=[r[0][1]],
)
r = rank("won_n", "product", 1, reverse=False, universe=PRODUCTS, close=Q3)
add(
    "Cecily Lampkin",
    "Looking at jul–sep: the product line with the smallest number of wins overall — which, and how many wins?",
    numbers=[r[0][0]],
    names=[r[0][1]],
)
from qa_twice import OFF  # noqa: E402

west = [a for a in MGR if OFF[a] == "West" and metric("count", agent=a) > 0]
r = rank("won_rev", "agent", 2, universe=west, close=Q4)
add(
    "Gladys Colclough",
    "who's the #2 rep in the West office for won $ in Q4? name + amount",
    numbers=[r[1][0]],
    names=[r[1][1]],
)
r = rank("won_rev", "account", 1, agent="Corliss Cosme", close=Y17)
add(
    "Corliss Cosme",
    "My #1 customer by booked revenue in 2017 — who is it and what did they total?",
    numbers=[r[0][0]],
    names=[r[0][1]],
)
r = rank("win_rate", "product", 1, universe=PRODUCTS, close=Q3)
add(
    "Daniell Hammack", "best product by win rate across the whole company last qtr?", numbers=[r[0][0]], names=[r[0][1]]
)

# ---------- comparisons ----------
add(
    "Anna Snelling",
    "Anna vs Cecily — won revenue this quarter, me vs Cecily Lampkin, both figures",
    numbers=[metric("won_rev", agent="Anna Snelling", close=Q4), metric("won_rev", agent="Cecily Lampkin", close=Q4)],
)
add(
    "Zane Levy",
    "East or West: which office won more deals in 2017? give me both counts",
    numbers=[metric("won_n", office="East", close=Y17), metric("won_n", office="West", close=Y17)],
)
add(
    "Boris Faz",
    "win rate GTX Basic vs MG Special, company wide, all time",
    numbers=[metric("win_rate", product="GTX Basic"), metric("win_rate", product="MG Special")],
)
add(
    "Rosalina Dieter",
    "did my won revenue go up or down from Q3 to Q4? both quarters pls",
    numbers=[
        metric("won_rev", agent="Rosalina Dieter", close=Q3),
        metric("won_rev", agent="Rosalina Dieter", close=Q4),
    ],
)
add(
    "Melvin Marxen",
    "avg sales cycle of my team compared with Dustin Brinkmann's team (won deals, days)",
    numbers=[metric("cycle", manager="Melvin Marxen"), metric("cycle", manager="Dustin Brinkmann")],
)

# ---------- shares ----------
add(
    "Corliss Cosme",
    "what percentage of my won deals (count, not $) were GTX Basic?",
    numbers=[pct(metric("won_n", agent="Corliss Cosme", product="GTX Basic"), metric("won_n", agent="Corliss Cosme"))],
)
add(
    "Niesha Huffines",
    "Central office's share of total company won revenue in 2017, as a %",
    numbers=[pct(metric("won_rev", office="Central", close=Y17), metric("won_rev", close=Y17))],
)
add(
    "Summer Sewald",
    "what fraction of my team's open deals are GTX Pro? percent",
    numbers=[
        pct(metric("open_n", manager="Summer Sewald", product="GTX Pro"), metric("open_n", manager="Summer Sewald"))
    ],
)


# ---------- deal ids at an account ----------
def pick(agent, stages, lo=2, hi=4, **f):
    accs = sorted({r for r in [x for x in __import__("qa_twice").ACCD]})
    for a in accs:
        got = ids(agent=agent, account=a, stages=stages, **f)
        if lo <= len(got) <= hi:
            return a, got
    raise SystemExit(f"no account for {agent}")


acc, got = pick("Darcel Schlecht", OPEN)
add(
    "Darcel Schlecht",
    f"can u list the opportunity ids of my open deals at {acc}?",
    names=got,
    absent=open_ids_elsewhere(acc, "Darcel Schlecht")[:6],
)
acc2, got2 = pick("Jonathan Berthelot", ("Won",))
others = [i for i in ids(account=acc2, stages=("Won",)) if i not in got2][:6]
add("Jonathan Berthelot", f"which deals have I won at {acc2}? ids please", names=got2, absent=others)

# ---------- oldest open ----------
from qa_twice import db, py_oldest_open, py_rows, sql_oldest_open  # noqa: E402


def oldest(**f):
    """Oldest Engaging deal, both sides; an empty account ('' in the CSV, NULL in SQL) counts as the same."""
    a, b = py_oldest_open(f), sql_oldest_open(f)
    if (a[0], a[1] or None, a[2]) != (b[0], b[1] or None, b[2]):
        raise SystemExit(f"DISAGREE oldest {f} {a} {b}")
    return a


def owner(oid):
    a = [r["sales_agent"] for r in py_rows({}) if r["opportunity_id"] == oid]
    b = [x[0] for x in db.execute("select sales_agent from pipe where opportunity_id=?", [oid])]
    if len(a) != 1 or a != b:
        raise SystemExit(f"DISAGREE owner {oid}")
    return a[0]


_a = oldest()
assert not _a[1]  # the oldest open deal has no account: the answer must not invent one
add(
    "Versie Hillebrand",
    "Across every rep, which open opportunity was engaged first (i.e. has been open longest)? opp id and product pls",
    names=[_a[0], _a[2]],
)
oid, oacc, oprod = oldest(agent="Vicki Laflamme")
add(
    "Vicki Laflamme",
    "pipeline hygiene time 🙃 what is the earliest-engaged deal I still have open? need the id + which product",
    names=[oid, oprod] + ([oacc] if oacc else []),
)
oid, _, _ = oldest(manager="Rocco Neubert")
add("Rocco Neubert", "oldest still-open deal on my team — which one and whose is it?", names=[oid, owner(oid)])

# ---------- deals with no account ----------
na = metric("open_n", no_account=True)
add("Lajuana Vencill", "how many open deals in the CRM dont have an account attached at all?", numbers=[na])
add(
    "Anna Snelling",
    "of my open deals, how many are missing an account?",
    numbers=[metric("open_n", agent="Anna Snelling", no_account=True)],
)
add(
    "Dustin Brinkmann",
    "what % of all open deals company-wide have no account on them?",
    numbers=[pct(na, metric("open_n"))],
)

# ---------- win rates by product / cycle ----------
add(
    "Markita Hansen",
    "MG Advanced specifically: how often do I win it (won / closed)?",
    numbers=[metric("win_rate", agent="Markita Hansen", product="MG Advanced")],
)
add(
    "Elease Gluck", "Whats my average sales cycle in days on won deals", numbers=[metric("cycle", agent="Elease Gluck")]
)
add(
    "Reed Clapper",
    "company-wide avg cycle length for GTK 500 wins closed in 2017?",
    numbers=[metric("cycle", product="GTK 500", close=Y17)],
)

# ---------- multi-part ----------
add(
    "Darcel Schlecht",
    "3 things: how many open deals do I have, what's their pipeline value, and my won $ this quarter",
    numbers=[
        metric("open_n", agent="Darcel Schlecht"),
        metric("pipeline", agent="Darcel Schlecht"),
        metric("won_rev", agent="Darcel Schlecht", close=Q4),
    ],
)
add(
    "Celia Rouche",
    "for my team last month: number of won deals and total won revenue?",
    numbers=[
        metric("won_n", manager="Celia Rouche", close=month(11)),
        metric("won_rev", manager="Celia Rouche", close=month(11)),
    ],
)
mw = max_won(agent="Wilburn Farren", close=Y17)
add("Wilburn Farren", "largest single win of mine in 2017 — $ value and customer name?", numbers=[mw[0]], names=[mw[1]])

# ---------- misc ----------
add(
    "Moses Frase",
    "for the board deck: Oct-Dec closed-won $ from tech-sector customers, all reps",
    numbers=[metric("won_rev", sector="technolgy", close=Q4)],
)
add(
    "Kary Hendrixson",
    "total open pipeline value for the East office right now?",
    numbers=[metric("pipeline", office="East")],
)
add(
    "Celia Rouche",
    "how many deals has Carol Thompson won this year?",
    numbers=[metric("won_n", agent="Carol Thompson", close=Y17)],
)
add(
    "Garret Kinder",
    "sum of list prices across everything I have open, please",
    numbers=[metric("pipeline", agent="Garret Kinder")],
)
add(
    "Cassey Cress",
    "how many deals did the West office start engaging in August",
    numbers=[metric("count", office="West", engage=month(8))],
)

# ---------- proposal / refusal ----------
add(
    "Versie Hillebrand",
    "could you draft a note to Codehow checking in on the GTX Plus Pro renewal? I'll approve it before it goes",
    outcome="proposal",
    names=["Codehow", "GTX Plus Pro"],
)
add("Kami Bicknell", "what's a good recipe for banana bread? asking for the team potluck lol", outcome="refusal")

BOOK.write(OUT, answers=38, proposals=1, refusals=1)
