"""Run the rule engines over real Enron mail and keep each body's verdict, so that a change to a rule can be
judged by what it does to mail nobody wrote for it: how many bodies each engine flags, and which verdicts
moved since a saved run.

    .venv/bin/python bench/enron_sweep.py --out /tmp/before.jsonl            # before a change
    .venv/bin/python bench/enron_sweep.py --out /tmp/after.jsonl --compare /tmp/before.jsonl

Engines (``--only`` picks some): ``privacy`` (special categories, every AESLC body), ``risk`` (each body as
the customer's one reply on an open deal), ``extract`` (the proposed deal update) and ``screen`` (the chat
refusal screen), the last three on the first ``--emails`` bodies.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agents.insights.risk import assess  # noqa: E402
from agents.insights.thread import DealFacts, Message  # noqa: E402
from agents.safety import screen  # noqa: E402
from bot.evals.extract import known_accounts, our_people  # noqa: E402
from memory.extract import extract_update  # noqa: E402
from policies.privacy import detect  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
AESLC = [SHARED / "enron_aeslc" / name for name in ("aeslc_train.csv", "aeslc_dev_test.csv")]
NOW = date(2001, 6, 1)  # the corpus' own time, so relative dates in the mail resolve sensibly


def bodies() -> Iterator[tuple[str, str]]:
    csv.field_size_limit(10**9)
    for path in AESLC:
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                yield f"{row['split']}/{row['file']}", row["body"]


def privacy(text: str) -> Any:
    return detect(text).categories


def risk(text: str) -> Any:
    # Our question three days ago, their answer yesterday, on a deal due in six weeks.
    deal = DealFacts("Engaging", NOW + timedelta(days=42), "Enron", "GTX Pro", 5000)
    asked = datetime(2001, 5, 29, 10, 0)
    messages = [
        Message(asked, "email", "outbound", "Hi, following up on our proposal - any thoughts?", ""),
        Message(asked + timedelta(days=2), "email", "inbound", text, ""),
    ]
    return assess(deal, messages, NOW).codes


def extractor() -> Callable[[str], Any]:
    accounts, ours = known_accounts(SHARED / "crm_maven"), our_people(SHARED / "crm_maven")

    def extract(text: str) -> Any:
        out = extract_update(text, now=NOW, accounts=accounts, people_to_ignore=ours).as_json()
        return {k: out[k] for k in ("account", "amount", "close_date", "stage", "competitors", "contacts")}

    return extract


def chat_screen(text: str) -> Any:
    refusal = screen(text)
    return refusal.reason if refusal else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="where to write every body's verdicts (JSONL)")
    parser.add_argument("--compare", type=Path, help="an earlier --out of the same engines: list what moved")
    parser.add_argument("--emails", type=int, default=3000, help="bodies for risk, extract and screen")
    parser.add_argument("--only", default="privacy,risk,extract,screen")
    args = parser.parse_args()
    engines: dict[str, tuple[Callable[[str], Any], int | None]] = {
        "privacy": (privacy, None),
        "risk": (risk, args.emails),
        "extract": (extractor(), args.emails),
        "screen": (chat_screen, args.emails),
    }
    chosen = [name for name in args.only.split(",") if name in engines]
    results: dict[str, dict[str, Any]] = {name: {} for name in chosen}
    for n, (key, text) in enumerate(bodies()):
        for name in chosen:
            run, limit = engines[name]
            if limit is None or n < limit:
                results[name][key] = run(text)
    with args.out.open("w", encoding="utf-8") as fh:
        for name in chosen:
            for key, verdict in results[name].items():
                fh.write(json.dumps({"engine": name, "body": key, "verdict": verdict}) + "\n")
    before = _load(args.compare) if args.compare else {}
    for name in chosen:
        _report(name, results[name], before.get(name))


def _load(path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out.setdefault(row["engine"], {})[row["body"]] = row["verdict"]
    return out


def _report(name: str, now: dict[str, Any], before: dict[str, Any] | None) -> None:
    flagged = sum(1 for v in now.values() if v)
    line = f"{name}: {flagged} of {len(now)} bodies flagged" if name != "extract" else f"{name}: {len(now)} bodies"
    if name in ("privacy", "risk"):
        counts = Counter(code for v in now.values() for code in v)
        line += " (" + ", ".join(f"{code} {n}" for code, n in counts.most_common()) + ")"
    if before is not None:
        moved = [key for key, verdict in now.items() if key in before and before[key] != verdict]
        was = sum(1 for key in now if before.get(key))
        line += f"; before {was}; {len(moved)} changed" if name != "extract" else f"; {len(moved)} changed"
        print(line)
        for key in moved:
            print(f"  {key}: {json.dumps(before[key])} -> {json.dumps(now[key])}")
    else:
        print(line)


if __name__ == "__main__":
    main()
