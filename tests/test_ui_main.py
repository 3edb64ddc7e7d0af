"""The triage window driven as a user would: keys, a canned reply with a placeholder, the
outbox state in the thread, bulk actions, search, hostile text, and a UI that never blocks."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from app import views
from app.models import OutboxItem
from app.secrets import Secrets
from app.store import Store
from tests.fakes import FakeConnector, FakePlatform
from tests.test_ui_seed import HOSTILE, Seeded
from ui import tasks
from ui.canned_picker import PlaceholderDialog
from ui.main_window import MainWindow
from ui.sync_worker import SyncWorker

PLATFORM = FakePlatform()


class BoundFake(FakeConnector):
    """The fake platform as a connector class, so capabilities() can ask the class."""

    def __init__(self, config, secrets, client) -> None:  # type: ignore[no-untyped-def]
        super().__init__(PLATFORM, config, secrets, client)


def fake_factory(platform: str) -> type[BoundFake]:
    return BoundFake


def open_window(store: Store, tmp_path: Path, qtbot: QtBot, size: bool = True) -> MainWindow:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, "rina", settings=settings, factory_for=fake_factory)
    qtbot.addWidget(window)
    if size:
        window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    qtbot.waitUntil(lambda: window.commands.shown is not None)
    return window


@pytest.fixture
def window(seeded: Seeded, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    w = open_window(seeded.store, tmp_path, qtbot)
    yield w
    tasks.wait_all()


def names(window: MainWindow) -> list[str]:
    rows = [window.model.row_at(i) for i in range(window.model.rowCount())]
    return [r.member_name for r in rows if r is not None]


def current_name(window: MainWindow) -> str:
    row = window.model.row_at(window.list.currentIndex().row())
    return row.member_name if row else ""


def fill_dialog_later(qtbot: QtBot, values: dict[str, str]) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PlaceholderDialog):
            QTimer.singleShot(20, fill)
            return
        for name, value in values.items():
            dialog.fields[name].setText(value)
        dialog.accept()

    QTimer.singleShot(0, fill)


def test_keyboard_flow_from_list_to_a_sent_canned_reply(window: MainWindow, seeded: Seeded,
                                                        qtbot: QtBot) -> None:
    window.list.setFocus()
    assert current_name(window) == "Dewi"
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    assert current_name(window) == "Budi"
    qtbot.keyClick(window.list, Qt.Key.Key_K)
    assert current_name(window) == "Eve \u202egnp.exe"
    qtbot.keyClick(window.list, Qt.Key.Key_E)  # done, and on to the next at once
    assert current_name(window) == "Budi"
    qtbot.waitUntil(lambda: "Eve \u202egnp.exe" not in names(window))
    qtbot.waitUntil(lambda: window.commands.shown is not None
                    and window.commands.shown.row.member_name == "Budi")
    qtbot.keyClick(window.list, Qt.Key.Key_R)
    assert window.composer.edit.hasFocus()
    fill_dialog_later(qtbot, {"order_number": "#1234"})
    qtbot.keyClicks(window.composer.edit, ";order")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Tab)
    assert window.composer.edit.toPlainText() == "Hi Budi, I checked order #1234 for you."
    assert window.composer.counter.text() == "39 / 500"
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Queued" in window.thread_view.toPlainText())
    assert "Hi Budi, I checked order #1234 for you." in window.thread_view.toPlainText()
    assert window.composer.edit.toPlainText() == ""

    worker = SyncWorker(seeded.store, Secrets(), window, factory_for=fake_factory)
    window.commands.attach_sync(worker)
    worker.start()
    try:
        assert worker.runner.wait_ready()
        worker.send_now()
        qtbot.waitUntil(lambda: "Our reply" in window.thread_view.toPlainText(), timeout=5000)
    finally:
        worker.stop()
    assert "Queued" not in window.thread_view.toPlainText()
    assert len(PLATFORM.posted) == 1


def test_failed_reply_shows_retry_and_retry_requeues(window: MainWindow, seeded: Seeded,
                                                     qtbot: QtBot) -> None:
    cid = seeded.ids["dewi"]
    item = window.ops.outbox.queue_reply(cid, "We fixed the page, thanks!")
    with seeded.store.write() as conn:
        conn.execute(OutboxItem.__table__.update().values(  # type: ignore[attr-defined]
            state="failed", last_error="the platform said no"))
    window.commands.reload_current()
    qtbot.waitUntil(lambda: "Failed to send" in window.thread_view.toPlainText())
    assert "the platform said no" in window.thread_view.toPlainText()
    window.thread_view.retry_requested.emit(item.id)
    qtbot.waitUntil(lambda: "Queued" in window.thread_view.toPlainText())


def test_bulk_tag_and_done_on_a_selection(window: MainWindow, seeded: Seeded, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    selection = window.list.selectionModel()
    flags = selection.SelectionFlag
    selection.select(window.model.index(0, 0), flags.ClearAndSelect | flags.Rows)
    selection.select(window.model.index(2, 0), flags.Select | flags.Rows)
    monkeypatch.setattr("ui.triage_commands.QInputDialog.getItem",
                        lambda *a, **k: ("billing", True))
    window.actions_["tag"].trigger()
    qtbot.waitUntil(lambda: "#billing" in window.model.data(window.model.index(2, 3))
                    and window.model.data(window.model.index(0, 3)) == "#billing")
    tagged = views.page(seeded.store, views.View("tag", "billing"), "rina")
    assert sorted(r.member_name for r in tagged) == ["Budi", "Dewi"]
    qtbot.waitUntil(lambda: window.commands.counts is not None
                    and window.commands.counts.tags.get("billing") == 2)
    window.actions_["done"].trigger()
    qtbot.waitUntil(lambda: names(window) == ["Eve \u202egnp.exe", "Ani"])


def test_search_shows_results_and_bad_syntax_as_a_message(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    qtbot.keyClick(window.list, Qt.Key.Key_Slash)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "refund")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: names(window) == ["Dewi"])
    qtbot.keyClick(window.list, Qt.Key.Key_Slash)
    window.search.clear()
    qtbot.keyClicks(window.search, '"unclosed phrase')
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search_error.isVisible())
    assert window.search_error.text()
    window.search.clear()
    qtbot.waitUntil(lambda: len(names(window)) == 4)
    assert not window.search_error.isVisible()


def test_hostile_text_is_shown_literally_and_links_need_a_safe_scheme(
        window: MainWindow, seeded: Seeded, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.commands.select_id(seeded.ids["eve"])
    qtbot.waitUntil(lambda: HOSTILE in window.thread_view.toPlainText())
    html = window.thread_view.toHtml()
    assert "<img" not in html and "file:///etc/passwd" in window.thread_view.toPlainText()
    assert "[U+202E]" in window.thread_view.toPlainText()
    assert "\u202e" not in window.thread_view.toPlainText()
    assert window.member.name.textFormat() == Qt.TextFormat.PlainText
    assert window.member.name.text() == "Eve [U+202E]gnp.exe"
    listed = window.model.data(window.model.index(window.list.currentIndex().row(), 2))
    assert listed == HOSTILE
    opened: list[object] = []
    warned: list[str] = []
    monkeypatch.setattr("ui.reading_commands.QDesktopServices.openUrl", opened.append)
    monkeypatch.setattr("ui.reading_commands.QMessageBox.warning",
                        lambda parent, title, text: warned.append(text))
    # The message's "open original" link: the anchor is opaque, the URL stays in Python.
    assert "javascript" not in html
    window.thread_view.anchorClicked.emit(QUrl("serambi:open/0"))
    assert warned and "javascript:alert(1)" in warned[0]
    assert opened == []
    monkeypatch.setattr("ui.reading_commands.QMessageBox.question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    window.member.profile.click()
    assert [u.toString() for u in opened] == ["https://social.example/@eve"]


def test_a_slow_background_task_does_not_block_the_window(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    ticks: list[float] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    results: list[str] = []
    tasks.Op(window, lambda: (time.sleep(1.0), "slept")[1]).success(results.append) \
        .run_in_background()
    qtbot.waitUntil(lambda: results == ["slept"], timeout=3000)
    timer.stop()
    assert len(ticks) >= 12  # the event loop kept turning the whole second


def test_moderation_offers_only_what_the_platform_can_do(window: MainWindow) -> None:
    assert window.actions_["hide"].isEnabled()
    assert window.actions_["block"].isEnabled()
    assert not window.actions_["delete"].isEnabled()
    assert not window.actions_["report"].isEnabled()


def test_layout_is_remembered(seeded: Seeded, tmp_path: Path, qtbot: QtBot) -> None:
    first = open_window(seeded.store, tmp_path, qtbot)
    first.panes.setSizes([300, 500, 400])
    first.actions_["sort_oldest"].trigger()
    qtbot.wait(50)
    expected = first.panes.sizes()
    first.close()
    tasks.wait_all()
    second = open_window(seeded.store, tmp_path, qtbot)
    # Qt may shift a splitter by a few pixels while laying out; the user's choice stays.
    assert abs(second.panes.sizes()[0] - expected[0]) <= 20
    assert expected[0] > 240
    assert second.model.order == "oldest"
    assert names(second)[0] == "Ani"
    tasks.wait_all()


def test_command_palette_filters_and_runs(window: MainWindow, qtbot: QtBot) -> None:
    from ui.palette import CommandPalette, fuzzy_score

    assert fuzzy_score("esc", "Escalate…") is not None
    assert fuzzy_score("zz", "Escalate…") is None
    palette = CommandPalette(list(window.actions_.values()), window)
    qtbot.addWidget(palette)
    palette.filter.setText("unread")
    assert "Mark unread" in palette.list.item(0).text()
    palette.filter.setText("srtold")
    assert "oldest" in palette.list.item(0).text()
    palette._run()
    assert window.model.order == "oldest"


def test_placeholder_dialog_cancel_leaves_the_text_alone(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            QTimer.singleShot(20, cancel)

    QTimer.singleShot(0, cancel)
    window.composer.edit.setFocus()
    qtbot.keyClicks(window.composer.edit, ";order")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Tab)
    assert window.composer.edit.toPlainText() == ";order"
    assert isinstance(window.search, QLineEdit)


def later(qtbot: QtBot, act: Callable[[QDialog], None], kind: type[QDialog] = QDialog) -> None:
    """Act on the next modal dialog once it is open (exec() blocks the test until then)."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def test_keys_work_from_the_thread_and_escape_returns_to_the_list(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Return)
    assert window.thread_view.hasFocus()
    qtbot.keyClick(window.thread_view, Qt.Key.Key_J)
    assert current_name(window) == "Eve \u202egnp.exe"
    qtbot.keyClick(window.list, Qt.Key.Key_N)
    assert window.composer.edit.hasFocus() and window.composer.current_mode() == "note"
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Escape)
    assert window.list.hasFocus()


