"""Answers through the chat pipeline for groups past a bar in money, figures by country, the accounts' own size
and their spread over sectors, and the mean win against list: the figures and names the asker needs are in the reply."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from bot.events import IncomingMessage, Reply
from bot.pipeline import Pipeline
from tests.conftest import agent_for


def ask(engine: Engine, user: str, text: str) -> Reply:
    message = IncomingMessage("console", user, text, conversation_id=f"groups-{hash(text)}", today=date(2017, 12, 31))
    return Pipeline(engine, agent_for(engine)).handle_sync(message)


def _rows(maven_dir: Path, name: str) -> list[dict[str, str]]:
    with (maven_dir / name).open() as f:
        return list(csv.DictReader(f))


def test_reps_past_a_bar_are_counted_and_named(seeded_engine: Engine, maven_dir: Path) -> None:
    totals: dict[str, float] = {}
    for r in _rows(maven_dir, "sales_pipeline.csv"):
        if r["deal_stage"] == "Won":
            totals[r["sales_agent"]] = totals.get(r["sales_agent"], 0.0) + float(r["close_value"])
    past = [rep for rep, v in totals.items() if v > 440000]
    reply = ask(seeded_engine, "Cara Losch", "how many sellers across the company have booked over $440k, and who?")
    assert reply.kind == "answer" and f"{len(past)} reps" in reply.text
    assert all(rep in reply.text for rep in past)


def test_the_country_we_win_most_from(seeded_engine: Engine, maven_dir: Path) -> None:
    reply = ask(seeded_engine, "Cara Losch", "which country brings in the most won revenue?")
    assert reply.kind == "answer" and reply.text.startswith("United States has the highest won revenue")


def test_accounts_by_their_own_revenue_and_what_we_won_there(seeded_engine: Engine, maven_dir: Path) -> None:
    big = [r["account"] for r in _rows(maven_dir, "accounts.csv") if float(r["revenue"]) > 5000]
    reply = ask(seeded_engine, "Cara Losch", "how many of our customers are over $5 billion in annual revenue, and "
                                             "what have we won from them?")  # fmt: skip
    assert reply.kind == "answer" and reply.text.startswith(f"{len(big)} accounts")
    assert all(name in reply.text for name in big) and "Won revenue from them" in reply.text


def test_the_sector_with_the_most_accounts(seeded_engine: Engine, maven_dir: Path) -> None:
    counts: dict[str, int] = {}
    for r in _rows(maven_dir, "accounts.csv"):
        counts[r["sector"]] = counts.get(r["sector"], 0) + 1
    top = max(counts.values())
    reply = ask(seeded_engine, "Cara Losch", "which vertical has the most companies in our CRM?")
    assert reply.kind == "answer" and f"the most accounts: {top} of {sum(counts.values())}" in reply.text


def test_the_mean_win_against_the_list_price(seeded_engine: Engine) -> None:
    reply = ask(seeded_engine, "Zane Levy", "what do my GTX Pro wins average out to? want to hold it against list")
    assert reply.kind == "answer" and "average won deal size" in reply.text and "average list price" in reply.text
