"""The dashboard's exports: a CSV of every conversation's metrics, and a printable PDF
report for stakeholders, built as HTML from escaped pieces and laid out by QTextDocument."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.health.export import write_csv
from app.health.report import Breakdown, HealthReport, Summary
from ui.dashboard_format import duration, share, when
from ui.plain import escaped


def save_csv(report: HealthReport, path: Path) -> int:
    """Runs off the UI thread (ui.tasks.Op): writes the file, returns the rows written."""
    with path.open("w", encoding="utf-8", newline="") as out:
        return write_csv(report, out)


def _cell(text: str, header: bool = False) -> str:
    tag = "th" if header else "td"
    return f"<{tag}>{escaped(text)}</{tag}>"


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
             "<tr>" + "".join(_cell(h, True) for h in head) + "</tr>"]
    lines += ["<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in rows]
    return "\n".join([*lines, "</table>"])


def _title(level: int, text: str) -> str:
    return f"<h{level}>{escaped(text)}</h{level}>"


def _para(text: str, small: bool = False) -> str:
    return f"<p><small>{escaped(text)}</small></p>" if small else f"<p>{escaped(text)}</p>"


def _metric_row(name: str, raw: Summary, business: Summary) -> list[str]:
    return [name, duration(raw.median), duration(raw.p90), duration(raw.mean),
            duration(business.median), duration(business.p90), str(raw.count)]


class ReportHtml(QObject):
    """The report's words (translated here) around our numbers; every piece is escaped."""

    def html(self, report: HealthReport, filters: str) -> str:
        parts = [_title(1, self.tr("Community health report")),
                 _para(self.tr("%1 to %2, times in %3. %4")
                       .replace("%1", report.first_day.isoformat())
                       .replace("%2", report.last_day.isoformat())
                       .replace("%3", report.zone).replace("%4", filters)),
                 *self._times(report), *self._levels(report), *self._now(report),
                 *self._volume(report),
                 self._breakdown(self.tr("Platform"), report.by_platform),
                 self._breakdown(self.tr("Tag"), report.by_tag),
                 self._breakdown(self.tr("Assignee"), report.by_assignee),
                 _para(self.tr("Computed %1. First response: the first reply after a "
                               "conversation opened or reopened. Reply time: from the first "
                               "unanswered message to our reply. Resolution: from creation "
                               "to done. Internal notes never count as replies.")
                       .replace("%1", when(report.now, ZoneInfo(report.zone))), small=True)]
        return "<html><body>" + "\n".join(p for p in parts if p) + "</body></html>"

    def _times(self, report: HealthReport) -> list[str]:
        m, rate = report.metrics, report.response_rate
        head = [self.tr("Metric"), self.tr("Median"), self.tr("90th percentile"),
                self.tr("Mean"), self.tr("Median (business hours)"),
                self.tr("p90 (business hours)"), self.tr("Samples")]
        rows = [_metric_row(self.tr("First response"), m.first_response,
                            m.first_response_business),
                _metric_row(self.tr("Reply time"), m.reply, m.reply_business),
                _metric_row(self.tr("Resolution"), m.resolution, m.resolution_business)]
        answered = self.tr("Response rate: %1 of %2 openings answered (%3).") \
            .replace("%1", str(rate.part)).replace("%2", str(rate.whole)) \
            .replace("%3", share(rate.rate))
        return [_title(2, self.tr("Response times")), _table(head, rows), _para(answered)]

    def _levels(self, report: HealthReport) -> list[str]:
        s = report.sla
        head = [self.tr("Target"), self.tr("Hit"), self.tr("Missed"), self.tr("Running"),
                self.tr("Hit rate")]
        rows = [[name, str(t.hit), str(t.missed), str(t.active), share(t.hit_rate)]
                for name, t in ((self.tr("First response"), s.first_response),
                                (self.tr("Next reply"), s.next_reply),
                                (self.tr("Resolution"), s.resolution))]
        return [_title(2, self.tr("Service levels")), _table(head, rows)]

    def _now(self, report: HealthReport) -> list[str]:
        b, s = report.backlog, report.sla
        text = self.tr("%1 conversation(s) not done; %2 waiting on our reply (%3 without any "
                       "reply yet); the oldest has waited %4. %5 overdue, %6 due soon.")
        for key, value in (("%1", str(b.total)), ("%2", str(len(b.unattended))),
                           ("%3", str(len(b.awaiting_first))), ("%4", duration(b.oldest_age)),
                           ("%5", str(len(s.overdue))), ("%6", str(len(s.breaching_soon)))):
            text = text.replace(key, value)
        return [_title(2, self.tr("Now")), _para(text)]

    def _volume(self, report: HealthReport) -> list[str]:
        head = [self.tr("Day"), self.tr("Inbound"), self.tr("Our replies"),
                self.tr("New conversations"), self.tr("First response, median (business hours)")]
        rows = [[d.day.isoformat(), str(d.inbound), str(d.outbound), str(d.conversations),
                 duration(d.first_response_median)] for d in report.volume.days]
        return [_title(2, self.tr("Volume")), _table(head, rows)]

    def _breakdown(self, title: str, rows: Sequence[Breakdown]) -> str:
        if not rows:
            return ""
        head = [title, self.tr("Conversations"), self.tr("First response, median"),
                self.tr("First response, p90"), self.tr("Reply, median"),
                self.tr("Resolution, median"), self.tr("SLA hit")]
        body = [[b.key or self.tr("nobody"), str(b.conversations),
                 duration(b.metrics.first_response_business.median),
                 duration(b.metrics.first_response_business.p90),
                 duration(b.metrics.reply_business.median),
                 duration(b.metrics.resolution_business.median), share(b.sla.hit_rate)]
                for b in rows[:15]]
        return _title(3, title) + _table(head, body)


def report_html(report: HealthReport, filters: str) -> str:
    return ReportHtml().html(report, filters)


def pdf_bytes(html: str, title: str) -> bytes:
    """Lay the report out on A4 pages; runs on the UI thread (fonts), writes nothing."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Serambi")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(96)
    document = QTextDocument()
    document.setHtml(html)
    layout = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(layout.width(), layout.height()))
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def save_bytes(data: bytes, path: Path) -> int:
    path.write_bytes(data)
    return len(data)
