"""Reading fast through a busy inbox: a long thread shows its latest messages first, and a
burst of triage keys costs one sidebar recount, not one per key."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from app import views
from tests.test_ui_main import open_window
from tests.test_ui_seed import HOSTILE, Seeded
from ui import tasks
from ui.main_window import MainWindow
from ui.thread_view import LATEST, ThreadView


@pytest.fixture
def window(seeded: Seeded, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    w = open_window(seeded.store, tmp_path, qtbot)
    yield w
    tasks.wait_all()


def long_thread(seeded: Seeded, count: int) -> views.Thread:
    """Ani's conversation grown to `count` messages, the oldest one hostile."""
    thread = views.thread(seeded.store, seeded.ids["ani"])
    first = thread.messages[0]
    messages = tuple(replace(first, id=first.id + i,
                             text=HOSTILE if i == 0 else f"message-{i:03d}")
                     for i in range(count))
    return replace(thread, messages=messages)


def test_a_long_thread_shows_the_latest_and_earlier_ones_on_a_click(seeded: Seeded,
                                                                     qtbot: QtBot) -> None:
    view = ThreadView()
    qtbot.addWidget(view)
    hidden = 12
    view.show_thread(long_thread(seeded, LATEST + hidden))
    text = view.toPlainText()
    assert f"Show {hidden} earlier message(s)" in text
    assert f"message-{hidden:03d}" in text and f"message-{LATEST + hidden - 1:03d}" in text
    assert f"message-{hidden - 1:03d}" not in text and HOSTILE not in text

    view.anchorClicked.emit(QUrl(f"serambi:earlier/{hidden}"))
    text = view.toPlainText()
    assert "earlier message" not in text
    assert "message-001" in text
    assert HOSTILE in text  # the platform's markup, shown as the characters it is
    assert "<img" not in view.toHtml()  # nothing of it became markup

    view.show_thread(long_thread(seeded, LATEST + hidden))  # a refresh keeps it open
    assert "message-001" in view.toPlainText()
    view.show_empty()
    view.show_thread(long_thread(seeded, LATEST + hidden))  # another visit starts short
    assert "message-001" not in view.toPlainText()


def test_a_short_thread_has_no_earlier_link(seeded: Seeded, qtbot: QtBot) -> None:
    view = ThreadView()
    qtbot.addWidget(view)
    view.show_thread(long_thread(seeded, LATEST))
    assert "earlier message" not in view.toPlainText()
    assert "message-001" in view.toPlainText()


def test_triage_keys_in_quick_succession_cost_one_recount(window: MainWindow,
                                                          qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = views.counts

    def counting(store, agent):  # type: ignore[no-untyped-def]
        calls.append(agent)
        return real(store, agent)

    monkeypatch.setattr(views, "counts", counting)
    window.commands.recount_now()  # the interval starts now
    qtbot.waitUntil(lambda: len(calls) == 1 and not tasks._pending)
    calls.clear()

    for key in (Qt.Key.Key_J, Qt.Key.Key_E, Qt.Key.Key_J, Qt.Key.Key_E):
        qtbot.keyClick(window.list, key)
    timer = window.commands._counts_timer
    assert timer is not None and timer.isActive()  # one recount due, none run yet
    assert calls == []
    qtbot.waitUntil(lambda: not timer.isActive() and not tasks._pending, timeout=5000)
    assert len(calls) == 1
    counts = window.commands.counts
    assert counts is not None
    assert counts.fixed["done"] == 3 and counts.fixed["inbox"] == 2  # what the keys did


def test_opening_an_unread_conversation_reads_it_without_reading_the_thread_again(
        window: MainWindow, seeded: Seeded, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: not tasks._pending)
    loads: list[int] = []
    real = views.thread

    def counting(store, cid):  # type: ignore[no-untyped-def]
        loads.append(cid)
        return real(store, cid)

    monkeypatch.setattr(views, "thread", counting)
    row = window.model.row_at(1)
    assert row is not None and row.unread
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: not window.model.row_at(1).unread)  # bold goes at once
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not tasks._pending)
    assert loads.count(row.id) <= 1  # the fresh read after the read-ahead, no second one
    with seeded.store.read() as conn:
        unread = conn.execute(views.select(views.C.unread)
                              .where(views.C.id == row.id)).scalar_one()
    assert not unread
