"""``dealbot kpi``: is dealbot paying off? Win rate and cycle time before/after go-live, time saved by drafts,
what became of the drafts, and whether risk flags were acted on. Every figure is a SQL query (memory.kpi).

Go-live is ``DEALBOT_GO_LIVE`` when set, else the day of the first proposal dealbot drafted (in the scope):
deals that closed before it are "before", from it on "after". Time saved assumes
``KPI_MINUTES_PER_EMAIL`` per email approved as drafted and ``KPI_EDITED_SHARE`` of that for an edited one."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from bot.errors import DataError
from bot.services import Services
from memory import kpi
from memory.db import session_scope
from memory.migrate import check_initialised
from memory.models import Role
from memory.users import get_user_by_name, team_of


def _iso(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kpi", help="win rate and cycle time before/after dealbot, drafts, flags acted on")
    p.add_argument("--since", type=_iso, metavar="YYYY-MM-DD", help="first day counted (default: all history)")
    p.add_argument("--until", type=_iso, metavar="YYYY-MM-DD", help="last day counted (default: --as-of)")
    p.add_argument("--as-of", dest="as_of", type=_iso, metavar="YYYY-MM-DD", help='the day that counts as "today"')
    p.add_argument("--rep", action="append", default=[], metavar="NAME", help="only this rep (repeatable)")
    p.add_argument("--team", action="append", default=[], metavar="MANAGER", help="only this manager's reps")
    p.add_argument("--window", type=int, metavar="DAYS", help="days after a flag that count as acting on it "
                   "(default: $KPI_ACTION_WINDOW_DAYS)")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print the figures as JSON")


async def run(services: Services, args: argparse.Namespace) -> int:
    check_initialised(services.engine)
    settings = services.settings
    as_of = args.as_of or date.today()
    until = min(args.until or as_of, as_of)
    if args.since and args.since > until:
        raise DataError(f"--since {args.since} is after --until/--as-of {until}")
    window = args.window if args.window is not None else settings.kpi_action_window_days
    if window < 1:
        raise DataError(f"--window must be at least 1 day (got {window})")
    with session_scope(services.engine) as session:
        owners, scope = _owners(session, args.rep, args.team)
        report = build_report(session, owner_ids=owners, since=args.since, until=until, as_of=as_of, window=window,
                              go_live=settings.go_live, minutes_per_email=settings.kpi_minutes_per_email,
                              edited_share=settings.kpi_edited_share)  # fmt: skip
    report["scope"] = scope
    print(json.dumps(report, indent=2, default=str) if args.json else render(report))
    return 0


def _owners(session: Session, reps: list[str], teams: list[str]) -> tuple[list[int] | None, str]:
    if not reps and not teams:
        return None, "everyone"
    ids: list[int] = []
    labels: list[str] = []
    for name in reps:
        user = get_user_by_name(session, name=name)
        ids.append(user.id or 0)
        labels.append(user.name)
    for name in teams:
        manager = get_user_by_name(session, name=name)
        members = team_of(session, manager=manager)
        if manager.role != Role.MANAGER or not members:
            raise DataError(f"{manager.name} has no team (nobody reports to them)")
        ids += [m.id for m in members if m.id is not None]
        labels.append(f"{manager.name}'s team")
    return sorted(set(ids)), ", ".join(labels)


def build_report(
    session: Session,
    *,
    owner_ids: list[int] | None,
    since: date | None,
    until: date,
    as_of: date,
    window: int,
    go_live: date | None,
    minutes_per_email: float,
    edited_share: float,
) -> dict[str, Any]:
    """Every figure of the report, as plain data."""
    live, how = kpi.go_live_date(session, configured=go_live, owner_ids=owner_ids)
    periods: list[kpi.Outcomes] = []
    if live is None:
        periods.append(kpi.outcomes(session, label="all (no go-live yet)", owner_ids=owner_ids, start=since, end=until))
    else:
        if since is None or since < live:
            before_end = min(live - timedelta(days=1), until)
            periods.append(kpi.outcomes(session, label="before", owner_ids=owner_ids, start=since, end=before_end))
        if live <= until:
            start = max(live, since) if since else live
            periods.append(kpi.outcomes(session, label="after", owner_ids=owner_ids, start=start, end=until))
    counts = kpi.drafts(session, owner_ids=owner_ids, since=since, until=until, as_of=as_of)
    lines = kpi.flags(session, owner_ids=owner_ids, since=since, until=until, as_of=as_of, window_days=window)
    return {
        "as_of": as_of, "since": since, "until": until,
        "go_live": {"date": live, "from": how},
        "outcomes": [asdict(p) | {"closed": p.closed} for p in periods],
        "drafts": asdict(counts) | {"total": counts.total},
        "time_saved_minutes": round(counts.minutes_saved(minutes_per_email=minutes_per_email,
                                                         edited_share=edited_share), 1),
        "assumptions": {"minutes_per_email": minutes_per_email, "edited_share": edited_share,
                        "action_window_days": window},
        "flags": [asdict(line) | {"acted_rate": line.acted_rate} for line in lines],
    }  # fmt: skip


def render(r: dict[str, Any]) -> str:
    """The report as text, with an empty state for each part that has nothing yet."""
    period = f"{r['since'] or 'all history'} to {r['until']}"
    out = [f"dealbot KPI report as of {r['as_of']} ({period}; {r['scope']})"]
    live = r["go_live"]
    out.append(f"Go-live: {live['date']} ({live['from']})" if live["date"] else
               "Go-live: not yet (no proposal drafted; set DEALBOT_GO_LIVE to compare before/after)")  # fmt: skip
    out += ["", "Outcomes (closed deals; cycle = days from engage to close of won deals)"]
    for p in r["outcomes"]:
        span = f"{p['start'] or '...'} to {p['end']}"
        if not p["closed"]:
            out.append(f"  {p['label']:<7} {span}: no closed deals")
            continue
        rate = f"{p['win_rate']:.1f}%" if p["win_rate"] is not None else "n/a"
        cycle = f"{p['avg_cycle_days']:.1f} days" if p["avg_cycle_days"] is not None else "n/a (no won deals)"
        out.append(f"  {p['label']:<7} {span}: {p['closed']} closed ({p['won']} won, {p['lost']} lost), "
                   f"win rate {rate}, cycle {cycle}")  # fmt: skip
    out += _change(r["outcomes"])
    out += ["", "Drafts (email proposals created in the period, as they stood on the as-of day)"]
    d, a = r["drafts"], r["assumptions"]
    if not d["total"]:
        out.append("  no proposals yet")
    else:
        out.append(f"  {d['total']} drafted: {d['approved_as_is']} approved as-is, {d['approved_edited']} approved "
                   f"after edits, {d['rejected']} rejected, {d['expired']} expired, {d['pending']} pending, "
                   f"{d['blocked']} blocked (opted out)")  # fmt: skip
        out.append(f"  time saved: {r['time_saved_minutes']:.0f} min = {d['approved_as_is']} x "
                   f"{a['minutes_per_email']:g} min + {d['approved_edited']} x {a['minutes_per_email']:g} min x "
                   f"{a['edited_share']:g} (KPI_MINUTES_PER_EMAIL, KPI_EDITED_SHARE)")  # fmt: skip
    out += ["", f"Risk flags (acted on = a stage change, an approved email, or an outbound email, call or note "
                f"logged within {a['action_window_days']} days)"]  # fmt: skip
    if not r["flags"]:
        out.append("  no risk flags recorded yet (chat, the home screen and the worker record them)")
    else:
        out.append(f"  {'reason':<21}{'raised':>7}{'acted':>7}{'not':>6}{'open':>6}{'acted %':>9}")
        for f in r["flags"]:
            rate = f"{f['acted_rate']:.1f}" if f["acted_rate"] is not None else "-"
            out.append(f"  {f['reason']:<21}{f['raised']:>7}{f['acted']:>7}{f['not_acted']:>6}{f['window_open']:>6}"
                       f"{rate:>9}")  # fmt: skip
        total = r["flags"][-1]
        out.append(f"  acted on by: {total['by_stage_change']} stage change(s), "
                   f"{total['by_approved_email']} approved email(s), "
                   f"{total['by_interaction']} logged interaction(s); open = window not over")  # fmt: skip
    return "\n".join(out)


def _change(periods: list[dict[str, Any]]) -> list[str]:
    if len(periods) != 2 or not all(p["closed"] for p in periods):
        return []
    before, after = periods
    parts = []
    if before["win_rate"] is not None and after["win_rate"] is not None:
        parts.append(f"win rate {after['win_rate'] - before['win_rate']:+.1f} pts")
    if before["avg_cycle_days"] is not None and after["avg_cycle_days"] is not None:
        parts.append(f"cycle {after['avg_cycle_days'] - before['avg_cycle_days']:+.1f} days")
    return [f"  change after go-live: {', '.join(parts)}"] if parts else []
