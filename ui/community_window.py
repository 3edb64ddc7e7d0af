"""The community at a glance, beside the inbox: what is rising, what is asked most, what is
still unanswered, and who carries the conversation. A double-click takes the manager to it in
the main window. Everything is read off the UI thread (app.community); platform text is shown
as plain text only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import views
from app.community import Digest, QuestionCluster, Rising, TopMember, digest, top_members
from app.queries import rows_by_ids
from app.timeutil import utcnow
from ui import plain
from ui.tasks import Op

if TYPE_CHECKING:
    from ui.main_window import MainWindow

PERIODS = (7, 14, 30)  # days the manager can look back over
BASELINE_DAYS = 28  # what "rising" is measured against: the four weeks before the period
Found = tuple[Digest, tuple[list[TopMember], list[TopMember]]]


def quoted(text: str) -> str:
    """One search phrase; the search syntax has no escape for a quote inside one."""
    return '"' + " ".join(text.replace('"', " ").split()) + '"'


class Section(QGroupBox):
    """A titled table that says so when it has nothing to show."""

    def __init__(self, title: str, headers: Sequence[str], empty: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(empty, self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)

    def fill(self, rows: Sequence[tuple[object, Sequence[str | int]]]) -> None:
        """Each row: what a double-click acts on, then its cells."""
        self.table.setRowCount(len(rows))
        for at, (payload, cells) in enumerate(rows):
            for column, cell in enumerate(cells):
                item = QTableWidgetItem()
                if isinstance(cell, int):
                    item.setData(Qt.ItemDataRole.DisplayRole, cell)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                else:
                    item.setText(plain.one_line(cell, 300))
                    # Tooltips guess rich text: escaped HTML shows the text as it is.
                    item.setToolTip(plain.tooltip(cell, 1000))
                item.setData(Qt.ItemDataRole.UserRole, payload)
                self.table.setItem(at, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)

    def payload(self, row: int) -> Any:
        item = self.table.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class CommunityWindow(QWidget):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main, Qt.WindowType.Window)  # its own window, closed with the app's
        self.main = main
        self.cluster: QuestionCluster | None = None
        self.setWindowTitle(self.tr("Community"))
        self.setAccessibleName(self.tr("Community trends and members"))
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for days in PERIODS:
            self.period.addItem(self.tr("Last %n day(s)", "", days), days)
        saved = str(main.settings.value("community/days", PERIODS[0]))
        chosen = self.period.findData(int(saved) if saved.isdigit() else PERIODS[0])
        self.period.setCurrentIndex(max(0, chosen))
        self.period.currentIndexChanged.connect(lambda _: self.refresh())
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Read the trends again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Community status"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Community"))
        self.tabs.addTab(self._trends_tab(), self.tr("Trends"))
        self.tabs.addTab(self._members_tab(), self.tr("Members"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        bar.addWidget(self.period)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.resize(1120, 780)
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _trends_tab(self) -> QWidget:
        rise = (self.tr("Term"), self.tr("Recent"), self.tr("Before"), self.tr("Rise"))
        self.terms = Section(self.tr("Rising terms"), rise,
                             self.tr("No term is rising against the weeks before."))
        self.hashtags = Section(self.tr("Rising hashtags"), (self.tr("Hashtag"), *rise[1:]),
                                self.tr("No hashtag is rising against the weeks before."))
        asked = (self.tr("Asked"), self.tr("Unanswered"), self.tr("Keywords"),
                 self.tr("Example"))
        self.questions = Section(self.tr("Most asked questions"), asked,
                                 self.tr("No question was asked more than once."))
        self.unanswered = Section(self.tr("Unanswered questions"), asked,
                                  self.tr("Every question that came up has an answer."))
        for section in (self.terms, self.hashtags):
            section.table.itemActivated.connect(
                lambda item, s=section: self._search_term(s.payload(item.row())))
        for section in (self.questions, self.unanswered):
            section.table.itemActivated.connect(
                lambda item, s=section: self.show_cluster(s.payload(item.row())))
        self.asking_title = QLabel(self.tr("Double-click a term to search the inbox for it, "
                                           "or a question to list the conversations that "
                                           "ask it."))
        self.asking_title.setTextFormat(Qt.TextFormat.PlainText)
        self.asking_title.setWordWrap(True)
        self.asking = QListWidget()
        self.asking.setAccessibleName(self.tr("Conversations that ask this question"))
        self.asking.itemActivated.connect(self._open_asking)
        self.search_keywords = QPushButton(self.tr("Search the inbox for its keywords"))
        self.search_keywords.setAccessibleName(self.tr("Search the inbox for the question's "
                                                       "keywords"))
        self.search_keywords.clicked.connect(self._search_cluster)
        self.search_keywords.setEnabled(False)
        sections = QWidget()
        grid = QGridLayout(sections)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.terms, 0, 0)
        grid.addWidget(self.hashtags, 0, 1)
        grid.addWidget(self.questions, 1, 0)
        grid.addWidget(self.unanswered, 1, 1)
        cluster = QWidget()
        stack = QVBoxLayout(cluster)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.asking_title)
        stack.addWidget(self.asking)
        stack.addWidget(self.search_keywords, 0, Qt.AlignmentFlag.AlignLeft)
        page = QSplitter(Qt.Orientation.Vertical)
        page.addWidget(sections)
        page.addWidget(cluster)
        page.setSizes([520, 200])
        return page

    def _members_tab(self) -> QWidget:
        columns = (self.tr("Member"), self.tr("Handle"), self.tr("Platform"))
        self.active = Section(self.tr("Most active"), (self.tr("Messages"), *columns),
                              self.tr("Nobody wrote in this period."))
        self.helpful = Section(self.tr("Most helpful"),
                               (self.tr("Helped others"), self.tr("Messages"), *columns),
                               self.tr("Nobody answered another member in this period."))
        header = self.helpful.table.horizontalHeaderItem(0)
        if header is not None:
            header.setToolTip(self.tr("Messages written in other members' conversations: "
                                      "answers, support, welcomes"))
        for section in (self.active, self.helpful):
            section.table.itemActivated.connect(
                lambda item, s=section: self._open_member(s.payload(item.row())))
        hint = QLabel(self.tr("Double-click a member to list their conversations in the inbox "
                              "and open the latest."))
        hint.setWordWrap(True)
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(self.active, 0, 0)
        grid.addWidget(self.helpful, 0, 1)
        grid.addWidget(hint, 1, 0, 1, 2)
        return page

    # -- reading -------------------------------------------------------------------------
    def days(self) -> int:
        return int(self.period.currentData())

    def refresh(self) -> None:
        store, days, now = self.main.store, self.days(), utcnow()
        self.main.settings.setValue("community/days", days)
        self.status.setText(self.tr("Reading the archive…"))
        self.refresh_button.setEnabled(False)
        Op(self, lambda: (digest(store, days, BASELINE_DAYS, now=now),
                          top_members(store, days, now=now))) \
            .success(self.show_found).failure(self._failed) \
            .run_in_background(name="community")

    def _failed(self, error: Exception) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("Could not read the trends: %1")
                            .replace("%1", plain.one_line(str(error), 200)))

    def show_found(self, found: Found) -> None:
        trends, (active, helpful) = found
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("Last %n day(s), compared with the %1 days before.", "",
                                    self.days()).replace("%1", str(BASELINE_DAYS)))
        for section, rising in ((self.terms, trends.rising_terms),
                                (self.hashtags, trends.rising_hashtags)):
            section.fill([(r.term, self._rise_cells(r)) for r in rising])
        self.questions.fill([(q, [q.asked, q.unanswered, ", ".join(q.keywords), q.example])
                             for q in trends.questions])
        self.unanswered.fill([(q, [q.asked, q.unanswered, ", ".join(q.keywords), q.example])
                              for q in trends.unanswered])
        self.active.fill([(m, [m.messages, m.name, m.handle, m.platform]) for m in active])
        self.helpful.fill([(m, [m.helpful, m.messages, m.name, m.handle, m.platform])
                           for m in helpful])

    def _rise_cells(self, r: Rising) -> list[str | int]:
        return [r.term, r.recent, r.baseline, "×" + QLocale().toString(r.rise, "f", 1)]

    # -- going to the inbox --------------------------------------------------------------
    def _search_term(self, term: object) -> None:
        if isinstance(term, str) and term:
            search_in(self.main, quoted(term))

    def show_cluster(self, cluster: object) -> None:
        """Exactly the conversations of the cluster, listed here (the inbox has no view of
        chosen conversations); its keywords can also be searched in the inbox."""
        if not isinstance(cluster, QuestionCluster):
            return
        self.cluster = cluster
        self.search_keywords.setEnabled(True)
        self.asking_title.setText(self.tr("Conversations that ask “%1” (%2). Double-click one "
                                          "to open it in the inbox.")
                                  .replace("%1", plain.one_line(cluster.example, 80))
                                  .replace("%2", str(len(cluster.conversation_ids))))
        store, ids = self.main.store, list(cluster.conversation_ids)
        Op(self, lambda: rows_by_ids(store, ids)).success(self._show_asking) \
            .failure(self._failed).run_in_background(name="community-cluster")

    def _show_asking(self, rows: list[views.ConversationRow]) -> None:
        self.asking.clear()
        for row in sorted(rows, key=lambda r: r.last_message_at, reverse=True):
            text = f"{plain.age(row.last_message_at)} · {row.platform} · " \
                   f"{plain.one_line(row.member_name, 40)}: {plain.one_line(row.preview, 120)}"
            item = QListWidgetItem(text, self.asking)
            item.setData(Qt.ItemDataRole.UserRole, row.id)

    def _open_asking(self, item: QListWidgetItem) -> None:
        self.main.commands.open_elsewhere(int(item.data(Qt.ItemDataRole.UserRole)))
        self.main.raise_()
        self.main.activateWindow()

    def _search_cluster(self) -> None:
        if self.cluster is not None and self.cluster.keywords:
            search_in(self.main, " ".join(quoted(k) for k in self.cluster.keywords[:2]))

    def _open_member(self, member: object) -> None:
        if isinstance(member, TopMember):
            who = member.handle or member.name
            search_in(self.main, f"from:{quoted(who)}", open_first=True)


def show_community(main: MainWindow) -> CommunityWindow:
    """One community window per main window; asked for again, it comes forward, refreshed."""
    window = main.findChild(CommunityWindow)
    if window is None:
        window = CommunityWindow(main)
    else:
        window.refresh()
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def search_in(main: MainWindow, query: str, open_first: bool = False) -> None:
    """Run `query` in the main window's search, as if typed; optionally open the newest."""
    if open_first:
        def first() -> None:
            main.model.loaded.disconnect(first)
            if main.model.view == views.View("search", query) and main.model.rowCount():
                main.list.selectRow(0)

        main.model.loaded.connect(first)
    main.search.setText(query)
    main.commands.run_search()
    main.raise_()
    main.activateWindow()
