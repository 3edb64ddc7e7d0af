"""Stored insights: each inbound message's tone and intent, a person's corrections, and a
conversation's mood (its latest tone, its intent, and whether it has turned into a conflict).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select, update

from app.errors import NotFound
from app.models import INSIGHTS, MESSAGES, Direction
from app.store import Store
from app.timeutil import utcnow
from app.triage import log_event
from app.understand.classify import Intent, Sentiment, conflict, understand

BACKLOG_BATCH = 2000


class MessageNotFound(NotFound):
    what = "message"


@dataclass(frozen=True, slots=True)
class ConversationMood:
    sentiment: Sentiment | None  # of the latest inbound message; None before any
    intent: Intent | None  # of the first inbound message: what the conversation is about
    conflict: bool
    heated: int
    negative: int
    because: tuple[str, ...]
    message_id: int | None = None  # the latest inbound message read: what a correction fixes


def _rows(conn: Connection, message_ids: Sequence[int]) -> list[dict[str, Any]]:
    m = MESSAGES.c
    found = conn.execute(select(m.id, m.conversation_id, m.text, m.subject).where(
        m.id.in_(list(message_ids)), m.direction == Direction.INBOUND.value,
        m.deleted.is_(False))).all()
    now = utcnow()
    rows = []
    for r in found:
        seen = understand(f"{r.subject}\n{r.text}" if r.subject else r.text)
        rows.append({"message_id": r.id, "conversation_id": r.conversation_id,
                     "score": seen.score, "sentiment": seen.sentiment.value,
                     "intent": seen.intent.value, "heated": seen.heated,
                     "because": list(seen.because), "source": "auto", "updated_at": now})
    return rows


def analyse_in(conn: Connection, message_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Read and store the tone and intent of these messages (inbound ones only), inside the
    caller's transaction; returns the stored rows. Messages already read are left alone."""
    ids = list(message_ids)
    done = set(conn.execute(select(INSIGHTS.c.message_id).where(
        INSIGHTS.c.message_id.in_(ids))).scalars()) if ids else set()
    rows = _rows(conn, [i for i in ids if i not in done])
    if rows:
        conn.execute(INSIGHTS.insert(), rows)
    return rows


def analyse_backlog(store: Store, batch: int = BACKLOG_BATCH) -> int:
    """Read one batch of inbound messages that have no insight yet (imported archives, the
    demo, messages from before this feature), newest first; returns how many were read."""
    m = MESSAGES.c
    pending = (select(m.id).outerjoin(INSIGHTS, INSIGHTS.c.message_id == m.id)
               .where(INSIGHTS.c.message_id.is_(None), m.direction == Direction.INBOUND.value,
                      m.deleted.is_(False))
               .order_by(m.id.desc()).limit(batch))
    with store.read() as conn:
        ids = list(conn.execute(pending).scalars())
    if not ids:
        return 0
    with store.write() as conn:
        return len(analyse_in(conn, ids))


def correct(store: Store, message_id: int, agent: str, *, sentiment: Sentiment | None = None,
            intent: Intent | None = None) -> None:
    """A person's reading wins over the computed one and is never recomputed."""
    values: dict[str, Any] = {"source": agent, "updated_at": utcnow()}
    if sentiment is not None:
        values["sentiment"] = Sentiment(sentiment).value
    if intent is not None:
        values["intent"] = Intent(intent).value
    with store.write() as conn:
        analyse_in(conn, [message_id])
        cid = conn.execute(select(INSIGHTS.c.conversation_id).where(
            INSIGHTS.c.message_id == message_id)).scalar()
        if cid is None:
            raise MessageNotFound(message_id)
        conn.execute(update(INSIGHTS).where(INSIGHTS.c.message_id == message_id)
                     .values(**values))
        log_event(conn, agent, "insight_corrected", [cid], message_id=message_id,
                  **{k: v for k, v in values.items() if k in ("sentiment", "intent")})


def mood(conn: Connection, conversation_id: int) -> ConversationMood:
    i = INSIGHTS.c
    rows = conn.execute(select(i.message_id, i.sentiment, i.intent, i.heated, i.because,
                               MESSAGES.c.author_id)
                        .join(MESSAGES, MESSAGES.c.id == i.message_id)
                        .where(i.conversation_id == conversation_id)
                        .order_by(i.message_id)).all()
    if not rows:
        return ConversationMood(None, None, False, 0, 0, ())
    heated = [r for r in rows if r.heated]
    negative = sum(r.sentiment == Sentiment.NEGATIVE.value for r in rows)
    authors = len({r.author_id for r in heated})
    return ConversationMood(Sentiment(rows[-1].sentiment), Intent(rows[0].intent),
                            conflict(len(heated), negative, authors), len(heated), negative,
                            tuple(rows[-1].because or ()), rows[-1].message_id)


def intent_counts(conn: Connection) -> dict[str, int]:
    return dict(conn.execute(select(INSIGHTS.c.intent, func.count())
                             .group_by(INSIGHTS.c.intent)).all())
