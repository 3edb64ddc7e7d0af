"""SIGKILL the real SyncEngine at random moments and prove nothing is lost or doubled.

This module is a process of its own (`python -m tests.reliability.crash_sync`): it imports
the app once, then forks one child per trial that runs `SyncEngine.run_once` in a loop
against the computed platform; the parent kills it with SIGKILL after a random delay and
inspects the database with plain sqlite3 before forking the next child (no connection is
ever open across a fork). A last child runs to the end without being killed. It prints the
figures as JSON; tests/reliability/test_crash_sync.py and bench/crash.py read them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sqlite3
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.ingest import ingest_in
from app.items import InboundItem
from app.keyring_choice import SessionMemory
from app.secrets import Secrets
from app.store import open_store
from app.sync import SyncEngine, save_state
from tests.reliability.computed import STREAMS, ComputedConnector, platform_id, served

ENDLESS = 10**9  # while trials run, the platform always has more


@dataclass
class Figures:
    seed: int
    trials: int
    page: int
    killed: int = 0  # children that were still running when the kill came
    finished_early: int = 0
    pages_lost_in_flight: int = 0  # fetched, not yet committed when killed: served again
    violations: list[str] = field(default_factory=list)
    items_served: int = 0
    items_stored: int = 0
    duplicates: int = 0
    missing: int = 0
    indexed: int = 0
    integrity: str = ""
    seconds: float = 0.0


def _factory(_platform: str) -> Any:
    return ComputedConnector


def setup(db: Path, log: Path, page: int) -> None:
    store = open_store(f"sqlite:///{db}")
    try:
        with store.write() as conn:
            conn.exec_driver_sql(
                "INSERT INTO accounts (platform, handle, server_url, display_name, settings, "
                "secret_ref, enabled, created_at) VALUES ('computed', '@brand', '', '', ?, '', "
                "1, '2026-11-01 00:00:00')",
                (json.dumps({"page": page, "limit": ENDLESS, "log": str(log)}),))
    finally:
        store.dispose()


async def _sync(db: Path, until_caught_up: bool) -> None:
    store = open_store(f"sqlite:///{db}")
    engine = SyncEngine(store, Secrets(SessionMemory()), factory_for=_factory)
    while True:
        reports = await engine.run_once()
        if any(r.error for r in reports):
            raise SystemExit(f"sync failed: {[r.error for r in reports]}")
        if until_caught_up and all(r.fetched == 0 for r in reports):
            return


def _broken_commit(self: SyncEngine, account: Any, stream: str, items: list[InboundItem],
                   cursor: str | None, report: Any) -> None:
    """What the proof must catch: the cursor committed apart from its page."""
    with self.store.write() as conn:
        save_state(conn, account.id, stream, cursor=cursor)
    time.sleep(0.005)
    with self.store.write() as conn:
        ingest_in(conn, account.id, account.platform, items)


def _child(db: Path, until_caught_up: bool) -> None:
    code = 0
    try:
        asyncio.run(_sync(db, until_caught_up))
    except BaseException as exc:  # the parent reads the exit code
        print(f"child failed: {exc!r}", file=sys.stderr)
        code = 1
    os._exit(code)


def inspect(db: Path) -> dict[str, tuple[int, list[int]]]:
    """(cursor, stored item indexes) per stream, read with plain sqlite3."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        cursors = dict(conn.execute("SELECT stream, cursor FROM sync_state").fetchall())
        rows = [r[0] for r in conn.execute("SELECT platform_id FROM messages")]
    finally:
        conn.close()
    result = {}
    for stream in STREAMS:
        prefix = platform_id(stream, 0)[0]
        indexes = sorted(int(p[1:]) for p in rows if p.startswith(prefix))
        result[stream] = (int(cursors.get(stream) or 0), indexes)
    return result


