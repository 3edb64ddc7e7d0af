"""Exports a manager can open in a spreadsheet or move to another workspace, never a secret."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app import queries
from app.accounts import add_account
from app.export import export
from app.importer import import_stream
from app.ingest import ingest
from app.secrets import Secrets
from app.store import Store, open_store
from app.triage import Triage
from tests.fakes import item


@pytest.fixture
def filled(store: Store, secrets: Secrets) -> Store:
    account = add_account(store, secrets, "demo", "@teduh", secret="s3cret-token",
                          settings={"flavour": "mastodon"})
    ingest(store, account.id, "demo", [
        item("1", 0, "=HYPERLINK(\"http://evil\")", author="ani"),
        item("2", 5, "-1 for this app", author="budi"),
        item("3", 9, "thanks", author="ani", parent="1"),
    ])
    ids = [r.id for r in queries.inbox(store)]
    Triage(store, "Sari").tag(ids, "billing")
    return store


def _run(store: Store, kind: str, fmt: str) -> str:
    out = io.StringIO()
    export(store, kind, fmt, out)
    return out.getvalue()


def test_conversations_csv_has_a_header_and_a_row_each(filled: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(_run(filled, "conversations", "csv"))))
    assert len(rows) == 2
    assert {r["platform"] for r in rows} == {"mastodon"}
    assert {r["tags"] for r in rows} == {"billing"}
    assert {r["account_handle"] for r in rows} == {"@teduh"}  # a handle is not a formula


def test_message_text_that_a_spreadsheet_would_run_is_defused(filled: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(_run(filled, "messages", "csv"))))
    texts = {r["text"] for r in rows}
    assert "'=HYPERLINK(\"http://evil\")" in texts
    assert "-1 for this app" in texts  # a plain leading dash is left alone
    assert json.loads(rows[0]["author"])["id"] in {"ani", "budi"}


def test_jsonl_events_record_who_did_what(filled: Store) -> None:
    events = [json.loads(x) for x in _run(filled, "events", "jsonl").splitlines()]
    assert {(e["actor"], e["action"]) for e in events} == {("Sari", "tagged")}
    assert all(e["at"].endswith("+00:00") for e in events)


def test_no_secret_or_keyring_reference_is_ever_exported(filled: Store) -> None:
    everything = "".join(_run(filled, kind, fmt) for kind in ("conversations", "messages",
                                                               "events")
                         for fmt in ("csv", "jsonl"))
    assert "s3cret-token" not in everything
    assert "account:" not in everything


def test_exported_messages_import_into_another_workspace(filled: Store,
                                                         tmp_path: Path) -> None:
    archive = _run(filled, "messages", "jsonl").encode()
    other = open_store(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        report = import_stream(other, io.BytesIO(archive))
        assert (report.inserted, report.rejected_count) == (3, 0)
        assert queries.count(other) == 2
        [thread] = [r for r in queries.inbox(other) if r.message_count == 2]
        assert thread.member_name == "Ani"
    finally:
        other.dispose()


def test_unknown_kind_or_format_is_refused(filled: Store) -> None:
    with pytest.raises(ValueError, match="cannot export"):
        _run(filled, "accounts", "csv")
    with pytest.raises(ValueError, match="unknown format"):
        _run(filled, "messages", "xml")
