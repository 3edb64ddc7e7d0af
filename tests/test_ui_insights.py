"""The thread shows how the member sounds and what they want, why, and takes a correction."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.understand import analyse_backlog
from tests.test_ui_main import open_window
from tests.test_ui_seed import Seeded
from ui import tasks
from ui.dialogs import InsightDialog


def test_tone_and_intent_are_shown_with_their_reasons_and_corrected(
        seeded: Seeded, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    while analyse_backlog(seeded.store):
        pass
    window = open_window(seeded.store, tmp_path, qtbot)
    view = window.thread_view
    qtbot.waitUntil(lambda: "Tone:" in view.toPlainText())
    mood = window.commands.shown.mood if window.commands.shown else None
    assert mood is not None and mood.message_id is not None
    monkeypatch.setattr(InsightDialog, "exec", lambda self: 1)
    wanted = ("positive", "praise") if mood.sentiment != "positive" else ("negative", "spam")
    monkeypatch.setattr(InsightDialog, "values", lambda self: wanted)
    view._anchor(QUrl(f"serambi:correct/{mood.message_id}"))
    qtbot.waitUntil(lambda: f"Tone: {wanted[0]} · About: {wanted[1]}" in view.toPlainText())
    with seeded.store.read() as conn:
        assert conn.execute(text("select source from message_insights where message_id = "
                                 f"{mood.message_id}")).scalar_one() == "rina"
    tasks.wait_all()
