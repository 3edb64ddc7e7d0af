"""The conversation list as a lazy table model: pages come from app.views in the
background as the view scrolls (fetchMore), and touched rows are refreshed in place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette

from app import views
from app.store import Store
from app.timeutil import utcnow
from ui import icons, labels, plain, theme
from ui.tasks import Op

if TYPE_CHECKING:
    from app.views.health import Countdown

PAGE = 100
COUNTDOWN_DELAY_MS = 400  # SLA countdowns are read this long after rows change
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("platform", "member", "conversation", "tags", "priority", "age", "waiting")


class ConversationModel(QAbstractTableModel):
    loaded = Signal()  # a fresh view's first page is in
    failed = Signal(object)  # the exception (a bad search, a lost database)

    def __init__(self, store: Store, agent: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.agent = agent
        self.view = views.View("inbox")
        self.order: views.Order = "newest"
        self._rows: list[views.ConversationRow] = []
        self._more = False
        self._fetching = False
        self._refresh_seq = 0
        self._asked: dict[int, int] = {}  # row id -> the newest refresh asked for it
        self._bold = QFont()
        self._bold.setBold(True)
        self._palette = QGuiApplication.palette()
        self._badges: dict[str, QIcon] = {}
        self._due: dict[int, Countdown] = {}  # SLA countdowns of the rows shown
        self._countdowns_wanted: set[int] = set()
        self._countdowns_timer = QTimer(self)
        self._countdowns_timer.setSingleShot(True)
        self._countdowns_timer.setInterval(COUNTDOWN_DELAY_MS)
        self._countdowns_timer.timeout.connect(self._read_countdowns)

    def set_palette(self, palette: QPalette) -> None:
        """Platform badges follow the light or dark palette."""
        self._palette, self._badges = palette, {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def badge(self, platform: str) -> QIcon:
        if platform not in self._badges:
            self._badges[platform] = icons.platform_icon(platform, self._palette)
        return self._badges[platform]

    def headers(self) -> list[str]:
        return [self.tr("Platform"), self.tr("From"), self.tr("Conversation"), self.tr("Tags"),
                self.tr("Priority"), self.tr("Age"), self.tr("Waiting")]

    # -- loading -----------------------------------------------------------------------
    def set_view(self, view: views.View, order: views.Order | None = None) -> None:
        self.view = view
        self.order = order or self.order
        self.reload()

    def reload(self) -> None:
        view, order = self.view, self.order
        Op(self, lambda: views.page(self.store, view, self.agent, order=order, limit=PAGE)) \
            .success(self._replace).failure(self.failed.emit) \
            .run_in_background(name=f"list-{id(self)}")

    def _replace(self, rows: list[views.ConversationRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._more = len(rows) == PAGE
        self._fetching = False
        self.endResetModel()
        self.loaded.emit()
        self._ask_countdowns([r.id for r in rows])

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        view, order, offset = self.view, self.order, len(self._rows)
        Op(self, lambda: views.page(self.store, view, self.agent, order=order, limit=PAGE,
                                    offset=offset)) \
            .success(self._append).failure(self.failed.emit) \
            .run_in_background(name=f"list-{id(self)}")

    def _append(self, rows: list[views.ConversationRow]) -> None:
        self._fetching = False
        self._more = len(rows) == PAGE
        known = {r.id for r in self._rows}
        rows = [r for r in rows if r.id not in known]  # a row may have moved meanwhile
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows += rows
            self.endInsertRows()
            self._ask_countdowns([r.id for r in rows])

    def refresh_ids(self, ids: Sequence[int]) -> Op[list[views.ConversationRow]]:
        """Re-read the given rows: changed ones update, those that left the view go."""
        view, wanted = self.view, list(ids)
        self._refresh_seq += 1
        seq = self._refresh_seq
        self._asked.update(dict.fromkeys(wanted, seq))
        return Op(self, lambda: views.page(self.store, view, self.agent, ids=wanted)) \
            .success(lambda rows: self._merge(wanted, rows, seq)).failure(self.failed.emit) \
            .run_in_background()

    def _merge(self, wanted: list[int], rows: list[views.ConversationRow], seq: int) -> None:
        # Reads run in parallel: an older answer arriving late must not undo a newer one.
        current = {cid for cid in wanted if self._asked.get(cid) == seq}
        fresh = {r.id: r for r in rows}
        for i in reversed(range(len(self._rows))):
            cid = self._rows[i].id
            if cid not in current:
                continue
            if cid in fresh:
                self._rows[i] = fresh[cid]
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
            else:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        self._ask_countdowns([cid for cid in current if cid in fresh])

    def set_read(self, conversation_id: int) -> None:
        """Show a row read at once (it was opened); the store is written apart."""
        row = self.row_of(conversation_id)
        if row >= 0 and self._rows[row].unread:
            self._rows[row] = replace(self._rows[row], unread=False)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def tick(self) -> None:
        """Ages move on by themselves: repaint those two columns."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 5), self.index(len(self._rows) - 1, 6))

    def _ask_countdowns(self, ids: list[int]) -> None:
        """SLA countdowns for these rows, read in the background a moment after the rows
        are in: a burst of triage keys asks once, after the burst, off the keys' path."""
        self._countdowns_wanted.update(ids)
        if self._countdowns_wanted and not self._countdowns_timer.isActive():
            self._countdowns_timer.start()

    def _read_countdowns(self) -> None:
        shown = {r.id for r in self._rows}
        ids = [cid for cid in self._countdowns_wanted if cid in shown]
        self._countdowns_wanted.clear()
        if not ids:
            return
        store = self.store

        def work() -> dict[int, Countdown]:
            from app.views.health import countdowns  # the metrics load when first asked for

            return countdowns(store, ids)

        Op(self, work).success(lambda found: self._show_countdowns(ids, found)) \
            .failure(lambda _: None).run_in_background()

    def _show_countdowns(self, ids: list[int], found: dict[int, Countdown]) -> None:
        for cid in ids:
            self._due.pop(cid, None)
        self._due.update(found)
        for cid in ids:
            row = self.row_of(cid)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 6), self.index(row, 6))

    def countdown(self, conversation_id: int) -> Countdown | None:
        return self._due.get(conversation_id)

    # -- reading -----------------------------------------------------------------------
    def row_at(self, row: int) -> views.ConversationRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, conversation_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == conversation_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # the platform column is only as wide as a badge
            return "" if section == 0 else self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click to sort by this column") if section in (4, 5, 6) \
                else self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, COLUMNS[index.column()])
        if index.column() == 0 and role == Qt.ItemDataRole.DecorationRole:
            return self.badge(row.platform)
        if index.column() == 0 and role in (Qt.ItemDataRole.ToolTipRole,
                                            Qt.ItemDataRole.AccessibleTextRole):
            return row.platform  # the badge says it to the eye; this, to everyone else
        if role == Qt.ItemDataRole.FontRole and row.unread:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()] == "conversation":
            return plain.tooltip(plain.one_line(row.preview, 500))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if index.column() == 6 and row.id in self._due:
            return self._countdown_data(self._due[row.id], role)
        return None

    def _countdown_data(self, due: Countdown, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and due.soon:
            overdue = due.due <= utcnow().timestamp()
            return QColor(theme.error_colour(self._palette) if overdue else "#d08700")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            what = {"first_response": self.tr("First response"),
                    "next_reply": self.tr("Next reply"), "resolution": self.tr("Resolution"),
                    "reply_window": self.tr("Reply window closes")}.get(due.kind, due.kind)
            return self.tr("%1 due %2").replace("%1", what).replace(
                "%2", plain.local_time(datetime.fromtimestamp(due.due, UTC)))
        return None

    def _text(self, row: views.ConversationRow, column: str) -> str:
        if column == "platform":
            return ""  # shown as its badge (a narrow column; the name is the tooltip)
        if column == "member":  # two lines: who, then where
            return f"{plain.one_line(row.member_name, 60)}\n{plain.one_line(row.member_handle, 60)}"
        if column == "conversation":  # wraps onto the row's two lines
            flag = "⚑ " if row.escalated else ""
            return flag + plain.one_line(row.preview or row.subject, 240)
        if column == "tags":
            return " ".join(f"#{t}" for t in row.tags)
        if column == "priority":
            return "" if row.priority == "none" else labels.priority(row.priority)
        if column == "age":
            return plain.age(row.last_message_at)
        due = self._due.get(row.id)
        waiting = plain.age(row.waiting_since)
        return f"{waiting}\n{self._left(due.due)}" if due is not None else waiting

    def _left(self, due: float) -> str:
        """The countdown badge: time left, or how long overdue."""
        now = utcnow().timestamp()
        span = plain.age(datetime.fromtimestamp(now - abs(due - now), UTC))
        # Words and a sign every font has: a clock glyph showed as an empty box on some.
        return (self.tr("SLA %1") if due >= now else self.tr("⚠ late %1")).replace("%1", span)
