"""Import normalized items from a JSON Lines file (format: docs/import-format.md).

Every line is untrusted: it is parsed and validated on its own, a bad line is reported with
its number and skipped, and the rest goes through the one ingest path in batches, so a file
of any size streams through in bounded memory. Importing the same file twice adds nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from app.importer.lines import MAX_LINE, LineError, decode, parse_item, read_lines, text_field
from app.ingest import ingest_in
from app.items import InboundItem
from app.models import ACCOUNTS
from app.store import Store

__all__ = ["BATCH_LINES", "MAX_LINE", "ImportReport", "LineError", "import_file",
           "import_stream", "parse_item"]

BATCH_LINES = 5000
MAX_REPORTED = 1000  # rejected lines kept in the report; the count goes on beyond it
_PLATFORM = re.compile(r"[a-z0-9][a-z0-9_.-]{0,39}")


@dataclass(slots=True)
class ImportReport:
    lines: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    accounts_created: int = 0
    rejected_count: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.rejected_count == 0


class _Accounts:
    """Account references resolved once: an id that exists, or platform + handle (created)."""

    def __init__(self, store: Store, report: ImportReport) -> None:
        self.store = store
        self.report = report
        with store.read() as conn:
            rows = conn.execute(select(ACCOUNTS.c.id, ACCOUNTS.c.platform,
                                       ACCOUNTS.c.handle)).all()
        self.platform_of = {r.id: r.platform for r in rows}
        self.by_key = {(r.platform, r.handle): r.id for r in rows}

    def resolve(self, obj: dict[str, Any]) -> int:
        ref = obj.get("account", obj.get("account_id"))
        if isinstance(ref, int) and not isinstance(ref, bool):
            if ref not in self.platform_of:
                raise LineError(f"there is no account with id {ref}")
            return ref
        if not isinstance(ref, dict):
            raise LineError("account is missing: give {\"platform\", \"handle\"} or an id")
        platform = text_field(ref, "platform").strip().lower()
        handle = text_field(ref, "handle").strip()
        if not _PLATFORM.fullmatch(platform):
            raise LineError("account.platform must be a short lowercase name like mastodon")
        if not handle or len(handle) > 300:
            raise LineError("account.handle must be 1 to 300 characters")
        known = self.by_key.get((platform, handle))
        return known if known is not None else self._create(platform, handle)

    def _create(self, platform: str, handle: str) -> int:
        with self.store.write() as conn:
            new_id = int(conn.execute(ACCOUNTS.insert().values(
                platform=platform, handle=handle, server_url="", display_name="",
                settings={}, secret_ref="", enabled=True,
            )).inserted_primary_key[0])  # type: ignore[index]
        self.platform_of[new_id] = platform
        self.by_key[(platform, handle)] = new_id
        self.report.accounts_created += 1
        return new_id


OnError = Callable[[int, str], None]


def import_stream(store: Store, stream: IO[bytes], on_error: OnError | None = None,
                  batch_lines: int = BATCH_LINES) -> ImportReport:
    """Import every good line of `stream`; bad lines go to `on_error` and the report."""
    report = ImportReport()
    accounts = _Accounts(store, report)
    batch: dict[int, list[InboundItem]] = defaultdict(list)
    pending = 0
    for number, raw in read_lines(stream):
        report.lines = number
        if raw is not None and not raw.strip():
            continue  # blank lines are allowed, e.g. at the end of a file
        try:
            obj = decode(raw, number)
            item = parse_item(obj)
            batch[accounts.resolve(obj)].append(item)
            pending += 1
        except LineError as exc:
            _reject(report, number, str(exc), on_error)
        if pending >= batch_lines:
            _flush(store, accounts, batch, report)
            pending = 0
    _flush(store, accounts, batch, report)
    return report


def import_file(store: Store, path: Path, on_error: OnError | None = None) -> ImportReport:
    with path.open("rb") as stream:
        return import_stream(store, stream, on_error)


def _reject(report: ImportReport, number: int, reason: str, on_error: OnError | None) -> None:
    report.rejected_count += 1
    if len(report.rejected) < MAX_REPORTED:
        report.rejected.append((number, reason))
    if on_error is not None:
        on_error(number, reason)


def _flush(store: Store, accounts: _Accounts, batch: dict[int, list[InboundItem]],
           report: ImportReport) -> None:
    """One write transaction per batch, every account in it."""
    if not batch:
        return
    with store.write() as conn:
        for account_id, items in batch.items():
            result = ingest_in(conn, account_id, accounts.platform_of[account_id], items)
            report.inserted += result.inserted
            report.updated += result.updated
            report.unchanged += result.unchanged
    batch.clear()
