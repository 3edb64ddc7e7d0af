"""The health dashboard driven as a manager would: pick a period, read the figures, click
one to see the conversations behind it and how their times were computed, open one in the
inbox, export CSV and a PDF report; and View > Community health dashboard (Ctrl+D)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app import health
from app.store import Store
from tests.test_health_world import HOURS, POLICY, Community, community, make_world
from tests.test_ui_main import open_window
from tests.test_ui_seed import Seeded
from ui import tasks
from ui.dashboard import Dashboard
from ui.dashboard_export import pdf_bytes, report_html


@pytest.fixture
def week(store: Store, monkeypatch: pytest.MonkeyPatch) -> Community:
    health.save(store, {"time_zone": "UTC", "hours": HOURS, "sla": [POLICY]})
    made = community(make_world(store, monkeypatch))
    monkeypatch.undo()  # the app's own clock again: only the stored times were ours
    return made


@pytest.fixture
def board(week: Community, qtbot: QtBot) -> Iterator[Dashboard]:
    opened: list[int] = []
    dashboard = Dashboard(week.world.store, opened.append)
    dashboard.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    qtbot.waitUntil(lambda: dashboard.computed is not None)
    bar = dashboard.filters
    bar.period.setCurrentIndex(bar.period.findData("custom"))
    bar.first.setDate(QDate(2026, 11, 2))
    bar.last.setDate(QDate(2026, 11, 8))
    qtbot.waitUntil(lambda: dashboard.computed is not None
                    and dashboard.computed.report.first_day == date(2026, 11, 2)
                    and dashboard.computed.report.last_day == date(2026, 11, 8))
    yield dashboard
    tasks.wait_all()


def test_figures_show_the_hand_computed_week(board: Dashboard, qtbot: QtBot) -> None:
    first = board.tiles["first_response"]
    assert first.value.text() == "40m"  # business hours: a 1h, b 20m and 3h, c 0
    assert "p90 3h 00m" in first.detail.text()
    board.filters.business.setChecked(False)  # raw time, no recomputation
    assert first.value.text() == "1h 30m"
    assert board.tiles["response_rate"].value.text() == "100%"
    assert board.tiles["reply"].value.text() == "17h 00m"
    assert board.breakdowns.tables["platform"].item(0, 0).text() == "demo"


def test_a_figure_drills_down_to_its_conversations_and_explains_one(
        board: Dashboard, week: Community, qtbot: QtBot) -> None:
    qtbot.mouseClick(board.tiles["first_response"], Qt.MouseButton.LeftButton)
    model = board.panel.model
    # Slowest first: b (3h in its reopening), a (1h), c (0 on a Saturday).
    assert [model.conversation_at(i) for i in range(model.rowCount())] == [
        week.b, week.a, week.c]
    assert "first response" in board.panel.title.text().lower()
    qtbot.waitUntil(lambda: "Reopened by" in board.panel.explain.toPlainText())
    text = board.panel.explain.toPlainText()
    assert "Budi “" in text and "outside business hours not counted" in text
    qtbot.keyClick(board.panel.table, Qt.Key.Key_Return)
    assert board.opened == [week.b]  # type: ignore[attr-defined]
    board.heatmap.cell_chosen.emit(0, 16)  # Monday 16:00: a's two messages
    assert [model.conversation_at(i) for i in range(model.rowCount())] == [week.a]


def test_csv_export_has_one_row_per_conversation_of_the_period(
        board: Dashboard, week: Community, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "health.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    board.export_csv()
    qtbot.waitUntil(lambda: "Wrote 3 conversation" in board.status.text())
    with target.open(encoding="utf-8") as f:
        rows = {int(r["conversation_id"]): r for r in csv.DictReader(f)}
    assert set(rows) == {week.a, week.b, week.c}  # d began after the period
    assert rows[week.b]["openings"] == "2"
    assert rows[week.b]["later_first_response_seconds"] == "14400.0"
    assert rows[week.a]["first_response_business_seconds"] == "3600.0"
    assert rows[week.a]["notes"] == "1"


def test_pdf_report_is_a_pdf_and_escapes_what_people_typed(
        board: Dashboard, week: Community, qtbot: QtBot) -> None:
    week.world.triage.assign([week.a], "<img src=x onerror=alert(1)> Boss")
    board.refresh()
    qtbot.waitUntil(lambda: board.computed is not None and any(
        b.key.startswith("<img") for b in board.computed.report.by_assignee))
    assert board.computed is not None
    html = report_html(board.computed.report, "")
    assert "&lt;img src=x onerror=alert(1)&gt; Boss" in html and "<img" not in html
    data = pdf_bytes(html, "Community health report")
    assert data.startswith(b"%PDF") and len(data) > 2000


def test_ctrl_d_opens_the_dashboard_from_the_inbox(seeded: Seeded, tmp_path: Path,
                                                   qtbot: QtBot) -> None:
    window = open_window(seeded.store, tmp_path, qtbot)
    action = window.actions_["dashboard"]
    assert action.shortcut().toString() == "Ctrl+D"
    assert action in window.commands.menus["view"].actions()
    qtbot.keyClick(window.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.isVisible())
    assert window.dashboard is not None
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.computed
                    is not None)
    first = window.dashboard
    action.trigger()
    assert window.dashboard is first  # one dashboard, raised again
    tasks.wait_all()


def test_the_list_counts_down_and_breaching_soon_lists_the_pressing(
        seeded: Seeded, tmp_path: Path, qtbot: QtBot) -> None:
    health.save(seeded.store, {"time_zone": "UTC", "breaching_soon_minutes": 30, "sla": [
        {"name": "Fast", "first_response_minutes": 45, "business_hours": False}]})
    window = open_window(seeded.store, tmp_path, qtbot)
    model, ani = window.model, seeded.ids["ani"]
    qtbot.waitUntil(lambda: model.countdown(ani) is not None)
    cell = model.index(model.row_of(ani), 6)
    assert "⚠ late 5m" in model.data(cell)  # 50 minutes waiting, 45 allowed
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) is not None
    assert "First response due" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    dewi = model.index(model.row_of(seeded.ids["dewi"]), 6)
    assert "SLA 3" in model.data(dewi)  # 35 minutes left: counting, not yet pressing
    assert model.data(dewi, Qt.ItemDataRole.ForegroundRole) is None
    item = next(window.sidebar.fixed.child(i) for i in range(window.sidebar.fixed.childCount())
                if window.sidebar.fixed.child(i).data(0, Qt.ItemDataRole.UserRole).kind
                == "breaching")
    assert item.text(0) == "Breaching soon"
    window.sidebar.setCurrentItem(item)
    qtbot.waitUntil(lambda: model.view.kind == "breaching" and model.rowCount() == 3)
    assert [model.row_at(i).id for i in range(3)] == [  # type: ignore[union-attr]
        seeded.ids["ani"], seeded.ids["budi"], seeded.ids["eve"]]
    tasks.wait_all()


def test_an_empty_workspace_shows_dashes_not_errors(store: Store, qtbot: QtBot) -> None:
    board = Dashboard(store, lambda _cid: None)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.computed is not None)
    assert board.tiles["first_response"].value.text() == "–"
    assert board.tiles["backlog"].value.text() == "0"
    assert "could not" not in board.status.text()
    board.show_behind("first_response")
    assert board.panel.model.rowCount() == 0
    tasks.wait_all()
