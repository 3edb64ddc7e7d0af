"""`serambi stats`: the community health figures of the dashboard, in a terminal or as JSON
and CSV; how one conversation's times were computed; the business hours and SLA settings."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from app import health, queries
from app.cli.output import EXIT_OK, CliError, UsageError, plain, print_json, say, warn
from app.health import explain
from app.health.export import to_json, write_csv
from app.health.report import HealthReport, Summary
from app.workspace import Workspace

MAX_DAYS = 3660


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser("stats", parents=[common],
                              help="community health: response times, volume, backlog, SLA")
    cmd.add_argument("--from", dest="first", metavar="YYYY-MM-DD",
                     help="first day of the period (default: 29 days before --to)")
    cmd.add_argument("--to", dest="last", metavar="YYYY-MM-DD",
                     help="last day of the period, included (default: today)")
    cmd.add_argument("--platform", help="only conversations on this platform")
    cmd.add_argument("--tag", help="only conversations with this tag")
    who = cmd.add_mutually_exclusive_group()
    who.add_argument("--assignee", metavar="NAME", help="only conversations assigned to NAME")
    who.add_argument("--unassigned", action="store_true", help="only unassigned ones")
    cmd.add_argument("--json", action="store_true", help="machine-readable output")
    cmd.add_argument("--csv", type=Path, metavar="FILE",
                     help="also write one row per conversation to FILE")
    cmd.add_argument("--explain", type=int, metavar="ID",
                     help="how conversation ID's times were computed")
    cmd.add_argument("--show-settings", action="store_true",
                     help="print the business hours and SLA settings (JSON)")
    cmd.add_argument("--set-settings", type=Path, metavar="FILE",
                     help="replace the business hours and SLA settings with FILE (JSON)")
    cmd.set_defaults(handler=stats)


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} wants a date like 2026-11-02, not {text!r}") from None


def _period(args: argparse.Namespace, settings: health.HealthSettings) -> tuple[date, date]:
    from datetime import timedelta

    from app.timeutil import utcnow

    last = _day(args.last, "--to") or settings.calendar.local_day(utcnow().timestamp())
    first = _day(args.first, "--from") or last - timedelta(days=29)
    if first > last:
        raise UsageError("--from must not be after --to")
    if (last - first).days >= MAX_DAYS:
        raise UsageError(f"a period can be at most {MAX_DAYS} days")
    return first, last


def stats(args: argparse.Namespace, ws: Workspace) -> int:
    if args.set_settings is not None:
        return _set_settings(ws, args.set_settings)
    settings = health.load(ws.store)
    if args.show_settings:
        print_json(health.settings.to_json(settings))
        return EXIT_OK
    for problem in settings.problems:
        warn(f"health settings: {problem}")
    if args.explain is not None:
        return _explain(ws, args.explain, settings, args.json)
    first, last = _period(args, settings)
    filters = health.Filters(args.platform, args.tag, "" if args.unassigned else args.assignee)
    report = health.compute(ws.store, first, last, filters, settings=settings)
    if args.csv is not None:
        with args.csv.open("w", encoding="utf-8", newline="") as out:
            rows = write_csv(report, out)
        if not args.json:
            say(f"Wrote {rows} conversation(s) to {args.csv}")
    if args.json:
        print_json(to_json(report))
    else:
        _print(report, settings)
    return EXIT_OK


def _set_settings(ws: Workspace, path: Path) -> int:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise CliError(f"{path} is not JSON: {exc}") from None
    health.save(ws.store, value)
    say("Saved the business hours and SLA settings.")
    return EXIT_OK


def _explain(ws: Workspace, cid: int, settings: health.HealthSettings, as_json: bool) -> int:
    found = health.conversations(ws.store, [cid], settings=settings).get(cid)
    if found is None:
        raise CliError(f"there is no conversation {cid}")
    detail = queries.conversation(ws.store, cid)
    shown = {m.id: m for m in detail.messages}

    def who(mid: int | None) -> str:
        m = shown.get(mid) if mid is not None else None
        if m is None:
            return "-"
        name = plain(m.author_name or m.author_handle or m.direction, one_line=True)[:30]
        return f"{name}'s message ({plain(m.text, one_line=True)[:40]!r})"

    lines = explain.describe(found, settings, who)
    if as_json:
        print_json({"conversation": cid, "explain": lines, "timeline": found.timeline,
                    "clocks": found.clocks})
    else:
        for line in lines:
            say(line)
    return EXIT_OK


def _fmt(s: Summary) -> str:
    return (f"{explain.duration(s.median):>9} {explain.duration(s.p90):>9} "
            f"{explain.duration(s.mean):>9}")


def _print(r: HealthReport, settings: health.HealthSettings) -> None:
    say(f"Community health {r.first_day} to {r.last_day} ({r.zone}; business hours "
        f"{_hours(settings)})" + _filter_text(r))
    say(f"{'':22}{'median':>9} {'p90':>9} {'mean':>9}   {'business hours: median':>22}"
        f" {'p90':>9}  {'n':>6}")
    m = r.metrics
    for name, raw, business in (("First response", m.first_response, m.first_response_business),
                                ("Reply time", m.reply, m.reply_business),
                                ("Resolution", m.resolution, m.resolution_business)):
        say(f"{name:22}{_fmt(raw)}   {explain.duration(business.median):>22} "
            f"{explain.duration(business.p90):>9}  {raw.count:>6}")
    rate = r.response_rate
    say(f"Response rate         {rate.part} of {rate.whole} openings answered"
        + (f" ({rate.rate:.0%})" if rate.rate is not None else ""))
    v = r.volume
    say(f"Volume                {v.inbound} in, {v.outbound} out, {v.conversations} new "
        "conversation(s)")
    for label, tally in (("first response", r.sla.first_response),
                         ("next reply", r.sla.next_reply), ("resolution", r.sla.resolution)):
        rate_text = f" ({tally.hit_rate:.0%} hit)" if tally.hit_rate is not None else ""
        say(f"SLA {label:18}{tally.hit} hit, {tally.missed} missed, {tally.active} running"
            + rate_text)
    b = r.backlog
    say(f"Now: backlog {b.total} ({', '.join(f'{k} {n}' for k, n in b.by_status.items() if n)})"
        f", {len(b.unattended)} waiting on a reply ({len(b.awaiting_first)} with none yet), "
        f"oldest {explain.duration(b.oldest_age)}")
    say(f"Now: {len(r.sla.overdue)} overdue, {len(r.sla.breaching_soon)} due within "
        f"{settings.soon_minutes} min")
    for title, rows in (("platform", r.by_platform), ("tag", r.by_tag),
                        ("assignee", r.by_assignee)):
        for item in rows[:10]:
            name = plain(item.key, one_line=True)[:20] or "(nobody)"
            say(f"  {title} {name:<20} {item.conversations:>5} conv.  first response "
                f"{explain.duration(item.metrics.first_response_business.median)} median "
                "(business hours)")


def _filter_text(r: HealthReport) -> str:
    parts = [f"platform {r.platform}" if r.platform else "", f"#{r.tag}" if r.tag else "",
             ("unassigned" if r.assignee == "" else f"assigned to {r.assignee}")
             if r.assignee is not None else ""]
    shown = ", ".join(plain(p, one_line=True) for p in parts if p)
    return f", only {shown}" if shown else ""


def _hours(settings: health.HealthSettings) -> str:
    from app.health.calendar import WEEKDAYS

    days = [f"{name[:2].title()} " + ",".join(f"{s // 60:02d}:{s % 60:02d}-{e // 60:02d}:"
                                               f"{e % 60:02d}" for s, e in spans)
            for name, spans in zip(WEEKDAYS, settings.calendar.week, strict=True) if spans]
    return "; ".join(days) or "none"