def test_question_mark_lists_every_shortcut(window: MainWindow, qtbot: QtBot) -> None:
    from ui.palette import ShortcutsOverlay

    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        table = dialog.findChild(QTableWidget)
        seen.extend(table.item(i, 0).text() for i in range(table.rowCount()))
        dialog.accept()

    later(qtbot, read, ShortcutsOverlay)
    qtbot.keyClick(window.list, Qt.Key.Key_Question)
    assert {"J", "K", "E", "R", "N", "S", "A", "T", "P", "!", "U", "/", "?", "Esc"} <= set(seen)
    assert any("K" in keys and "Ctrl" in keys for keys in seen)


def test_escalate_with_whom_why_and_a_note(window: MainWindow, seeded: Seeded,
                                           qtbot: QtBot) -> None:
    from ui.dialogs import EscalateDialog

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, EscalateDialog)
        dialog.to.setText("legal")
        dialog.reason.setText("threat of a lawsuit")
        dialog.note.setPlainText("see the screenshot they posted")
        dialog.accept()

    later(qtbot, fill, EscalateDialog)
    qtbot.keyClick(window.list, Qt.Key.Key_Exclam)
    qtbot.waitUntil(lambda: "Escalated to legal: threat of a lawsuit"
                    in window.thread_view.toPlainText())
    # The row and the thread are re-read side by side: either may arrive first.
    qtbot.waitUntil(lambda: "⚑" in window.model.data(window.model.index(0, 2)))
    qtbot.waitUntil(lambda: window.commands.counts is not None
                    and window.commands.counts.fixed["escalated"] == 1)


