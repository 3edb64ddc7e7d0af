"""The member panel's edits (VIP, notes, linking identities) written on the background writer
through app.members; `changed` asks the window to read the member again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from app import community, members
from app.store import Store
from ui import plain
from ui.link_dialog import LinkMemberDialog
from ui.member_panel import MemberPanel
from ui.tasks import Op


class MemberEdits(QObject):
    changed = Signal()
    error = Signal(str)
    message = Signal(str)

    def __init__(self, store: Store, agent: str, panel: MemberPanel,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.store, self.agent, self.panel, self.window = store, agent, panel, parent
        panel.vip_changed.connect(self.set_vip)
        panel.notes_changed.connect(self.set_notes)
        panel.link_member.connect(self.link)
        panel.unlink_member.connect(self.unlink)
        panel.tags_requested.connect(self.edit_tags)
        panel.history.reader = lambda member_id: community.moderation_history(store, member_id)
        panel.history.warn_requested.connect(self.warn)

    def _write(self, work: Callable[[], Any], said: str) -> None:
        def done(_: object) -> None:
            self.message.emit(said)
            self.changed.emit()

        Op(self, work, write=True).success(done) \
            .failure(lambda exc: self.error.emit(str(exc))).run_in_background()

    def set_vip(self, member_id: int, vip: bool) -> None:
        self._write(lambda: members.set_vip(self.store, member_id, vip, self.agent),
                    self.tr("Marked as VIP.") if vip else self.tr("No longer a VIP."))

    def set_notes(self, member_id: int, notes: str) -> None:
        self._write(lambda: members.set_notes(self.store, member_id, notes, self.agent),
                    self.tr("Member notes saved."))

    def link(self, member_id: int) -> None:
        member = self.panel.member
        if member is None or member.id != member_id:
            return
        dialog = LinkMemberDialog(self.store, member, self.window)
        if not dialog.exec() or dialog.chosen() is None:
            return
        other, name = dialog.chosen(), dialog.display_name.text()
        self._write(lambda: members.link(self.store, [member_id, other or member_id], name,
                                         self.agent),
                    self.tr("Linked: both are now one person."))

    def edit_tags(self, member_id: int) -> None:
        member = self.panel.member
        if member is None or member.id != member_id:
            return
        text, ok = QInputDialog.getText(
            self.window, self.tr("Member tags"),
            self.tr("Tags for this member, separated by commas or spaces:"),
            text=" ".join(member.tags))
        if ok:
            wanted = {t.strip().lstrip("#") for t in text.replace(",", " ").split()} - {""}
            self.set_tags(member_id, sorted(wanted), list(member.tags))

    def set_tags(self, member_id: int, wanted: list[str], had: list[str]) -> None:
        def work() -> None:
            for name in sorted(set(wanted) - set(had)):
                members.tag_member(self.store, member_id, name, self.agent)
            for name in sorted(set(had) - set(wanted)):
                members.untag_member(self.store, member_id, name, self.agent)

        self._write(work, self.tr("Member tags saved."))

    def unlink(self, member_id: int) -> None:
        self._write(lambda: members.unlink(self.store, member_id, self.agent),
                    self.tr("Unlinked."))

    def warn(self, member_id: int) -> None:
        member = self.panel.member
        if member is None or member.id != member_id:
            return
        # The member's name goes in the title only: a title is never rich text, a label may be.
        who = plain.one_line(member.name or member.handle, 60)
        note, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Warn %1").replace("%1", who),
            self.tr("What did you tell this member, and where? It is kept in their moderation "
                    "history, which only your team sees."))
        if ok and note.strip():
            self._write(lambda: community.warn_member(self.store, member_id, note, self.agent),
                        self.tr("Warning recorded."))
