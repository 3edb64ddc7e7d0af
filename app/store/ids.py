"""Message ids that sort by creation time.

id = (seconds since the epoch << 24) | (a counter mod 2**24). Ids stay unique unless two
messages share a second *and* were ingested exactly 16.7 million messages apart; the
primary key turns that into a loud error, never a silent overwrite. Sorting by id is then
sorting by time, which lets newest-first search read the FTS index backwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, select, update

from app.models import COUNTERS

SEQ_BITS = 24
_SEQ_MASK = (1 << SEQ_BITS) - 1


def message_id(created_at: datetime, seq: int) -> int:
    return (int(created_at.timestamp()) << SEQ_BITS) | (seq & _SEQ_MASK)


def id_floor(moment: datetime) -> int:
    """The smallest id a message created at `moment` can have (for time range filters)."""
    return int(moment.timestamp()) << SEQ_BITS


def allocate(conn: Connection, created: Sequence[datetime]) -> list[int]:
    """Reserve one id per timestamp; call inside the writer's transaction."""
    if not created:
        return []
    start = conn.execute(
        select(COUNTERS.c.value).where(COUNTERS.c.name == "message_seq").with_for_update()
    ).scalar()
    if start is None:
        conn.execute(COUNTERS.insert().values(name="message_seq", value=0))
        start = 0
    conn.execute(
        update(COUNTERS).where(COUNTERS.c.name == "message_seq").values(value=start + len(created))
    )
    return [message_id(moment, start + i) for i, moment in enumerate(created)]
