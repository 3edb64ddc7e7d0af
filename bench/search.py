"""Newest-50 search latency over a generated archive; prints JSON (budget: p95 <= 50 ms).

    python -m bench.search --n 1000000 [--db PATH] [--queries 20]

The database is built through the real ingest path and reused when `--db` already holds
n messages, so a second run measures search alone.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from app.ingest import ingest
from app.models import Account, Message
from app.search import search
from app.store import Store, open_store
from bench.corpus import SPAN, START, account_platforms, generate, vocabulary

BUDGET_MS = 50
MESSAGES = Message.__table__  # type: ignore[attr-defined]


def build(store: Store, n: int, seed: int) -> float:
    """Ingest n generated messages in batches of ~20k; returns the seconds it took."""
    started = time.perf_counter()
    with store.write_session() as session:
        accounts = []
        for i, platform in enumerate(account_platforms(4)):
            settings = {"flavour": "mastodon"} if platform == "demo" else {}
            account = Account(platform=platform, handle=f"@brand{i}", settings=settings)
            session.add(account)
            accounts.append(account)
        session.flush()
        ids = [(a.id, a.platform) for a in accounts]
    for index, items in generate(n, seed=seed, accounts=4, batch=20_000):
        account_id, platform = ids[index]
        assert account_id is not None
        ingest(store, account_id, platform, items)
    return time.perf_counter() - started


def message_count(store: Store) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(MESSAGES)).scalar_one())


def sample_phrases(store: Store, rng: random.Random, k: int) -> list[str]:
    """Two neighbouring words of stored messages, so every phrase has at least one hit."""
    with store.read() as conn:
        top = int(conn.execute(select(func.max(MESSAGES.c.id))).scalar_one())
        low = int(conn.execute(select(func.min(MESSAGES.c.id))).scalar_one())
        phrases: list[str] = []
        while len(phrases) < k:
            text = conn.execute(select(MESSAGES.c.text).where(
                MESSAGES.c.id >= rng.randint(low, top)).order_by(MESSAGES.c.id).limit(1)).scalar()
            words = (text or "").rstrip(".").lower().split()
            if len(words) >= 2:
                at = rng.randrange(len(words) - 1)
                phrases.append(f'"{words[at]} {words[at + 1]}"')
        return phrases


def query_classes(store: Store, k: int, seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    words = vocabulary()

    def ranked(low: int, high: int) -> Callable[[], str]:
        return lambda: words[rng.randrange(low, high)]

    high, mid, low = ranked(0, 20), ranked(500, 2000), ranked(10_000, 40_000)
    year_ago = (START + SPAN / 2).date().isoformat()
    pick: dict[str, Callable[[], str]] = {
        "high": high, "mid": mid, "low": low,
        "and2_mid_high": lambda: f"{mid()} {high()}",
        "and2_mid_mid": lambda: f"{mid()} {mid()}",
        "prefix3": lambda: mid()[:3] + "*",
        "prefix4": lambda: mid()[:4] + "*",
        "prefix5": lambda: mid()[:5] + "*",
        "high_platform": lambda: f"{high()} platform:bluesky",
        "mid_after": lambda: f"{mid()} after:{year_ago}",
        "low_platform": lambda: f"{low()} platform:email",
        "filters_only": lambda: "platform:discourse status:new is:unread",
    }
    classes = {name: [make() for _ in range(k)] for name, make in pick.items()}
    classes["phrase"] = sample_phrases(store, rng, k)
    return classes


def measure(store: Store, classes: dict[str, list[str]]) -> dict[str, object]:
    report: dict[str, object] = {}
    everything: list[float] = []
    for name, queries in classes.items():
        times = []
        for query in queries:
            started = time.perf_counter()
            search(store, query, limit=50)
            times.append((time.perf_counter() - started) * 1000)
        everything += times
        report[name] = {"p50_ms": round(statistics.median(times), 2),
                        "p95_ms": round(_p95(times), 2), "max_ms": round(max(times), 2),
                        "example": queries[0]}
    report["overall_p95_ms"] = round(_p95(everything), 2)
    return report


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--queries", type=int, default=20, help="queries per class")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    db = args.db or Path(f"/tmp/serambi-bench-search-{args.n}.sqlite3")
    existed = db.exists()
    store = open_store(f"sqlite:///{db}")
    have = message_count(store)
    build_seconds = None
    if not existed or have == 0:
        build_seconds = round(build(store, args.n, args.seed), 1)
    elif have != args.n:
        print(f"{db} holds {have} messages, not {args.n}; remove it or pass --db",
              file=sys.stderr)
        return 2
    classes = query_classes(store, args.queries, args.seed)
    search(store, "warm up")
    results = measure(store, classes)
    overall = results["overall_p95_ms"]
    assert isinstance(overall, float)
    print(json.dumps({"n": args.n, "db": str(db), "build_seconds": build_seconds,
                      "reused": build_seconds is None, "queries_per_class": args.queries,
                      **results, "budget_ms": BUDGET_MS, "within_budget": overall <= BUDGET_MS},
                     indent=2))
    store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
