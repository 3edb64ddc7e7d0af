"""The dashboard's charts (QtCharts): volume per day, first response per day, first
response by platform and the backlog by age. A click on a bar or a point says which."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from app.health.report import AgeBucket, Breakdown, Day
from ui import theme
from ui.dashboard_format import translate

HOUR = 3600.0


class Chart(QChartView):
    """One chart; `bar_clicked(category index)` when a bar is clicked."""

    bar_clicked = Signal(int)  # a bar's category, or the day of a point on a line

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        self._days: list[int] = []
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.chart_.setTitle(title)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(title)
        self.setMinimumHeight(200)
        self.follow_palette()

    def follow_palette(self) -> None:
        dark = theme.is_dark(self.palette())
        self.chart_.setTheme(QChart.ChartTheme.ChartThemeDark if dark
                             else QChart.ChartTheme.ChartThemeLight)
        self.chart_.setBackgroundBrush(self.palette().base())

    def clear(self) -> None:
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)

    def bars(self, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]],
             unit: str = "") -> None:
        """Grouped bars, one set per (name, values); the value axis says `unit`."""
        self.clear()
        series = QBarSeries()
        for name, values in sets:
            bar = QBarSet(name)
            bar.append([float(v) for v in values])
            bar.clicked.connect(self.bar_clicked.emit)
            series.append(bar)
        self.chart_.addSeries(series)
        x = QBarCategoryAxis()
        # Axis labels are rich text to QtCharts: names (a platform's) are escaped.
        x.append([html.escape(c) for c in categories])
        y = QValueAxis()
        top = max((max(v, default=0) for _, v in sets), default=0)
        y.setRange(0, max(1.0, top * 1.1))
        y.setLabelFormat("%.0f" if top >= 10 else "%.1f")
        if unit:
            y.setTitleText(unit)
        self._attach(series, x, y)
        self.setAccessibleDescription(", ".join(
            f"{name}: {sum(values):.0f}" for name, values in sets))

    def lines(self, days: Sequence[date], sets: Sequence[tuple[str, Sequence[float | None]]],
              unit: str) -> None:
        """A line per (name, values) over days; a missing value leaves a gap. A click
        near a point says which day it was."""
        self.clear()
        self._days = [QDateTime(QDate(d.year, d.month, d.day), QTime(12, 0))
                      .toMSecsSinceEpoch() for d in days]
        x = QDateTimeAxis()
        x.setFormat("dd/MM")
        x.setTickCount(min(8, max(2, len(days))))
        if self._days:
            x.setRange(QDateTime.fromMSecsSinceEpoch(self._days[0] - 43_200_000),
                       QDateTime.fromMSecsSinceEpoch(self._days[-1] + 43_200_000))
        y = QValueAxis()
        top = max((v for _, values in sets for v in values if v is not None), default=0.0)
        y.setRange(0, max(1.0, top * 1.1))
        y.setLabelFormat("%.0f" if top >= 10 else "%.1f")
        y.setTitleText(unit)
        self.chart_.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for name, values in sets:
            series = QLineSeries()
            series.setName(name)
            series.setPointsVisible(len(days) <= 45)
            for at, v in zip(self._days, values, strict=True):
                if v is not None:
                    series.append(float(at), float(v))
            series.clicked.connect(self._point_clicked)
            self.chart_.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)
        self.setAccessibleDescription(", ".join(
            f"{name}: {sum(v for v in values if v is not None):.0f}" for name, values in sets))

    def _point_clicked(self, point: QPointF) -> None:
        if self._days:
            nearest = min(range(len(self._days)), key=lambda i: abs(self._days[i] - point.x()))
            self.bar_clicked.emit(nearest)

    def _attach(self, series: QBarSeries, x: QBarCategoryAxis, y: QValueAxis) -> None:
        self.chart_.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)


def show_volume(chart: Chart, days: Sequence[Day]) -> None:
    sets: list[tuple[str, Sequence[float | None]]] = [
        (translate("Dashboard", "Inbound"), [d.inbound for d in days]),
        (translate("Dashboard", "Our replies"), [d.outbound for d in days]),
        (translate("Dashboard", "New conversations"), [d.conversations for d in days])]
    chart.lines([d.day for d in days], sets, translate("Dashboard", "per day"))


def show_first_response_trend(chart: Chart, days: Sequence[Day]) -> None:
    hours = [None if d.first_response_median is None else d.first_response_median / HOUR
             for d in days]
    name = translate("Dashboard", "Median first response (business hours)")
    chart.lines([d.day for d in days], [(name, hours)], translate("Dashboard", "hours"))


def show_by_platform(chart: Chart, rows: Sequence[Breakdown], business: bool) -> None:
    def pick(b: Breakdown) -> tuple[float, float]:
        s = b.metrics.first_response_business if business else b.metrics.first_response
        return (s.median or 0.0) / HOUR, (s.p90 or 0.0) / HOUR

    middle = (translate("Dashboard", "Median"), [pick(b)[0] for b in rows])
    high = (translate("Dashboard", "90th percentile"), [pick(b)[1] for b in rows])
    chart.bars([b.key for b in rows], [middle, high], translate("Dashboard", "hours"))


# Axis labels are rich text to QtCharts: no "<" or ">" in them.
AGE_LABELS = {"<1h": "0–1h", "1-4h": "1–4h", "4-24h": "4–24h", "1-3d": "1–3d",
              "3-7d": "3–7d", ">7d": "7d+"}


def show_ages(chart: Chart, ages: Sequence[AgeBucket]) -> None:
    chart.bars([AGE_LABELS.get(a.label, a.label) for a in ages],
               [(translate("Dashboard", "Conversations"), [len(a.conversations) for a in ages])],
               translate("Dashboard", "conversations"))
