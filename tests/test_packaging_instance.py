"""One Serambi per user and inbox: starting it again brings the open window to the front
instead of a second window on the same data, and a crash's leftover socket is no obstacle."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.secrets import Secrets
from app.store import Store
from tests.test_ui_seed import FakeWorkspace
from ui import app as ui_app
from ui import single_instance
from ui.main_window import MainWindow
from ui.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    return folder


def test_a_second_start_tells_the_first_and_steps_aside(runtime: Path, qtbot: QtBot) -> None:
    name = server_name("sqlite:///inbox.sqlite3")
    first, second = SingleInstance(name), SingleInstance(name)
    try:
        assert first.claim()
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert not second.claim()
        assert second.server is None  # it never listened
    finally:
        first.release()
        second.release()
    assert not Path(name).exists()  # released: the socket file is gone


def test_a_socket_left_behind_by_a_crash_is_replaced(runtime: Path, qtbot: QtBot) -> None:
    name = server_name("sqlite:///crashed.sqlite3")
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(name)  # bound, never listening, closed without unlinking: as after a crash
    stale.close()
    assert Path(name).exists()
    first = SingleInstance(name)
    try:
        assert first.claim()
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert not SingleInstance(name).claim()  # and it really serves now
    finally:
        first.release()


def test_an_answer_that_is_not_the_greeting_changes_nothing(runtime: Path, qtbot: QtBot) -> None:
    from PySide6.QtNetwork import QLocalSocket

    name = server_name("sqlite:///other.sqlite3")
    first = SingleInstance(name)
    heard: list[bool] = []
    first.activated.connect(lambda: heard.append(True))
    try:
        assert first.claim()
        peer = QLocalSocket()
        peer.connectToServer(name)
        assert peer.waitForConnected(1000)
        peer.write(b"x" * 10_000 + b"\n")  # anything may connect: it is read, not obeyed
        peer.waitForBytesWritten(1000)
        qtbot.wait(200)
        peer.abort()
    finally:
        first.release()
    assert heard == []


def test_each_inbox_and_each_user_has_its_own_name(runtime: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    names = {server_name("sqlite:////home/a/inbox", "ani"),
             server_name("sqlite:////home/a/demo/inbox", "ani"),
             server_name("sqlite:////home/a/inbox", "budi")}
    assert len(names) == 3
    for name in names:  # neither the user nor the folder shows in the socket's file name
        assert Path(name).parent == runtime and "ani" not in name and "home" not in name
    monkeypatch.setenv("FLATPAK_ID", "org.serambi.Serambi")
    (runtime / "app" / "org.serambi.Serambi").mkdir(parents=True)
    # Inside a Flatpak only $XDG_RUNTIME_DIR/app/<id> is shared by all instances.
    assert Path(server_name("x", "ani")).parent == runtime / "app" / "org.serambi.Serambi"


def test_starting_serambi_again_brings_the_open_window_back(
        store: Store, tmp_path: Path, runtime: Path, qtbot: QtBot) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    url = single_instance.workspace_identity(store)
    seen: dict[str, object] = {}
    answer: list[tuple[int, str]] = []  # the second start's exit code and what it said
    deadline = time.monotonic() + 60
    second: list[subprocess.Popen[str]] = []

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or time.monotonic() > deadline:
            if windows:
                windows[0].close()
            QTimer.singleShot(50, drive)
            return
        window = windows[0]
        if not second:
            window.showMinimized()  # the user put it away, then starts Serambi again
            second.append(subprocess.Popen(
                [sys.executable, "-m", "app.cli.main", "--data-dir", str(tmp_path / "d"),
                 "--database", url], cwd=ROOT, text=True,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE))
        elif second[0].poll() is None or window.isMinimized():
            pass  # still starting, or its word has not arrived yet
        else:
            answer.append((second[0].returncode, second[0].communicate()[1]))
            seen["minimized"] = window.isMinimized()
            window.close()
            return
        QTimer.singleShot(50, drive)

    QTimer.singleShot(0, drive)
    assert ui_app.run(FakeWorkspace(store, Secrets()), demo=True) == 0
    code, err = answer[0]
    assert code == 0 and "already open" in err
    assert seen["minimized"] is False
