"""The durable outbox: every reply and moderation action is written here before anything is
sent, with an idempotency key, so a crash can never send a reply twice or lose it.

States: queued -> sending -> sent | failed | unknown ("please confirm"). `app.sending` moves
items along; this module is what a front end calls.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Connection, select, update

from app.errors import ConversationNotFound
from app.models import (
    CONVERSATIONS,
    MESSAGES,
    OUTBOX,
    Direction,
    OutboxAction,
    OutboxItem,
    OutboxState,
)
from app.store import Store
from app.timeutil import utcnow
from app.triage import TriageError, log_event

MAX_REPLY = 100_000


class OutboxError(ValueError):
    """An outbox request that cannot be carried out (empty reply, item already sent...)."""


class Outbox:
    def __init__(self, store: Store, agent: str, conn: Connection | None = None) -> None:
        self.store = store
        self.agent = agent
        self.conn = conn  # queue inside this open transaction (rules on ingest) when given

    def queue_reply(self, conversation_id: int, text: str,
                    target_platform_id: str | None = None) -> OutboxItem:
        """Queue a reply; by default to the latest inbound message of the conversation."""
        body = text.strip()
        if not body or len(body) > MAX_REPLY:
            raise OutboxError("a reply needs some text (and less than 100,000 characters)")
        return self._queue(conversation_id, OutboxAction.REPLY, target_platform_id, body)

    def queue_action(self, conversation_id: int, action: OutboxAction,
                     target_platform_id: str | None = None, reason: str = "") -> OutboxItem:
        """Queue a moderation action (hide, delete, block, mute, report, mark read)."""
        action = OutboxAction(action)
        if action is OutboxAction.REPLY:
            raise TriageError("use queue_reply for replies")
        return self._queue(conversation_id, action, target_platform_id, reason)

    def _queue(self, conversation_id: int, action: OutboxAction, target: str | None,
               text: str) -> OutboxItem:
        now = utcnow()
        with self.store.write_in(self.conn) as conn:
            account_id = conn.execute(select(CONVERSATIONS.c.account_id).where(
                CONVERSATIONS.c.id == conversation_id)).scalar()
            if account_id is None:
                raise ConversationNotFound(conversation_id)
            target = target or self._default_target(conn, conversation_id, action)
            values = {
                "idempotency_key": uuid.uuid4().hex, "conversation_id": conversation_id,
                "account_id": account_id, "action": action.value,
                "target_platform_id": target, "text": text, "agent": self.agent,
                "state": OutboxState.QUEUED.value, "attempts": 0, "last_error": "",
                "created_at": now, "updated_at": now,
            }
            item_id = int(conn.execute(OUTBOX.insert().values(**values)).inserted_primary_key[0])  # type: ignore[index]
            log_event(conn, self.agent, f"{action.value}_queued", [conversation_id],
                      outbox_id=item_id)
        return OutboxItem(id=item_id, **values)

    @staticmethod
    def _default_target(conn: Connection, conversation_id: int,
                        action: OutboxAction) -> str | None:
        # Replies and moderation go to the member's latest message unless told otherwise.
        inbound = MESSAGES.c.direction == Direction.INBOUND.value
        stmt = select(MESSAGES.c.platform_id).where(MESSAGES.c.conversation_id == conversation_id)
        stmt = stmt.where(inbound).order_by(MESSAGES.c.created_at.desc()).limit(1)
        found = conn.execute(stmt).scalar()
        if found is None:
            any_msg = select(MESSAGES.c.platform_id).where(
                MESSAGES.c.conversation_id == conversation_id).order_by(
                MESSAGES.c.created_at.desc()).limit(1)
            found = conn.execute(any_msg).scalar()
        return found

    def items(self, conversation_id: int | None = None,
              states: Sequence[OutboxState] | None = None) -> list[OutboxItem]:
        stmt = select(OUTBOX).order_by(OUTBOX.c.id)
        if conversation_id is not None:
            stmt = stmt.where(OUTBOX.c.conversation_id == conversation_id)
        if states:
            stmt = stmt.where(OUTBOX.c.state.in_([OutboxState(s).value for s in states]))
        with self.store.read() as conn:
            return [OutboxItem.model_validate(dict(row._mapping)) for row in conn.execute(stmt)]

    def retry(self, item_id: int) -> None:
        """Send a failed item again (the user asked for it)."""
        self._move(item_id, {OutboxState.FAILED}, OutboxState.QUEUED, "retry")

    def confirm_unknown(self, item_id: int, landed: bool) -> None:
        """The user checked the platform: the reply is there (sent) or not (send again)."""
        target = OutboxState.SENT if landed else OutboxState.QUEUED
        self._move(item_id, {OutboxState.UNKNOWN}, target, "confirmed")

    def cancel(self, item_id: int) -> None:
        self._move(item_id, {OutboxState.QUEUED, OutboxState.FAILED}, OutboxState.FAILED,
                   "cancelled", error="cancelled by the user")

    def _move(self, item_id: int, allowed: set[OutboxState], to: OutboxState, action: str,
              error: str = "") -> None:
        with self.store.write() as conn:
            row = conn.execute(select(OUTBOX.c.state, OUTBOX.c.conversation_id).where(
                OUTBOX.c.id == item_id)).first()
            if row is None:
                raise OutboxError(f"no outbox item {item_id}")
            if OutboxState(row.state) not in allowed:
                raise OutboxError(f"outbox item {item_id} is {row.state}; cannot {action} it")
            conn.execute(update(OUTBOX).where(OUTBOX.c.id == item_id).values(
                state=to.value, updated_at=utcnow(), next_attempt_at=None,
                last_error=error or ""))
            log_event(conn, self.agent, f"outbox_{action}", [row.conversation_id],
                      outbox_id=item_id)
