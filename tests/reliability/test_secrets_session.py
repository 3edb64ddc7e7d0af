"""A whole session with known fake secrets (a token, a password and the session tokens a
sign-in gives): add accounts, sync, reply, export, back up, crash, all logged at debug
level. None of them may appear in any file of the data folder (database, WAL, logs,
exports, backups) or in the crash report the user is shown."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.accounts import add_account
from app.export import export
from app.maintenance import backup
from app.outbox import Outbox
from app.secrets import Secrets
from app.sync import SyncEngine
from app.workspace import Workspace
from connectors import registry
from tests.conftest import MemoryKeyring
from tests.reliability.tiny import TinyConnector, TinyPlatform, raw_item
from ui import crash

TOKEN = "tiny-token-SECRET-5e7d1a"
PASSWORD = "hunter2-Pa55word-9f1c"


@pytest.fixture
def debug_logging() -> Iterator[None]:
    root = logging.getLogger()
    before = root.level
    root.setLevel(logging.DEBUG)
    yield
    root.setLevel(before)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the crash dialog would show, instead of showing it."""
    texts: list[str] = []

    def capture(box: QMessageBox) -> int:
        texts.extend([box.text(), box.detailedText()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    return texts


def platforms() -> tuple[dict[str, TinyPlatform], httpx.MockTransport]:
    hosts = {"a.tiny.test": TinyPlatform(token=TOKEN),
             "b.tiny.test": TinyPlatform(token="unused-0000", password=PASSWORD)}
    for platform in hosts.values():
        platform.items = [raw_item(i) for i in range(6)]
    return hosts, httpx.MockTransport(lambda r: hosts[r.url.host].handle(r))


def session(ws: Workspace, transport: httpx.MockTransport, data: Path) -> None:
    registry.register("tiny", TinyConnector)
    add_account(ws.store, ws.secrets, "tiny", "@brand", server_url="https://a.tiny.test",
                secret=TOKEN)
    add_account(ws.store, ws.secrets, "tiny", "@brand", server_url="https://b.tiny.test",
                settings={"auth": "password"}, secret=PASSWORD)
    engine = SyncEngine(ws.store, ws.secrets, factory_for=lambda _: TinyConnector,
                        client_factory=lambda: httpx.AsyncClient(transport=transport))
    reports = asyncio.run(engine.run_once())
    assert all(r.ok and r.inserted == 6 for r in reports), reports
    with ws.store.read() as conn:
        firsts = conn.exec_driver_sql(
            "SELECT min(id) FROM conversations GROUP BY account_id").scalars().all()
    for conversation in firsts:  # one reply on each account
        Outbox(ws.store, "rina").queue_reply(conversation, "Sudah kami cek, terima kasih!")
    sent = asyncio.run(engine.send_outbox())
    assert [s.state for s in sent] == ["sent", "sent"]
    exports = data / "exports"
    exports.mkdir()
    for kind in ("conversations", "messages", "events"):
        for fmt in ("csv", "jsonl"):
            with (exports / f"{kind}.{fmt}").open("w", encoding="utf-8", newline="") as out:
                export(ws.store, kind, fmt, out)
    backup(ws.store, data / "backup.sqlite3")


def crash_with_a_secret_in_it() -> None:
    try:
        raise RuntimeError(f"GET https://a.tiny.test/api?access_token={TOKEN} failed with "
                           f"Authorization: Bearer {TOKEN} and password={PASSWORD}")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]


def test_no_secret_is_left_anywhere_after_a_full_session(
        tmp_path: Path, memory_keyring: MemoryKeyring, qtbot: QtBot, debug_logging: None,
        shown: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    ws = Workspace.open(data, secrets=Secrets(memory_keyring))
    uninstall = crash.install(ws.paths.log)
    hosts, transport = platforms()
    try:
        session(ws, transport, data)
        crash_with_a_secret_in_it()
        logging.getLogger("serambi.test").debug("signed in with %s", PASSWORD)
        secrets = [TOKEN, PASSWORD, *hosts["b.tiny.test"].sessions, "sess-refresh-1-41f0b2c6aa"]
        assert len(secrets) == 4 and hosts["b.tiny.test"].sessions  # a sign-in happened
        files = [p for p in data.rglob("*") if p.is_file()]
        names = {p.name for p in files}
        assert {"serambi.sqlite3-wal", "serambi.log", "backup.sqlite3",
                "messages.jsonl"} <= names  # the WAL and the log are really there
        log = (ws.paths.log / "serambi.log").read_text()
        assert "HTTP Request" in log and "access_token=[redacted]" in log  # httpx did log
        assert "uncaught error" in log and len(shown) == 2
        leaks = [(p.name, s) for p in files for s in secrets if s.encode() in p.read_bytes()]
        leaks += [("crash dialog", s) for s in secrets for text in shown if s in text]
        leaks += [("stderr", s) for s in secrets if s in capsys.readouterr().err]
        assert leaks == []
        assert set(memory_keyring.store.values()) >= {TOKEN, PASSWORD}  # only in the keyring
    finally:
        uninstall()
        ws.close()


def test_an_error_that_quotes_the_token_never_reaches_the_database(
        secrets: Secrets, tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "data", secrets=secrets)
    try:
        registry.register("tiny", TinyConnector)
        add_account(ws.store, ws.secrets, "tiny", "@brand", server_url="https://a.tiny.test",
                    secret=TOKEN)

        def echo(request: httpx.Request) -> httpx.Response:
            return httpx.Response(401, text=f"invalid token {TOKEN} for {request.url}")

        engine = SyncEngine(ws.store, ws.secrets, factory_for=lambda _: TinyConnector,
                            client_factory=lambda: httpx.AsyncClient(
                                transport=httpx.MockTransport(echo)))
        report = asyncio.run(engine.run_once())[0]
        assert report.error and TOKEN not in report.error
        with ws.store.read() as conn:
            stored = conn.exec_driver_sql("SELECT last_error FROM sync_state").scalar_one()
        assert TOKEN not in stored
    finally:
        ws.close()
