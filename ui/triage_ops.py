"""Every write the window asks for, run on the background writer; the result comes back as
`changed(ids)` (refresh those rows) or `error(text)` (say what happened)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from app import understand
from app.models import OutboxAction, Priority
from app.outbox import Outbox
from app.store import Store
from app.triage import Triage
from ui.tasks import Op


class TriageOps(QObject):
    changed = Signal(list)  # conversation ids whose rows and thread must be re-read
    read = Signal(int)  # a conversation opened unread is now stored as read
    queued = Signal(int)  # a reply or action went into the outbox for this conversation
    error = Signal(str)

    def __init__(self, store: Store, agent: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.triage = Triage(store, agent)
        self.outbox = Outbox(store, agent)

    def _run(self, ids: Sequence[int], work: Callable[[], Any],
             then: Callable[[Any], None] | None = None) -> Op[Any]:
        wanted = list(ids)

        def done(result: Any) -> None:
            self.changed.emit(wanted)
            if then is not None:
                then(result)

        return Op(self, work, write=True).success(done) \
            .failure(lambda exc: self.error.emit(str(exc))).run_in_background()

    def done(self, ids: Sequence[int]) -> Op[Any]:
        return self._run(ids, lambda: self.triage.mark_done(list(ids)))

    def reopen(self, ids: Sequence[int]) -> Op[Any]:
        return self._run(ids, lambda: self.triage.set_status(list(ids), "open"))  # type: ignore[arg-type]

    def snooze(self, ids: Sequence[int], until: datetime) -> Op[Any]:
        return self._run(ids, lambda: self.triage.snooze(list(ids), until))

    def assign(self, ids: Sequence[int], who: str | None) -> Op[Any]:
        return self._run(ids, lambda: self.triage.assign(list(ids), who))

    def tag(self, ids: Sequence[int], name: str, remove: bool = False) -> Op[Any]:
        act = self.triage.untag if remove else self.triage.tag
        return self._run(ids, lambda: act(list(ids), name))

    def priority(self, ids: Sequence[int], level: Priority) -> Op[Any]:
        return self._run(ids, lambda: self.triage.set_priority(list(ids), level))

    def escalate(self, ids: Sequence[int], to: str, reason: str, note: str) -> Op[Any]:
        return self._run(ids, lambda: self.triage.escalate(list(ids), to, reason, note))

    def mark_read(self, ids: Sequence[int], read: bool = True) -> Op[Any]:
        act = self.triage.mark_read if read else self.triage.mark_unread
        return self._run(ids, lambda: act(list(ids)))

    def mark_opened_read(self, conversation_id: int) -> Op[Any]:
        """Opening an unread conversation reads it. The window already shows it read, so
        only the counts follow (`read`), not a re-read of the row and thread."""
        return Op(self, lambda: self.triage.mark_read([conversation_id]), write=True) \
            .success(lambda _: self.read.emit(conversation_id)) \
            .failure(lambda exc: self.error.emit(str(exc))).run_in_background()

    def note(self, conversation_id: int, text: str,
             then: Callable[[Any], None] | None = None) -> Op[Any]:
        return self._run([conversation_id], lambda: self.triage.add_note(conversation_id, text),
                         then)

    def reply(self, conversation_id: int, text: str,
              then: Callable[[Any], None] | None = None) -> Op[Any]:
        def queued(result: Any) -> None:
            self.queued.emit(conversation_id)
            if then is not None:
                then(result)

        return self._run([conversation_id],
                         lambda: self.outbox.queue_reply(conversation_id, text), queued)

    def moderate(self, ids: Sequence[int], action: OutboxAction, reason: str = "") -> Op[Any]:
        def work() -> None:
            for cid in ids:
                self.outbox.queue_action(cid, action, reason=reason)

        def announce(_: object) -> None:
            for cid in ids:
                self.queued.emit(cid)

        return self._run(ids, work, announce)

    def retry(self, conversation_id: int, item_id: int) -> Op[Any]:
        return self._run([conversation_id], lambda: self.outbox.retry(item_id),
                         lambda _: self.queued.emit(conversation_id))

    def correct(self, conversation_id: int, message_id: int, sentiment: str,
                intent: str) -> Op[Any]:
        store, agent = self.triage.store, self.triage.agent
        return self._run([conversation_id], lambda: understand.correct(
            store, message_id, agent, sentiment=understand.Sentiment(sentiment),
            intent=understand.Intent(intent)))

    def confirm(self, conversation_id: int, item_id: int, landed: bool) -> Op[Any]:
        return self._run([conversation_id], lambda: self.outbox.confirm_unknown(item_id, landed),
                         lambda _: self.queued.emit(conversation_id))
