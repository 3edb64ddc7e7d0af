"""The desktop app's speed budgets over a generated archive; prints JSON.

    python -m bench.ui --n 1000000 [--presses 200] [--profile]

Budgets (issue 3), with n messages in the store: the inbox list painted with rows within
1 s of start-up, a triage key (`j` next, `e` done-and-next) to the next conversation
painted in the thread pane at p95 <= 16 ms, resident memory under 300 MB, and the UI thread
never waiting on the database (longest gap of a 5 ms main-thread timer, and any statement
executed on the main thread, are reported).

The archive is built through the real ingest path (bench/corpus.py) into a data folder in
/tmp and reused while it holds n messages and the current schema; each run works on a
copy of it, so the `e` presses of one run do not change the next. The app itself runs in a
fresh offscreen subprocess (bench/ui_probe.py), so start-up and memory are its own.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.ingest import ingest
from app.models import Account
from app.paths import DATABASE_FILE
from app.store import open_store
from bench.corpus import account_platforms, generate

ACCOUNTS = 4


def schema_of(database: Path) -> list[tuple[str, str]]:
    """Every table, index, view and trigger as SQLite stores its DDL, plus the revision."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        ddl = conn.execute("SELECT name, COALESCE(sql, '') FROM sqlite_master "
                           "ORDER BY type, name").fetchall()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        conn.close()
    return [(str(name), " ".join(str(sql).split())) for name, sql in ddl] + \
        [("alembic_version", str(revision))]


def current_schema() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.sqlite3"
        open_store(f"sqlite:///{fresh}").dispose()
        return schema_of(fresh)


def message_count(database: Path) -> int:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM messages").fetchone()[0])
    finally:
        conn.close()


def usable(database: Path, n: int) -> bool:
    try:
        return message_count(database) == n and schema_of(database) == current_schema()
    except sqlite3.Error:
        return False


def build(database: Path, n: int, seed: int) -> float:
    """Demo accounts imitating the corpus's platforms (a connector the UI knows), then n
    messages through app.ingest.ingest; returns the seconds it took."""
    for leftover in database.parent.glob(database.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    store = open_store(f"sqlite:///{database}")
    with store.write_session() as session:
        accounts = [Account(platform="demo", handle=f"@brand{i}", settings={"flavour": p})
                    for i, p in enumerate(account_platforms(ACCOUNTS))]
        session.add_all(accounts)
        session.flush()
        ids = [a.id or 0 for a in accounts]
    for index, items in generate(n, seed=seed, accounts=ACCOUNTS, batch=20_000):
        ingest(store, ids[index], "demo", items)
    store.dispose()
    conn = sqlite3.connect(database)  # everything into the main file: runs copy only that
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - started


def working_copy(database: Path, run_dir: Path) -> Path:
    if run_dir.exists():
        shutil.rmtree(run_dir)
    (run_dir / "config").mkdir(parents=True)
    shutil.copyfile(database, run_dir / DATABASE_FILE)
    return run_dir


def run_probe(run_dir: Path, presses: int, profile: bool) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(run_dir / "config"),  # QSettings: a first start, ours only
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
               SERAMBI_BENCH_T0=repr(time.time()))
    command = [sys.executable, "-m", "bench.ui_probe", "--data-dir", str(run_dir),
               "--presses", str(presses)] + (["--profile"] if profile else [])
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True, check=True,
                          cwd=Path(__file__).resolve().parent.parent)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--presses", type=int, default=200, help="presses of j, and of e")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", action="store_true",
                        help="cProfile the UI thread during the presses (to stderr)")
    args = parser.parse_args(argv)
    cache = Path(f"/tmp/serambi-bench-ui-{args.n}") / DATABASE_FILE
    cache.parent.mkdir(parents=True, exist_ok=True)
    build_seconds = None
    if not usable(cache, args.n):
        build_seconds = round(build(cache, args.n, args.seed), 1)
    run_dir = working_copy(cache, Path(f"/tmp/serambi-bench-ui-{args.n}-run"))
    result = run_probe(run_dir, args.presses, args.profile)
    print(json.dumps({"n": args.n, "database": str(cache), "build_seconds": build_seconds,
                      "reused": build_seconds is None, **result}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
