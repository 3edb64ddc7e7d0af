"""The rules window driven as a manager would: write a rule in the editor, meet its problem in
plain words, fix it, try it on recent messages, open what it would touch, save, reorder, turn
it off, remove it; the editor keeps every condition and action a rule can have."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox, QTableWidget, QToolButton
from pytestqt.qtbot import QtBot

from app import rules
from tests.test_ui_main import open_window
from tests.test_ui_seed import HOSTILE, Seeded
from ui import tasks
from ui.main_window import MainWindow
from ui.rule_parts import ActionRow
from ui.rules_dialog import RulesWindow

GARDEN = {"name": "Garden questions", "conditions": {"words": ["garden"]},
          "actions": [{"do": "tag", "value": "garden"}]}
# Every condition and action the editor offers, as the editor writes them.
EVERYTHING: dict[str, Any] = {
    "name": "Everything",
    "conditions": {
        "platforms": ["bluesky", "mastodon"], "accounts": [1],
        "words": ["refund", "charged twice"], "all_words": ["order"],
        "not_words": ["test"], "member_tags": ["beta-tester"],
        "sentiment": ["negative"], "intent": ["complaint", "request"],
        "heated": True, "direct": False, "vip": True, "new_member": False,
        "hours": {"from": "08:30", "to": "17:45", "tz": "Asia/Jakarta", "days": [0, 2, 4],
                  "outside": True}},
    "actions": [
        {"do": "tag", "value": "billing"}, {"do": "priority", "value": "urgent"},
        {"do": "assign", "value": "sari"},
        {"do": "escalate", "to": "lead", "reason": "angry VIP"},
        {"do": "snooze", "minutes": 45}, {"do": "hide"},
        {"do": "suggest", "canned": "thanks"},
        {"do": "send", "canned": "order", "approved": True},
        {"do": "notify", "message": "a VIP is unhappy"}],
    "stop": True,
}


@pytest.fixture
def window(seeded: Seeded, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    rules.add_rule(seeded.store, GARDEN, "rina")
    w = open_window(seeded.store, tmp_path, qtbot)
    yield w
    tasks.wait_all()


def open_rules(window: MainWindow, qtbot: QtBot, count: int) -> RulesWindow:
    window.actions_["rules"].trigger()
    dialog = window.findChild(RulesWindow)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitUntil(lambda: dialog.list.count() == count)
    return dialog


def names(seeded: Seeded) -> list[tuple[str, bool]]:
    return [(r.name, r.enabled) for r in rules.list_rules(seeded.store)]


def double_click(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    item = table.item(row, 0)
    assert item is not None
    rect = table.visualItemRect(item)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_rule_is_written_fixed_tried_saved_reordered_and_turned_off(
        window: MainWindow, seeded: Seeded, qtbot: QtBot) -> None:
    dialog = open_rules(window, qtbot, 1)
    editor = dialog.editor
    assert not editor.isEnabled()
    assert dialog.list.item(0).text().startswith("1. Garden questions\nsays any of: garden")
    dialog.buttons["add"].click()
    assert editor.isEnabled()
    qtbot.keyClicks(editor.name, "Orders to fulfilment")
    qtbot.keyClicks(editor.word_edits["words"], "order, never arrived")
    editor.save.click()  # its first action, a tag, has no tag name yet
    assert editor.problem_label.isVisibleTo(dialog)
    assert editor.problem_label.text() == \
        'This rule cannot be used yet: action "tag" needs a value'
    assert editor.problem_label.textFormat() == Qt.TextFormat.PlainText
    assert editor.tabs.currentIndex() == 1  # shown where the problem is
    tasks.wait_all()
    assert names(seeded) == [("Garden questions", True)]

    qtbot.keyClicks(editor.rows[0].value, "orders")
    editor.add_action.click()
    second: ActionRow = editor.rows[1]
    second.kind.setCurrentIndex(second.kind.findData("priority"))
    second.priority.setCurrentIndex(second.priority.findData("high"))
    assert not second.priority.isHidden() and second.value.isHidden()
    editor.try_it.click()
    assert not editor.problem_label.isVisibleTo(dialog)
    table = dialog.results.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.item(0, 0).text().startswith("Budi: My order #1234 never arrived")
    assert table.item(0, 4).text() == "tag #orders; priority high"
    assert "1 conversation(s)" in dialog.results.title.text()
    assert "Nothing was changed" in dialog.results.title.text()
    assert window.commands.shown_id != seeded.ids["budi"]
    double_click(qtbot, table, 0)  # opens in the inbox behind
    qtbot.waitUntil(lambda: window.member.name.text() == "Budi")
    assert window.commands.shown_id == seeded.ids["budi"]

    editor.save.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 2)
    assert names(seeded) == [("Garden questions", True), ("Orders to fulfilment", True)]
    assert not editor.isEnabled() and dialog.status.text() == "Rule saved."
    assert dialog.list.currentRow() == 1  # the saved rule stays selected
    assert dialog.list.item(1).text().endswith(
        "says any of: order, never arrived → tag #orders; priority high")

    dialog.buttons["up"].click()
    qtbot.waitUntil(lambda: dialog.list.item(0).text().startswith("1. Orders to fulfilment"))
    assert names(seeded)[0] == ("Orders to fulfilment", True)
    assert dialog.list.currentRow() == 0

    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: names(seeded)[0] == ("Orders to fulfilment", False))
    qtbot.waitUntil(lambda: dialog.status.text() == "Rule turned off.")

    dialog.buttons["edit"].click()  # a change to a rule that is off keeps it off
    assert editor.name.text() == "Orders to fulfilment"
    assert [r.raw() for r in editor.rows] == [{"do": "tag", "value": "orders"},
                                             {"do": "priority", "value": "high"}]
    qtbot.keyClicks(editor.name, " (paused)")
    editor.save.click()
    qtbot.waitUntil(lambda: names(seeded)[0] == ("Orders to fulfilment (paused)", False))
    qtbot.waitUntil(lambda: dialog.list.item(0).checkState() == Qt.CheckState.Unchecked)

    dialog.list.setCurrentRow(0)
    dialog.buttons["dry_run"].click()  # a rule that is off can still be tried
    qtbot.waitUntil(lambda: table.rowCount() == 1
                    and table.item(0, 3).text() == "Orders to fulfilment (paused)")


def test_a_time_zone_that_does_not_exist_is_explained_on_the_conditions_tab(
        window: MainWindow, seeded: Seeded, qtbot: QtBot) -> None:
    dialog = open_rules(window, qtbot, 1)
    dialog.buttons["add"].click()
    editor = dialog.editor
    qtbot.keyClicks(editor.name, "Night shift")
    qtbot.keyClicks(editor.rows[0].value, "night")
    editor.hours.setChecked(True)
    editor.zone.setCurrentText("Mars/Olympus_Mons")
    editor.tabs.setCurrentIndex(1)
    editor.save.click()
    assert editor.problem_label.text().endswith("unknown time zone 'Mars/Olympus_Mons'")
    assert editor.tabs.currentIndex() == 0
    editor.zone.setCurrentText("Asia/Jakarta")
    editor.outside.setChecked(True)
    editor.save.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 2)
    stored = rules.list_rules(seeded.store)[1]
    assert stored.conditions == {"hours": {"from": "09:00", "to": "17:00",
                                           "tz": "Asia/Jakarta", "days": [0, 1, 2, 3, 4],
                                           "outside": True}}
    assert "outside Mon, Tue, Wed, Thu, Fri 09:00–17:00 (Asia/Jakarta)" \
        in dialog.list.item(1).text()


def test_the_editor_keeps_every_condition_and_action(window: MainWindow,
                                                     qtbot: QtBot) -> None:
    dialog = open_rules(window, qtbot, 1)
    editor = dialog.editor
    editor.load(EVERYTHING)
    assert editor.rule() == EVERYTHING
    assert editor.problem() is None
    assert editor.rows[7].approved.isChecked()
    assert editor.rows[7].approved.text() == "Send without asking"
    line = dialog.words.summary(EVERYTHING["conditions"], EVERYTHING["actions"])
    for piece in ("on bluesky, mastodon", "says none of: test", "member tagged: beta-tester",
                  "negative", "complaint or request", "heated", "public message",
                  "from a VIP", "not a new member", "escalate to lead (angry VIP)",
                  "snooze 45 min", "hide on the platform", "send ;order without asking",
                  "notify: a VIP is unhappy", "priority urgent"):
        assert piece in line
    editor.load(None)
    assert editor.rule() == {"name": "", "conditions": {}, "actions": [], "stop": False}


def button(row: ActionRow, name: str) -> QToolButton:
    found = [b for b in row.findChildren(QToolButton) if b.accessibleName() == name]
    assert len(found) == 1
    return found[0]


def test_actions_run_in_the_order_the_editor_shows(window: MainWindow, seeded: Seeded,
                                                   qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_rules(window, qtbot, 1)
    dialog.list.setCurrentRow(0)
    dialog.buttons["edit"].click()
    editor = dialog.editor
    editor.add_action.click()
    editor.rows[1].kind.setCurrentIndex(editor.rows[1].kind.findData("hide"))
    button(editor.rows[1], "Run this action earlier").click()
    assert [a["do"] for a in editor.rule()["actions"]] == ["hide", "tag"]
    layout_order = [editor.action_box.itemAt(i).widget() for i in range(2)]
    assert layout_order == editor.rows  # shown in the order they will run
    button(editor.rows[0], "Remove this action").click()
    assert editor.rule()["actions"] == [{"do": "tag", "value": "garden"}]
    editor.add_action.click()
    editor.rows[1].kind.setCurrentIndex(editor.rows[1].kind.findData("snooze"))
    editor.rows[1].minutes.setValue(90)
    editor.save.click()
    qtbot.waitUntil(lambda: rules.list_rules(seeded.store)[0].actions
                    == [{"do": "tag", "value": "garden"}, {"do": "snooze", "minutes": 90}])
    monkeypatch.setattr("ui.rules_dialog.QMessageBox.question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    dialog.buttons["edit"].click()
    qtbot.keyClicks(editor.name, "!")
    editor.discard.click()
    assert not editor.isEnabled()
    tasks.wait_all()
    assert rules.list_rules(seeded.store)[0].name == "Garden questions"


def test_unsaved_changes_are_not_lost_without_asking_and_removal_asks(
        window: MainWindow, seeded: Seeded, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    rules.add_rule(seeded.store, {"name": HOSTILE, "conditions": {"words": [HOSTILE]},
                                  "actions": [{"do": "hide"}]}, "rina")
    dialog = open_rules(window, qtbot, 2)
    assert dialog.list.item(1).text().startswith(f"2. {HOSTILE}\n")  # shown, not rendered
    tip = QTextDocument()
    tip.setHtml(dialog.list.item(1).toolTip())  # as the tooltip would render it
    assert tip.toPlainText() == f"says any of: {HOSTILE} → hide on the platform"
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr("ui.rules_dialog.QMessageBox.question",
                        lambda parent, title, text: asked.append(text) or answer)
    dialog.list.setCurrentRow(0)
    dialog.buttons["edit"].click()
    qtbot.keyClicks(dialog.editor.name, " and more")
    dialog.buttons["add"].click()
    assert asked and dialog.editor.name.text() == "Garden questions and more"
    answer = QMessageBox.StandardButton.Yes
    dialog.buttons["add"].click()
    assert dialog.editor.name.text() == ""
    dialog.editor.discard.click()
    dialog.list.setCurrentRow(1)
    dialog.buttons["remove"].click()
    assert HOSTILE in asked[-1]
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert names(seeded) == [("Garden questions", True)]
