"""The drill-down pane: the conversations behind the figure last chosen, and how the
selected one's times were computed; Enter or a double-click opens it in the inbox."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.health.report import ConversationHealth
from ui import labels, plain
from ui.dashboard_drill import Drill, state_name

Index = QModelIndex | QPersistentModelIndex


class DrillModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[int, str]] = []
        self.by_id: dict[int, ConversationHealth] = {}

    def show(self, drill: Drill, by_id: dict[int, ConversationHealth]) -> None:
        self.beginResetModel()
        self.rows, self.by_id = list(drill.rows), by_id
        self.endResetModel()

    def headers(self) -> list[str]:
        return ["#", self.tr("Value"), self.tr("Platform"), self.tr("Conversation"),
                self.tr("Status"), self.tr("Assigned"), self.tr("SLA")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        cid, value = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return cid
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.by_id.get(cid)
        if c is None:
            return str(cid) if index.column() == 0 else ""
        # Subjects come from members: plain text, one line, bidi controls made visible.
        cells = (str(cid), value, c.platform, plain.one_line(c.subject, 120),
                 labels.status(c.status), plain.one_line(c.assignee or "", 40),
                 state_name(c.sla))
        return cells[index.column()]

    def conversation_at(self, row: int) -> int | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None


class DrillPanel(QWidget):
    selected = Signal(int)  # a conversation to explain
    open_requested = Signal(int)  # a conversation to open in the inbox

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Click a figure, a bar or a cell to see the conversations "
                               "behind it."), self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.model = DrillModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conversations behind the figure"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((60, 80, 80, 200, 70, 80, 70)):
            self.table.setColumnWidth(column, width)
        self.explain = QPlainTextEdit(self)
        self.explain.setReadOnly(True)
        self.explain.setAccessibleName(self.tr("How its times were computed"))
        self.explain.setPlaceholderText(self.tr("Select a conversation to see how its times "
                                           "were computed."))
        self.open_button = QPushButton(self.tr("Open in inbox"), self)
        self.open_button.setEnabled(False)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.explain)
        split.setSizes([600, 400])
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        self.table.doubleClicked.connect(lambda _: self._open())
        self.table.activated.connect(lambda _: self._open())
        self.open_button.clicked.connect(self._open)

    def show_drill(self, drill: Drill, by_id: dict[int, ConversationHealth]) -> None:
        self.title.setText(self.tr("%1: %2 conversation(s)").replace("%1", drill.title)
                           .replace("%2", str(len(drill.rows))))
        self.model.show(drill, by_id)
        self.explain.clear()
        self.open_button.setEnabled(False)
        if drill.rows:
            self.table.selectRow(0)

    def current(self) -> int | None:
        return self.model.conversation_at(self.table.currentIndex().row())

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cid = self.model.conversation_at(current.row())
        self.open_button.setEnabled(cid is not None)
        if cid is not None:
            self.selected.emit(cid)

    def _open(self) -> None:
        cid = self.current()
        if cid is not None:
            self.open_requested.emit(cid)

    def show_explanation(self, cid: int, text: str) -> None:
        if cid == self.current():
            self.explain.setPlainText(text)
