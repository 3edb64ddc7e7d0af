"""Switching language: the choice is kept, honoured at start-up before the window is built,
explained in the language chosen, and a restart rebuilds the window in that language."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.secrets import Secrets
from tests.test_ui_main import fake_factory, open_window
from tests.test_ui_seed import FakeWorkspace, Seeded
from ui import app as ui_app
from ui import language, tasks
from ui.main_window import MainWindow
from ui.sync_worker import SyncWorker


@pytest.fixture
def qt_app(qtbot: QtBot) -> Iterator[QApplication]:
    """The application, left without our translators whatever a test installed."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    language.remove(app)


def system_is(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(language, "system_locale", lambda: QLocale(name))


def texts(window: MainWindow) -> tuple[str, str, str]:
    c = window.commands
    return (c.menus["triage"].title(), window.actions_["done"].text(), c.menus["language"].title())


def checked_language(window: MainWindow) -> list[str]:
    return [k for k in ("language_system", "language_en", "language_id")
            if window.actions_[k].isChecked()]


ENGLISH = ("&Triage", "Done (and next)", "&Language")
INDONESIAN = ("&Triase", "Selesai (lalu berikutnya)", "&Bahasa")


def test_choosing_bahasa_indonesia_is_kept_and_the_next_start_is_in_indonesian(
        seeded: Seeded, tmp_path: Path, qtbot: QtBot, qt_app: QApplication,
        monkeypatch: pytest.MonkeyPatch) -> None:
    system_is(monkeypatch, "en_US")
    asked: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(
        (box.text(), [b.text() for b in box.buttons()])) or 0)
    window = open_window(seeded.store, tmp_path, qtbot)
    assert texts(window) == ENGLISH
    assert checked_language(window) == ["language_system"]
    assert [a.text() for a in window.commands.menus["language"].actions()] \
        == ["System default", "English", "Bahasa Indonesia"]
    assert window.commands.menus["language"] in [
        a.menu() for a in window.commands.menus["view"].actions() if a.menu()]

    window.actions_["language_id"].trigger()

    # Told in Indonesian, since that is what the user chose; the window is not half-translated.
    assert asked == [("Serambi akan berbahasa Indonesia saat dijalankan berikutnya.", ["OK"])]
    assert QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat).value("language") \
        == "id"
    assert checked_language(window) == ["language_id"]
    assert texts(window) == ENGLISH
    window.actions_["language_system"].trigger()  # back to what the window shows: no question
    assert len(asked) == 1
    assert language.saved(window.settings) == ""
    window.actions_["language_id"].trigger()
    assert len(asked) == 2
    tasks.wait_all()
    window.close()

    language.install(qt_app, language.saved(window.settings))
    again = open_window(seeded.store, tmp_path, qtbot)
    assert texts(again) == INDONESIAN
    assert checked_language(again) == ["language_id"]
    tasks.wait_all()


@pytest.mark.parametrize(("choice", "system", "expected"), [
    ("", "en_GB", ENGLISH),
    ("", "id_ID", INDONESIAN),
    ("en", "id_ID", ENGLISH),
    ("id", "en_US", INDONESIAN),
])
def test_the_saved_choice_or_the_system_locale_picks_the_language(
        choice: str, system: str, expected: tuple[str, str, str], seeded: Seeded,
        tmp_path: Path, qtbot: QtBot, qt_app: QApplication,
        monkeypatch: pytest.MonkeyPatch) -> None:
    system_is(monkeypatch, system)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    language.save(settings, choice)
    language.install(qt_app, language.saved(settings))
    window = open_window(seeded.store, tmp_path, qtbot)
    assert texts(window) == expected
    assert checked_language(window) == [f"language_{choice or 'system'}"]
    tasks.wait_all()


def test_english_where_the_system_is_english_needs_no_restart(
        seeded: Seeded, tmp_path: Path, qtbot: QtBot, qt_app: QApplication,
        monkeypatch: pytest.MonkeyPatch) -> None:
    system_is(monkeypatch, "en_US")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    window = open_window(seeded.store, tmp_path, qtbot)
    window.actions_["language_en"].trigger()
    assert asked == []
    assert language.saved(window.settings) == "en"
    tasks.wait_all()


def test_switching_language_rebuilds_the_window_in_that_language(
        seeded: Seeded, tmp_path: Path, qtbot: QtBot, qt_app: QApplication,
        monkeypatch: pytest.MonkeyPatch) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().remove("language")
    system_is(monkeypatch, "en_US")
    monkeypatch.setattr(ui_app, "SyncWorker", lambda store, secrets, parent: SyncWorker(
        store, secrets, parent, factory_for=fake_factory))
    asked: list[tuple[str, str]] = []

    def restart_now(box: QMessageBox) -> int:
        asked.append((box.text(), box.informativeText()))
        next(b for b in box.buttons() if b.text() == "Mulai ulang sekarang").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", restart_now)
    seen: list[tuple[str, str, str]] = []
    deadline = time.monotonic() + 20

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible() and w.model.rowCount()]
        if time.monotonic() > deadline:  # fail, rather than hang, if no window comes back
            for w in windows:
                w.close()
        elif not windows:
            QTimer.singleShot(50, drive)
        elif not seen:
            seen.append(texts(windows[0]))
            windows[0].composer.edit.setPlainText("Halo, sebentar ya")
            windows[0].actions_["language_id"].trigger()
            QTimer.singleShot(50, drive)
        elif texts(windows[0]) == ENGLISH:  # the old window, not yet rebuilt
            QTimer.singleShot(50, drive)
        else:
            seen.append(texts(windows[0]))
            windows[0].close()

    QTimer.singleShot(0, drive)
    assert ui_app.run(FakeWorkspace(seeded.store, Secrets())) == 0
    assert seen == [ENGLISH, INDONESIAN]
    assert asked == [("Serambi akan berbahasa Indonesia saat dijalankan berikutnya.",
                      "Memulai ulang sekarang menutup jendela: balasan yang belum Anda kirim "
                      "akan hilang.")]
    assert QSettings().value("language") == "id"
