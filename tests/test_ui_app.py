"""Starting the desktop app as the CLI does: window up, sync worker running, clean exit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ingest import ingest
from app.items import InboundItem, MemberRef
from app.models import OutboxAction, OutboxItem
from app.secrets import Secrets
from app.sync import AccountReport
from app.timeutil import utcnow
from app.triage import log_event
from tests.test_ui_main import fake_factory, open_window
from tests.test_ui_seed import FakeWorkspace, Seeded
from ui import app as ui_app
from ui import tasks
from ui.main_window import MainWindow
from ui.sync_worker import SyncWorker


def test_run_shows_the_inbox_syncs_and_exits_cleanly(seeded: Seeded, tmp_path: Path,
                                                     qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    started: list[SyncWorker] = []
    still_running: list[bool] = []
    original_start, original_stop = SyncWorker.start, SyncWorker.stop

    def start(self: SyncWorker) -> None:
        started.append(self)
        original_start(self)

    def stop(self: SyncWorker, msecs: int = 5000) -> None:
        original_stop(self, msecs)
        still_running.append(self.isRunning())

    monkeypatch.setattr(SyncWorker, "start", start)
    monkeypatch.setattr(SyncWorker, "stop", stop)
    monkeypatch.setattr(ui_app, "SyncWorker", lambda store, secrets, parent: SyncWorker(
        store, secrets, parent, factory_for=fake_factory))
    seen: dict[str, object] = {}

    def look_then_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or windows[0].model.rowCount() == 0:
            QTimer.singleShot(50, look_then_quit)
            return
        seen["rows"] = windows[0].model.rowCount()
        seen["running"] = started[0].isRunning()
        windows[0].close()

    QTimer.singleShot(0, look_then_quit)
    code = ui_app.run(FakeWorkspace(seeded.store, Secrets()), demo=True)
    assert code == 0
    assert seen == {"rows": 4, "running": True}
    assert still_running == [False]


def test_bulk_moderation_queues_one_action_per_conversation(
        seeded: Seeded, tmp_path: Path, qtbot: QtBot) -> None:
    window = open_window(seeded.store, tmp_path, qtbot)
    window.list.selectAll()
    window.actions_["hide"].trigger()
    qtbot.waitUntil(lambda: len(window.ops.outbox.items()) == 4)
    items: list[OutboxItem] = window.ops.outbox.items()
    assert {i.action for i in items} == {OutboxAction.HIDE.value}
    assert len({i.conversation_id for i in items}) == 4
    tasks.wait_all()


def test_canned_reply_follows_the_members_language(seeded: Seeded, qtbot: QtBot) -> None:
    from app.canned import CannedService
    from ui.composer import Composer

    service = CannedService(seeded.store)
    service.create("Hello", "hello", "Hello {{member.name}}!", language="en")
    service.create("Halo", "hello", "Halo {{member.name}}!", language="id")
    composer = Composer()
    qtbot.addWidget(composer)
    composer.set_responses(service.list())
    composer.set_target(500, True, {"member.name": "Ani"}, language="id")
    qtbot.keyClicks(composer.edit, "Hai ;hello")
    composer.expand_shortcut("hello")
    assert composer.edit.toPlainText() == "Hai Halo Ani!"
    composer.edit.setPlainText("x" * 501)
    assert not composer.send.isEnabled()
    assert composer.counter.text() == "501 / 500"


def test_bahasa_indonesia_is_loaded_for_an_indonesian_locale(seeded: Seeded, tmp_path: Path,
                                                             qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    loaded = ui_app.load_translations(app, QLocale("id_ID"))
    try:
        assert loaded, "resources/i18n/serambi_id.qm is missing"
        window = open_window(seeded.store, tmp_path, qtbot)
        assert window.actions_["done"].text() == "Selesai (lalu berikutnya)"
        assert window.sidebar.names["inbox"] == "Kotak masuk"
        assert window.thread_view.tr("Our reply") == "Balasan kita"
        assert window.commands.tr("Select a conversation first.") \
            == "Pilih percakapan terlebih dahulu."  # a string defined in a mixin
        tasks.wait_all()
    finally:
        for translator in loaded:
            app.removeTranslator(translator)


def test_an_unexpected_error_is_logged_and_explained(tmp_path: Path, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from ui import crash

    shown: list[str] = []
    monkeypatch.setattr(crash, "show", lambda error, details, where: shown.append(details))
    previous = sys.excepthook
    uninstall = crash.install(tmp_path / "logs")
    try:
        try:
            raise RuntimeError("the disk went away")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        uninstall()
    assert sys.excepthook is previous
    assert shown and "the disk went away" in shown[0]
    assert "the disk went away" in (tmp_path / "logs" / "serambi.log").read_text()


def test_the_tray_counts_and_only_notifies_when_away(seeded: Seeded, tmp_path: Path,
                                                     qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.tray import Tray

    window = open_window(seeded.store, tmp_path, qtbot)
    tray = Tray(window)
    window.commands.attach_tray(tray)
    window.commands.refresh_counts()
    qtbot.waitUntil(lambda: "4 conversation(s) waiting" in tray.icon.toolTip())
    messages: list[str] = []
    monkeypatch.setattr(tray.icon, "showMessage", lambda title, text, *a: messages.append(text))
    monkeypatch.setattr(tray.icon, "isVisible", lambda: True)
    monkeypatch.setattr(window, "isActiveWindow", lambda: False)
    window.actions_["notify_inbox"].trigger()  # off: only Unassigned and Escalated now
    window.actions_["notify_unassigned"].trigger()
    window.actions_["notify_escalated"].trigger()
    assert window.settings.value("notify/views") == ["unassigned", "escalated"]
    qtbot.waitUntil(lambda: window.commands.notify_after is not None)
    ingest(seeded.store, seeded.account_id, "demo",
           [InboundItem("n1", utcnow(), "hello?", MemberRef("newbie", "@newbie", "Newbie"))])
    window.commands.sync_report(AccountReport(seeded.account_id, "demo", "@serambi",
                                              inserted=1))
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["1 new in Unassigned"]  # nothing escalated; Inbox not chosen
    window.commands.sync_report(AccountReport(seeded.account_id, "demo", "@serambi",
                                              inserted=1))
    tasks.wait_all()
    qtbot.wait(50)
    assert len(messages) == 1  # that conversation is no longer news
    with seeded.store.write() as conn:
        log_event(conn, "rule:VIP watch", "rule_notify", [None], message="A VIP is upset")
    window.commands.sync_report(AccountReport(seeded.account_id, "demo", "@serambi",
                                              inserted=1))
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert messages[1] == "VIP watch: A VIP is upset"
    tasks.wait_all()


def test_canned_manager_saves_checks_and_feeds_the_composer(seeded: Seeded, tmp_path: Path,
                                                            qtbot: QtBot) -> None:
    from ui.canned_manager import CannedManager

    window = open_window(seeded.store, tmp_path, qtbot)
    manager = CannedManager(seeded.store, window)
    qtbot.addWidget(manager)
    manager.changed.connect(window.commands.reload_canned)
    qtbot.waitUntil(lambda: manager.list.count() == 2)
    manager.new.click()
    manager.title.setText("Shipping delay")
    manager.shortcut.setText(";delay")
    manager.body.setPlainText("Sorry {{member.nmae}}, it is on its way.")
    manager.save.click()
    qtbot.waitUntil(lambda: "member.nmae" in manager.problem.text())
    manager.body.setPlainText("Sorry {{member.name}}, it is on its way.")
    manager.save.click()
    qtbot.waitUntil(lambda: manager.list.count() == 3)
    assert manager.problem.text() == ""
    qtbot.waitUntil(lambda: any(c.shortcut == "delay" for c in window.composer.responses))
    manager.filter.setText("delay")
    assert manager.list.count() == 1
    tasks.wait_all()


def test_accounts_dialog_adds_with_the_wizard_and_removes_with_the_secret(
        seeded: Seeded, qtbot: QtBot, secrets: Secrets,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app import accounts
    from ui.account_wizard import AddAccountWizard
    from ui.accounts_dialog import AccountsDialog

    dialog = AccountsDialog(seeded.store, secrets)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)

    def finish(wizard: AddAccountWizard) -> int:  # what the wizard's pages end with
        wizard.added = accounts.add_account(seeded.store, secrets, "demo", "@second",
                                            secret="s3cret-token")
        return 1

    monkeypatch.setattr(AddAccountWizard, "exec", finish)
    with qtbot.waitSignal(dialog.changed):
        dialog.add.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert dialog.table.item(1, 1).text() == "@second"
    assert dialog.table.item(1, 4).text() == "yes"
    assert "s3cret-token" in secrets._backend.store.values()  # type: ignore[attr-defined]
    dialog.table.selectRow(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.changed):
        dialog.remove.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert "s3cret-token" not in secrets._backend.store.values()  # type: ignore[attr-defined]
    tasks.wait_all()
