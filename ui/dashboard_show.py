"""Putting a computed report on the dashboard: tiles, charts, heatmap and breakdowns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.health.report import HealthReport, Summary
from ui import dashboard_charts as charts
from ui.dashboard_format import duration, share, translate

if TYPE_CHECKING:
    from ui.dashboard import Dashboard


def _median_p90(s: Summary) -> tuple[str, str]:
    if not s.count:
        return "–", translate("Dashboard", "no samples in this period")
    return duration(s.median), translate("Dashboard", "p90 %1 · mean %2 · %3 sample(s)").replace(
        "%1", duration(s.p90)).replace("%2", duration(s.mean)).replace("%3", str(s.count))


def show_report(board: Dashboard, report: HealthReport, business: bool) -> None:
    m, sla, backlog = report.metrics, report.sla, report.backlog
    tiles = board.tiles
    for key, raw, inside in (("first_response", m.first_response, m.first_response_business),
                             ("reply", m.reply, m.reply_business),
                             ("resolution", m.resolution, m.resolution_business)):
        tiles[key].show_figure(*_median_p90(inside if business else raw))
    rate = report.response_rate
    answered = translate("Dashboard", "%1 of %2 openings answered")
    tiles["response_rate"].show_figure(share(rate.rate), answered.replace(
        "%1", str(rate.part)).replace("%2", str(rate.whole)))
    every = (sla.first_response, sla.next_reply, sla.resolution)
    hit, missed = sum(t.hit for t in every), sum(t.missed for t in every)
    per_target = translate("Dashboard", "first response %1 · next reply %2 · resolution %3")
    tiles["sla"].show_figure(share(hit / (hit + missed) if hit + missed else None),
                             per_target.replace("%1", share(sla.first_response.hit_rate))
                             .replace("%2", share(sla.next_reply.hit_rate))
                             .replace("%3", share(sla.resolution.hit_rate)))
    tiles["backlog"].show_figure(str(backlog.total), translate("Dashboard", "oldest %1")
                                 .replace("%1", duration(backlog.oldest_age)))
    none_yet = translate("Dashboard", "%1 without any reply yet")
    tiles["unattended"].show_figure(str(len(backlog.unattended)), none_yet.replace(
        "%1", str(len(backlog.awaiting_first))))
    horizon = board.computed.settings.soon_minutes * 60.0 if board.computed else 3600.0
    tiles["due"].show_figure(f"{len(sla.overdue)} / {len(sla.breaching_soon)}", translate(
        "Dashboard", "overdue / due within %1").replace("%1", duration(horizon)))
    days = report.volume.days
    charts.show_volume(board.volume, days)
    charts.show_first_response_trend(board.trend, days)
    charts.show_by_platform(board.platforms, report.by_platform, business)
    charts.show_ages(board.ages, backlog.ages)
    board.heatmap.show_counts(report.volume.heatmap)
    for kind, rows in (("platform", report.by_platform), ("tag", report.by_tag),
                       ("assignee", report.by_assignee)):
        board.breakdowns.show_rows(kind, rows, business)
