"""The community window on the demo community: rising terms and the questions asked most,
each a double-click away from the inbox; who carries the community; and the member panel's
moderation history with Warn…."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QListWidget, QTableWidget
from pytestqt.qtbot import QtBot

from app import views
from app.community import digest, moderation_history, top_members
from app.demo import seed_demo
from app.search import search_conversations
from app.store import Store
from app.timeutil import utcnow
from tests.test_ui_main import open_window
from tests.test_ui_seed import HOSTILE, Seeded
from ui import tasks
from ui.community_window import CommunityWindow
from ui.main_window import MainWindow


@pytest.fixture
def demo(store: Store, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    seed_demo(store)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, "rina", settings=settings)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.commands.shown is not None)
    yield window
    tasks.wait_all()


def open_community(window: MainWindow, qtbot: QtBot) -> CommunityWindow:
    window.actions_["community"].trigger()
    community = window.findChild(CommunityWindow)
    assert community is not None and community.isVisible()
    qtbot.waitUntil(lambda: community.refresh_button.isEnabled())
    return community


def double_click(qtbot: QtBot, view: QAbstractItemView, rect_center: object) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect_center)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect_center)


def cell(qtbot: QtBot, table: QTableWidget, row: int, column: int = 0) -> None:
    item = table.item(row, column)
    assert item is not None
    table.scrollToItem(item)
    double_click(qtbot, table, table.visualItemRect(item).center())


def column(table: QTableWidget, at: int) -> list[str]:
    return [table.item(r, at).text() for r in range(table.rowCount())]


def test_trends_list_rising_terms_and_questions_and_a_term_searches_the_inbox(
        demo: MainWindow, store: Store, qtbot: QtBot) -> None:
    community = open_community(demo, qtbot)
    expected = digest(store, 7, 28)
    terms = community.terms.table
    assert terms.rowCount() == len(expected.rising_terms) > 0
    first = expected.rising_terms[0]
    assert column(terms, 0)[0] == first.term
    assert [terms.item(0, c).text() for c in (1, 2)] == [str(first.recent), str(first.baseline)]
    assert terms.item(0, 3).text() == f"×{first.rise:.1f}"
    assert community.hashtags.empty.isVisibleTo(community) == (not expected.rising_hashtags)
    questions = community.questions.table
    assert questions.rowCount() == len(expected.questions) > 0
    assert column(questions, 3) == [q.example for q in expected.questions]
    assert community.unanswered.table.rowCount() == len(expected.unanswered)
    assert community.status.text() == "Last 7 day(s), compared with the 28 days before."

    cell(qtbot, terms, 0, 2)  # any cell of the row
    query = f'"{first.term}"'
    assert demo.search.text() == query
    assert demo.model.view == views.View("search", query)
    found = search_conversations(store, query, limit=100)
    qtbot.waitUntil(lambda: [demo.model.row_at(i).id for i in range(demo.model.rowCount())]
                    == found)
    assert found


def test_a_question_lists_exactly_its_conversations_which_open_in_the_inbox(
        demo: MainWindow, store: Store, qtbot: QtBot) -> None:
    community = open_community(demo, qtbot)
    cluster = community.questions.payload(0)
    assert cluster == digest(store, 7, 28).questions[0]
    cell(qtbot, community.questions.table, 0, 3)
    asking: QListWidget = community.asking
    qtbot.waitUntil(lambda: asking.count() == len(cluster.conversation_ids))
    ids = {asking.item(i).data(Qt.ItemDataRole.UserRole) for i in range(asking.count())}
    assert ids == set(cluster.conversation_ids)
    target = next(i for i in cluster.conversation_ids if i != demo.commands.shown_id)
    row = next(i for i in range(asking.count())
               if asking.item(i).data(Qt.ItemDataRole.UserRole) == target)
    asking.scrollToItem(asking.item(row))
    double_click(qtbot, asking, asking.visualItemRect(asking.item(row)).center())
    qtbot.waitUntil(lambda: demo.commands.shown is not None
                    and demo.commands.shown.row.id == target)
    community.search_keywords.click()
    assert demo.search.text() == " ".join(f'"{k}"' for k in cluster.keywords[:2])


def test_the_period_changes_the_digest_and_is_remembered(
        demo: MainWindow, store: Store, qtbot: QtBot) -> None:
    community = open_community(demo, qtbot)
    community.period.setCurrentIndex(community.period.findData(30))
    qtbot.waitUntil(lambda: community.status.text().startswith("Last 30 day(s)"))
    expected = digest(store, 30, 28)
    assert column(community.terms.table, 0) == [r.term for r in expected.rising_terms]
    active, _ = top_members(store, 30)
    assert column(community.active.table, 0) == [str(m.messages) for m in active]
    assert demo.settings.value("community/days") == 30
    community.close()
    demo.actions_["community"].trigger()  # comes back as it was left
    assert demo.findChildren(CommunityWindow) == [community] and community.isVisible()
    assert community.period.currentData() == 30


def test_a_member_double_click_lists_their_conversations_and_opens_the_latest(
        demo: MainWindow, store: Store, qtbot: QtBot) -> None:
    community = open_community(demo, qtbot)
    community.tabs.setCurrentIndex(1)
    active, helpful = top_members(store, 7, now=utcnow())
    assert column(community.active.table, 1) == [m.name for m in active]
    assert column(community.helpful.table, 0) == [str(m.helpful) for m in helpful]
    member = active[0]
    cell(qtbot, community.active.table, 0, 1)
    query = f'from:"{member.handle}"'
    assert demo.search.text() == query
    latest = search_conversations(store, query, limit=1)[0]
    qtbot.waitUntil(lambda: demo.commands.shown is not None
                    and demo.commands.shown.row.id == latest)
    assert demo.list.currentIndex().row() == 0


def test_warn_records_a_warning_the_member_panel_shows(
        seeded: Seeded, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(seeded.store, tmp_path, qtbot)
    history = window.member.history
    qtbot.waitUntil(lambda: history.title.text() == "Moderation history (0)")
    assert history.entries.item(0).text() == "Nothing yet."
    asked: list[str] = []
    answers = iter([(HOSTILE, True), ("   ", True), ("Second warning, in DM", True)])

    def answer(parent: object, title: str, label: str) -> tuple[str, bool]:
        asked.append(title)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getMultiLineText", answer)
    history.warn.click()
    qtbot.waitUntil(lambda: history.title.text() == "Moderation history (1)")
    line = history.entries.item(0).text()
    assert "Warned · by rina" in line and HOSTILE in line  # the note as typed, not markup
    tip = QTextDocument()
    tip.setHtml(history.entries.item(0).toolTip())  # as the tooltip would render it
    assert tip.toPlainText() == HOSTILE
    assert asked == ["Warn Dewi"]
    member = window.commands.shown.member if window.commands.shown else None
    assert member is not None
    assert [(e.what, e.by, e.note) for e in moderation_history(seeded.store, member.id)] \
        == [("warning", "rina", HOSTILE)]

    window.actions_["warn_member"].trigger()  # a blank note records nothing
    tasks.wait_all()
    assert len(moderation_history(seeded.store, member.id)) == 1
    window.actions_["warn_member"].trigger()
    qtbot.waitUntil(lambda: history.title.text() == "Moderation history (2)")
    assert "Second warning, in DM" in history.entries.item(0).text()

    qtbot.keyClick(window.list, Qt.Key.Key_J)  # another member: their own, empty, history
    qtbot.waitUntil(lambda: window.member.name.text() != "Dewi"
                    and history.title.text() == "Moderation history (0)")
    qtbot.keyClick(window.list, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: history.title.text() == "Moderation history (2)")
    tasks.wait_all()
