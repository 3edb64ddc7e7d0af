"""The dashboard's filter bar: period (with custom dates), platform, tag, assignee, and
whether times are shown within business hours."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.health import Filters
from app.health.source import Choices

ALL = "\x00all"  # a combo entry that filters nothing (no real name starts with NUL)


class FilterBar(QWidget):
    changed = Signal()  # the figures must be computed again
    view_changed = Signal()  # only how they are shown (business hours or not)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = QComboBox(self)
        for key, label in (("7", self.tr("Last 7 days")), ("30", self.tr("Last 30 days")),
                           ("90", self.tr("Last 90 days")), ("month", self.tr("This month")),
                           ("last_month", self.tr("Last month")),
                           ("custom", self.tr("Custom dates"))):
            self.period.addItem(label, key)
        self.period.setCurrentIndex(1)
        self.first, self.last = QDateEdit(self), QDateEdit(self)
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.platform = self._combo(self.tr("Platform"), self.tr("All platforms"))
        self.tag = self._combo(self.tr("Tag"), self.tr("All tags"))
        self.assignee = self._combo(self.tr("Assignee"), self.tr("Everyone"))
        self.assignee.addItem(self.tr("Nobody (unassigned)"), "")
        self.business = QCheckBox(self.tr("Business hours"), self)
        self.business.setChecked(True)
        self.business.setToolTip(self.tr("Count only the workspace's working hours"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Period:"), self), self.period, self.first, self.last,
                       self.platform, self.tag, self.assignee, self.business):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.period.currentIndexChanged.connect(self._period_changed)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _: self._dates_changed())
        for combo in (self.platform, self.tag, self.assignee):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.business.toggled.connect(lambda _: self.view_changed.emit())

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(everything, ALL)
        combo.setMinimumContentsLength(10)
        return combo

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self.period.currentData() == "custom":
            self.changed.emit()

    def period_choice(self) -> tuple[str, date, date]:
        """The chosen period as plain values (a worker thread turns it into days)."""
        return (str(self.period.currentData()), self.first.date().toPython(),  # type: ignore[return-value]
                self.last.date().toPython())

    def show_days(self, first: date, last: date) -> None:
        """Keep the date fields in step with the chosen period (without recomputing)."""
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def filters(self) -> Filters:
        def value(combo: QComboBox) -> str | None:
            data = combo.currentData()
            return None if data == ALL or data is None else str(data)

        return Filters(value(self.platform), value(self.tag), value(self.assignee))

    def offer(self, choices: Choices) -> None:
        """Fill the combos with what exists, keeping what is chosen."""
        for combo, names in ((self.platform, choices.platforms), (self.tag, choices.tags),
                             (self.assignee, choices.assignees)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            keep = 2 if combo is self.assignee else 1
            while combo.count() > keep:
                combo.removeItem(keep)
            for name in names:
                combo.addItem(f"#{name}" if combo is self.tag else name, name)
            at = combo.findData(chosen)
            combo.setCurrentIndex(at if at >= 0 else 0)
            combo.blockSignals(False)


def span(key: str, first: date, last: date, today: date) -> tuple[date, date]:
    """The period's first and last local day: `key` counted back from `today`, or the
    custom `first`..`last`."""
    if key == "custom":
        return (first, last) if first <= last else (last, first)
    if key == "month":
        return today.replace(day=1), today
    if key == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    return today - timedelta(days=int(key) - 1), today
