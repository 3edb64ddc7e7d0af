"""The sync engine: polls every enabled account concurrently and sends the outbox.

Each page is ingested in the same transaction that advances its cursor, so a crash between
pages neither skips nor doubles an item. One account's failure is recorded on that account
(with backoff honouring Retry-After) while the others go on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Connection, Row, func, select, update

from app.ingest import ingest_in
from app.items import InboundItem, InvalidItem, validate
from app.models import ACCOUNTS, SYNC_STATE
from app.rules import run_rules_in
from app.secrets import Secrets
from app.sending import Sender, SendReport
from app.store import Store
from app.timeutil import as_utc, utcnow
from app.triage import Triage
from app.understand import analyse_backlog, analyse_in
from connectors import errors, registry
from connectors.base import AccountConfig, ConnectorFactory, Fetcher, Page

log = logging.getLogger(__name__)


DEFAULT_INTERVAL = 60.0
MAX_PAGES = 50  # per stream and cycle: a huge backlog is caught up over several cycles
MAX_BACKOFF = 3600.0
USER_AGENT = "Serambi/0.1 (community inbox)"


@dataclass(slots=True)
class AccountReport:
    account_id: int
    platform: str
    handle: str
    fetched: int = 0
    inserted: int = 0
    updated: int = 0
    sent: int = 0
    failed: int = 0
    rules: int = 0  # rule actions taken on what arrived
    rejected: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def backoff_seconds(failures: int, retry_after: float | None = None) -> float:
    """Exponential with jitter, never sooner than the platform asked."""
    base = min(MAX_BACKOFF, 15.0 * 2.0 ** max(0, failures - 1))
    wait = base * random.uniform(0.8, 1.2)
    return max(wait, retry_after or 0.0)


def make_client() -> httpx.AsyncClient:
    timeout = httpx.Timeout(20.0, connect=10.0)
    return httpx.AsyncClient(timeout=timeout, headers={"User-Agent": USER_AGENT},
                             follow_redirects=False)


class SyncEngine:
    def __init__(self, store: Store, secrets: Secrets, *,
                 factory_for: Callable[[str], ConnectorFactory] = registry.factory_for,
                 client_factory: Callable[[], httpx.AsyncClient] = make_client,
                 interval: float = DEFAULT_INTERVAL) -> None:
        self.store = store
        self.secrets = secrets
        self.factory_for = factory_for
        self.client_factory = client_factory
        self.interval = interval
        self._backlog_idle_until = utcnow() - BACKLOG_IDLE

    def accounts(self, account_ids: Sequence[int] | None = None) -> list[Row[Any]]:
        stmt = select(ACCOUNTS).where(ACCOUNTS.c.enabled.is_(True)).order_by(ACCOUNTS.c.id)
        if account_ids is not None:
            stmt = select(ACCOUNTS).where(ACCOUNTS.c.id.in_(account_ids)).order_by(ACCOUNTS.c.id)
        with self.store.read() as conn:
            return list(conn.execute(stmt).all())

    async def run_once(self, account_ids: Sequence[int] | None = None) -> list[AccountReport]:
        """One cycle for each account, concurrently: fetch until caught up, then send."""
        accounts = self.accounts(account_ids)
        return list(await asyncio.gather(*(self._sync_account(a) for a in accounts)))

    async def send_outbox(self, item_ids: Sequence[int] | None = None) -> list[SendReport]:
        reports: list[SendReport] = []
        for account in self.accounts():
            async with self.client_factory() as client:
                connector = self._connector(account, client)
                sender = Sender(self.store, connector, account.id, account.platform,
                                account.handle)
                reports += await sender.send_pending(item_ids)
        return reports

    def _connector(self, account: Row[Any], client: httpx.AsyncClient) -> object:
        config = AccountConfig(account_id=account.id, platform=account.platform,
                               handle=account.handle, server_url=account.server_url,
                               settings=dict(account.settings or {}),
                               secret_ref=account.secret_ref)
        return self.factory_for(account.platform)(config, self.secrets, client)

    async def _sync_account(self, account: Row[Any]) -> AccountReport:
        report = AccountReport(account.id, account.platform, account.handle)
        try:
            async with self.client_factory() as client:
                connector = self._connector(account, client)
                if isinstance(connector, Fetcher):
                    for stream in connector.streams:
                        await self._drain(connector, account, stream, report)
                sender = Sender(self.store, connector, account.id, account.platform,
                                account.handle)
                for sent in await sender.send_pending():
                    if sent.state == "sent":
                        report.sent += 1
                    elif sent.state in ("failed", "unknown"):
                        report.failed += 1
        except errors.ConnectorError as exc:
            report.error = str(exc) or type(exc).__name__
        except Exception as exc:  # a fault in one account's connector never stops the rest
            log.exception("account %s failed", account.id)
            report.error = f"unexpected error ({type(exc).__name__}): {exc}"
        return report

    async def _drain(self, connector: Fetcher, account: Row[Any], stream: str,
                     report: AccountReport) -> None:
        cursor = self._cursor(account.id, stream)
        for _ in range(MAX_PAGES):
            try:
                page = await connector.fetch(stream, cursor)
            except Exception as exc:  # recorded on the account, so the next poll backs off
                retry_after = exc.retry_after if isinstance(exc, errors.RateLimited) else None
                await asyncio.to_thread(self._record_failure, account.id, stream,
                                        str(exc) or type(exc).__name__, retry_after)
                raise
            items = self._validated(page, report)
            await asyncio.to_thread(self._commit, account, stream, items, page.cursor, report)
            cursor = page.cursor
            if not page.more:
                return

    @staticmethod
    def _validated(page: Page, report: AccountReport) -> list[InboundItem]:
        items = []
        report.fetched += len(page.items) + len(page.rejected)
        report.rejected += [f"{pid}: {why}" for pid, why in page.rejected]
        for item in page.items:
            try:
                items.append(validate(item))
            except (InvalidItem, ValueError, TypeError) as exc:
                report.rejected.append(f"{getattr(item, 'platform_id', '?')}: {exc}")
        return items

    def _cursor(self, account_id: int, stream: str) -> str | None:
        with self.store.read() as conn:
            return conn.execute(select(SYNC_STATE.c.cursor).where(
                SYNC_STATE.c.account_id == account_id, SYNC_STATE.c.stream == stream)).scalar()

    def _commit(self, account: Row[Any], stream: str, items: list[InboundItem],
                cursor: str | None, report: AccountReport) -> None:
        """The page and its cursor in one transaction: all or nothing."""
        now = utcnow()
        with self.store.write() as conn:
            result = ingest_in(conn, account.id, account.platform, items)
            # Tone, intent and the rules act on what just arrived, in the same transaction:
            # a crash leaves neither a page without its rules nor rules run twice.
            analyse_in(conn, result.new_message_ids)
            report.rules += len(run_rules_in(conn, self.store, result.new_message_ids))
            values: dict[str, Any] = {"cursor": cursor} if cursor is not None else {}
            save_state(conn, account.id, stream, last_success_at=now, last_error="",
                       failures=0, next_poll_at=now + timedelta(seconds=self._interval(account)),
                       **values)
        report.inserted += result.inserted
        report.updated += result.updated

    def _interval(self, account: Row[Any]) -> float:
        seconds = float((account.settings or {}).get("poll_seconds") or self.interval)
        return max(5.0, seconds) * random.uniform(0.9, 1.1)

    def _record_failure(self, account_id: int, stream: str, error: str,
                        retry_after: float | None) -> None:
        now = utcnow()
        with self.store.write() as conn:
            failures = conn.execute(select(SYNC_STATE.c.failures).where(
                SYNC_STATE.c.account_id == account_id, SYNC_STATE.c.stream == stream)).scalar()
            failures = (failures or 0) + 1
            wait = backoff_seconds(failures, retry_after)
            save_state(conn, account_id, stream, last_error=error, last_error_at=now,
                       failures=failures, next_poll_at=now + timedelta(seconds=wait))

    async def _read_backlog(self) -> None:
        """Tone and intent of older messages (imports, earlier versions), one batch per turn;
        once none are left, look again only every few minutes."""
        if utcnow() < self._backlog_idle_until:
            return
        if not await asyncio.to_thread(analyse_backlog, self.store):
            self._backlog_idle_until = utcnow() + BACKLOG_IDLE

    def due_accounts(self, now: datetime) -> list[int]:
        """Accounts with a stream whose next poll has come (or that never synced)."""
        nxt = func.min(SYNC_STATE.c.next_poll_at)
        stmt = select(ACCOUNTS.c.id, nxt).outerjoin(
            SYNC_STATE, SYNC_STATE.c.account_id == ACCOUNTS.c.id).where(
            ACCOUNTS.c.enabled.is_(True)).group_by(ACCOUNTS.c.id)
        with self.store.read() as conn:
            rows = conn.execute(stmt).all()
        return [row[0] for row in rows if row[1] is None or as_utc(row[1]) <= now]

    async def run_forever(self, stop: asyncio.Event,
                          on_report: Callable[[AccountReport], None] | None = None) -> None:
        """Poll due accounts until `stop` is set; wakes snoozed conversations on the way."""
        triage = Triage(self.store, "system")
        while not stop.is_set():
            due = self.due_accounts(utcnow())
            if due:
                for report in await self.run_once(due):
                    if on_report:
                        on_report(report)
            await asyncio.to_thread(triage.wake_snoozed)
            await self._read_backlog()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=5.0)


BACKLOG_IDLE = timedelta(minutes=10)


def save_state(conn: Connection, account_id: int, stream: str, **values: Any) -> None:
    """Insert or update one stream's sync state (portable: no dialect upsert needed)."""
    where = (SYNC_STATE.c.account_id == account_id) & (SYNC_STATE.c.stream == stream)
    if conn.execute(update(SYNC_STATE).where(where).values(**values)).rowcount == 0:
        conn.execute(SYNC_STATE.insert().values(account_id=account_id, stream=stream, **values))
