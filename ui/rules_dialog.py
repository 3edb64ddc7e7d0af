"""The rules window: the rules in the order they run, switched on and off in place, written in
the editor beside them, and a dry run over recent messages that changes nothing. Every read
and write runs through ui.tasks.Op; app.rules checks each rule before it is stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import rules, views
from app.canned import CannedService
from app.queries import rows_by_ids
from app.store import Store
from connectors import registry
from ui import plain
from ui.rule_editor import RuleEditor
from ui.rule_words import DryRunView, RuleWords
from ui.tasks import Op

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DRY_RUN_MESSAGES = 20_000  # the newest inbound messages a dry run looks at
SHOWN_HITS = 500  # conversations listed; the count covers them all
NEW = 0  # `editing` for a rule not yet stored


class RulesWindow(QDialog):
    open_conversation = Signal(int)

    def __init__(self, store: Store, agent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.agent = store, agent
        self.setModal(False)  # the inbox stays usable: a dry run's hits open there
        self.setWindowTitle(self.tr("Rules"))
        self.setAccessibleName(self.tr("Auto-triage rules"))
        self.rules: list[rules.RuleInfo] = []
        self.editing: int | None = None  # a rule id, NEW, or None when nothing is edited
        self.loaded: dict[str, Any] = {}  # what the editor showed when editing started
        self.words = RuleWords(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Rules, in the order they run"))
        self.list.itemChanged.connect(self._toggled)
        self.list.itemActivated.connect(lambda _: self.edit())  # double-click or Enter
        self.list.currentRowChanged.connect(lambda _: self._enable())
        self.editor = RuleEditor(self)
        self.results = DryRunView(self)
        self.results.open_conversation.connect(self.open_conversation)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Rules status"))
        self._lay_out()
        self.editor.save.clicked.connect(self.save)
        self.editor.discard.clicked.connect(self.discard)
        self.editor.try_it.clicked.connect(self.dry_run_draft)
        self.resize(1180, 800)
        self._stop_editing()
        self._load_choices()
        self.reload()

    def _lay_out(self) -> None:
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, name, slot in (
                ("add", self.tr("Add…"), self.tr("Add a rule"), self.add),
                ("edit", self.tr("Edit…"), self.tr("Edit the selected rule"), self.edit),
                ("remove", self.tr("Remove…"), self.tr("Remove the selected rule"), self.remove),
                ("up", self.tr("Move up"), self.tr("Run the selected rule earlier"),
                 lambda: self.move_rule(-1)),
                ("down", self.tr("Move down"), self.tr("Run the selected rule later"),
                 lambda: self.move_rule(1)),
                ("dry_run", self.tr("Dry run"),
                 self.tr("Show what the selected rule, or all rules that are on, would have "
                         "done"), self.dry_run_saved)):
            button = QPushButton(text, self)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        left = QWidget(self)
        stack = QVBoxLayout(left)
        stack.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Rules run in this order on every new message. Untick a rule to "
                               "turn it off."), left)
        title.setWordWrap(True)
        stack.addWidget(title)
        stack.addWidget(self.list, 1)
        stack.addLayout(row)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(left)
        top.addWidget(self.editor)
        top.setSizes([460, 720])
        whole = QSplitter(Qt.Orientation.Vertical, self)
        whole.addWidget(top)
        whole.addWidget(self.results)
        whole.setSizes([520, 280])
        layout = QVBoxLayout(self)
        layout.addWidget(whole, 1)
        layout.addWidget(self.status)

    # -- reading -------------------------------------------------------------------------
    def _load_choices(self) -> None:
        store = self.store

        def work() -> tuple[list[views.AccountSync], list[tuple[str, str]]]:
            canned = [(c.shortcut, c.title) for c in CannedService(store).list() if c.shortcut]
            return views.sync_status(store), canned

        Op(self, work).success(self._show_choices).failure(self._failed) \
            .run_in_background(name="rules-choices")

    def _show_choices(self, found: tuple[list[views.AccountSync],
                                         list[tuple[str, str]]]) -> None:
        accounts, canned = found
        known = set(registry.platforms()) - {"demo"}  # demo accounts say what they imitate
        platforms = sorted(known | {a.platform for a in accounts})
        self.words.accounts = {a.account_id: a.handle for a in accounts}
        self.editor.set_choices(platforms, [(a.account_id, f"{a.platform} {a.handle}")
                                            for a in accounts], canned)

    def reload(self, select: int | None = None) -> None:
        store = self.store
        Op(self, lambda: rules.list_rules(store)) \
            .success(lambda found: self.show_rules(found, select)) \
            .failure(self._failed).run_in_background(name="rules-list")

    def show_rules(self, found: list[rules.RuleInfo], select: int | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        self.rules = found
        self.list.blockSignals(True)  # filling the ticks is no user's toggle
        self.list.clear()
        for at, rule in enumerate(found, start=1):
            line = self.words.summary(rule.conditions, rule.actions)
            item = QListWidgetItem(f"{at}. {plain.one_line(rule.name, 80)}\n"
                                   f"{plain.one_line(line, 160)}", self.list)
            item.setToolTip(plain.tooltip(line))
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if rule.enabled
                               else Qt.CheckState.Unchecked)
            if rule.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if not found:
            self.status.setText(self.tr("No rules yet: press Add… to write the first."))
        self._enable()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def selected(self) -> rules.RuleInfo | None:
        return next((r for r in self.rules if r.id == self.selected_id()), None)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for key in ("edit", "remove", "up", "down"):
            self.buttons[key].setEnabled(chosen)
        self.buttons["dry_run"].setEnabled(bool(self.rules))

    # -- writing -------------------------------------------------------------------------
    def _write(self, work: Callable[[], Any], said: str,
               then: Callable[[Any], None] | None = None) -> None:
        def done(result: Any) -> None:
            self.status.setText(said)
            if then is not None:
                then(result)

        Op(self, work, write=True).success(done).failure(self._failed).run_in_background()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, rules.RuleError) and self.editing is not None:
            self.editor.show_problem(str(error))
        else:
            self.status.setText(self.tr("That did not work: %1")
                                .replace("%1", plain.one_line(str(error), 200)))
        self.reload()  # a rule someone else removed meanwhile disappears

    def _toggled(self, item: QListWidgetItem) -> None:
        rule_id = int(item.data(Qt.ItemDataRole.UserRole))
        on = item.checkState() == Qt.CheckState.Checked
        store, agent = self.store, self.agent
        self._write(lambda: rules.set_enabled(store, rule_id, on, agent),
                    self.tr("Rule turned on.") if on else self.tr("Rule turned off."),
                    lambda _: self.reload())

    def move_rule(self, steps: int) -> None:
        rule_id = self.selected_id()
        if rule_id is None:
            return
        store, agent = self.store, self.agent
        self._write(lambda: rules.move_rule(store, rule_id, steps, agent),
                    self.tr("Order saved."), lambda found: self.show_rules(found, rule_id))

    def remove(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove rule?"), self.tr(
            "Remove the rule “%1”? What it already did stays done.")
            .replace("%1", plain.one_line(rule.name, 80)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.editing == rule.id:
            self._stop_editing()
        store, agent = self.store, self.agent
        self._write(lambda: rules.remove_rule(store, rule.id, agent),
                    self.tr("Rule removed."), lambda _: self.reload())

    # -- the editor ----------------------------------------------------------------------
    def _start_editing(self, rule_id: int, raw: dict[str, Any] | None) -> None:
        self.editing = rule_id
        self.editor.load(raw)
        self.editor.setEnabled(True)
        self.loaded = self.editor.rule()
        self.editor.name.setFocus()

    def _stop_editing(self) -> None:
        self.editing = None
        self.editor.load(None)
        self.editor.setEnabled(False)
        self.loaded = self.editor.rule()

    def unsaved(self) -> bool:
        return self.editing is not None and self.editor.rule() != self.loaded

    def _may_leave(self) -> bool:
        """True when nothing typed would be lost, or the user agrees to lose it."""
        if not self.unsaved():
            return True
        answer = QMessageBox.question(self, self.tr("Discard changes?"), self.tr(
            "The rule being edited has changes that are not saved. Discard them?"))
        return answer == QMessageBox.StandardButton.Yes

    def add(self) -> None:
        if self._may_leave():
            self._start_editing(NEW, {"actions": [{"do": "tag"}]})

    def edit(self) -> None:
        rule = self.selected()
        if rule is not None and self._may_leave():
            self._start_editing(rule.id, {"name": rule.name, "conditions": rule.conditions,
                                          "actions": rule.actions, "stop": rule.stop})

    def discard(self) -> None:
        if self._may_leave():
            self._stop_editing()

    def save(self) -> None:
        problem = self.editor.problem()
        self.editor.show_problem(problem)
        if problem is not None or self.editing is None:
            return
        raw, rule_id, store, agent = self.editor.rule(), self.editing, self.store, self.agent
        # Saving a change does not switch a rule that is off back on.
        raw["enabled"] = next((r.enabled for r in self.rules if r.id == rule_id), True)

        def work() -> rules.RuleInfo:
            if rule_id == NEW:
                return rules.add_rule(store, raw, agent)
            return rules.update_rule(store, rule_id, raw, agent)

        def saved(rule: rules.RuleInfo) -> None:
            if self.editing == rule_id:
                self._stop_editing()
            self.reload(select=rule.id)

        self._write(work, self.tr("Rule saved."), saved)

    # -- dry runs ------------------------------------------------------------------------
    def dry_run_saved(self) -> None:
        rule = self.selected()
        title = (self.tr("What “%1” would have done").replace("%1", plain.one_line(rule.name, 60))
                 if rule else self.tr("What the rules that are on would have done"))
        rule_id = rule.id if rule else None
        self._dry_run(title, lambda store: rules.dry_run(store, rule_id, DRY_RUN_MESSAGES),
                      {r.id: r.actions for r in self.rules})

    def dry_run_draft(self) -> None:
        problem = self.editor.problem()
        self.editor.show_problem(problem)
        if problem is not None:
            return
        raw = self.editor.rule()
        self._dry_run(self.tr("What this draft would have done"),
                      lambda store: rules.dry_run(store, None, DRY_RUN_MESSAGES, raw=raw),
                      {0: raw["actions"]})

    def _dry_run(self, title: str, run: Callable[[Store], list[rules.Hit]],
                 actions: dict[int, list[dict[str, Any]]]) -> None:
        store = self.store

        def work() -> tuple[list[rules.Hit], list[views.ConversationRow]]:
            hits = list(reversed(run(store)))  # newest first
            return hits, rows_by_ids(store, [h.conversation_id for h in hits[:SHOWN_HITS]])

        def shown(found: tuple[list[rules.Hit], list[views.ConversationRow]]) -> None:
            texts = {rid: "; ".join(self.words.action(a) for a in acts)
                     for rid, acts in actions.items()}
            self.results.show_hits(title, found[0], found[1], texts)

        self.results.reading(title)
        Op(self, work).success(shown).failure(self._failed) \
            .run_in_background(name="rules-dry-run")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._may_leave():
            self._stop_editing()
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:  # Esc closes like the title bar's button, asking first
        if self._may_leave():
            self._stop_editing()
            super().reject()


def show_rules(main: MainWindow) -> RulesWindow:
    """One rules window per main window, brought forward when asked for again."""
    window = main.findChild(RulesWindow)
    if window is None:
        window = RulesWindow(main.store, main.agent, main)

        def open_in_main(conversation_id: int) -> None:
            main.commands.open_elsewhere(conversation_id)
            main.raise_()
            main.activateWindow()

        window.open_conversation.connect(open_in_main)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
