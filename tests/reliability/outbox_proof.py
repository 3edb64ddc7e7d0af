"""What the outbox crash run must show, checked against the platform's own count of what it
received: shared by test_crash_outbox.py and bench/crash.py."""

from __future__ import annotations

import asyncio
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from app.keyring_choice import SessionMemory
from app.models import MESSAGES, OUTBOX, Direction
from app.outbox import Outbox
from app.secrets import Secrets
from app.sending import UNKNOWN_HELP, Sender
from app.store import Store, open_store
from connectors.base import AccountConfig
from tests.reliability.crash_outbox import TOKEN
from tests.reliability.loopback import SeededFaults
from tests.reliability.tiny import TinyConnector, TinyPlatform


@dataclass
class Verdict:
    replies: int = 0
    posted_twice: int = 0  # replies the platform received more than once
    sent_not_posted: int = 0  # marked sent, yet the platform never got them
    silently_lost: int = 0  # neither sent nor shown to the user as unknown
    unknown_not_posted: int = 0  # shown as "unknown, please confirm"; truly not there
    unknown_but_posted: int = 0  # shown as unknown although it landed (find_sent missed)
    sent_after_confirming: int = 0
    final_posted_once: int = 0
    thread_copies_wrong: int = 0  # our replies in the thread not exactly once each

    def ok(self) -> bool:
        return (self.posted_twice == self.sent_not_posted == self.silently_lost ==
                self.unknown_but_posted == self.thread_copies_wrong == 0 and
                self.final_posted_once == self.replies)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def rows(store: Store) -> list[dict[str, Any]]:
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(select(OUTBOX).order_by(OUTBOX.c.id))]


async def _send_all(store: Store) -> None:
    with store.read() as conn:
        account = conn.exec_driver_sql("SELECT id, server_url, secret_ref FROM accounts").one()
    secrets = Secrets(SessionMemory())
    secrets.set(account.secret_ref, TOKEN)
    config = AccountConfig(account.id, "tiny", "@brand", account.server_url,
                           secret_ref=account.secret_ref)
    async with httpx.AsyncClient() as client:
        sender = Sender(store, TinyConnector(config, secrets, client), account.id, "tiny",
                        "@brand")
        await sender.send_pending()


def verify(db: Path, platform: TinyPlatform, plan: SeededFaults) -> Verdict:
    """After the crashes: judge every reply, then act as the user on the unknown ones (they
    look in the thread: posted, or send it again; the platform is calm by then) and judge
    again."""
    store = open_store(f"sqlite:///{db}")
    try:
        return _verify(store, platform, plan)
    finally:
        store.dispose()


def _verify(store: Store, platform: TinyPlatform, plan: SeededFaults) -> Verdict:
    verdict, posts = Verdict(), {p["client_ref"]: p for p in platform.posts}
    unknown = []
    for row in rows(store):
        verdict.replies += 1
        key = str(row["idempotency_key"])
        verdict.posted_twice += platform.attempts[key] > 1
        if row["state"] == "sent":
            verdict.sent_not_posted += key not in posts or \
                row["platform_id"] != posts[key]["id"]
        elif row["state"] == "unknown" and UNKNOWN_HELP in str(row["last_error"]):
            unknown.append((int(row["id"]), key in posts))
            verdict.unknown_not_posted += key not in posts
            verdict.unknown_but_posted += key in posts
        else:
            verdict.silently_lost += 1
    plan.calm()
    for item_id, landed in unknown:  # the user looks in the thread on the platform
        Outbox(store, "rina").confirm_unknown(item_id, landed=landed)
    asyncio.run(_send_all(store))
    final = rows(store)
    confirmed = {item_id for item_id, _ in unknown}
    verdict.sent_after_confirming = sum(r["state"] == "sent" and r["id"] in confirmed
                                        for r in final)
    verdict.final_posted_once = sum(r["state"] == "sent" and
                                    platform.attempts[str(r["idempotency_key"])] == 1
                                    for r in final)
    with store.read() as conn:
        ours = sorted(conn.execute(select(MESSAGES.c.platform_id).where(
            MESSAGES.c.direction == Direction.OUTBOUND.value)).scalars())
    # Each reply the sender saw land is in its thread once ("It was posted" confirmations
    # add none: the next sync of the thread brings those).
    recorded = sorted(str(r["platform_id"]) for r in final if r["platform_id"])
    verdict.thread_copies_wrong = int(ours != recorded)
    return verdict
