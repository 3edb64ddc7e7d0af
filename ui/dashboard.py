"""The community health dashboard: headline figures, charts and breakdowns for a period,
each one a way into the conversations behind it. Figures are computed off the UI thread
(ui.tasks.Op, one named task: a newer request drops an older answer)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import health, queries
from app.health.report import HealthReport
from app.health.settings import HealthSettings
from app.health.source import Choices, choices
from app.store import Store
from app.timeutil import utcnow
from ui import dashboard_charts as charts
from ui import plain, tasks
from ui.dashboard_breakdown import Breakdowns
from ui.dashboard_drill import drill
from ui.dashboard_explain import explain
from ui.dashboard_export import pdf_bytes, report_html, save_bytes, save_csv
from ui.dashboard_filters import FilterBar, span
from ui.dashboard_heatmap import Heatmap
from ui.dashboard_panel import DrillPanel
from ui.dashboard_show import show_report
from ui.dashboard_tiles import Tile
from ui.tasks import Op


@dataclass(frozen=True, slots=True)
class Computed:
    report: HealthReport
    settings: HealthSettings
    choices: Choices


class Dashboard(QWidget):
    def __init__(self, store: Store, open_conversation: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store, self.open_conversation = store, open_conversation
        self.computed: Computed | None = None
        self.setWindowTitle(self.tr("Community health"))
        self.setAccessibleName(self.tr("Community health dashboard"))
        self.filters = FilterBar(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.pdf_button = QPushButton(self.tr("PDF report…"), self)
        self.status = QLabel(self.tr("Computing…"), self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self._build_figures()
        self.panel = DrillPanel(self)
        self._layout()
        self._connect()
        self.resize(1360, 900)
        self.refresh()

    def _build_figures(self) -> None:
        names = (("first_response", self.tr("First response")), ("reply", self.tr("Reply time")),
                 ("resolution", self.tr("Resolution")),
                 ("response_rate", self.tr("Response rate")), ("sla", self.tr("SLA hit rate")),
                 ("backlog", self.tr("Not done now")), ("unattended", self.tr("Waiting on us")),
                 ("due", self.tr("Overdue / due soon")))
        self.tiles = {key: Tile(key, title, self) for key, title in names}
        self.volume = charts.Chart(self.tr("Messages per day"), self)
        self.trend = charts.Chart(self.tr("First response per day"), self)
        self.platforms = charts.Chart(self.tr("First response by platform"), self)
        self.ages = charts.Chart(self.tr("Not done, by age"), self)
        self.heatmap = Heatmap(self)
        self.breakdowns = Breakdowns(self)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.filters, 1)
        for button in (self.refresh_button, self.csv_button, self.pdf_button):
            bar.addWidget(button)
        tiles = QGridLayout()
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, i // 4, i % 4)
        grid = QGridLayout()
        grid.addWidget(self.volume, 0, 0, 1, 2)
        grid.addWidget(self.heatmap, 0, 2)
        grid.addWidget(self.trend, 1, 0)
        grid.addWidget(self.platforms, 1, 1)
        grid.addWidget(self.ages, 1, 2)
        figures = QWidget(self)
        inner = QVBoxLayout(figures)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(tiles)
        inner.addLayout(grid, 1)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.breakdowns)
        lower.addWidget(self.panel)
        lower.setSizes([420, 900])
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(figures)
        split.addWidget(lower)
        split.setSizes([620, 280])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.filters.view_changed.connect(self._redraw)
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        QShortcut(QKeySequence("Esc"), self, self.close)
        for tile in self.tiles.values():
            tile.activated.connect(self.show_behind)
        self.volume.bar_clicked.connect(self._day_clicked)
        self.ages.bar_clicked.connect(self._age_clicked)
        self.platforms.bar_clicked.connect(self._platform_clicked)
        self.heatmap.cell_chosen.connect(lambda d, h: self.show_behind(f"heat:{d}-{h}"))
        self.breakdowns.chosen.connect(self.show_behind)
        self.panel.selected.connect(self._explain)
        self.panel.open_requested.connect(self.open_conversation)

    # -- computing ---------------------------------------------------------------------
    def refresh(self) -> None:
        store, filters = self.store, self.filters.filters()
        period = self.filters.period_choice()  # read here: widgets belong to this thread

        def work() -> Computed:
            settings = health.load(store)
            first, last = span(*period, settings.calendar.local_day(utcnow().timestamp()))
            report = health.compute(store, first, last, filters, settings=settings)
            with store.read() as conn:
                return Computed(report, settings, choices(conn))

        self.status.setText(self.tr("Computing…"))
        Op(self, work).success(self._computed).failure(self._failed) \
            .run_in_background(name=f"dashboard-{id(self)}")

    def _computed(self, computed: Computed) -> None:
        self.computed = computed
        report = computed.report
        self.filters.offer(computed.choices)
        self.filters.show_days(report.first_day, report.last_day)
        problems = "  " + self.tr("Settings ignored: %1").replace(
            "%1", "; ".join(report.problems)) if report.problems else ""
        self.status.setText(self.tr("%1 to %2 · times in %3 · computed in %4 s").replace(
            "%1", report.first_day.isoformat()).replace("%2", report.last_day.isoformat())
            .replace("%3", report.zone).replace("%4", f"{report.seconds:.2f}") + problems)
        self._redraw()

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.tr("The figures could not be computed: %1").replace(
            "%1", plain.one_line(str(error), 300)))

    def _redraw(self) -> None:
        if self.computed is None:
            return
        show_report(self, self.computed.report, self.filters.business.isChecked())

    # -- drilling down -----------------------------------------------------------------
    def show_behind(self, key: str) -> None:
        if self.computed is None:
            return
        report = self.computed.report
        found = drill(report, key, self.filters.business.isChecked())
        self.panel.show_drill(found, {c.id: c for c in report.conversations})

    def _day_clicked(self, index: int) -> None:
        if self.computed is not None and 0 <= index < len(self.computed.report.volume.days):
            self.show_behind(f"day:{self.computed.report.volume.days[index].day.isoformat()}")

    def _age_clicked(self, index: int) -> None:
        if self.computed is not None and 0 <= index < len(self.computed.report.backlog.ages):
            self.show_behind(f"age:{self.computed.report.backlog.ages[index].label}")

    def _platform_clicked(self, index: int) -> None:
        if self.computed is not None and 0 <= index < len(self.computed.report.by_platform):
            self.show_behind(f"platform:{self.computed.report.by_platform[index].key}")

    def _explain(self, cid: int) -> None:
        if self.computed is None:
            return
        row = self.computed.report.conversation(cid)
        if row is None:
            return
        zone, store = self.computed.settings.calendar.tz, self.store

        def shown(detail: queries.ConversationDetail) -> None:
            by_id = {m.id: m for m in detail.messages}

            def who(mid: int | None) -> str:
                m = by_id.get(mid) if mid is not None else None
                if m is None:
                    return "–"
                name = plain.one_line(m.author_name or m.author_handle, 30)
                return f"{name} “{plain.one_line(m.text, 50)}”"

            self.panel.show_explanation(cid, explain(row, zone, who))

        Op(self, lambda: queries.conversation(store, cid)).success(shown) \
            .failure(lambda e: self.panel.show_explanation(cid, str(e))) \
            .run_in_background(name=f"dashboard-explain-{id(self)}")

    # -- exports -----------------------------------------------------------------------
    def export_csv(self) -> None:
        if self.computed is None:
            return
        report = self.computed.report
        name = f"serambi-health-{report.first_day}-{report.last_day}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), name,
                                              self.tr("CSV files (*.csv)"))
        if path:
            self._write(lambda: save_csv(report, Path(path)),
                        self.tr("Wrote %1 conversation(s) to %2"), path)

    def export_pdf(self) -> None:
        if self.computed is None:
            return
        report = self.computed.report
        name = f"serambi-health-{report.first_day}-{report.last_day}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("PDF report"), name,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            data = pdf_bytes(report_html(report, self.filters_text()),
                             self.tr("Community health report"))
            self._write(lambda: save_bytes(data, Path(path)), self.tr("Saved %2"), path)

    def filters_text(self) -> str:
        f = self.filters
        parts = [combo.currentText() for combo in (f.platform, f.tag, f.assignee)
                 if combo.currentIndex() > 0]
        return self.tr("Only: %1.").replace("%1", ", ".join(parts)) if parts else ""

    def _write(self, work: Callable[[], int], said: str, path: str) -> None:
        Op(self, work).success(lambda n: self.status.setText(
            said.replace("%1", str(n)).replace("%2", path))) \
            .failure(lambda e: self.status.setText(self.tr("Could not save %1: %2").replace(
                "%1", path).replace("%2", plain.one_line(str(e), 200)))).run_in_background()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        tasks.cancel(f"dashboard-{id(self)}")
        super().closeEvent(event)
