"""Reading and writing one conversation: load its thread, member and canned context in
the background, open links only after the user agrees, send replies and notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from app import views
from app.canned import CannedService, context_for
from ui import actions as table
from ui.canned_manager import CannedManager
from ui.dialogs import InsightDialog
from ui.plain import SAFE_SCHEMES, one_line
from ui.tasks import Op
from ui.triage_commands import TriageCommands

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ThreadResult = tuple[views.Thread, dict[str, str], list[Any] | None]
AHEAD = 6  # threads kept read in advance around the current row
SETTLE_MS = 200  # at the latest: reads wait for the frame showing a thread (after_paint)


def _as_read(thread: views.Thread) -> views.Thread:
    """The thread as the pane shows it: opening it marks it read, which is no change."""
    return replace(thread, row=replace(thread.row, unread=False))


class ReadingCommands(TriageCommands):
    w: MainWindow
    shown: views.Thread | None
    shown_id: int | None
    ahead: dict[int, ThreadResult]

    def current_id(self) -> int | None:
        row = self.w.model.row_at(self.w.list.currentIndex().row())
        return row.id if row else None

    def failed(self, text: str) -> None:
        self.w.say(self.tr("That did not work: %1").replace("%1", one_line(text, 200)), 10000)
        self.w.composer.recount()  # a reply that failed to queue can be sent again

    # -- reading -------------------------------------------------------------------------
    def current_changed(self) -> None:
        cid = self.current_id()
        if cid is None:
            self.shown = self.shown_id = None
            self.w.thread_view.show_empty()
            self.w.member.show_member(None)
        else:
            self.load_thread(cid)

    def _reader(self, cid: int, want_canned: bool) -> Callable[[], ThreadResult]:
        store, agent = self.w.store, self.w.agent

        def work() -> ThreadResult:
            canned = CannedService(store).list() if want_canned else None
            return views.thread(store, cid), context_for(store, cid, agent), canned

        return work

    def load_thread(self, cid: int) -> None:
        """Show a neighbour read in advance at once (j/k stays within a frame), then read it
        afresh in the background and show that only if it changed meanwhile."""
        self.shown_id = cid
        cached = self.ahead.pop(cid, None)
        if cached is not None:
            self.show_thread(cached)

        def fresh(result: ThreadResult) -> None:
            if cached is None or _as_read(result[0]) != _as_read(cached[0]) \
                    or result[1] != cached[1]:
                self.show_thread(result)

        op = Op(self.w, self._reader(cid, not self.w.composer.responses)).success(fresh) \
            .failure(lambda e: self.failed(str(e)))
        if cached is None:
            op.run_in_background(name="thread")
        else:
            def refresh() -> None:
                if self.shown_id == cid:
                    op.run_in_background(name="thread")

            self.w.thread_view.after_paint(refresh, SETTLE_MS)

    def _read_ahead(self) -> None:
        if not shiboken6.isValid(self.w.list):  # the window is being taken down
            return
        row = self.w.list.currentIndex().row()
        for near_row in (row + 1, row - 1, row + 2):
            near = self.w.model.row_at(near_row)
            if near is None or near.id in self.ahead:
                continue
            Op(self.w, self._reader(near.id, False)).success(self._keep_ahead(near.id)) \
                .run_in_background()
        while len(self.ahead) > AHEAD:
            self.ahead.pop(next(iter(self.ahead)))

    def _keep_ahead(self, cid: int) -> Callable[[ThreadResult], None]:
        def keep(result: ThreadResult) -> None:
            self.ahead[cid] = result

        return keep

    def show_thread(self, result: ThreadResult) -> None:
        thread, context, canned = result
        changed = self.shown is None or self.shown.row.id != thread.row.id
        self.shown = thread
        self.w.thread_view.show_thread(thread)
        self.w.member.show_member(thread.member)
        if canned is not None:
            self.w.composer.set_responses(canned)
        can = self.abilities(thread.row.connector)
        limit = views.reply_limit(thread.row.connector, thread.row.platform,
                                  can.max_reply_length)
        self.w.composer.set_target(limit, "reply" in can.actions, context, thread.language)
        for key in table.MODERATION:
            self.w.actions_[key].setEnabled(key in can.actions)
        if changed:
            self.w.thread_view.after_paint(self._read_ahead, SETTLE_MS)
            self.w.composer.switch_to(thread.row.id)
            if thread.row.unread:  # opening reads it; `u` afterwards must stick
                self._opened_unread(thread)

    def _opened_unread(self, thread: views.Thread) -> None:
        """Shown read at once; the write then only refreshes the counts, not this thread."""
        cid = thread.row.id
        self.shown = _as_read(thread)
        self.w.thread_view.shown = self.shown
        self.ahead.pop(cid, None)  # read before it was read: unread there
        self.w.model.set_read(cid)
        self.w.ops.mark_opened_read(cid)  # now, not after the frame: a `u` must land after it

    def reload_current(self) -> None:
        if self.shown_id is not None:
            self.load_thread(self.shown_id)

    def open_elsewhere(self, cid: int) -> None:
        if self.w.model.row_of(cid) >= 0:
            self.select_id(cid)
        else:
            self.load_thread(cid)

    def open_link(self, url: str) -> None:
        scheme = QUrl(url).scheme().lower()
        if scheme not in SAFE_SCHEMES:
            QMessageBox.warning(self.w, self.tr("Link not opened"), self.tr(
                "Serambi only opens web and mail links. This one is not:\n\n%1")
                .replace("%1", one_line(url, 400)))
            return
        answer = QMessageBox.question(self.w, self.tr("Open link?"), self.tr(
            "Open this address in your browser?\n\n%1").replace("%1", one_line(url, 400)))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl(url))

    # -- writing -------------------------------------------------------------------------
    def do_reply(self) -> None:
        self.w.composer.set_mode("reply")

    def do_note(self) -> None:
        self.w.composer.set_mode("note")

    def do_canned(self) -> None:
        self.w.composer.pick_canned()

    def do_manage_canned(self) -> None:
        manager = CannedManager(self.w.store, self.w)
        manager.changed.connect(self.reload_canned)
        manager.exec()

    def reload_canned(self) -> None:
        store = self.w.store
        Op(self.w, lambda: CannedService(store).list()) \
            .success(self.w.composer.set_responses) \
            .failure(lambda e: self.failed(str(e))).run_in_background(name="canned")

    def do_send(self) -> None:
        self.w.composer.submit()

    def send(self, mode: str, text: str) -> None:
        if self.shown is None:
            self.w.say(self.tr("Open a conversation first."))
            return
        cid = self.shown.row.id
        composer = self.w.composer
        composer.send.setEnabled(False)  # one click, one reply

        def written(_: object) -> None:
            # Cleared only once it is safely stored: a failed write keeps the text.
            if composer.conversation_id == cid and composer.edit.toPlainText() == text:
                composer.clear()
            self.w.say(self.tr("Note added.") if mode == "note" else self.tr("Reply queued."))

        if mode == "note":
            self.w.ops.note(cid, text, written)
        else:
            self.w.ops.reply(cid, text, written)

    def retry(self, item_id: int) -> None:
        if self.shown is not None:
            self.w.ops.retry(self.shown.row.id, item_id)

    def correct_insight(self, message_id: int) -> None:
        shown = self.shown
        if shown is None or shown.mood is None or shown.mood.sentiment is None:
            return
        dialog = InsightDialog(shown.mood.sentiment, shown.mood.intent or "other", self.w)
        if dialog.exec():
            self.w.ops.correct(shown.row.id, message_id, *dialog.values())

    def confirm(self, item_id: int, landed: bool) -> None:
        if self.shown is not None:
            self.w.ops.confirm(self.shown.row.id, item_id, landed)
