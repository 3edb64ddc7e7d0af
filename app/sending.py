"""Moves outbox items to the platform, one claimed item at a time, so nothing is sent twice.

An item is claimed (queued -> sending, committed) before the request leaves. After a crash an
item left in `sending` is reconciled by looking for it on the platform; when the platform
cannot tell, the item becomes `unknown` and the user is asked to confirm.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Connection, Row, select, update

from app.ingest import ingest_in
from app.items import InboundItem, MemberRef
from app.models import (
    CONVERSATIONS,
    MEMBERS,
    MESSAGES,
    OUTBOX,
    Direction,
    MessageKind,
    OutboxAction,
    OutboxState,
)
from app.store import Store
from app.timeutil import utcnow
from app.triage import log_event
from connectors import errors
from connectors.base import SentReply, capabilities

log = logging.getLogger(__name__)

STALE_SENDING = timedelta(minutes=2)  # a claim older than this belonged to a crashed sender
MAX_ATTEMPTS = 8
UNKNOWN_HELP = ("we could not tell whether this reached the platform; check the thread there "
                "and confirm it was posted, or send it again")


@dataclass(frozen=True, slots=True)
class SendReport:
    item_id: int
    state: str
    error: str | None = None


class Sender:
    def __init__(self, store: Store, connector: object, account_id: int, platform: str,
                 handle: str) -> None:
        self.store = store
        self.connector = connector
        self.account_id = account_id
        self.platform = platform
        self.handle = handle
        self.can = capabilities(connector)

    async def send_pending(self, item_ids: Sequence[int] | None = None,
                           now: datetime | None = None) -> list[SendReport]:
        now = now or utcnow()
        reports = await self._reconcile(now)
        for item_id in self._due(now, item_ids):
            row = self._claim(item_id, now)
            if row is not None:
                reports.append(await self._send(row))
        return reports

    def _due(self, now: datetime, item_ids: Sequence[int] | None) -> list[int]:
        o = OUTBOX.c
        stmt = select(o.id).where(o.account_id == self.account_id,
                                  o.state == OutboxState.QUEUED.value)
        stmt = stmt.where((o.next_attempt_at.is_(None)) | (o.next_attempt_at <= now))
        if item_ids is not None:
            stmt = stmt.where(o.id.in_(item_ids))
        with self.store.read() as conn:
            return list(conn.execute(stmt.order_by(o.id)).scalars())

    def _claim(self, item_id: int, now: datetime) -> Row[Any] | None:
        """Mark one item `sending` and commit before anything leaves this machine."""
        with self.store.write() as conn:
            claimed = conn.execute(update(OUTBOX).where(
                OUTBOX.c.id == item_id, OUTBOX.c.state == OutboxState.QUEUED.value).values(
                state=OutboxState.SENDING.value, attempts=OUTBOX.c.attempts + 1,
                updated_at=now))
            if claimed.rowcount != 1:
                return None  # another sender took it
            return conn.execute(select(OUTBOX).where(OUTBOX.c.id == item_id)).one()

    async def _send(self, row: Row[Any]) -> SendReport:
        try:
            sent = await self._perform(row)
        except errors.RateLimited as exc:
            return self._requeue(row, str(exc), timedelta(seconds=exc.retry_after or 60))
        except (errors.SendOutcomeUnknown, httpx.TimeoutException,
                httpx.RemoteProtocolError) as exc:
            return self._finish(row, OutboxState.UNKNOWN, f"{exc or type(exc).__name__}: "
                                                         f"{UNKNOWN_HELP}")
        except (errors.PlatformUnavailable, httpx.ConnectError) as exc:
            backoff = timedelta(seconds=min(3600, 30 * 2 ** row.attempts))
            return self._requeue(row, str(exc) or "the platform is unreachable", backoff)
        except errors.ConnectorError as exc:
            return self._finish(row, OutboxState.FAILED, str(exc))
        except Exception as exc:  # an unforeseen failure of one item must not stop the rest
            log.exception("sending outbox item %s failed", row.id)
            return self._finish(row, OutboxState.FAILED, f"unexpected error: {exc}")
        return self._finish(row, OutboxState.SENT, None, sent)

    async def _perform(self, row: Row[Any]) -> SentReply | None:
        action = OutboxAction(row.action)
        if action.value not in self.can:
            raise errors.NotSupported(f"this platform cannot {action.value.replace('_', ' ')}")
        c: Any = self.connector
        target = row.target_platform_id
        if action is OutboxAction.REPLY:
            return await c.reply(target, row.text, row.idempotency_key)  # type: ignore[no-any-return]
        if action in (OutboxAction.BLOCK, OutboxAction.MUTE):
            await getattr(c, action.value)(self._author_of(target))
        elif action is OutboxAction.REPORT:
            await c.report(target, row.text)
        elif action in (OutboxAction.KICK, OutboxAction.BAN):
            await getattr(c, action.value)(target, self._author_of(target), row.text)
        elif action is OutboxAction.SILENCE:
            await c.silence(self._author_of(target), row.text)
        else:
            await getattr(c, action.value)(target)
        return None

    def _author_of(self, platform_id: str) -> str:
        members = MEMBERS
        stmt = select(members.c.remote_id).join(MESSAGES, MESSAGES.c.author_id == members.c.id)
        stmt = stmt.where(MESSAGES.c.account_id == self.account_id,
                          MESSAGES.c.platform_id == platform_id)
        with self.store.read() as conn:
            remote = conn.execute(stmt).scalar()
        if remote is None:
            raise errors.BadPayload("the author of that message is unknown")
        return str(remote)

    def _requeue(self, row: Row[Any], error: str, wait: timedelta) -> SendReport:
        if row.attempts >= MAX_ATTEMPTS:
            return self._finish(row, OutboxState.FAILED, f"gave up after {row.attempts} "
                                                        f"attempts: {error}")
        with self.store.write() as conn:
            conn.execute(update(OUTBOX).where(OUTBOX.c.id == row.id).values(
                state=OutboxState.QUEUED.value, last_error=error, updated_at=utcnow(),
                next_attempt_at=utcnow() + wait))
        return SendReport(row.id, OutboxState.QUEUED.value, error)

    def _finish(self, row: Row[Any], state: OutboxState, error: str | None,
                sent: SentReply | None = None) -> SendReport:
        now = utcnow()
        with self.store.write() as conn:
            conn.execute(update(OUTBOX).where(OUTBOX.c.id == row.id).values(
                state=state.value, last_error=error or "", updated_at=now,
                sent_at=now if state is OutboxState.SENT else None, next_attempt_at=None,
                platform_id=sent.platform_id if sent else None))
            if state is OutboxState.SENT:
                self._record_done(conn, row, sent, now)
            log_event(conn, row.agent or "system", f"{row.action}_{state.value}",
                      [row.conversation_id], outbox_id=row.id, error=error or "")
        return SendReport(row.id, state.value, error)

    def _record_done(self, conn: Connection, row: Row[Any], sent: SentReply | None,
                     now: datetime) -> None:
        """Show the result in the thread: our reply as a message, a deletion as deleted."""
        if row.action == OutboxAction.DELETE.value and row.target_platform_id:
            conn.execute(update(MESSAGES).where(
                MESSAGES.c.account_id == self.account_id,
                MESSAGES.c.platform_id == row.target_platform_id).values(deleted=True))
        if sent is None:
            return
        thread_key = conn.execute(select(CONVERSATIONS.c.thread_key).where(
            CONVERSATIONS.c.id == row.conversation_id)).scalar_one()
        item = InboundItem(
            platform_id=sent.platform_id, created_at=now, text=row.text,
            author=MemberRef(remote_id=self.handle, handle=self.handle, name=row.agent),
            direction=Direction.OUTBOUND, kind=MessageKind.REPLY, thread_id=thread_key,
            parent_id=row.target_platform_id, url=sent.url)
        ingest_in(conn, self.account_id, self.platform, [item])

    async def _reconcile(self, now: datetime) -> list[SendReport]:
        """Items a crashed sender left `sending`, and `unknown` ones: look for them."""
        o = OUTBOX.c
        stale = (o.state == OutboxState.SENDING.value) & (o.updated_at < now - STALE_SENDING)
        stmt = select(OUTBOX).where(o.account_id == self.account_id).where(
            stale | (o.state == OutboxState.UNKNOWN.value))
        with self.store.read() as conn:
            rows = conn.execute(stmt).all()
        return [await self._reconcile_one(row) for row in rows]

    async def _reconcile_one(self, row: Row[Any]) -> SendReport:
        if row.action != OutboxAction.REPLY.value or "reply" not in self.can:
            # Moderation is idempotent on every platform we know: doing it again is safe.
            return await self._send(row)
        try:
            found = await self.connector.find_sent(  # type: ignore[attr-defined]
                row.target_platform_id, row.idempotency_key, text=row.text)
        except errors.ConnectorError as exc:
            return self._finish(row, OutboxState.UNKNOWN, f"{exc}: {UNKNOWN_HELP}")
        if found is not None:
            return self._finish(row, OutboxState.SENT, None, found)
        if row.state == OutboxState.UNKNOWN.value:
            return SendReport(row.id, row.state, row.last_error)
        return self._finish(row, OutboxState.UNKNOWN, UNKNOWN_HELP)
