"""Figures per platform, tag and assignee, one tab each; a double-click (or Enter) on a row
shows that group's conversations."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from app.health.report import Breakdown
from ui import plain
from ui.dashboard_format import duration, share


class Breakdowns(QTabWidget):
    chosen = Signal(str)  # "platform:<name>", "tag:<name>", "assignee:<name>"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Figures per platform, tag and assignee"))
        self.tables: dict[str, QTableWidget] = {}
        for kind, title in (("platform", self.tr("Platforms")), ("tag", self.tr("Tags")),
                            ("assignee", self.tr("Assignees"))):
            table = QTableWidget(0, 6, self)
            table.setHorizontalHeaderLabels([
                title, self.tr("Conv."), self.tr("First response"), self.tr("p90"),
                self.tr("Resolution"), self.tr("SLA hit")])
            table.setAccessibleName(title)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.cellDoubleClicked.connect(lambda row, _c, k=kind: self._chosen(k, row))
            table.cellActivated.connect(lambda row, _c, k=kind: self._chosen(k, row))
            self.tables[kind] = table
            self.addTab(table, title)

    def show_rows(self, kind: str, rows: Sequence[Breakdown], business: bool) -> None:
        table = self.tables[kind]
        table.setRowCount(len(rows))
        for i, b in enumerate(rows):
            frt = b.metrics.first_response_business if business else b.metrics.first_response
            res = b.metrics.resolution_business if business else b.metrics.resolution
            name = plain.one_line(b.key, 60) if b.key else self.tr("nobody")
            label = f"#{name}" if kind == "tag" else name
            cells = (label, str(b.conversations), duration(frt.median), duration(frt.p90),
                     duration(res.median), share(b.sla.hit_rate))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, b.key)
                table.setItem(i, column, item)

    def _chosen(self, kind: str, row: int) -> None:
        item = self.tables[kind].item(row, 0)
        if item is not None:
            self.chosen.emit(f"{kind}:{item.data(Qt.ItemDataRole.UserRole)}")
