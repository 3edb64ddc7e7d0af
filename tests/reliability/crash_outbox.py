"""SIGKILL the app while its outbox sends replies to a platform on a loopback socket.

Like crash_sync, a process of its own that forks one child per trial: the child queues a
few replies (as the user would), then runs the real Sender until it is killed. Each child
starts a few minutes "later" than the last (`now` moves on), as a restart after a crash
does, so claims a dead sender left behind are reconciled. A last child, never killed,
finishes the work. The platform, in the test process, counts every POST it received.
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
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import select

from app.accounts import add_account
from app.ingest import ingest
from app.keyring_choice import SessionMemory
from app.models import CONVERSATIONS
from app.outbox import Outbox
from app.secrets import Secrets
from app.sending import Sender
from app.store import open_store
from app.timeutil import utcnow
from connectors import registry
from connectors.base import AccountConfig
from tests.reliability.tiny import TinyConnector, map_item, raw_item

TOKEN = "tiny-outbox-token-7f3a"
TARGETS = 12


@dataclass
class Figures:
    seed: int
    trials: int
    per_trial: int
    killed: int = 0
    killed_mid_send: int = 0  # a claimed item was still `sending` when the process died
    states: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def setup(db: Path, url: str) -> None:
    registry.register("tiny", TinyConnector)
    store = open_store(f"sqlite:///{db}")
    try:
        secrets = Secrets(SessionMemory())
        account = add_account(store, secrets, "tiny", "@brand", server_url=url, secret=TOKEN)
        ingest(store, account.id, "tiny", [map_item(raw_item(i * 4)) for i in range(TARGETS)])
    finally:
        store.dispose()


async def _send(db: Path, trial: int, per_trial: int, until_done: bool) -> None:
    store = open_store(f"sqlite:///{db}")
    secrets = Secrets(SessionMemory())  # the zygote's memory, inherited by the fork
    with store.read() as conn:
        conversations = list(conn.execute(select(CONVERSATIONS.c.id)
                                          .order_by(CONVERSATIONS.c.id)).scalars())
        account = conn.exec_driver_sql("SELECT id, server_url, secret_ref FROM accounts").one()
    outbox = Outbox(store, "rina")
    for k in range(per_trial):
        outbox.queue_reply(conversations[(trial * per_trial + k) % len(conversations)],
                           f"reply {trial}.{k}: terima kasih, kami cek dulu ya")
    now = utcnow() + timedelta(minutes=3 * (trial + 1) if not until_done else 60 * 24)
    config = AccountConfig(account.id, "tiny", "@brand", account.server_url,
                           secret_ref=account.secret_ref)
    async with httpx.AsyncClient(timeout=httpx.Timeout(2.0)) as client:
        sender = Sender(store, TinyConnector(config, secrets, client), account.id, "tiny",
                        "@brand")
        while True:
            reports = await sender.send_pending(now=now)
            if until_done and all(r.state not in ("sending", "queued") for r in reports) \
                    and not _left(db):
                await sender.send_pending(now=now)  # the next poll looks for this run's doubts
                return
            await asyncio.sleep(0.02)


def _left(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM outbox WHERE state IN "
                                "('queued', 'sending')").fetchone()[0])
    finally:
        conn.close()


def _states(db: Path) -> Counter[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return Counter(dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY state")
                            .fetchall()))
    finally:
        conn.close()


def _child(db: Path, trial: int, per_trial: int, until_done: bool) -> None:
    code = 0
    try:
        asyncio.run(_send(db, trial, per_trial, until_done))
    except BaseException as exc:
        print(f"child failed: {exc!r}", file=sys.stderr)
        code = 1
    os._exit(code)


def run(workdir: Path, url: str, trials: int, seed: int, per_trial: int = 3,
        delay: tuple[float, float] = (0.08, 0.45)) -> Figures:
    started = time.monotonic()
    db = workdir / "outbox.sqlite3"
    setup(db, url)
    rng = random.Random(seed)
    figures = Figures(seed=seed, trials=trials, per_trial=per_trial)
    for trial in range(trials):
        pid = os.fork()
        if pid == 0:
            _child(db, trial, per_trial, until_done=False)
        time.sleep(rng.uniform(*delay))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        figures.killed += os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        figures.killed_mid_send += _states(db)["sending"] > 0
    # The app reconciles a dead sender's claim only after STALE_SENDING (2 minutes); the
    # children above skip that wait by moving `now`, so a post still being stored by the
    # server may look absent to the next one. Before the last run the server gets the pause.
    time.sleep(1.0)
    pid = os.fork()
    if pid == 0:
        _child(db, trials, 0, until_done=True)
    _, status = os.waitpid(pid, 0)
    if status != 0:
        raise SystemExit(f"the last, unkilled sender failed (status {status})")
    figures.states = dict(_states(db))
    figures.seconds = round(time.monotonic() - started, 2)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=20261101)
    parser.add_argument("--per-trial", type=int, default=3)
    args = parser.parse_args(argv)
    figures = run(args.dir, args.url, args.trials, args.seed, args.per_trial)
    print(json.dumps(asdict(figures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
