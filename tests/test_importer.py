"""Importing a JSON Lines archive: good lines land, bad lines are named and skipped."""

from __future__ import annotations

import io
import json
from typing import Any

from sqlalchemy import func, select

from app import queries
from app.importer import MAX_LINE, import_stream
from app.models import Account, Message
from app.store import Store
from app.store.dialect import integrity_check
from tests.conftest import make_account


def line(pid: str, **over: Any) -> bytes:
    obj: dict[str, Any] = {
        "account": {"platform": "mastodon", "handle": "@teduh@kopi.social"},
        "id": pid, "direction": "inbound", "kind": "mention",
        "author": {"id": "109", "handle": "@ani@kopi.social", "name": "Ani"},
        "text": f"Halo {pid}", "created_at": "2026-11-01T09:00:00Z",
    }
    obj.update(over)
    return json.dumps(obj).encode() + b"\n"


def run(store: Store, data: bytes, batch: int = 5000) -> Any:
    errors: list[tuple[int, str]] = []
    report = import_stream(store, io.BytesIO(data), lambda n, r: errors.append((n, r)), batch)
    assert errors == report.rejected
    return report


def _messages(store: Store) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(Message)).scalar() or 0)


def test_a_thread_imports_into_one_conversation_and_creates_its_account(store: Store) -> None:
    data = (line("1", subject="Refund") + line("2", parent_id="1", text="and me?",
                                               created_at="2026-11-01T17:00:00+07:00")
            + line("3", thread_id="1", direction="outbound", kind="reply",
                   author={"id": "brand", "handle": "@teduh"}, text="We are on it"))
    report = run(store, data)
    assert (report.inserted, report.rejected_count, report.accounts_created) == (3, 0, 1)
    [row] = queries.inbox(store)
    assert (row.platform, row.account_handle, row.message_count) == (
        "mastodon", "@teduh@kopi.social", 3)
    assert row.subject == "Refund"


def test_the_same_file_twice_adds_nothing(store: Store) -> None:
    data = b"".join(line(str(i)) for i in range(7))
    first = run(store, data, batch=3)
    again = run(store, data, batch=3)
    assert first.inserted == 7
    assert (again.inserted, again.unchanged) == (0, 7)
    assert _messages(store) == 7
    with store.read() as conn:
        assert conn.execute(select(func.count()).select_from(Account)).scalar() == 1
        assert integrity_check(conn) == []


def test_bad_lines_are_reported_by_number_and_the_rest_imported(store: Store) -> None:
    data = b"".join([
        line("ok1"),
        b"{not json\n",
        b'"a string"\n',
        line("bad-utf8")[:-2] + b"\xff\xfe\"}\n",
        line("no-date", created_at=None),
        line("bad-date", created_at="next tuesday"),
        line("weird", direction="sideways"),
        line("ghost", account=999),
        line("noauthorid", author={"name": "x"}),
        b"\n",
        line("ok2", account_id=None),
        line("future", created_at="2999-01-01T00:00:00Z"),
    ])
    report = run(store, data)
    numbers = [n for n, _ in report.rejected]
    assert numbers == [2, 3, 4, 5, 6, 7, 8, 9, 12]
    reasons = dict(report.rejected)
    assert "not valid JSON" in reasons[2]
    assert "UTF-8" in reasons[4]
    assert "created_at is missing" in reasons[5]
    assert "ISO 8601" in reasons[6]
    assert "inbound" in reasons[7]
    assert "no account with id 999" in reasons[8]
    assert "author.id" in reasons[9]
    assert "1990-2200" in reasons[12]
    assert report.inserted == 2
    assert not report.ok


def test_a_giant_line_is_rejected_without_losing_the_next(store: Store) -> None:
    giant = line("big", text="x" * (MAX_LINE + 10))
    report = run(store, line("before") + giant + line("after"))
    assert [n for n, _ in report.rejected] == [2]
    assert "longer than 2 MB" in report.rejected[0][1]
    assert report.inserted == 2


def test_an_existing_account_can_be_named_by_id(store: Store) -> None:
    account = make_account(store, "demo", "@brand")
    report = run(store, line("1", account=account) + b"\xef\xbb\xbf" + line("2"))
    # The byte order mark is allowed on the first line only; elsewhere it is bad JSON.
    assert report.inserted == 1 and [n for n, _ in report.rejected] == [2]
    assert queries.inbox(store)[0].account_handle == "@brand"


def test_a_byte_order_mark_on_the_first_line_is_fine(store: Store) -> None:
    report = run(store, b"\xef\xbb\xbf" + line("1"))
    assert report.ok and report.inserted == 1


def test_hostile_values_are_cleaned_or_rejected(store: Store) -> None:
    report = run(store, line("1", text="a\x00b", deleted="yes")
                 + line("2", text="a\x00b", html=5) + line("3", text="a\x00b"))
    assert [n for n, _ in report.rejected] == [1, 2]
    detail = queries.conversation(store, queries.inbox(store)[0].id)
    assert detail.messages[0].text == "a\ufffdb"
