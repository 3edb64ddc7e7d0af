"""The team's canned responses: browse, write, change and delete them. Every save goes
through app.canned.CannedService on the background writer; its checks speak to the user."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.canned import KNOWN_PLACEHOLDERS, Canned, CannedService
from app.canned.search import rank
from app.store import Store
from ui import theme
from ui.tasks import Op


class CannedManager(QDialog):
    changed = Signal()  # something was saved or deleted

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Canned responses"))
        self.setAccessibleName(self.tr("Manage canned responses"))
        self.service = CannedService(store)
        self.responses: list[Canned] = []
        self.editing: Canned | None = None
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setAccessibleName(self.tr("Filter canned responses"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Canned responses"))
        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.list)
        self.title, self.shortcut, self.language, self.folder = (
            QLineEdit(self), QLineEdit(self), QLineEdit(self), QLineEdit(self))
        self.body = QPlainTextEdit(self)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color:{theme.error_colour(self.palette())}")
        hint = QLabel(self.tr("Placeholders: %1; any other {{name}} is asked for when used.")
                      .replace("%1", ", ".join("{{" + n + "}}" for n in KNOWN_PLACEHOLDERS)), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        form = QFormLayout()
        for label, widget in ((self.tr("Title"), self.title), (self.tr("Shortcut"), self.shortcut),
                              (self.tr("Language"), self.language),
                              (self.tr("Folder"), self.folder), (self.tr("Text"), self.body)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow(hint)
        form.addRow(self.problem)
        self.new, self.save, self.delete = (QPushButton(self.tr("New"), self),
                                            QPushButton(self.tr("Save"), self),
                                            QPushButton(self.tr("Delete…"), self))
        buttons = QHBoxLayout()
        for button in (self.new, self.save, self.delete):
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.filter.textChanged.connect(lambda _: self._show_list())
        self.list.currentItemChanged.connect(self._pick)
        self.new.clicked.connect(lambda: self._edit(None))
        self.save.clicked.connect(self._save)
        self.delete.clicked.connect(self._delete)
        self.resize(860, 520)
        self._edit(None)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        Op(self, self.service.list).success(lambda found: self._loaded(found, select)) \
            .failure(lambda e: self.problem.setText(str(e))).run_in_background()

    def _loaded(self, found: Sequence[Canned], select: str | None) -> None:
        self.responses = list(found)
        self._show_list(select or (self.editing.id if self.editing else None))

    def _show_list(self, select: str | None = None) -> None:
        text = self.filter.text()
        shown = rank(text, self.responses, 500) if text.strip() else self.responses
        self.list.blockSignals(True)
        self.list.clear()
        for canned in shown:
            folder = f"{canned.folder}/" if canned.folder else ""
            item = QListWidgetItem(f"{folder}{canned.title} · ;{canned.shortcut} "
                                   f"({canned.language})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, canned)
            if canned.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _pick(self, item: QListWidgetItem | None) -> None:
        self._edit(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _edit(self, canned: Canned | None) -> None:
        self.editing = canned
        self.title.setText(canned.title if canned else "")
        self.shortcut.setText(canned.shortcut if canned else "")
        self.language.setText(canned.language if canned else "en")
        self.folder.setText(canned.folder if canned else "")
        self.body.setPlainText(canned.body if canned else "")
        self.delete.setEnabled(canned is not None)
        self.problem.clear()

    def _save(self) -> None:
        fields = {"title": self.title.text(), "shortcut": self.shortcut.text(),
                  "language": self.language.text(), "folder": self.folder.text(),
                  "body": self.body.toPlainText()}
        editing = self.editing

        def work() -> Canned:
            if editing is None:
                return self.service.create(**fields)
            return self.service.update(editing.id, **fields)

        Op(self, work, write=True).success(self._saved) \
            .failure(lambda e: self.problem.setText(str(e))).run_in_background()

    def _saved(self, canned: Canned) -> None:
        self.editing = canned
        self.problem.clear()
        self.delete.setEnabled(True)
        self.changed.emit()
        self.reload(canned.id)

    def _delete(self) -> None:
        editing = self.editing
        if editing is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete?"), self.tr(
            "Delete the canned response \u201c%1\u201d for everyone using this inbox?")
            .replace("%1", editing.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        Op(self, lambda: self.service.delete(editing.id), write=True) \
            .success(self._deleted) \
            .failure(lambda e: self.problem.setText(str(e))).run_in_background()

    def _deleted(self, _: object) -> None:
        self._edit(None)
        self.changed.emit()
        self.reload()
