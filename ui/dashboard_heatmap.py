"""When members write: inbound messages by weekday and hour as a grid of shades, painted
here (QtCharts has no heatmap). A click on a cell shows the conversations behind it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

LEFT, TOP = 44, 18


class Heatmap(QWidget):
    cell_chosen = Signal(int, int)  # weekday (Monday 0), hour

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: Sequence[Sequence[int]] = [[0] * 24 for _ in range(7)]
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(320, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("When members write: messages by weekday and hour"))
        locale = QLocale()
        self.days = [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]

    def show_counts(self, counts: Sequence[Sequence[int]]) -> None:
        self.counts = counts
        busiest = max((max(row) for row in counts), default=0)
        self.setAccessibleDescription(self.tr("Busiest hour: %1 messages").replace(
            "%1", str(busiest)))
        self.update()

    def _cell(self) -> tuple[float, float]:
        return (max(1.0, (self.width() - LEFT - 4) / 24),
                max(1.0, (self.height() - TOP - 4) / 7))

    def _at(self, pos: QPoint) -> tuple[int, int] | None:
        w, h = self._cell()
        hour, day = int((pos.x() - LEFT) // w), int((pos.y() - TOP) // h)
        return (day, hour) if 0 <= day < 7 and 0 <= hour < 24 and pos.x() >= LEFT else None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        w, h = self._cell()
        base = self.palette().highlight().color()
        text = self.palette().windowText().color()
        busiest = max(1, max((max(row) for row in self.counts), default=1))
        painter.setPen(text)
        for hour in range(0, 24, 3):
            painter.drawText(QRectF(LEFT + hour * w, 0, w * 3, TOP),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{hour:02d}")
        for day in range(7):
            painter.setPen(text)
            painter.drawText(QRectF(0, TOP + day * h, LEFT - 4, h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.days[day])
            for hour in range(24):
                n = self.counts[day][hour]
                colour = QColor(base)
                colour.setAlphaF(0.06 + 0.94 * n / busiest if n else 0.03)
                painter.fillRect(QRectF(LEFT + hour * w + 1, TOP + day * h + 1, w - 2, h - 2),
                                 colour)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cell = self._at(event.position().toPoint())
        if cell is None:
            QToolTip.hideText()
            return
        day, hour = cell
        QToolTip.showText(event.globalPosition().toPoint(), self.tr(
            "%1 %2:00–%3:00: %4 message(s)").replace("%1", self.days[day])
            .replace("%2", f"{hour:02d}").replace("%3", f"{(hour + 1) % 24:02d}")
            .replace("%4", str(self.counts[day][hour])), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cell = self._at(event.position().toPoint())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cell_chosen.emit(*cell)