def test_snooze_presets_take_the_conversation_out_of_the_inbox(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    from datetime import timedelta

    from app.timeutil import utcnow
    from ui.dialogs import snooze_presets

    presets = snooze_presets()
    assert presets["hour"] - utcnow() > timedelta(minutes=59)
    assert presets["tomorrow"].hour == 9 and presets["next_week"].weekday() == 0
    qtbot.keyClick(window.list, Qt.Key.Key_S)
    assert window.commands.snooze_menu.isVisible()
    window.commands.snooze_menu.findChild(QAction, "snooze_tomorrow").trigger()
    window.commands.snooze_menu.hide()
    qtbot.waitUntil(lambda: "Dewi" not in names(window))
    qtbot.waitUntil(lambda: window.commands.counts is not None
                    and window.commands.counts.fixed["snoozed"] == 1)


def test_sync_status_says_what_to_do(seeded: Seeded, qtbot: QtBot) -> None:
    from app.sync import save_state
    from app.timeutil import utcnow
    from ui.sync_status import SyncStatusDialog

    with seeded.store.write() as conn:
        save_state(conn, seeded.account_id, "notifications", last_error="AuthExpired: the "
                   "token was revoked", last_error_at=utcnow(), failures=2)
    dialog = SyncStatusDialog(views.sync_status(seeded.store))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "never"
    assert "revoked" in dialog.table.item(0, 3).text()
    assert "Sign in" in dialog.table.item(0, 4).text()


def test_mark_unread_sticks_while_the_conversation_is_open(window: MainWindow,
                                                           qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.model.row_at(0) is not None
                    and not window.model.row_at(0).unread)  # opening it read it
    qtbot.keyClick(window.list, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: window.model.row_at(0).unread)
    qtbot.wait(300)
    assert window.model.row_at(0).unread
    assert window.model.data(window.model.index(0, 1), Qt.ItemDataRole.FontRole).bold()


def test_a_sync_reload_keeps_a_multi_selection(window: MainWindow, seeded: Seeded,
                                               qtbot: QtBot) -> None:
    from app.sync import AccountReport

    selection = window.list.selectionModel()
    flags = selection.SelectionFlag
    selection.select(window.model.index(1, 0), flags.Select | flags.Rows)
    selection.select(window.model.index(3, 0), flags.Select | flags.Rows)
    before = sorted(window.commands.selected_ids())
    with qtbot.waitSignal(window.model.loaded):  # the whole list is read again
        window.commands.sync_report(AccountReport(seeded.account_id, "demo", "@serambi",
                                                  inserted=1))
    assert len(before) == 3
    assert sorted(window.commands.selected_ids()) == before


def test_a_draft_survives_moving_to_another_conversation(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    qtbot.keyClick(window.list, Qt.Key.Key_R)
    qtbot.keyClicks(window.composer.edit, "Half a reply")
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: window.commands.shown is not None
                    and window.commands.shown.row.member_name != "Dewi")
    assert window.composer.edit.toPlainText() == ""
    qtbot.keyClick(window.list, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: window.composer.edit.toPlainText() == "Half a reply")
