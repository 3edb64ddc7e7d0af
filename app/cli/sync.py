"""Headless sync: poll every account and send the outbox, once or until stopped."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from typing import Any

from app.accounts import list_accounts
from app.cli.output import EXIT_FAILURE, EXIT_OK, CliError, plain, print_json, say, warn
from app.workspace import Workspace


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser("sync", parents=[common],
                              help="poll every account and send the outbox")
    cmd.add_argument("--once", action="store_true", help="one cycle, then exit")
    cmd.add_argument("--account", type=int, action="append", metavar="ID",
                     help="only this account (repeatable)")
    cmd.add_argument("--json", action="store_true", help="with --once: machine-readable")
    cmd.set_defaults(handler=sync)


def describe(report: Any) -> str:
    head = f"#{report.account_id} {report.platform} {plain(report.handle, one_line=True)}"
    if not report.ok:
        return f"{head}: FAILED: {plain(report.error, one_line=True)}"
    rejected = f", {len(report.rejected)} rejected" if report.rejected else ""
    return (f"{head}: fetched {report.fetched}, {report.inserted} new, {report.updated} "
            f"updated, {report.sent} sent, {report.failed} not sent{rejected}")


def _check_accounts(ws: Workspace, wanted: list[int] | None) -> None:
    known = {a.id for a in list_accounts(ws.store)}
    missing = sorted(set(wanted or ()) - known)
    if missing:
        raise CliError(f"no account with id {', '.join(map(str, missing))} "
                       "(see `serambi accounts list`)")
    if not known:
        raise CliError("there are no accounts to sync: add one with `serambi accounts add`, "
                       "or try `serambi demo seed`")


def sync(args: argparse.Namespace, ws: Workspace) -> int:
    from app.sync import SyncEngine

    _check_accounts(ws, args.account)
    engine = SyncEngine(ws.store, ws.secrets)
    if args.once:
        reports = asyncio.run(engine.run_once(args.account))
        if args.json:
            print_json({"ok": all(r.ok for r in reports), "accounts": [
                {"account_id": r.account_id, "platform": r.platform, "handle": r.handle,
                 "fetched": r.fetched, "inserted": r.inserted, "updated": r.updated,
                 "sent": r.sent, "failed": r.failed, "rejected": list(r.rejected),
                 "ok": r.ok, "error": r.error} for r in reports]})
        else:
            for report in reports:
                (say if report.ok else warn)(describe(report))
        return EXIT_OK if all(r.ok for r in reports) else EXIT_FAILURE
    say("Syncing; press Ctrl+C to stop.")
    asyncio.run(_forever(engine))
    say("Stopped.")
    return EXIT_OK


async def _forever(engine: Any) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        # Windows has no loop signal handlers; Ctrl+C there ends in KeyboardInterrupt.
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)

    def on_report(report: Any) -> None:
        (say if report.ok else warn)(describe(report))

    try:
        await engine.run_forever(stop, on_report)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