def _check(db: Path, previous: dict[str, int], figures: Figures) -> dict[str, int]:
    """After each kill: every stream's items are exactly those before its cursor."""
    cursors = {}
    for stream, (cursor, stored) in inspect(db).items():
        if stored != list(range(cursor)):
            figures.violations.append(f"{stream}: cursor {cursor} but {len(stored)} items "
                                      "stored, not exactly the ones before it")
        if cursor < previous.get(stream, 0):
            figures.violations.append(f"{stream}: cursor went back to {cursor}")
        cursors[stream] = cursor
    return cursors


def _in_flight(log: Path, offset: int, cursors: dict[str, int]) -> bool:
    """Did this trial's child fetch a page it had not committed when it was killed?"""
    if not log.exists():
        return False
    with log.open() as f:
        f.seek(offset)
        for line in f.read().splitlines():
            stream, _, end = line.split()
            if int(end) > cursors.get(stream, 0):
                return True
    return False


def _set_limit(db: Path, limit: int) -> None:
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute("UPDATE accounts SET settings = json_set(settings, '$.limit', ?)",
                         (limit,))
    finally:
        conn.close()


def _final_checks(db: Path, log: Path, limit: int, figures: Figures) -> None:
    seen = served(log)
    conn = sqlite3.connect(db)
    try:
        ids = [r[0] for r in conn.execute("SELECT platform_id FROM messages")]
        figures.indexed = conn.execute("SELECT count(*) FROM message_search_docsize").fetchone()[0]
        figures.integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    figures.items_stored = len(ids)
    figures.duplicates = len(ids) - len(set(ids))
    figures.items_served = sum(len(v) for v in seen.values())
    stored = set(ids)
    for stream in STREAMS:
        wanted = {platform_id(stream, i) for i in range(limit)}
        figures.missing += len(wanted - stored)
        served_ids = {platform_id(stream, i) for i in seen[stream]}
        figures.missing += len(served_ids - stored)


def run(workdir: Path, trials: int, seed: int, page: int = 5,
        delay: tuple[float, float] = (0.05, 0.5), broken: bool = False) -> Figures:
    """`broken` swaps in a sync that commits the cursor before its page (the harness's own
    test: it must report violations)."""
    started = time.monotonic()
    if broken:
        SyncEngine._commit = _broken_commit  # type: ignore[method-assign]
    db, log = workdir / "crash.sqlite3", workdir / "served.log"
    setup(db, log, page)
    rng = random.Random(seed)
    figures = Figures(seed=seed, trials=trials, page=page)
    cursors: dict[str, int] = {}
    for _ in range(trials):
        offset = log.stat().st_size if log.exists() else 0
        pid = os.fork()
        if pid == 0:
            _child(db, until_caught_up=False)
        time.sleep(rng.uniform(*delay))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            figures.killed += 1
        else:
            figures.finished_early += 1
            figures.violations.append(f"a child ended by itself (status {status})")
        cursors = _check(db, cursors, figures)
        figures.pages_lost_in_flight += _in_flight(log, offset, cursors)
    limit = max(cursors.values(), default=0) + 3 * page  # and a few items more, new
    _set_limit(db, limit)
    pid = os.fork()
    if pid == 0:
        _child(db, until_caught_up=True)
    _, status = os.waitpid(pid, 0)
    if status != 0:
        figures.violations.append(f"the last, unkilled sync failed (status {status})")
    _check(db, cursors, figures)
    _final_checks(db, log, limit, figures)
    figures.seconds = round(time.monotonic() - started, 2)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=20261101)
    parser.add_argument("--page", type=int, default=5)
    parser.add_argument("--max-delay", type=float, default=0.5)
    parser.add_argument("--broken", action="store_true",
                        help="commit cursors apart from their pages (must be caught)")
    args = parser.parse_args(argv)
    figures = run(args.dir, args.trials, args.seed, args.page, (0.05, args.max_delay),
                  args.broken)
    print(json.dumps(asdict(figures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
