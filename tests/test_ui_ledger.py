"""The member ledger, saved searches, sorting by a column header, icons for both palettes,
per-platform reply limits and pausing an account, driven through the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import accounts, saved_searches, views
from app.models import Account
from app.secrets import Secrets
from tests.test_ui_main import names, open_window
from tests.test_ui_seed import Seeded
from ui import tasks
from ui.link_dialog import LinkMemberDialog
from ui.main_window import MainWindow
from ui.theme import dark_palette


@pytest.fixture
def window(seeded: Seeded, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    w = open_window(seeded.store, tmp_path, qtbot)
    yield w
    tasks.wait_all()


def shown_member(window: MainWindow) -> views.MemberInfo | None:
    return window.commands.shown.member if window.commands.shown else None


def test_vip_and_notes_are_saved_and_shown_again(window: MainWindow, seeded: Seeded,
                                                 qtbot: QtBot) -> None:
    assert window.member.name.text() == "Dewi" and not window.member.vip.isChecked()
    window.member.vip.click()
    qtbot.waitUntil(lambda: (m := shown_member(window)) is not None and m.vip)
    window.member.notes.setFocus()
    qtbot.keyClicks(window.member.notes, "Reported the 404 twice; very patient.")
    assert window.member.save.isEnabled()
    window.list.setFocus()  # leaving the notes saves them
    qtbot.waitUntil(lambda: (m := shown_member(window)) is not None
                    and m.notes == "Reported the 404 twice; very patient.")
    assert not window.member.save.isEnabled()
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: window.member.name.text() != "Dewi")
    assert window.member.notes.toPlainText() == "" and not window.member.vip.isChecked()
    qtbot.keyClick(window.list, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: window.member.name.text() == "Dewi")
    assert window.member.notes.toPlainText() == "Reported the 404 twice; very patient."
    assert window.member.vip.isChecked()


def test_member_tags_are_added_and_removed_from_the_panel(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    answers = iter([("#beta-tester, translator", True), ("translator", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    window.member.edit_tags.click()
    qtbot.waitUntil(lambda: (m := shown_member(window)) is not None
                    and m.tags == ("beta-tester", "translator"))
    assert window.member.tags.text() == "#beta-tester #translator"
    window.member.edit_tags.click()
    qtbot.waitUntil(lambda: (m := shown_member(window)) is not None and m.tags == ("translator",))
    assert window.member.tags.text() == "#translator"


def test_link_this_member_to_another_by_name(window: MainWindow, qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def pick_budi(dialog: LinkMemberDialog) -> int:
        dialog.query.setText("bud")
        qtbot.waitUntil(lambda: dialog.results.count() == 1)
        dialog.display_name.setText("Dewi Budiman")
        return 1

    monkeypatch.setattr(LinkMemberDialog, "exec", pick_budi)
    window.member.link.click()
    qtbot.waitUntil(lambda: (m := shown_member(window)) is not None and bool(m.identities))
    member = shown_member(window)
    assert member is not None and member.person_name == "Dewi Budiman"
    assert "@budi@social.example" in window.member.linked.text()
    assert window.member.unlink.isVisibleTo(window.member)
    assert any(o.member_name == "Budi" for o in member.others)  # their conversation too
    window.member.unlink.click()
    qtbot.waitUntil(lambda: (m := shown_member(window)) is not None and not m.identities)


def test_a_saved_search_shows_with_its_count_and_opens_its_results(
        window: MainWindow, seeded: Seeded, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.keyClick(window.list, Qt.Key.Key_Slash)
    qtbot.keyClicks(window.search, "refund OR garden")
    answers = iter([("Refunds and garden", True), ("Garden & refunds", True)])
    monkeypatch.setattr("ui.list_commands.QInputDialog.getText",
                        lambda *a, **k: next(answers))
    window.actions_["save_search"].trigger()
    qtbot.waitUntil(lambda: window.sidebar.saved.childCount() == 1)
    item = window.sidebar.saved.child(0)
    assert item.text(0) == "Refunds and garden  (2)"
    assert not window.sidebar.saved.isHidden()
    qtbot.waitUntil(lambda: window.sidebar.currentItem() is item)  # it opens as its view
    qtbot.waitUntil(lambda: sorted(names(window)) == ["Ani", "Dewi"])
    window.sidebar.setCurrentItem(window.sidebar.fixed.child(0))
    qtbot.waitUntil(lambda: len(names(window)) == 4)
    window.sidebar.setCurrentItem(item)
    qtbot.waitUntil(lambda: sorted(names(window)) == ["Ani", "Dewi"])
    assert window.search.text() == "refund OR garden"
    window.commands.rename_saved("Refunds and garden")
    qtbot.waitUntil(lambda: window.sidebar.saved.child(0).text(0) == "Garden & refunds  (2)")
    assert [s.name for s in saved_searches.list_saved(seeded.store)] == ["Garden & refunds"]
    monkeypatch.setattr("ui.list_commands.QMessageBox.question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    window.commands.remove_saved("Garden & refunds")
    qtbot.waitUntil(lambda: window.sidebar.saved.isHidden())
    assert saved_searches.list_saved(seeded.store) == []
    qtbot.waitUntil(lambda: len(names(window)) == 4)  # back to the inbox it was showing


def click_header(window: MainWindow, qtbot: QtBot, column: int) -> None:
    header = window.list.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    with qtbot.waitSignal(window.model.loaded):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))


def test_clicking_a_column_header_sorts_and_is_remembered(seeded: Seeded, tmp_path: Path,
                                                          qtbot: QtBot) -> None:
    first = open_window(seeded.store, tmp_path, qtbot)
    assert names(first) == ["Dewi", "Eve \u202egnp.exe", "Budi", "Ani"]
    click_header(first, qtbot, 5)  # Age: newest first becomes oldest first
    assert names(first) == ["Ani", "Budi", "Eve \u202egnp.exe", "Dewi"]
    assert first.model.order == "oldest" and first.actions_["sort_oldest"].isChecked()
    header = first.list.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) \
        == (5, Qt.SortOrder.DescendingOrder)  # the oldest (largest age) on top
    click_header(first, qtbot, 4)  # Priority
    assert first.model.order == "priority"
    click_header(first, qtbot, 6)  # Waiting: longest first
    assert first.model.order == "waiting" and names(first)[0] == "Ani"
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert settings.value("list/order") == "waiting"  # kept at once, not only on close
    first.close()
    tasks.wait_all()
    second = open_window(seeded.store, tmp_path, qtbot)
    assert second.model.order == "waiting"
    assert second.list.horizontalHeader().sortIndicatorSection() == 6
    tasks.wait_all()


def ink(icon: QIcon) -> QColor:
    """The colour an icon is drawn in: its most opaque pixel."""
    image = icon.pixmap(24, 24).toImage()
    pixels = (image.pixelColor(x, y) for x in range(24) for y in range(24))
    return max(pixels, key=lambda c: c.alpha())


def test_icons_follow_the_light_and_dark_palette(window: MainWindow, qtbot: QtBot) -> None:
    done = window.actions_["done"]
    assert not done.icon().isNull() and done.iconText() == "Done"
    badge = window.model.data(window.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(badge, QIcon) and not badge.isNull()
    assert window.model.data(window.model.index(0, 0),
                             Qt.ItemDataRole.ToolTipRole) == "mastodon"
    assert ink(done.icon()).lightness() < 100  # dark ink on a light window
    window.setPalette(dark_palette())
    qtbot.waitUntil(lambda: ink(window.actions_["done"].icon()).lightness() > 180)
    badge = window.model.data(window.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert ink(badge).lightness() > 180


def test_the_composer_counts_against_the_imitated_platforms_limit(
        seeded: Seeded, tmp_path: Path, qtbot: QtBot) -> None:
    with seeded.store.write() as conn:
        conn.execute(Account.__table__.update().values(  # type: ignore[attr-defined]
            settings={"flavour": "bluesky"}))
    window = open_window(seeded.store, tmp_path, qtbot)
    qtbot.waitUntil(lambda: window.composer.counter.text() == "0 / 300")
    window.composer.edit.setPlainText("x" * 301)
    assert not window.composer.send.isEnabled()
    tasks.wait_all()


def test_an_account_can_be_paused_and_resumed(seeded: Seeded, qtbot: QtBot,
                                             secrets: Secrets) -> None:
    from ui.accounts_dialog import AccountsDialog

    dialog = AccountsDialog(seeded.store, secrets)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 5).text() == "on"
    dialog.table.selectRow(0)
    assert dialog.toggle.text() == "Disable"
    with qtbot.waitSignal(dialog.changed):
        dialog.toggle.click()
    qtbot.waitUntil(lambda: dialog.table.item(0, 5).text() == "off (paused)")
    assert not accounts.get_account(seeded.store, seeded.account_id).enabled
    assert dialog.toggle.text() == "Enable"
    with qtbot.waitSignal(dialog.changed):
        dialog.toggle.click()
    qtbot.waitUntil(lambda: dialog.table.item(0, 5).text() == "on")
    assert accounts.get_account(seeded.store, seeded.account_id).enabled
    tasks.wait_all()
