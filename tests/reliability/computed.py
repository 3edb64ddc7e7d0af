"""A deterministic platform whose items are computed from (stream, index), so it survives
any crash of the process that syncs it: a restarted sync asks again and gets the same page.

Every page served is appended to a log file before it is returned (write() reaches the
kernel, so the record survives SIGKILL): the proof compares the inbox against it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from app.items import InboundItem, MemberRef
from app.models import MessageKind
from app.secrets import Secrets
from connectors import errors
from connectors.base import AccountConfig, Page

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
STREAMS = ("mentions", "direct")
THREAD = 5  # every fifth item starts a thread; the others answer the one before


def platform_id(stream: str, index: int) -> str:
    return f"{stream[0]}{index}"


def make_item(stream: str, index: int) -> InboundItem:
    parent = None if index % THREAD == 0 else platform_id(stream, index - 1)
    direct = stream == "direct"
    return InboundItem(
        platform_id(stream, index), T0 + timedelta(seconds=index), f"{stream} item {index}",
        MemberRef(f"u{index % 17}", f"@u{index % 17}", f"Member {index % 17}"),
        kind=MessageKind.DIRECT if direct else MessageKind.MENTION, parent_id=parent,
        is_direct=direct)


class ComputedConnector:
    """Settings: page (items per page), limit (how many items the platform holds), log (the
    served-pages file)."""

    streams: Sequence[str] = STREAMS

    def __init__(self, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> None:
        self.page = int(config.settings["page"])
        self.limit = int(config.settings["limit"])
        self.log = Path(config.settings["log"])

    async def fetch(self, stream: str, cursor: str | None) -> Page:
        if stream not in STREAMS:
            raise errors.BadPayload(f"no stream {stream!r}")
        try:
            start = int(cursor or 0)
        except ValueError:
            raise errors.BadPayload(f"cursor {cursor!r} is not ours") from None
        end = min(start + self.page, self.limit)
        self._served(stream, start, end)
        items = [make_item(stream, i) for i in range(start, end)]
        return Page(items=items, cursor=str(end), more=end < self.limit)

    def _served(self, stream: str, start: int, end: int) -> None:
        if end <= start:
            return
        fd = os.open(self.log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, f"{stream} {start} {end}\n".encode())
        finally:
            os.close(fd)


def served(log: Path) -> dict[str, set[int]]:
    """Every item index the platform handed out, per stream."""
    seen: dict[str, set[int]] = {s: set() for s in STREAMS}
    if log.exists():
        for line in log.read_text().splitlines():
            stream, start, end = line.split()
            seen[stream].update(range(int(start), int(end)))
    return seen
