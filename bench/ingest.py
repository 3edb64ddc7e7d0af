"""Ingest throughput against a raw sqlite3 baseline; prints JSON.

    python -m bench.ingest --n 1000000 [--batch 20000] [--profile]

Budget: at least half the baseline's rows/s, and 1,000,000 messages in under 15 s.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from app.ingest import ingest
from app.items import InboundItem
from app.models import Account
from app.store import Store, open_store
from app.store.dialect import WRITER_PRAGMAS
from bench.corpus import account_platforms, generate

BUDGET_SECONDS_PER_MILLION = 15.0
BASELINE = (
    "sqlite3.executemany of the very message rows the ingest path stored (same ids, "
    "conversation and author ids) into a fresh database with the identical schema, the "
    "store writer's pragmas, one BEGIN IMMEDIATE transaction per batch: INSERT INTO "
    "messages, then the same "
    "FTS5 rows (text, subject, author label) into message_search. No thread resolution, "
    "members, conversations or aggregates: accounts, members and conversations are copied "
    "in beforehand, untimed."
)


def make_accounts(store: Store, count: int) -> list[tuple[int, str]]:
    with store.write_session() as session:
        accounts = [Account(platform=p, handle=f"@brand{i}")
                    for i, p in enumerate(account_platforms(count))]
        session.add_all(accounts)
        session.flush()
        return [(a.id or 0, a.platform) for a in accounts]


def run_ingest(path: Path, batches: list[tuple[int, list[InboundItem]]],
               profile: bool) -> float:
    store = open_store(f"sqlite:///{path}")
    ids = make_accounts(store, 4)
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    for index, items in batches:
        account_id, platform = ids[index]
        ingest(store, account_id, platform, items)
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - started
    store.dispose()
    if profiler:
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    return seconds


def baseline_rows(source: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    conn = sqlite3.connect(source)
    messages = conn.execute("SELECT * FROM messages ORDER BY rowid").fetchall()
    search = conn.execute(
        "SELECT m.id, m.text, m.subject, COALESCE(mb.name, '') || ' ' || COALESCE(mb.handle, '')"
        " FROM messages m LEFT JOIN members mb ON mb.id = m.author_id ORDER BY m.rowid"
    ).fetchall()
    conn.close()
    return messages, search


def run_baseline(source: Path, target: Path, batch: int) -> tuple[float, int]:
    open_store(f"sqlite:///{target}").dispose()  # the identical schema, through Alembic
    messages, search = baseline_rows(source)
    gc.freeze()
    conn = sqlite3.connect(target, isolation_level=None)
    for pragma in WRITER_PRAGMAS:
        conn.execute(pragma)
    conn.execute(f"ATTACH DATABASE '{source}' AS src")
    for table in ("accounts", "members", "conversations"):
        conn.execute(f"INSERT INTO {table} SELECT * FROM src.{table}")
    conn.execute("DETACH DATABASE src")
    marks = ",".join("?" * len(messages[0]))
    started = time.perf_counter()
    for start in range(0, len(messages), batch):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO messages VALUES ({marks})",
                         messages[start:start + batch])
        conn.executemany("INSERT INTO message_search(rowid, text, subject, author)"
                         " VALUES (?, ?, ?, ?)", search[start:start + batch])
        conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds, len(messages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", action="store_true", help="cProfile to stderr")
    args = parser.parse_args()
    batches = list(generate(args.n, seed=args.seed, accounts=4, batch=args.batch))
    # The corpus is held in memory only to keep its generation out of the timing; keep the
    # garbage collector from walking it on every collection too (a connector's page is small).
    gc.freeze()
    with tempfile.TemporaryDirectory() as tmp:
        ingested = Path(tmp) / "ingest.sqlite3"
        seconds = run_ingest(ingested, batches, args.profile)
        base_seconds, rows = run_baseline(ingested, Path(tmp) / "baseline.sqlite3", args.batch)
    rate, base_rate = args.n / seconds, rows / base_seconds
    budget = BUDGET_SECONDS_PER_MILLION * args.n / 1_000_000
    print(json.dumps({
        "n": args.n, "batch": args.batch,
        "ingest": {"seconds": round(seconds, 2), "rows_per_s": round(rate)},
        "baseline": {"seconds": round(base_seconds, 2), "rows_per_s": round(base_rate),
                     "rows": rows, "what": BASELINE},
        "ratio": round(rate / base_rate, 3),
        "budget": {"min_ratio": 0.5, "ratio_met": rate / base_rate >= 0.5,
                   "max_seconds": budget, "seconds_met": seconds < budget,
                   "within": rate / base_rate >= 0.5 and seconds < budget},
    }, indent=2))


if __name__ == "__main__":
    main()
