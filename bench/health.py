"""Dashboard figures for a period over a generated archive; prints JSON (budget: 0.5 s).

    python -m bench.health --n 1000000 [--days 30] [--runs 7]

The archive is built through the real ingest path (bench/corpus.py) and reused while it
holds n messages and the current schema. As generated, every one of its ~n/5 conversations
is still "new"; no team works an inbox like that, so a copy gets the triage a team would
have done, written as the app writes it (status, status_changed_at and an `events` row per
change): conversations quiet for two days are done some minutes to hours after their last
message, one in twenty of them was done once before and reopened by the member's next
message, three agents share them and a fifth carry a tag. Both stores are measured: the
triaged one against the budget, the untriaged one to show what an inbox that is never
closed costs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app import health
from app.store import Store, open_store
from bench.corpus import SPAN, START
from bench.search import build
from bench.ui import usable

BUDGET_SECONDS = 0.5
END = START + SPAN  # the corpus's last moment: "now" for the bench
TRIAGE = (
    # Done some minutes to 35 hours after the last message, never after "now".
    """UPDATE conversations SET status = 'done', version = version + 1,
         status_changed_at = strftime('%Y-%m-%d %H:%M:%f', min(
           julianday(last_message_at) + (600 + (id * 2654435761) % 126000) / 86400.0,
           julianday(:now)))
       WHERE last_message_at < :cut""",
    """INSERT INTO events (at, actor, action, conversation_id, data)
       SELECT status_changed_at, CASE id % 3 WHEN 0 THEN 'Sari' WHEN 1 THEN 'Dimas'
              ELSE 'Maya' END, 'status', id, '{"status": "done"}'
       FROM conversations WHERE status = 'done'""",
    # One in twenty: done after its second message, reopened by the member's third.
    """WITH ranked AS (
         SELECT m.conversation_id AS cid, m.created_at AS at, m.direction AS direction,
                row_number() OVER (PARTITION BY m.conversation_id
                                   ORDER BY m.created_at, m.id) AS n
         FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE c.id % 20 = 0 AND c.message_count >= 3 AND c.status = 'done'),
       pairs AS (
         SELECT a.cid, strftime('%Y-%m-%d %H:%M:%f', julianday(a.at) + 60 / 86400.0) AS done,
                b.at AS back
         FROM ranked a JOIN ranked b ON b.cid = a.cid AND a.n = 2 AND b.n = 3
         WHERE b.direction = 'inbound'
           AND julianday(b.at) > julianday(a.at) + 60 / 86400.0)
       INSERT INTO events (at, actor, action, conversation_id, data)
       SELECT done, 'Sari', 'status', cid, '{"status": "done"}' FROM pairs
       UNION ALL
       SELECT back, 'system', 'reopened', cid, '{"reason": "new inbound message"}' FROM pairs""",
    """UPDATE conversations SET assignee = CASE id % 4 WHEN 1 THEN 'Sari' WHEN 2 THEN 'Dimas'
         WHEN 3 THEN 'Maya' END""",
    "INSERT OR IGNORE INTO tags (name, color) VALUES ('billing', ''), ('bug', ''), "
    "('question', '')",
    """INSERT OR IGNORE INTO conversation_tags (conversation_id, tag_id)
       SELECT c.id, t.id FROM conversations c JOIN tags t
         ON t.name = CASE c.id % 15 WHEN 0 THEN 'billing' WHEN 5 THEN 'bug'
                                    WHEN 10 THEN 'question' END""",
)


def sqlite_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def triage(database: Path) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(database)
    params = {"now": sqlite_time(END), "cut": sqlite_time(END - timedelta(days=2))}
    with conn:
        for statement in TRIAGE:
            conn.execute(statement, {k: v for k, v in params.items() if f":{k}" in statement})
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - started


def prepared(folder: Path, n: int, seed: int) -> tuple[Path, Path, float | None]:
    """(untriaged, triaged) databases holding n messages, built when missing."""
    base, worked = folder / "untriaged.sqlite3", folder / "triaged.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    seconds = None
    if not usable(base, n):  # n messages and today's schema, or built again
        for stale in folder.glob("*.sqlite3*"):
            stale.unlink()
        store = open_store(f"sqlite:///{base}")
        seconds = build(store, n, seed)
        store.dispose()
        sqlite3.connect(base).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    if not worked.exists():
        shutil.copyfile(base, worked)
        triage(worked)
    return base, worked, seconds


def measure(store: Store, days: int, runs: int) -> dict[str, object]:
    settings = health.settings.parse({"time_zone": "Asia/Jakarta"})
    last = END.astimezone(settings.calendar.tz).date() - timedelta(days=1)
    first = last - timedelta(days=days - 1)
    times = []
    report = None
    for _ in range(runs):
        report = health.compute(store, first, last, now=END, settings=settings)
        times.append(report.seconds)
    assert report is not None
    m = report.metrics
    return {
        "period": f"{first}..{last}", "conversations": len(report.conversations),
        "in_period": sum(1 for c in report.conversations if c.in_period),
        "backlog": report.backlog.total, "inbound": report.volume.inbound,
        "first_response_samples": m.first_response.count, "reply_samples": m.reply.count,
        "resolution_samples": m.resolution.count,
        "first_run_seconds": round(times[0], 3),
        "median_seconds": round(statistics.median(times[1:] or times), 3),
        "max_seconds": round(max(times[1:] or times), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-untriaged", action="store_true")
    args = parser.parse_args(argv)
    folder = Path(f"/tmp/serambi-bench-health-{args.n}")
    base, worked, build_seconds = prepared(folder, args.n, args.seed)
    result: dict[str, object] = {"n": args.n, "folder": str(folder),
                                 "build_seconds": round(build_seconds, 1)
                                 if build_seconds else None}
    for name, database in (("triaged", worked), ("untriaged", base)):
        if name == "untriaged" and args.skip_untriaged:
            continue
        store = open_store(f"sqlite:///{database}", migrate=False)
        try:
            # Each untriaged run takes seconds: two say enough.
            result[name] = measure(store, args.days, args.runs if name == "triaged" else 2)
        finally:
            store.dispose()
    triaged = result["triaged"]
    assert isinstance(triaged, dict)
    result["budget_seconds"] = BUDGET_SECONDS
    result["within_budget"] = triaged["max_seconds"] <= BUDGET_SECONDS
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
